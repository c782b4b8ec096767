// The `declutter` command: runs the CLI on the process's arguments and streams.
import { runCli } from './main.ts';

process.exitCode = runCli(process.argv.slice(2), (s) => process.stdout.write(s + '\n'), (s) => process.stderr.write(s + '\n'));
