import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, expect, test } from 'vitest';

// Cards are cached on disk by their text: a folder of this test's own, so each card is drawn here.
const cache = mkdtempSync(join(tmpdir(), 'cards-'));
process.env['ASTRO_CACHE_DIR'] = cache;
const { renderCard } = await import('../../../src/lib/card.ts');
afterAll(() => rmSync(cache, { recursive: true, force: true }));

const pixels = async (png: Buffer) => sharp(png).raw().toBuffer();
const card = (title: string) =>
  renderCard({ title, kicker: '解説', footer: 'News Explainer · 2025年4月28日' });

/**
 * A character no font has draws as an empty box ("tofu"), the same box for every character: two
 * headlines with the same characters in another order would then draw the same picture. Drawn
 * with glyphs, they differ, as a reader sees them.
 */
test('a Japanese card draws each character as its own glyph, never as empty boxes', async () => {
  const [one, other] = await Promise.all([card('石破首相がハノイを訪問'), card('首相石破がハノイを訪問')]);
  expect(Buffer.compare(await pixels(one), await pixels(other))).not.toBe(0);
});

test('kana and kanji alike: a headline all in kana and one in kanji are drawn differently', async () => {
  const [kana, kanji] = await Promise.all([card('ひらがな'), card('漢字漢字')]);
  expect(Buffer.compare(await pixels(kana), await pixels(kanji))).not.toBe(0);
});

test('the horizontal bar (―) Japanese writes as a dash is drawn, not as a missing glyph', async () => {
  // U+E000 is a private-use character no font has: what a missing glyph looks like.
  const [bar, missing] = await Promise.all([
    card('ベトナム――東南アジア'),
    card('ベトナム\uE000\uE000東南アジア'),
  ]);
  expect(Buffer.compare(await pixels(bar), await pixels(missing))).not.toBe(0);
});
