/**
 * Starts a new piece: npm run new -- "Headline of the piece"
 * Writes content/pieces/<slug>.mdx (CONTENT_DIR overrides the content folder) as a draft dated
 * today, with every frontmatter field and a commented example of each component. Never overwrites.
 *
 * Or starts a translation: npm run new -- --translate <piece> <edition code>
 * Writes content/pieces/<code>/<piece>.mdx (src/tooling/translate-piece.ts): the original's
 * frontmatter and text as a draft to translate, naming the original and the version it follows.
 */
import { parseArgs } from 'node:util';
import { piecePath } from '../lib/routes.ts';
import { createPiece } from '../tooling/new-piece.ts';
import { startTranslation } from '../tooling/translate-piece.ts';

const { values, positionals } = parseArgs({
  options: { translate: { type: 'boolean', default: false } },
  allowPositionals: true,
});

const preview = (slug: string) =>
  `Preview it: npm run dev, then open http://localhost:4321${piecePath(slug)}`;

try {
  if (values.translate) {
    const [piece, code, ...rest] = positionals;
    if (!piece || !code || rest.length > 0) {
      console.error(
        'Name the piece and the edition: npm run new -- --translate <piece> <edition>, like --translate japan-vietnam-hanoi-summit ja',
      );
      process.exit(2);
    }
    const { file, slug, edition } = startTranslation(piece, code);
    console.log(`Created ${file}, the ${edition.name} translation of "${piece}", to translate.
${preview(slug)}
It holds the original's frontmatter and text: translate the text and the fields (title, description,
dateline, captions, the update log), keep every component and its props, and keep each <Question>'s
id (written on each one). translatedFrom records the original's version it follows. It is a draft
(draft: true) until you set draft: false. Check it with npm run check:content.`);
  } else {
    const headline = positionals.join(' ').trim();
    if (!headline) {
      console.error('Give the headline in quotes: npm run new -- "Headline of the piece"');
      process.exit(2);
    }
    const { file, slug } = createPiece(headline);
    console.log(`Created ${file}
${preview(slug)}
It is a draft (draft: true): it shows in the preview with a Draft banner and is left out of the
published site until you set draft: false. Check it with npm run check:content.`);
  }
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
}
