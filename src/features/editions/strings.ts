import { z } from 'astro/zod';
import { DEFAULT_EDITION, EDITIONS, editionByCode, editionByLang, type Edition } from './editions.ts';
import { formatList } from './format.ts';
import { formatMessage, PLACEHOLDER, type Message, type MessageValues } from './message.ts';
import en from './strings/en.json';
import { site } from '../../site.config.ts';

/**
 * Every word the site's pages, components and islands show, per edition: `./strings/<code>.json`,
 * one file per edition of src/features/editions/editions.ts. The default edition's file decides
 * the keys and their placeholders; every other file is checked against it when the build loads
 * this module, and a missing, extra or malformed key stops the build naming the file and key.
 * Pieces bring their own words; these are the site's.
 */
export type StringKey = keyof typeof en;

const STRINGS_DIR = 'src/features/editions/strings';
const fileOf = (code: string) => `./strings/${code}.json`;

const placeholders = (text: string) => new Set([...text.matchAll(PLACEHOLDER)].map(([, name]) => name!));
const same = (a: ReadonlySet<string>, b: ReadonlySet<string>) =>
  a.size === b.size && [...a].every((x) => b.has(x));
const list = (names: Iterable<string>) => [...names].map((name) => `{${name}}`).join(', ') || 'none';

/** What a plural must be in a language: one text for each of its plural categories. */
const pluralMust = (lang: string) => {
  const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
  return `must be a plural, one text for each plural category of "${lang}": { ${categories.map((c) => `"${c}": "…"`).join(', ')} }`;
};

/**
 * The schema every edition's strings meet, derived from the default edition's file: each of its
 * keys, no other; a plain text where it has a text, a plural where it has one (with exactly the
 * plural categories of the edition's own language), and the same placeholders. A plural's forms
 * other than "other" may leave placeholders out ("one vote").
 */
function stringsSchema(lang: string) {
  const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
  const shape = Object.fromEntries(
    Object.entries(en as Record<string, Message>).map(([key, original]) => {
      const wanted = placeholders(typeof original === 'string' ? original : original['other']!);
      const text = z.string().refine((value) => value.trim() !== '', 'is empty');
      const checked =
        typeof original === 'string'
          ? text.refine((value) => same(placeholders(value), wanted), {
              error: (issue) =>
                `must use the placeholders ${list(wanted)}, and only those; it uses ${list(placeholders(String(issue.input)))}`,
            })
          : z
              .strictObject(Object.fromEntries(categories.map((category) => [category, text])), {
                error: pluralMust(lang),
              })
              .superRefine((forms, context) => {
                for (const [category, value] of Object.entries(forms)) {
                  const used = placeholders(String(value));
                  const unknown = [...used].filter((name) => !wanted.has(name));
                  const missing = category === 'other' ? [...wanted].filter((name) => !used.has(name)) : [];
                  if (unknown.length || missing.length) {
                    context.addIssue({
                      code: 'custom',
                      path: [category],
                      message: `must use the placeholders ${list(wanted)}${category === 'other' ? '' : ' (or fewer)'}; it uses ${list(used)}`,
                    });
                  }
                }
              });
      return [key, checked];
    }),
  );
  return z.strictObject(shape);
}

/**
 * Each edition's strings (`files`: the strings files by path, `./strings/<code>.json`), checked;
 * the problems of every file together, so one build shows them all.
 */
export function loadStrings(
  files: Readonly<Record<string, unknown>>,
): Record<string, Record<StringKey, Message>> {
  const problems: string[] = [];
  const strings: Record<string, Record<StringKey, Message>> = {};
  for (const path of Object.keys(files)) {
    const code = /\/([^/]+)\.json$/.exec(path)![1]!;
    if (!editionByCode(code)) {
      problems.push(
        `${STRINGS_DIR}/${code}.json: there is no edition "${code}" in src/features/editions/editions.ts. Add the edition there, or remove the file.`,
      );
    }
  }
  for (const edition of EDITIONS) {
    const file = `${STRINGS_DIR}/${edition.code}.json`;
    const data = files[fileOf(edition.code)];
    if (!data) {
      problems.push(
        `${file}: missing. Every edition needs its strings: copy ${STRINGS_DIR}/${DEFAULT_EDITION.code}.json and translate each text.`,
      );
      continue;
    }
    const result = stringsSchema(edition.lang).safeParse(data);
    if (result.success) {
      strings[edition.code] = result.data as Record<StringKey, Message>;
      continue;
    }
    for (const issue of result.error.issues) {
      if (issue.code === 'unrecognized_keys' && issue.path.length > 0) {
        problems.push(`${file}: "${issue.path.join('.')}" ${pluralMust(edition.lang)}.`);
        continue;
      }
      if (issue.code === 'unrecognized_keys') {
        const [one, them] = issue.keys.length === 1 ? ['is no key', 'it'] : ['are no keys', 'them'];
        problems.push(
          `${file}: ${issue.keys.map((k) => `"${k}"`).join(', ')} ${one} of ${DEFAULT_EDITION.code}.json. Remove ${them}, or add ${them} to ${DEFAULT_EDITION.code}.json first.`,
        );
        continue;
      }
      const [key, ...rest] = issue.path.map(String);
      const missing = (data as Record<string, unknown>)[key!] === undefined;
      problems.push(
        missing
          ? `${file}: "${key}" is missing. Add its ${edition.name} text (${DEFAULT_EDITION.code}.json has ${JSON.stringify(en[key as StringKey])}).`
          : `${file}: "${[key, ...rest].join('.')}" ${issue.message}.`,
      );
    }
  }
  if (problems.length) throw new Error(`The editions' strings are not right:\n${problems.join('\n')}`);
  return strings;
}

