// `declutter [--json] [--mode html|text] FILE...` — the engine from a terminal.
// Plain output is the article text; --json prints one object per file.
import { analyse, type Mode } from '../adapters/analyse.ts';
import { RULE_TABLE } from '../engine/index.ts';
import { detectMode } from './mode.ts';
import { toJson } from './json.ts';
import { readInput, ReadError } from './read-input.ts';
import { createRequire } from 'node:module';

const USAGE = 'usage: declutter [--json] [--mode html|text] FILE...   (FILE "-" reads standard input)\n       declutter --rules';
const HELP = `${USAGE}

Prints each page's article text; with --json, one JSON object per file (headline, byline, published, summary,
speakers, article, hidden blocks with rule and evidence, warnings). The mode is guessed from the file (HTML or
saved text) unless --mode says it. Exit status: 0 when every file was read, 1 when one was not, 2 on bad usage.

  --json             one JSON object per line, per file
  --mode html|text   read every file as HTML or as saved text
  --rules            every rule as one JSON object per line (id, layer, kind, verdict, summary, fixtures)
  -h, --help         this help
  -v, --version      the version`;

interface Options { json: boolean; mode: Mode | null; files: string[] }

/** The package's version, read when asked (src/cli and the built dist/cli both sit two folders below package.json). */
const version = (): string => (createRequire(import.meta.url)('../../package.json') as { version: string }).version;

/** Asked for help or the version: printed to standard output, exit status 0. */
interface Info { info: string }

export function parseArgs(args: readonly string[]): Options | Info | string {
  const options: Options = { json: false, mode: null, files: [] };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--') { options.files.push(...args.slice(i + 1)); break; } // ends the options: '--json' after it is a file
    if (arg === '--json') options.json = true;
    else if (arg === '--mode' || arg.startsWith('--mode=')) {
      const value = arg === '--mode' ? args[++i] : arg.slice('--mode='.length);
      if (value !== 'html' && value !== 'text') return `--mode must be html or text, got ${value ?? 'nothing'}`;
      options.mode = value;
    } else if (arg === '-h' || arg === '--help') return { info: HELP };
    else if (arg === '--rules') return { info: RULE_TABLE.map((r) => JSON.stringify(r)).join('\n') };
    else if (arg === '-v' || arg === '--version') return { info: `declutter ${version()}` };
    else if (arg.startsWith('--')) return `unknown option ${arg}`;
    else options.files.push(arg);
  }
  return options.files.length === 0 ? USAGE : options;
}

/** Terminal control characters from the page (escape sequences could rewrite the reader's screen), kept: tab, newline. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
export const printable = (text: string): string => text.replace(CONTROL, '');

export function runCli(args: readonly string[], out: (s: string) => void, err: (s: string) => void): number {
  const options = parseArgs(args);
  if (typeof options === 'string') { err(options); return 2; }
  if ('info' in options) { out(options.info); return 0; }
  let failures = 0;
  for (const file of options.files) {
    try {
      const content = readInput(file);
      const analysis = analyse(content, options.mode ?? detectMode(file, content));
      out(options.json ? JSON.stringify(toJson(file, analysis)) : printable(analysis.result.article));
      for (const warning of analysis.result.warnings) err(`declutter: ${printable(file)}: ${warning}`);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      err(`declutter: ${printable(file)}: ${error instanceof ReadError ? 'cannot read' : 'cannot analyse'}: ${reason}`);
      failures += 1;
    }
  }
  return failures === 0 ? 0 : 1;
}
