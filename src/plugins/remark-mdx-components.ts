import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { calloutTypeByComponent } from '../components/callout/callout-types.ts';
import { editorTagNames, mdxComponentNames } from '../components/component-names.ts';
import { closest } from '../lib/suggest.ts';
import { failAt, isMdxJsxElement } from './mdx-jsx.ts';

const known = new Set<string>(mdxComponentNames);

/**
 * Lets editors use our components without imports, and catches misspelt ones at build time.
 * - `<ExpertTip>` and the other callout names become `<Callout type="expert-tip">`, so every
 *   callout shares one component and a new type needs no new file.
 * - A capitalised tag that is neither one of ours nor imported in the file stops the build, naming
 *   the file, the line and the components that exist (MDX would otherwise fail at render time
 *   with no line number).
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
        return;
      }
      if (known.has(node.name) || imported.has(node.name.split('.')[0]!)) return;
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
