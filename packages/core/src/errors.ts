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

/**
 * Something odd in the apidoc that the generator kept going past: a duplicate
 * key, an unknown field. `--strict` turns warnings into errors.
 */
export interface ApidocWarning {
  message: string;
  position?: SourcePosition | undefined;
}

/** `file:line:column: warning: message`, as a command line prints it. */
export function formatWarning(source: string, warning: ApidocWarning): string {
  const where = warning.position
    ? `${source}:${warning.position.line}:${warning.position.column}`
    : source;
  return `${where}: warning: ${warning.message}`;
}

/**
 * The error that strict mode raises for warnings, or undefined when there are
 * none: it is placed at the first warning and lists the others in its hint.
 */
export function strictError(
  source: string,
  warnings: readonly ApidocWarning[],
): ApidocError | undefined {
  const [first, ...rest] = warnings;
  if (!first) return undefined;
  const more = rest.length === 0 ? '' : ` (and ${rest.length} more warnings)`;
  return new ApidocError(`${first.message}${more}`, {
    source,
    position: first.position,
    hint: 'strict mode treats warnings as errors; run without --strict to accept them',
  });
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

/**
 * Positions of many offsets in one text: the line starts are found once, then
 * each offset is a binary search, so a thousand warnings stay cheap.
 */
export function positionIndex(text: string): (offset: number) => SourcePosition {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - starts[low]! + 1 };
  };
}
