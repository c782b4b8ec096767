// Unit tests run without a browser i18n API: the English messages stand in.
import { readFileSync } from 'node:fs';
import { useMessages } from '../../src/shared/i18n.ts';

useMessages(JSON.parse(readFileSync('_locales/en/messages.json', 'utf8')) as Parameters<typeof useMessages>[0]);
