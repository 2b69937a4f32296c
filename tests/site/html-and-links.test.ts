import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { LinkChecker } from 'linkinator';
import { expect, test } from 'vitest';
import { htmlFiles as builtHtmlFiles } from '../../src/tooling/built-site.ts';
import { staticDir } from '../../src/lib/build-output.ts';

// Gates over whatever the real content builds to: every page the build emitted, found on disk.
const dist = staticDir();
const htmlFiles = builtHtmlFiles(dist);

test('the build emitted pages to check (npm run build)', () => {
  expect(htmlFiles.length).toBeGreaterThan(0);
});

// Reads .htmlvalidate.mjs at the project root, as the html-validate command would.
const validator = new HtmlValidate(new FileSystemConfigLoader());

test.each(htmlFiles)('%s is valid HTML (html-validate)', async (file) => {
  const report = await validator.validateFile(file);
  const errors = report.results.flatMap((result) =>
    result.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`),
  );
  expect(errors).toEqual([]);
});

test('a crawl of the built site finds no broken internal link or #fragment (linkinator)', async () => {
  const checker = new LinkChecker();
  const result = await checker.check({
    path: dist,
    recurse: true,
    checkFragments: true,
    // Only our own pages: external sites are not reachable from here and not ours to keep.
    // Poll results pages are rendered by the server, which this static crawl does not run; the
    // content check and the e2e gates (which load each one) cover them.
    linksToSkip: ['^https?://(?!(localhost|127\\.0\\.0\\.1))', '/polls/[^/]+/$'],
  });
  const broken = result.links
    .filter((link) => link.state === 'BROKEN')
    .map((link) => `${link.url} (from ${link.parent})`);
  expect(broken).toEqual([]);
  expect(result.links.filter((link) => link.state === 'OK').length).toBeGreaterThan(0);
});