const strings = loadStrings(import.meta.glob('./strings/*.json', { eager: true, import: 'default' }));

/** An edition's text for `key`, its placeholders filled and its plural chosen by `values.count`. */
export function t(edition: Edition, key: StringKey, values: MessageValues = {}): string {
  const message = strings[edition.code]![key];
  // A forgotten value is the code's mistake, not the reader's: it stops the build.
  const missing = [...placeholders(typeof message === 'string' ? message : message['other']!)].filter(
    (name) => values[name] === undefined,
  );
  if (missing.length) throw new Error(`The text "${key}" needs a value for ${list(missing)}.`);
  return formatMessage(edition.lang, message, values);
}

/**
 * An edition's text split around one placeholder, for markup that puts an element there:
 * "Published {date}" → ["Published ", ""], "{date}公開" → ["", "公開"].
 */
export function tAround(
  edition: Edition,
  key: StringKey,
  name: string,
  values?: MessageValues,
): [string, string] {
  const mark = '\u0000';
  const [before = '', after = ''] = t(edition, key, { ...values, [name]: mark }).split(mark);
  return [before, after];
}

/** A part of a message: its text, or a placeholder (`{query}`) where markup puts an element. */
export type MessagePart = { text: string } | { placeholder: string };

/**
 * An edition's message as markup needs it when an island fills it in: each of its forms (its plural
 * categories, or `other` for a plain text) cut at its placeholders. The page renders each form
 * into a `<template>` with an element at each placeholder; the island picks the form with
 * Intl.PluralRules and fills the elements, so it needs no dictionary and no code of ours.
 */
export function messageForms(edition: Edition, key: StringKey): { category: string; parts: MessagePart[] }[] {
  const message = strings[edition.code]![key];
  const forms = typeof message === 'string' ? { other: message } : message;
  return Object.entries(forms).map(([category, text]) => ({
    category,
    parts: text
      .split(/(\{\w+\})/)
      .filter(Boolean)
      .map((part) => (/^\{\w+\}$/.test(part) ? { placeholder: part.slice(1, -1) } : { text: part })),
  }));
}

/**
 * Some of an edition's messages as they are (plural forms and placeholders unfilled), for a browser
 * island: its page hands them over in a data attribute, and the island fills them with
 * `formatMessage` (./message.ts). Islands ship no dictionary.
 */
export function messagesFor<K extends StringKey>(edition: Edition, keys: readonly K[]): Record<K, Message> {
  return Object.fromEntries(keys.map((key) => [key, strings[edition.code]![key]])) as Record<K, Message>;
}

/**
 * The edition a page or component is rendered in: what the page set (`Astro.locals.edition`),
 * else the locale Astro read from the address (`Astro.currentLocale`), else the default edition.
 */
export function editionOf({
  locals,
  currentLocale,
}: {
  locals: App.Locals;
  currentLocale?: string | undefined;
}): Edition {
  return editionByCode(locals.edition) ?? editionByLang(currentLocale) ?? DEFAULT_EDITION;
}

/**
 * A byline as the edition writes it: the names joined by Intl ("Ann and Bo", "Ann、Bo"), the
 * site's own desk named in the edition's words (a translation keeps the original's byline).
 */
export function formatByline(names: readonly string[], edition: Edition): string {
  const desk = t(DEFAULT_EDITION, 'byline.desk', { site: site.name });
  return formatList(
    names.map((name) => (name === desk ? t(edition, 'byline.desk', { site: site.name }) : name)),
    edition,
  );
}
