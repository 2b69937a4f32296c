import { test } from '@playwright/test';
import { pollResultsPath, sharePath } from '../../../src/lib/routes.ts';
import { expectNoViolations } from '../../support/axe.ts';
import { lead } from '../../support/piece-source.ts';
import { DEFAULT_EDITION } from '../../../src/features/editions/editions.ts';

// Every component on a page, whatever content/ holds (tests/e2e/site checks the real pages): the
// lead piece, a share page with a list in its answer, and a poll's results.
for (const url of [
  lead.path,
  sharePath(lead.slug, 'hand-set'),
  pollResultsPath('fixture-poll', DEFAULT_EDITION),
]) {
  test(`${url} has no WCAG 2.2 A/AA violations in light or dark mode`, async ({ page }) => {
    await page.goto(url);
    await expectNoViolations(page);
  });
}
