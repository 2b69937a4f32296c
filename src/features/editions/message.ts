/**
 * One message of an edition's strings, filled in: shared by the pages (through `t`, ./strings.ts)
 * and the browser islands, which get the few messages they show from their page and never ship a
 * dictionary. Imports nothing.
 *
 * A message is text with `{name}` placeholders, or a plural: one text per plural category of the
 * edition's language (`{ "one": "{count} vote", "other": "{count} votes" }`), chosen by
 * `Intl.PluralRules` for the value `count`. Numbers are written as the language writes them.
 */
export type Message = string | { readonly [category: string]: string };

/** The values a message's placeholders take. */
export type MessageValues = Readonly<Record<string, string | number>>;

/** `{name}` in a message's text. */
export const PLACEHOLDER = /\{(\w+)\}/g;

/** The message's text for these values: its plural form chosen, its placeholders filled (one without a value stays as it is). */
export function formatMessage(lang: string, message: Message, values: MessageValues = {}): string {
  const text =
    typeof message === 'string'
      ? message
      : (message[new Intl.PluralRules(lang).select(Number(values['count']))] ?? message['other']!);
  return text.replace(PLACEHOLDER, (placeholder, name: string) => {
    const value = values[name] ?? placeholder;
    return typeof value === 'number' ? value.toLocaleString(lang) : value;
  });
}
