import type { VFile } from 'vfile';

/**
 * One problem for an editor, found by the build, the content check or the piece editor: the file,
 * where in it (1-based line and column, when the problem has a place), the frontmatter field or
 * component prop it is about, and what to do. Positions travel as fields, never inside the text,
 * so each reader (the terminal, the piece editor's gutter and form) places it its own way.
 */
export interface Problem {
  file: string;
  line?: number | undefined;
  column?: number | undefined;
  /** A frontmatter field (`image.src`) or a component's prop. */
  field?: string | undefined;
  message: string;
}

/**
 * A problem as a line of text: `content/pieces/piece.mdx:12:3 field: message`, the shape compilers
 * use, which terminals and code editors turn into a link to that line. Browser-safe: the piece
 * editor prints its list with it too.
 */
export function formatProblem({ file, line, column, field, message }: Problem): string {
  return `${formatPlace(file, line, column)}${field ? ` ${field}` : ''}: ${message}`;
}

/** `file:line:column`, or the file alone when there is no line. */
export function formatPlace(file: string, line?: number, column?: number): string {
  return line === undefined ? file : `${file}:${line}:${column ?? 1}`;
}

/** The 1-based line and column of an offset into a text. */
export function placeAt(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
}

/** What unified raises (`file.message()`, `file.fail()`), with the field our checks add to it. */
export type ContentMessage = ReturnType<VFile['message']> & { field?: string };

/** A problem thrown where there is no vfile (the content loader): its message is the formatted problem. */
export class ProblemError extends Error {
  readonly problem: Problem;
  constructor(problem: Problem) {
    super(formatProblem(problem));
    this.name = 'ContentError';
    this.problem = problem;
  }
}

/** A thrown error as a problem of `file`: a vfile message or a ProblemError keeps its place and field. */
export function problemFromError(file: string, error: unknown): Problem {
  if (error instanceof ProblemError) return { ...error.problem, file };
  if (isVFileMessage(error)) {
    return {
      file,
      line: error.line,
      column: error.column,
      field: error.field,
      message: error.reason,
    };
  }
  return { file, message: error instanceof Error ? error.message : String(error) };
}

/** A vfile message, known by its fields (the class is vfile-message's, not a dependency of ours). */
function isVFileMessage(error: unknown): error is ContentMessage {
  return (
    error instanceof Error &&
    typeof (error as Partial<ContentMessage>).reason === 'string' &&
    'place' in error
  );
}
