import { expect, test } from '@playwright/test';
import { piecePath } from '../../../src/lib/routes.ts';

/** The newsroom's piece with a timeline (tests/fixtures/newsroom/pieces/timeline-piece.mdx). */
const path = piecePath('timeline-piece');

test('a timeline is an ordered list of events, each dated in words for readers and screen readers', async ({
  page,
}) => {
  await page.goto(path);
  const timeline = page.locator('ol.timeline');
  await expect(timeline.getByRole('listitem')).toHaveCount(4);
  expect(
    await timeline
      .locator('time')
      .evaluateAll((times) => times.map((time) => [time.getAttribute('datetime'), time.textContent])),
  ).toEqual([
    ['2024', '2024'],
    ['2024-06', 'June 2024'],
    ['2024-06-15', '15 June 2024'],
    ['2024-06-15', '15 June 2024'],
  ]);
  await expect(timeline).toMatchAriaSnapshot(`
    - list:
      - listitem:
        - paragraph:
          - time: "2024"
        - paragraph: A year alone
        - paragraph:
          - text: The site is planned; the
          - button "colophon"
          - text: is written.
        - paragraph: "Source: The test desk"
      - listitem:
        - paragraph:
          - time: June 2024
        - paragraph: A month
        - paragraph: The first glossary is drawn up.
        - paragraph: "Sources: The test desk; the design desk"
      - listitem:
        - paragraph:
          - time: 15 June 2024
        - paragraph: A day, with its source linked
        - paragraph: The first piece is published.
        - paragraph:
          - text: "Source:"
          - link "Example Source, 15 June 2024"
      - listitem:
        - paragraph:
          - time: 15 June 2024
        - paragraph: The same day, without a source
        - paragraph: A second event can share a date with the one before it.
  `);
});

test('on paper the timeline prints whole, no event broken across pages', async ({ page }) => {
  await page.emulateMedia({ media: 'print' });
  await page.goto(path);
  const events = page.locator('ol.timeline > li');
  for (const event of await events.all()) {
    await expect(event).toBeVisible();
    await expect(event).toHaveCSS('break-inside', 'avoid');
  }
  await expect(page.locator('ol.timeline')).not.toHaveCSS('overflow', 'hidden');
});
