// Preloaded with `node --import` into a benchmarked child process: on exit, writes the process's
// peak resident set size (process.resourceUsage().maxRSS, in KiB) and its CPU time (user + system,
// in µs) to the file named by LZM_BENCH_RSS. Works for any script, including the generator CLI,
// without changing it.
import { writeFileSync } from 'node:fs';

const target = process.env.LZM_BENCH_RSS;
if (target) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    writeFileSync(target, `${usage.maxRSS} ${usage.userCPUTime + usage.systemCPUTime}`);
  });
}
