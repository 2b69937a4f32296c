import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import sharp from 'sharp';
import { LOCALE } from '../../../lib/locale.ts';
import { LEAD_IMAGE_MIN_WIDTH } from '../../../lib/piece-schema.ts';
import { slugify } from '../../../lib/slug.ts';
import { setFrontmatter } from '../frontmatter-edit.ts';
import { changed, Refusal, type Change } from './changes.ts';

/** What sharp calls each picture format the site's pictures may be, and the file ending it gets. */
const FORMATS: Record<string, string> = { jpeg: '.jpg', png: '.png', webp: '.webp', avif: '.avif' };

export interface PictureUpload {
  /** The picture's file name as the editor's computer had it. */
  name: string;
  bytes: Buffer;
  /** The lead image's words; without them the picture is only put beside the piece. */
  lead?: { alt: string; caption: string; credit: string } | undefined;
}

/**
 * Puts a picture beside a piece: a piece that is one file (`<slug>.mdx`) first becomes a folder
 * (`<slug>/index.mdx`), since pictures live in the piece's folder; the picture gets a file name of
 * its own (lower case, hyphens), never over another picture. As the lead image it must be at least
 * 1,200 px wide (the build's rule, src/lib/pieces-loader.ts) and its fields are filled in.
 * Answers the piece's file (moved or not), the picture's path as the piece writes it, and every change.
 */
export async function addPicture(
  piece: string,
  upload: PictureUpload,
): Promise<{ piece: string; src: string; changes: Change[] }> {
  const metadata = await sharp(upload.bytes)
    .metadata()
    .catch(() => undefined);
  const ending = metadata?.format && FORMATS[metadata.format];
  if (!metadata || !ending) {
    throw new Refusal(
      415,
      'not-a-picture',
      `${upload.name} is not a picture the site can show: send a JPEG, PNG, WebP or AVIF file.`,
    );
  }
  if (upload.lead && metadata.width < LEAD_IMAGE_MIN_WIDTH) {
    throw new Refusal(
      422,
      'picture-too-small',
      `${upload.name} is ${metadata.width} px wide; a lead image must be at least ` +
        `${LEAD_IMAGE_MIN_WIDTH.toLocaleString(LOCALE)} px wide, so it stays sharp on large screens and in shared links. ` +
        'Use a larger version of the picture.',
    );
  }
  if (upload.lead) {
    const empty = (['alt', 'caption', 'credit'] as const).filter((field) => !upload.lead![field].trim());
    if (empty.length) {
      throw new Refusal(
        422,
        'lead-image-words',
        `A lead image needs its ${empty.join(', ')}: what it shows, the sentence under it, and who made it.`,
      );
    }
  }

  const changes: Change[] = [];
  let file = piece;
  const moved = basename(piece) !== 'index.mdx';
  if (moved) {
    file = join(piece.replace(/\.mdx$/, ''), 'index.mdx');
    if (existsSync(dirname(file))) {
      throw new Refusal(
        409,
        'folder-exists',
        `${piece} cannot become a folder: ${dirname(file)} already exists. Move or rename that folder first.`,
      );
    }
    mkdirSync(dirname(file));
    renameSync(piece, file);
    changes.push(changed(piece, 'removed'), changed(file, 'added'));
  }

  const stem = slugify(basename(upload.name, extname(upload.name))) || 'picture';
  let pictureName = `${stem}${ending}`;
  for (let n = 2; existsSync(join(dirname(file), pictureName)); n++) pictureName = `${stem}-${n}${ending}`;
  const src = `./${pictureName}`;
  writeFileSync(join(dirname(file), pictureName), upload.bytes);
  changes.push(changed(join(dirname(file), pictureName), 'added'));

  if (upload.lead) {
    const source = readFileSync(file, 'utf8');
    const { alt, caption, credit } = upload.lead;
    writeFileSync(
      file,
      setFrontmatter(source, {
        image: { src, alt: alt.trim(), caption: caption.trim(), credit: credit.trim() },
      }),
    );
    if (!moved) changes.unshift(changed(file));
  }
  return { piece: file, src, changes };
}
