import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { calloutTypeByComponent } from '../../src/components/callout/callout-types.ts';
import en from '../../src/features/editions/strings/en.json' with { type: 'json' };
import { piecePath } from '../../src/lib/routes.ts';
import { slugify } from '../../src/lib/slug.ts';
import { NEWSROOM } from './newsroom.ts';

/**
 * What a fixture piece's source says its page must show, read from the MDX itself so the tests
 * follow the fixture instead of a copy of it.
 */
function pieceFacts(slug: string, piecesDir = NEWSROOM.piecesDir) {
  const source = readFileSync(join(piecesDir, `${slug}.mdx`), 'utf8');
  return {
    slug,
    path: piecePath(slug),
    sectionHeadings: [...source.matchAll(/^(#{2,3}) (.+)$/gm)].map(([, hashes, text]) => ({
      level: hashes!.length,
      text: text!,
    })),
    calloutTitles: [
      ...[...source.matchAll(/^<(\w+)>/gm)]
        .map(([, tag]) => calloutTypeByComponent.get(tag!))
        .filter((type) => type !== undefined)
        .map((type) => en[`callout.${type}`]),
      ...[...source.matchAll(/<Callout [^>]*title="([^"]+)"/g)].map(([, title]) => title!),
    ],
    questions: [...source.matchAll(/<Question q="([^"]+)"((?: \w+=(?:"[^"]*"|\{[^}]*\}))*)>/g)].map(
      ([, q, props]) => ({
        q: q!,
        id: /\bid="([^"]+)"/.exec(props!)?.[1] ?? slugify(q!),
        aliases: [...(/aliases=\{\[([^\]]*)\]\}/.exec(props!)?.[1] ?? '').matchAll(/"([^"]+)"/g)].map(
          ([, alias]) => alias!,
        ),
      }),
    ),
  };
}

/** The newsroom's lead piece: it uses every component. */
export const lead = pieceFacts('every-component');
