import { expect, test } from 'vitest';
import { distinctPages } from '../../../src/tooling/built-site.ts';

test('browser gates see every piece, and one page of each other kind', () => {
  const pages = [
    '/',
    '/a/',
    '/a/faq/one/',
    '/a/faq/two/',
    '/b/',
    '/b/faq/three/',
    '/tags/',
    '/tags/x/',
    '/tags/y/',
    '/polls/p/',
    '/polls/q/',
    '/search/',
    '/404.html',
  ];
  expect(distinctPages(pages)).toEqual([
    '/',
    '/a/',
    '/a/faq/one/',
    '/b/',
    '/tags/',
    '/tags/x/',
    '/polls/p/',
    '/search/',
    '/404.html',
  ]);
});

test('… in every edition: each edition’s template is filled with its own words and script', () => {
  const pages = [
    '/ja/',
    '/ja/a/',
    '/ja/a/faq/one/',
    '/ja/a/faq/two/',
    '/ja/search/',
    '/search/',
    '/ja/tags/x/',
    '/ja/tags/y/',
    '/tags/x/',
  ];
  expect(distinctPages(pages)).toEqual([
    '/ja/',
    '/ja/a/',
    '/ja/a/faq/one/',
    '/ja/search/',
    '/search/',
    '/ja/tags/x/',
    '/tags/x/',
  ]);
});
