import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { z } from 'astro/zod';
import countries from 'i18n-iso-countries';
import { LOCALE } from '../../../lib/locale.ts';
import { mappedCountryCodes, type MapSpec } from '../locator-map.ts';
import { closest } from '../../../lib/suggest.ts';
import { defineComponent, textProp } from '../../../components/props.ts';

const require = createRequire(join(process.cwd(), 'package.json'));
const registered = new Set<string>();

/** The ISO 3166-1 numeric code of an alpha-3 code ("JPN" → "392") when the map has its shape. */
function mappedCountry(alpha3: string): string | undefined {
  const numeric = countries.alpha3ToNumeric(alpha3.toUpperCase());
  return numeric && mappedCountryCodes().has(numeric) ? numeric : undefined;
}

/**
 * A country's name by its alpha-3 code in a language (an edition's `lang`; the site's own by
 * default), for the words under a map and the editor's messages. i18n-iso-countries names
 * countries by language alone ("ja", not "ja-JP"); each language's names are read once, when
 * first asked for, so a new edition needs no code.
 */
export function countryName(alpha3: string, lang: string = LOCALE): string {
  const language = new Intl.Locale(lang).language;
  if (!registered.has(language)) {
    countries.registerLocale(
      JSON.parse(readFileSync(require.resolve(`i18n-iso-countries/langs/${language}.json`), 'utf8')),
    );
    registered.add(language);
  }
  return countries.getName(alpha3.toUpperCase(), language) ?? alpha3;
}

const degrees = (what: string, limit: number) =>
  z
    .number({ error: `${what} in decimal degrees, a number like 21.03` })
    .min(-limit, { error: `${what} between -${limit} and ${limit} degrees` })
    .max(limit, { error: `${what} between -${limit} and ${limit} degrees` });

const EXAMPLE_PLACE = '{ name: "Hanoi", lat: 21.03, lon: 105.85 }';

export const locatorMap = defineComponent({
  name: 'LocatorMap',
  summary:
    'A map drawn at build time from Natural Earth: the area shown, countries highlighted (ISO 3166-1 alpha-3 codes), places at their latitude and longitude (`kind: "area"` for a sea or region); with a caption, and the places written out as text.',
  props: z
    .strictObject({
      area: z
        .tuple(
          [
            degrees('the west edge', 180),
            degrees('the south edge', 85),
            degrees('the east edge', 180),
            degrees('the north edge', 85),
          ],
          {
            error:
              'the area shown as [west, south, east, north] in degrees. Write it like area={[97, 5, 147, 46]}.',
          },
        )
        .refine(([west, south, east, north]) => west < east && south < north, {
          error:
            'the area shown as [west, south, east, north], west of east and south of north, like area={[97, 5, 147, 46]}.',
        })
        .describe('[west, south, east, north] in degrees'),
      highlight: z
        .array(
          z.string().refine((code) => mappedCountry(code) !== undefined, {
            error: (issue) => {
              const hint = closest(
                String(issue.input).toUpperCase(),
                Object.keys(countries.getAlpha3Codes()),
              );
              return `a list of ISO 3166-1 alpha-3 country codes the map knows; "${String(issue.input)}" is not one.${hint ? ` Did you mean "${hint}" (${countryName(hint)})?` : ''} Write it like highlight={["JPN", "VNM"]}.`;
            },
          }),
          { error: 'a list of country codes. Write it like highlight={["JPN", "VNM"]}.' },
        )
        .default([])
        .describe('countries to highlight, like ["JPN", "VNM"]'),
      places: z
        .array(
          z.strictObject(
            {
              name: textProp(`each place with a name. Write each like ${EXAMPLE_PLACE}.`),
              lat: degrees('each place’s latitude', 90),
              lon: degrees('each place’s longitude', 180),
              kind: z
                .enum(['place', 'area'], {
                  error: 'kind "place" (a dot) or "area" (a sea or region: its name only)',
                })
                .default('place'),
            },
            { error: `a list of places, each written like ${EXAMPLE_PLACE}.` },
          ),
          { error: `a list of places. Write it like places={[${EXAMPLE_PLACE}]}.` },
        )
        .default([])
        .describe('places labelled, with latitude and longitude'),
      caption: textProp('a caption as text. Write it like caption="Where the two capitals are."').describe(
        'the line under the map',
      ),
    })
    .superRefine(({ area: [west, south, east, north], places }, context) => {
      for (const place of places) {
        if (place.lon < west || place.lon > east || place.lat < south || place.lat > north) {
          context.addIssue({
            code: 'custom',
            path: ['places'],
            message:
              `places inside the area shown: "${place.name}" (latitude ${place.lat}, longitude ${place.lon}) is outside ` +
              `[${west}, ${south}, ${east}, ${north}]. Fix its coordinates, or widen the area.`,
          });
        }
      }
    }),
  readableProps: ['caption'],
  example: `<LocatorMap area={[97, 5, 147, 46]} highlight={["JPN", "VNM"]} places={[${EXAMPLE_PLACE}]} caption="Where Hanoi is." />`,
});

/** What the map draws, from the component's checked props. */
export function mapSpecOf({ area, highlight, places }: z.output<typeof locatorMap.props>): MapSpec {
  return { area, highlight: highlight.map((code) => mappedCountry(code)!), places };
}
