import { expect, test } from '@playwright/test';
import { runLighthouse } from '../../src/lib/lighthouse.ts';
import { path } from './launch-piece.ts';

// Accessibility, best practices and SEO are deterministic checks, so they gate every run;
// performance timings are noisy on shared machines and live in `npm run perf` instead.
test('the launch piece and the home page score 100 in accessibility, best practices and SEO', async ({
  baseURL,
}) => {
  test.setTimeout(180_000);
  const results = await runLighthouse(
    [`${baseURL}${path}`, `${baseURL}/`],
    ['accessibility', 'best-practices', 'seo'],
  );
  for (const { url, scores, failing } of results) {
    expect({ url, scores, failing }).toEqual({
      url,
      scores: { accessibility: 1, 'best-practices': 1, seo: 1 },
      failing: [],
    });
  }
});
