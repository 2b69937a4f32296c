import { expect, test } from '@playwright/test';
import { servedPages } from './built-pages.ts';

for (const url of servedPages()) {
  test(`${url} breaks no Content Security Policy rule, logs no error and asks no other site`, async ({
    page,
    baseURL,
  }) => {
    const problems: string[] = [];
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) =>
        console.error(
          `CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline code'}`,
        ),
      );
    });
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('request', (request) => {
      if (!request.url().startsWith(baseURL!) && !request.url().startsWith('data:'))
        problems.push(`third-party request: ${request.url()}`);
    });
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
    expect(problems).toEqual([]);
  });
}

test('every script on the piece is one the policy hashes (none is blocked)', async ({ page }) => {
  await page.goto('/japan-vietnam-hanoi-summit/');
  const result = await page.evaluate(async () => {
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
  expect(result.length).toBeGreaterThan(0);
  expect(result.every(Boolean)).toBe(true);
});
