import { parseSetCookie } from 'cookie';
import { expect, test, vi } from 'vitest';
import { handlePollRequest, MAX_BODY_BYTES, type PollApiContext } from '../../../../src/features/poll/api.ts';
import { pollOptions, type RegisteredPoll } from '../../../../src/features/poll/model.ts';
import { RateLimiter } from '../../../../src/features/poll/rate-limit.ts';
import { StoreUnavailableError, type VoteStore } from '../../../../src/features/poll/store.ts';
import { openSqliteVoteStore } from '../../../../src/features/poll/store-sqlite.ts';
import { pollApiPath, pollResultsPath } from '../../../../src/lib/routes.ts';
import { absoluteUrl, site } from '../../../../src/site.config.ts';
import { DEFAULT_EDITION, editionByCode } from '../../../../src/features/editions/editions.ts';

const asked = {
  id: 'drivers',
  question: 'Economy or security?',
  options: pollOptions(['Economic factors', 'Security concerns']),
  piece: 'summit',
  pieceTitle: 'The summit',
};
const poll: RegisteredPoll = {
  ...asked,
  editions: {
    en: asked,
    ja: {
      ...asked,
      piece: 'ja/summit',
      question: '経済か安全保障か？',
      options: asked.options.map((option, i) => ({
        ...option,
        label: ['経済的要因', '安全保障上の懸念'][i]!,
      })),
    },
  },
};
const URL_ = absoluteUrl(pollApiPath('drivers'));

function server(limit = 100): PollApiContext {
  return {
    polls: new Map([[poll.id, poll]]),
    store: openSqliteVoteStore(':memory:'),
    limiter: RateLimiter.inMemory(limit),
  };
}

const vote = (body: BodyInit | null, headers: Record<string, string> = {}, url = URL_) =>
  new Request(url, { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } });

const call = (context: PollApiContext, request: Request, pollId = 'drivers', https = true) =>
  handlePollRequest({ request, pollId, clientAddress: '203.0.113.7', https }, context);

const total = async (context: PollApiContext) =>
  [...(await context.store.counts('drivers')).values()].reduce((sum, n) => sum + n, 0);

/** Sends a bad request and checks the JSON error a reader of the API would get. */
async function refused(request: Request, status: number, code: string, message: string, pollId?: string) {
  const context = server();
  const response = await call(context, request, pollId);
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
  expect(await response.json()).toEqual({ error: { status, code, message } });
  expect(await total(context), 'nothing is stored').toBe(0);
  return response;
}

test('a JSON vote is counted, answered with the results and given an HttpOnly SameSite voter cookie', async () => {
  const context = server();
  const response = await call(context, vote(JSON.stringify({ choice: 'security-concerns' })));
  expect(response.status).toBe(200);
  expect(await response.json()).toEqual({
    poll: 'drivers',
    question: 'Economy or security?',
    total: 1,
    options: [
      { value: 'economic-factors', label: 'Economic factors', votes: 0, percent: 0 },
      { value: 'security-concerns', label: 'Security concerns', votes: 1, percent: 100 },
    ],
    yourChoice: 'security-concerns',
  });
  expect(parseSetCookie(response.headers.get('set-cookie')!)).toEqual({
    name: 'voter',
    value: expect.stringMatching(/^[0-9a-f-]{36}$/),
    path: '/',
    maxAge: 31536000,
    httpOnly: true,
    sameSite: 'lax',
    secure: true,
  });
});

test('a reader on plain HTTP gets the same cookie without Secure, or their browser would drop it', async () => {
  const response = await call(
    server(),
    vote(JSON.stringify({ choice: 'economic-factors' })),
    'drivers',
    false,
  );
  const cookie = parseSetCookie(response.headers.get('set-cookie')!);
  expect(cookie).toMatchObject({ name: 'voter', httpOnly: true, sameSite: 'lax' });
  expect(cookie.secure).toBeUndefined();
});

