import { existsSync, readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import { parse } from 'yaml';
import { authorsFile, contentDir } from '../../lib/content-paths.ts';
import { closest } from '../../lib/suggest.ts';
import { DEFAULT_EDITION, editionByCode, EDITIONS, type Edition } from '../editions/editions.ts';

/** A text in every edition: one text, or the text in each edition (the default edition's required). */
const inEditions = (what: string) =>
  z
    .union([
      z.string().trim().min(1),
      z
        .record(z.string(), z.string().trim().min(1))
        .refine((texts) => DEFAULT_EDITION.code in texts, `give the ${what} in "${DEFAULT_EDITION.code}"`)
        .refine(
          (texts) => Object.keys(texts).every((code) => editionByCode(code)),
          `give the ${what} only in the editions: ${EDITIONS.map((e) => e.code).join(', ')}`,
        ),
    ])
    .transform((text) => (typeof text === 'string' ? { [DEFAULT_EDITION.code]: text } : text));

const authorSchema = z.strictObject({
  name: inEditions('name'),
  /** A desk writes as an organisation (JSON-LD's Organization); a person as a Person. */
  desk: z.boolean().default(false),
  bio: inEditions('bio'),
  links: z.array(z.strictObject({ name: z.string().trim().min(1), url: z.url() })).default([]),
});

export interface Author {
  id: string;
  name: Readonly<Record<string, string>>;
  desk: boolean;
  bio: Readonly<Record<string, string>>;
  links: readonly { name: string; url: string }[];
}

const AUTHOR_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const EXAMPLE =
  'the-explainer-staff:\n  name: The Explainer staff\n  desk: true\n  bio: The Explainer’s newsroom.\n  links: [{ name: Website, url: "https://…" }]';

const read = new Map<string, Map<string, Author> | undefined>();

/**
 * The authors a content folder keeps (`authors.yaml`: id → name, bio, links, and `desk: true` for
 * a desk), read once and checked: a mistake stops the build naming the file and the author. A
 * folder without the file keeps no authors: its bylines are names, shown as written (the way every
 * byline was before authors were kept); with it, every byline names authors by id.
 */
export function authors(dir: string = contentDir): Map<string, Author> | undefined {
  if (read.has(dir)) return read.get(dir);
  const file = authorsFile(dir);
  let result: Map<string, Author> | undefined;
  if (existsSync(file)) {
    const entries: unknown = parse(readFileSync(file, 'utf8'));
    if (!entries || typeof entries !== 'object' || Array.isArray(entries)) {
      throw new Error(`${file}: write each author under their id, like\n${EXAMPLE}`);
    }
    result = new Map(
      Object.entries(entries).map(([id, entry]) => {
        if (!AUTHOR_ID.test(id)) {
          throw new Error(
            `${file}: "${id}" is not an author id: use lower-case letters, digits and hyphens, like jane-doe.`,
          );
        }
        const parsed = authorSchema.safeParse(entry);
        if (!parsed.success) {
          const problems = parsed.error.issues.map(
            (issue) => `${[id, ...issue.path].join('.')}: ${issue.message}`,
          );
          throw new Error(
            `${file}: the author "${id}" is not written right: ${problems.join('; ')}. Write it like\n${EXAMPLE}`,
          );
        }
        return [id, { id, ...parsed.data }];
      }),
    );
  }
  read.set(dir, result);
  return result;
}

/** Why an id names no author, with the ones there are. */
export function unknownAuthor(id: string, known: Map<string, Author>, file = authorsFile()): string {
  const ids = [...known.keys()];
  const hint = closest(id, ids);
  return (
    `"${id}" is not an author of ${file}.${hint ? ` Did you mean "${hint}"?` : ''} ` +
    `Authors: ${ids.join(', ') || 'none yet'}. Name authors by their id, or add the author to ${file} first.`
  );
}

/** The byline's authors: each id's author, or (in a folder that keeps none) the name as written. */
export function bylineAuthors(byline: readonly string[], dir: string = contentDir): (Author | string)[] {
  const known = authors(dir);
  if (!known) return [...byline];
  return byline.map((id) => {
    const author = known.get(id);
    // The schema checked each id; a stale content cache is the one way here without it.
    if (!author) throw new Error(unknownAuthor(id, known, authorsFile(dir)));
    return author;
  });
}

/** A text of an author's in the edition, or else in the default edition. */
export const inEdition = (texts: Readonly<Record<string, string>>, edition: Edition) =>
  texts[edition.code] ?? texts[DEFAULT_EDITION.code]!;
