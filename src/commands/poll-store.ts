/**
 * Opens the poll store before the server starts (`npm start` and `bash .ci/serve` run it first):
 * creates or migrates its schema and checks that it can be written, so a bad POLL_DB_PATH or
 * POLL_DATABASE_URL, a read-only file or an unreachable database stops the start with its reason
 * instead of failing the first reader who votes. (The server checks again as it starts.)
 *   node src/commands/poll-store.ts
 */
import { preparePollStore } from '../features/poll/services.ts';

try {
  console.log(`Poll store ready: ${await preparePollStore()}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
