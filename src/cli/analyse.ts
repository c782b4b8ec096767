// One entry point for Node callers (CLI, evaluation): page content in, the
// engine's result and the extracted fields out.
import { documentToBlocks } from '../adapters/dom/index.ts';
import { textToBlocks } from '../adapters/text/index.ts';
import { runEngine } from '../engine/engine.ts';
import type { EngineResult } from '../engine/types.ts';
import { parseHtml } from './parse-html.ts';

export type Mode = 'html' | 'text';

export interface Analysis {
  mode: Mode;
  result: EngineResult;
  headline: string | null;
}

export function analyseDocument(doc: Document): Analysis {
  return withExtracts('html', runEngine(documentToBlocks(doc).input));
}

export function analyse(content: string, mode: Mode): Analysis {
  if (mode === 'html') return analyseDocument(parseHtml(content));
  return withExtracts('text', runEngine(textToBlocks(content)));
}

function withExtracts(mode: Mode, result: EngineResult): Analysis {
  const headline = result.blocks.find((c) => c.kind === 'headline')?.block.text ?? null;
  return { mode, result, headline };
}

/** The mode a file is read in: its extension, else whether it looks like markup. */
export function detectMode(file: string, content: string): Mode {
  if (/\.(txt|text)$/i.test(file)) return 'text';
  if (/\.(html?|xhtml)$/i.test(file)) return 'html';
  return /^\s*(<!doctype html|<html|<head|<body)|<\/(p|div|body)>/i.test(content.slice(0, 4096)) ? 'html' : 'text';
}
