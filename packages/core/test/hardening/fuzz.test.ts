import { readFileSync } from 'node:fs';
import SwaggerParser from '@apidevtools/swagger-parser';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emitDocument } from '../../src/emit/document.js';
import { ApidocError } from '../../src/errors.js';
import { parseApidocBytes } from '../../src/source/read.js';
import { testProduct } from '../fixtures.js';
import { encode, PBS_SNAPSHOT, PVE_SNAPSHOT } from './helpers.js';

/**
 * Property-based checks: whatever the input, reading and emitting either gives
 * a document or throws `ApidocError`, never anything else. Seeded and bounded,
 * so that CI runs the same few seconds every time; `FUZZ_RUNS` runs more.
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20_261_203);
const RUNS = Number(process.env.FUZZ_RUNS ?? 0);
const runs = (ci: number) => ({ seed: SEED, numRuns: RUNS || ci });
const OPTIONS = { apidocSha256: '0'.repeat(64), generatorVersion: 'fuzz' };

/** Reads and emits; returns the document, or undefined for an `ApidocError`. */
function generate(bytes: Uint8Array): Record<string, unknown> | undefined {
  try {
    const { endpoints } = parseApidocBytes(bytes, 'fuzz.js');
    return emitDocument(endpoints, testProduct, OPTIONS).document;
  } catch (error) {
    if (error instanceof ApidocError) return undefined;
    throw error;
  }
}

async function expectValid(document: Record<string, unknown>): Promise<void> {
  await SwaggerParser.validate(structuredClone(document) as never);
}

// A schema in Proxmox's dialect, with wrong types mixed in on purpose.
// Depth is bounded (`maxDepth`), so that each case stays a few kilobytes.
const { schema } = fc.letrec((tie) => ({
  schema: fc.oneof({ maxDepth: 3, depthIdentifier: 'schema' }, tie('leaf'), tie('object')),
  object: fc.record(
    {
      type: fc.oneof(
        fc.constantFrom('string', 'integer', 'number', 'boolean', 'object', 'array', 'null', 'any'),
        fc.string({ maxLength: 12 }),
        fc.integer(),
      ),
      description: fc.oneof(fc.string({ maxLength: 12 }), fc.integer()),
      optional: fc.oneof(fc.boolean(), fc.constantFrom(0, 1, '0', '1')),
      default: fc.jsonValue({ maxDepth: 1 }),
      minimum: fc.oneof(fc.integer(), fc.string({ maxLength: 12 })),
      maxLength: fc.oneof(fc.nat(), fc.string({ maxLength: 12 })),
      enum: fc.array(fc.oneof(fc.string({ maxLength: 12 }), fc.integer()), { maxLength: 3 }),
      pattern: fc.oneof(
        fc.constantFrom('^\\d+$', '(a+)+', '[', '\\w+(?:,\\w+)*'),
        fc.string({ maxLength: 12 }),
      ),
      format: fc.oneof(
        fc.constantFrom('pve-vmid', 'email'),
        fc.dictionary(fc.string({ maxLength: 12 }), tie('leaf')),
      ),
      items: tie('schema'),
      properties: fc.dictionary(fc.string({ maxLength: 12 }), tie('schema'), { maxKeys: 3 }),
      additionalProperties: fc.oneof(fc.boolean(), fc.constantFrom(0, 1), tie('leaf')),
      typetext: fc.string({ maxLength: 12 }),
      'x-extra': fc.jsonValue({ maxDepth: 1 }),
    },
    { requiredKeys: [] },
  ),
  leaf: fc.record(
    { type: fc.constantFrom('string', 'integer', 'boolean'), optional: fc.constantFrom(0, 1) },
    { requiredKeys: [] },
  ),
}));

const method = fc.record(
  {
    method: fc.string({ maxLength: 12 }),
    description: fc.string({ maxLength: 12 }),
    parameters: schema,
    returns: schema,
    permissions: fc.record({
      user: fc.string({ maxLength: 12 }),
      check: fc.jsonValue({ maxDepth: 2 }),
    }),
    protected: fc.constantFrom(0, 1),
    proxyto: fc.string({ maxLength: 12 }),
    unknownField: fc.jsonValue({ maxDepth: 1 }),
  },
  { requiredKeys: [] },
);

const httpMethod = fc.constantFrom('GET', 'POST', 'PUT', 'DELETE');
const segment = fc.oneof(
  fc.stringMatching(/^[a-z]{1,6}$/),
  fc.constantFrom('{node}', '{vmid}', '{net[n]}'),
);
const path = fc.array(segment, { maxLength: 4 }).map((parts) => `/${parts.join('/')}`);

