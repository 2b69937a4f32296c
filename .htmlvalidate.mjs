/**
 * html-validate over every built page: the real site's (tests/site/html-and-links.test.ts) and the
 * fixture newsroom's (tests/build/newsroom.test.ts).
 */
export default {
  extends: ['html-validate:recommended'],
  rules: {
    // Formatting is Astro's output style, not a validity question.
    'void-style': 'off',
    'no-trailing-whitespace': 'off',
    'attribute-boolean-style': 'off',
    'attribute-empty-style': 'off',
    // Headlines are editorial and often longer than 70 characters; search engines cut them anyway.
    'long-title': 'off',
    // Inline styles would need 'unsafe-inline' in the Content Security Policy.
    'no-inline-style': 'error',
    // Screen reader users move through a page by its headings; a skipped level reads as a missing section.
    'heading-level': 'error',
    // A heading's id is made from its words, in any edition's script: "「2プラス2」の枠組み" gives
    // "2プラス2の枠組み…". HTML allows an id to begin with a digit (only a CSS selector would need
    // to escape it, and none selects a heading by id); what it must not have is whitespace.
    'valid-id': ['error', { relaxed: true }],
  },
};
