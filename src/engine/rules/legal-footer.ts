// Copyright lines and legal links at the foot of pages (fixtures furniture-zoo.html, fine-print-under-story.html), and the
// longer notices under a story: its copyright terms and how to cite it.
import { LENGTH } from '../thresholds.ts';
import { patternRule } from './patterns.ts';

/** "This document is subject to copyright. Apart from any fair dealing…"; "Citation: <title> (2023, December 22)
 * retrieved 24 December 2023 from <url>" (naeb: phys.org 02b19960, medicalxpress 8782207f; fixture fine-print-under-story.html). Reference lists put
 * "Retrieved" mid-line, never after a "Citation:" opening. */
const NOTICE = /^(this|the) (document|article|content|material|story|page|site|work) is (subject to|protected by) copyright\b|^citation: .*\bretrieved\b/i;

export default patternRule({
  id: 'legal-footer',
  kind: 'footer',
  lines: [/(©|\(c\)\s*\d{4}|\bcopyright\b)/i, /\ball rights reserved\b/i,
    /^(terms( of (use|service))?|terms (&|and) conditions|privacy( policy| notice| settings)?|cookie(s| policy| settings| preferences)|accessibility|contact( us)?|about( us)?|advertise( with us)?|careers|site ?map|help|faq|imprint|impressum)$/i],
  maxWords: LENGTH.teaserMaxWords,
  finePrint: [NOTICE],
  landmark: 'footer',
});
