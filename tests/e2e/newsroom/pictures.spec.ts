import { expect, test, type Page } from '@playwright/test';
import { IMAGE_CROPS } from '../../../src/lib/card-size.ts';
import { PICTURE_FORMATS } from '../../../src/features/pictures/images.ts';
import { MAP_BUDGET_BYTES } from '../../../src/features/locator-map/locator-map.ts';
import { fixedRoutes, pieceCardPath, piecePath } from '../../../src/lib/routes.ts';
import { overBudget, weighPage } from '../../../src/tooling/page-weight.ts';
import { layoutShift } from '../../support/page-problems.ts';
import { pngSize } from '../../support/png.ts';

// The fixture newsroom's piece in a folder, with a lead image, figures and a locator map.
const PIECE = piecePath('pictures-piece');

/** Every picture or map the page downloaded, by path. */
function downloads(page: Page): string[] {
  const paths: string[] = [];
  page.on('response', (response) => {
    const { pathname } = new URL(response.url());
    if (/\.(avif|webp|jpe?g|png|svg)$/.test(pathname) && !pathname.endsWith('favicon.svg'))
      paths.push(pathname);
  });
  return paths;
}

test('the lead image stands under the headline: sized, fetched first, captioned and credited', async ({
  page,
}) => {
  await page.goto(PIECE);
  const lead = page.locator('.piece-header + figure');
  const img = lead.locator('img');
  await expect(img).toHaveAttribute('fetchpriority', 'high');
  await expect(img).toHaveAttribute('loading', 'eager');
  await expect(img).toHaveAttribute('width', '1800');
  await expect(img).toHaveAttribute('height', '1000');
  await expect(img).toHaveAttribute('alt', 'A drawn harbour at dusk, a sun over dark hills and water');
  await expect(lead.locator('source').first()).toHaveAttribute('type', `image/${PICTURE_FORMATS[0]}`);
  await expect(lead.locator('figcaption')).toHaveText(
    "The fixture's lead picture, drawn for the tests.Drawing: the test suite",
  );
  expect(await layoutShift(page), 'nothing moves as the pictures load').toBe(0);
});

test('on a phone the first view downloads the lead image once, in the size the screen needs, and nothing below', async ({
  browser,
  baseURL,
}) => {
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
  const page = await phone.newPage();
  const pictures = downloads(page);
  const weight = await weighPage(page, `${baseURL}${PIECE}`);
  expect(overBudget(weight)).toEqual([]);
  // 390 CSS px less the margins, at 2 device pixels each: the 800 px candidate.
  expect(pictures).toEqual([expect.stringMatching(/^\/_astro\/harbour\.[\w-]+\.avif$/)]);
  expect(weight.leadImage?.downloads).toEqual(pictures);
  await phone.close();
});

test('the map is fetched only when a reader scrolls to it, and weighs under its budget', async ({
  browser,
  baseURL,
}) => {
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, baseURL: baseURL! });
  const page = await phone.newPage();
  const pictures = downloads(page);
  await page.goto(PIECE);
  await page.waitForLoadState('networkidle');
  expect(pictures.filter((path) => path.startsWith('/maps/'))).toEqual([]);
  const map = page.locator('.locator-map img');
  const [response] = await Promise.all([
    page.waitForResponse(/\/maps\/\w+\.svg$/),
    map.scrollIntoViewIfNeeded(),
  ]);
  expect(response.headers()['content-encoding'], 'sent compressed').toMatch(/br|gzip/);
  expect(Number((await response.request().sizes()).responseBodySize)).toBeLessThanOrEqual(MAP_BUDGET_BYTES);
  await expect(map).toHaveJSProperty('complete', true);
  expect(await map.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  await phone.close();
});

test('listings show the piece’s picture beside its headline', async ({ page }) => {
  await page.goto(fixedRoutes.home);
  const card = page.locator('.card', { has: page.locator(`a[href="${PIECE}"]`) });
  const thumbnail = card.locator('img.thumbnail');
  await expect(thumbnail).toHaveAttribute('alt', '');
  await expect(thumbnail).toHaveAttribute('loading', 'lazy');
  await expect(card.locator('source').first()).toHaveAttribute('type', `image/${PICTURE_FORMATS[0]}`);
});

test('search engines get the image in 16:9, 4:3 and 1:1; feed readers get it with its credit', async ({
  page,
  request,
}) => {
  await page.goto(PIECE);
  const article = JSON.parse(
    (await page.locator('script[type="application/ld+json"]').first().textContent())!,
  );
  expect(article.image).toEqual(
    Object.keys(IMAGE_CROPS).map((crop) => expect.stringContaining(pieceCardPath('pictures-piece', crop))),
  );
  for (const [crop, size] of Object.entries(IMAGE_CROPS)) {
    const png = await (await request.get(pieceCardPath('pictures-piece', crop))).body();
    expect(pngSize(png), crop).toEqual(size);
  }
  const feed = await (await request.get(fixedRoutes.feed)).text();
  const item = feed.slice(feed.indexOf('<title>A piece with pictures and a map</title>'));
  expect(item).toMatch(
    /<media:content url="https:\/\/[^"]+\/_astro\/harbour\.[\w-]+\.jpg" medium="image" type="image\/jpeg" width="1200" height="667">/,
  );
  expect(item).toContain('<media:credit>Drawing: the test suite</media:credit>');
});
