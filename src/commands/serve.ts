/**
 * Serves the build (`npm run serve`; `npm start` and `bash .ci/serve` build first): the site's
 * server (src/server/site-server.ts) with the settings of the environment (see the README,
 * "Running the server"). A bad setting, a poll store that cannot be written or a broken build
 * stops it with the reason; SIGTERM or SIGINT shut it down gracefully, and it exits 0.
 *   node src/commands/serve.ts
 */
import { pollSettings } from '../features/poll/services.ts';
import { createSiteServer, openSiteServices } from '../server/site-server.ts';
import { serverSettings } from '../server/settings.ts';

try {
  const settings = serverSettings();
  const services = await openSiteServices(settings, pollSettings());
  const site = createSiteServer(settings, services);
  const { port } = await site.listen();
  console.log(
    `Serving ${settings.distDir} at http://${settings.host}:${port}/ ` +
      `(votes: ${services.poll.store.description}; trusted proxies: ${settings.trustedProxies})`,
  );
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.on(signal, () => void site.shutdown(signal).then(() => process.exit(0)));
  }
} catch (error) {
  console.error(`The server cannot start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
