import { expect, test } from '@playwright/test';
import { parseRoute } from '../../../src/lib/routes.ts';
import { builtPages, distinctPages, servedPages, staticDir } from '../../../src/tooling/built-site.ts';
import { expectNoViolations } from '../../support/axe.ts';
import { layoutShift, scriptsHashedByPolicy, watchForProblems } from '../../support/page-problems.ts';

/**
 * The browser gates, over whatever the real content builds to: every piece and one page of every
 * other kind (src/tooling/built-site.ts, distinctPages), found from the build.
 */
test('the gates find the pages the build emitted', () => {
  expect(builtPages(staticDir()).length).toBeGreaterThan(0);
});

for (const url of distinctPages(servedPages(staticDir()))) {
  const isPiece = parseRoute(url).kind === 'piece';
  test(`${url} loads under its Content Security Policy with no error, and passes axe in light and dark mode`, async ({
    page,
    baseURL,
  }) => {
    const problems = await watchForProblems(page, baseURL!);
    const response = await page.goto(url);
    expect(response?.status()).toBe(200);
    await page.waitForLoadState('networkidle');
    // Built pages carry the policy in a <meta>; pages rendered on request send it as a header.
    const meta = page.locator('meta[http-equiv="content-security-policy"]');
    const csp = (await meta.count())
      ? await meta.getAttribute('content')
      : (response?.headers()['content-security-policy'] ?? null);
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain("'unsafe-eval'");
    if (isPiece) {
      expect(await layoutShift(page), 'layout shift').toBe(0);
      expect((await scriptsHashedByPolicy(page)).every(Boolean), 'every script hashed by the policy').toBe(
        true,
      );
    }
    expect(problems).toEqual([]);
    await expectNoViolations(page);
  });
}
