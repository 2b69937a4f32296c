import { expect, test, type Locator, type Page } from '@playwright/test';
import { fixedRoutes, piecePath, pollResultsPath, sharePath } from '../../../src/lib/routes.ts';
import { lead } from '../../support/piece-source.ts';
import { DEFAULT_EDITION } from '../../../src/features/editions/editions.ts';

/**
 * The design, guarded: screenshots of the fixture newsroom's pages at phone and desktop width, in
 * light and dark, and in print. The Latin and Vietnamese fonts ship with the site; Japanese pages
 * use the system's, Debian's Noto CJK (.ci/setup.sh installs it, as on this machine).
 * After a deliberate change of design, refresh them: npx playwright test screenshots --update-snapshots
 */
const viewports = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 800 } };

/**
 * Opens the page with its own fonts in use, so a screenshot never catches a fallback: the fonts are
 * `font-display: optional`, so a busy machine's first load may keep the fallback; the second
 * load has them from the cache and uses them from the first paint.
 */
async function open(page: Page, url: string) {
  await page.goto(url);
  await page.evaluate(() => document.fonts.ready);
  await page.reload();
  await page.evaluate(() => document.fonts.ready);
  // Under load a picture may still be arriving: wait until each one that has started is whole.
  await page.evaluate(() =>
    Promise.all(
      [...document.images].filter((image) => image.currentSrc).map((image) => image.decode().catch(() => {})),
    ),
  );
}

const shots: { name: string; take: (page: Page) => Promise<Page | Locator> }[] = [
  { name: 'front-page', take: async (page) => (await open(page, fixedRoutes.home), page) },
  { name: 'piece-top', take: async (page) => (await open(page, lead.path), page) },
  // The translations, each in its script's type: Japanese in the system's Noto CJK (installed by
  // .ci/setup.sh, so every machine draws the same), Vietnamese in the site's faces.
  { name: 'piece-top-ja', take: async (page) => (await open(page, piecePath('ja/every-component')), page) },
  { name: 'piece-top-vi', take: async (page) => (await open(page, piecePath('vi/every-component')), page) },
  {
    name: 'piece-callout',
    take: async (page) => (await open(page, lead.path), page.locator('.callout').first()),
  },
  { name: 'piece-faq', take: async (page) => (await open(page, lead.path), page.locator('.faq')) },
  { name: 'piece-poll', take: async (page) => (await open(page, lead.path), page.locator('.poll')) },
  // The piece with a lead image, and its locator map (loaded before the shot: it is lazy).
  { name: 'pictures-top', take: async (page) => (await open(page, piecePath('pictures-piece')), page) },
  {
    name: 'locator-map',
    take: async (page) => {
      await open(page, piecePath('pictures-piece'));
      const map = page.locator('.locator-map');
      await map.scrollIntoViewIfNeeded();
      await expect(map.locator('img')).toHaveJSProperty('complete', true);
      return map;
    },
  },
  // The timeline piece: its timeline, a glossary term's definition open over the text, and the
  // button a selected passage gets (its script loads on the selection).
  {
    name: 'timeline',
    take: async (page) => (await open(page, piecePath('timeline-piece')), page.locator('ol.timeline')),
  },
  {
    name: 'glossary-popover',
    take: async (page) => {
      await open(page, piecePath('timeline-piece'));
      await page.getByRole('button', { name: 'popover', exact: true }).first().click();
      await expect(page.getByRole('dialog', { name: 'popover' })).toBeVisible();
      return page;
    },
  },
  {
    name: 'quote-link',
    take: async (page) => {
      await open(page, piecePath('timeline-piece'));
      const passage = page.locator('p', { hasText: 'Lanterns hang along the harbour wall' });
      await passage.scrollIntoViewIfNeeded();
      await passage.selectText();
      await expect(page.getByRole('button', { name: 'Copy link to this quote' })).toBeVisible();
      return page;
    },
  },
  // Key takeaways under the headline, and an update log with a correction and a clarification.
  {
    name: 'takeaways',
    take: async (page) => (await open(page, piecePath('earlier-piece')), page.locator('.takeaways')),
  },
  {
    name: 'correction',
    take: async (page) => (await open(page, piecePath('earlier-piece')), page.locator('.updates')),
  },
  { name: 'share-page', take: async (page) => (await open(page, sharePath(lead.slug, 'hand-set')), page) },
  // No test votes in this poll, so its figures never change.
  {
    name: 'poll-results',
    take: async (page) => (await open(page, pollResultsPath('later-poll', DEFAULT_EDITION)), page),
  },
  {
    name: 'search',
    take: async (page) => {
      await open(page, `${fixedRoutes.search}?q=fixture`);
      await expect(page.getByRole('status')).toContainText('“fixture”');
      return page;
    },
  },
];

for (const [width, viewport] of Object.entries(viewports)) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test.describe(`${width}, ${colorScheme}`, () => {
      test.use({ viewport, colorScheme });
      for (const { name, take } of shots) {
        test(name, async ({ page }) => {
          const subject = await take(page);
          await expect(subject).toHaveScreenshot(`${name}-${width}-${colorScheme}.png`, {
            animations: 'disabled',
          });
        });
      }
    });
  }
}

test('print: a timeline whole, and the glossary’s definitions as notes after the text', async ({ page }) => {
  await page.setViewportSize({ width: 800, height: 1100 });
  await page.emulateMedia({ media: 'print' });
  await open(page, piecePath('timeline-piece'));
  await expect(page).toHaveScreenshot('print-timeline-piece.png', { fullPage: true, animations: 'disabled' });
});

test('print: the piece with its masthead, its address, a readable measure and the poll as a question', async ({
  page,
}) => {
  await page.setViewportSize({ width: 800, height: 1100 });
  await page.emulateMedia({ media: 'print' });
  await open(page, lead.path);
  await expect(page).toHaveScreenshot('print-piece.png', { fullPage: true, animations: 'disabled' });
});
