// Packs a product package and core with `pnpm pack`, as `pnpm publish` would
// (workspace:* becomes the version), and installs both tarballs into an empty
// project outside the workspace, with npm and nothing else of the workspace.
// Only openapi-fetch and core's own dependencies come from the registry.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const repoRoot = resolve(import.meta.dirname, '../../..');

/** The npm registry's copies of these, from the workspace's lockfile versions. */
export const CLIENT_DEPENDENCIES = { 'openapi-fetch': '0.17.0' };

export async function packPackage(packageDir, destination) {
  const before = new Set(await readdir(destination));
  await run('pnpm', ['pack', '--pack-destination', destination], {
    cwd: packageDir,
    maxBuffer: 16 * 1024 * 1024,
  });
  const created = (await readdir(destination)).filter((name) => !before.has(name));
  const tarball = created.find((name) => name.endsWith('.tgz'));
  if (!tarball) throw new Error(`pnpm pack wrote no tarball for ${packageDir}`);
  return join(destination, tarball);
}

/**
 * Returns the project folder, the tarballs and `cleanup`. `product` is `pve`
 * or `pbs`.
 */
export async function installPacked(product) {
  const root = await mkdtemp(join(tmpdir(), `proxmox-openapi-${product}-`));
  const tarballs = join(root, 'tarballs');
  await mkdir(tarballs);
  const core = await packPackage(join(repoRoot, 'packages/core'), tarballs);
  const productTarball = await packPackage(join(repoRoot, 'packages', product), tarballs);

  const project = join(root, 'project');
  await mkdir(project);
  const manifest = {
    name: 'installed-check',
    private: true,
    type: 'module',
    dependencies: {
      '@proxmox-openapi/core': `file:${core}`,
      [`@proxmox-openapi/${product}`]: `file:${productTarball}`,
      ...CLIENT_DEPENDENCIES,
    },
  };
  await writeFile(join(project, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  await run(
    'npm',
    ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', '--no-save'],
    { cwd: project, env: { ...process.env, npm_config_update_notifier: 'false' } },
  );
  return {
    root,
    project,
    tarballs: { core, product: productTarball },
    cleanup: () => rm(root, { recursive: true, force: true }),
  };
}

/** Runs an ES module's source with Node in `cwd`; returns its stdout. */
export async function runModule(cwd, source) {
  const { stdout } = await run(process.execPath, ['--input-type=module', '-e', source], { cwd });
  return stdout;
}

/**
 * Compiles `files` (name -> source) in `cwd` with the workspace's tsc in
 * strict mode, resolving modules as Node does and checking every declaration
 * file too (no skipLibCheck). Throws with tsc's output when the compile fails.
 */
export async function compileStrict(cwd, files) {
  for (const [name, source] of Object.entries(files)) await writeFile(join(cwd, name), source);
  const tsconfig = {
    compilerOptions: {
      strict: true,
      noEmit: true,
      module: 'nodenext',
      moduleResolution: 'nodenext',
      target: 'es2022',
      lib: ['es2023', 'dom'],
      types: [],
      skipLibCheck: false,
    },
    files: Object.keys(files),
  };
  await writeFile(join(cwd, 'tsconfig.json'), JSON.stringify(tsconfig, null, 2));
  const tsc = join(repoRoot, 'node_modules/typescript/bin/tsc');
  try {
    await run(process.execPath, [tsc, '-p', 'tsconfig.json'], { cwd, maxBuffer: 16 << 20 });
  } catch (error) {
    throw new Error(`tsc --strict failed:\n${error.stdout}${error.stderr}`);
  }
}
