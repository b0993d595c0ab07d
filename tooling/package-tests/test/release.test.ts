import { expect, it } from 'vitest';
import { changesetVersionDryRun } from '../src/release.mjs';

it('changeset version applies every changeset offline, on a copy of the workspace', async () => {
  const { before, after, left } = await changesetVersionDryRun();
  expect(Object.keys(before).sort()).toEqual([
    '@proxmox-openapi/core',
    '@proxmox-openapi/pbs',
    '@proxmox-openapi/pve',
    'proxmox-openapi',
  ]);
  expect(left).toEqual([]);
  for (const [name, version] of Object.entries(before)) {
    expect(after[name], name).not.toBe(version);
  }
}, 30_000);
