/**
 * How the site's pictures are served, decided once: every picture goes through Astro's image
 * service (sharp) into these formats and widths, with width and height set so nothing moves as it
 * loads. A browser takes the first format it knows and the smallest width that fills its slot at
 * its pixel density; browsers that know neither format get the original's format.
 */
export const PICTURE_FORMATS = ['avif', 'webp'] as const;

/** A picture as wide as the reading column (66ch, about 37rem) or the screen, whichever is less. */
export const COLUMN = {
  widths: [480, 800, 1200, 1600],
  sizes: '(min-width: 41rem) 37rem, calc(100vw - 2rem)',
} as const;

/** A wide figure spans the page's frame (72rem) where there is room. */
export const WIDE = {
  widths: [480, 800, 1200, 1600, 2400],
  sizes: '(min-width: 76rem) 72rem, calc(100vw - 2rem)',
} as const;

/** A listing's thumbnail: a small picture beside a headline. */
export const THUMBNAIL = {
  widths: [160, 320, 480],
  sizes: '(min-width: 41rem) 10rem, 30vw',
} as const;
