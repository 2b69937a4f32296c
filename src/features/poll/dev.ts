import type { PollApiContext } from './api.ts';
import { getPollRegistry } from './registry.ts';
import { openPollServices, pollSettings, type PollServices } from './services.ts';

/*
 * The poll under `astro dev`, where no site server hands it over. Pages import this only under
 * `import.meta.env.DEV` (src/features/poll/context.ts), so built bundles never contain it.
 */

let services: Promise<PollServices> | undefined;

/** The store and rate limit, opened on the first vote; a failed open is forgotten, so the next
 * request tries again once the fault has passed. */
export function devPollServices(): Promise<PollServices> {
  services ??= openPollServices(pollSettings()).catch((error: unknown) => {
    services = undefined;
    throw error;
  });
  return services;
}

/** The polls of the pieces as they are now, with the store. */
export async function devPollContext(): Promise<PollApiContext> {
  const opened = await devPollServices();
  return { polls: await getPollRegistry(), ...opened };
}
