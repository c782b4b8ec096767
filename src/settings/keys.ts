// storage.sync keys, shared by the content script (which must stay small) and the settings store.
export const RULES_KEY = 'userRules';
export const AUTO_KEY = 'autoSites';
export const EXCEPTIONS_PREFIX = 'exceptions:';
