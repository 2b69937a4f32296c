import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildsDir, publicationRecord, staticDir } from '../../src/lib/build-output.ts';
import { fixedRoutes, piecePath, pieceCardPath, sharePath, tagPath } from '../../src/lib/routes.ts';
import { DEFAULT_EDITION } from '../../src/features/editions/editions.ts';
import { absoluteUrl, site as siteConfig } from '../../src/site.config.ts';
import { servedBuild } from '../../src/tooling/build-folders.ts';
import { takeBuildLock } from '../../src/tooling/build-lock.ts';
import { collectPublishedLinks } from '../../src/tooling/link-manifest.ts';
import { pieceFiles, pieceSlug } from '../../src/tooling/content-check/pieces.ts';
import { readFrontmatter } from '../../src/tooling/frontmatter.ts';
import { newsEntries, newsSitemapProblems, readJsonFeed } from '../support/feeds.ts';
import { NEWSROOM } from '../support/newsroom.ts';
import { SCHEDULED, scheduledNewsroom } from '../support/scheduled.ts';

/*
 * A scheduled piece with a fixed clock (EXPLAINER_NOW): `npm run build` a minute before its moment
 * leaves every trace of it out, as a draft's; `npm run publish-due` then says nothing is due; at
 * its moment it builds, prints what went live, and the piece is everywhere a published piece is.
 */
const { work, dist, env } = scheduledNewsroom('scheduled-');
afterAll(() => rmSync(work, { recursive: true, force: true }));
const site = () => staticDir(dist);

/** An npm command of the project (its script file, run by Node as `npm run` would), with EXPLAINER_NOW. */
function run(command: 'build' | 'publish-due', now: string) {
  const started = performance.now();
  const result = spawnSync(process.execPath, [`src/commands/${command}.ts`], {
    env: { ...env, EXPLAINER_NOW: now },
    encoding: 'utf8',
  });
  return { ...result, seconds: (performance.now() - started) / 1000 };
}

/** Every file of the served build that holds a trace of the scheduled piece (gzipped index files read unzipped). */
function traces(): string[] {
  return readdirSync(site(), { recursive: true, encoding: 'utf8' }).filter((file) => {
    if (SCHEDULED.traces.test(file)) return true;
    const path = join(site(), file);
    if (!statSync(path).isFile()) return false;
    let bytes = readFileSync(path);
    if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = gunzipSync(bytes);
    return SCHEDULED.traces.test(bytes.toString('utf8'));
  });
}

const read = (path: string) => readFileSync(join(site(), path), 'utf8');
const page = (path: string) => read(join(path, 'index.html'));
const link = `href="${piecePath(SCHEDULED.slug)}"`;

/** What the fixture newsroom publishes without the scheduled piece: its pieces that are not drafts. */
const newsroomPieces = pieceFiles(NEWSROOM.piecesDir)
  .filter((file) => readFrontmatter(readFileSync(file, 'utf8'))['draft'] !== true)
  .map((file) => pieceSlug(NEWSROOM.piecesDir, file))
  .sort();

describe('before its moment, a scheduled piece is left out of everything, like a draft', () => {
  beforeAll(() => {
    const build = run('build', SCHEDULED.before);
    expect(build.status, build.stdout + build.stderr).toBe(0);
  });

  test('no page, share page, card, feed, sitemap, topic, related reading, search index, poll or link holds it', () => {
    expect(existsSync(join(site(), SCHEDULED.slug))).toBe(false);
    expect(read(fixedRoutes.pollRegistry.slice(1))).not.toContain(SCHEDULED.poll);
    expect(Object.keys(collectPublishedLinks(site())).filter((url) => url.includes(SCHEDULED.slug))).toEqual(
      [],
    );
    expect(traces()).toEqual([]);
    expect(JSON.parse(readFileSync(publicationRecord(dist), 'utf8'))).toEqual({
      asOf: '2026-12-23T20:59:00.000Z',
      pieces: newsroomPieces,
    });
  });

  test('npm run publish-due says nothing is due and what comes next, quickly, and builds nothing', () => {
    const served = servedBuild(dist);
    const due = run('publish-due', SCHEDULED.before);
    expect(due.status, due.stderr).toBe(0);
    expect(due.stdout).toBe(
      `Nothing due at 2026-12-23T20:59:00.000Z; next: ${SCHEDULED.slug} at ${SCHEDULED.publishAt}.\n`,
    );
    expect(due.seconds).toBeLessThan(2);
    expect(servedBuild(dist)).toBe(served);
  });

  test('while another build holds the lock, publish-due leaves it be and exits 0', () => {
    const lock = takeBuildLock(dist, 'npm run build');
    try {
      const due = run('publish-due', SCHEDULED.at);
      expect(due.status, due.stderr).toBe(0);
      expect(due.stdout).toMatch(
        /^A build is already running \(npm run build, process \d+, since .*\); this run leaves it be\.\n$/,
      );
    } finally {
      if (lock.held) lock.release();
    }
  });
});

