import { expect, test } from '@playwright/test';
import { parseRoute } from '../../../src/lib/routes.ts';
import { builtPages, distinctPages, servedPages } from '../../../src/tooling/built-site.ts';
import { staticDir } from '../../../src/lib/build-output.ts';
import { overBudget, weighPage } from '../../../src/tooling/page-weight.ts';
import { expectNoViolations } from '../../support/axe.ts';
import {
  layoutShift,
  layoutShiftWithSlowFonts,
  scriptsHashedByPolicy,
  watchForProblems,
} from '../../support/page-problems.ts';

/**
 * The browser gates, over whatever the real content builds to: every piece and one page of every
 * other kind (src/tooling/built-site.ts, distinctPages), found from the build.
 */
test('the gates find the pages the build emitted', () => {
  expect(builtPages(staticDir()).length).toBeGreaterThan(0);
});

for (const url of distinctPages(servedPages(staticDir()))) {
  const isPiece = parseRoute(url).kind === 'piece';
  test(`${url} loads under its Content Security Policy with no error${isPiece ? ', within its budgets,' : ''} and passes axe in light and dark mode`, async ({
    page,
    baseURL,
    browser,
  }) => {
    const problems = await watchForProblems(page, baseURL!);
    const weight = await weighPage(page, `${baseURL}${url}`);
    expect(weight.status).toBe(200);
    // Built pages carry the policy in a <meta>; pages rendered on request send it as a header.
    const meta = page.locator('meta[http-equiv="content-security-policy"]');
    const policy = (await meta.count())
      ? await meta.getAttribute('content')
      : ((await page.request.get(url)).headers()['content-security-policy'] ?? null);
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toContain("'unsafe-eval'");
    if (isPiece) {
      expect(overBudget(weight), 'page weight (npm run size)').toEqual([]);
      expect(await layoutShift(page), 'layout shift').toBe(0);
      expect(
        await layoutShiftWithSlowFonts(browser, `${baseURL}${url}`),
        'layout shift, fonts arriving late',
      ).toBe(0);
      expect((await scriptsHashedByPolicy(page)).every(Boolean), 'every script hashed by the policy').toBe(
        true,
      );
    }
    expect(problems).toEqual([]);
    await expectNoViolations(page);
  });
}
