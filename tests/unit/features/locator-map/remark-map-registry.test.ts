import { expect, test } from 'vitest';
import { mapName } from '../../../../src/features/locator-map/locator-map.ts';
import { mapPath } from '../../../../src/lib/routes.ts';
import { renderPiece } from '../../../support/render.ts';

const HANOI = '{ name: "Hanoi", lat: 21.03, lon: 105.85 }';
const map = (props: string) => `<LocatorMap caption="Where Hanoi is." ${props} />`;

test('a map is an image drawn at build, lazy and sized, with its caption, credit and places in words', async () => {
  const { html, data } = await renderPiece(
    map(
      `area={[97, 5, 147, 46]} highlight={["JPN", "vnm"]} places={[${HANOI}, { name: "South China Sea", lat: 12, lon: 114, kind: "area" }]}`,
    ),
  );
  const [spec] = data.maps;
  expect(spec, 'the build draws what the page shows').toEqual({
    area: [97, 5, 147, 46],
    highlight: ['392', '704'],
    places: [
      { name: 'Hanoi', lat: 21.03, lon: 105.85, kind: 'place' },
      { name: 'South China Sea', lat: 12, lon: 114, kind: 'area' },
    ],
  });
  expect(html).toContain(`<img src="${mapPath(mapName(spec!))}" width="600" height="`);
  expect(html).toMatch(/alt="Map, highlighting Japan and Vietnam, marking Hanoi" loading="lazy"/);
  expect(html).toMatch(/Where Hanoi is\. <span class="credit"[^>]*>Map data: Natural Earth<\/span>/);
  expect(html).toMatch(/<li[^>]*>Hanoi<span class="where"[^>]*> \(21\.03° N, 105\.85° E\)<\/span><\/li>/);
  expect(html).toMatch(/<li[^>]*>South China Sea<\/li>/);
});

test.each([
  [
    'an unknown country code, with the closest real one',
    map('area={[97, 5, 147, 46]} highlight={["JPX"]}'),
    'the prop "highlight" received ["JPX"], but it must be a list of ISO 3166-1 alpha-3 country codes the map knows; "JPX" is not one. Did you mean "JPN" (Japan)?',
  ],
  [
    'a place outside the area shown',
    map(`area={[97, 5, 147, 46]} places={[{ name: "Sydney", lat: -33.87, lon: 151.21 }]}`),
    '"Sydney" (latitude -33.87, longitude 151.21) is outside [97, 5, 147, 46]. Fix its coordinates, or widen the area.',
  ],
  [
    'an area whose edges are the wrong way round',
    map('area={[147, 5, 97, 46]}'),
    'the area shown as [west, south, east, north], west of east and south of north',
  ],
])('%s stops the build at its line', async (_, mdx, message) => {
  await expect(renderPiece(mdx)).rejects.toThrow(message);
});
