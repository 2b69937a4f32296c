import type { ServerResponse } from 'node:http';

/**
 * The one shape of every refusal the site's JSON APIs send (the vote API, the server's answers
 * under /api/, the piece editor's API): `{"error": {"status", "code", "message"}}`, documented in
 * the README ("The vote API"). `code` is stable for programs; `message` is written for people.
 */
export interface JsonErrorBody {
  error: { status: number; code: string; message: string };
}

const jsonErrorBody = (status: number, code: string, message: string): JsonErrorBody => ({
  error: { status, code, message },
});

/** JSON answers are about this moment (a tally, a refusal): no cache may keep them. */
export const JSON_HEADERS = {
  'Content-Type': 'application/json; charset=utf-8',
  'Cache-Control': 'no-store',
} as const;

/** A refusal as a fetch `Response` (Astro endpoints). */
export function jsonError(
  status: number,
  code: string,
  message: string,
  headers: Record<string, string> = {},
): Response {
  return new Response(JSON.stringify(jsonErrorBody(status, code, message)), {
    status,
    headers: { ...JSON_HEADERS, ...headers },
  });
}

/** A refusal written to a Node response (the site's server, the editor's API under astro dev). */
export function sendJsonError(
  res: ServerResponse,
  status: number,
  code: string,
  message: string,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { ...JSON_HEADERS, ...headers });
  res.end(JSON.stringify(jsonErrorBody(status, code, message)));
}
