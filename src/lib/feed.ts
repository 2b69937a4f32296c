import sanitizeHtml from 'sanitize-html';
import { firstAddress } from '../features/moved-pieces/moved.ts';
import { absoluteUrl } from '../site.config.ts';
import { piecePath } from './routes.ts';

/**
 * A piece's RSS guid: the absolute URL of its first address (its earliest `redirectFrom`, else its
 * id), so a renamed piece stays the same item in readers' feed readers; that address still leads
 * to it (a 301), so it is a permalink.
 */
export function feedGuid(piece: Parameters<typeof firstAddress>[0]): string {
  return absoluteUrl(piecePath(firstAddress(piece)));
}

/** Marks an element to drop: sanitize-html hands its filter the attributes left after cleaning. */
const DROP = 'data-feed-drop';

/**
 * What only works on the site: copy-link controls, words for screen readers that our CSS hides,
 * decorative icons, footnotes' "back to the text" arrows.
 */
function siteOnly(attribs: Record<string, string>): boolean {
  return (
    attribs['aria-hidden'] === 'true' ||
    'data-footnote-backref' in attribs ||
    /\b(heading-anchor|permalink|sr-only)\b/.test(attribs['class'] ?? '')
  );
}

/**
 * A piece's rendered HTML as a feed reader should get it: no scripts, styles, forms or site-only
 * controls, every link and image absolute (a feed has no base URL), and callouts as block quotes
 * so they stand apart without our CSS.
 */
export function feedHtml(html: string, pageUrl: string): string {
  const absolute = (url: string) => new URL(url, pageUrl).href;
  return sanitizeHtml(html, {
    allowedTags: [...sanitizeHtml.defaults.allowedTags, 'img'],
    allowedAttributes: {
      '*': [DROP],
      a: ['href'],
      img: ['src', 'alt', 'width', 'height'],
      td: ['colspan', 'rowspan'],
      th: ['colspan', 'rowspan', 'scope'],
      time: ['datetime'],
    },
    allowedSchemes: ['https', 'http', 'mailto'],
    transformTags: {
      '*': (tagName, attribs) => {
        if (siteOnly(attribs)) return { tagName, attribs: { [DROP]: '' } };
        const { href, src } = attribs;
        return {
          tagName: tagName === 'aside' ? 'blockquote' : tagName,
          attribs: { ...attribs, ...(href && { href: absolute(href) }), ...(src && { src: absolute(src) }) },
        };
      },
    },
    exclusiveFilter: ({ attribs }) => DROP in attribs,
  });
}
