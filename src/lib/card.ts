import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { renderAsync } from '@resvg/resvg-js';
import satori from 'satori';

import { CARD_SIZE, type CardText } from './card-size.ts';

export type { CardText };
const { width: CARD_WIDTH, height: CARD_HEIGHT } = CARD_SIZE;

// Fonts come from an npm package (no network at build); resolved from the project root because
// this module runs from Astro's bundled output, where its own location says nothing.
const fontFile = (file: string) =>
  readFileSync(createRequire(join(process.cwd(), 'package.json')).resolve(`@fontsource/inter/files/${file}`));
let fonts: Parameters<typeof satori>[1]['fonts'] | undefined;
function loadFonts() {
  fonts ??= (['latin', 'latin-ext'] as const).flatMap((subset) =>
    ([400, 700] as const).map((weight) => ({
      name: 'Inter',
      data: fontFile(`inter-${subset}-${weight}-normal.woff`),
      weight,
      style: 'normal' as const,
    })),
  );
  return fonts;
}

/** Card colours: fixed, not the site's tokens, because the image is seen outside the site. */
const colours = { background: '#0f1e33', text: '#ffffff', muted: '#b9c7db', accent: '#f59e0b' };

const PADDING = 72;
/** Satori wraps text only within a set width. */
const TEXT_WIDTH = CARD_WIDTH - 2 * PADDING;

const element = (type: string, style: Record<string, unknown>, children: unknown) => ({
  type,
  props: { style, children },
});

/** Bump when the card's design changes, so cached cards are drawn again. */
const DESIGN_VERSION = 1;
const cacheDir = join(
  process.env['ASTRO_CACHE_DIR'] ?? join(process.cwd(), 'node_modules', '.astro'),
  'cards',
);

/**
 * Renders a 1200×630 PNG preview card. Drawing one costs about 50 ms (most of a piece's build
 * time), so cards are cached on disk by their text: a rebuild draws only cards whose text changed.
 */
export async function renderCard(text: CardText): Promise<Buffer> {
  const key = createHash('sha256')
    .update(JSON.stringify([DESIGN_VERSION, text]))
    .digest('hex')
    .slice(0, 32);
  const cached = join(cacheDir, `${key}.png`);
  try {
    return readFileSync(cached);
  } catch {
    const png = await drawCard(text);
    mkdirSync(cacheDir, { recursive: true });
    writeFileSync(cached, png);
    return png;
  }
}

async function drawCard({ title, kicker, footer }: CardText): Promise<Buffer> {
  const size = title.length > 110 ? 48 : title.length > 70 ? 58 : 68;
  const tree = element(
    'div',
    {
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      boxSizing: 'border-box',
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding: `64px ${PADDING}px`,
      background: colours.background,
      color: colours.text,
      fontFamily: 'Inter',
      borderTop: `16px solid ${colours.accent}`,
    },
    [
      element(
        'div',
        {
          width: TEXT_WIDTH,
          fontSize: 30,
          fontWeight: 700,
          color: colours.accent,
          textTransform: 'uppercase',
          letterSpacing: 2,
        },
        kicker,
      ),
      element('div', { width: TEXT_WIDTH, fontSize: size, fontWeight: 700, lineHeight: 1.15 }, title),
      element('div', { width: TEXT_WIDTH, fontSize: 30, color: colours.muted }, footer),
    ],
  );
  const svg = await satori(tree as Parameters<typeof satori>[0], {
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    fonts: loadFonts(),
  });
  // Rasterised on libuv's thread pool, so with build.concurrency pages render meanwhile.
  return (await renderAsync(svg, { fitTo: { mode: 'width', value: CARD_WIDTH } })).asPng();
}

/** A PNG response for an Astro endpoint. */
export function pngResponse(png: Buffer): Response {
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
}
