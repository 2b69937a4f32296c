import type { PollApiContext } from './api.ts';

/**
 * The poll as a request sees it: handed over by the site's server (src/server/site-server.ts), or under
 * `astro dev` opened by the page itself. The dev branch disappears from built bundles, so the
 * server's bundle never compiles every piece to learn the polls.
 */
export async function pollContext(locals: App.Locals): Promise<PollApiContext> {
  if (locals.poll) return locals.poll;
  if (import.meta.env.DEV) return (await import('./dev.ts')).devPollContext();
  throw new Error(
    "The poll API runs in the site's own server (src/server/site-server.ts): start it with npm start.",
  );
}
