// typescript-eslint strict + type-checked. Two project rules: the engine stays
// pure (no imports from adapters, content, popup, background), and nothing
// writes HTML from strings (page data may be hostile).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const NO_HTML_SINKS = [
  { selector: "AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]", message: 'Build DOM nodes and set textContent; never assign HTML strings.' },
  { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'Never insert HTML strings.' },
  { selector: "CallExpression[callee.property.name=/^(write|writeln)$/][callee.object.name='document']", message: 'Never document.write.' },
];

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'reports/', 'coverage/', '.tmp/', 'scripts/*.mjs', 'bin/'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      'no-restricted-syntax': ['error', ...NO_HTML_SINKS],
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
    },
  },
  {
    files: ['src/engine/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['**/adapters/**', '**/content/**', '**/popup/**', '**/background/**', '**/options/**', '**/cli/**'], message: 'The engine is pure: it may not import from adapters or the extension.' },
        { group: ['webextension-polyfill', 'jsdom', 'node:*'], message: 'The engine is pure: no browser, DOM or Node APIs.' },
      ] }],
    },
  },
  { files: ['**/*.js'], extends: [tseslint.configs.disableTypeChecked] },
);
