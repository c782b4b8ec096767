// `npm test`: every check the repository can run on its own, in order, each
// counted and timed, ending with one line "N passed, N failed" totalled over
// all suites. `npm run test:full` (--full) adds the gates on the full corpus
// (DECLUTTER_CORPUS or ../shared/corpus) and the store-package rebuild.
// A step that is a single check (typecheck, build, lint, a quality gate)
// counts as one; vitest suites count their tests from the JSON report.
// Exits non-zero on any failure.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync, rmSync } from 'node:fs';

const FULL = process.argv.includes('--full');
mkdirSync('reports', { recursive: true });
let passed = 0;
let failed = 0;
const times = [];
const started = Date.now();

function run(label, command, args) {
  console.log(`\n=== ${label}: ${command} ${args.join(' ')}`);
  const t = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  const seconds = (Date.now() - t) / 1000;
  times.push([label, seconds]);
  console.log(`=== ${label}: ${seconds.toFixed(0)} s`);
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
suite('unit tests', null, 'reports/unit.json');
check('quality gate, in-repository corpus (npm run eval -- --sample --gate)', 'npm', ['run', '--silent', 'eval', '--', '--sample', '--gate']);
suite('browser tests (Chromium, Firefox ESR)', 'vitest.e2e.config.ts', 'reports/e2e.json');
check('browser quality gate, in-repository sample (npm run eval:browser -- --sample --gate)', 'npm', ['run', '--silent', 'eval:browser', '--', '--sample', '--gate']);
if (FULL) {
  check('quality gate, full corpus (npm run eval -- --full --gate)', 'npm', ['run', '--silent', 'eval', '--', '--full', '--gate']);
  check('store packages rebuild byte for byte (npm run package -- --verify)', 'npm', ['run', '--silent', 'package', '--', '--verify']);
}

console.log('\nwall time per stage:');
for (const [label, seconds] of times) console.log(`  ${seconds.toFixed(0).padStart(5)} s  ${label}`);
console.log(`  ${((Date.now() - started) / 1000).toFixed(0).padStart(5)} s  in all (${FULL ? 'npm run test:full' : 'npm test'})`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
