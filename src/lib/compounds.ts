/** A hyphenated compound: words joined by hyphens ("Japan-Vietnam", "two-plus-two"). */
const COMPOUND = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)+/gu;

/**
 * Text cut into runs, each compound its own run, so headlines can keep "Japan-Vietnam" on one
 * line: a narrow screen would otherwise break it after the hyphen ("Japan- / Vietnam").
 */
export function splitCompounds(text: string): { text: string; compound: boolean }[] {
  const runs: { text: string; compound: boolean }[] = [];
  let last = 0;
  for (const match of text.matchAll(COMPOUND)) {
    if (match.index > last) runs.push({ text: text.slice(last, match.index), compound: false });
    runs.push({ text: match[0], compound: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) runs.push({ text: text.slice(last), compound: false });
  return runs;
}
