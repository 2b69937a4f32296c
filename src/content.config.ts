import { defineCollection } from 'astro:content';
import { pieceSchema } from './lib/piece-schema.ts';
import { piecesLoader } from './lib/pieces-loader.ts';

/**
 * Every piece: an MDX file in the content folder's `pieces/`, or a folder there with its
 * `index.mdx` and its pictures (see src/lib/content-paths.ts and src/lib/pieces-loader.ts).
 */
const pieces = defineCollection({
  loader: piecesLoader(),
  schema: pieceSchema,
});

export const collections = { pieces };
