/**
 * Text fragments (`#:~:text=…`, https://wicg.github.io/scroll-to-text-fragment/): the directive
 * that leads a browser to one passage of a page and to no earlier place.
 *
 * Written here rather than taken from text-fragments-polyfill: its generator
 * (fragment-generation-utils) weighs 7.2 KB gzip, and the whole quote-link script may weigh 4 KB.
 * Like the browser, this reads the page as blocks of text and compares words without case.
 */

/** A word of the page: where it is in the page's text, and its block (a term never spans two). */
export interface Word {
  /** Lower case, for comparing. */
  word: string;
  start: number;
  end: number;
  block: number;
}

/**
 * The page's text, block by block, joined by line breaks, and its words. A block's own line breaks
 * must already be spaces (of the same length, so places in it stay where they were).
 */
export function pageWords(blocks: readonly string[], locale?: string): { text: string; words: Word[] } {
  const segmenter = new Intl.Segmenter(locale, { granularity: 'word' });
  const words: Word[] = [];
  let base = 0;
  blocks.forEach((block, index) => {
    for (const { segment, index: at, isWordLike } of segmenter.segment(block)) {
      if (isWordLike) {
        words.push({
          word: segment.toLocaleLowerCase(locale),
          start: base + at,
          end: base + at + segment.length,
          block: index,
        });
      }
    }
    base += block.length + 1;
  });
  return { text: blocks.join('\n'), words };
}

/** A directive's term, percent-encoded: `-`, `&` and `,` are the directive's own syntax. */
const encode = (term: string) => encodeURIComponent(term).replaceAll('-', '%2D');

/** A passage this short is quoted whole; a longer one by its first and last words. */
const WHOLE_WORDS = 10;
/** Start and end terms take at least this many words (fewer when the passage has fewer). */
const MIN_WORDS = 3;

/**
 * The text directive for the words `from` to `to` (exclusive) of `words`: the passage whole when
 * short and in one block, else `start,end`; each term long enough that the browser's search, which
 * takes the first match, lands on this passage. A passage whose words come earlier too is told
 * apart by the words before it (`prefix-,`).
 */
export function textDirective(text: string, words: readonly Word[], from: number, to: number): string {
  const same = (at: number, start: number, count: number) => {
    for (let i = 0; i < count; i++) {
      const a = words[at + i];
      if (!a || a.word !== words[start + i]!.word || a.block !== words[at]!.block) return false;
    }
    return true;
  };
  /** The first place at or after `after` where the words start..start+count occur. */
  const first = (start: number, count: number, after = 0) => {
    for (let at = after; at <= start; at++) if (same(at, start, count)) return at;
    return start;
  };
  const slice = (start: number, end: number) =>
    text.slice(words[start]!.start, words[end - 1]!.end).replace(/\s+/g, ' ');
  /** The words before `start` that tell its first `count` words apart from any earlier place, if some do. */
  const prefix = (start: number, count: number) => {
    const gap = text.slice(words[start - 1]?.end ?? 0, words[start]!.start);
    // Between prefix and term the browser allows only spaces, across blocks included.
    if (/\n\s*\S/.test(gap.replace(/^[^\n]*/, ''))) return '';
    for (let size = 1; size <= Math.min(start, 8); size++) {
      const at = start - size;
      if (words[at]!.block !== words[start - 1]!.block) break;
      let match = -1;
      for (let i = size; i <= start && match < 0; i++)
        if (same(i - size, at, size) && same(i, start, count)) match = i;
      if (match === start) {
        return `${encode(text.slice(words[at]!.start, words[start]!.start).replace(/\s+/g, ' ').trim())}-,`;
      }
    }
    return '';
  };

  const inOneBlock = words[from]!.block === words[to - 1]!.block;
  if (inOneBlock && to - from <= WHOLE_WORDS) {
    const whole = encode(slice(from, to));
    return `text=${first(from, to - from) === from ? '' : prefix(from, to - from)}${whole}`;
  }
  const firstBlock = words.filter((w, i) => i >= from && i < to && w.block === words[from]!.block).length;
  const lastBlock = words.filter((w, i) => i >= from && i < to && w.block === words[to - 1]!.block).length;
  const half = inOneBlock ? Math.floor((to - from) / 2) : Infinity;
  let start = Math.min(MIN_WORDS, firstBlock, half);
  while (start < Math.min(firstBlock, half) && first(from, start) !== from) start++;
  let end = Math.min(MIN_WORDS, lastBlock, half);
  while (end < Math.min(lastBlock, half) && first(to - end, end, from + start) !== to - end) end++;
  const startPrefix = first(from, start) === from ? '' : prefix(from, start);
  return `text=${startPrefix}${encode(slice(from, from + start))},${encode(slice(to - end, to))}`;
}
