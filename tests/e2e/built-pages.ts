import { readFileSync } from 'node:fs';
import { htmlFiles, pageUrl, staticDir } from '../../src/lib/built-site.ts';
import { pollIdOfAction, pollResultsPath } from '../../src/lib/polls.ts';

/** Every HTML page the build emitted, as a URL path: the gates run on all of them, not a hand-picked list. */
export function builtPages(dist = staticDir()): string[] {
  return htmlFiles(dist).map((file) => pageUrl(dist, file));
}

/**
 * Pages the server renders on request: the results page of each poll that takes votes, found by
 * its form's action as the content check finds them.
 */
export function onDemandPages(dist = staticDir()): string[] {
  const actions = htmlFiles(dist).flatMap((file) => [
    ...readFileSync(file, 'utf8').matchAll(/<form\b[^>]*\saction="([^"]+)"/g),
  ]);
  const ids = actions.map(([, action]) => pollIdOfAction(action!)).filter((id) => id !== undefined);
  return [...new Set(ids.map(pollResultsPath))].sort();
}

/** Everything a reader can open: the gates (axe, CSP) run on all of it. */
export function servedPages(): string[] {
  return [...builtPages(), ...onDemandPages()];
}
