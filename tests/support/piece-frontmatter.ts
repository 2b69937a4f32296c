import { pieceSchema } from '../../src/lib/piece-schema.ts';

/** A piece's frontmatter with every required field, valid in the fixture newsroom (its author, test-desk). */
export const VALID_FRONTMATTER = {
  title: 'A headline',
  description: 'A dek.',
  published: '2025-04-29',
  byline: 'test-desk',
  dateline: 'Hanoi',
};

/** The messages an editor reads for a frontmatter, each as Astro prints it after the field's name. */
export function schemaProblems(frontmatter: Record<string, unknown>): string[] {
  const result = pieceSchema().safeParse(frontmatter);
  return result.success
    ? []
    : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}
