// `npm run package`: what the stores take. Builds both extensions (their zips
// are deterministic: scripts/zip.mjs), zips the source as AMO asks for bundled
// code (every file git tracks, with BUILDING.md on how to rebuild), and writes
// dist/SHA256SUMS. `-- --verify` then rebuilds from that source archive in an
// empty folder, as a reviewer would, and fails unless both zips come out
// byte for byte the same.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import JSZip from 'jszip';
import { writeZip } from './zip.mjs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const ZIPS = ['chrome', 'firefox'].map((b) => `declutter-${b}.zip`);
const SOURCE = `declutter-${version}-source.zip`;
const sha256 = (file) => createHash('sha256').update(readFileSync(file)).digest('hex');
const run = (command, args, cwd = '.') => execFileSync(command, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });

function packageAll() {
  run('node', ['scripts/build.mjs', 'chrome', 'firefox']);
  const dirty = run('git', ['status', '--porcelain', '--untracked-files=normal']).trim();
  if (dirty !== '') console.warn('Note: uncommitted changes are in the source archive; commit before submitting to a store.');
  const tracked = run('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard']).split('\0').filter((f) => f !== '');
  return writeZip('.', join('dist', SOURCE), tracked).then(({ files, bytes }) => {
    const sums = [...ZIPS, SOURCE].map((f) => `${sha256(join('dist', f))}  ${f}`).join('\n') + '\n';
    writeFileSync('dist/SHA256SUMS', sums);
    console.log(`dist/${SOURCE}: ${files} files, ${(bytes / 1024).toFixed(0)} KB\n${sums.trimEnd()}`);
  });
}

/** Unzips the source archive into an empty folder, installs exactly the locked packages, builds, compares. */
async function verify() {
  const home = mkdtempSync(join(tmpdir(), 'declutter-rebuild-'));
  try {
    const zip = await JSZip.loadAsync(readFileSync(join('dist', SOURCE)));
    for (const entry of Object.values(zip.files).filter((e) => !e.dir)) {
      mkdirSync(dirname(join(home, entry.name)), { recursive: true });
      writeFileSync(join(home, entry.name), await entry.async('nodebuffer'));
    }
    run('npm', ['ci', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], home);
    run('node', ['scripts/build.mjs', 'chrome', 'firefox'], home);
    const differ = ZIPS.filter((f) => sha256(join(home, 'dist', f)) !== sha256(join('dist', f)));
    if (differ.length > 0) { console.error(`Rebuilt from ${SOURCE}, these differ: ${differ.join(', ')}`); process.exitCode = 1; }
    else console.log(`Rebuilt from ${SOURCE} in an empty folder: ${ZIPS.join(' and ')} are byte for byte the same.`);
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
}

await packageAll();
if (process.argv.includes('--verify')) await verify();
