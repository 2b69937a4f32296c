import type { APIRoute } from 'astro';
import { handlePollRequest } from '../../../features/poll/api.ts';
import { pollContext } from '../../../features/poll/context.ts';

// The only routes rendered on demand: everything else on the site is built ahead as static pages.
export const prerender = false;

/**
 * GET a poll's results, POST a vote (see src/features/poll/api.ts); other methods get a JSON 405.
 * The site's server (src/server/site-server.ts) hands over the polls, the store, the reader's
 * address and whether they came over HTTPS, as it worked them out behind any trusted proxies;
 * `astro dev` opens the poll itself and has no proxy in front.
 */
export const ALL: APIRoute = async ({ request, params, locals, clientAddress, url }) =>
  handlePollRequest(
    {
      request,
      pollId: params['id'],
      clientAddress: locals.clientAddress ?? clientAddress,
      https: locals.https ?? url.protocol === 'https:',
    },
    await pollContext(locals),
  );
