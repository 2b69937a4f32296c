import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import ogs from 'open-graph-scraper';
import { CARD_SIZE, IMAGE_CROPS } from '../../../src/lib/card-size.ts';
import { absoluteUrl, site } from '../../../src/site.config.ts';
import {
  anchorPath,
  authorPath,
  fixedRoutes,
  pieceCardPath,
  sharePath,
  shareCardPath,
} from '../../../src/lib/routes.ts';
import { DEFAULT_EDITION } from '../../../src/features/editions/editions.ts';
import { lead } from '../../support/piece-source.ts';
import { pngSize } from '../../support/png.ts';

const { path, questions, sectionHeadings, slug } = lead;

/** The page-wide line that confirms a copied link (a poll on the page has a status line of its own). */
const copyStatus = (page: Page) => page.getByRole('status').filter({ hasText: /link/i });

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const meta = (page: Page, key: string) =>
  page.locator(`meta[property="${key}"], meta[name="${key}"]`).getAttribute('content');

/** The size of the PNG card served at `url`. */
async function cardSize(request: APIRequestContext, url: string) {
  const response = await request.get(url);
  expect(response.status(), url).toBe(200);
  expect(response.headers()['content-type']).toBe('image/png');
  return pngSize(await response.body());
}

test('copying an answer’s link copies its share page URL and says so', async ({ page }) => {
  await page.goto(path);
  const { q, id } = questions[1]!;
  await page.getByRole('link', { name: `Copy link to this answer: ${q}` }).click();
  const shareUrl = absoluteUrl(sharePath(slug, id));
  await expect(copyStatus(page)).toHaveText(`Link copied: ${shareUrl}`);
  await expect(copyStatus(page)).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(shareUrl);
});

test('on the style guide, where answers have no share page, copying an answer’s link copies its anchor', async ({
  page,
}) => {
  await page.goto(fixedRoutes.styleGuide);
  await page.getByRole('link', { name: 'Copy link to this answer: Can I choose the id?' }).click();
  const url = absoluteUrl(`${fixedRoutes.styleGuide}#choose-the-id`);
  await expect(copyStatus(page)).toHaveText(`Link copied: ${url}`);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
});

test('copying a section’s link by keyboard copies the page URL with its anchor', async ({ page }) => {
  await page.goto(path);
  const { text } = sectionHeadings[0]!;
  const control = page.getByRole('link', { name: `Copy link to section: ${text}` });
  await control.focus();
  await page.keyboard.press('Enter');
  const heading = page.getByRole('heading', { name: text, exact: true });
  const url = absoluteUrl(anchorPath(slug, (await heading.getAttribute('id'))!));
  await expect(copyStatus(page)).toHaveText(`Link copied: ${url}`);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
});

