import { expect, test } from 'vitest';
import Callout from '../../../src/components/callout/Callout.astro';
import { calloutTypeNames } from '../../../src/components/callout/callout-types.ts';
import en from '../../../src/features/editions/strings/en.json' with { type: 'json' };
import { renderComponent } from '../../support/render.ts';

test.each(calloutTypeNames)(
  'a %s callout is an aside named by its visible title, its icon an SVG hidden from screen readers',
  async (type) => {
    const html = await renderComponent(Callout, { type }, '<p>Body <strong>text</strong></p>');
    const title = en[`callout.${type}`];
    expect(html).toMatch(/^<aside /);
    expect(html).toContain(`aria-label="${title}"`);
    expect(html).toMatch(/<svg class="icon"[^>]*aria-hidden="true"[^>]*focusable="false"/);
    expect(html).toMatch(new RegExp(`<strong[^>]*>${title.replace('?', '\\?')}</strong></p>`));
    expect(html).toContain('<p>Body <strong>text</strong></p>');
  },
);

test('a title prop replaces the standard title', async () => {
  const html = await renderComponent(Callout, { type: 'quick-fact', title: 'By the numbers' }, 'x');
  expect(html).toContain('aria-label="By the numbers"');
  expect(html).not.toContain('Quick Fact');
});

test('an unknown type fails, naming the component, prop, value and allowed types', async () => {
  await expect(renderComponent(Callout, { type: 'warning' }, 'x')).rejects.toThrow(
    '<Callout>: the prop "type" received "warning", but it must be one of "expert-tip", "did-you-know", ' +
      '"quick-fact", "editors-note". Or write the callout by its own name: <ExpertTip>, <DidYouKnow>, <QuickFact>, <EditorsNote>.',
  );
});
