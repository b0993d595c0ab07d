// The release steps without publishing anything: `changeset version` on a
// copy of the workspace's manifests and changesets (the checkout is left as
// it is), and `pnpm publish -r --dry-run`, offline, on the workspace itself.
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
export const repoRoot = resolve(import.meta.dirname, '../../..');
const OFFLINE = { ...process.env, npm_config_offline: 'true', CI: 'true' };

async function workspaceManifests() {
  const found = [];
  for (const group of ['packages', 'apps', 'tooling']) {
    for (const entry of await readdir(join(repoRoot, group), { withFileTypes: true })) {
      const manifest = join(group, entry.name, 'package.json');
      if (entry.isDirectory() && (await readFile(join(repoRoot, manifest)).catch(() => null))) {
        found.push(manifest);
      }
    }
  }
  return found;
}

/**
 * Runs `changeset version` on a copy; returns the versions before and after,
 * by package name, and the changesets left over.
 */
export async function changesetVersionDryRun() {
  const root = await mkdtemp(join(tmpdir(), 'proxmox-openapi-release-'));
  try {
    const manifests = await workspaceManifests();
    for (const file of ['package.json', 'pnpm-workspace.yaml', '.changeset', ...manifests]) {
      await mkdir(dirname(join(root, file)), { recursive: true });
      await cp(join(repoRoot, file), join(root, file), { recursive: true });
    }
    const versions = async (base) => {
      const out = {};
      for (const manifest of manifests) {
        const {
          name,
          version,
          private: isPrivate,
        } = JSON.parse(await readFile(join(base, manifest), 'utf8'));
        if (!isPrivate) out[name] = version;
      }
      return out;
    };
    const before = await versions(root);
    const bin = join(repoRoot, 'node_modules/@changesets/cli/bin.js');
    await run(process.execPath, [bin, 'version'], { cwd: root, env: OFFLINE });
    const after = await versions(root);
    const left = (await readdir(join(root, '.changeset'))).filter((f) => f.endsWith('.md'));
    return { before, after, left: left.filter((f) => f !== 'README.md') };
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

/** `pnpm publish -r --dry-run`, offline; returns the `name@version` lines it would publish. */
export async function publishDryRun() {
  const { stdout } = await run('pnpm', ['publish', '-r', '--dry-run', '--no-git-checks'], {
    cwd: repoRoot,
    env: OFFLINE,
    maxBuffer: 64 << 20,
  });
  return [...stdout.matchAll(/^\+ (\S+)$/gm)].map((m) => m[1]);
}
