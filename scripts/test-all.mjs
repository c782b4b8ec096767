// `npm test`: every check in order, each counted, ending with one line
// "N passed, N failed" totalled over all suites. Exits non-zero on any failure.
// A step that is a single check (typecheck, build, lint, quality gate) counts
// as one; vitest suites count their tests from the JSON report.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync, rmSync } from 'node:fs';

mkdirSync('reports', { recursive: true });
let passed = 0;
let failed = 0;

function run(label, command, args) {
  console.log(`\n=== ${label}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  return result.status === 0;
}

function check(label, command, args) {
  if (run(label, command, args)) passed += 1;
  else { failed += 1; console.log(`FAILED: ${label}`); }
}

function suite(label, config, report) {
  rmSync(report, { force: true });
  const args = ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`];
  if (config) args.push('-c', config);
  const ok = run(label, 'npx', args);
  if (!existsSync(report)) { failed += 1; console.log(`FAILED: ${label} wrote no report`); return; }
  const json = JSON.parse(readFileSync(report, 'utf8'));
  passed += json.numPassedTests;
  failed += json.numFailedTests;
  if (!ok && json.numFailedTests === 0) { failed += 1; console.log(`FAILED: ${label} (suite error)`); }
}

check('typecheck', 'npm', ['run', '--silent', 'typecheck']);
check('build', 'npm', ['run', '--silent', 'build']);
check('lint', 'npm', ['run', '--silent', 'lint']);
check('store packages rebuild byte for byte (npm run package -- --verify)', 'npm', ['run', '--silent', 'package', '--', '--verify']);
suite('unit tests', null, 'reports/unit.json');
if (existsSync('scripts/eval/main.ts')) check('quality gate (npm run eval -- --gate)', 'npm', ['run', '--silent', 'eval', '--', '--gate']);
suite('browser tests (Chromium, Firefox ESR)', 'vitest.e2e.config.ts', 'reports/e2e.json');
check('browser quality gate (npm run eval:browser -- --sample --gate)', 'npm', ['run', '--silent', 'eval:browser', '--', '--sample', '--gate']);

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
