import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { builtPages, onDemandPages, servedPages } from './built-pages.ts';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

test('the gates see every page the build emitted, and the poll results page', () => {
  expect(builtPages().length).toBeGreaterThan(10);
  expect(onDemandPages()).toEqual(['/polls/japan-vietnam-drivers/']);
});

for (const url of servedPages()) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`${url} has no WCAG 2.2 A/AA violations in ${colorScheme} mode`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(url);
      // Answers are never collapsed; open any <details> anyway so nothing escapes the scan.
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
      const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      const summary = violations.map(
        (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
      );
      expect(summary).toEqual([]);
    });
  }
}
