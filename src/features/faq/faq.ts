/** One FAQ entry as the build extracts it from a piece; drives share pages, JSON-LD and links. */
export interface FaqEntry {
  /** The anchor id of the answer on the piece's page. */
  id: string;
  question: string;
  /** Old ids that still lead to this answer. */
  aliases: string[];
  /** The answer rendered from its Markdown, for share pages. */
  answerHtml: string;
  /** The answer as plain text, whitespace collapsed, for descriptions and structured data. */
  answerText: string;
}

/**
 * The start of a text for a meta description: whole words, at most `max` characters, with an
 * ellipsis when cut.
 */
export function excerpt(text: string, max = 160): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}
