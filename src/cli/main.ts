// `declutter [--json] [--mode html|text] FILE...` — the engine from a terminal.
// Plain output is the article text; --json prints one object per file.
import { readFileSync } from 'node:fs';
import { analyse, detectMode, type Mode } from './analyse.ts';
import { toJson } from './json.ts';

const USAGE = 'usage: declutter [--json] [--mode html|text] FILE...   (FILE "-" reads standard input)';

interface Options { json: boolean; mode: Mode | null; files: string[] }

export function parseArgs(args: readonly string[]): Options | string {
  const options: Options = { json: false, mode: null, files: [] };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--json') options.json = true;
    else if (arg === '--mode' || arg.startsWith('--mode=')) {
      const value = arg === '--mode' ? args[++i] : arg.slice('--mode='.length);
      if (value !== 'html' && value !== 'text') return `--mode must be html or text, got ${value ?? 'nothing'}`;
      options.mode = value;
    } else if (arg === '-h' || arg === '--help') return USAGE;
    else if (arg.startsWith('--')) return `unknown option ${arg}`;
    else options.files.push(arg);
  }
  return options.files.length === 0 ? USAGE : options;
}

function read(file: string): string {
  const content = readFileSync(file === '-' ? 0 : file, 'utf8');
  if (content.trim() === '') throw new Error('the file is empty');
  return content;
}

export function runCli(args: readonly string[], out: (s: string) => void, err: (s: string) => void): number {
  const options = parseArgs(args);
  if (typeof options === 'string') { err(options); return 2; }
  let failures = 0;
  for (const file of options.files) {
    try {
      const content = read(file);
      const analysis = analyse(content, options.mode ?? detectMode(file, content));
      out(options.json ? JSON.stringify(toJson(file, analysis)) : analysis.result.article);
      for (const warning of analysis.result.warnings) err(`declutter: ${file}: ${warning}`);
    } catch (error) {
      const reason = error instanceof Error ? error.message.replace(/^E[A-Z]+: /, '') : String(error);
      err(`declutter: ${file}: cannot read: ${reason}`);
      failures += 1;
    }
  }
  return failures === 0 ? 0 : 1;
}
