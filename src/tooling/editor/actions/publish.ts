import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { linksFile } from '../../../lib/content-paths.ts';
import { formatProblem } from '../../../lib/problem.ts';
import { piecePath, sharePath } from '../../../lib/routes.ts';
import { publicationNow, readMoment, withWrittenMoment } from '../../../lib/schedule.ts';
import { pieceSlug } from '../../content-check/pieces.ts';
import { readFrontmatter } from '../../frontmatter.ts';
import {
  formatManifest,
  mergeNewLinks,
  pageLinks,
  readManifest,
  type LinkManifest,
} from '../../link-manifest.ts';
import { checkPieceSource } from '../check.ts';
import { changed, Refusal, shownPath, type Change } from './changes.ts';

export interface PublishRequest {
  contentDir: string;
  piecesDir: string;
  /** The piece's file. */
  piece: string;
  /** The commit message, as the editor wrote it. */
  message: string;
  /** Shared files the editor changed for this piece (the dictionary, tags.json): committed with it. */
  shared: string[];
  /** Where the dev server answers: the piece's pages are rendered there to record their links. */
  origin: string;
}

export interface Published {
  commit: string;
  changes: Change[];
  /** The links newly recorded in the links manifest. */
  links: string[];
  /** Why no links were recorded, when none were (a piece scheduled for later). */
  linksNote?: string;
}

/**
 * Publishes a piece: the content check the editor runs on every save, then its links recorded in
 * the links manifest (src/tooling/link-manifest.ts, as `npm run links:update` records a build's),
 * then one git commit of the piece's files, the shared files the editor changed for it and the
 * manifest, with the editor's message. Nothing else in the working tree goes into the commit,
 * even what is staged: the commit is made from an index of its own.
 */
export async function publishPiece(request: PublishRequest): Promise<Published> {
  const { piece, piecesDir, contentDir } = request;
  const message = request.message.trim();
  if (!message) {
    throw new Refusal(
      422,
      'message-required',
      'Write what this change is (the commit message) before publishing.',
    );
  }
  const source = readFileSync(piece, 'utf8');
  const data = withWrittenMoment(readFrontmatter(source), () => source);
  if (data['draft'] === true) {
    throw new Refusal(
      409,
      'piece-is-draft',
      `${shownPath(piece)} is a draft: untick Draft (or schedule it) and save, then publish.`,
    );
  }
  const problems = await checkPieceSource(piece, source, piecesDir);
  if (problems.length) {
    throw new Refusal(
      422,
      'checks-failed',
      `Not published: the content check found ${problems.length} problem(s):\n${problems.map(formatProblem).join('\n')}`,
    );
  }
  const repository = git(dirname(piece), ['rev-parse', '--show-toplevel']);
  if (!repository.ok) {
    throw new Refusal(
      409,
      'not-a-repository',
      `${shownPath(piece)} is not in a git repository, so it cannot be committed.`,
    );
  }
  const root = repository.out.trim();

  // Its links, unless it goes live later: the built site would not answer them until then.
  const moment = typeof data['publishAt'] === 'string' ? readMoment(data['publishAt']) : undefined;
  const later = moment && 'at' in moment && moment.at > publicationNow();
  const manifestFile = linksFile(contentDir);
  let added: string[] = [];
  if (!later) {
    const links = await renderedLinks(request.origin, pieceSlug(piecesDir, piece));
    const merged = mergeNewLinks(readManifest(manifestFile), links);
    added = merged.added;
    if (added.length) writeFileSync(manifestFile, formatManifest(merged.manifest));
  }

  // The piece's files: a piece in a folder is the folder (its pictures), and the file it was before.
  const own =
    basename(piece) === 'index.mdx'
      ? [dirname(piece), `${dirname(piece)}.mdx`]
      : [piece, piece.replace(/\.mdx$/, '')];
  const paths = [...own, ...request.shared, ...(added.length ? [manifestFile] : [])]
    .map((file) => relative(root, resolve(file)))
    .filter((path) => existsSync(join(root, path)) || git(root, ['ls-files', '--', path]).out.trim());

  const index = join(mkdtempSync(join(tmpdir(), 'editor-publish-')), 'index');
  try {
    const env = { GIT_INDEX_FILE: index };
    const head = git(root, ['rev-parse', '--verify', '-q', 'HEAD']).ok;
    if (head) run(root, ['read-tree', 'HEAD'], env);
    run(root, ['add', '-A', '--', ...paths], env);
    const diff = run(
      root,
      ['diff', '--cached', '--name-status', '--no-renames', ...(head ? ['HEAD'] : [])],
      env,
    );
    if (!diff.trim()) {
      throw new Refusal(
        409,
        'nothing-to-publish',
        `${shownPath(piece)} has no change to commit: it is published as it is.`,
      );
    }
    run(root, ['commit', '-q', '-m', message], env);
    // The project's own index learns the commit for these paths; anything else staged stays staged.
    run(root, ['reset', '-q', '--', ...paths]);
    const commit = run(root, ['rev-parse', '--short', 'HEAD']).trim();
    const changes = diff
      .trim()
      .split('\n')
      .map((line) => {
        const [status, path] = line.split('\t') as [string, string];
        const change = status === 'A' ? 'added' : status === 'D' ? 'removed' : 'changed';
        return changed(join(root, path), change);
      });
    return {
      commit,
      changes,
      links: added,
      ...(later && { linksNote: 'It goes live later: its links are recorded when it is published then.' }),
    };
  } finally {
    rmSync(dirname(index), { recursive: true, force: true });
  }
}

/** The links a piece's pages publish, from its page and its FAQ answers' share pages as the dev server renders them. */
async function renderedLinks(origin: string, slug: string): Promise<LinkManifest> {
  const page = async (path: string) => {
    const response = await fetch(new URL(path, origin));
    if (!response.ok)
      throw new Refusal(
        502,
        'preview-failed',
        `The dev server could not render ${path} (${response.status}): see its terminal.`,
      );
    return pageLinks(path, await response.text());
  };
  const links = await page(piecePath(slug));
  const answers = Object.entries(links)
    .filter(([, kind]) => kind === 'faq')
    .map(([link]) => link.slice(link.indexOf('#') + 1));
  for (const id of answers) Object.assign(links, await page(sharePath(slug, id)));
  return links;
}

function git(cwd: string, args: string[], env: Record<string, string> = {}) {
  const result = spawnSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, ...env } });
  return { ok: result.status === 0, out: result.stdout ?? '', err: result.stderr ?? '' };
}

function run(cwd: string, args: string[], env: Record<string, string> = {}): string {
  const result = git(cwd, args, env);
  if (!result.ok)
    throw new Refusal(500, 'git-failed', `git ${args[0]} failed: ${result.err.trim() || result.out.trim()}`);
  return result.out;
}
