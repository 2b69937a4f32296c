import { experimental_AstroContainer as AstroContainer } from 'astro/container';

type Component = Parameters<AstroContainer['renderToString']>[0];

/** Renders one component to HTML with Astro's Container API, as a page build would. */
export async function renderComponent(
  component: Component,
  props: Record<string, unknown> = {},
  slot?: string,
  locals: App.Locals = {},
): Promise<string> {
  const container = await AstroContainer.create();
  return container.renderToString(component, {
    props,
    slots: slot === undefined ? {} : { default: slot },
    locals,
  });
}
