import { slug } from 'github-slugger';

/**
 * Turns text into an anchor id exactly as rehype-slug does for headings (github-slugger), so a FAQ
 * question and a Markdown heading with the same words get the same id.
 */
export function slugify(text: string): string {
  return slug(text);
}
