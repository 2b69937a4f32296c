/**
 * The reference for `npm run bench:votes`: the least a vote server can do with the same storage
 * as ours. Bare node:http and node:sqlite: read the JSON body, upsert the vote in its own
 * transaction (WAL, one fsync per vote, as our SQLite store), answer a line of JSON with a voter
 * cookie. No routing, rate limit, origin check, validation, results or compression.
 *   node src/tooling/bench/bare-vote-server.ts <port> <database file>
 */
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import { DatabaseSync } from 'node:sqlite';

const [port, path] = process.argv.slice(2);
const db = new DatabaseSync(path!);
db.exec(`PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;
  CREATE TABLE IF NOT EXISTS votes (poll TEXT, voter TEXT, choice TEXT, voted_at TEXT, PRIMARY KEY (poll, voter)) WITHOUT ROWID;`);
const upsert = db.prepare(
  `INSERT INTO votes VALUES (?, ?, ?, ?)
   ON CONFLICT (poll, voter) DO UPDATE SET choice = excluded.choice, voted_at = excluded.voted_at`,
);

createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.on('end', () => {
    const { choice } = JSON.parse(Buffer.concat(chunks).toString()) as { choice: string };
    const voter = randomUUID();
    db.exec('BEGIN IMMEDIATE');
    upsert.run('bench', voter, choice, new Date().toISOString());
    db.exec('COMMIT');
    res.writeHead(200, { 'content-type': 'application/json', 'set-cookie': `voter=${voter}` });
    res.end('{"ok":true}');
  });
}).listen(Number(port), '127.0.0.1', () => console.log('ready'));
