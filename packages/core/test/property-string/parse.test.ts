import { describe, expect, it } from 'vitest';
import { PropertyStringError } from '../../src/property-string/error.js';
import type { PropertyFormat } from '../../src/property-string/format.js';
import { parsePropertyString } from '../../src/property-string/parse.js';
import { agent, disk, net, wakeOnLan } from './formats.js';

const MAC = 'BC:24:11:00:00:01';
const MAC2 = 'BC:24:11:00:00:02';

function refusal(format: PropertyFormat, text: string, options = {}): PropertyStringError {
  try {
    parsePropertyString(format, text, options);
  } catch (error) {
    if (error instanceof PropertyStringError) return error;
    throw error;
  }
  throw new Error(`accepted ${JSON.stringify(text)}`);
}

// given -> want, from PVE::JSONSchema::parse_property_string and check_prop.
describe('parsePropertyString accepts', () => {
  it.each<[string, PropertyFormat, string, Record<string, unknown>]>([
    ['key=value pairs', net, 'model=virtio,bridge=vmbr0', { model: 'virtio', bridge: 'vmbr0' }],
    ['a bare value as the default key', net, 'virtio,tag=5', { model: 'virtio', tag: 5 }],
    ['a keyAlias key', net, `virtio=${MAC}`, { model: 'virtio', macaddr: MAC }],
    ['blank parts, skipped', net, ' ,virtio,,\t,', { model: 'virtio' }],
    ['no trimming of values', disk, 'size=1G,name= ab', { size: '1G', name: ' ab' }],
    ['boolean words in any case', net, 'virtio,firewall=YES', { model: 'virtio', firewall: true }],
    ['off as false', net, 'virtio,firewall=off', { model: 'virtio', firewall: false }],
    [
      'Unicode case folding in boolean words',
      net,
      'virtio,firewall=yeſ',
      { model: 'virtio', firewall: true },
    ],
    ['a signed integer', net, 'virtio,tag=+0012', { model: 'virtio', tag: 12 }],
    ['numbers as Perl writes them', net, 'virtio,rate=5.', { model: 'virtio', rate: 5 }],
    ['a leading-dot number', net, 'virtio,rate=.5', { model: 'virtio', rate: 0.5 }],
    ['an exponent', net, 'virtio,rate=1e3', { model: 'virtio', rate: 1000 }],
    ['a bound itself', net, 'virtio,tag=4094', { model: 'virtio', tag: 4094 }],
    ['a pattern match', net, 'virtio,trunks=1;20', { model: 'virtio', trunks: '1;20' }],
    ['a final newline, which `.` leaves out', net, 'virtio,tag=5\n', { model: 'virtio', tag: 5 }],
    // check_prop's regexes end in `$`, which also matches before a final newline.
    ['a bare value ending in a newline', wakeOnLan, `${MAC}\n`, { mac: `${MAC}\n` }],
    ['an = inside a value', disk, 'size=1G,name=a=b', { size: '1G', name: 'a=b' }],
    // PVE checks duplicates by the key as written, so the alias overwrites.
    [
      'an alias after its key',
      net,
      `macaddr=${MAC},virtio=${MAC2}`,
      { model: 'virtio', macaddr: MAC2 },
    ],
    // The earlier value is tested for truth: '0' may be set again by a bare value.
    ['a bare value after a false default key', agent, 'enabled=0,1', { enabled: true }],
    ['a plain alias', disk, 'size=1G,volume=local:1', { size: '1G', file: 'local:1' }],
  ])('%s', (_, format, text, want) => {
    const options = { formats: { 'pve-volume-id': () => undefined } };
    expect(parsePropertyString(format, text, options)).toEqual(want);
  });

  it('keeps a key named __proto__ from touching the prototype', () => {
    const format: PropertyFormat = { properties: { ['__proto__']: { type: 'string' } } };
    const parsed = parsePropertyString(format, '__proto__=x');
    expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(parsed, '__proto__')?.value).toBe('x');
  });
});

