import { spawn } from 'node:child_process';
import { expect, test } from 'vitest';
import { editorEnv } from '../support/build-fixture.ts';
import { NEWSROOM } from '../support/newsroom.ts';

test('in the dev preview a draft shows, with a Draft banner', async () => {
  const port = 4398;
  const dev = spawn('node_modules/.bin/astro', ['dev', '--port', String(port)], {
    env: editorEnv({ CONTENT_DIR: NEWSROOM.contentDir }),
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
  } finally {
    process.kill(-dev.pid!, 'SIGTERM');
  }
});
