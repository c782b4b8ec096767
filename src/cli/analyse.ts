// One entry point for Node callers (CLI, evaluation): page content in, the
// engine's result and the extracted fields out.
import { documentToBlocks } from '../adapters/dom/index.ts';
import { textToBlocks } from '../adapters/text/index.ts';
import { runEngine } from '../engine/engine.ts';
import type { EngineInput, EngineResult } from '../engine/types.ts';
import { extractAll, type Extracted } from '../engine/extract/index.ts';
import { parseHtml } from './parse-html.ts';

export type Mode = 'html' | 'text';

export interface Analysis extends Extracted {
  mode: Mode;
  result: EngineResult;
}

export function analyseDocument(doc: Document): Analysis {
  return analyseInput('html', documentToBlocks(doc).input);
}

export function analyse(content: string, mode: Mode): Analysis {
  if (mode === 'html') return analyseDocument(parseHtml(content));
  return analyseInput('text', textToBlocks(content));
}

function analyseInput(mode: Mode, input: EngineInput): Analysis {
  const result = runEngine(input);
  return { mode, result, ...extractAll(result, input) };
}

/** The mode a file is read in: its extension, else whether it looks like markup. */
export function detectMode(file: string, content: string): Mode {
  if (/\.(txt|text)$/i.test(file)) return 'text';
  if (/\.(html?|xhtml)$/i.test(file)) return 'html';
  return /^\s*(<!doctype html|<html|<head|<body)|<\/(p|div|body)>/i.test(content.slice(0, 4096)) ? 'html' : 'text';
}
