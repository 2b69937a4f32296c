import type { Browser, Page } from '@playwright/test';

/**
 * Collects what a reader's browser would complain about while a page loads: console errors and
 * warnings (Content Security Policy violations among them), uncaught exceptions, failed requests,
 * error statuses and requests to any other site. Call before `page.goto`.
 */
export async function watchForProblems(page: Page, baseURL: string): Promise<string[]> {
  const problems: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline code'}`),
    );
  });
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('requestfailed', (request) => problems.push(`${request.url()} failed`));
  page.on('response', (response) => {
    if (response.status() >= 400 && response.url() !== page.url())
      problems.push(`${response.url()} ${response.status()}`);
  });
  page.on('request', (request) => {
    if (!request.url().startsWith(baseURL) && !request.url().startsWith('data:'))
      problems.push(`third-party request: ${request.url()}`);
  });
  return problems;
}

/**
 * The total layout shift of `url` loaded on a slow connection, where the fonts arrive after the
 * first paint (they wait `fontDelayMs`): a font that swaps in late would move the page.
 */
export async function layoutShiftWithSlowFonts(
  browser: Browser,
  url: string,
  fontDelayMs = 500,
): Promise<number> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.route('**/*.woff2', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, fontDelayMs));
      await route.continue();
    });
    await page.goto(url);
    await page.evaluate(() => document.fonts.ready);
    return await layoutShift(page);
  } finally {
    await context.close();
  }
}

/** The page's total layout shift so far (CLS as the browser counts it, input-driven shifts excluded). */
export function layoutShift(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & {
            value: number;
            hadRecentInput: boolean;
          })[]) {
            if (!entry.hadRecentInput) total += entry.value;
          }
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(total), 500);
      }),
  );
}

/** Whether every script on the page is one its Content Security Policy hashes. */
export function scriptsHashedByPolicy(page: Page): Promise<boolean[]> {
  return page.evaluate(async () => {
    const scripts = [...document.querySelectorAll('script:not([type="application/ld+json"])')];
    const csp = document
      .querySelector('meta[http-equiv="content-security-policy"]')!
      .getAttribute('content')!;
    const hashes = await Promise.all(
      scripts.map(async (script) => {
        const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(script.textContent!));
        return `sha256-${btoa(String.fromCharCode(...new Uint8Array(digest)))}`;
      }),
    );
    return hashes.map((hash) => csp.includes(hash));
  });
}
