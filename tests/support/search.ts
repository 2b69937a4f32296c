import { expect, type Page } from '@playwright/test';
import type { Edition } from '../../src/features/editions/editions.ts';
import { searchPath } from '../../src/lib/routes.ts';
import { stringsOf } from './editions.ts';

/**
 * Searches an edition's own search page the way a reader does (typing, no Enter) and answers the
 * address of every piece listed, in order: Pagefind loads the index of the page's `<html lang>`,
 * so only that edition's pieces can be found there.
 */
export async function searchIn(page: Page, edition: Edition, term: string): Promise<string[]> {
  const strings = stringsOf(edition.code);
  await page.goto(searchPath(edition));
  await page.getByRole('searchbox', { name: strings['search.label'] as string }).pressSequentially(term);
  // The status line names the query once Pagefind has answered, with or without results.
  await expect(page.getByRole('status').first()).toContainText(term);
  const results = page.getByRole('list', { name: strings['search.results'] as string });
  return results
    .getByRole('heading', { level: 2 })
    .getByRole('link')
    .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}
