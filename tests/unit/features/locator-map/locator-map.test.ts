import { gzipSync } from 'node:zlib';
import { expect, test } from 'vitest';
import {
  drawLocatorMap,
  MAP_BUDGET_BYTES,
  projectionOf,
  type MapSpec,
} from '../../../../src/features/locator-map/locator-map.ts';
import { colourTokens } from '../../../../src/styles/token-values.ts';

const spec: MapSpec = {
  area: [97, 5, 147, 46],
  highlight: ['392', '704'],
  places: [
    { name: 'Hanoi', lat: 21.03, lon: 105.85, kind: 'place' },
    { name: 'Senkaku/Diaoyu Islands', lat: 25.74, lon: 123.47, kind: 'place' },
    { name: 'South China Sea', lat: 12, lon: 114, kind: 'area' },
  ],
};
const { svg, width, height } = drawLocatorMap(spec);

test('the map fits its budget on the wire, clipped to the area shown', () => {
  expect(gzipSync(svg).length).toBeLessThanOrEqual(MAP_BUDGET_BYTES);
  const coordinates = [...svg.matchAll(/ d="([^"]+)"/g)].flatMap(([, d]) =>
    d!.match(/-?\d+(\.\d+)?/g)!.map(Number),
  );
  expect(Math.min(...coordinates)).toBeGreaterThanOrEqual(-1);
  expect(Math.max(...coordinates)).toBeLessThanOrEqual(Math.max(width, height) + 1);
  expect(svg).toMatch(new RegExp(`^<svg [^>]*viewBox="0 0 ${width} ${height}"`));
});

test('the highlighted countries are marked, and each place is named where it is', () => {
  expect(svg.match(/<path class="hl"/g)).toHaveLength(2);
  const { projection } = projectionOf(spec);
  const [x, y] = projection([105.85, 21.03])!;
  const circle = /<circle cx="([\d.]+)" cy="([\d.]+)"[^>]*\/><text[^>]*>Hanoi</.exec(svg)!;
  expect(Number(circle[1])).toBeCloseTo(x, 0);
  expect(Number(circle[2])).toBeCloseTo(y, 0);
  expect(svg).toMatch(/<text class="area" [^>]*>South China Sea<\/text>/);
  expect(svg).toContain('>Senkaku/Diaoyu Islands</text>');
});

test('its colours are the site’s tokens, light and dark', () => {
  const { light, dark } = colourTokens();
  expect(svg).toContain(`.hl{fill:${light['brand']}}`);
  expect(svg).toMatch(
    new RegExp(`@media \\(prefers-color-scheme:dark\\)\\{[^}]*\\}?.*\\.hl\\{fill:${dark['brand']}\\}`),
  );
});
