// Builds both extensions (dist/chrome, dist/firefox), trims what the plugin
// adds but the extension does not need, zips them for the stores (the same
// bytes on every machine: scripts/zip.mjs) and reports
// bundle sizes; builds the command line (dist/cli). Usage: node scripts/build.mjs [chrome|firefox|cli ...]
import { build } from 'vite';
import { cpSync, readFileSync, renameSync, writeFileSync, statSync, readdirSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { writeZip } from './zip.mjs';

const targets = process.argv.slice(2).length ? process.argv.slice(2) : ['chrome', 'firefox', 'cli'];

/** The content script is injected with scripting.executeScript, which needs no
 * web_accessible_resources; exposing it to every site would only let pages
 * fingerprint the extension. */
function trimManifest(dir) {
  const file = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(file, 'utf8'));
  delete manifest.web_accessible_resources;
  writeFileSync(file, JSON.stringify(manifest, null, 2) + '\n');
}

/** The plugin names the background chunk with a hash of its code before it writes the content script's path into
 * it, and that code held an id made from the absolute folder built in: the same source gave another name, and
 * other zip bytes, in another folder. Named by a hash of its final bytes instead, so a rebuild from the source
 * archive anywhere gives the same packages (BUILDING.md). */
function stableBackgroundName(dir) {
  const loader = join(dir, 'service-worker-loader.js');
  const code = readFileSync(loader, 'utf8');
  const match = /'\.\/(assets\/main\.ts-[\w-]+\.js)'/.exec(code);
  if (match === null) throw new Error(`${loader} no longer imports assets/main.ts-<hash>.js: check the background's name`);
  const bytes = readFileSync(join(dir, match[1]));
  const stable = `assets/background-${createHash('sha256').update(bytes).digest('hex').slice(0, 8)}.js`;
  renameSync(join(dir, match[1]), join(dir, stable));
  writeFileSync(loader, code.replace(match[1], stable));
}

function sizes(dir) {
  const files = [];
  const walk = (d) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (path.endsWith('.js')) files.push(path);
    }
  };
  walk(dir);
  const size = (keep) => files.filter(keep).reduce((n, f) => n + statSync(f).size, 0);
  // The pattern engine (src/content/matcher.ts) is injected only where a reader's pattern applies, the quote script
  // (src/content/quote-script.ts) only when the reader picks a quote: apart.
  const isMatcher = (f) => f.endsWith('src/content/matcher.js');
  const isQuote = (f) => f.endsWith('src/content/quote-script.js');
  // Every language's function words and widget labels (src/content/language-data-script.ts): data injected with the content script.
  const isLanguages = (f) => f.endsWith('src/content/language-data-script.js');
  const content = size((f) => f.includes('src/content/') && !isMatcher(f) && !isQuote(f) && !isLanguages(f));
  return { content, matcher: size(isMatcher), quote: size(isQuote), languages: size(isLanguages), other: size((f) => !f.includes('src/content/')) };
}

/** The content script's size budget (issue: "≤ 60 KB minified"); the build fails above it. */
const CONTENT_BUDGET_BYTES = 60 * 1024;

for (const browser of targets.filter((t) => t !== 'cli')) {
  await build({ mode: browser, logLevel: 'warn' });
  const dir = `dist/${browser}`;
  trimManifest(dir);
  stableBackgroundName(dir);
  cpSync('_locales', join(dir, '_locales'), { recursive: true }); // manifest.json's default_locale: every string the reader sees
  await writeZip(dir, `dist/declutter-${browser}.zip`);
  const { content, matcher, quote, languages, other } = sizes(dir);
  const kb = (n) => (n / 1024).toFixed(1);
  console.log(`${browser}: ${dir} + dist/declutter-${browser}.zip; content script ${kb(content)} KB minified (${content} bytes), `
    + `pattern engine ${kb(matcher)} KB (only where a reader's pattern applies), quote script ${kb(quote)} KB (when a quote is picked), `
    + `language data ${kb(languages)} KB (with the content script), `
    + `popup/options/background ${kb(other)} KB`);
  if (content > CONTENT_BUDGET_BYTES) {
    console.error(`The content script is over its ${kb(CONTENT_BUDGET_BYTES)} KB budget: it runs on every page the reader declutters.`);
    process.exitCode = 1;
  }
}

if (targets.includes('cli')) {
  await build({ configFile: 'vite.cli.config.ts' });
  console.log(`cli: dist/cli/declutter.js ${(statSync('dist/cli/declutter.js').size / 1024).toFixed(1)} KB (run by bin/declutter.mjs)`);
}
