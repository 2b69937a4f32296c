import { copyFileSync, cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { EDITOR_PATH, editorApiUrl } from '../../src/integrations/editor-paths.ts';
import { startDevServer, type DevServer } from '../support/dev-server.ts';
import { NEWSROOM } from '../support/newsroom.ts';
import { SCHEDULED } from '../support/scheduled.ts';
import { castVote, results } from '../support/voting.ts';

let dev: DevServer;
beforeAll(async () => {
  // A copy: the editor's API writes pieces, and a test that fails must not leave one in the fixtures.
  const content = join(mkdtempSync(join(tmpdir(), 'dev-content-')), 'content');
  cpSync(NEWSROOM.contentDir, content, { recursive: true });
  copyFileSync(
    'tests/fixtures/scheduled/scheduled-piece.mdx',
    join(content, 'pieces', `${SCHEDULED.slug}.mdx`),
  );
  dev = await startDevServer(
    {
      CONTENT_DIR: content,
      POLL_DB_PATH: join(mkdtempSync(join(tmpdir(), 'dev-polls-')), 'polls.sqlite'),
      // Before the scheduled piece's moment, in the zone its editor wrote it in.
      EXPLAINER_NOW: SCHEDULED.before,
      TZ: 'Asia/Tokyo',
    },
    '/unfinished-draft/',
  );
});
afterAll(() => dev?.stop());

test('in the dev preview a draft shows, with a Draft banner, and the poll counts votes', async () => {
  const html = await fetch(`${dev.origin}/unfinished-draft/`).then((response) => response.text());
  expect(html, `astro dev said:\n${dev.log()}`).toContain('An unfinished draft about the quetzal');
  expect(html).toMatch(
    /<p class="draft-banner"[^>]*role="note"[^>]*><strong[^>]*>Draft<\/strong> — not published\./,
  );
  // With no site server, the page opens the poll store and reads the polls from the pieces itself.
  expect((await castVote(dev.origin, 'the-questions')).status, `astro dev said:\n${dev.log()}`).toBe(200);
  expect((await results(dev.origin)).options.find((o) => o.value === 'the-questions')?.votes).toBe(1);
});

test('in the dev preview a piece scheduled for later shows, saying when it goes live in the local time', async () => {
  const html = await fetch(`${dev.origin}/${SCHEDULED.slug}/`).then((response) => response.text());
  expect(html, `astro dev said:\n${dev.log()}`).toContain(SCHEDULED.title);
  expect(html).toMatch(
    /<p class="draft-banner"[^>]*role="note"[^>]*><strong[^>]*>Scheduled<\/strong> for <time datetime="2026-12-23T21:00:00.000Z"[^>]*>24 December 2026 at 06:00 GMT\+9<\/time> — not published until then\./,
  );
  expect(html, 'not a draft').not.toMatch(/>Draft<\/strong>/);
});

test('the piece editor answers its own page on this machine, and no other site', async () => {
  const page = await fetch(`${dev.origin}${EDITOR_PATH}`);
  expect(page.status).toBe(200);
  expect(await page.text()).toContain('<title>Piece editor</title>');
  const pieces = (await fetch(`${dev.origin}${editorApiUrl('pieces')}`).then((r) => r.json())) as {
    file: string;
  }[];
  expect(pieces.map((piece) => piece.file)).toContain('unfinished-draft.mdx');

  // A page of another site open in the same browser may post to localhost: refused, nothing written.
  const forged = await fetch(`${dev.origin}${editorApiUrl('new')}`, {
    method: 'POST',
    headers: { Origin: 'https://example.com', 'Content-Type': 'application/json' },
    body: JSON.stringify({ title: 'Forged piece' }),
  });
  expect(forged.status).toBe(403);
  expect(await forged.text()).toContain('not https://example.com');
  // Nor through a name of its own that resolves to this machine (DNS rebinding).
  const { request } = await import('node:http');
  const rebound = await new Promise<number>((resolve, reject) =>
    request(`${dev.origin}${editorApiUrl('pieces')}`, { headers: { Host: 'attacker.example' } }, (res) =>
      resolve(res.statusCode!),
    )
      .on('error', reject)
      .end(),
  );
  expect(rebound).toBe(403);
});

test('the piece editor refuses in the JSON shape every API of the site uses', async () => {
  const outside = await fetch(`${dev.origin}${editorApiUrl('piece', 'file=../tags.json')}`);
  expect(outside.status).toBe(400);
  expect(await outside.json()).toEqual({
    error: { status: 400, code: 'not-a-piece', message: expect.stringContaining('is not a piece in') },
  });
  const unknown = await fetch(`${dev.origin}${editorApiUrl('no-such-route')}`);
  expect(unknown.status).toBe(404);
  expect(await unknown.json()).toEqual({
    error: { status: 404, code: 'unknown-route', message: 'The editor has no GET no-such-route.' },
  });
});
