import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { sharePath } from '../../src/lib/routes.ts';
import { staticDir } from '../../src/lib/build-output.ts';

/**
 * Facts about the launch piece itself, checked on the real build: the copy edits of
 * shared/editorial/README.md, its sources, its FAQ links (published and shared, so they must never
 * change). Everything else about pieces is tested on the fixture newsroom; this is the one file
 * that knows what content/ holds.
 */
const slug = 'japan-vietnam-hanoi-summit';
const file = join(staticDir(), slug, 'index.html');
const html = existsSync(file) ? readFileSync(file, 'utf8') : '';
/** What a reader reads: the page's text without markup, scripts or styles. */
const text = html
  .replace(/<(script|style)\b[\s\S]*?<\/\1>/g, ' ')
  .replace(/<p class="print-only[^>]*>[\s\S]*?<\/p>/g, ' ')
  .replace(/<[^>]+>/g, ' ')
  .replace(/&#x27;|&#39;/g, "'")
  .replace(/\s+/g, ' ');

test('the launch piece is published (npm run build)', () => {
  expect(html, `${file} is missing`).not.toBe('');
});

describe('the copy edits of the editorial brief are in', () => {
  test.each([
    'manny',
    'coudl',
    'an surroundings',
    'april 28th',
    'Its multifaceted',
    'op.It',
    'future.Japan',
    'Sharma,thanks',
    'multifaceted.Concerns',
    'region,which',
    'China,a more',
    'deployments,naval clashes,and',
    'south China Sea',
    'white House',
    'united States',
    'labor Flows',
    '. both Japan',
    'a missed prospect',
    'Rapid Fact',
    'Table of Contents',
    'Share your thoughts in the comments below',
  ])('"%s" is gone', (slip) => {
    expect(text).not.toContain(slip);
  });

  test('proper nouns are capitalised (a web address written out keeps its own spelling)', () => {
    const prose = text.replace(/\b[\w-]+(\.[\w-]+)*\.(com|jp|vn|org|net)\b\/[\w./-]*/g, ' ');
    expect(prose).not.toMatch(/\b(chinese|china|vietnam)\b/);
  });
});

test('the three sources are cited with their real links', () => {
  const sources = /<section[^>]*data-footnotes[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
  expect(sources.match(/<li id="user-content-fn-/g)).toHaveLength(3);
  for (const host of ['asahi.com', 'asianews.network', 'en.qdnd.vn', 'nippon.com', 'english.vov.vn', 'mofa.go.jp']) {
    expect(sources).toMatch(new RegExp(`href="https://[^"]*${host.replaceAll('.', '\\.')}`));
  }
});

test('the update reports the first 2+2 meeting, with its source', () => {
  expect(text).toContain('held in Tokyo on 4 December 2025');
  expect(html).toMatch(/<a href="https:\/\/vietnamnews\.vn\/[^"]+"[^>]*>Viet Nam News<\/a>/);
});

test('the editor’s note corrects the Trump timeline; the interview reads as an excerpt', () => {
  expect(text).toMatch(/Editor’s Note .*20 January 2025/);
  expect(text).toContain('Interview by Time.news (excerpt). The transcript available to us ends here.');
  expect(text).toContain('helping to offset labor shortages.');
});

test('its FAQ answers keep the links they were published and shared under', () => {
  const answers = {
    'why-are-japan-and-vietnam-strengthening-their-ties': [],
    'what-is-the-two-plus-two-dialogue': ['two-plus-two'],
    'how-does-the-cptpp-affect-japan-vietnam-relations': ['cptpp'],
    'what-are-the-implications-of-donald-trumps-potential-return-to-power': [],
    'what-is-the-uss-role-in-japan-vietnam-relations': [],
  };
  for (const [id, aliases] of Object.entries(answers)) {
    expect(html).toContain(`<h3 id="${id}" tabindex="-1" data-anchor="faq"`);
    for (const anchor of [id, ...aliases]) {
      if (anchor !== id) expect(html).toContain(`id="${anchor}" tabindex="-1" role="group"`);
      expect(existsSync(join(staticDir(), sharePath(slug, anchor), 'index.html')), anchor).toBe(true);
    }
  }
});

test('“How Japan and Vietnam got here” is a timeline of 8 to 12 events, each dated and sourced', () => {
  const section = /id="how-japan-and-vietnam-got-here"[\s\S]*?<ol class="timeline"[\s\S]*?<\/ol>/.exec(html)?.[0] ?? '';
  const events = section.split('<li class="event"').slice(1);
  expect(events.length).toBeGreaterThanOrEqual(8);
  expect(events.length).toBeLessThanOrEqual(12);
  for (const event of events) {
    expect(event).toMatch(/<time datetime="\d{4}(-\d{2}){0,2}"/);
    expect(event).toMatch(/<p class="source"[^>]*>Sources?: /);
  }
  // The source whose address the newsroom gave is linked; no other address is made up.
  expect(section).toMatch(/Source: <a href="https:\/\/vietnamnews\.vn\/politics-laws\/1731168\/[^"]+"[^>]*>Viet Nam News, 4 December 2025<\/a>/);
  expect(section.match(/<a href=/g)).toHaveLength(1);
});

test('the glossary explains the terms the piece uses, each at its first use in the text', () => {
  for (const id of [
    'two-plus-two',
    'south-china-sea',
    'senkaku-islands',
    'cptpp',
    'comprehensive-strategic-partnership',
    'official-security-assistance',
  ]) {
    expect(html.match(new RegExp(`<button type="button" class="glossary-term" popovertarget="glossary-${id}">`, 'g')), id).toHaveLength(1);
    expect(html).toMatch(new RegExp(`<div class="glossary-note" id="glossary-${id}" popover role="dialog"`));
  }
  // The one term the piece does not use is not explained.
  expect(html).not.toContain('glossary-technical-intern-training-program');
});

describe('its Japanese and Vietnamese editions', () => {
  const page = (code: string) => {
    const path = join(staticDir(), code, slug, 'index.html');
    return existsSync(path) ? readFileSync(path, 'utf8') : '';
  };

  test.each(['ja', 'vi'])('/%s/ has the whole piece, its answers under the same ids and old ids', (code) => {
    const translated = page(code);
    expect(translated).toMatch(new RegExp(`<html lang="${code}"`));
    for (const id of [
      'why-are-japan-and-vietnam-strengthening-their-ties',
      'what-is-the-two-plus-two-dialogue',
      'how-does-the-cptpp-affect-japan-vietnam-relations',
      'what-are-the-implications-of-donald-trumps-potential-return-to-power',
      'what-is-the-uss-role-in-japan-vietnam-relations',
    ]) {
      expect(translated).toContain(`<h3 id="${id}" tabindex="-1" data-anchor="faq"`);
    }
    // /ja/<piece>/#two-plus-two: a link shared in one edition works in every other.
    expect(translated).toContain('id="two-plus-two" tabindex="-1" role="group"');
    expect(translated).toMatch(/<form class="poll" id="poll-japan-vietnam-drivers"/);
    expect((translated.match(/<li id="user-content-fn-/g) ?? []).length).toBe(3);
  });

  test('each says its interview is translated, in its own words', () => {
    expect(page('ja')).toContain('英語の抜粋からの翻訳。');
    expect(page('vi')).toContain('Dịch từ đoạn trích bằng tiếng Anh.');
  });

  test('the Vietnamese edition calls the sea Biển Đông, on the map too; the Japanese one 南シナ海 and 尖閣諸島', () => {
    expect(page('vi')).toContain('Biển Đông');
    expect(page('vi')).not.toMatch(/South China Sea|Nam Trung Hoa/);
    expect(page('ja')).toContain('南シナ海');
    expect(page('ja')).toContain('尖閣諸島');
  });
});
