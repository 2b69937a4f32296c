import { readFileSync, writeFileSync } from 'node:fs';
import { slugify } from '../../../lib/slug.ts';
import { tagLabels } from '../../../lib/tag-labels.ts';
import { changed, Refusal, type Change } from './changes.ts';

/**
 * Adds a topic to tags.json: its id (the last part of its page's address, /tags/<id>/) and its
 * label in each edition, checked as the build checks them (src/lib/tag-labels.ts); an edition
 * left empty has no label yet (its pieces may not use the topic until it has). Written as the file
 * writes its topics, one a line at the end, so the change is that one line.
 */
export function addTopic(file: string, id: string, labels: Record<string, string>): Change[] {
  if (!id || slugify(id) !== id) {
    throw new Refusal(
      422,
      'invalid-topic-id',
      `"${id}" cannot be a topic's id: write it in lower case, words joined by hyphens, like "southeast-asia"${id && slugify(id) ? ` ("${slugify(id)}")` : ''}.`,
    );
  }
  const text = readFileSync(file, 'utf8');
  const topics = JSON.parse(text) as Record<string, unknown>;
  if (Object.hasOwn(topics, id)) {
    throw new Refusal(
      409,
      'topic-exists',
      `${file} already has the topic "${id}": tick it in the piece's Tags.`,
    );
  }
  const written = Object.fromEntries(
    Object.entries(labels)
      .map(([code, label]) => [code, label.trim()])
      .filter(([, label]) => label),
  );
  try {
    tagLabels(file, id, written);
  } catch (error) {
    throw new Refusal(422, 'invalid-topic-labels', (error as Error).message);
  }
  const line = `  ${JSON.stringify(id)}: { ${Object.entries(written)
    .map(([code, label]) => `${JSON.stringify(code)}: ${JSON.stringify(label)}`)
    .join(', ')} }`;
  const end = text.lastIndexOf('}');
  const before = text.slice(0, end).trimEnd();
  const next = `${before}${before.endsWith('{') ? '' : ','}\n${line}\n${text.slice(end)}`;
  // The file as the build will read it: every topic it had, and this one.
  const read = JSON.parse(next) as Record<string, unknown>;
  if (JSON.stringify(read) !== JSON.stringify({ ...topics, [id]: written }))
    throw new Error(`${file} would not read back as written; nothing was changed.`);
  writeFileSync(file, next);
  return [changed(file)];
}
