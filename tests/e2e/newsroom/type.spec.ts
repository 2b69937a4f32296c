import { expect, test, type Locator, type Page } from '@playwright/test';
import { piecePath } from '../../../src/lib/routes.ts';

/**
 * Type in each script (issue 23, item 7), on the fixture newsroom's translations of
 * every-component. The machine's own fonts matter here as they do for readers: CI installs
 * Debian's Noto CJK (.ci/setup.sh), as Japanese readers' systems have Hiragino, Yu or Noto.
 */

/** The fonts Chromium drew an element's own text with, and how many glyphs each drew. */
async function fontsDrawing(page: Page, element: Locator) {
  await element.evaluate((node) => node.setAttribute('data-fonts-probe', ''));
  const session = await page.context().newCDPSession(page);
  await session.send('DOM.enable');
  await session.send('CSS.enable');
  const { root } = await session.send('DOM.getDocument');
  const { nodeId } = await session.send('DOM.querySelector', {
    nodeId: root.nodeId,
    selector: '[data-fonts-probe]',
  });
  const { fonts } = await session.send('CSS.getPlatformFontsForNode', { nodeId });
  return fonts;
}

/** Every font file a first visit to the page fetched. */
async function fontsFetched(page: Page, path: string) {
  const fetched: string[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'font') fetched.push(new URL(response.url()).pathname);
  });
  await page.goto(path, { waitUntil: 'networkidle' });
  return fetched;
}

test.describe('a Japanese piece', () => {
  const path = piecePath('ja/every-component');

  test('is set in the reader’s own Japanese fonts, and fetches no font', async ({ page }) => {
    expect(await fontsFetched(page, path)).toEqual([]);
    const opening = page.locator('article p', { hasText: '出典を示した冒頭の段落' });
    const fonts = await fontsDrawing(page, opening);
    expect(fonts.length).toBeGreaterThan(0);
    // Every glyph of the paragraph from an installed Japanese font: none from a Latin web face, no empty boxes.
    for (const font of fonts) {
      expect(font.familyName, JSON.stringify(fonts)).toMatch(/CJK|JP|Hiragino|Yu /);
      expect(font.isCustomFont).toBe(false);
    }
    await expect(opening).toHaveCSS('font-family', /Noto Serif CJK JP/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveCSS('font-family', /Noto Sans CJK JP/);
  });

  test('a reader with no Japanese font gets the self-hosted one, fetching only the slices the text needs', async ({
    page,
  }) => {
    // This machine has Japanese fonts, as readers' do. To be the reader who has none: the page's
    // local() sources are taken out (and the policy that hashes its styles with them, in its
    // <meta> and in the server's header), and the text is set in the fallback alone, which the
    // stacks otherwise reach after the system's fonts.
    await page.route(path, async (route) => {
      const response = await route.fetch();
      const html = (await response.text())
        .replace(/<meta http-equiv="content-security-policy"[^>]*>/, '')
        .replaceAll(/local\("[^"]+"\),\s*/g, '');
      const headers = Object.fromEntries(
        Object.entries(response.headers()).filter(([name]) => name !== 'content-security-policy'),
      );
      await route.fulfill({ response, headers, body: html });
    });
    const fetched: string[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() === 'font') fetched.push(response.url());
    });
    await page.goto(path, { waitUntil: 'networkidle' });
    const declared = await page.evaluate(
      () => [...document.fonts].filter((face) => face.family.startsWith('Noto Serif JP')).length,
    );
    await page.evaluate(() =>
      document.documentElement.style.setProperty('--font-body', 'var(--font-japanese-fallback-face), serif'),
    );
    const opening = page.locator('article p', { hasText: '出典を示した冒頭の段落' });
    await expect(opening).toHaveCSS('font-family', /^"Noto Serif JP/);
    await page.evaluate(() => document.fonts.ready);
    await page.waitForLoadState('networkidle');
    const fonts = await fontsDrawing(page, opening);
    // The paragraph's Japanese drawn in the self-hosted face (its Latin letters and digits may take the generic serif).
    expect(fonts.find((font) => font.isCustomFont)?.familyName).toMatch(/^Noto Serif JP/);
    expect(fonts.filter((font) => !font.isCustomFont).every((font) => !/CJK/.test(font.familyName))).toBe(
      true,
    );
    // The page declares only the slices holding its own characters (tests/build/page-fonts.test.ts
    // counts them), and the browser fetches those its text uses, not all 120.
    expect(declared).toBeLessThan(60);
    expect(fetched.length).toBeGreaterThan(0);
    expect(fetched.length).toBeLessThanOrEqual(declared);
  });

  test('breaks lines between phrases, not inside words', async ({ page }) => {
    await page.goto(path);
    await expect(page.locator('article p').first()).toHaveCSS('word-break', 'auto-phrase');
  });
});

test.describe('a Vietnamese piece', () => {
  const path = piecePath('vi/every-component');

  test('draws every letter, diacritics included, in the site’s own faces', async ({ page }) => {
    // The second page a reader opens: the faces are in the cache. (On a first visit, the page keeps
    // its fallback when they arrive after the first moment: font-display optional, src/styles/fonts.ts.)
    await page.goto(path, { waitUntil: 'networkidle' });
    await page.reload({ waitUntil: 'networkidle' });
    const fonts = await fontsDrawing(
      page,
      page.locator('article p', { hasText: 'Đoạn mở đầu có trích dẫn nguồn' }),
    );
    expect(fonts.map((font) => font.familyName)).toEqual(['Source Serif 4']);
    expect(fonts.every((font) => font.isCustomFont)).toBe(true);
  });

  test('fetches each face’s Latin and Vietnamese files, and not their Latin Extended ones', async ({
    page,
  }) => {
    const fetched = await fontsFetched(page, path);
    // Two faces, each in two files: the Latin letters and the Vietnamese ones.
    expect(fetched).toHaveLength(4);
    // All four are preloaded, so a first visit draws them in the site's faces, not a fallback.
    const preloaded = await page
      .locator('link[rel="preload"][as="font"]')
      .evaluateAll((links) => links.map((link) => new URL((link as HTMLLinkElement).href).pathname));
    expect(new Set(fetched)).toEqual(new Set(preloaded));
  });
});
