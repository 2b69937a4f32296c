import { createHash } from 'node:crypto';
import { expect, test } from 'vitest';
import { withOwnHashes } from '../../../src/lib/csp-hashes.ts';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const page = (policy: string, body: string) =>
  `<html><head><meta http-equiv="content-security-policy" content="${policy}">${body}</head></html>`;
const policyOf = (html: string) => /content="([^"]*)"/.exec(html)![1];

test('a page’s policy keeps the hashes of the scripts and styles it holds, and no others', () => {
  const body = '<script type="module">run()</script><style>p{}</style><script src="/x.js"></script>';
  const html = page(
    `default-src 'self'; script-src 'self' ${hash('run()')} ${hash('elsewhere()')}; style-src 'self' ${hash('p{}')} ${hash('q{}')}`,
    body,
  );
  expect(policyOf(withOwnHashes(html))).toBe(
    `default-src 'self'; script-src 'self' ${hash('run()')}; style-src 'self' ${hash('p{}')}`,
  );
  // The page itself is untouched.
  expect(withOwnHashes(html)).toContain(body);
});

test('a page without a policy, or whose policy has only its own hashes, is left as it is', () => {
  const plain = '<html><head><script>run()</script></head></html>';
  expect(withOwnHashes(plain)).toBe(plain);
  const own = page(`script-src 'self' ${hash('run()')}`, '<script>run()</script>');
  expect(withOwnHashes(own)).toBe(own);
});
