import { createHash } from 'node:crypto';
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { JAPANESE_FALLBACK_VARIABLE } from '../styles/fonts.ts';
import { codePoints } from './fontsource.ts';

/**
 * Attributes whose words a reader can see (hast's names): alt text, tooltips, a field's words.
 * Not addresses, classes or ids: the slices hold ASCII signs too (`#`, `=`, `_`, `%`), and a link's
 * `#main` would declare a slice no reader needs.
 */
const SHOWN = new Set(['alt', 'title', 'placeholder', 'value', 'label']);

/**
 * The characters a page can show: its text (`<template>`s' too) and the values of the attributes
 * above and of `data-*` ones (the words islands show, as the poll's and quote links' do), outside
 * its scripts and styles. A little more than the page draws (its `<title>`), never less: the
 * islands ship no words of their own (src/components/search/search-island.ts says why).
 */
function pageCharacters(html: string): Set<number> {
  const characters = new Set<number>();
  const add = (text: string) => {
    for (const character of text) characters.add(character.codePointAt(0)!);
  };
  const walk = (nodes: (RootContent | Root)[]) => {
    for (const node of nodes) {
      if (node.type === 'text') add(node.value);
      else if (node.type === 'element') {
        if (node.tagName === 'script' || node.tagName === 'style') continue;
        for (const [name, value] of Object.entries(node.properties))
          if (typeof value === 'string' && (SHOWN.has(name) || /^data[A-Z]/.test(name))) add(value);
        walk(node.children);
        // A <template>'s markup is parsed into a fragment of its own.
        const { content } = node as Element & { content?: Root };
        if (content) walk([content]);
      } else if (node.type === 'root') walk(node.children);
    }
  };
  walk([fromHtml(html)]);
  return characters;
}

/** A font face's unicode-range covers one of `characters`. */
const covers = (unicodeRange: string, characters: ReadonlySet<number>) =>
  unicodeRange.split(',').some((range) => {
    const [from, to] = codePoints(range);
    for (let point = from; point <= to; point++) if (characters.has(point)) return true;
    return false;
  });

/**
 * `css` with only the `@font-face` rules whose unicode-range covers one of `characters` (and every
 * other rule as it is): a browser fetches a face only for the characters in its range, so a rule
 * for characters the page does not have is bytes every reader downloads for nothing.
 */
function facesFor(css: string, characters: ReadonlySet<number>): string {
  return css.replaceAll(/@font-face\{[^}]*\}/g, (rule) => {
    const range = /unicode-range:([^;}]+)/.exec(rule)?.[1];
    return !range || covers(range, characters) ? rule : '';
  });
}

/** The inline style Astro's Fonts API writes for the Japanese fallback (src/styles/fonts.ts). */
const FALLBACK_STYLE = new RegExp(`<style>([^<]*${JAPANESE_FALLBACK_VARIABLE}:[^<]*)</style>`);

/** The Japanese fallback's style in a page of a CJK edition, or undefined on other pages. */
export const fallbackStyle = (html: string): string | undefined => FALLBACK_STYLE.exec(html)?.[1];

/** Algorithms a Content Security Policy may hash a style with (Astro's `security.csp.algorithm`). */
const ALGORITHMS = ['sha256', 'sha384', 'sha512'] as const;
const cspHash = (algorithm: string, text: string) =>
  `'${algorithm}-${createHash(algorithm).update(text).digest('base64')}'`;

/**
 * A page of a CJK edition (src/layouts/BaseLayout.astro) with the Japanese fallback's style made
 * of the rules of `allFaces` (the style as the layout wrote it, all 120 rules; by default the
 * page's own) that cover its characters, and its Content Security Policy's hash of that style
 * made to match. The page unchanged if it has no such style; an error naming `file` if its policy
 * does not hash it, since the browser would then refuse the style.
 */
export function withFacesFor(html: string, file: string, allFaces?: string): string {
  const style = FALLBACK_STYLE.exec(html);
  if (!style) return html;
  const css = style[1]!;
  const cut = facesFor(allFaces ?? css, pageCharacters(html));
  if (cut === css) return html;
  const algorithm = ALGORITHMS.find((name) => html.includes(cspHash(name, css)));
  if (!algorithm)
    throw new Error(
      `${file}: its Content Security Policy has no hash of the Japanese fallback's style, so the ` +
        `fonts' rules cannot be cut to the page's characters. Is \`security.csp\` in astro.config.mjs still on?`,
    );
  return html
    .replace(style[0], () => `<style>${cut}</style>`)
    .replace(cspHash(algorithm, css), () => cspHash(algorithm, cut));
}
