import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI } from './run.js';

const dist = dirname(CLI);

/** The chunks that a file imports statically, and those it loads by import(). */
function importsOf(file: string): { static: string[]; dynamic: string[] } {
  const code = readFileSync(join(dist, file), 'utf8');
  const names = (pattern: RegExp) => [...code.matchAll(pattern)].map((m) => m[1]!);
  return {
    static: names(/^(?:import (?:.* from )?|\} from )"\.\/([^"]+)";$/gm),
    dynamic: names(/import\("\.\/([^"]+)"\)/g),
  };
}

/** Every file that loading `entries` loads, following static imports only. */
function staticClosure(entries: string[]): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const next of importsOf(file).static) visit(next);
  };
  for (const entry of entries) visit(entry);
  return [...seen];
}

const holding = (files: string[], definition: RegExp) =>
  files.filter((file) => definition.test(readFileSync(join(dist, file), 'utf8')));

// What a generate run loads before it knows whether the output cache answers: cli.js, then
// commander and the command tree that cli.js imports once it has ruled out --version.
const startup = staticClosure(['cli.js', ...importsOf('cli.js').dynamic]);

const everything = readdirSync(dist).filter((file) => file.endsWith('.js'));

describe('the bundle loads each part when it is needed', () => {
  it('--version loads cli.js and a few small chunks only', () => {
    const files = staticClosure(['cli.js']);
    const bytes = files.reduce((n, file) => n + readFileSync(join(dist, file)).length, 0);
    expect(bytes).toBeLessThan(20_000);
  });

  // Each definition is looked for in the whole bundle too, so that a renamed one fails here
  // rather than passing unseen.
  it.each([
    ['the emitter', /function emitDocument\d*\(/],
    ['acorn', /function parseExpressionAt\d*\(/],
    ['the YAML writer', /function toYaml\d*\(/],
    ['the yaml library', /var Composer\d* = class/],
    ['swagger-parser', /var SwaggerParser\d*/],
  ])('the command tree and the output-cache lookup load without %s', (_, definition) => {
    expect(holding(everything, definition)).toHaveLength(1);
    expect(holding(startup, definition)).toEqual([]);
  });
});
