import type { GlossarySource } from './glossary.ts';

/** A definition as a piece shows it: what the glossary says, and whether each related term is on the page. */
export interface GlossaryNote {
  id: string;
  term: string;
  definition: string;
  sources: GlossarySource[];
  seeAlso: { id: string; term: string; onPage: boolean }[];
}

/** The popover's id: apart from the piece's own anchors (an FAQ alias may well be "cptpp"). */
export const noteId = (id: string) => `glossary-${id}`;
