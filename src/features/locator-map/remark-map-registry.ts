import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { locatorMap, mapSpecOf } from './components/locator-map.props.ts';
import type { MapSpec } from './locator-map.ts';
import { componentProps, isMdxJsxElement, setFrontmatter } from '../../markdown/plugins/mdx-jsx.ts';

/**
 * Hands the page what its locator maps show, as `maps` in the remark frontmatter: the build draws
 * one SVG file for each distinct map on the site (src/pages/maps/[map].svg.ts).
 */
export function remarkMapRegistry() {
  return (tree: Root, file: VFile) => {
    const maps: MapSpec[] = [];
    visit(tree, (node) => {
      if (isMdxJsxElement(node) && node.name === 'LocatorMap')
        maps.push(mapSpecOf(componentProps(file, node, locatorMap)));
    });
    setFrontmatter(file, 'maps', maps);
  };
}

/** The maps a page's remark frontmatter carries. */
export const mapsOf = (frontmatter: Record<string, unknown>): MapSpec[] =>
  (frontmatter['maps'] as MapSpec[] | undefined) ?? [];
