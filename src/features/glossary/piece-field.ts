import { z } from 'astro/zod';
import { closest } from '../../lib/suggest.ts';
import { DEFAULT_GLOSSARY, glossaries, glossaryFile } from './glossary.ts';

/** Every id the glossaries know (each edition uses the default edition's ids). */
const glossaryIds = () => [...new Set([...glossaries().values()].flat().map((entry) => entry.id))];

/**
 * The piece's `glossary` field: `glossary: { off: [cptpp] }` keeps those terms plain text in this
 * piece. An id the glossary does not have stops the build, naming the field and the ids there are.
 */
export const glossaryField = z
  .strictObject(
    {
      off: z
        .array(
          z.string().refine((id) => glossaryIds().includes(id), {
            error: (issue) => {
              const ids = glossaryIds();
              const hint = closest(String(issue.input), ids);
              return (
                `"${String(issue.input)}" is not a term of the glossary.${hint ? ` Did you mean "${hint}"?` : ''} ` +
                `Terms: ${ids.join(', ') || 'none yet'} (${glossaryFile(DEFAULT_GLOSSARY)}).`
              );
            },
          }),
          { error: 'List the ids of the terms to leave unexplained, like off: [cptpp].' },
        )
        .default([])
        .describe('Ids of glossary terms this piece leaves unexplained, one per line.'),
    },
    {
      error:
        'Write it as glossary: { off: [cptpp] }, with the ids of the terms this piece leaves unexplained.',
    },
  )
  .optional()
  .describe('The glossary explains the first use of its terms; turn a term off here.');
