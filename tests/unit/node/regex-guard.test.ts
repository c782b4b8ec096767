// Every regular expression the product ships runs in linear time on any input:
// each literal in src/ (and each `new RegExp` of a literal) goes through
// recheck, a ReDoS checker that finds exponential and polynomial backtracking,
// including the quadratic cost of an unanchored pattern tried from every
// position. A pattern recheck cannot decide fails too. A few patterns are
// super-linear only on input longer than a named bound that their caller
// enforces; each is listed in BOUNDED with that bound. Patterns built at run
// time (`new RegExp` of a template) are listed in BUILT, so a new one is added
// knowingly; `npm run bench` runs them on hostile text.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { checkSync } from 'recheck';
import { describe, expect, it } from 'vitest';

interface Found { where: string; file: string; name: string; source: string; flags: string; built: boolean }

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** Regex literals and `new RegExp('…', '…')` calls with literal arguments. */
export function regexesIn(path: string): Found[] {
  const text = readFileSync(path, 'utf8');
  const file = ts.createSourceFile(path, text, ts.ScriptTarget.ES2022, true);
  const out: Found[] = [];
  /** The name a pattern is bound to (`const OUTLET = /…/`), or '' inside an expression. */
  const nameOf = (node: ts.Node): string => (ts.isVariableDeclaration(node.parent) ? node.parent.name.getText() : '');
  const visit = (node: ts.Node): void => {
    const where = `${path}:${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
    if (ts.isRegularExpressionLiteral(node)) {
      const literal = node.text;
      const end = literal.lastIndexOf('/');
      out.push({ where, file: path, name: nameOf(node), source: literal.slice(1, end), flags: literal.slice(end + 1), built: false });
    } else if (ts.isNewExpression(node) && node.expression.getText() === 'RegExp') {
      const [pattern, flags] = node.arguments ?? [];
      const literal = pattern !== undefined && ts.isStringLiteralLike(pattern);
      out.push({ where, file: path, name: nameOf(node) || node.getText().slice(0, 40), source: literal ? pattern.text : '', built: !literal,
        flags: flags !== undefined && ts.isStringLiteralLike(flags) ? flags.text : '' });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return out;
}

/** Patterns checked as super-linear whose input their caller bounds, by file and source, with the bound. */
const BOUNDED: Record<string, string> = {
  'src/engine/extract/metadata.ts /\\s+[|–—-]\\s+[^|–—-]{2,60}$/': 'a site name of at most 60 characters after a separator: at most 60 steps from each run of spaces',
  'src/engine/extract/metadata.ts /\\s*(?:\\|\\s*)?[\\w.+-]+@[\\w-]+\\.[\\w.]+/g': 'a byline, cut at METADATA.bylineMaxChars',
  'src/engine/extract/metadata.ts /\\s*\\|\\s*sponsored\\b[\\s\\S]*$/i': 'a byline, cut at METADATA.bylineMaxChars',
  'src/engine/extract/metadata.ts /\\s*\\b(?:last\\s+)?(?:published|updated|posted):?\\s*$/i': 'a byline, cut at METADATA.bylineMaxChars',
  'src/engine/extract/metadata.ts /\\s+[A-Z]{2,5}(?:,\\s*[A-Z]{2,5})+$/': 'a byline, cut at METADATA.bylineMaxChars',
  'src/engine/extract/metadata.ts OUTLET': 'a byline, cut at METADATA.bylineMaxChars',
  'src/engine/extract/metadata.ts PUBLISHED_AFTER': 'a byline, cut at METADATA.bylineMaxChars',
  'src/engine/extract/metadata.ts /(?<=\\S\\s+\\S+)\\s+(?:[\\p{Lu}&]{2,}\\s+)+[\\p{Lu}&]{2,}$/u': 'a byline, cut at METADATA.bylineMaxChars',
  'src/engine/extract/metadata.ts /\\s*[|,•·]\\s*(updated|published|posted)?\\s*[\\p{L}]*\\s*\\d{1,2}.*$/iu': 'a byline, cut at METADATA.bylineMaxChars',
  'src/engine/extract/pronouns.ts BY_AGENT': 'the PEOPLE.agentWindowChars (40) characters before a mention',
  'src/engine/extract/summary.ts DATELINE': 'the first SUMMARY.datelineMaxChars characters of a lead',
  'src/engine/rules/app-promo.ts /\\b(download|get|try|tried|install)\\b.{0,50}\\b(apps?|digital edition|e-?edition)\\b/i': 'a gap of at most 50 characters: at most 50 steps from each verb',
};

/**
 * Patterns built at run time from word lists and other patterns, by file and the name they are bound to. recheck
 * cannot decide most of these within seconds (their alternations run to thousands of characters), so they are not
 * checked here: `npm run bench` runs the extractors that use them on hostile text and reports growth with size.
 * The list is an inventory: a new one fails this test until it is added, knowingly.
 */
const BUILT = [
  'src/engine/extract/attribution.ts ACCORDING_TO',
  'src/engine/extract/attribution.ts AFTER',
  'src/engine/extract/attribution.ts AFTER_FULL_STOP',
  'src/engine/extract/attribution.ts BEFORE',
  'src/engine/extract/attribution.ts COLON_LEAD',
  'src/engine/extract/attribution.ts DASH_AFTER',
  'src/engine/extract/attribution.ts FULL_NAME',
  'src/engine/extract/attribution.ts IN_SENTENCE',
  'src/engine/extract/attribution.ts NAME_PARTICIPLE',
  'src/engine/extract/attribution.ts NOT_A_PERSON_AFTER',
  'src/engine/extract/attribution.ts PANEL_LEAD',
  'src/engine/extract/attribution.ts POSSESSIVE_LEAD',
  'src/engine/extract/attribution.ts PREVIOUS_SENTENCE',
  'src/engine/extract/attribution.ts SAYING_LEAD',
  'src/engine/extract/dates.ts DATE_PATTERNS[0]',
  'src/engine/extract/dates.ts DATE_PATTERNS[1]',
  'src/engine/extract/metadata.ts NAME_LINE',
  'src/engine/extract/metadata.ts NEWSROOM_ROLE',
  'src/engine/extract/metadata.ts WEEKDAY_AFTER',
  'src/engine/extract/name-role.ts LISTED',
  'src/engine/extract/metadata.ts ONLY_DATE',
  'src/engine/extract/metadata.ts TRAILING_DATE',
  'src/engine/extract/metadata.ts BYLINE_SHAPES[0]',
  'src/engine/extract/metadata.ts BYLINE_SHAPES[1]',
  'src/engine/extract/people.ts APPOSITION',
  'src/engine/extract/people.ts FEMALE_ROLE',
  'src/engine/extract/people.ts HONORIFIC_PREFIX',
  'src/engine/extract/people.ts INTERVIEW_WITH',
  'src/engine/extract/people.ts LEADING_TITLE',
  'src/engine/extract/people.ts MALE_ROLE',
  'src/engine/extract/people.ts NAME_OF_ORG',
  'src/engine/extract/people.ts OPENING_SUBJECT',
  'src/engine/extract/people.ts PERSONAL_SURNAME',
  'src/engine/extract/people.ts PLAIN_NAME',
  'src/engine/extract/people.ts ROLE_COMMA_NAME',
  'src/engine/extract/people.ts ROYAL',
  'src/engine/extract/people.ts SPEAKING',
  'src/engine/extract/people.ts WITH_OCCUPATION',
  'src/engine/extract/people.ts WITH_ROLE',
  'src/engine/extract/pronouns.ts SENTENCE_END',
  'src/engine/extract/sentences.ts ABBREVIATION',
  'src/engine/extract/speakers.ts OF_PLACE_END',
  'src/engine/pipeline/page-header.ts BYLINE',
  'src/engine/rules/agency-credit.ts AGENCY_LINE',
  'src/engine/rules/landmarks.ts tokenPattern',
  'src/engine/text/dates.ts dateOnlyLine',
];
// The reader's own :has-text() patterns are not built as RegExp at all: they run in RE2 (src/settings/linear-pattern.ts,
// tests/unit/node/user-patterns.test.ts).

const FOUND = files('src').flatMap(regexesIn);

const key = (f: Found): string => `${f.file} ${f.name !== '' && BOUNDED[`${f.file} ${f.name}`] !== undefined ? f.name : `/${f.source}/${f.flags}`}`;

describe('every pattern in src/ runs in linear time', () => {
  it('finds the patterns to check', () => {
    expect(FOUND.filter((f) => !f.built).length).toBeGreaterThan(100);
  });

  it('knows every pattern built at run time', () => {
    expect(FOUND.filter((f) => f.built).length).toBe(BUILT.length);
  });

  it('lists no bound for a pattern that is gone', () => {
    const keys = new Set(FOUND.map(key));
    expect(Object.keys(BOUNDED).filter((k) => !keys.has(k))).toEqual([]);
  });

  it.each(FOUND.filter((f) => !f.built).map((f) => [f.where, f] as const))('%s', (_where, found) => {
    const result = checkSync(found.source, found.flags.replace(/[gy]/g, ''), { timeout: 30_000, randomSeed: 0 });
    const bound = BOUNDED[key(found)];
    if (bound !== undefined && result.status === 'vulnerable') return; // super-linear only past the bound its caller holds
    expect(result.status === 'vulnerable' ? `/${found.source}/: ${result.complexity.type}, attack ${result.attack.pattern.slice(0, 60)}` : result.status).toBe('safe');
  });
});
