import { z } from 'astro/zod';
import { defineComponent, textProp } from '../../../components/props.ts';

/** A picture's file, written from the piece's folder. */
export const PICTURE_PATH = /^\.\.?\/[^\s]+\.(?:jpe?g|png|webp|avif|gif|tiff?)$/i;

export const figure = defineComponent({
  name: 'Figure',
  summary:
    'A picture from the piece’s folder, served in modern formats and sizes, with alt text and an optional caption and credit; `wide` spans the page.',
  props: z.strictObject({
    src: z
      .string({ error: 'the picture’s file, from the piece’s folder. Write it like src="./harbour.jpg".' })
      .regex(PICTURE_PATH, {
        error:
          'the picture’s file, from the piece’s folder (a .jpg, .png, .webp or .avif). Write it like src="./harbour.jpg".',
      })
      .describe('the picture’s file, beside the piece'),
    alt: textProp(
      'what the picture shows, for readers who cannot see it. Write it like alt="Ships at Hai Phong port".',
    ).describe('what the picture shows'),
    caption: textProp('a caption as text. Write it like caption="Hai Phong port at dawn."')
      .optional()
      .describe('the line under it'),
    credit: textProp('the credit as text. Write it like credit="Photo: Jane Doe / The Explainer".')
      .optional()
      .describe('who made it; a photo needs one'),
    wide: z
      .boolean({ error: 'true or false. Write it like wide or wide={false}.' })
      .default(false)
      .describe('span the page'),
  }),
  readableProps: ['caption'],
  example:
    '<Figure src="./harbour.jpg" alt="Ships at Hai Phong port" caption="Hai Phong port." credit="Photo: Jane Doe" />',
});
