import { PropertyStringError } from '@proxmox-openapi/core';
import { describe, expect, it } from 'vitest';
import { maintenanceMode, propertyStrings, tuning } from '../dist/property-strings.js';

describe('typed property-string helpers of PBS', () => {
  it.each([
    [
      'chunk-order=none,sync-level=file,gc-atime-safety-check=1',
      { 'chunk-order': 'none', 'sync-level': 'file', 'gc-atime-safety-check': true },
    ],
    ['gc-cache-capacity=1024', { 'gc-cache-capacity': 1024 }],
    ['', {}],
  ])('tuning %j parses to %j and formats back', (text, want) => {
    const value = tuning.parse(text);
    expect(value).toEqual(want);
    expect(tuning.parse(tuning.format(value))).toEqual(value);
  });

  it.each([
    ['chunk-order=sideways', ['chunk-order']],
    ['bogus=1', ['bogus']],
    ['gc-atime-safety-check=maybe,sync-level=x', ['gc-atime-safety-check', 'sync-level']],
  ])('tuning %j is refused, naming %j', (text, keys) => {
    let error: unknown;
    try {
      tuning.parse(text);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(PropertyStringError);
    expect(Object.keys((error as PropertyStringError).errors).sort()).toEqual(keys);
  });

  it('are the helpers of the endpoints that take the parameter', () => {
    expect(propertyStrings['POST /config/datastore'].tuning).toBe(tuning);
    expect(propertyStrings['PUT /config/datastore/{name}'].tuning).toBe(tuning);
    expect(propertyStrings['GET /config/datastore']['maintenance-mode']).toBe(maintenanceMode);
    expect(tuning.parameter).toBe('tuning');
  });
});
