import {
  mkdirSync,
  mkdtempSync,
  realpathSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, afterEach, expect, test, vi } from 'vitest';
import { openPollServices } from '../../../src/features/poll/services.ts';
import { staticDir } from '../../../src/lib/build-output.ts';
import { followBuilds, type ServedBuild } from '../../../src/server/served-build.ts';
import { createSiteServer, type SiteServer } from '../../../src/server/site-server.ts';

const work = realpathSync(mkdtempSync(join(tmpdir(), 'served-build-')));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const dist = join(work, 'dist');

/** A build folder with a page saying its name. */
function makeBuild(name: string): string {
  const dir = join(work, 'builds', name);
  mkdirSync(staticDir(dir), { recursive: true });
  writeFileSync(join(staticDir(dir), 'index.html'), `<p>${name}</p>`);
  return dir;
}

/** Points dist at a build in one rename, as npm run build does. */
function pointAt(dir: string) {
  symlinkSync(dir, `${dist}.new`);
  renameSync(`${dist}.new`, dist);
}

/** A build as the server loads it; its on-request pages answer with its name and its polls. */
const loaded = (dir: string): ServedBuild => ({
  dir,
  polls: new Map([[basename(dir), { id: basename(dir) } as never]]),
  moved: { redirects: {}, withdrawn: {} },
  astro: (_req, res, _next, locals) => {
    const polls = (locals as { poll: { polls: Map<string, unknown> } }).poll.polls;
    res.end(`on request: ${basename(dir)}, polls: ${[...polls.keys()].join()}`);
  },
});

let site: SiteServer | undefined;
afterEach(async () => {
  await site?.shutdown('test over');
  rmSync(dist, { force: true });
});

async function serve(load: (dir: string) => Promise<ServedBuild>) {
  site = createSiteServer(
    {
      host: '127.0.0.1',
      port: 0,
      trustedProxies: 0,
      shutdownTimeoutMs: 1000,
      staticCacheBytes: 1 << 20,
      distDir: dist,
    },
    {
      poll: await openPollServices({ rateLimit: 30, databaseUrl: undefined, dbPath: ':memory:' }),
      builds: await followBuilds(dist, load),
    },
  );
  const { port } = (await site.listen()) as AddressInfo;
  return (path: string) => fetch(`http://127.0.0.1:${port}${path}`).then((response) => response.text());
}

test('a build switched in is served from the next request on, its pages, polls and on-request pages alike', async () => {
  const [a, b] = [makeBuild('a'), makeBuild('b')];
  pointAt(a);
  const get = await serve(async (dir) => loaded(dir));
  expect(await get('/')).toBe('<p>a</p>');
  expect(await get('/polls/x/')).toBe('on request: a, polls: a');

  pointAt(b);
  expect(await get('/')).toBe('<p>b</p>');
  expect(await get('/polls/x/')).toBe('on request: b, polls: b');
  pointAt(a);
  expect(await get('/polls/x/'), 'and back, without loading it again').toBe('on request: a, polls: a');
});

test('while a new build loads, requests wait for it; one that cannot be loaded leaves the last one served', async () => {
  const [a, b, broken] = [makeBuild('a2'), makeBuild('b2'), makeBuild('broken')];
  pointAt(a);
  let finishB!: () => void;
  const bLoaded = new Promise<void>((resolve) => (finishB = resolve));
  const get = await serve(async (dir) => {
    if (dir === b) await bLoaded;
    if (dir === broken) throw new Error('its server bundle is missing');
    return loaded(dir);
  });

  pointAt(b);
  const waiting = get('/polls/x/');
  await new Promise((resolve) => setTimeout(resolve, 50));
  finishB();
  expect(await waiting).toBe('on request: b2, polls: b2');

  const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
  pointAt(broken);
  expect(await get('/')).toBe('<p>b2</p>');
  expect(await get('/polls/x/')).toBe('on request: b2, polls: b2');
  expect(errors).toHaveBeenCalledWith(expect.stringContaining('its server bundle is missing'));
  errors.mockRestore();
});

test('builds switched in one after another do not pile up what loading each added to the process', async () => {
  const listening = () => process.listenerCount('unhandledRejection');
  const at = listening();
  pointAt(makeBuild('series'));
  const get = await serve(async (dir) => {
    // As Astro's handler does as it is imported: a listener of its own.
    const listener = () => {};
    process.on('unhandledRejection', listener);
    return { ...loaded(dir), release: () => process.off('unhandledRejection', listener) };
  });
  for (let i = 0; i < 12; i++) {
    pointAt(makeBuild(`series-${i}`));
    expect(await get('/')).toBe(`<p>series-${i}</p>`);
  }
  expect(listening() - at).toBeLessThanOrEqual(5);
});
