import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Renderer, type ContainerNode, type Node } from '@takumi-rs/core';
import sharp from 'sharp';
import { cacheDir } from './cache-dir.ts';
import { CARD_SIZE, type CardOptions, type CardSize, type CardText } from './card-size.ts';
import { codePoints, fontsourceFaces, fontsourceSlices } from './fontsource.ts';

export type { CardText };

let renderer: Promise<Renderer> | undefined;
/**
 * One Takumi renderer per process (it keeps the fonts and its caches), with Inter from its npm
 * package: no network at build. Vietnamese too, or "Phạm" would draw a missing-glyph box.
 */
function cardRenderer(): Promise<Renderer> {
  renderer ??= (async () => {
    const drawing = new Renderer();
    const faces = fontsourceFaces('@fontsource/inter', {
      weights: [400, 700],
      styles: ['normal'],
      subsets: ['latin', 'latin-ext', 'vietnamese'],
    });
    // One after another, in the package's order: where subsets overlap, the face registered first
    // draws a shared character, so registering in whatever order the promises settle could draw
    // the same card differently from build to build.
    for (const face of faces) await register(drawing, 'Inter', face);
    return drawing;
  })();
  return renderer;
}

const register = (
  drawing: Renderer,
  name: string,
  { file, weight, style, unicodeRange }: ReturnType<typeof fontsourceFaces>[number],
) =>
  drawing.registerFont({
    name,
    data: readFileSync(file),
    weight,
    style,
    unicodeRange: unicodeRange.map(codePoints),
  });

/**
 * Japanese, for the cards of the Japanese edition (and any Japanese word on another card): Inter
 * has no kana or kanji, and a character no font has draws as an empty box. Noto Sans JP comes in
 * 120 slices of about 30 to 50 KB, by unicode-range; a card's characters need a few of them, so
 * each slice is handed to Takumi the first time a card needs it, not all 240 (two weights) at start.
 */
const JAPANESE = 'Noto Sans JP';
let japaneseFaces: ReturnType<typeof fontsourceFaces> | undefined;
const registered = new Map<string, Promise<unknown>>();

async function withFontsFor(drawing: Renderer, text: string): Promise<void> {
  // Every character beyond Latin-1 that a slice has, punctuation included: Inter declares ranges
  // wider than its glyphs (U+2000-206F, without the bar ― that Japanese writes as a dash), and Takumi
  // takes a glyph Inter lacks from the next family only if that family was handed one.
  const chars = [...new Set(text)].map((char) => char.codePointAt(0)!).filter((code) => code > 0xff);
  if (chars.length === 0) return;
  japaneseFaces ??= fontsourceFaces('@fontsource/noto-sans-jp', {
    weights: [400, 700],
    styles: ['normal'],
    subsets: fontsourceSlices('@fontsource/noto-sans-jp', 400),
  });
  const needed = japaneseFaces.filter((face) =>
    face.unicodeRange.map(codePoints).some(([from, to]) => chars.some((code) => from <= code && code <= to)),
  );
  await Promise.all(
    needed.map((face) => {
      if (!registered.has(face.file)) registered.set(face.file, register(drawing, JAPANESE, face));
      return registered.get(face.file);
    }),
  );
}

/** Card colours: fixed, not the site's tokens, because the image is seen outside the site. */
const colours = { background: '#0f1e33', text: '#ffffff', muted: '#b9c7db', accent: '#f59e0b' };

const PADDING = 72;
const ACCENT_BORDER = 16;

const text = (content: string, style: NonNullable<Node['style']>): Node => ({
  type: 'text',
  text: content,
  style,
});

/** Bump when the card's design or its renderer changes, so cached cards are drawn again. */
const DESIGN_VERSION = 5;
const cardsDir = join(cacheDir, 'cards');

/**
 * Renders a PNG card: a headline or question on the site's card design, over the piece's lead
 * image when it has one. Takumi draws one in about 5 ms, off the main thread; cards are also cached
 * on disk by what they show, so a rebuild draws only cards whose text or photo changed.
 */
export async function renderCard(
  card: CardText,
  { size = CARD_SIZE, photo }: CardOptions = {},
): Promise<Buffer> {
  const photoBytes = photo ? readFileSync(photo) : undefined;
  const key = createHash('sha256')
    .update(JSON.stringify([DESIGN_VERSION, card, size]))
    .update(photoBytes ?? '')
    .digest('hex')
    .slice(0, 32);
  const cached = join(cardsDir, `${key}.png`);
  try {
    return readFileSync(cached);
  } catch {
    const png = await drawCard(card, size, photoBytes);
    mkdirSync(cardsDir, { recursive: true });
    writeFileSync(cached, png);
    return png;
  }
}

async function drawCard({ title, kicker, footer }: CardText, { width, height }: CardSize, photo?: Buffer) {
  const textWidth = width - 2 * PADDING;
  // Long titles step down so they never run off; a photo leaves the text the lower part.
  const titleSize = (title.length > 110 ? 48 : title.length > 70 ? 58 : 68) - (photo ? 6 : 0);
  const words: Node[] = [
    text(kicker, {
      width: textWidth,
      fontSize: 30,
      fontWeight: 700,
      color: colours.accent,
      textTransform: 'uppercase',
      letterSpacing: 2,
    }),
    text(title, { width: textWidth, fontSize: titleSize, fontWeight: 700, lineHeight: 1.15 }),
    text(footer, { width: textWidth, fontSize: 30, color: colours.muted }),
  ];
  const card: ContainerNode = {
    type: 'container',
    style: {
      width,
      height,
      boxSizing: 'border-box',
      // Takumi's containers are inline unless told otherwise.
      display: 'flex',
      flexDirection: 'column',
      justifyContent: photo ? 'flex-end' : 'space-between',
      padding: `64px ${PADDING}px`,
      backgroundColor: colours.background,
      color: colours.text,
      // Inter for Latin and Vietnamese; Japanese characters, which Inter lacks, from Noto Sans JP.
      fontFamily: `Inter, "${JAPANESE}"`,
      borderTop: `${ACCENT_BORDER}px solid ${colours.accent}`,
      position: 'relative',
    },
    // Positioned layers paint over unpositioned ones: the words go in a positioned box, after the photo.
    children: photo
      ? [
          ...(await photoLayers(photo, width, height)),
          {
            type: 'container',
            style: { display: 'flex', flexDirection: 'column', gap: 20, position: 'relative' },
            children: words,
          },
        ]
      : words,
  };
  const drawing = await cardRenderer();
  await withFontsFor(drawing, `${kicker}${title}${footer}`);
  return drawing.render(card, { width, height, format: 'png' });
}

/** The photo filling the card, and a shade over its lower part so the text stays readable. */
async function photoLayers(photo: Buffer, width: number, cardHeight: number): Promise<Node[]> {
  // Below the accent border: positioned layers start inside it.
  const height = cardHeight - ACCENT_BORDER;
  const { data, info } = await sharp(photo)
    .resize(width, height, { fit: 'cover', position: 'attention' })
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  const fill = { position: 'absolute', top: 0, left: 0, width, height } as const;
  return [
    { type: 'image', src: { width: info.width, height: info.height, data }, width, height, style: fill },
    {
      type: 'container',
      style: {
        ...fill,
        backgroundImage: `linear-gradient(to bottom, rgb(15 30 51 / 0) 20%, rgb(15 30 51 / 0.94) 62%)`,
      },
    },
  ];
}

/** A PNG response for an Astro endpoint. */
export function pngResponse(png: Buffer): Response {
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
}
