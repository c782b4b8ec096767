// Deterministic zips: the same files give the same bytes on any machine and
// at any time (sorted paths, one fixed date, no system attributes), so a
// store reviewer who rebuilds from the source archive gets identical packages.
import JSZip from 'jszip';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every file's date inside the zips: the format's earliest, in UTC (JSZip writes local time otherwise). */
const FIXED_DATE = new Date(Date.UTC(1980, 0, 1));

const listFiles = (dir) => readdirSync(dir, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile())
  .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
  .sort();

/** Zips `files` (paths relative to `root`; all files under it by default) into `out`. */
export async function writeZip(root, out, files = listFiles(root)) {
  const zip = new JSZip();
  for (const file of [...files].sort()) {
    zip.file(file, readFileSync(join(root, file)), { date: FIXED_DATE, unixPermissions: 0o644, createFolders: false });
  }
  const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 }, platform: 'UNIX' });
  writeFileSync(out, bytes);
  return { files: files.length, bytes: bytes.length };
}
