import type { AstroIntegration } from 'astro';

/**
 * Drafts show in `astro dev` only. Decided by the Astro command itself, not by NODE_ENV or Vite's
 * mode, which a shell or a test runner can set to anything: `astro build` never publishes a draft.
 * Pages read the decision as `import.meta.env.SHOW_DRAFTS`.
 */
export function drafts(): AstroIntegration {
  return {
    name: 'explainer:drafts',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        updateConfig({
          vite: { define: { 'import.meta.env.SHOW_DRAFTS': JSON.stringify(command === 'dev') } },
        });
      },
    },
  };
}
