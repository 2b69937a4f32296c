/**
 * Starts a new piece: npm run new -- "Headline of the piece"
 * Writes content/pieces/<slug>.mdx (CONTENT_DIR overrides the content folder) as a draft dated
 * today, with every frontmatter field and a commented example of each component. Never overwrites.
 */
import { piecePath } from '../lib/routes.ts';
import { createPiece } from '../tooling/new-piece.ts';

const headline = process.argv.slice(2).join(' ').trim();
if (!headline) {
  console.error('Give the headline in quotes: npm run new -- "Headline of the piece"');
  process.exit(2);
}

try {
  const { file, slug } = createPiece(headline);
  console.log(`Created ${file}
Preview it: npm run dev, then open http://localhost:4321${piecePath(slug)}
It is a draft (draft: true): it shows in the preview with a Draft banner and is left out of the
published site until you set draft: false. Check it with npm run check:content.`);
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
}
