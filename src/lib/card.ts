import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Renderer, type ContainerNode, type Node } from '@takumi-rs/core';
import { cacheDir } from './cache-dir.ts';
import { CARD_SIZE, type CardText } from './card-size.ts';
import { fontsourceFaces } from './fontsource.ts';

export type { CardText };
const { width: CARD_WIDTH, height: CARD_HEIGHT } = CARD_SIZE;

/** `U+0100-02BA` → [0x100, 0x2ba]: the ranges Takumi takes to pick a subset per character. */
const codePoints = (range: string): [number, number] => {
  const [from = '', to = from] = range.replace(/^U\+/i, '').split('-');
  return [parseInt(from, 16), parseInt(to, 16)];
};

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
    await Promise.all(
      faces.map(({ file, weight, style, unicodeRange }) =>
        drawing.registerFont({
          name: 'Inter',
          data: readFileSync(file),
          weight,
          style,
          unicodeRange: unicodeRange.map(codePoints),
        }),
      ),
    );
    return drawing;
  })();
  return renderer;
}

/** Card colours: fixed, not the site's tokens, because the image is seen outside the site. */
const colours = { background: '#0f1e33', text: '#ffffff', muted: '#b9c7db', accent: '#f59e0b' };

const PADDING = 72;
/** Text wraps within a set width. */
const TEXT_WIDTH = CARD_WIDTH - 2 * PADDING;

const text = (content: string, style: NonNullable<Node['style']>): Node => ({
  type: 'text',
  text: content,
  style,
});

/** Bump when the card's design or its renderer changes, so cached cards are drawn again. */
const DESIGN_VERSION = 2;
const cardsDir = join(cacheDir, 'cards');

/**
 * Renders a 1200×630 PNG preview card. Takumi draws one in about 5 ms, off the main thread; cards
 * are also cached on disk by their text, so a rebuild draws only cards whose text changed.
 */
export async function renderCard(text: CardText): Promise<Buffer> {
  const key = createHash('sha256')
    .update(JSON.stringify([DESIGN_VERSION, text]))
    .digest('hex')
    .slice(0, 32);
  const cached = join(cardsDir, `${key}.png`);
  try {
    return readFileSync(cached);
  } catch {
    const png = await drawCard(text);
    mkdirSync(cardsDir, { recursive: true });
    writeFileSync(cached, png);
    return png;
  }
}

async function drawCard({ title, kicker, footer }: CardText): Promise<Buffer> {
  const size = title.length > 110 ? 48 : title.length > 70 ? 58 : 68;
  const card: ContainerNode = {
    type: 'container',
    style: {
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      boxSizing: 'border-box',
      // Takumi's containers are inline unless told otherwise.
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding: `64px ${PADDING}px`,
      backgroundColor: colours.background,
      color: colours.text,
      fontFamily: 'Inter',
      borderTop: `16px solid ${colours.accent}`,
    },
    children: [
      text(kicker, {
        width: TEXT_WIDTH,
        fontSize: 30,
        fontWeight: 700,
        color: colours.accent,
        textTransform: 'uppercase',
        letterSpacing: 2,
      }),
      text(title, { width: TEXT_WIDTH, fontSize: size, fontWeight: 700, lineHeight: 1.15 }),
      text(footer, { width: TEXT_WIDTH, fontSize: 30, color: colours.muted }),
    ],
  };
  return (await cardRenderer()).render(card, { width: CARD_WIDTH, height: CARD_HEIGHT, format: 'png' });
}

/** A PNG response for an Astro endpoint. */
export function pngResponse(png: Buffer): Response {
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
}
