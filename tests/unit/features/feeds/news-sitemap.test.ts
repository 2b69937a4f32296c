import { expect, test } from 'vitest';
import { newsLanguage, newsPieces, newsSitemapXml } from '../../../../src/features/feeds/news-sitemap.ts';
import { piecePath } from '../../../../src/lib/routes.ts';
import { absoluteUrl, site } from '../../../../src/site.config.ts';
import { newsEntries, newsSitemapProblems } from '../../../support/feeds.ts';

const now = new Date('2026-12-24T12:00:00Z');
const hoursAgo = (hours: number) => new Date(now.getTime() - hours * 3_600_000);
const piece = (id: string, published: Date, publishAt?: Date, title = `Headline of ${id}`) => ({
  id,
  data: { title, published, publishAt },
});

test('the news sitemap holds the pieces published in the 48 hours up to the build’s "now", newest first', () => {
  const pieces = [
    piece('two-days-old', hoursAgo(49)),
    piece('yesterday', new Date('2026-12-23')),
    piece('an-hour-ago', new Date('2026-12-24'), hoursAgo(1)),
    piece('just-inside', hoursAgo(47.9)),
    piece('scheduled-later', new Date('2026-12-24'), new Date('2026-12-24T12:00:01Z')),
  ];
  expect(newsPieces(pieces, now).map((p) => p.id)).toEqual(['an-hour-ago', 'yesterday', 'just-inside']);
});

test('a language is written as Google News reads it: the ISO 639 code, and zh-cn or zh-tw for Chinese', () => {
  expect(['en-GB', 'ja', 'vi', 'pt-BR', 'zh-Hans', 'zh-TW', 'zh-HK'].map(newsLanguage)).toEqual([
    'en',
    'ja',
    'vi',
    'pt',
    'zh-cn',
    'zh-tw',
    'zh-tw',
  ]);
});

test('each entry names the publication, the piece’s language, when it went live and its headline, and is valid', async () => {
  const xml = newsSitemapXml([
    piece('scheduled', new Date('2026-12-24'), new Date('2026-12-23T21:00:00Z'), 'Trade & “talks” <today>'),
    piece('ja/summit', new Date('2026-12-23')),
    piece('vi/summit', new Date('2026-12-23')),
  ]);
  expect(await newsSitemapProblems(xml)).toEqual([]);
  expect(newsEntries(xml)).toEqual([
    {
      loc: absoluteUrl(piecePath('scheduled')),
      name: site.name,
      language: 'en',
      date: '2026-12-23T21:00:00Z',
      title: 'Trade &amp; “talks” &lt;today&gt;',
    },
    {
      loc: absoluteUrl(piecePath('ja/summit')),
      name: site.name,
      language: 'ja',
      date: '2026-12-23',
      title: 'Headline of ja/summit',
    },
    {
      loc: absoluteUrl(piecePath('vi/summit')),
      name: site.name,
      language: 'vi',
      date: '2026-12-23',
      title: 'Headline of vi/summit',
    },
  ]);
});

test('the schema check is real: a language written as a BCP 47 tag (en-GB), as pages write it, is refused', async () => {
  const xml = newsSitemapXml([piece('summit', new Date('2026-12-23'))]).replace(
    '<news:language>en</news:language>',
    '<news:language>en-GB</news:language>',
  );
  expect((await newsSitemapProblems(xml)).join('\n')).toMatch(/language.*en-GB/);
});

test('with nothing published in the last 48 hours the news sitemap is an empty urlset, as Google allows', () => {
  expect(newsEntries(newsSitemapXml([]))).toEqual([]);
  expect(newsSitemapXml([])).toMatch(/<urlset [^>]*>\n<\/urlset>\n$/);
});
