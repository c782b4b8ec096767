// Options page: the reader's cosmetic rules (validated line by line before they
// are saved), the sites decluttered automatically, and export/import of all
// settings as one JSON file. Everything is set as text, never as HTML.
import { explainSelector, parseRules } from '../settings/rule-syntax.ts';
import { compileLinear } from '../settings/linear-pattern.ts';
import { byId, isValidSelector } from '../shared/dom.ts';
import { describeImport, exportSettings, forgetAutoSite, importSettings, loadSettings, parseImport, saveRules, type Settings } from '../settings/store.ts';
import { MAX_IMPORT_BYTES, PREVIEW_RULES, previewRules, type RulePreview } from '../settings/backup.ts';
import { localizePage, plural, t } from '../shared/i18n.ts';

const rulesBox = (): HTMLTextAreaElement => byId('rules') as HTMLTextAreaElement;
localizePage(document);
const EXPORT_FILE = 'declutter-settings.json';
const message = (error: unknown): string => (error instanceof Error ? error.message : String(error));
const validSelector = explainSelector((selector) => isValidSelector(document, selector));

async function save(): Promise<void> {
  const text = rulesBox().value;
  const { rules, errors } = parseRules(text, validSelector, compileLinear);
  byId('rule-errors').replaceChildren(...errors.map((e) => {
    const li = document.createElement('li');
    li.textContent = t('ruleErrorLine', e.line, e.message, e.source);
    return li;
  }));
  if (errors.length > 0) {
    byId('rules-status').textContent = plural('notSavedLines', errors.length, errors.length);
    rulesBox().setAttribute('aria-invalid', 'true');
    return;
  }
  rulesBox().removeAttribute('aria-invalid');
  try {
    await saveRules(text);
  } catch (error) {
    byId('rules-status').textContent = t('notSaved', message(error));
    return;
  }
  byId('rules-status').textContent = plural('saved', rules.length, rules.length);
}

function siteItem(origin: string): HTMLLIElement {
  const li = document.createElement('li');
  const remove = document.createElement('button');
  remove.type = 'button';
  remove.textContent = t('removeSite');
  remove.setAttribute('aria-label', t('removeSiteLabel', origin));
  remove.addEventListener('click', () => {
    forgetAutoSite(origin).then(showSites, (error: unknown) => {
      byId('sites-status').textContent = error instanceof Error ? error.message : String(error);
    });
  });
  li.append(document.createTextNode(`${origin} `), remove);
  return li;
}

async function showSites(): Promise<void> {
  const { autoSites } = await loadSettings();
  byId('sites').replaceChildren(...autoSites.map(siteItem));
  byId('no-sites').hidden = autoSites.length > 0;
}

/** The stored rules and sites. The rules box stays read-only, and Save disabled, until the stored rules are in:
 * typing before then would be overwritten, and saving would store an empty list over the reader's rules. */
async function show(): Promise<void> {
  const { userRules } = await loadSettings();
  const box = rulesBox();
  box.value = userRules;
  box.readOnly = false;
  box.setAttribute('aria-busy', 'false');
  (byId('save') as HTMLButtonElement).disabled = false;
  await showSites();
}

async function exportFile(): Promise<void> {
  const blob = new Blob([exportSettings(await loadSettings())], { type: 'application/json' });
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = EXPORT_FILE;
  link.click();
  setTimeout(() => { URL.revokeObjectURL(link.href); }, 0);
  byId('backup-status').textContent = t('exported', EXPORT_FILE);
}

/** The file read and checked, waiting for the reader to confirm what it replaces. */
let pending: { name: string; settings: Settings } | null = null;

function previewItem(rule: RulePreview): HTMLLIElement {
  const li = document.createElement('li');
  const code = document.createElement('code');
  code.textContent = rule.source;
  const scope = document.createElement('span');
  scope.className = 'meta';
  scope.textContent = ` ${rule.scope}`;
  li.append(code, scope);
  if (rule.error !== null) {
    const error = document.createElement('span');
    error.className = 'error';
    error.textContent = ` ${t('importRuleError', rule.error)}`;
    li.append(error);
  }
  return li;
}

/** Every rule the file would bring in, with where it applies and whether it can be used, before anything changes. */
function showImportedRules(text: string): void {
  const rules = previewRules(text, validSelector, compileLinear);
  const items = rules.slice(0, PREVIEW_RULES).map(previewItem);
  if (rules.length > PREVIEW_RULES) {
    const more = document.createElement('li');
    more.textContent = t('importRulesMore', rules.length - PREVIEW_RULES);
    items.push(more);
  }
  if (rules.length === 0) {
    const none = document.createElement('li');
    none.textContent = t('importNoRules');
    items.push(none);
  }
  byId('import-rules').replaceChildren(...items);
}

function askToImport(name: string, settings: Settings, current: Settings): void {
  pending = { name, settings };
  byId('import-summary').textContent = describeImport(current, settings);
  showImportedRules(settings.userRules);
  byId('import-confirm').hidden = false;
  byId('backup-status').textContent = '';
  byId('import-apply').focus();
}

function closeImport(status: string): void {
  pending = null;
  byId('import-confirm').hidden = true;
  byId('backup-status').textContent = status;
}

async function importFile(input: HTMLInputElement): Promise<void> {
  const file = input.files?.[0];
  if (file === undefined) return;
  try {
    // The file's size in bytes is checked before a byte of it is read: a huge file is refused without loading it.
    if (file.size > MAX_IMPORT_BYTES) throw new Error(t('importTooBig'));
    askToImport(file.name, parseImport(await file.text()), await loadSettings());
  } catch (error) {
    closeImport(t('importRefused', message(error)));
  } finally {
    input.value = '';
  }
}

async function applyImport(): Promise<void> {
  if (pending === null) return;
  const { name, settings } = pending;
  try {
    await importSettings(settings);
    await show();
    const { errors } = parseRules(settings.userRules, validSelector, compileLinear);
    closeImport(errors.length > 0 ? plural('importedWithErrors', errors.length, name, errors.length) : t('imported', name));
  } catch (error) {
    closeImport(t('importFailed', message(error)));
  }
}

byId('save').addEventListener('click', () => { void save(); });
byId('export').addEventListener('click', () => { void exportFile(); });
byId('import').addEventListener('change', (e) => { void importFile(e.target as HTMLInputElement); });
byId('import-apply').addEventListener('click', () => { void applyImport(); });
byId('import-cancel').addEventListener('click', () => { closeImport(t('importCancelled')); });
show().catch((error: unknown) => { byId('rules-status').textContent = t('loadFailed', message(error)); });
