import type { APIRoute } from 'astro';
import { handlePollRequest } from '../../../features/poll/api.ts';
import { pollContext } from '../../../features/poll/context.ts';

// The only routes rendered on demand: everything else on the site is built ahead as static pages.
export const prerender = false;

/** GET a poll's results, POST a vote (see src/features/poll/api.ts); other methods get a JSON 405. */
export const ALL: APIRoute = async ({ request, params, clientAddress }) =>
  handlePollRequest({ request, pollId: params['id'], clientAddress }, await pollContext());
