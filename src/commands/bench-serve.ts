/**
 * Serving throughput: npm run bench:serve [-- --seconds 10 --connections 50 --rounds 2 --path /piece/ --dist dist]
 * Needs a build (npm run build). Serves one page (by default the largest piece: the launch piece)
 * from our server (`npm run serve`, one process) and from nginx (Debian's, one worker,
 * gzip_comp_level 5, the same dist/client; src/tooling/bench/nginx.ts) in one run, and has 50
 * clients ask for it back to back (autocannon), as browsers do (Accept-Encoding: gzip, deflate,
 * br, zstd) and uncompressed. Each run follows the others in turn, `rounds` times, and prints
 * requests per second, p99 latency and the bytes on the wire. Where nginx is not installed the
 * reference is a bare node:http server sending the same bytes from memory
 * (src/tooling/bench/bare-static-server.ts). The load generator shares the machine's cores.
 */
import { spawn } from 'node:child_process';
import { statSync } from 'node:fs';
import { request } from 'node:http';
import { parseArgs } from 'node:util';
import { distDir as defaultDistDir, staticDir } from '../lib/build-output.ts';
import { parseRoute } from '../lib/routes.ts';
import { httpLoad, type HttpLoad } from '../tooling/bench/http-load.ts';
import { nginxVersion, startNginx } from '../tooling/bench/nginx.ts';
import { freePort, startServer } from '../tooling/built-server.ts';
import { builtPages } from '../tooling/built-site.ts';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '10' },
    connections: { type: 'string', default: '50' },
    rounds: { type: 'string', default: '2' },
    path: { type: 'string' },
    dist: { type: 'string', default: defaultDistDir() },
  },
});
const load = { seconds: Number(values.seconds), connections: Number(values.connections) };
const site = staticDir(values.dist);
const fileOf = (path: string) => `${site}${path}${path.endsWith('/') ? 'index.html' : ''}`;
const path =
  values.path ??
  builtPages(site)
    .filter((page) => parseRoute(page).kind === 'piece')
    .sort((a, b) => statSync(fileOf(b)).size - statSync(fileOf(a)).size)[0];
if (!path) {
  console.error(`No piece in the build at ${values.dist}: build the site first (npm run build).`);
  process.exit(1);
}

/** What a browser sends (Chrome's), what a gzip-only client sends, and none. */
const ENCODINGS = {
  browser: 'gzip, deflate, br, zstd',
  'gzip only': 'gzip',
  uncompressed: 'identity',
} as const;
type Asked = keyof typeof ENCODINGS;

interface Target {
  name: string;
  url: string;
  asks: Asked[];
  stop(): Promise<unknown>;
}

/** The bytes on the wire and the encoding of one answer (not decoded, unlike fetch). */
function answerOf(url: string, acceptEncoding: string) {
  return new Promise<{ encoding: string; bytes: number }>((resolve, reject) => {
    request(url, { headers: { 'accept-encoding': acceptEncoding } }, (res) => {
      let bytes = 0;
      res.on('data', (chunk: Buffer) => (bytes += chunk.length));
      res.on('end', () => resolve({ encoding: res.headers['content-encoding'] ?? 'none', bytes }));
    })
      .on('error', reject)
      .end();
  });
}

async function bareReference(): Promise<Target> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    ['src/tooling/bench/bare-static-server.ts', String(port), fileOf(path!)],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  await new Promise((resolve) => child.stdout.once('data', resolve));
  return {
    name: 'bare node:http from memory',
    url: `http://127.0.0.1:${port}`,
    asks: ['browser', 'uncompressed'],
    stop: async () => child.kill(),
  };
}

const nginx = nginxVersion();
const ours = await startServer({ distDir: values.dist });
const reference: Target = nginx
  ? await startNginx(site, await freePort()).then((server) => ({
      name: `${server.version} (1 worker, gzip 5)`,
      url: server.url,
      asks: ['browser', 'uncompressed'] as Asked[],
      stop: () => server.stop(),
    }))
  : await bareReference();
