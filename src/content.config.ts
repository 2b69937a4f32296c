import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { piecesDir, refuseOldPiecesFolder } from './lib/content-paths.ts';
import { pieceSchema } from './lib/piece-schema.ts';

refuseOldPiecesFolder();

/** Every piece: one MDX file in the content folder's `pieces/` (see src/lib/content-paths.ts). */
const pieces = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: piecesDir() }),
  schema: pieceSchema,
});

export const collections = { pieces };