for (const { q, id, aliases } of questions) {
  test(`the share page of "${id}" shows the whole answer and names the question in its card`, async ({
    page,
    request,
  }) => {
    await page.goto(path);
    const answer = (
      await page
        .locator('.qa')
        .filter({ has: page.locator(`h3[id="${id}"]`) })
        .locator('.answer')
        .innerText()
    ).trim();

    for (const shareId of [id, ...aliases]) {
      await page.goto(sharePath(slug, shareId));
      await expect(page).toHaveTitle(`${q} | ${site.name}`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(q);
      await expect(page.getByRole('article')).toContainText(answer);
      await expect(page.getByRole('article')).toContainText('10 June 2025');
      await expect(page.getByRole('link', { name: 'A piece that uses every component' })).toHaveAttribute(
        'href',
        path,
      );
      await expect(
        page.getByRole('link', { name: 'Read this answer in the full explainer' }),
      ).toHaveAttribute('href', `${path}#${id}`);
      expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(
        absoluteUrl(anchorPath(slug, id)),
      );
      expect(await meta(page, 'og:title')).toBe(q);
      expect(await meta(page, 'twitter:title')).toBe(q);
      expect(answer.replace(/\s+/g, ' ')).toContain((await meta(page, 'description'))!.replace(/…$/, ''));
      const image = (await meta(page, 'og:image'))!;
      expect(image).toBe(absoluteUrl(shareCardPath(slug, id)));
      expect(await cardSize(request, new URL(image).pathname)).toEqual(CARD_SIZE);
    }
  });
}

test('the piece’s JSON-LD FAQ holds exactly the questions and answers readers see', async ({ page }) => {
  await page.goto(path);
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  const data = blocks.map((block) => JSON.parse(block));
  const faqPage = data.find((d) => d['@type'] === 'FAQPage');
  const visible = await page.locator('.qa').evaluateAll((entries) =>
    entries.map((entry) => ({
      question: entry.querySelector('h3')!.textContent!.trim(),
      answer: entry.querySelector('.answer')!.textContent!.replace(/\s+/g, ' ').trim(),
    })),
  );
  expect(visible).toHaveLength(questions.length);
  expect(
    faqPage.mainEntity.map((q: { name: string; acceptedAnswer: { text: string } }) => ({
      question: q.name,
      answer: q.acceptedAnswer.text,
    })),
  ).toEqual(visible);

  const article = data.find((d) => d['@type'] === 'BackgroundNewsArticle');
  expect(article.headline).toBe(await page.getByRole('heading', { level: 1 }).textContent());
  expect(article.datePublished).toMatch(/^2025-05-01/);
  expect(article.dateModified).toMatch(/^2025-06-10/);
  expect(article.inLanguage).toBe(await page.locator('html').getAttribute('lang'));
  // A desk is an organisation, a person a Person, each with their page (authors.yaml).
  expect(article.author).toEqual([
    {
      '@type': 'Organization',
      name: 'Test Desk',
      url: absoluteUrl(authorPath('test-desk', DEFAULT_EDITION)),
    },
    {
      '@type': 'Person',
      name: 'Second Author',
      url: absoluteUrl(authorPath('second-author', DEFAULT_EDITION)),
    },
  ]);
  expect(article.image).toEqual(
    Object.keys(IMAGE_CROPS).map((crop) => absoluteUrl(pieceCardPath(slug, crop))),
  );
});

test('the piece has article preview tags and a 1200×630 card', async ({ page, request }) => {
  await page.goto(path);
  expect(await meta(page, 'og:type')).toBe('article');
  expect(await meta(page, 'og:site_name')).toBe(site.name);
  expect(await meta(page, 'og:url')).toBe(absoluteUrl(path));
  expect(await meta(page, 'article:published_time')).toBe('2025-05-01');
  expect(await meta(page, 'article:modified_time')).toBe('2025-06-10');
  expect(await meta(page, 'og:image:alt')).toContain('A piece that uses every component');
  expect(await meta(page, 'twitter:card')).toBe('summary_large_image');
  expect(await cardSize(request, pieceCardPath(slug))).toEqual(CARD_SIZE);
});

test('as a social app reads them (open-graph-scraper), the piece and every share page preview as themselves', async ({
  request,
}) => {
  const pages = [
    path,
    ...questions.flatMap(({ id, aliases }) => [id, ...aliases].map((shareId) => sharePath(slug, shareId))),
  ];
  for (const page of pages) {
    const { result } = await ogs({ html: await (await request.get(page)).text() });
    expect(result.ogUrl, page).toBe(absoluteUrl(page));
    const [image] = result.ogImage ?? [];
    expect(image, page).toMatchObject({ width: String(CARD_SIZE.width), height: String(CARD_SIZE.height) });
    expect(await cardSize(request, new URL(image!.url).pathname)).toEqual(CARD_SIZE);
  }
});

test('the feed lists the piece and robots.txt points at the sitemap', async ({ request }) => {
  const feed = await (await request.get(fixedRoutes.feed)).text();
  expect(feed).toContain(`<link>${absoluteUrl(path)}</link>`);
  expect(feed).toContain('<title>A piece that uses every component</title>');
  const robots = await (await request.get(fixedRoutes.robots)).text();
  expect(robots).toContain(`Sitemap: ${absoluteUrl(fixedRoutes.sitemap)}`);
  expect((await request.get(fixedRoutes.sitemap)).status()).toBe(200);
});

test('printing shows the address after each external link', async ({ page }) => {
  await page.goto(path);
  await page.emulateMedia({ media: 'print' });
  const link = page.locator('section[data-footnotes] a[href="https://example.com/first"]');
  const after = await link.evaluate((a) => getComputedStyle(a, '::after').content);
  expect(after).toContain('https://example.com/first');
});
