import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildFixture, editorEnv, removeBuild, type BuildResult } from './build-fixture.ts';

/**
 * tests/fixtures/good holds a piece that uses every component and a draft. Building it proves a
 * new piece needs no code change, and that a draft never leaks into the published site.
 */
const dir = 'tests/fixtures/good';
let build: BuildResult;
const read = (path: string) => readFileSync(join(build.siteDir, path), 'utf8');
const allFiles = () => readdirSync(build.siteDir, { recursive: true, encoding: 'utf8' });

beforeAll(() => {
  build = buildFixture(dir);
  expect(build.ok, build.output).toBe(true);
});
afterAll(() => removeBuild(build));

describe('a new piece that uses every component is published everywhere, with no code change', () => {
  test('its page renders every component', () => {
    const html = read('every-component/index.html');
    for (const title of ['Expert Tip', 'Did You Know?', 'Quick Fact', 'Editor’s Note', 'A custom title']) {
      expect(html).toContain(`aria-label="${title}"`);
    }
    expect(html).toMatch(
      /<form class="poll" id="poll-fixture-poll"[^>]*action="\/api\/polls\/fixture-poll\/"/,
    );
    expect(html).toContain('id="what-is-a-fixture"');
    expect(html).toContain('id="old-fixture-id"');
    expect(html).toMatch(/> Pros<\/h3>[\s\S]*> Cons<\/h3>/);
    expect(html).toContain('Guest:</strong>');
  });

  test('it is on the home page, its tag pages, the feed and the sitemap', () => {
    expect(read('index.html')).toContain('href="/every-component/"');
    for (const tag of ['japan', 'trade'])
      expect(read(`tags/${tag}/index.html`)).toContain('href="/every-component/"');
    expect(read('tags/index.html')).toContain('href="/tags/trade/"');
    expect(read('rss.xml')).toContain('/every-component/</link>');
    expect(read('sitemap-0.xml')).toContain('/every-component/</loc>');
    expect(read('sitemap-0.xml')).toContain('/every-component/faq/what-is-a-fixture/</loc>');
  });

  test('it passes the content check', () => {
    const run = spawnSync('node', ['src/cli/check-content.ts', '--articles', dir, '--dist', build.siteDir], {
      encoding: 'utf8',
    });
    expect(run.stdout + run.stderr).toContain('Content check passed: 3 piece(s)');
  });
});

describe('related reading and previous/next link published pieces that belong together', () => {
  test('pieces sharing a tag list each other as related reading', () => {
    const related = (page: string) =>
      /<section class="related[\s\S]*?<\/section>/.exec(read(page))?.[0] ?? '';
    expect(related('every-component/index.html')).toContain('href="/second-piece/"');
    expect(related('second-piece/index.html')).toContain('href="/every-component/"');
    expect(related('every-component/index.html')).not.toContain('unfinished-draft');
  });

  test('previous and next follow publication dates, skipping drafts', () => {
    expect(read('every-component/index.html')).toMatch(
      /<a class="previous" href="\/second-piece\/" rel="prev"/,
    );
    expect(read('every-component/index.html')).not.toContain('rel="next"');
    expect(read('second-piece/index.html')).toMatch(/<a class="next" href="\/every-component\/" rel="next"/);
    expect(read('second-piece/index.html')).not.toContain('rel="prev"');
  });
});

describe('a draft never leaks into the production build', () => {
  test('no page, share page or card of its own', () => {
    expect(existsSync(join(build.siteDir, 'unfinished-draft'))).toBe(false);
    expect(allFiles().filter((file) => file.includes('unfinished-draft'))).toEqual([]);
  });

  test('not on the home page, tag pages, feed or sitemap', () => {
    const pages = ['index.html', 'tags/index.html', 'tags/japan/index.html', 'rss.xml', 'sitemap-0.xml'];
    for (const page of pages) {
      expect(read(page), page).not.toMatch(/unfinished-draft|quetzal/);
    }
  });

  test('the search index holds the published piece and not a word of the draft', () => {
    const run = spawnSync('npx', ['pagefind', '--site', build.siteDir], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const fragmentDir = join(build.siteDir, 'pagefind', 'fragment');
    // Pagefind stores each indexed page as a gzipped JSON fragment.
    const indexed = readdirSync(fragmentDir).map((file) =>
      gunzipSync(readFileSync(join(fragmentDir, file))).toString('utf8'),
    );
    expect(indexed.some((text) => text.includes('"url":"/every-component/"'))).toBe(true);
    expect(indexed.filter((text) => /quetzal/i.test(text))).toEqual([]);
  });

  test('no built file mentions it at all', () => {
    const leaks = allFiles()
      .filter((file) => /\.(html|xml|txt|json)$/.test(file))
      .filter((file) => /quetzal/i.test(read(file)));
    expect(leaks).toEqual([]);
  });
});

test('in the dev preview a draft shows, with a Draft banner', async () => {
  const { spawn } = await import('node:child_process');
  const port = 4398;
  const dev = spawn('npx', ['astro', 'dev', '--port', String(port)], {
    env: editorEnv({ ARTICLES_DIR: dir }),
    detached: true,
  });
  // Astro refuses to start while another dev server runs; its words then explain the failure.
  let log = '';
  dev.stdout.on('data', (chunk) => (log += chunk));
  dev.stderr.on('data', (chunk) => (log += chunk));
  try {
    let html = '';
    for (let attempt = 0; attempt < 60 && !html; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      html = await fetch(`http://localhost:${port}/unfinished-draft/`)
        .then((response) => (response.ok ? response.text() : ''))
        .catch(() => '');
    }
    expect(html, `astro dev said:\n${log}`).toContain('An unfinished draft about the quetzal');
    expect(html).toMatch(
      /<p class="draft-banner"[^>]*role="note"[^>]*><strong[^>]*>Draft<\/strong> — not published\./,
    );
  } finally {
    process.kill(-dev.pid!, 'SIGTERM');
  }
});
