#!/usr/bin/env node
// The installed command: the CLI built to JavaScript by `npm run build`.
import { existsSync } from 'node:fs';

const built = new URL('../dist/cli/declutter.js', import.meta.url);
if (existsSync(built)) await import(built.href);
else {
  process.stderr.write('declutter: the command line is not built yet: run "npm run build" in the package folder.\n');
  process.exitCode = 1;
}