describe('at its moment, publish-due builds incrementally, switches the build in whole and says what went live', () => {
  let before: string;
  let due: ReturnType<typeof run>;
  beforeAll(() => {
    before = servedBuild(dist)!;
    due = run('publish-due', SCHEDULED.at);
  });

  test('it prints each piece that went live, its headline and address, and exits 0', () => {
    expect(due.status, due.stdout + due.stderr).toBe(0);
    const lines = due.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe(
      `Due at 2026-12-23T21:00:00.000Z: ${SCHEDULED.slug} (${SCHEDULED.publishAt}). Building…`,
    );
    expect(lines[1]).toBe(`Published “${SCHEDULED.title}”: ${absoluteUrl(piecePath(SCHEDULED.slug))}`);
    expect(lines[2]).toMatch(/^Built in \d+\.\d s; now serving .*dist-builds\/\d{8}T\d{6}-[0-9a-f]{6}\.$/);
    expect(lines).toHaveLength(3);
  });

  test('the piece is everywhere a published piece is', () => {
    expect(page(SCHEDULED.slug)).toContain(SCHEDULED.title);
    expect(page(SCHEDULED.slug), 'no banner: it is out').not.toContain('class="draft-banner"');
    expect(existsSync(join(site(), pieceCardPath(SCHEDULED.slug)))).toBe(true);
    expect(page(sharePath(SCHEDULED.slug, 'when-does-this-piece-go-live'))).toContain(
      'When does this piece go live?',
    );
    expect(read('index.html')).toContain(link);
    for (const tag of ['polls', 'design']) expect(page(tagPath(tag, DEFAULT_EDITION))).toContain(link);
    expect(read('rss.xml')).toContain(`${piecePath(SCHEDULED.slug)}</link>`);
    expect(read('sitemap.xml')).toContain(`${piecePath(SCHEDULED.slug)}</loc>`);
    expect(page('later-piece'), 'related reading and next').toContain(link);
    expect(read(fixedRoutes.pollRegistry.slice(1))).toContain(`"id":"${SCHEDULED.poll}"`);
    expect(collectPublishedLinks(site())[piecePath(SCHEDULED.slug)]).toBe('page');
    const fragments = join(site(), 'pagefind', 'fragment');
    const indexed = readdirSync(fragments).map((file) =>
      gunzipSync(readFileSync(join(fragments, file))).toString(),
    );
    expect(indexed.some((text) => text.includes('axolotl'))).toBe(true);
  });

  test('Google News’s sitemap lists it, went live at its moment, valid against the schema; the JSON feed carries it', async () => {
    const news = read(fixedRoutes.newsSitemap);
    expect(await newsSitemapProblems(news)).toEqual([]);
    expect(newsEntries(news)).toEqual([
      {
        loc: absoluteUrl(piecePath(SCHEDULED.slug)),
        name: siteConfig.name,
        language: 'en',
        date: new Date(SCHEDULED.publishAt).toISOString().replace('.000Z', 'Z'),
        title: SCHEDULED.title,
      },
    ]);
    const feed = readJsonFeed(read(fixedRoutes.jsonFeed));
    expect(feed.items[0]).toMatchObject({
      id: absoluteUrl(piecePath(SCHEDULED.slug)),
      title: SCHEDULED.title,
      date_published: new Date(SCHEDULED.publishAt).toISOString(),
    });
  });

  test('the rebuild was incremental, in a new folder; the build before it stays, older ones are gone', () => {
    const after = servedBuild(dist)!;
    expect(after).not.toBe(before);
    const mtime = (build: string, path: string) => statSync(join(staticDir(build), path)).mtimeMs;
    const unrelated = 'every-component/faq/hand-set/index.html';
    expect(mtime(after, unrelated), 'a page that does not show the piece, kept').toBeCloseTo(
      mtime(before, unrelated),
      0,
    );
    expect(mtime(after, 'index.html'), 'the home page, rendered again').toBeGreaterThan(
      mtime(before, 'index.html'),
    );
    expect(
      readdirSync(buildsDir(dist))
        .filter((name) => !name.startsWith('.'))
        .sort(),
    ).toEqual([before, after].map((dir) => dir.slice(buildsDir(dist).length + 1)).sort());
  });

  test('once published, the next run has nothing to do', () => {
    const again = run('publish-due', '2026-12-24T06:01:00+09:00');
    expect(again.status, again.stderr).toBe(0);
    expect(again.stdout).toBe('Nothing due at 2026-12-23T21:01:00.000Z.\n');
  });
});
