import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** The accessibility rules every page must pass: WCAG 2.0, 2.1 and 2.2, levels A and AA (axe tags). */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** The rules whose outcome depends on colours: all that dark mode can change, the DOM being the same. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** Runs axe on the loaded page: every rule in light mode, then the colour rules in dark mode. */
export async function expectNoViolations(page: Page) {
  const problems = async (builder: AxeBuilder) =>
    (await builder.analyze()).violations.map(
      (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
    );
  await page.emulateMedia({ colorScheme: 'light' });
  expect(await problems(new AxeBuilder({ page }).withTags(WCAG_TAGS)), 'light mode').toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await problems(new AxeBuilder({ page }).withRules(COLOUR_RULES)), 'dark mode').toEqual([]);
}
