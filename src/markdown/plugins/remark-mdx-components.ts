import type { Root } from 'mdast';
// Types of the `mdxjsEsm` nodes (import statements) read below.
import type {} from 'mdast-util-mdxjs-esm';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { calloutTypeByComponent } from '../../components/callout/callout-types.ts';
import { componentDefinition, editorTagNames } from '../../components/registry.ts';
import { closest } from '../../lib/suggest.ts';
import { componentProps, failAt, isMdxJsxElement } from './mdx-jsx.ts';

/**
 * Lets editors use our components without imports, and checks every use at build time against the
 * component registry, naming the file and line (a component's own check at render time cannot say
 * where it was used).
 * - `<ExpertTip>` and the other callout names become `<Callout type="expert-tip">`, so every
 *   callout shares one component and a new type needs no new file.
 * - A component's implied props are added once its written props pass (`<Pros>` and `<Cons>`
 *   are one component told which list it draws).
 * - An unknown tag, an unknown or missing prop, or a prop value the component would reject stops
 *   the build with what was wrong and what is allowed.
 */
export function remarkMdxComponents() {
  return (tree: Root, file: VFile) => {
    const imported = importedNames(tree);
    visit(tree, (node) => {
      if (!isMdxJsxElement(node) || !node.name || !/^[A-Z]/.test(node.name)) return;
      const calloutType = calloutTypeByComponent.get(node.name);
      if (calloutType) {
        node.name = 'Callout';
        node.attributes.unshift({ type: 'mdxJsxAttribute', name: 'type', value: calloutType });
      }
      const definition = componentDefinition(node.name);
      if (definition) {
        componentProps(file, node, definition);
        for (const [name, value] of Object.entries(definition.impliedProps ?? {})) {
          node.attributes.push({ type: 'mdxJsxAttribute', name, value });
        }
        return;
      }
      if (imported.has(node.name.split('.')[0]!)) return;
      const hint = closest(node.name, editorTagNames);
      failAt(
        file,
        node,
        `unknown component <${node.name}>.` +
          (hint ? ` Did you mean <${hint}>?` : '') +
          ` Components you can use: ${editorTagNames.map((n) => `<${n}>`).join(', ')}.` +
          ' Names are case-sensitive; fix the spelling or remove the tag.',
      );
    });
  };
}

function importedNames(tree: Root): Set<string> {
  const names = new Set<string>();
  visit(tree, 'mdxjsEsm', (node) => {
    for (const statement of node.data?.estree?.body ?? []) {
      if (statement.type !== 'ImportDeclaration') continue;
      for (const specifier of statement.specifiers) names.add(specifier.local.name);
    }
  });
  return names;
}
