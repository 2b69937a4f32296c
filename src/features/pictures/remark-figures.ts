import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Paragraph, Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import type { MdxjsEsm } from 'mdast-util-mdxjs-esm';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { figure, PICTURE_PATH } from './components/figure.props.ts';
import { componentProps, failAt, isMdxJsxElement } from '../../markdown/plugins/mdx-jsx.ts';

/**
 * Pictures in the body, one way: a Markdown image on its own line with a path beside the piece,
 * `![What it shows](./chart.png "Its caption")`, becomes a `<Figure>`; every `<Figure src="./…">` then
 * imports its file, so Astro's image service makes its sizes and formats. A path that names no file
 * stops the build at its line. (The `<Figure>`'s props were checked by remark-mdx-components.)
 */
export function remarkFigures() {
  return (tree: Root, file: VFile) => {
    visit(tree, 'paragraph', (paragraph: Paragraph, index, parent) => {
      const [only] = paragraph.children;
      if (paragraph.children.length !== 1 || only?.type !== 'image' || !PICTURE_PATH.test(only.url)) return;
      const element: MdxJsxFlowElement = {
        type: 'mdxJsxFlowElement',
        name: 'Figure',
        attributes: [
          { type: 'mdxJsxAttribute', name: 'src', value: only.url },
          { type: 'mdxJsxAttribute', name: 'alt', value: only.alt ?? '' },
          ...(only.title ? [{ type: 'mdxJsxAttribute' as const, name: 'caption', value: only.title }] : []),
        ],
        children: [],
        position: paragraph.position,
      };
      parent!.children.splice(index!, 1, element as RootContent);
    });

    const imports: MdxjsEsm[] = [];
    visit(tree, (node) => {
      if (!isMdxJsxElement(node) || node.name !== 'Figure') return;
      const { src } = componentProps(file, node, figure);
      const picture = file.path ? resolve(dirname(file.path), src) : src;
      if (!existsSync(picture)) {
        failAt(
          file,
          node,
          `there is no picture at ${src}. Put the file in the piece's folder, or fix its name.`,
        );
      }
      const name = `__figure${imports.length}`;
      imports.push(importDefault(name, src));
      node.attributes.push({
        type: 'mdxJsxAttribute',
        name: 'image',
        value: {
          type: 'mdxJsxAttributeValueExpression',
          value: name,
          data: {
            estree: program([{ type: 'ExpressionStatement', expression: { type: 'Identifier', name } }]),
          },
        },
      });
    });
    tree.children.unshift(...imports);
  };
}

function importDefault(name: string, source: string): MdxjsEsm {
  return {
    type: 'mdxjsEsm',
    value: `import ${name} from ${JSON.stringify(source)};`,
    data: {
      estree: program([
        {
          type: 'ImportDeclaration',
          specifiers: [{ type: 'ImportDefaultSpecifier', local: { type: 'Identifier', name } }],
          source: { type: 'Literal', value: source, raw: JSON.stringify(source) },
          attributes: [],
        },
      ]),
    },
  };
}

function program(body: import('estree').Program['body']): import('estree').Program {
  return { type: 'Program', sourceType: 'module', body };
}
