import { chromium } from '@playwright/test';
import { fixedRoutes } from '../../lib/routes.ts';
import { startServer } from '../built-server.ts';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../chromium.ts';

/**
 * What a reader downloads for one search on a built site: the search page is open, the reader
 * types `query`; counts the bytes on the wire of everything Pagefind fetches for it (its script,
 * WebAssembly, index chunks, the fragments of the results shown), compressed as sent.
 */
export async function searchWeight(
  distDir: string,
  query: string,
): Promise<{ bytes: number; requests: number }> {
  const server = await startServer({ distDir });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
  try {
    const page = await browser.newPage();
    await page.goto(server.url + fixedRoutes.search, { waitUntil: 'networkidle' });
    const fetched: Promise<number>[] = [];
    page.on('requestfinished', (request) => {
      if (new URL(request.url()).pathname.startsWith('/pagefind/')) {
        fetched.push(request.sizes().then((sizes) => sizes.responseBodySize + sizes.responseHeadersSize));
      }
    });
    await page.getByRole('searchbox').fill(query);
    await page.locator('[data-search-results] li').first().waitFor();
    await page.waitForLoadState('networkidle');
    const sizes = await Promise.all(fetched);
    return { bytes: sizes.reduce((sum, n) => sum + n, 0), requests: sizes.length };
  } finally {
    await browser.close();
    await server.stop();
  }
}
