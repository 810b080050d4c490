import type { Risk, SarRiskSummary } from '../types.js';
import type { DocumentOutline, TableBlock } from './outline.js';
import { rowLocation, tablesOf } from './outline.js';

/** Column roles of a risk exposure table, by header wording. */
const COLUMNS = {
  id: /^(?:risk|weakness|finding|vuln\w*|poa&?m)?\s*(?:id|identifier|#|no\.?|number)$/i,
  name: /\b(?:name|title)\b|^(?:weakness|vulnerability|finding)$/i,
  description: /\bdescription\b/i,
  likelihood: /^likelihood\b/i,
  impact: /^impact\b/i,
  risk: /^(?:initial |original )?risk (?:exposure|level|rating)\b|^(?:risk )?exposure\b|^severity\b/i,
} as const;
type Column = keyof typeof COLUMNS;
/** Rows searched for the header. */
const HEADER_ROWS = 3;

interface RiskTableLayout {
  table: TableBlock;
  headerRow: number;
  columns: Partial<Record<Column, number>>;
}

/** Reads a cell's rating: "High", "Moderate (M)", "Medium", "Critical", "Low", "Informational". */
export function parseRisk(cell: string): Risk | undefined {
  const m = /\b(critical|very high|high|moderate|medium|low|info(?:rmational)?|none)\b/i.exec(cell);
  if (!m) return undefined;
  const word = (m[1] ?? '').toLowerCase();
  if (word === 'critical') return 'critical';
  if (word === 'very high' || word === 'high') return 'high';
  if (word === 'moderate' || word === 'medium') return 'moderate';
  if (word === 'low') return 'low';
  return 'info';
}

function layoutOf(table: TableBlock): RiskTableLayout | undefined {
  for (let r = 0; r < Math.min(HEADER_ROWS, table.rows.length); r++) {
    const columns: Partial<Record<Column, number>> = {};
    (table.rows[r] ?? []).forEach((raw, c) => {
      const cell = raw.replace(/\s*\([^)]*\)\s*/g, ' ').replace(/\s+/g, ' ').trim();
      if (/adjust|residual/i.test(cell)) return;
      for (const role of Object.keys(COLUMNS) as Column[]) {
        if (columns[role] === undefined && COLUMNS[role].test(cell)) {
          columns[role] = c;
          break;
        }
      }
    });
    // A column headed just "Risk" is the rating unless another column is, else the risk's name.
    const plain = (table.rows[r] ?? []).findIndex((c) => /^\s*risks?\s*$/i.test(c));
    if (plain >= 0 && columns.risk === undefined) columns.risk = plain;
    else if (plain >= 0 && columns.name === undefined) columns.name = plain;
    const identified = columns.id !== undefined || columns.name !== undefined;
    const rated = columns.likelihood !== undefined || columns.impact !== undefined;
    if (columns.risk !== undefined && identified && rated) return { table, headerRow: r, columns };
  }
  return undefined;
}

export interface RiskTableRead {
  tables: TableBlock[];
  risks: SarRiskSummary[];
  /** Rows without a readable rating, without an identifier. */
  unrated: string[];
  unidentified: string[];
}

/**
 * The risk exposure table(s) of a SAR: every table whose header has a risk (exposure/level) column,
 * an identifier or name column and a likelihood or impact column. One risk per data row.
 */
export function readRiskTables(outline: DocumentOutline): RiskTableRead {
  const read: RiskTableRead = { tables: [], risks: [], unrated: [], unidentified: [] };
  for (const table of tablesOf(outline)) {
    const layout = layoutOf(table);
    if (!layout) continue;
    read.tables.push(table);
    const { columns } = layout;
    const header = table.rows[layout.headerRow]?.join('|');
    const cell = (row: readonly string[], column: Column): string => (columns[column] === undefined ? '' : (row[columns[column]] ?? ''));
    table.rows.forEach((row, r) => {
      if (r <= layout.headerRow || row.join('|') === header || !row.some(Boolean)) return;
      const location = rowLocation(table, r);
      const id = cell(row, 'id');
      const title = cell(row, 'name') || cell(row, 'description').slice(0, 200);
      if (!id) read.unidentified.push(location);
      const risk = parseRisk(cell(row, 'risk'));
      if (!risk) read.unrated.push(location);
      const summary: SarRiskSummary = { id: id || `${table.location} row ${r + 1}`, title: title || id, location };
      if (risk) summary.risk = risk;
      read.risks.push(summary);
    });
  }
  return read;
}
