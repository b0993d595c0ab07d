import { readFileSync } from 'node:fs';
import { PropertyStringError } from '@proxmox-openapi/core';
import { describe, expect, it } from 'vitest';
import {
  lxcNet,
  type PropertyStringCodec,
  propertyStrings,
  qemuNet,
} from '../dist/property-strings.js';

/** One line of the fixtures, judged by PVE's `parse_property_string` (see their README). */
interface FixtureLine {
  endpoint: string;
  parameter: string;
  string: string;
  ok: boolean;
  parsed?: Record<string, string | number>;
  errors?: Record<string, string>;
  message?: string;
}

const FIXTURES = new URL('../../../../shared/fixtures/pve-property-strings.jsonl', import.meta.url);
const lines: FixtureLine[] = readFileSync(FIXTURES, 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line));

type AnyCodec = PropertyStringCodec<Record<string, unknown>>;
const byEndpoint = propertyStrings as unknown as Record<string, Record<string, AnyCodec>>;

/** Perl gives every value as a string; the key's declared type says what it is. */
function typed(codec: AnyCodec, parsed: Record<string, string | number>) {
  const keys = (codec.schema.properties ?? {}) as Record<string, { type?: string }>;
  return Object.fromEntries(
    Object.entries(parsed).map(([key, value]) => {
      const type = keys[key]?.type;
      if (type === 'boolean') return [key, String(value) === '1'];
      if (type === 'integer' || type === 'number') return [key, Number(value)];
      return [key, String(value)];
    }),
  );
}

describe('the typed helpers agree with PVE on every fixture line', () => {
  it.each(lines.map((line) => [`${line.endpoint} ${line.parameter}: ${line.string}`, line]))(
    '%s',
    (_, line) => {
      const codec = byEndpoint[line.endpoint]?.[line.parameter];
      expect(codec, `no helper for ${line.endpoint} ${line.parameter}`).toBeDefined();
      if (!codec) return;
      if (line.ok) {
        const value = codec.parse(line.string);
        expect(value).toEqual(typed(codec, line.parsed ?? {}));
        expect(codec.parse(codec.format(value))).toEqual(value);
        return;
      }
      let error: unknown;
      try {
        codec.parse(line.string);
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(PropertyStringError);
      if (line.errors) {
        expect(Object.keys((error as PropertyStringError).errors).sort()).toEqual(
          Object.keys(line.errors).sort(),
        );
      }
    },
  );
});

describe('named helpers', () => {
  it('parse the issue example into typed keys and format it back', () => {
    const value = qemuNet.parse('virtio=BC:24:11:00:00:01,bridge=vmbr0,firewall=1');
    expect(value).toEqual({
      model: 'virtio',
      macaddr: 'BC:24:11:00:00:01',
      bridge: 'vmbr0',
      firewall: true,
    });
    expect(qemuNet.format(value)).toBe('virtio=BC:24:11:00:00:01,bridge=vmbr0,firewall=1');
  });

  it('name the bad keys in their errors', () => {
    expect(() => qemuNet.parse('virtio,bridgeX=vmbr0,firewall=maybe')).toThrowError(
      /bridgeX: .*firewall: |firewall: .*bridgeX: /,
    );
  });

  it('are the helpers of the endpoints that take the parameter', () => {
    expect(propertyStrings['POST /nodes/{node}/qemu']['net[n]']).toBe(qemuNet);
    expect(propertyStrings['PUT /nodes/{node}/qemu/{vmid}/config']['net[n]']).toBe(qemuNet);
    expect(propertyStrings['POST /nodes/{node}/lxc']['net[n]']).toBe(lxcNet);
    expect(qemuNet.parameter).toBe('net[n]');
  });
});
