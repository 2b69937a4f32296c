import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { piecesDir } from '../../lib/content-paths.ts';
import { pieceFiles } from '../content-check/pieces.ts';

/*
 * Realistic generated pieces for the build benchmark (about 1,800 words: h2/h3 sections, a table,
 * six footnotes, three callouts, a four-question FAQ), in a content folder of their own: never in
 * content/. The text is sentences from the site's own pieces, so it reads like an explainer.
 */
const source = pieceFiles(piecesDir('content'))
  .map((file) => readFileSync(file, 'utf8'))
  .join('\n');
const sentences = source
  .split('\n')
  .filter((line) => /^[A-Z][^<|#[]{80,}$/.test(line))
  .flatMap((line) => line.match(/[^.?!]+[.?!]/g) ?? [])
  .map((s) => s.trim());
let cursor = 0;
const paragraph = (count: number) =>
  Array.from({ length: count }, () => sentences[cursor++ % sentences.length]).join(' ');

function piece(n: number): string {
  const sections = Array.from({ length: 6 }, (_, s) => {
    const callout =
      s < 3
        ? `\n<${['ExpertTip', 'DidYouKnow', 'QuickFact'][s]}>\n${paragraph(2)}\n</${['ExpertTip', 'DidYouKnow', 'QuickFact'][s]}>\n`
        : '';
    return `## Section ${s + 1} of piece ${n}\n\n${paragraph(4)}[^s${s}]\n\n### Detail ${s + 1}.1\n\n${paragraph(4)}\n\n### Detail ${s + 1}.2\n\n${paragraph(4)}\n${callout}`;
  }).join('\n');
  const faq = Array.from(
    { length: 4 },
    (_, q) => `  <Question q="Question ${q + 1} about piece ${n}?">\n    ${paragraph(3)}\n  </Question>`,
  ).join('\n');
  return `---
title: Benchmark piece ${n}
description: A generated piece for the build benchmark.
published: 2025-${String((n % 12) + 1).padStart(2, '0')}-${String((n % 28) + 1).padStart(2, '0')}
byline: Benchmark Desk
dateline: Hanoi
tags: [${TAGS[n % TAGS.length]}, ${TAGS[(n + 1) % TAGS.length]}]
---

${paragraph(4)}

${sections}

| Country | Role |
| --- | --- |
| Japan | Investor |
| Vietnam | Partner |

## Questions about piece ${n}

<FAQ>
${faq}
</FAQ>

${Array.from({ length: 6 }, (_, s) => `[^s${s}]: Source ${s + 1}, [link](https://example.com/${n}/${s}).`).join('\n')}
`;
}

/** The benchmark's own topics (its content folder has its own tag list). */
const TAGS = ['alpha', 'beta', 'gamma', 'delta'];

/** Writes `count` pieces and their tag list into `content` (a content folder: pieces/, tags.json). */
export function writePieces(content: string, count: number): void {
  mkdirSync(piecesDir(content), { recursive: true });
  writeFileSync(join(content, 'tags.json'), JSON.stringify(Object.fromEntries(TAGS.map((t) => [t, t]))));
  for (let n = 1; n <= count; n++) writeFileSync(join(piecesDir(content), `bench-${n}.mdx`), piece(n));
}

/** The file of generated piece `n` in `content`. */
export const pieceFile = (content: string, n: number) => join(piecesDir(content), `bench-${n}.mdx`);
