// Storage keys and the browsers' storage limits, shared by the content script
// (which must stay small) and the settings store.

/** storage.sync: the reader's rules, in chunks (see rules-chunks.ts), and the sites decluttered automatically. */
export const RULES_KEY = 'userRules';
export const RULES_CHUNK_PREFIX = 'userRules.';
export const AUTO_KEY = 'autoSites';
/** storage.local: blocks shown again, per host. Per device, and unbounded by sync's 100 KB. */
export const EXCEPTIONS_PREFIX = 'exceptions:';

/** chrome.storage.sync quotas (Firefox's are the same): bytes per item, counting key and JSON value, and in all. */
export const SYNC_LIMITS = {
  bytesPerItem: 8192,
  bytesInAll: 102_400,
  /** Room left in all for the sites list and the chunk keys. */
  reservedBytes: 8192,
} as const;

/** A host keeps the blocks shown again most recently; older ones are hidden again. */
export const EXCEPTIONS_PER_SITE = 500;
