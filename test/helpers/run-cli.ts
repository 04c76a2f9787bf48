import { main } from '../../generator/cli.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** A stand-in for process.stdout/stderr that keeps what is written (never a terminal). */
function collector<Stream>(): { stream: Stream; text: () => string } {
  let text = '';
  const stream = { isTTY: false, write: (chunk: string) => ((text += chunk), true) } as unknown as Stream;
  return { stream, text: () => text };
}

/**
 * Runs `lzm-dashboard` in this process, in `cwd` (paths in its messages stay as the user typed
 * them). A spawn per case adds only Node's start-up time; the built bin is spawned by the tests
 * that check the bin itself (release.test.ts, generator.test.ts). Calls must not overlap: the
 * working directory is the process's.
 */
export async function runCli(args: string[], cwd = process.cwd()): Promise<CliRun> {
  const out = collector<typeof process.stdout>();
  const err = collector<typeof process.stderr>();
  const before = process.cwd();
  process.chdir(cwd);
  try {
    const code = await main(args, out.stream, err.stream);
    return { code, stdout: out.text(), stderr: err.text() };
  } finally {
    process.chdir(before);
  }
}
