// Wall time, CPU time (user + system) and peak RSS of a fresh process, by
// /usr/bin/time where it exists, otherwise by usage-preload.mjs.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const TIME = '/usr/bin/time';
export const usageTool = existsSync(TIME) ? '/usr/bin/time' : 'process.resourceUsage';
const preload = pathToFileURL(new URL('../usage-preload.mjs', import.meta.url).pathname).href;

/** Runs `node <args>` once and measures it; rejects when it fails. */
export async function measureNode(args, options = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'bench-usage-'));
  const usageFile = join(dir, 'usage');
  let command = process.execPath;
  let argv = args;
  const env = { ...process.env, ...options.env };
  if (usageTool === TIME) {
    argv = ['-f', '%U %S %M', '-o', usageFile, command, ...args];
    command = TIME;
  } else {
    env.NODE_OPTIONS = `${env.NODE_OPTIONS ?? ''} --import=${preload}`.trim();
    env.BENCH_USAGE_FILE = usageFile;
  }
  const started = performance.now();
  const { status, stderr } = await run(command, argv, { env, cwd: options.cwd });
  const wallMs = performance.now() - started;
  try {
    if (status !== 0) {
      throw new Error(`node ${args.join(' ')} exited with ${status}: ${stderr.slice(-2000)}`);
    }
    return { wallMs, ...readUsage(usageFile) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function readUsage(file) {
  const text = readFileSync(file, 'utf8');
  if (usageTool === TIME) {
    // /usr/bin/time may print a "Command exited..." line first; the figures are last.
    const [user, system, maxRssKiB] = text.trim().split('\n').pop().split(' ').map(Number);
    return { cpuMs: (user + system) * 1000, rssMiB: maxRssKiB / 1024 };
  }
  const usage = JSON.parse(text);
  return { cpuMs: usage.userMs + usage.systemMs, rssMiB: usage.maxRssKiB / 1024 };
}

function run(command, args, options) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stderr }));
  });
}

/** Median of each figure over `runs` measurements, after `warmup` unmeasured ones. */
export async function medianOf(runs, warmup, measureOnce) {
  for (let i = 0; i < warmup; i++) await measureOnce();
  const samples = [];
  for (let i = 0; i < runs; i++) samples.push(await measureOnce());
  const figures = Object.keys(samples[0]);
  return Object.fromEntries(figures.map((f) => [f, median(samples.map((s) => s[f]))]));
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
