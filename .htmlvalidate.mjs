/** html-validate over every built page (tests/build/html-and-links.test.ts). */
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
  },
};
