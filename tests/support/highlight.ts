import sharp from 'sharp';
import type { Locator } from '@playwright/test';

/**
 * How many pixels of the element are painted in the colour `::target-text` gives a passage a text
 * fragment points at (--color-highlight): the browser exposes no other trace of the highlight.
 */
export async function highlightedPixels(element: Locator): Promise<number> {
  const colour = await element.evaluate((node) =>
    getComputedStyle(node.ownerDocument.documentElement).getPropertyValue('--color-highlight').trim(),
  );
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16));
  const { data, info } = await sharp(await element.screenshot())
    .raw()
    .toBuffer({ resolveWithObject: true });
  let count = 0;
  for (let i = 0; i < data.length; i += info.channels) {
    if (Math.abs(data[i]! - r!) + Math.abs(data[i + 1]! - g!) + Math.abs(data[i + 2]! - b!) <= 6) count++;
  }
  return count;
}
