import { fixedRoutes } from '../lib/routes.ts';

/** Where the piece editor answers under `astro dev`: its page, and its API below it. */
export const EDITOR_PATH = fixedRoutes.editor;
export const EDITOR_API = `${EDITOR_PATH}api/`;

/** The API's address for a route (`piece`, `component/apply`): every address ends in a slash. */
export const editorApiUrl = (route: string, query?: string) =>
  `${EDITOR_API}${route}/${query ? `?${query}` : ''}`;
