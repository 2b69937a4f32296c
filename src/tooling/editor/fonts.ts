import { fontsourceFaces } from '../../lib/fontsource.ts';
import { fonts } from '../../styles/fonts.ts';

/**
 * The site's two faces for the editor's page, which is no Astro page and so has no `<Font>`: each
 * face's files straight from its Fontsource package (Vite serves them under /@fs/), and the
 * variables src/styles/tokens.css reads (`--font-text-face`, `--font-ui-face`), from the same
 * settings as the site (src/styles/fonts.ts), so the editor writes in what readers will read.
 */
export function fontFaces(): string {
  return fonts
    .map((font) => {
      const pkg = (font.options as { package: string }).package;
      const faces = fontsourceFaces(pkg, {
        weights: (font.weights ?? []).map(Number),
        styles: ['normal'],
        subsets: font.subsets ?? ['latin'],
      }).map(
        ({ file, weight, style, unicodeRange }) =>
          `@font-face { font-family: "${font.name}"; font-style: ${style}; font-weight: ${weight}; ` +
          `font-display: swap; src: url("/@fs${file}") format("woff2"); unicode-range: ${unicodeRange.join(',')}; }`,
      );
      const stack = [`"${font.name}"`, ...(font.fallbacks ?? [])].join(', ');
      return `${faces.join('\n')}\n:root { ${font.cssVariable}: ${stack}; }`;
    })
    .join('\n');
}
