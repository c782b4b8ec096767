// Which adapter reads a file: its extension, else whether it looks like markup.
import type { Mode } from '../adapters/analyse.ts';

export function detectMode(file: string, content: string): Mode {
  if (/\.(txt|text)$/i.test(file)) return 'text';
  if (/\.(html?|xhtml)$/i.test(file)) return 'html';
  return /^\s*(<!doctype html|<html|<head|<body)|<\/(p|div|body)>/i.test(content.slice(0, 4096)) ? 'html' : 'text';
}