test('voting again with the cookie changes the choice and never adds a vote', async () => {
  const context = server();
  const first = await call(context, vote(JSON.stringify({ choice: 'security-concerns' })));
  const cookie = first.headers.get('set-cookie')!.split(';')[0]!;
  const second = await call(context, vote(JSON.stringify({ choice: 'economic-factors' }), { cookie }));
  expect(second.headers.get('set-cookie'), 'the reader keeps their cookie').toBeNull();
  const results = await second.json();
  expect(results.total).toBe(1);
  expect(results.yourChoice).toBe('economic-factors');
  const read = await call(context, new Request(URL_, { headers: { cookie } }));
  expect((await read.json()).yourChoice).toBe('economic-factors');
});

test('a form vote (no JavaScript) is counted and redirected to the results page', async () => {
  const context = server();
  const response = await call(
    context,
    vote('choice=economic-factors', {
      'content-type': 'application/x-www-form-urlencoded',
      origin: site.url,
    }),
  );
  expect(response.status).toBe(303);
  expect(response.headers.get('location')).toBe(pollResultsPath('drivers', DEFAULT_EDITION));
  expect(response.headers.get('set-cookie')).toMatch(/^voter=/);
  expect(await total(context)).toBe(1);
});

test('a form vote from another edition counts in the one tally and lands on that edition’s results page', async () => {
  const context = server();
  const form = (body: string) =>
    vote(body, { 'content-type': 'application/x-www-form-urlencoded', origin: site.url });
  const japanese = await call(context, form('choice=economic-factors&edition=ja'));
  expect(japanese.headers.get('location')).toBe(pollResultsPath('drivers', editionByCode('ja')!));
  // An edition that does not ask the poll (or no edition at all) lands on the original's page.
  const unknown = await call(context, form('choice=security-concerns&edition=vi'));
  expect(unknown.headers.get('location')).toBe(pollResultsPath('drivers', DEFAULT_EDITION));
  expect(await total(context)).toBe(2);
});

test('GET answers the results without a cookie, and without setting one', async () => {
  const response = await call(server(), new Request(URL_));
  expect(response.status).toBe(200);
  expect(response.headers.get('cache-control')).toBe('no-store');
  expect(response.headers.get('set-cookie')).toBeNull();
  expect(await response.json()).toMatchObject({ total: 0, yourChoice: null });
});

test('a made-up voter cookie is not trusted: the vote gets a cookie of its own', async () => {
  const response = await call(
    server(),
    vote(JSON.stringify({ choice: 'economic-factors' }), { cookie: 'voter=1' }),
  );
  expect(response.headers.get('set-cookie')).toMatch(/^voter=[0-9a-f-]{36};/);
});

test('an unknown poll is refused with the polls there are', async () => {
  await refused(
    vote(JSON.stringify({ choice: 'economic-factors' })),
    404,
    'unknown-poll',
    'There is no poll "nope". Polls on this site: "drivers".',
    'nope',
  );
});

test('an unknown answer is refused with the answers there are', async () => {
  await refused(
    vote(JSON.stringify({ choice: 'both' })),
    422,
    'unknown-option',
    '"both" is not an answer to poll "drivers". Choose one of: "economic-factors", "security-concerns".',
  );
});

test('malformed JSON, a missing choice and a choice that is not text are refused', async () => {
  const fix = 'Send {"choice": "…"} with one of: "economic-factors", "security-concerns".';
  await refused(vote('{"choice": '), 400, 'malformed-body', `The body is not valid JSON. ${fix}`);
  await refused(
    vote('{"vote": "economic-factors"}'),
    400,
    'malformed-body',
    `The body has no "choice". ${fix}`,
  );
  await refused(vote('{"choice": 1}'), 400, 'malformed-body', `The "choice" must be text. ${fix}`);
  await refused(
    vote('other=1', { 'content-type': 'application/x-www-form-urlencoded' }),
    400,
    'malformed-body',
    `The body has no "choice". ${fix}`,
  );
});

