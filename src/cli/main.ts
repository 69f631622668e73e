import { runCli } from './run.ts';

const io = {
  stdout: (text: string) => process.stdout.write(text),
  stderr: (text: string) => process.stderr.write(text),
};

process.exitCode = await runCli(process.argv.slice(2), io);
