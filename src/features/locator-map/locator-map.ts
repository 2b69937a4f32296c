import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { geoClipRectangle, geoMercator, geoPath, type GeoProjection } from 'd3-geo';
import type { FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import { presimplify, simplify } from 'topojson-simplify';
import type { Objects, Topology } from 'topojson-specification';
import { colourTokens, type Palette } from '../../styles/token-values.ts';

/** A place named on a map: a dot and its name, or (a sea, a region) its name alone. */
interface MapPlace {
  name: string;
  lat: number;
  lon: number;
  kind: 'place' | 'area';
}

/** What a locator map shows: the area (west, south, east, north, in degrees), countries to highlight, places. */
export interface MapSpec {
  area: readonly [west: number, south: number, east: number, north: number];
  /** ISO 3166-1 numeric codes, as world-atlas names countries ("392" is Japan). */
  highlight: readonly string[];
  places: readonly MapPlace[];
}

/** The map's width in its own units, about the reading column's in CSS pixels, so labels read at their size. */
const WIDTH = 600;
/** What one map may weigh on the wire, gzipped, places and styles included. */
export const MAP_BUDGET_BYTES = 15 * 1024;

const require = createRequire(join(process.cwd(), 'package.json'));
let world: Topology | undefined;
/** Natural Earth's 1:50m countries (public domain), as the world-atlas package ships them. */
function countries(): Topology {
  world ??= JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8')) as Topology;
  return world;
}

/** The ISO numeric codes world-atlas has a shape for. */
export function mappedCountryCodes(): Set<string> {
  const geometries = (countries().objects['countries'] as { geometries: { id?: string }[] }).geometries;
  return new Set(geometries.flatMap((geometry) => (geometry.id ? [geometry.id] : [])));
}

/** A short name for a map's file, from what it shows: the same map is one file, however often used. */
export function mapName(spec: MapSpec): string {
  return createHash('sha256').update(JSON.stringify(spec)).digest('hex').slice(0, 12);
}

/** Where a place falls on the map, in the map's units. */
export function projectionOf(spec: MapSpec): { projection: GeoProjection; width: number; height: number } {
  const [west, south, east, north] = spec.area;
  const corners = {
    type: 'MultiPoint' as const,
    coordinates: [
      [west, south],
      [east, north],
      [west, north],
      [east, south],
    ],
  };
  const fitted = geoMercator().fitWidth(WIDTH, corners);
  const [[, top], [, bottom]] = geoPath(fitted).bounds(corners);
  const height = Math.round(bottom - top);
  return { projection: geoMercator().fitSize([WIDTH, height], corners), width: WIDTH, height };
}

/**
 * The map as an SVG file: the area's countries from Natural Earth, clipped to the area and
 * simplified until the whole file fits MAP_BUDGET_BYTES gzipped; highlighted countries in the
 * brand colour; places as dots with their names. Colours are the site's tokens, light and dark.
 */
export function drawLocatorMap(
  spec: MapSpec,
  palettes = colourTokens(),
): { svg: string; width: number; height: number } {
  const { projection, width, height } = projectionOf(spec);
  const prepared = presimplify(countries() as Topology<Objects<object>>);
  // From no simplification up, until the file fits its budget; each step drops more small wiggles.
  for (const weight of [0, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2]) {
    const svg = render(spec, simplify(prepared, weight), projection, width, height, palettes);
    if (gzipSync(svg).length <= MAP_BUDGET_BYTES) return { svg, width, height };
  }
  throw new Error('The map cannot be drawn within its budget: show a smaller area.');
}

function render(
  spec: MapSpec,
  topology: Topology,
  projection: GeoProjection,
  width: number,
  height: number,
  palettes: { light: Palette; dark: Palette },
): string {
  const clip = geoClipRectangle(0, 0, width, height);
  // Clipped after projecting, so shapes stop at the map's edge; one decimal is a tenth of a pixel.
  const path = geoPath({ stream: (sink) => projection.stream(clip(sink)) }).digits(1);
  const shapes = feature(topology, topology.objects['countries']!) as unknown as FeatureCollection<Geometry>;
  const highlighted = new Set(spec.highlight);
  const land = shapes.features
    .map((country) => {
      const d = path(country);
      return d ? `<path${highlighted.has(String(country.id)) ? ' class="hl"' : ''} d="${d}"/>` : '';
    })
    .join('');
  const labels = spec.places
    .map((place) => {
      const [x, y] = projection([place.lon, place.lat])!.map((n) => Math.round(n * 10) / 10) as [
        number,
        number,
      ];
      if (place.kind === 'area')
        return `<text class="area" x="${x}" y="${y}" text-anchor="middle">${escape(place.name)}</text>`;
      // Names run right of their dot, or left near the right edge.
      const left = x > width * 0.7;
      return (
        `<circle cx="${x}" cy="${y}" r="3.5"/>` +
        `<text x="${left ? x - 7 : x + 7}" y="${y + 4.5}"${left ? ' text-anchor="end"' : ''}>${escape(place.name)}</text>`
      );
    })
    .join('');
  // Plain colours, not custom properties: renderers other than browsers (feed readers, previews) know no var().
  const colours = ({ surface, border, brand, text, 'text-muted': muted, bg }: Palette) =>
    `rect{fill:${surface}}path{fill:${border};stroke:${bg}}.hl{fill:${brand}}` +
    `circle{fill:${text};stroke:${surface}}text{fill:${text};stroke:${surface}}.area{fill:${muted}}`;
  const style =
    'path{stroke-width:.6}circle{stroke-width:1.5}' +
    'text{font:600 14px "Source Sans 3",Arial,sans-serif;stroke-width:3px;paint-order:stroke}' +
    `.area{font-style:italic;font-weight:400}${colours(palettes.light)}` +
    `@media (prefers-color-scheme:dark){${colours(palettes.dark)}}`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">` +
    `<style>${style}</style><rect width="${width}" height="${height}"/>${land}${labels}</svg>`
  );
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
