import type { IncomingMessage } from 'node:http';
import type { AstroIntegration } from 'astro';
import type { ViteDevServer } from 'vite';
import { EDITOR_API, EDITOR_PATH } from './editor-paths.ts';

/** Requests from this machine: the editor writes files, so nobody else may reach it. */
const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);
const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Why a request may not reach the editor, or undefined when it may. Only from this machine, and
 * only from the editor's own page: a web page open in the same browser could otherwise post to
 * localhost (its Origin names another site), or reach it through a name of its own that resolves
 * to 127.0.0.1 (its Host is not a loopback name).
 */
export function editorRequestProblem(req: IncomingMessage): string | undefined {
  if (!LOOPBACK.has(req.socket.remoteAddress ?? '')) {
    return 'The piece editor answers only on the machine it runs on.';
  }
  const host = req.headers.host ?? '';
  if (!LOOPBACK_NAMES.has(host.replace(/:\d+$/, ''))) {
    return `The piece editor answers only at localhost, not at ${host || 'a request without a Host'}.`;
  }
  const origin = req.headers.origin;
  if (origin !== undefined && origin !== `http://${host}`) {
    return `The piece editor answers only its own page, not ${origin}.`;
  }
  return undefined;
}

/**
 * The piece editor at /editor/, under `astro dev` only: its page and its API are a dev-server
 * middleware, so `astro build` and `npm start` ship none of it (no route, no script).
 * Both answer only requests from this machine. The editor's code is development tooling
 * (src/tooling/editor/), loaded through the dev server when first asked for.
 */
export function pieceEditor(): AstroIntegration {
  return {
    name: 'explainer:piece-editor',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command !== 'dev') return;
        // A Vite plugin's middleware, first in line: Astro's page handler would answer these
        // addresses with a 404.
        updateConfig({
          vite: {
            plugins: [{ name: 'explainer:piece-editor-api', enforce: 'pre', configureServer: mountApi }],
          },
        });
      },
    },
  };
}

function mountApi(server: ViteDevServer) {
  server.middlewares.use(async (req, res, next) => {
    if (!req.url?.startsWith(EDITOR_PATH)) return next();
    const problem = editorRequestProblem(req);
    if (problem) {
      res.writeHead(403, { 'Content-Type': 'text/plain; charset=utf-8' });
      return res.end(`${problem}\n`);
    }
    if (req.url === EDITOR_PATH) {
      const { EDITOR_PAGE } = (await server.ssrLoadModule(
        '/src/tooling/editor/page.ts',
      )) as typeof import('../tooling/editor/page.ts');
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
      return res.end(EDITOR_PAGE);
    }
    if (!req.url.startsWith(EDITOR_API)) return next();
    const { handleEditorApi } = (await server.ssrLoadModule(
      '/src/tooling/editor/api.ts',
    )) as typeof import('../tooling/editor/api.ts');
    // A shared file the editor changed (tags.json) is read again by every module importing it,
    // at once: the next check must know the topic just added.
    await handleEditorApi(req, res, (file) => {
      for (const module of server.moduleGraph.getModulesByFile(file) ?? []) {
        server.moduleGraph.invalidateModule(module);
      }
    });
  });
}