if (!nginx) {
  console.log(
    'nginx is not installed (apt-get install nginx): comparing with a bare node:http server sending the same bytes from memory.',
  );
}
const targets: Target[] = [
  {
    name: 'ours (npm run serve)',
    url: ours.url,
    asks: ['browser', 'gzip only', 'uncompressed'],
    stop: () => ours.stop(),
  },
  reference,
];

const runs = new Map<
  string,
  { target: Target; asked: Asked; results: HttpLoad[]; encoding: string; bytes: number }
>();
try {
  // Warm-up: the first requests compress the page (and our server recompresses it at its best
  // setting in the background); the JIT settles.
  for (const target of targets) {
    for (const asked of target.asks) {
      await httpLoad(target.url + path, { 'accept-encoding': ENCODINGS[asked] }, { ...load, seconds: 2 });
      const { encoding, bytes } = await answerOf(target.url + path, ENCODINGS[asked]);
      runs.set(`${target.name}\0${asked}`, { target, asked, results: [], encoding, bytes });
    }
  }
  for (let round = 0; round < Number(values.rounds); round++) {
    for (const run of runs.values()) {
      run.results.push(
        await httpLoad(run.target.url + path, { 'accept-encoding': ENCODINGS[run.asked] }, load),
      );
    }
  }
} finally {
  for (const target of targets) await target.stop();
}

const mean = (numbers: number[]) => numbers.reduce((sum, n) => sum + n, 0) / numbers.length;
const span = (numbers: number[], digits = 0) => {
  const [low, high] = [Math.min(...numbers), Math.max(...numbers)].map((n) =>
    n.toLocaleString('en', { maximumFractionDigits: digits }),
  );
  return low === high ? low! : `${low}–${high}`;
};
console.log(
  `\n${path} (${statSync(fileOf(path)).size.toLocaleString('en')} bytes), ${load.connections} connections, ` +
    `${load.seconds} s a run, ${values.rounds} round(s); the load generator shares this machine's cores.\n`,
);
console.log('| server | asked | sent | bytes | req/s | p99 ms | failures |');
console.log('| --- | --- | --- | --- | --- | --- | --- |');
for (const run of runs.values()) {
  const rates = run.results.map((r) => r.rate);
  console.log(
    `| ${run.target.name} | ${run.asked} | ${run.encoding} | ${run.bytes.toLocaleString('en')} | ${span(rates)} | ` +
      `${span(run.results.map((r) => r.p99))} | ${run.results.reduce((sum, r) => sum + r.failures, 0)} |`,
  );
}

const ourBrowser = runs.get(`${targets[0]!.name}\0browser`)!;
const theirBrowser = runs.get(`${reference.name}\0browser`)!;
const ratio = mean(ourBrowser.results.map((r) => r.rate)) / mean(theirBrowser.results.map((r) => r.rate));
const ourP99 = Math.max(...ourBrowser.results.map((r) => r.p99));
const theirP99 = Math.max(...theirBrowser.results.map((r) => r.p99));
const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');
const size = `the page is ${ourBrowser.bytes.toLocaleString('en')} bytes with ${ourBrowser.encoding} (target 16 KB, 16,384 bytes: ${verdict(ourBrowser.encoding === 'br' && ourBrowser.bytes <= 16_384)})`;
console.log(
  nginx
    ? `\nCompressed, as browsers ask: ours ${ratio.toFixed(2)}× nginx's requests per second ` +
        `(target 1.5×: ${verdict(ratio >= 1.5)}); worst p99 ${ourP99} ms against ${theirP99} ms ` +
        `(no worse: ${verdict(ourP99 <= theirP99)}); ${size}.`
    : `\nCompressed, as browsers ask: ours ${ratio.toFixed(2)}× the requests per second of a bare node:http ` +
        `server sending bytes from memory (what a Node server could reach at most; the 1.5× target is ` +
        `against nginx: apt-get install nginx); worst p99 ${ourP99} ms against ${theirP99} ms; ${size}.`,
);
