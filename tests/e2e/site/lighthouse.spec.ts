import { expect, test } from '@playwright/test';
import { fixedRoutes, parseRoute } from '../../../src/lib/routes.ts';
import { builtPages } from '../../../src/tooling/built-site.ts';
import { staticDir } from '../../../src/lib/build-output.ts';
import { runLighthouse } from '../../../src/tooling/lighthouse.ts';

// Accessibility, best practices and SEO are deterministic checks, so they gate every run, on the
// home page and every piece; performance timings are noisy on shared machines and live in
// `npm run perf` instead.
const pages = [
  fixedRoutes.home,
  ...builtPages(staticDir()).filter((page) => parseRoute(page).kind === 'piece'),
];

for (const url of pages) {
  test(`${url} scores 100 in Lighthouse accessibility, best practices and SEO`, async ({ baseURL }) => {
    test.setTimeout(120_000);
    const [result] = await runLighthouse([`${baseURL}${url}`], ['accessibility', 'best-practices', 'seo']);
    expect({ scores: result?.scores, failing: result?.failing }).toEqual({
      scores: { accessibility: 1, 'best-practices': 1, seo: 1 },
      failing: [],
    });
  });
}
