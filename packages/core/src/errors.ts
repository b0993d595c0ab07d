/** Where in an input a problem was found. Lines and columns count from 1. */
export interface SourcePosition {
  line: number;
  column: number;
}

export interface ApidocErrorOptions {
  /** The file path or URL the input came from. */
  source: string;
  position?: SourcePosition | undefined;
  /** What the user can do about it. */
  hint?: string | undefined;
  cause?: unknown;
}

/**
 * The one error type for bad input: a missing or unreadable source, a file that
 * is not an apidoc, a tree of the wrong shape. Its message names the source and,
 * where known, the line and column. Any other exception is a bug.
 */
export class ApidocError extends Error {
  override readonly name = 'ApidocError';
  readonly source: string;
  readonly position: SourcePosition | undefined;
  readonly hint: string | undefined;
  readonly detail: string;

  constructor(detail: string, options: ApidocErrorOptions) {
    const where = options.position
      ? `${options.source}:${options.position.line}:${options.position.column}`
      : options.source;
    const hint = options.hint ? `\n  hint: ${options.hint}` : '';
    super(`${where}: ${detail}${hint}`, { cause: options.cause });
    this.source = options.source;
    this.position = options.position;
    this.hint = options.hint;
    this.detail = detail;
  }
}

/** Line and column (from 1) of a UTF-16 offset in `text`. */
export function positionAt(text: string, offset: number): SourcePosition {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
