import type { APIRoute } from 'astro';
import { handlePollRequest } from '../../../features/poll/api.ts';
import { pollRegistry } from '../../../features/poll/registry.ts';
import { devPollServices } from '../../../features/poll/services.ts';

// The only routes rendered on demand: everything else on the site is built ahead as static pages.
export const prerender = false;

/**
 * GET a poll's results, POST a vote (see src/features/poll/api.ts); other methods get a JSON 405.
 * The site's server (src/server/main.ts) hands over the poll store and the reader's address as it
 * worked them out behind any trusted proxies; `astro dev` opens the store itself.
 */
export const ALL: APIRoute = async ({ request, params, locals, clientAddress }) =>
  handlePollRequest(
    { request, pollId: params['id'], clientAddress: locals.clientAddress ?? clientAddress },
    { polls: await pollRegistry(), ...(locals.poll ?? (await devPollServices())) },
  );
