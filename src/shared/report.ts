// What the content script reports about its page: plain, serialisable data.

export interface HiddenEntry {
  blockId: number;
  ruleId: string;
  kind: string;
  evidence: string;
  text: string;
}

export interface SpeakerReport {
  name: string;
  role: string | null;
  quotes: string[];
}

export interface PageReport {
  url: string;
  title: string;
  mode: 'html' | 'text';
  on: boolean;
  isArticle: boolean;
  headline: string | null;
  summary: string[];
  speakers: SpeakerReport[];
  hidden: HiddenEntry[];
  warnings: string[];
}
