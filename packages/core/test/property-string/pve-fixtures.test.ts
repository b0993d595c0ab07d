import { describe, expect, it } from 'vitest';
import { PropertyStringError } from '../../src/property-string/error.js';
import type { PropertyFormat, PropertyObject } from '../../src/property-string/format.js';
import { parsePropertyString } from '../../src/property-string/parse.js';
import { formatPropertyString } from '../../src/property-string/print.js';
import { emitPveDocument, type FixtureLine, formatOf, readFixtureLines } from './pve-fixtures.js';

// Every verdict here is PVE's own (pve-common 9.2.1), on formats the real emitter wrote.
const document = emitPveDocument();
const lines = readFixtureLines().map((line, index) => ({
  ...line,
  name: `${index + 1}: ${line.endpoint} ${line.parameter} ${JSON.stringify(line.string)}`,
  format: formatOf(document, line.endpoint, line.parameter),
}));

/** Perl's strings made JSON values by each key's declared type. */
function typedAsDeclared(format: PropertyFormat, parsed: FixtureLine['parsed']): PropertyObject {
  const out: PropertyObject = {};
  for (const [key, value] of Object.entries(parsed ?? {})) {
    const type = format.properties?.[key]?.type;
    if (type === 'boolean') out[key] = String(value) === '1';
    else if (type === 'integer' || type === 'number') out[key] = Number(value);
    else out[key] = String(value);
  }
  return out;
}

function rejection(format: PropertyFormat, text: string): PropertyStringError {
  try {
    parsePropertyString(format, text);
  } catch (error) {
    if (error instanceof PropertyStringError) return error;
    throw error;
  }
  throw new Error(`accepted ${JSON.stringify(text)}`);
}

describe('PVE fixtures', () => {
  it('covers every line of the fixture file', () => {
    expect(lines.length).toBe(320);
  });

  const accepted = lines.filter((line) => line.ok);
  const refused = lines.filter((line) => !line.ok);

  it.each(accepted)('accepts $name', ({ format, string, parsed }) => {
    expect(parsePropertyString(format, string)).toEqual(typedAsDeclared(format, parsed));
  });

  it.each(accepted)('reads back what it writes for $name', ({ format, parsed }) => {
    const value = typedAsDeclared(format, parsed);
    expect(parsePropertyString(format, formatPropertyString(format, value))).toEqual(value);
  });

  it.each(refused)('refuses $name for the same keys and reasons', ({ format, string, ...line }) => {
    const error = rejection(format, string);
    if (line.errors) {
      const want = Object.fromEntries(
        Object.entries(line.errors).map(([key, reason]) => [key, reason.trimEnd()]),
      );
      expect(error.errors).toEqual(want);
    } else {
      expect(error.errors).toEqual({});
      expect(error.message).toBe(line.message!.trimEnd());
    }
  });
});
