/**
 * Opens the poll store before the server starts (`npm start` and `bash .ci/serve` run it first):
 * creates or migrates its schema and checks that it can be written, so a bad POLL_DB_PATH or
 * POLL_DATABASE_URL, a read-only file or an unreachable database stops the start with its reason
 * instead of failing the first reader who votes. (The server checks again as it starts.)
 *   node src/commands/poll-store.ts
 */
import { openPollServices, pollSettings, STORE_HINT } from '../features/poll/services.ts';

try {
  const services = await openPollServices(pollSettings());
  console.log(`Poll store ready: ${services.store.description}`);
  await services.close();
} catch (error) {
  console.error(`${error instanceof Error ? error.message : String(error)}\n${STORE_HINT}`);
  process.exitCode = 1;
}
