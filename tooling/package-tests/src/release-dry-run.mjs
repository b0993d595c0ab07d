#!/usr/bin/env node
// `pnpm release:dry-run`: what a release would do, offline, changing nothing.
import { changesetVersionDryRun, publishDryRun } from './release.mjs';

const { before, after, left } = await changesetVersionDryRun();
for (const [name, version] of Object.entries(before)) {
  console.log(`${name}: ${version} -> ${after[name]}`);
}
if (left.length > 0) console.log(`changesets not consumed: ${left.join(', ')}`);
for (const line of await publishDryRun()) console.log(`would publish ${line}`);
