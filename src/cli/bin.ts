/** The `scrubjay` executable: the only file of the CLI that touches `process`. */
import { run } from './run.js';

// A closed pipe (`scrubjay scrub --ndjson big.ndjson | head`) is not an error: stop quietly. Any other
// output error is internal (3); there is nowhere left to report it.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    process.exit(error.code === 'EPIPE' ? Number(process.exitCode ?? 0) : 3);
  });
}

process.exitCode = await run(process.argv.slice(2), {
  stdin: process.stdin,
  stdinIsTTY: process.stdin.isTTY === true,
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
  env: process.env,
});
