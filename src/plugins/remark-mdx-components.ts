import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { calloutTypeError } from '../components/callout/callout-error.ts';
import { calloutTypeByComponent } from '../components/callout/callout-types.ts';
import {
  editorTagNames,
  isMdxComponentName,
  mdxComponentSpecs,
  type MdxComponentName,
} from '../components/component-names.ts';
import { pollPropsError } from '../lib/poll-rules.ts';
import { closest } from '../lib/suggest.ts';
import {
  failAt,
  isMdxJsxElement,
  stringArrayAttribute,
  stringAttribute,
  type MdxJsxElement,
} from './mdx-jsx.ts';

/**
 * Lets editors use our components without imports, and checks every use at build time, naming
 * the file and line (a component's own error at render time cannot say where it was used).
 * - `<ExpertTip>` and the other callout names become `<Callout type="expert-tip">`, so every
 *   callout shares one component and a new type needs no new file.
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
      if (isMdxComponentName(node.name)) return checkProps(file, node, node.name);
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

function checkProps(file: VFile, node: MdxJsxElement, name: MdxComponentName) {
  const { props, required } = mdxComponentSpecs[name];
  const allowed: readonly string[] = props;
  const given = new Set<string>();
  for (const attr of node.attributes) {
    if (attr.type !== 'mdxJsxAttribute') continue;
    given.add(attr.name);
    if (allowed.includes(attr.name)) continue;
    const hint = closest(attr.name, allowed);
    failAt(
      file,
      node,
      `<${name}> has no prop "${attr.name}".` +
        (hint ? ` Did you mean "${hint}"?` : '') +
        (allowed.length > 0
          ? ` Its props are: ${allowed.map((p) => `"${p}"`).join(', ')}.`
          : ` It takes no props.`),
    );
  }
  const missing = required.find((prop) => !given.has(prop));
  if (missing) failAt(file, node, `<${name}> needs the prop "${missing}".`);

  const error =
    name === 'Callout'
      ? calloutTypeError(stringAttribute(file, node, 'type'))
      : name === 'ReaderPoll'
        ? pollPropsError({
            id: stringAttribute(file, node, 'id'),
            question: stringAttribute(file, node, 'question'),
            options: stringArrayAttribute(file, node, 'options'),
          })
        : null;
  if (error) failAt(file, node, error.message);
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
