/* biome-ignore-all lint/suspicious/noConsole: the one place that prints diagnostics */
import { createColors } from 'picocolors';

export type Level = 'quiet' | 'normal' | 'verbose';

/** Diagnostics and progress go to stderr; stdout is kept for data. */
export interface Logger {
  readonly level: Level;
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
  debug(message: string): void;
  /** A line that the next one replaces, shown only on a terminal. */
  progress(message: string): void;
  /** Writes data (documents, reports, JSON summaries) to stdout. */
  data(text: string): void;
  readonly colors: ReturnType<typeof createColors>;
}

/**
 * Colour only for a person at a terminal: off for `NO_COLOR` (no-color.org),
 * in CI, and when stderr is not a TTY.
 */
export function useColor(env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.CI !== undefined && env.CI !== '' && env.CI !== 'false') return false;
  return process.stderr.isTTY === true;
}

export function createLogger(level: Level): Logger {
  const colors = createColors(useColor());
  const tty = process.stderr.isTTY === true && level !== 'quiet';
  let progressShown = false;
  const clear = () => {
    if (progressShown) process.stderr.write('\r\x1b[K');
    progressShown = false;
  };
  const print = (message: string) => {
    clear();
    console.error(message);
  };
  return {
    level,
    colors,
    info: (message) => level !== 'quiet' && print(message),
    warn: (message) => level !== 'quiet' && print(`${colors.yellow('warning:')} ${message}`),
    error: (message) => print(`${colors.red('error:')} ${message}`),
    debug: (message) => level === 'verbose' && print(colors.dim(`debug: ${message}`)),
    progress: (message) => {
      if (!tty) return;
      process.stderr.write(`\r\x1b[K${colors.dim(message)}`);
      progressShown = true;
    },
    data: (text) => {
      clear();
      process.stdout.write(text);
    },
  };
}
