import { runCli } from './cli.js';

// A reader that stops early (`procfile-lint --format json | head`) closes the pipe: the rest of the output has nowhere
// to go, which is no error of the lint. The exit status stays the one runCli returns, without a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') process.exitCode = 2;
    stream.destroy();
  });
}

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stdin: () => process.stdin,
  cwd: process.cwd(),
});
