import { createHash } from 'node:crypto';
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { JAPANESE_FALLBACK_VARIABLE } from '../styles/fonts.ts';
import { codePoints, rangeText } from './fontsource.ts';

/**
 * Attributes whose words a reader can see (hast's names): alt text, tooltips, a field's words.
 * Not addresses, classes or ids: the slices hold ASCII signs too (`#`, `=`, `_`, `%`), and a link's
 * `#main` would declare a slice no reader needs.
 */
const SHOWN = new Set(['alt', 'title', 'placeholder', 'value', 'label']);

/**
 * The characters a page can show: its text (`<template>`s' too) and the values of the attributes
 * above and of `data-*` ones (the words islands show, as the poll's and quote links' do); the
 * strings in its styles, for generated content (the byline's `·`); and the digits, which list
 * markers and counters (the table of contents) draw. A little more than the page draws (its
 * `<title>`, font names in quotes), never less: the islands ship no words of their own
 * (src/components/search/search-island.ts says why).
 */
function pageCharacters(html: string): Set<number> {
  const characters = new Set<number>();
  const add = (text: string) => {
    for (const character of text) characters.add(character.codePointAt(0)!);
  };
  add('0123456789');
  const walk = (nodes: (RootContent | Root)[]) => {
    for (const node of nodes) {
      if (node.type === 'text') add(node.value);
      else if (node.type === 'element') {
        if (node.tagName === 'script') continue;
        if (node.tagName === 'style') {
          const css = node.children.map((child) => (child.type === 'text' ? child.value : '')).join('');
          if (!css.includes(`${JAPANESE_FALLBACK_VARIABLE}:`))
            for (const [, single, double] of css.matchAll(/'([^']*)'|"([^"]*)"/g))
              add(single ?? double ?? '');
          continue;
        }
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

/** A Fontsource package's rules, each with the code points of its unicode-range. */
interface Faces {
  rules: { rule: string; points: number[] }[];
  /** Code point → its rule's index (the slices never overlap: src/lib/fontsource.ts, withoutOverlaps). */
  ruleOf: Map<number, number>;
}

/** The same style is on every page of a build: it is read once. */
const facesOfCss = new Map<string, Faces>();
function facesOf(css: string): Faces {
  const known = facesOfCss.get(css);
  if (known) return known;
  const rules = [...css.matchAll(/@font-face\{[^}]*\}/g)].map(([rule]) => {
    const range = /unicode-range:([^;}]+)/.exec(rule)?.[1] ?? '';
    const points = range
      .split(',')
      .filter(Boolean)
      .flatMap((entry) => {
        const [from, to] = codePoints(entry);
        return Array.from({ length: to - from + 1 }, (_, i) => from + i);
      });
    return { rule, points };
  });
  const ruleOf = new Map<number, number>();
  rules.forEach(({ points }, index) => points.forEach((point) => ruleOf.set(point, index)));
  const faces = { rules, ruleOf };
  facesOfCss.set(css, faces);
  return faces;
}

/** Sorted code points as unicode-range entries, a run of neighbours as one: `U+3041-3043`. */
function rangesOf(points: number[]): string {
  const runs: [number, number][] = [];
  for (const point of points) {
    const last = runs.at(-1);
    if (last && point === last[1] + 1) last[1] = point;
    else runs.push([point, point]);
  }
  return runs.map(rangeText).join(',');
}

/**
 * `css` with only the `@font-face` rules whose unicode-range covers one of `characters`, each
 * ranging over those characters only (every other rule as it is). A browser fetches a face only
 * for the characters in its range, so the rest of a rule is bytes every reader downloads for
 * nothing; a narrower range still fetches the same file (and from the cache on the next page).
 */
function facesFor(css: string, characters: ReadonlySet<number>): string {
  const { rules, ruleOf } = facesOf(css);
  const needed = new Map<number, number[]>();
  for (const point of characters) {
    const index = ruleOf.get(point);
    if (index === undefined) continue;
    const own = needed.get(index) ?? [];
    own.push(point);
    needed.set(index, own);
  }
  let index = 0;
  return css.replaceAll(/@font-face\{[^}]*\}/g, (rule) => {
    const { points } = rules[index++]!;
    if (points.length === 0) return rule;
    const own = needed.get(index - 1);
    return own
      ? rule.replace(/unicode-range:[^;}]+/, `unicode-range:${rangesOf(own.sort((a, b) => a - b))}`)
      : '';
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
