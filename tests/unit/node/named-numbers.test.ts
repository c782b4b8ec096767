// Every number the engine or the content script decides by is named and
// grouped by concept (src/engine/thresholds.ts, src/engine/extract/thresholds.ts,
// or a named constant at the top of its file): no bare numbers in the code.
// 0 and 1 (counts, indexes, "none", "one") are no threshold.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOTS = ['src/engine', 'src/content'];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** The code's bare numbers: comments, strings and regex literals left out, and a constant's own definition
 * (`const NAME = 40;`, or a property of a constant's object: `  maxWords: 40,`). Halving and doubling a named
 * quantity (`SEGMENT_CHARS / 2`) are arithmetic, not thresholds. */
export function bareNumbers(source: string): string[] {
  const code = source
    .replace(/(?<![\\:'"])\/\/.*$/gm, '').replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\/(?:\\.|\[[^\]]*\]|[^/\\\n*])(?:\\.|\[[^\]]*\]|[^/\\\n])*\/[a-z]*/g, '/re/')
    .replace(/`(?:\\.|[^`\\])*`/g, (template) => (template.match(/\$\{[^}]*\}/g) ?? []).join(' ')) // a template's code, not its text
    .replace(/'(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*"/g, "''")
    .replace(/^(?:export )?const [A-Z][A-Z0-9_]* = -?[\d.]+(?: \* [\d.]+)*;$/gm, '')
    .replace(/^\s+[a-z][A-Za-z0-9]*: -?[\d.]+(?: \* [\d.]+)*,?$/gm, '')
    .replace(/ [/*] 2\b/g, '');
  return code.match(/(?<![\w.])\d+(\.\d+)?(?![\w])/g)?.filter((n) => n !== '0' && n !== '1') ?? [];
}

describe('named numbers', () => {
  it('finds a bare number, and passes a named one, a comment, a string and a pattern', () => {
    expect(bareNumbers('if (words > 40 && links <= 2) hide(); // 12 here is a comment')).toEqual(['40', '2']);
    expect(bareNumbers("const MAX_WORDS = 40;\nexport const T = {\n  maxWords: 40,\n};\nconst P = /\\d{1,3}/;\nconst s = 'page 7';\nconst url = /a\\/b\\//;")).toEqual([]);
    expect(bareNumbers('const half = SEGMENT_CHARS / 2; const n = count + 3;')).toEqual(['3']);
    expect(bareNumbers('const e = `class "${tokens.slice(0, 6).join(\' \')}" 12`;')).toEqual(['6']);
  });

  it.each(ROOTS.flatMap(files).map((f) => [f]))('%s writes no bare numbers', (file) => {
    expect(bareNumbers(readFileSync(file, 'utf8'))).toEqual([]);
  });
});
