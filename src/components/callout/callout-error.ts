import { propError } from '../../lib/prop-error.ts';
import { calloutTypeNames, calloutTypes, isCalloutType } from './callout-types.ts';

/** The error for a callout type that does not exist, or null; shared by `<Callout>` and the build-time check. */
export function calloutTypeError(type: unknown): Error | null {
  if (isCalloutType(type)) return null;
  return propError(
    'Callout',
    'type',
    type,
    `one of ${calloutTypeNames.map((name) => `"${name}"`).join(', ')}`,
    `Or write the callout by its own name: ${calloutTypeNames.map((name) => `<${calloutTypes[name].component}>`).join(', ')}.`,
  );
}
