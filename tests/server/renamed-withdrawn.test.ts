import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { chromium, type Browser } from '@playwright/test';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { linksFile } from '../../src/lib/content-paths.ts';
import { staticDir } from '../../src/lib/build-output.ts';
import { absoluteUrl } from '../../src/site.config.ts';
import { startServer, type BuiltServer } from '../../src/tooling/built-server.ts';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../../src/tooling/chromium.ts';
import { collectPublishedLinks, formatManifest, readManifest } from '../../src/tooling/link-manifest.ts';
import { renamePiece } from '../../src/tooling/rename.ts';
import { withdrawPiece } from '../../src/tooling/withdraw.ts';
import { NEWSROOM } from '../support/newsroom.ts';
import { newsroomCopy } from '../support/newsroom-copy.ts';

/*
 * Renames and a withdrawal on a copy of the fixture newsroom, built once: its links manifest is
 * the one the fixture newsroom's own build (npm run build:fixtures) records, as if the pieces had
 * been published, then `every-component` is renamed twice and `later-piece` withdrawn, as the
 * commands do. What readers, feed readers and the links check then see, from the site's server and
 * from the static files alone.
 */
const { work, content, dist, env } = newsroomCopy('renamed-');
const site = () => staticDir(dist);
const FIRST = 'every-component';
const NEWEST = 'every-component-three';
const ANSWER = 'what-is-a-fixture';
const PULLED = { slug: 'later-piece', title: 'A later piece on sharing', words: /lighthouses|later-piece/i };

let server: BuiltServer;
let browser: Browser;
beforeAll(async () => {
  writeFileSync(linksFile(content), formatManifest(collectPublishedLinks(NEWSROOM.siteDir)));
  renamePiece({ contentDir: content, from: FIRST, to: 'every-component-two' });
  renamePiece({ contentDir: content, from: 'every-component-two', to: NEWEST });
  withdrawPiece({
    contentDir: content,
    slug: PULLED.slug,
    reason: 'A source withdrew permission to be quoted.',
    now: new Date('2026-12-03T09:00:00Z'),
  });
  const build = spawnSync(process.execPath, ['src/commands/build.ts'], { env, encoding: 'utf8' });
  expect(build.status, build.stdout + build.stderr).toBe(0);
  server = await startServer({ distDir: dist });
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  rmSync(work, { recursive: true, force: true });
});

const read = (path: string) => readFileSync(join(site(), path), 'utf8');
const noFollow = (path: string, method = 'GET') => fetch(server.url + path, { redirect: 'manual', method });

describe('a renamed piece keeps every link', () => {
  test('from the server, the old addresses and everything under them answer 301 to the newest', async () => {
    for (const [path, location] of [
      [`/${FIRST}/`, `/${NEWEST}/`],
      [`/every-component-two/`, `/${NEWEST}/`],
      [`/${FIRST}/faq/${ANSWER}/`, `/${NEWEST}/faq/${ANSWER}/`],
      [`/${FIRST}/faq/old-fixture-id/`, `/${NEWEST}/faq/old-fixture-id/`],
      [`/${FIRST}/card.png`, `/${NEWEST}/card.png`],
      [`/${FIRST}/faq/${ANSWER}/card.png`, `/${NEWEST}/faq/${ANSWER}/card.png`],
    ]) {
      const answer = await noFollow(path!);
      expect(answer.status, path).toBe(301);
      expect(answer.headers.get('location'), path).toBe(location);
      const landed = await fetch(server.url + location!);
      expect(landed.status, location).toBe(200);
    }
    expect((await fetch(`${server.url}/${FIRST}/card.png`)).headers.get('content-type')).toBe('image/png');
  });

  test('a reader following an old link with a #fragment lands on that anchor of the newest address', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/${FIRST}/#${ANSWER}`);
    expect(page.url()).toBe(`${server.url}/${NEWEST}/#${ANSWER}`);
    await page.close();
  });

  test('in the static build, a small page at each old address: refresh, canonical, a link, noindex', () => {
    const html = read(`${FIRST}/faq/${ANSWER}/index.html`);
    const target = `/${NEWEST}/faq/${ANSWER}/`;
    expect(html).toContain(`<meta http-equiv="refresh" content="0; url=${target}">`);
    expect(html).toContain(`<link rel="canonical" href="${absoluteUrl(target)}">`);
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).toContain(`<a href="${target}" data-moved-to>${absoluteUrl(target)}</a>`);
    expect(html.length, 'a small page: no styles, fonts or site furniture').toBeLessThan(4000);
  });

  test('on a static host the page keeps the #fragment; without JavaScript it still lands on the piece', async () => {
    const host = 'http://static.test';
    for (const javaScriptEnabled of [true, false]) {
      const context = await browser.newContext({ javaScriptEnabled });
      // A static host: each address is its file (a folder's index.html), nothing else.
      await context.route(`${host}/**`, async (route) => {
        const path = new URL(route.request().url()).pathname;
        const file = join(site(), path.endsWith('/') ? `${path}index.html` : path);
        const found = statSync(file, { throwIfNoEntry: false })?.isFile();
        await route.fulfill({
          status: found ? 200 : 404,
          contentType: extname(file) === '.html' ? 'text/html; charset=utf-8' : 'application/octet-stream',
          body: found ? readFileSync(file) : 'Not found',
        });
      });
      const page = await context.newPage();
      await page.goto(`${host}/every-component-two/#${ANSWER}`);
      await page.waitForURL(`${host}/${NEWEST}/**`);
      expect(page.url()).toBe(`${host}/${NEWEST}/${javaScriptEnabled ? `#${ANSWER}` : ''}`);
      await context.close();
    }
  });

  test("the feed item keeps its guid: the piece's first address", () => {
    const before = readFileSync(join(NEWSROOM.siteDir, 'rss.xml'), 'utf8');
    const guid = `<guid isPermaLink="true">${absoluteUrl(`/${FIRST}/`)}</guid>`;
    expect(before).toContain(guid);
    const item = read('rss.xml')
      .split('<item>')
      .find((each) => each.includes(`<link>${absoluteUrl(`/${NEWEST}/`)}</link>`));
    expect(item).toContain(guid);
  });

  test('links:check passes; the manifest has the old addresses as redirects and the new ones as they were', () => {
    const check = spawnSync(
      process.execPath,
      ['src/commands/links.ts', 'check', '--dist', site(), '--manifest', linksFile(content)],
      { env, encoding: 'utf8' },
    );
    expect(check.status, check.stdout + check.stderr).toBe(0);
    expect(check.stdout).toMatch(/^All \d+ published links resolve\.\n$/);
    const manifest = readManifest(linksFile(content));
    expect(manifest[`/${FIRST}/`]).toBe('redirect');
    expect(manifest[`/${FIRST}/#${ANSWER}`]).toBe('redirect');
    expect(manifest[`/every-component-two/faq/${ANSWER}/`]).toBe('redirect');
    expect(manifest[`/${NEWEST}/#${ANSWER}`]).toBe('faq');
    expect(manifest[`/${NEWEST}/faq/${ANSWER}/`]).toBe('share-page');
    expect(manifest[`/ja/${FIRST}/`], 'its translation keeps its address').toBe('page');
  });
});

