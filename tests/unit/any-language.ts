// Test inputs as the CLI and the content script give them to the engine: with
// every language's function words and widget labels (src/adapters/analyse.ts).
export { inAnyLanguage } from '../../src/adapters/analyse.ts';
