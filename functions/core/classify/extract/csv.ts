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
      // Records, not lines: quoted cells span lines (Nessus descriptions and plugin output do).
      to: CLASSIFY_LIMITS.maxRows,
      max_record_size: 256 * 1024,
    }) as string[][];
  } catch {
    return undefined;
  }
}

/** Width of a row without its trailing empty cells. */
const width = (row: readonly string[]): number => {
  let n = row.length;
  while (n > 0 && !row[n - 1]!.trim()) n--;
  return n;
};

/**
 * Where the table starts: the first row of at least 3 filled cells that the rows after it mostly
 * match in width (counting empty trailing cells: data rows often leave the last columns blank). Exports often put a preamble (report title, company, dates) above the header row.
 */
function headerIndex(rows: readonly string[][]): number {
  for (let h = 0; h < Math.min(rows.length, 20); h++) {
    if (width(rows[h]!) < 3) continue;
    const w = rows[h]!.length;
    const after = rows.slice(h + 1, h + 21);
    if (after.length === 0) return h;
    const same = after.filter((r) => Math.abs(r.length - w) <= 1).length;
    if (same / after.length >= 0.8) return h;
  }
  return -1;
}

/**
 * Rows of a delimited text file, if it is one: the delimiter that gives the widest consistent table of
 * at least 3 columns wins; lines above its header row are kept as the preamble (title lines).
 * Returns undefined for text that is not tabular.
 */
export function csvFacts(text: string, complete: boolean): DocumentFacts | undefined {
  const cut = complete ? text : text.slice(0, Math.max(0, text.lastIndexOf('\n') + 1));
  const head = cut;
  if (!head.trim()) return undefined;
  let best: { rows: string[][]; header: number } | undefined;
  for (const d of DELIMITERS) {
    const rows = parseRows(head, d);
    if (!rows || rows.length === 0) continue;
    const header = headerIndex(rows);
    if (header < 0) continue;
    if (!best || width(rows[header]!) > width(best.rows[best.header]!)) best = { rows, header };
  }
  if (!best) return undefined;
  const facts = emptyFacts('csv');
  const table = best.rows.slice(best.header);
  facts.rows = table.map((r) => r.map((c) => normalizeText(c, 200)));
  facts.lines = best.rows.slice(0, best.header).map((r) => normalizeText(r.filter(Boolean).join(' '), 200)).filter(Boolean);
  facts.text = normalizeText([...facts.lines, ...table.flat()].join(' '));
  facts.notes.push(`delimited text: ${width(best.rows[best.header]!)} columns${best.header > 0 ? ` after ${best.header} preamble line(s)` : ''}`);
  return facts;
}
