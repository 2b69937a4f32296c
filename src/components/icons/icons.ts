/**
 * Every icon the site draws, as SVG shapes on a 24×24 grid, stroked in the text colour. Icons are
 * inline SVG, never a character a font may lack; they are decoration beside words that say the
 * same, so they are hidden from screen readers. Icon.astro renders them; the footnote plugin
 * builds its back-link arrow from the same data.
 */
export interface Shape {
  tag: 'path' | 'circle';
  attributes: Record<string, string>;
}

const path = (d: string): Shape => ({ tag: 'path', attributes: { d } });
const circle = (cx: number, cy: number, r: number): Shape => ({
  tag: 'circle',
  attributes: { cx: String(cx), cy: String(cy), r: String(r) },
});

export const icons = {
  tip: [path('M12 3l2.7 5.6 6.1.9-4.4 4.3 1 6.1L12 17l-5.4 2.9 1-6.1-4.4-4.3 6.1-.9z')],
  question: [
    circle(12, 12, 9.5),
    path('M9.5 9.3a2.6 2.6 0 0 1 5 .9c0 1.8-2.5 2.2-2.5 3.8'),
    path('M12 17.3h.01'),
  ],
  info: [circle(12, 12, 9.5), path('M12 11v5.5'), path('M12 7.7h.01')],
  note: [path('M4 20l1-4.5L15.5 5a2.1 2.1 0 0 1 3 3L8 18.5z'), path('M13.5 7l3 3')],
  plus: [path('M12 5v14'), path('M5 12h14')],
  minus: [path('M5 12h14')],
  search: [circle(11, 11, 6.5), path('M16 16l4.5 4.5')],
  feed: [path('M5 11a8 8 0 0 1 8 8'), path('M5 5a14 14 0 0 1 14 14'), circle(6, 18, 1.25)],
  poll: [path('M5 20v-8'), path('M12 20V5'), path('M19 20v-5')],
  back: [path('M9 14L4 9l5-5'), path('M4 9h10a5.5 5.5 0 0 1 0 11h-2')],
  previous: [path('M15 18l-6-6 6-6')],
  next: [path('M9 18l6-6-6-6')],
} satisfies Record<string, Shape[]>;

export type IconName = keyof typeof icons;

/** The attributes every icon's <svg> carries. */
export const SVG_ATTRIBUTES = {
  viewBox: '0 0 24 24',
  width: '24',
  height: '24',
  fill: 'none',
  stroke: 'currentColor',
  'stroke-width': '2',
  'stroke-linecap': 'round',
  'stroke-linejoin': 'round',
  'aria-hidden': 'true',
  focusable: 'false',
} as const;
