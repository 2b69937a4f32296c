/**
 * Opens the poll store before the server starts (`npm start` and `bash .ci/serve` run it first),
 * so the schema is created or migrated at start, and a bad POLL_DB_PATH stops the start with its
 * reason instead of failing the first reader who votes.
 *   node src/features/poll/open-store.ts
 */
import { DEFAULT_DB_PATH, openSqliteVoteStore } from './store.ts';

const path = process.env['POLL_DB_PATH'] ?? DEFAULT_DB_PATH;
const store = openSqliteVoteStore(path);
await store.close();
console.log(`Poll store ready: ${path}`);
