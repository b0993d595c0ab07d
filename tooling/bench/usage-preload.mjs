// Loaded with `node --import` into a measured process when /usr/bin/time is
// missing: at exit it writes the process's CPU time and peak RSS, worker
// threads included, to the file named by BENCH_USAGE_FILE.
import { writeFileSync } from 'node:fs';

const file = process.env.BENCH_USAGE_FILE;
if (file) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    const result = {
      userMs: usage.userCPUTime / 1000,
      systemMs: usage.systemCPUTime / 1000,
      maxRssKiB: usage.maxRSS,
    };
    writeFileSync(file, JSON.stringify(result));
  });
}
