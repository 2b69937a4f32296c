import { readFileSync } from 'node:fs';

/** Colour tokens by name (`brand` for `--color-brand`), in one colour scheme. */
export type Palette = Record<string, string>;

/**
 * The site's colour tokens as src/styles/tokens.css sets them, light and dark, for what is drawn at
 * build time and cannot read the page's CSS (a map served as an image). tokens.css stays the one
 * place colours are decided.
 */
export function colourTokens(file = 'src/styles/tokens.css'): { light: Palette; dark: Palette } {
  const css = readFileSync(file, 'utf8');
  const darkStart = css.indexOf('prefers-color-scheme: dark');
  const printStart = css.indexOf('@media print');
  const read = (part: string): Palette =>
    Object.fromEntries(
      [...part.matchAll(/--color-([\w-]+):\s*(#[0-9a-f]{3,8})\s*;/gi)].map(([, name, value]) => [
        name!,
        value!,
      ]),
    );
  if (darkStart < 0)
    throw new Error(`${file} has no dark colour scheme (@media (prefers-color-scheme: dark)).`);
  return {
    light: read(css.slice(0, darkStart)),
    dark: read(css.slice(darkStart, printStart > darkStart ? printStart : undefined)),
  };
}
