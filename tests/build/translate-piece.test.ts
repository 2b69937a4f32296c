import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { piecesDir, tagsFile } from '../../src/lib/content-paths.ts';
import { buildFixture, editorEnv, removeBuild, type BuildResult } from '../support/build-fixture.ts';
import { NEWSROOM } from '../support/newsroom.ts';

// A content folder of two of the newsroom's originals (one a folder with pictures), its glossary,
// and its topics labelled in every edition; `npm run new -- --translate` writes into it.
mkdirSync('node_modules/.cache/explainer', { recursive: true });
const content = mkdtempSync('node_modules/.cache/explainer/translate-');
const dir = piecesDir(content);
cpSync(join(NEWSROOM.contentDir, 'glossary'), join(content, 'glossary'), { recursive: true });
cpSync(join(NEWSROOM.piecesDir, 'every-component.mdx'), join(dir, 'every-component.mdx'));
cpSync(join(NEWSROOM.piecesDir, 'pictures-piece'), join(dir, 'pictures-piece'), { recursive: true });
const tags = JSON.parse(readFileSync(tagsFile(NEWSROOM.contentDir), 'utf8')) as Record<string, unknown>;
tags['maps'] = { en: 'Maps', ja: '地図', vi: 'Bản đồ' };
writeFileSync(tagsFile(content), JSON.stringify(tags));

const translate = (...args: string[]) => {
  const run = spawnSync('npm', ['run', '-s', 'new', '--', '--translate', ...args], {
    encoding: 'utf8',
    env: editorEnv({ CONTENT_DIR: content }),
  });
  return { status: run.status, output: run.stdout + run.stderr };
};

let build: BuildResult;
const started: { status: number | null; output: string }[] = [];
beforeAll(() => {
  started.push(translate('every-component', 'vi'), translate('pictures-piece', 'ja'));
  // Published untranslated, as a translator's first build would be: the ids and pictures must already work.
  for (const file of [
    join(dir, 'vi', 'every-component.mdx'),
    join(dir, 'ja', 'pictures-piece', 'index.mdx'),
  ]) {
    writeFileSync(file, readFileSync(file, 'utf8').replace('draft: true', 'draft: false'));
  }
  build = buildFixture(content);
});
afterAll(() => {
  removeBuild(build);
  rmSync(content, { recursive: true, force: true });
});

test('npm run new -- --translate writes the translation and says where to preview it', () => {
  expect(started[0]!.status).toBe(0);
  expect(started[0]!.output).toContain(
    `Created ${join(dir, 'vi', 'every-component.mdx')}, the Tiếng Việt translation of "every-component", to translate.`,
  );
  expect(started[0]!.output).toContain('http://localhost:4321/vi/every-component/');
  expect(started[1]!.output).toContain(`Created ${join(dir, 'ja', 'pictures-piece', 'index.mdx')}`);
});

test('a started translation builds: every FAQ answer at the original’s id, the original’s pictures shown', () => {
  expect(build.ok, build.output).toBe(true);
  const vi = readFileSync(join(build.siteDir, 'vi', 'every-component', 'index.html'), 'utf8');
  const en = readFileSync(join(build.siteDir, 'every-component', 'index.html'), 'utf8');
  // Each answer's heading carries its id, as the original's does.
  const ids = (html: string) => [...html.matchAll(/id="([^"]+)"[^>]*data-anchor="faq"/g)].map(([, id]) => id);
  expect(ids(vi)).toEqual(ids(en));
  for (const id of ['what-is-a-fixture', 'hand-set', 'why-does-each-answer-have-its-own-page']) {
    expect(vi).toContain(`id="${id}"`);
  }
  // The original's old id, left out of the translation, still leads to the answer in it.
  expect(
    readFileSync(join(build.siteDir, 'vi', 'every-component', 'faq', 'old-fixture-id', 'index.html'), 'utf8'),
  ).toContain('What is a fixture?');
  const ja = readFileSync(join(build.siteDir, 'ja', 'pictures-piece', 'index.html'), 'utf8');
  expect(ja.match(/<img [^>]*src="\/_astro\/(harbour|hills)\./g)?.length).toBeGreaterThanOrEqual(3);
});

test('it refuses a translation already started, and an edition or piece it does not know', () => {
  const again = translate('every-component', 'vi');
  expect(again.status).toBe(1);
  expect(again.output).toContain(
    `${join(dir, 'vi', 'every-component.mdx')} already translates "every-component"`,
  );
  const unknown = translate('every-component', 'ko');
  expect(unknown.status).toBe(1);
  expect(unknown.output).toContain(
    'There is no edition "ko". Translate into one of: ja (日本語), vi (Tiếng Việt)',
  );
  const usage = translate('every-component');
  expect(usage.status).toBe(2);
  expect(usage.output).toContain('npm run new -- --translate <piece> <edition>');
});