test("the redirect and withdrawal pages are valid HTML (html-validate, the project's rules)", async () => {
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const problems: string[] = [];
  for (const page of [
    `${FIRST}/index.html`,
    `${FIRST}/faq/${ANSWER}/index.html`,
    `${PULLED.slug}/index.html`,
  ]) {
    const { results } = await validator.validateFile(join(site(), page));
    for (const { messages } of results)
      for (const m of messages) problems.push(`${page}: ${m.ruleId}: ${m.message}`);
  }
  expect(problems).toEqual([]);
});

/** Every file of the build that mentions the withdrawn piece, besides its own pages (gzipped search index files read unzipped). */
function traces(): string[] {
  return readdirSync(site(), { recursive: true, encoding: 'utf8' }).filter((file) => {
    const path = join(site(), file);
    if (file.startsWith(`${PULLED.slug}/`) || file === 'api/moved-pieces.json' || !statSync(path).isFile()) {
      return false;
    }
    let bytes = readFileSync(path);
    if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = gunzipSync(bytes);
    return PULLED.words.test(bytes.toString('utf8')) || bytes.toString('utf8').includes(PULLED.title);
  });
}

describe('a withdrawn piece', () => {
  test('answers 410 Gone from the server, with a page saying when and why, never indexed', async () => {
    for (const path of [`/${PULLED.slug}/`, `/${PULLED.slug}/faq/how-do-i-share-an-answer/`]) {
      const answer = await noFollow(path);
      expect(answer.status, path).toBe(410);
      const html = await answer.text();
      expect(html).toContain('We withdrew this piece on 3 December 2026.');
      expect(html).toContain('Why: A source withdrew permission to be quoted.');
      expect(html).toContain('<meta name="robots" content="noindex">');
      expect(html, 'nothing of the piece itself').not.toMatch(/lighthouses/);
      expect(html).not.toContain(PULLED.title);
    }
    expect((await noFollow(`/${PULLED.slug}/card.png`)).status).toBe(410);
    expect(read(`${PULLED.slug}/index.html`), 'the static build has the same page').toContain(
      'We withdrew this piece on 3 December 2026.',
    );
  });

  test('is gone from the front page, topics, related reading, feeds, sitemap and the search index', () => {
    expect(traces()).toEqual([]);
  });

  test('the manifest records it as withdrawn, not lost', () => {
    const manifest = readManifest(linksFile(content));
    expect(manifest[`/${PULLED.slug}/`]).toBe('withdrawn');
    expect(manifest[`/${PULLED.slug}/faq/how-do-i-share-an-answer/`]).toBe('withdrawn');
    expect(collectPublishedLinks(site())[`/${PULLED.slug}/`]).toBe('withdrawn');
  });
});
