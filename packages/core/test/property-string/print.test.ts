import { describe, expect, it } from 'vitest';
import { PropertyStringError } from '../../src/property-string/error.js';
import type { PropertyFormat, PropertyValue } from '../../src/property-string/format.js';
import { parsePropertyString } from '../../src/property-string/parse.js';
import { formatPropertyString } from '../../src/property-string/print.js';
import { agent, disk, net } from './formats.js';

const MAC = 'BC:24:11:00:00:01';
const volumes = { formats: { 'pve-volume-id': () => undefined } };

type Data = Record<string, PropertyValue | null | undefined>;

// given -> want, from PVE::JSONSchema::print_property_string.
describe('formatPropertyString writes', () => {
  it.each<[string, PropertyFormat, Data, string]>([
    ['the default key bare', net, { model: 'virtio' }, 'virtio'],
    [
      'a keyAlias pair in place of the default key',
      net,
      { model: 'virtio', macaddr: MAC },
      `virtio=${MAC}`,
    ],
    [
      'the other keys in code-point order',
      net,
      { tag: 5, bridge: 'vmbr0', model: 'e1000', firewall: true },
      'e1000,bridge=vmbr0,firewall=1,tag=5',
    ],
    ['false as 0', agent, { enabled: false, type: 'isa' }, '0,type=isa'],
    ['numbers as Perl prints them', net, { model: 'virtio', rate: 0.1 + 0.2 }, 'virtio,rate=0.3'],
    ['keys that are not optional first', disk, { name: 'ab', size: '1G' }, 'size=1G,name=ab'],
    ['sizes in their largest unit', disk, { size: '1.5G' }, 'size=1536M'],
    ['sizes given in bytes', disk, { size: 1073741824 }, 'size=1G'],
    [
      'an alias under its own name',
      disk,
      { size: '1G', volume: 'local:1' },
      'size=1G,volume=local:1',
    ],
    [
      'nothing for undefined and null',
      net,
      { model: 'virtio', tag: undefined, rate: null },
      'virtio',
    ],
  ])('%s', (_, format, data, want) => {
    expect(formatPropertyString(format, data, volumes)).toBe(want);
  });
});

describe('formatPropertyString refuses', () => {
  function refusal(format: PropertyFormat, data: Data): PropertyStringError {
    try {
      formatPropertyString(format, data, volumes);
    } catch (error) {
      if (error instanceof PropertyStringError) return error;
      throw error;
    }
    throw new Error('accepted');
  }

  it('a value with a comma, which no parser could read back', () => {
    const error = refusal(disk, { size: '1G', name: 'a,b' });
    expect(error.message).toBe('illegal value with commas for name');
  });

  it('a key the format does not know', () => {
    expect(refusal(net, { model: 'virtio', speed: 1 }).message).toBe("invalid key 'speed'");
  });

  it('values that do not check, per key', () => {
    expect(refusal(net, { tag: 5000 }).errors).toEqual({
      model: 'property is missing and it is not optional',
      tag: 'value must have a maximum value of 4094',
    });
  });
});

describe('formatPropertyString and parsePropertyString', () => {
  it.each<[PropertyFormat, Data]>([
    [
      net,
      { model: 'virtio', macaddr: MAC, bridge: 'vmbr0', firewall: false, tag: 4094, rate: 0.5 },
    ],
    [agent, { enabled: true, type: 'virtio' }],
    [disk, { size: '32G', file: 'local:1', name: 'ab' }],
  ])('read back what they write: %#', (format, data) => {
    const text = formatPropertyString(format, data, volumes);
    expect(parsePropertyString(format, text, volumes)).toEqual(data);
  });
});
