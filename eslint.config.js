// typescript-eslint strict + type-checked. Project rules: the layers import
// downward only (LAYERS below; the engine is entered by its front door,
// src/engine/index.ts), the engine stays pure, and nothing writes HTML from
// strings (page data may be hostile).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const NO_HTML_SINKS = [
  { selector: "AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]", message: 'Build DOM nodes and set textContent; never assign HTML strings.' },
  { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'Never insert HTML strings.' },
  { selector: "CallExpression[callee.property.name=/^(write|writeln)$/][callee.object.name='document']", message: 'Never document.write.' },
];

/** Each layer of src/ and the layers it may not import (docs/architecture.md). Lowest first: engine, adapters, shared,
 * settings; then the four that run (content, background, popup/options, cli), which never import one another —
 * but the background names the content scripts it injects (`?script` imports are file paths, not code). */
const ABOVE_ENGINE = ['**/adapters/**', '**/shared/**', '**/settings/**', '**/content/**', '**/background/**', '**/popup/**', '**/options/**', '**/cli/**'];
const RUNNERS = ['**/content/**', '**/background/**', '**/popup/**', '**/options/**', '**/cli/**'];
const except = (list, own) => list.filter((g) => g !== own);
const FRONT_DOOR = { group: ['**/engine/**', '!**/engine/index.ts'], message: 'Enter the engine by its front door, src/engine/index.ts.' };
const LAYERS = [
  { files: ['src/adapters/**/*.ts'], forbidden: except(ABOVE_ENGINE, '**/adapters/**') },
  { files: ['src/shared/**/*.ts'], forbidden: except(ABOVE_ENGINE, '**/shared/**') },
  { files: ['src/settings/**/*.ts'], forbidden: [...RUNNERS, '**/adapters/**'] },
  { files: ['src/content/**/*.ts'], forbidden: [...except(RUNNERS, '**/content/**'), '**/adapters/html/**'] },
  { files: ['src/background/**/*.ts'], forbidden: [...except(RUNNERS, '**/content/**'), '**/adapters/**'], scriptsOnly: '**/content/**' },
  { files: ['src/popup/**/*.ts', 'src/options/**/*.ts'], forbidden: ['**/content/**', '**/background/**', '**/cli/**', '**/adapters/**'] },
  { files: ['src/cli/**/*.ts'], forbidden: except(RUNNERS, '**/cli/**') },
];
const layerRule = ({ files, forbidden, scriptsOnly }) => ({
  files,
  rules: {
    'no-restricted-imports': ['error', { patterns: [
      FRONT_DOOR,
      { group: forbidden.filter((g) => g !== scriptsOnly), message: 'Layers import downward only (eslint.config.js LAYERS).' },
      ...(scriptsOnly === undefined ? [] : [{ regex: '/content/(?!.*\\?script)', message: 'The background may name a content script to inject (?script), never import its code.' }]),
    ] }],
  },
});

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
  ...LAYERS.map(layerRule),
  {
    files: ['src/engine/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ABOVE_ENGINE, message: 'The engine is pure: it may not import from adapters or the extension.' },
        { group: ['webextension-polyfill', 'jsdom', 'node:*'], message: 'The engine is pure: no browser, DOM or Node APIs.' },
      ] }],
    },
  },
  { files: ['**/*.js'], extends: [tseslint.configs.disableTypeChecked] },
);
