import { expect, test } from 'vitest';
import { pieceSchema } from '../../../../src/lib/piece-schema.ts';
import { formFields } from '../../../../src/tooling/editor/form-fields.ts';

/** The "About this piece" form, as the editor draws it from the content schema. */
const fields = formFields(pieceSchema().shape, { tags: [] });
const byName = (name: string) => fields.find((field) => field.name === name)!;

test('the piece form has the takeaways: a repeated group of a text and an optional section', () => {
  expect(byName('takeaways')).toMatchObject({
    kind: 'group',
    repeat: true,
    required: false,
    fields: [
      { name: 'text', kind: 'text', required: true },
      { name: 'section', kind: 'text', required: false },
    ],
  });
});

test('each update offers its kind, update unless chosen otherwise', () => {
  expect(byName('updates').fields!.find((field) => field.name === 'kind')).toMatchObject({
    kind: 'select',
    required: false,
    options: ['update', 'correction', 'clarification'],
  });
});

test('the byline asks for author ids, one per line', () => {
  expect(byName('byline')).toMatchObject({ kind: 'list', hint: expect.stringContaining('authors.yaml') });
});
