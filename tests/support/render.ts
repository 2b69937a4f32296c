import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import mdxRenderer from '@astrojs/mdx/server.js';
import { mdxComponents } from '../../src/components/mdx-components.ts';
import { codeKey } from '../../src/markdown/mdx-cache.ts';
import { pageDataOf } from '../../src/markdown/page-data.ts';

type Component = Parameters<AstroContainer['renderToString']>[0];

let container: Promise<AstroContainer> | undefined;
/** One Container API instance, able to render MDX content, as a page build would. */
function getContainer() {
  container ??= AstroContainer.create().then((created) => {
    created.addServerRenderer({ name: 'astro:jsx', renderer: mdxRenderer });
    return created;
  });
  return container;
}

/** Renders one component to HTML with Astro's Container API, as a page build would. */
export async function renderComponent(
  component: Component,
  props: Record<string, unknown> = {},
  slot?: string,
  locals: App.Locals = {},
): Promise<string> {
  return (await getContainer()).renderToString(component, {
    props,
    slots: slot === undefined ? {} : { default: slot },
    locals,
  });
}

/** Where test pieces are written: inside the project, so Vite compiles them like any piece. */
export const TEST_PIECES_DIR = 'node_modules/.cache/explainer/test-pieces';

/**
 * Compiles MDX exactly as the site compiles a piece (Vite with astro.config.mjs, so the one
 * Markdown pipeline of src/markdown/pipeline.ts) and renders it with the site's components.
 * A mistake rejects with the message the build would print, naming the file and line.
 */
export async function renderPiece(mdx: string, locals: App.Locals = {}) {
  mkdirSync(TEST_PIECES_DIR, { recursive: true });
  // One file per text and version of the pipeline: Vite caches a module by its path, and vitest
  // keeps what it compiled between runs (node_modules/.vitest-cache) by the file's text alone.
  const name = createHash('sha1').update(mdx).update(codeKey()).digest('hex').slice(0, 12);
  const file = join(TEST_PIECES_DIR, `${name}.mdx`);
  writeFileSync(file, mdx);
  const piece = await import(/* @vite-ignore */ resolve(file));
  const html = await (
    await getContainer()
  ).renderToString(piece.default, { props: { components: mdxComponents }, locals });
  return {
    html,
    /** What the plugins handed the page (src/markdown/page-data.ts): FAQ, polls, maps, reading time. */
    data: pageDataOf(piece.frontmatter as Record<string, unknown>, file),
    headings: piece.getHeadings() as { depth: number; slug: string; text: string }[],
  };
}
