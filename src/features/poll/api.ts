import { randomUUID } from 'node:crypto';
import { parseCookie, stringifySetCookie } from 'cookie';
import { jsonError, JSON_HEADERS } from '../../lib/json-error.ts';
import { pollResultsPath } from '../../lib/routes.ts';
import { EDITION_FIELD, tallyPoll, voteEdition, type RegisteredPoll } from './model.ts';
import type { RateLimiter } from './rate-limit.ts';
import type { VoteStore } from './store.ts';

/** How long a reader's browser should wait before trying again when the store failed. */
export const RETRY_AFTER_STORE_FAILURE_SECONDS = 5;

/** What the poll API needs; the server wires the real ones, tests their own. */
export interface PollApiContext {
  polls: ReadonlyMap<string, RegisteredPoll>;
  store: VoteStore;
  limiter: RateLimiter;
}

export interface PollApiRequest {
  request: Request;
  /** The poll id from the URL. */
  pollId: string | undefined;
  /** The client's address, only ever used (hashed) for the rate limit. */
  clientAddress: string;
  /** Whether the reader reached the site over HTTPS (behind a proxy, as the proxy says): the voter cookie is then Secure. */
  https: boolean;
}

/** A vote is `{"choice":"economic-factors"}`: anything over 1 KB is not a vote. */
export const MAX_BODY_BYTES = 1024;
const VOTER_COOKIE = 'voter';
const VOTER_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const ONE_YEAR = 60 * 60 * 24 * 365;
const FORM = 'application/x-www-form-urlencoded';
const JSON_TYPE = 'application/json';

/**
 * `GET /api/polls/<id>/` answers the results; `POST` records a vote. A JSON vote gets the results
 * back; a form vote (no JavaScript) is redirected to the poll's results page in the edition the
 * form names (its `edition` field; the default edition without one). One API for every edition: a
 * poll is one tally, whatever language it was asked in. Every refusal is a
 * JSON error `{ "error": { "status", "code", "message" } }` and stores nothing; when the store or
 * the shared rate limit fails, the answer is a 503 with Retry-After, and the cause goes to the log.
 */
export async function handlePollRequest(request: PollApiRequest, context: PollApiContext): Promise<Response> {
  try {
    return await answer(request, context);
  } catch (failure) {
    console.error(`The poll API could not answer ${request.request.method} ${request.request.url}:`, failure);
    return jsonError(
      503,
      'store-unavailable',
      `Votes cannot be counted or read at the moment. Try again in ${RETRY_AFTER_STORE_FAILURE_SECONDS} seconds.`,
      { 'Retry-After': String(RETRY_AFTER_STORE_FAILURE_SECONDS) },
    );
  }
}

