/** Exit codes, as Redocly CLI and most linters use them. */
export const EXIT = {
  ok: 0,
  /** A finding: `--check` found stale files, `diff --fail-on` found a change, a validator an error. */
  finding: 1,
  /** Bad usage or bad input. */
  usage: 2,
  /** Anything else is a bug. */
  bug: 70,
} as const;

/** A command line that cannot be carried out as given; the message says what to change. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