test('a body over 1 KB is refused, whether or not it declares its length', async () => {
  const message = `A vote is a few bytes; this body is over ${MAX_BODY_BYTES} bytes.`;
  const big = JSON.stringify({ choice: 'economic-factors', padding: 'x'.repeat(MAX_BODY_BYTES) });
  await refused(vote(big, { 'content-length': String(big.length) }), 413, 'body-too-large', message);
  const stream = new ReadableStream({
    start(controller) {
      controller.enqueue(new TextEncoder().encode(big));
      controller.close();
    },
  });
  await refused(
    new Request(URL_, {
      method: 'POST',
      body: stream,
      duplex: 'half',
      headers: { 'content-type': 'application/json' },
    } as RequestInit),
    413,
    'body-too-large',
    message,
  );
});

test('a body of another content type is refused with the types that work', async () => {
  await refused(
    vote('choice=economic-factors', { 'content-type': 'text/plain' }),
    415,
    'unsupported-content-type',
    'A vote must be sent as application/json ({"choice": "…"}) or as a form (application/x-www-form-urlencoded), not as text/plain.',
  );
});

test('a vote from another site is refused, by Origin or by Sec-Fetch-Site', async () => {
  const body = JSON.stringify({ choice: 'economic-factors' });
  await refused(
    vote(body, { origin: 'https://evil.example' }),
    403,
    'cross-site',
    "This vote was sent from another site (https://evil.example). Votes are only accepted from this site's own pages.",
  );
  await refused(
    vote(body, { 'sec-fetch-site': 'cross-site' }),
    403,
    'cross-site',
    "This vote was sent from another site (another site). Votes are only accepted from this site's own pages.",
  );
  const context = server();
  expect(
    (await call(context, vote(body, { origin: `http://${new URL(site.url).host}` }))).status,
    'same host',
  ).toBe(200);
});

test('a client over the rate limit gets 429 with Retry-After, and its vote is not stored', async () => {
  const context = server(2);
  const body = JSON.stringify({ choice: 'economic-factors' });
  for (let i = 0; i < 2; i++) expect((await call(context, vote(body))).status).toBe(200);
  const response = await call(context, vote(body));
  expect(response.status).toBe(429);
  expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
  expect((await response.json()).error.message).toMatch(
    /^Too many votes from your connection\. Try again in \d+ seconds\.$/,
  );
  expect(await total(context)).toBe(2);
});

test('other methods are refused with the ones that work', async () => {
  const response = await refused(
    new Request(URL_, { method: 'DELETE' }),
    405,
    'method-not-allowed',
    "Use GET to read a poll's results or POST to vote, not DELETE.",
  );
  expect(response.headers.get('allow')).toBe('GET, HEAD, POST');
});

test('when the store fails, the reader gets a JSON 503 with Retry-After and the log gets the real cause', async () => {
  const cause = new Error('database or disk is full');
  const failing: VoteStore = {
    ...openSqliteVoteStore(':memory:'),
    description: 'SQLite test',
    castVote: async () => {
      throw new StoreUnavailableError('SQLite test', cause);
    },
  };
  const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  try {
    const context = { ...server(), store: failing };
    const response = await call(context, vote(JSON.stringify({ choice: 'economic-factors' })));
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('5');
    expect(await response.json()).toEqual({
      error: {
        status: 503,
        code: 'store-unavailable',
        message: 'Votes cannot be counted or read at the moment. Try again in 5 seconds.',
      },
    });
    expect(String(log.mock.calls[0]?.[1])).toBe(
      'StoreUnavailableError: The poll store (SQLite test) failed: database or disk is full',
    );
    expect(log.mock.calls[0]?.[0]).toBe(`The poll API could not answer POST ${URL_}:`);
  } finally {
    log.mockRestore();
  }
});
