// Copies each product's apidoc into its package as .apidoc/apidoc.js before
// turbo starts, so that the `generate` task's hash covers the apidoc's
// content: turbo hashes a task's inputs when the run starts, so a file that an
// earlier task of the same run wrote would be hashed too late.
//
// A product package names its apidoc in package.json under "proxmox-openapi";
// PROXMOX_OPENAPI_<ID>_APIDOC (a path or http(s) URL) overrides it.
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const packagesDir = new URL('../../packages/', import.meta.url);

async function fetchBytes(url) {
  const response = await fetch(url, { signal: AbortSignal.timeout(60_000) });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status} ${response.statusText}`);
  return Buffer.from(await response.arrayBuffer());
}

async function readBytes(path) {
  try {
    return await readFile(path);
  } catch (error) {
    throw new Error(`${path}: cannot read the apidoc (${error.code ?? error.message})`);
  }
}

/**
 * The newest snapshot beside the repository (../shared/apidoc/<product>/*.js),
 * which tests read anyway; undefined where there is none.
 */
async function newestSnapshot(product) {
  const dir = new URL(`../../../shared/apidoc/${product}/`, import.meta.url);
  const names = await readdir(dir).catch(() => []);
  const newest = names
    .filter((name) => name.endsWith('.js'))
    .sort()
    .at(-1);
  return newest && new URL(newest, dir).pathname;
}

/**
 * Stages every product's apidoc. `forTests`: without the variable, take the
 * newest local snapshot before the official URL, so that `pnpm test` needs no
 * network where the snapshots are.
 */
export async function stageApidocs({ forTests = false } = {}) {
  const staged = [];
  for (const entry of await readdir(packagesDir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const dir = new URL(`${entry.name}/`, packagesDir);
    const manifest = JSON.parse(await readFile(new URL('package.json', dir), 'utf8'));
    const config = manifest['proxmox-openapi'];
    if (!config?.product) continue;
    const variable = `PROXMOX_OPENAPI_${config.product.toUpperCase()}_APIDOC`;
    const snapshot = forTests ? await newestSnapshot(config.product) : undefined;
    const input = process.env[variable] || snapshot || config.apidocUrl;
    const bytes = /^https?:\/\//i.test(input) ? await fetchBytes(input) : await readBytes(input);
    if (bytes.length === 0) throw new Error(`${input}: the apidoc is empty`);
    const target = join(dir.pathname, '.apidoc', 'apidoc.js');
    const current = await readFile(target).catch(() => undefined);
    if (!current?.equals(bytes)) {
      await mkdir(join(dir.pathname, '.apidoc'), { recursive: true });
      await writeFile(`${target}.tmp`, bytes);
      await rename(`${target}.tmp`, target);
    }
    staged.push(`${config.product} <- ${input}`);
  }
  return staged;
}
