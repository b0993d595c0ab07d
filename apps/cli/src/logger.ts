/* biome-ignore-all lint/suspicious/noConsole: the one place that prints diagnostics */

export type Level = 'quiet' | 'normal' | 'verbose';

/** Diagnostics and progress go to stderr; stdout is kept for data. */
export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
  debug(message: string): void;
}

export function createLogger(level: Level): Logger {
  return {
    info: (message) => level !== 'quiet' && console.error(message),
    warn: (message) => level !== 'quiet' && console.error(`warning: ${message}`),
    error: (message) => console.error(`error: ${message}`),
    debug: (message) => level === 'verbose' && console.error(`debug: ${message}`),
  };
}
