import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { codePoints, fontsourceFaces, fontsourceSlices } from '../../src/lib/fontsource.ts';
import {
  homePath,
  notFoundPath,
  piecePath,
  searchPath,
  sharePath,
  tagPath,
  tagsPath,
} from '../../src/lib/routes.ts';
import { JAPANESE_FALLBACK_VARIABLE } from '../../src/styles/fonts.ts';
import { edition } from '../support/editions.ts';
import { NEWSROOM } from '../support/newsroom.ts';

/**
 * The Japanese fallback's `@font-face` rules in the fixture newsroom's Japanese pages
 * (src/integrations/page-fonts.ts): each page declares the slices of Noto Serif JP that hold its
 * own characters, and only those, so a reader with Japanese fonts downloads no rule for nothing
 * and a reader with none still gets every glyph.
 */
const site = NEWSROOM.siteDir;
const read = (path: string) => readFileSync(join(site, path, 'index.html'), 'utf8');
const ja = edition('ja');
const PACKAGE = '@fontsource/noto-serif-jp';

/** The package's 120 slices, each as the code point ranges its own CSS gives it. */
const slices = fontsourceFaces(PACKAGE, {
  weights: [400],
  styles: ['normal'],
  subsets: fontsourceSlices(PACKAGE, 400),
}).map((face) => face.unicodeRange.map(codePoints));

/** The Japanese fallback's style in a page's HTML. */
function declaredStyle(html: string): string {
  const style = new RegExp(`<style>([^<]*${JAPANESE_FALLBACK_VARIABLE}:[^<]*)</style>`).exec(html);
  expect(style, 'the page has the Japanese fallback’s style').not.toBeNull();
  return style![1]!;
}

/** The Japanese fallback's rules in a page's HTML. */
const declaredFaces = (html: string): string[] => declaredStyle(html).match(/@font-face\{[^}]*\}/g) ?? [];

/**
 * The characters of a page as a reader can meet them, worked out here apart from the site's code:
 * its text outside scripts and styles; the words of its alt text, tooltips, fields and the
 * `data-*` attributes islands take their words from, with HTML's character references read; the
 * strings of its styles (generated content, such as the byline's `·`); and the digits list markers
 * and counters draw.
 */
const charactersOf = (html: string) => {
  const fallback = declaredStyle(html);
  const styles = [...html.matchAll(/<style\b[^>]*>([^]*?)<\/style>/g)]
    .map(([, css]) => css!)
    .filter((css) => css !== fallback)
    .flatMap((css) =>
      [...css.matchAll(/'([^']*)'|"([^"]*)"/g)].map(([, single, double]) => single ?? double),
    );
  const text = html
    .replaceAll(/<(script|style)\b[^>]*>[^]*?<\/\1>|<!--[^]*?-->|<!doctype[^>]*>/gi, '')
    .replaceAll(/<[^>]*>/g, (tag) =>
      [...tag.matchAll(/\s(?:alt|title|placeholder|value|label|data-[\w-]+)="([^"]*)"/g)]
        .map(([, value]) => ` ${value}`)
        .join(''),
    )
    .replaceAll(/&(#x[\da-f]+|#\d+|lt|gt|amp|quot|apos);/gi, (_, name: string) =>
      name.startsWith('#')
        ? String.fromCodePoint(Number(name.replace(/^#x/i, '0x').replace(/^#/, '')))
        : { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }[name.toLowerCase()]!,
    );
  return new Set([...`${text}${styles.join('')}0123456789`].map((character) => character.codePointAt(0)!));
};

const needs = (ranges: [number, number][], characters: Set<number>) =>
  [...characters].some((point) => ranges.some(([from, to]) => from <= point && point <= to));

const shareId = readdirSync(join(site, piecePath('ja/every-component'), 'faq'))[0]!;

test.each([
  ['the Japanese piece', piecePath('ja/every-component')],
  ['the front page', homePath(ja)],
  ['the topics page', tagsPath(ja)],
  ['a topic', tagPath('polls', ja)],
  ['a share page', sharePath('ja/every-component', shareId)],
  ['the 404 page', notFoundPath(ja)],
])('%s declares the slices its characters need, and no others', (_, path) => {
  const html = read(path);
  const faces = declaredFaces(html);
  const characters = charactersOf(html);
  const needed = slices.filter((ranges) => needs(ranges, characters));
  expect(faces).toHaveLength(needed.length);
  expect(faces.length).toBeLessThan(slices.length);
  // Every character of the page that a slice holds is in one of the rules it declares, and the
  // rules range over the page's characters only.
  const declared = faces.map((face) => /unicode-range:([^;}]+)/.exec(face)![1]!.split(',').map(codePoints));
  for (const point of characters) {
    if (!needs(slices.flat(), new Set([point]))) continue;
    expect(
      declared.some((ranges) => needs(ranges, new Set([point]))),
      `${String.fromCodePoint(point)} on ${path}`,
    ).toBe(true);
  }
  for (const [from, to] of declared.flat())
    for (let point = from; point <= to; point++)
      expect(characters.has(point), `U+${point.toString(16)} declared on ${path}`).toBe(true);
  // The policy allows the style as it now is.
  expect(html).toContain(`'sha256-${createHash('sha256').update(declaredStyle(html)).digest('base64')}'`);
});

test('the search page, whose results are other pages’ words, declares every slice', () => {
  expect(declaredFaces(read(searchPath(ja)))).toHaveLength(slices.length);
});

test('the fallback’s rules add little to what every Japanese reader downloads', () => {
  // All 120 rules were two thirds of the piece's compressed HTML (33 of 49 KB): now only the
  // slices its characters need, each over those characters, whatever fonts the reader has.
  const html = read(piecePath('ja/every-component'));
  const without = html.replace(`<style>${declaredStyle(html)}</style>`, '');
  const compressed = (text: string) => gzipSync(text).length;
  expect(compressed(html) - compressed(without)).toBeLessThan(compressed(html) / 5);
});
