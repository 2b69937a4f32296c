/**
 * The reference for `npm run bench:serve` where nginx is not installed: the least a Node server
 * can do to serve one file. Bare node:http, the file read and compressed once at start (Brotli 11,
 * gzip 9) and every answer written from memory: no routing, lookups, headers or checks.
 *   node src/tooling/bench/bare-static-server.ts <port> <file>
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const [port, file] = process.argv.slice(2);
const identity = readFileSync(file!);
const br = brotliCompressSync(identity, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
const gzip = gzipSync(identity, { level: 9 });

createServer((req, res) => {
  const accepted = req.headers['accept-encoding'] ?? '';
  const [encoding, body] = accepted.includes('br')
    ? ['br', br]
    : accepted.includes('gzip')
      ? ['gzip', gzip]
      : [null, identity];
  res.writeHead(200, {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Length': body.length,
    Vary: 'Accept-Encoding',
    ...(encoding ? { 'Content-Encoding': encoding } : {}),
  });
  res.end(body);
}).listen(Number(port), '127.0.0.1', () => console.log('ready'));
