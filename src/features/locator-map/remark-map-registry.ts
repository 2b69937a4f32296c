import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { locatorMap, mapSpecOf } from './components/locator-map.props.ts';
import type { MapSpec } from './locator-map.ts';
import { setPageData } from '../../markdown/page-data.ts';
import { componentProps, isMdxJsxElement } from '../../markdown/plugins/mdx-jsx.ts';

/**
 * Hands the page what its locator maps show, as its `maps` page data (src/markdown/page-data.ts): the build draws
 * one SVG file for each distinct map on the site (src/pages/maps/[map].svg.ts).
 */
export function remarkMapRegistry() {
  return (tree: Root, file: VFile) => {
    const maps: MapSpec[] = [];
    visit(tree, (node) => {
      if (isMdxJsxElement(node) && node.name === 'LocatorMap')
        maps.push(mapSpecOf(componentProps(file, node, locatorMap)));
    });
    setPageData(file, 'maps', maps);
  };
}
