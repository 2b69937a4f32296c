/**
 * Rewrites the README's component table from the component registry: npm run docs
 * Run it after adding a component or changing its props; `npm test` fails until the README matches.
 */
import { README, writeComponentTable } from '../tooling/component-docs.ts';

console.log(writeComponentTable() ? `Updated the component table in ${README}.` : `${README} is up to date.`);
