/**
 * The steps of a run whose time `stats` and `--verbose` report; `lookup` is
 * generate's search of the output cache, which on a hit replaces the steps
 * from parse to serialize.
 */
export type Stage =
  | 'read'
  | 'lookup'
  | 'parse'
  | 'normalize'
  | 'emit'
  | 'transform'
  | 'serialize'
  | 'write';

/** Milliseconds per stage, in the order the stages ran. */
export class Stages {
  readonly ms: Partial<Record<Stage, number>> = {};

  async time<T>(stage: Stage, work: () => T | Promise<T>): Promise<T> {
    const started = performance.now();
    try {
      return await work();
    } finally {
      this.ms[stage] = (this.ms[stage] ?? 0) + (performance.now() - started);
    }
  }

  rounded(): Record<string, number> {
    return Object.fromEntries(
      Object.entries(this.ms).map(([stage, ms]) => [stage, Math.round(ms * 10) / 10]),
    );
  }
}
