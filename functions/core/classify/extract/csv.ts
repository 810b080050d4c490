import { parse } from 'csv-parse/sync';
import type { DocumentFacts } from '../types.js';
import { emptyFacts } from '../types.js';
import { CLASSIFY_LIMITS } from '../limits.js';
import { normalizeText } from './text-facts.js';

const DELIMITERS = [',', ';', '\t', '|'] as const;

function parseRows(text: string, delimiter: string): string[][] | undefined {
  try {
    return parse(text, {
      delimiter,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      bom: true,
      to_line: CLASSIFY_LIMITS.maxRows,
      max_record_size: 256 * 1024,
    }) as string[][];
  } catch {
    return undefined;
  }
}

/**
 * Rows of a delimited text file, if it is one: the delimiter that gives a consistent column count of
 * at least 3 over the first rows wins. Returns undefined for text that is not tabular.
 */
export function csvFacts(text: string, complete: boolean): DocumentFacts | undefined {
  const cut = complete ? text : text.slice(0, Math.max(0, text.lastIndexOf('\n') + 1));
  const head = cut.split('\n', CLASSIFY_LIMITS.maxRows + 1).slice(0, CLASSIFY_LIMITS.maxRows).join('\n');
  if (!head.trim()) return undefined;
  let best: string[][] | undefined;
  for (const d of DELIMITERS) {
    const rows = parseRows(head, d);
    if (!rows || rows.length === 0) continue;
    const width = rows[0]!.length;
    if (width < 3) continue;
    const consistent = rows.filter((r) => r.length === width).length / rows.length;
    if (consistent >= 0.8 && (!best || width > best[0]!.length)) best = rows;
  }
  if (!best) return undefined;
  const facts = emptyFacts('csv');
  facts.rows = best.map((r) => r.map((c) => normalizeText(c, 200)));
  facts.text = normalizeText(best.flat().join(' '));
  facts.notes.push(`delimited text: ${best[0]!.length} columns`);
  return facts;
}