async function answer(
  { request, pollId, clientAddress, https }: PollApiRequest,
  { polls, store, limiter }: PollApiContext,
): Promise<Response> {
  const poll = pollId === undefined ? undefined : polls.get(pollId);
  if (!poll) {
    return jsonError(
      404,
      'unknown-poll',
      `There is no poll "${pollId}". Polls on this site: ${list([...polls.keys()])}.`,
    );
  }
  const voter = voterOf(request);

  if (request.method === 'GET' || request.method === 'HEAD') {
    const yourChoice = voter ? await store.choiceOf(poll.id, voter) : null;
    return json(200, tallyPoll(poll, await store.counts(poll.id), yourChoice));
  }
  if (request.method !== 'POST') {
    return jsonError(
      405,
      'method-not-allowed',
      `Use GET to read a poll's results or POST to vote, not ${request.method}.`,
      {
        Allow: 'GET, HEAD, POST',
      },
    );
  }

  const foreign = foreignOrigin(request);
  if (foreign) {
    return jsonError(
      403,
      'cross-site',
      `This vote was sent from another site (${foreign}). Votes are only accepted from this site's own pages.`,
    );
  }
  const rate = await limiter.take(clientAddress);
  if (!rate.ok) {
    return jsonError(
      429,
      'rate-limited',
      `Too many votes from your connection. Try again in ${rate.retryAfterSeconds} seconds.`,
      { 'Retry-After': String(rate.retryAfterSeconds) },
    );
  }
  const type = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== JSON_TYPE && type !== FORM) {
    return jsonError(
      415,
      'unsupported-content-type',
      `A vote must be sent as ${JSON_TYPE} ({"choice": "…"}) or as a form (${FORM}), not as ${type || 'nothing'}.`,
    );
  }
  const body = await readCapped(request, MAX_BODY_BYTES);
  if (body === null) {
    // Close the connection: the rest of an oversized upload is not worth reading.
    return jsonError(
      413,
      'body-too-large',
      `A vote is a few bytes; this body is over ${MAX_BODY_BYTES} bytes.`,
      {
        Connection: 'close',
      },
    );
  }
  const form = type === FORM ? new URLSearchParams(body) : null;
  const choice = form ? form.get('choice') : jsonChoice(body);
  if (typeof choice !== 'string') {
    const problem =
      choice === MALFORMED
        ? 'The body is not valid JSON.'
        : choice === undefined || choice === null
          ? 'The body has no "choice".'
          : 'The "choice" must be text.';
    return jsonError(400, 'malformed-body', `${problem} Send {"choice": "…"} with one of: ${values(poll)}.`);
  }
  if (!poll.options.some((option) => option.value === choice)) {
    return jsonError(
      422,
      'unknown-option',
      `"${choice}" is not an answer to poll "${poll.id}". Choose one of: ${values(poll)}.`,
    );
  }

  const voterId = voter ?? randomUUID();
  await store.castVote({ poll: poll.id, voter: voterId, choice });
  const headers = voter ? {} : { 'Set-Cookie': voterCookie(voterId, https) };
  if (form) {
    return new Response(null, {
      status: 303,
      headers: {
        ...headers,
        Location: pollResultsPath(poll.id, voteEdition(poll, form.get(EDITION_FIELD))),
        'Cache-Control': JSON_HEADERS['Cache-Control'],
      },
    });
  }
  return json(200, tallyPoll(poll, await store.counts(poll.id), choice), headers);
}

/** The voter id from the request's cookie, if it holds one this server could have issued. */
export function voterOf(request: Request): string | null {
  const id = parseCookie(request.headers.get('cookie') ?? '')[VOTER_COOKIE];
  return id !== undefined && VOTER_ID.test(id) ? id : null;
}

/**
 * The Origin (or "another site") of a browser request from elsewhere, else null. Browsers send
 * Origin on every POST; Sec-Fetch-Site covers the few that do not. A request with neither is not
 * from a browser, so it carries no reader's cookie to abuse.
 */
function foreignOrigin(request: Request): string | null {
  const origin = request.headers.get('origin');
  if (origin !== null) {
    // Hosts, not origins: behind a TLS-terminating proxy the server may see http for https.
    const host = URL.canParse(origin) ? new URL(origin).host : null;
    return host === new URL(request.url).host ? null : origin;
  }
  return request.headers.get('sec-fetch-site') === 'cross-site' ? 'another site' : null;
}

/** The body as text, or null once it passes `max` bytes (read no further: it could be endless). */
async function readCapped(request: Request, max: number): Promise<string | null> {
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > max) return null;
  if (!request.body) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of request.body) {
    size += chunk.byteLength;
    if (size > max) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

const MALFORMED = Symbol('malformed');

function jsonChoice(body: string): unknown {
  try {
    const data: unknown = JSON.parse(body);
    return data && typeof data === 'object' && 'choice' in data ? data.choice : undefined;
  } catch {
    return MALFORMED;
  }
}

function voterCookie(id: string, https: boolean): string {
  return stringifySetCookie({
    name: VOTER_COOKIE,
    value: id,
    path: '/',
    maxAge: ONE_YEAR,
    httpOnly: true,
    sameSite: 'lax',
    secure: https,
  });
}

const json = (status: number, data: unknown, headers: Record<string, string> = {}): Response =>
  new Response(JSON.stringify(data), { status, headers: { ...JSON_HEADERS, ...headers } });

const list = (items: string[]) => (items.length ? items.map((i) => `"${i}"`).join(', ') : 'none');
const values = (poll: RegisteredPoll) => list(poll.options.map((option) => option.value));
