import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { path, questions, sectionHeadings, slug } from './launch-piece.ts';
import { site } from '../../src/site.config.ts';

/** The page-wide line that confirms a copied link (a poll on the page has a status line of its own). */
const copyStatus = (page: Page) => page.getByRole('status').filter({ hasText: /link/i });

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const meta = (page: Page, key: string) =>
  page.locator(`meta[property="${key}"], meta[name="${key}"]`).getAttribute('content');

/** Width and height of a PNG, read from its header. */
async function pngSize(request: APIRequestContext, url: string) {
  const response = await request.get(url);
  expect(response.status(), url).toBe(200);
  expect(response.headers()['content-type']).toBe('image/png');
  const bytes = await response.body();
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test('copying an answer’s link copies its share page URL and says so', async ({ page }) => {
  await page.goto(path);
  const { q, id } = questions[1]!;
  await page.getByRole('link', { name: `Copy link to this answer: ${q}` }).click();
  const shareUrl = `${site.url}/${slug}/faq/${id}/`;
  await expect(copyStatus(page)).toHaveText(`Link copied: ${shareUrl}`);
  await expect(copyStatus(page)).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(shareUrl);
});

test('on the style guide, where answers have no share page, copying an answer’s link copies its anchor', async ({
  page,
}) => {
  await page.goto('/style-guide/');
  await page.getByRole('link', { name: 'Copy link to this answer: Can I choose the id?' }).click();
  const url = `${site.url}/style-guide/#choose-the-id`;
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
  const url = `${site.url}${path}#${await heading.getAttribute('id')}`;
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
      await page.goto(`/${slug}/faq/${shareId}/`);
      await expect(page).toHaveTitle(`${q} | ${site.name}`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(q);
      await expect(page.getByRole('article')).toContainText(answer);
      await expect(page.getByRole('article')).toContainText('4 December 2025');
      await expect(
        page.getByRole('link', { name: /^Japan and Vietnam after the Hanoi summit/ }),
      ).toHaveAttribute('href', path);
      await expect(
        page.getByRole('link', { name: 'Read this answer in the full explainer' }),
      ).toHaveAttribute('href', `${path}#${id}`);
      expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(
        `${site.url}${path}#${id}`,
      );
      expect(await meta(page, 'og:title')).toBe(q);
      expect(await meta(page, 'twitter:title')).toBe(q);
      expect(answer.replace(/\s+/g, ' ')).toContain((await meta(page, 'description'))!.replace(/…$/, ''));
      const image = (await meta(page, 'og:image'))!;
      expect(image).toBe(`${site.url}/${slug}/faq/${id}/card.png`);
      expect(await pngSize(request, new URL(image).pathname)).toEqual({ width: 1200, height: 630 });
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
  expect(article.datePublished).toMatch(/^2025-04-29/);
  expect(article.dateModified).toMatch(/^2025-12-04/);
  expect(article.inLanguage).toBe('en');
  expect(article.image).toBe(`${site.url}/${slug}/card.png`);
});

test('the piece has article preview tags and a 1200×630 card', async ({ page, request }) => {
  await page.goto(path);
  expect(await meta(page, 'og:type')).toBe('article');
  expect(await meta(page, 'og:site_name')).toBe(site.name);
  expect(await meta(page, 'og:url')).toBe(`${site.url}${path}`);
  expect(await meta(page, 'article:published_time')).toBe('2025-04-29');
  expect(await meta(page, 'article:modified_time')).toBe('2025-12-04');
  expect(await meta(page, 'og:image:alt')).toContain('Japan and Vietnam');
  expect(await meta(page, 'twitter:card')).toBe('summary_large_image');
  expect(await pngSize(request, `/${slug}/card.png`)).toEqual({ width: 1200, height: 630 });
});

test('every page in the sitemap has preview tags, a canonical URL and a card that exists', async ({
  page,
  request,
}) => {
  const index = await (await request.get('/sitemap-0.xml')).text();
  const urls = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc]) => new URL(loc!).pathname);
  expect(urls).toContain(path);
  expect(urls.filter((url) => url.includes('/faq/'))).toHaveLength(
    questions.reduce((n, q) => n + 1 + q.aliases.length, 0),
  );
  for (const url of urls) {
    await page.goto(url);
    for (const key of [
      'og:title',
      'og:description',
      'og:url',
      'og:site_name',
      'og:type',
      'og:image',
      'og:image:alt',
      'twitter:card',
    ]) {
      expect(await meta(page, key), `${key} on ${url}`).toBeTruthy();
    }
    expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toMatch(
      new RegExp(`^${site.url}/`),
    );
    expect((await pngSize(request, new URL((await meta(page, 'og:image'))!).pathname)).width).toBe(1200);
  }
});

test('the feed lists the piece and robots.txt points at the sitemap', async ({ request }) => {
  const feed = await (await request.get('/rss.xml')).text();
  expect(feed).toContain(`<link>${site.url}${path}</link>`);
  expect(feed).toContain('<title>Japan and Vietnam after the Hanoi summit');
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toContain(`Sitemap: ${site.url}/sitemap-index.xml`);
  expect((await request.get('/sitemap-index.xml')).status()).toBe(200);
});

test('printing shows the address after each external link', async ({ page }) => {
  await page.goto(path);
  await page.emulateMedia({ media: 'print' });
  const link = page.locator('section[data-footnotes] a[href^="https://www.asahi.com"]');
  const after = await link.evaluate((a) => getComputedStyle(a, '::after').content);
  expect(after).toContain('https://www.asahi.com/ajw/articles/15733961');
});
