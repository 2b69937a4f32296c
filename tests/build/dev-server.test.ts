import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { freePort } from '../../src/tooling/built-server.ts';
import { editorEnv } from '../support/build-fixture.ts';
import { NEWSROOM } from '../support/newsroom.ts';
import { castVote, results } from '../support/voting.ts';

test('in the dev preview a draft shows, with a Draft banner, and the poll counts votes', async () => {
  const port = await freePort();
  const dev = spawn('node_modules/.bin/astro', ['dev', '--port', String(port)], {
    env: editorEnv({
      CONTENT_DIR: NEWSROOM.contentDir,
      POLL_DB_PATH: join(mkdtempSync(join(tmpdir(), 'dev-polls-')), 'polls.sqlite'),
    }),
    detached: true,
  });
  // Astro refuses to start while another dev server runs; its words then explain the failure.
  let log = '';
  dev.stdout.on('data', (chunk) => (log += chunk));
  dev.stderr.on('data', (chunk) => (log += chunk));
  try {
    let html = '';
    for (let attempt = 0; attempt < 120 && !html; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      html = await fetch(`http://localhost:${port}/unfinished-draft/`)
        .then((response) => (response.ok ? response.text() : ''))
        .catch(() => '');
    }
    expect(html, `astro dev said:\n${log}`).toContain('An unfinished draft about the quetzal');
    expect(html).toMatch(
      /<p class="draft-banner"[^>]*role="note"[^>]*><strong[^>]*>Draft<\/strong> — not published\./,
    );
    // With no site server, the page opens the poll store and reads the polls from the pieces itself.
    const origin = `http://localhost:${port}`;
    expect((await castVote(origin, 'the-questions')).status, `astro dev said:\n${log}`).toBe(200);
    expect((await results(origin)).options.find((o) => o.value === 'the-questions')?.votes).toBe(1);
  } finally {
    process.kill(-dev.pid!, 'SIGTERM');
  }
});