describe('parsePropertyString refuses the whole string', () => {
  it.each<[string, PropertyFormat, string, string]>([
    [
      'a duplicate key',
      net,
      'virtio,tag=1,tag=2',
      'duplicate key in comma-separated list property: tag',
    ],
    [
      'a second bare value',
      net,
      'virtio,e1000',
      'duplicate key in comma-separated list property: model',
    ],
    [
      'a bare value after its key',
      net,
      'model=virtio,e1000',
      'duplicate key in comma-separated list property: model',
    ],
    [
      'a keyAlias after its key',
      net,
      `model=virtio,e1000=${MAC}`,
      "key alias 'model' is already defined",
    ],
    [
      'a key after its keyAlias',
      net,
      `virtio=${MAC},macaddr=${MAC2}`,
      'duplicate key in comma-separated list property: macaddr',
    ],
    ['an empty value', net, 'virtio,bridge=', 'missing key in comma-separated list property'],
    ['an empty key', net, 'virtio,=x', 'missing key in comma-separated list property'],
    [
      'a newline inside a value',
      net,
      'virtio,bridge=a\nb',
      'missing key in comma-separated list property',
    ],
    [
      'a bare value without a default key',
      disk,
      'x',
      'value without key, but schema does not define a default key',
    ],
  ])('%s', (_, format, text, message) => {
    const error = refusal(format, text);
    expect(error.message).toBe(message);
    expect(error.errors).toEqual({});
  });
});

describe('parsePropertyString refuses keys', () => {
  it.each<[string, PropertyFormat, string, Record<string, string>]>([
    [
      'a missing required key',
      net,
      'tag=5',
      { model: 'property is missing and it is not optional' },
    ],
    [
      'an unknown key',
      net,
      'virtio,speed=1',
      {
        speed:
          'property is not defined in schema and the schema does not allow additional properties',
      },
    ],
    [
      'a boolean that is none',
      net,
      'virtio,firewall=maybe',
      { firewall: "type check ('boolean') failed - got 'maybe'" },
    ],
    // A bare value is not read by parse_boolean, and check_type wants '1' or '0'.
    [
      'a boolean word as a bare value',
      agent,
      'on',
      { enabled: "type check ('boolean') failed - got 'on'" },
    ],
    // check_type compares with `eq`, where a final newline counts.
    [
      'a bare boolean ending in a newline',
      agent,
      '1\n',
      { enabled: "type check ('boolean') failed - got '1\n'" },
    ],
    [
      'a fraction for an integer',
      net,
      'virtio,tag=1.5',
      { tag: "type check ('integer') failed - got '1.5'" },
    ],
    [
      'a word for a number',
      net,
      'virtio,rate=fast',
      { rate: "type check ('number') failed - got 'fast'" },
    ],
    [
      'a value above the maximum',
      net,
      'virtio,tag=4095',
      { tag: 'value must have a maximum value of 4094' },
    ],
    [
      'a value below the minimum',
      net,
      'virtio,rate=-1',
      { rate: 'value must have a minimum value of 0' },
    ],
    [
      'a value outside the enum',
      net,
      'e1001',
      { model: "value 'e1001' does not have a value in the enumeration 'e1000, virtio'" },
    ],
    [
      'a pattern mismatch',
      net,
      'virtio,trunks=1;x',
      { trunks: 'value does not match the regex pattern' },
    ],
    [
      'a named format mismatch',
      net,
      'virtio=01:24:11:00:00:01',
      { macaddr: 'invalid format - value does not look like a valid unicast MAC address' },
    ],
    [
      'a value too long',
      disk,
      'size=1G,name=abcde',
      { name: 'value may only be 4 characters long' },
    ],
    // Perl's length counts characters: the emoji is one.
    [
      'a value too short',
      disk,
      'size=1G,name=😀',
      { name: 'value must be at least 2 characters long' },
    ],
    [
      'a key its requirement misses',
      disk,
      'backup=1',
      {
        size: "property is missing and it is not optional\\nmissing property - 'backup' requires this property",
      },
    ],
  ])('%s', (_, format, text, errors) => {
    const error = refusal(format, text);
    expect(error.errors).toEqual(errors);
    for (const key of Object.keys(errors)) expect(error.message).toContain(`${key}: `);
  });

  it('refuses an unknown key named __proto__ like any other', () => {
    const error = refusal(net, 'virtio,__proto__=x');
    expect(Object.keys(error.errors)).toEqual(['__proto__']);
  });

  it('refuses a named format defined outside pve-common, naming it', () => {
    const error = refusal(disk, 'size=1G,file=local:100/vm-100-disk-0.raw');
    expect(error.errors.file).toMatch(/format 'pve-volume-id' is not defined in pve-common/);
  });

  it('checks such a format with a check the caller passes', () => {
    const formats = {
      'pve-volume-id': (v: string) => (v.includes(':') ? undefined : 'no storage'),
    };
    expect(parsePropertyString(disk, 'size=1G,file=local:1', { formats })).toEqual({
      size: '1G',
      file: 'local:1',
    });
    expect(refusal(disk, 'size=1G,file=x', { formats }).errors).toEqual({
      file: 'invalid format - no storage',
    });
  });

  it('refuses a value of a key whose pattern has no ECMAScript translation', () => {
    expect(refusal(disk, 'size=1G,serial=x').errors.serial).toMatch(/no ECMAScript translation/);
  });
});
