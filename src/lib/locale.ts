import { DEFAULT_EDITION } from '../features/editions/editions.ts';

/**
 * The language of the default edition (src/features/editions/editions.ts): what the site's own
 * tools and the messages for editors are written in. Pages write in their edition's language.
 */
export const LOCALE = DEFAULT_EDITION.lang;
