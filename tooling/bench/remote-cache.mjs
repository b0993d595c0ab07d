// Proves that Turborepo's remote cache works with a self-hosted server:
// starts `turborepo-remote-cache` on 127.0.0.1 with a local folder as storage,
// clones the repository (its committed HEAD) twice, runs `pnpm turbo generate`
// in the first clone, which builds, generates and uploads, then in the second,
// which must get every task from the server (turbo's FULL TURBO) and so the
// same documents without generating them.
//
//   pnpm bench:remote-cache            (node tooling/bench/remote-cache.mjs)
//
// Installing the clones needs the packages in pnpm's store (`pnpm install`
// in this checkout puts them there); no other network is used.
import { spawn, spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const root = new URL('../../', import.meta.url).pathname;
const shared = resolve(root, '../shared/apidoc');
const work = mkdtempSync(join(tmpdir(), 'proxmox-openapi-remote-cache-'));
const log = (message) => console.error(`remote-cache: ${message}`);

function freePort() {
  return new Promise((done, fail) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
    server.on('error', fail);
  });
}

function newest(product) {
  const dir = join(shared, product);
  return join(
    dir,
    readdirSync(dir)
      .filter((f) => f.endsWith('.js'))
      .sort()
      .pop(),
  );
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 << 20, ...options });
  if (result.status !== 0) {
    throw new Error(
      `${command} ${args.join(' ')} failed (${result.status}):\n${result.stdout}${result.stderr}`,
    );
  }
  return result.stdout + result.stderr;
}

async function startServer(port, token) {
  const require = createRequire(import.meta.url);
  const bin = join(dirname(require.resolve('turborepo-remote-cache/package.json')), 'dist/cli.js');
  const server = spawn(process.execPath, [bin], {
    env: {
      ...process.env,
      HOST: '127.0.0.1',
      PORT: String(port),
      TURBO_TOKEN: token,
      STORAGE_PROVIDER: 'local',
      STORAGE_PATH: join(work, 'store'),
      STORAGE_PATH_USE_TMP_FOLDER: 'false',
      LOG_LEVEL: 'warn',
      ENABLE_STATUS_LOG: 'false',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      const response = await fetch(`${url}/v8/artifacts/status`, {
        headers: { authorization: `Bearer ${token}` },
      });
      if (response.ok) return { server, url };
    } catch {
      // Not listening yet.
    }
    await new Promise((done) => setTimeout(done, 100));
  }
  server.kill();
  throw new Error(`the cache server did not answer on ${url}`);
}

/** Runs `pnpm turbo generate` in a clone; returns turbo's run summary. */
function generateIn(clone, env) {
  const output = run('pnpm', ['turbo', 'generate', '--summarize'], { cwd: clone, env });
  const runs = join(clone, '.turbo/runs');
  const summary = JSON.parse(readFileSync(join(runs, readdirSync(runs).sort().pop()), 'utf8'));
  return { output, tasks: summary.tasks };
}

function digests(clone) {
  return ['pve', 'pbs'].flatMap((id) =>
    ['json', 'yaml'].map((format) => {
      const file = join(clone, `packages/${id}/dist/${id}.openapi.${format}`);
      return `${id}.${format} ${createHash('sha256').update(readFileSync(file)).digest('hex')}`;
    }),
  );
}

const token = randomBytes(16).toString('hex');
const { server, url } = await startServer(await freePort(), token);
try {
  log(`cache server on ${url}, storage in ${join(work, 'store')}`);
  const env = {
    ...process.env,
    TURBO_API: url,
    TURBO_TOKEN: token,
    TURBO_TEAM: 'proxmox-openapi',
    TURBO_TELEMETRY_DISABLED: '1',
    DO_NOT_TRACK: '1',
    PROXMOX_OPENAPI_PVE_APIDOC: newest('pve'),
    PROXMOX_OPENAPI_PBS_APIDOC: newest('pbs'),
  };
  const clones = ['first', 'second'].map((name) => join(work, name));
  for (const clone of clones) {
    log(`cloning and installing ${clone}`);
    run('git', ['clone', '--quiet', root, clone]);
    run('pnpm', ['install', '--frozen-lockfile', '--offline', '--silent'], { cwd: clone, env });
  }

  log('first clone: turbo generate (builds, generates, uploads)');
  const first = generateIn(clones[0], env);
  const misses = first.tasks.filter((t) => t.cache.status !== 'HIT').length;
  log(`first clone: ${misses} of ${first.tasks.length} tasks ran`);

  log('second clone: turbo generate (must come from the server)');
  const second = generateIn(clones[1], env);
  const notRemote = second.tasks.filter(
    (t) => t.cache.status !== 'HIT' || t.cache.source !== 'REMOTE',
  );
  if (notRemote.length > 0 || !second.output.includes('FULL TURBO')) {
    throw new Error(
      `second clone ran ${notRemote.map((t) => t.taskId).join(', ')} instead of a remote hit:\n${second.output}`,
    );
  }
  const [a, b] = clones.map(digests);
  if (a.join() !== b.join())
    throw new Error(`documents differ:\n${a.join('\n')}\n--\n${b.join('\n')}`);
  log(`second clone: all ${second.tasks.length} tasks were remote cache hits (FULL TURBO)`);
  log(`identical documents:\n  ${b.join('\n  ')}`);
} finally {
  server.kill();
  rmSync(work, { recursive: true, force: true });
}