const { node } = fc.letrec((tie) => ({
  node: fc.oneof({ maxDepth: 3, depthIdentifier: 'node' }, tie('endpoint'), tie('folder')),
  endpoint: fc.record(
    { path, text: fc.string({ maxLength: 8 }), info: fc.dictionary(httpMethod, method) },
    { requiredKeys: ['path', 'text'] },
  ),
  folder: fc.record(
    {
      path: fc.oneof({ weight: 8, arbitrary: path }, fc.jsonValue({ maxDepth: 0 })),
      text: fc.string({ maxLength: 12 }),
      leaf: fc.constantFrom(0, 1),
      info: fc.oneof(
        { weight: 6, arbitrary: fc.dictionary(httpMethod, method) },
        fc.jsonValue({ maxDepth: 1 }),
      ),
      children: fc.array(tie('node'), { maxLength: 2 }),
    },
    { requiredKeys: ['path', 'text'] },
  ),
}));

/** A damaged copy of `bytes`: flipped bits, cuts, deletions, doubled brackets. */
const mutation = fc.record({
  kind: fc.constantFrom('flip', 'truncate', 'delete', 'bracket', 'insert'),
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  length: fc.integer({ min: 1, max: 64 }),
  byte: fc.integer({ min: 0, max: 255 }),
});

type Mutation = { kind: string; at: number; length: number; byte: number };

function mutate(bytes: Uint8Array, changes: Mutation[]): Uint8Array {
  let out = Buffer.from(bytes);
  for (const { kind, at, length, byte } of changes) {
    const i = Math.floor(at * out.length);
    if (kind === 'flip') out[i] = (out[i] ?? 0) ^ (1 << (byte % 8));
    if (kind === 'truncate') out = out.subarray(0, i);
    if (kind === 'delete') out = Buffer.concat([out.subarray(0, i), out.subarray(i + length)]);
    if (kind === 'bracket') {
      const brackets = Buffer.from('[]{}"'.charAt(byte % 5).repeat(length));
      out = Buffer.concat([out.subarray(0, i), brackets, out.subarray(i)]);
    }
    if (kind === 'insert')
      out = Buffer.concat([out.subarray(0, i), Buffer.from([byte]), out.subarray(i)]);
  }
  return out;
}

/** A real tree cut to one folder of the PBS snapshot, so that emitting it is quick. */
function excerpt(): Uint8Array {
  const text = readFileSync(PBS_SNAPSHOT, 'utf8');
  const start = text.indexOf('var apiSchema = ') + 'var apiSchema = '.length;
  const [root] = JSON.parse(text.slice(start, text.indexOf('\n];', start) + 2));
  const tree = [
    { ...root, children: root.children.filter((n: { path: string }) => n.path === '/access') },
  ];
  return encode(`var apiSchema = ${JSON.stringify(tree, null, 2)};\n`);
}

describe('fuzzing', () => {
  it('random api schemas give a valid document or an ApidocError', {
    timeout: 60_000,
  }, async () => {
    let validated = 0;
    let documents = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(node, { maxLength: 3 }), fc.boolean(), async (tree, pretty) => {
        const text = `var apiSchema = ${JSON.stringify(tree, null, pretty ? 1 : 0)};`;
        const document = generate(encode(text));
        if (document) documents++;
        // Validation is the slow part: a sample of the documents is enough.
        if (document && validated < 10) {
          validated++;
          await expectValid(document);
        }
      }),
      runs(80),
    );
    // Most random trees are well-formed enough to give a document.
    expect(documents).toBeGreaterThan(20);
  });

  it.each([
    ['PVE', PVE_SNAPSHOT],
    ['PBS', PBS_SNAPSHOT],
  ])(
    'mutations of the %s snapshot read or fail with ApidocError',
    { timeout: 60_000 },
    (_, file) => {
      const bytes = readFileSync(file);
      fc.assert(
        fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (changes) => {
          try {
            parseApidocBytes(mutate(bytes, changes), 'fuzz.js');
          } catch (error) {
            if (!(error instanceof ApidocError)) throw error;
          }
        }),
        runs(12),
      );
    },
  );

  it('mutations of a real excerpt give a valid document or an ApidocError', {
    timeout: 60_000,
  }, async () => {
    const bytes = excerpt();
    let validated = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 3 }), async (changes) => {
        const document = generate(mutate(bytes, changes));
        if (document && validated < 3) {
          validated++;
          await expectValid(document);
        }
      }),
      runs(40),
    );
  });

  it('the unmutated excerpt is a valid document', async () => {
    const document = generate(excerpt());
    expect(document).toBeDefined();
    await expectValid(document!);
  });
});
