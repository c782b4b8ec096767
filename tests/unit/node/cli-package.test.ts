// The command line as a user installs it: `npm pack`, then the tarball
// installed without dev dependencies in an empty folder, run with plain Node
// (no TypeScript loader) on the seed page. Needs `npm run build` first (npm test
// builds before the unit tests) and the npm registry or cache for jsdom.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliJson } from '../../../src/cli/json.ts';

const SEED_TXT = resolve('tests/fixtures/pages/kerry-iraq-independent.txt');
const npm = (args: string[], cwd: string): string => execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

describe('installed command line', () => {
  it('packs, installs with --omit=dev and runs the seed, --help and --version', () => {
    const packDir = mkdtempSync(join(tmpdir(), 'declutter-pack-'));
    const [packed] = JSON.parse(npm(['pack', '--json', '--pack-destination', packDir], process.cwd())) as { filename: string; files: { path: string }[] }[];
    expect(packed?.files.map((f) => f.path)).toContain('dist/cli/declutter.js');
    expect(packed?.files.some((f) => f.path.startsWith('src/'))).toBe(false);
    const home = mkdtempSync(join(tmpdir(), 'declutter-install-'));
    writeFileSync(join(home, 'package.json'), '{ "name": "reader", "private": true }');
    npm(['install', '--omit=dev', '--prefer-offline', '--no-audit', '--no-fund', join(packDir, packed?.filename ?? '')], home);
    const run = (args: string[]) => spawnSync('npx', ['--no-install', 'declutter', ...args], { cwd: home, encoding: 'utf8' });

    const seed = run(['--json', SEED_TXT]);
    expect(seed.stderr).toBe('');
    const json = JSON.parse(seed.stdout) as CliJson;
    expect(json.headline).toMatch(/^US will support Iraq/);
    expect(json.speakers[0]?.name).toBe('John Kerry');
    expect(json.speakers[0]?.quotes).toHaveLength(8);

    const version = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    expect(run(['--version']).stdout.trim()).toBe(`declutter ${version.version}`);
    const help = run(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^usage: declutter \[--json\]/);
  }, 240_000);
});
