import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { type Flags } from 'lighthouse';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './chromium.ts';

export interface LighthouseScores {
  url: string;
  /** Category id → score from 0 to 1. */
  scores: Record<string, number>;
  /** Audit id → numeric value (ms for timings, unitless for CLS). */
  metrics: Record<string, number>;
  /** Audits in the requested categories that did not pass, for failure messages. */
  failing: string[];
}

/** Runs Lighthouse on each URL in one Chromium; `categories` limits what it scores. */
export async function runLighthouse(
  urls: string[],
  categories: string[],
  flags: Flags = {},
): Promise<LighthouseScores[]> {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS],
  });
  try {
    const results: LighthouseScores[] = [];
    for (const url of urls) {
      const result = await lighthouse(url, {
        port: chrome.port,
        onlyCategories: categories,
        logLevel: 'error',
        ...flags,
      });
      const lhr = result!.lhr;
      const scores = Object.fromEntries(Object.entries(lhr.categories).map(([id, c]) => [id, c.score ?? 0]));
      const metrics = Object.fromEntries(
        [
          'largest-contentful-paint',
          'cumulative-layout-shift',
          'total-blocking-time',
          'first-contentful-paint',
        ].map((id) => [id, lhr.audits[id]?.numericValue ?? NaN]),
      );
      const failing = Object.values(lhr.categories).flatMap((category) =>
        category.auditRefs
          .map((ref) => lhr.audits[ref.id]!)
          .filter(
            (audit) =>
              audit.score !== null &&
              audit.score < 1 &&
              audit.scoreDisplayMode !== 'informative' &&
              audit.scoreDisplayMode !== 'manual',
          )
          .map((audit) => `${category.id}/${audit.id}: ${audit.title}`),
      );
      results.push({ url, scores, metrics, failing });
    }
    return results;
  } finally {
    chrome.kill();
  }
}
