import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { staticDir } from '../../src/lib/build-output.ts';
import { linkNodeModules } from '../../src/tooling/built-site.ts';
import { editorEnv } from '../support/build-fixture.ts';
import { sitemapEntries, sitemapProblems } from '../support/feeds.ts';
import { NEWSROOM } from '../support/newsroom.ts';

/**
 * A fourth edition is configuration, words and content, never code: in a copy of the project, one
 * line in src/features/editions/editions.ts, one strings file, one translated piece (and its
 * topic's label); the copy builds, and the edition has every page the others have.
 */
const work = mkdtempSync(join(tmpdir(), 'fourth-edition-'));
const content = join(work, 'content');
const dist = join(work, 'dist');
const site = staticDir(dist);
const read = (path: string) =>
  readFileSync(join(site, path.endsWith('/') ? `${path}index.html` : path), 'utf8');
let output = '';

/** German, as an editor adds it: a line of configuration… */
const GERMAN = "  { code: 'de', lang: 'de', name: 'Deutsch', ogLocale: 'de_DE', script: 'latin' },";
/** …the site's words (the English file with the words these tests read translated)… */
const GERMAN_WORDS = {
  'nav.topics': 'Themen',
  'nav.search': 'Suche',
  'search.title': 'Suche',
  'notFound.title': 'Seite nicht gefunden',
  'piece.published': 'Veröffentlicht am {date}',
  'poll.vote': 'Abstimmen',
  'feed.title': '{site} auf Deutsch',
};
/** …and a translated piece. */
const GERMAN_PIECE = `---
title: Ein früheres Stück mit einer eigenen Umfrage
description: Ein zweites veröffentlichtes, älteres Stück, das das Thema Umfragen mit dem Hauptstück teilt.
published: 2025-03-05
byline: test-desk
dateline: Porto
tags: [polls]
translationOf: earlier-piece
translatedFrom: 2025-03-01
---

Ein früherer Erklärtext über Marmelade, ein Wort, das nur dieses Stück verwendet.

## Wie die frühere Umfrage funktioniert

Jedes Stück darf seine eigene Frage stellen.

<ReaderPoll id="earlier-poll" question="Beantworten Sie Umfragen?" options={["Ja", "Nein"]} />

## Fragen zum früheren Stück

<FAQ>
  <Question id="is-this-piece-older" q="Ist dieses Stück älter?">
    Ja: Es wurde zuerst veröffentlicht, deshalb steht es vor den anderen.
  </Question>
</FAQ>
`;

beforeAll(() => {
  for (const file of [
    'src',
    'public',
    'astro.config.mjs',
    'package.json',
    'package-lock.json',
    'tsconfig.json',
    'pagefind.yml',
  ]) {
    cpSync(file, join(work, file), { recursive: true });
  }
  linkNodeModules(work);
  const editions = join(work, 'src/features/editions/editions.ts');
  const config = readFileSync(editions, 'utf8');
  const lastEntry = [...config.matchAll(/^ {2}\{ code: .*\},$/gm)].at(-1)!;
  writeFileSync(editions, config.replace(lastEntry[0], `${lastEntry[0]}\n${GERMAN}`));
  const english = JSON.parse(readFileSync('src/features/editions/strings/en.json', 'utf8')) as object;
  writeFileSync(
    join(work, 'src/features/editions/strings/de.json'),
    JSON.stringify({ ...english, ...GERMAN_WORDS }, null, 2),
  );

  cpSync(NEWSROOM.contentDir, content, { recursive: true });
  mkdirSync(join(content, 'pieces', 'de'));
  writeFileSync(join(content, 'pieces', 'de', 'earlier-piece.mdx'), GERMAN_PIECE);
  const tags = JSON.parse(readFileSync(join(content, 'tags.json'), 'utf8')) as Record<
    string,
    Record<string, string>
  >;
  tags['polls'] = { ...tags['polls'], de: 'Umfragen' };
  writeFileSync(join(content, 'tags.json'), JSON.stringify(tags, null, 2));

  // `npm run build` in the copy: Astro, then Pagefind.
  const env = editorEnv({ CONTENT_DIR: content, DIST_DIR: dist, ASTRO_CACHE_DIR: join(work, 'cache') });
  for (const [command, args] of [
    [process.execPath, ['node_modules/astro/bin/astro.mjs', 'build']],
    ['node_modules/.bin/pagefind', ['--site', site]],
  ] as const) {
    const run = spawnSync(command, args, { cwd: work, env, encoding: 'utf8' });
    output += stripVTControlCharacters(`${run.stdout}${run.stderr}`);
    if (run.status !== 0) break;
  }
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

test('the copy with a German edition builds', () => {
  expect(existsSync(join(site, 'de', 'index.html')), output).toBe(true);
});

describe('the German edition has every page an edition has', () => {
  test.each([
    '/de/',
    '/de/search/',
    '/de/tags/',
    '/de/tags/polls/',
    '/de/404/',
    '/de/rss.xml',
    '/de/card.png',
  ])('%s', (path) => {
    expect(existsSync(join(site, path.endsWith('/') ? `${path}index.html` : path))).toBe(true);
    if (path.endsWith('/')) expect(read(path)).toMatch(/<html lang="de"/);
  });

  test('the translated piece, its share page and cards, in German words and dates', () => {
    const piece = read('/de/earlier-piece/');
    expect(piece).toMatch(/<html lang="de"/);
    expect(piece).toMatch(/Veröffentlicht am <time datetime="2025-03-05">5\. März 2025<\/time>/);
    expect(piece).toMatch(/<button class="button" type="submit"[^>]*>\s*Abstimmen\s*<\/button>/);
    expect(piece).toMatch(/<input type="radio" name="choice" value="yes"[^>]*>\s*Ja/);
    expect(existsSync(join(site, 'de/earlier-piece/faq/is-this-piece-older/index.html'))).toBe(true);
    expect(existsSync(join(site, 'de/earlier-piece/card.png'))).toBe(true);
    expect(read('/de/tags/polls/')).toMatch(/<h1[^>]*>Umfragen<\/h1>/);
    expect(read('/de/404/')).toMatch(/<h1[^>]*>Seite nicht gefunden<\/h1>/);
  });

  test('the original and the translation name each other; the sitemap and the feed know the edition', async () => {
    expect(read('/earlier-piece/')).toContain(
      '<link rel="alternate" hreflang="de" href="https://explainer.example/de/earlier-piece/">',
    );
    expect(read('/de/earlier-piece/')).toContain(
      '<link rel="alternate" hreflang="x-default" href="https://explainer.example/earlier-piece/">',
    );
    const sitemap = read('/sitemap.xml');
    expect(await sitemapProblems(sitemap)).toEqual([]);
    const german = sitemapEntries(sitemap).find(({ loc }) => loc.endsWith('/de/earlier-piece/'))!;
    expect(german.alternates).toMatchObject({
      de: german.loc,
      'en-GB': 'https://explainer.example/earlier-piece/',
    });
    expect(read('/de/rss.xml')).toContain('<language>de</language>');
    expect(read('/de/rss.xml')).toContain('<title>The Explainer auf Deutsch</title>');
  });

  test('Pagefind indexes the German pages in a German index of their own', () => {
    const entry = JSON.parse(read('/pagefind/pagefind-entry.json')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(entry.languages['de']?.page_count).toBe(1);
  });
});
