import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const MODULE = 'virtual:quote-link';
const RESOLVED = `\0${MODULE}`;
const SCRIPT = fileURLToPath(new URL('./quote-link.ts', import.meta.url));

/**
 * `virtual:quote-link`: the address of the quote-link script (./quote-link.ts), built as a file of
 * its own. QuoteLinks.astro's loader imports it on the reader's first selection. A plain
 * `import('./quote-link.ts')` would keep Astro from inlining the loader, and a page's first view
 * would fetch a script; this way the loader stays a few hashed bytes inside the page.
 */
export function quoteLinkScript(): Plugin {
  return {
    name: 'explainer:quote-link-script',
    resolveId: (id) => (id === MODULE ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return undefined;
      // `astro dev` serves the module itself; a build emits it as a hashed chunk and writes its address.
      if (this.environment.config.command === 'serve') {
        return `export default ${JSON.stringify(`/@fs${SCRIPT}`)};`;
      }
      // Rolldown's own spelling of the file URL, which Astro's incremental build also reads: a page
      // whose loader names a new version of the script is built again.
      const reference = this.emitFile({ type: 'chunk', id: SCRIPT, name: 'quote-link' });
      return `export default import.meta.ROLLDOWN_FILE_URL_${reference};`;
    },
  };
}
