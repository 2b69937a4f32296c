import type { Options } from 'rehype-autolink-headings';
import type { Element } from 'hast';
import { toString } from 'hast-util-to-string';
import { editionText } from '../../features/editions/edition-text.ts';

/**
 * rehype-autolink-headings settings: a "#" link after each h2/h3, wrapped with its heading so they
 * sit on one line. The "#" is hidden from screen readers, which hear "Link to section: <title>"
 * instead, in the page's edition (and, once the link copies, "Copy link to section: <title>"). Headings take focus (tabindex -1) so following a link moves keyboard focus there too.
 */
export const headingAnchorOptions: Options = {
  behavior: 'after',
  test: (node: Element) =>
    (node.tagName === 'h2' || node.tagName === 'h3') && node.properties['id'] !== 'footnote-label',
  // data-anchor marks the ids readers share; the link manifest records them.
  headingProperties: { tabIndex: -1, dataAnchor: 'section' },
  group: { type: 'element', tagName: 'div', properties: { className: ['heading-wrapper'] }, children: [] },
  properties: { className: ['heading-anchor'], dataCopyLink: '', dataPagefindIgnore: '' },
  content: (heading) => [
    {
      type: 'element',
      tagName: 'span',
      properties: { ariaHidden: 'true' },
      children: [{ type: 'text', value: '#' }],
    },
    {
      type: 'element',
      tagName: 'span',
      properties: { className: ['sr-only'] },
      children: [
        editionText('heading.linkToSection', { title: toString(heading) }, 'heading.copyLinkToSection'),
      ],
    },
  ],
};
