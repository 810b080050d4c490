import type { ImpactLevel } from '../../domain/stages.js';
import { rowLocation } from '../../office/cell-ref.js';
import type { XlsxRow, XlsxSheet } from '../../office/xlsx-rows.js';
import { XlsxWorkbook } from '../../office/xlsx-rows.js';
import type { DeliverableSummary, DeliverableValidator } from '../types.js';
import { FindingList, refusingRejected } from './findings.js';
import { normalizeHeader } from './headers.js';
import type { PoamColumn } from './poam-columns.js';
import { POAM_COLUMNS, POAM_LABELS, POAM_REQUIRED, isPoamHeader } from './poam-columns.js';
import type { PoamSheetKind } from './poam-items.js';
import { PoamItemChecker } from './poam-items.js';
import type { SheetTable } from './sheet-table.js';
import { openTable } from './sheet-table.js';
import { isoDay } from './values.js';

/** What a sheet's name says it holds. */
export function poamSheetKind(name: string): PoamSheetKind | 'poam' | undefined {
  const n = normalizeHeader(name);
  const poam = /poam|planofaction|items/.test(n);
  if (/closed/.test(n) && poam) return 'closed';
  if (/open/.test(n) && poam) return 'open';
  if (/configurationfinding/.test(n)) return 'configuration';
  if (/poam|planofaction/.test(n)) return 'poam';
  return undefined;
}

const NOT_ITEMS = /recordofchange|instruction|revision|changelog|lookup|dropdown|guidance/;

interface ChosenSheets {
  open: XlsxSheet | undefined;
  closed: XlsxSheet | undefined;
  configuration: XlsxSheet | undefined;
}

/** The open, closed and configuration-findings sheets, by name: exact template names first, drifted ones after. */
function chooseByName(sheets: readonly XlsxSheet[]): ChosenSheets {
  const of = (kind: PoamSheetKind | 'poam'): XlsxSheet | undefined => sheets.find((s) => poamSheetKind(s.name) === kind);
  return { open: of('open') ?? of('poam'), closed: of('closed'), configuration: of('configuration') };
}

/** The CSP's stated impact level, from the block above the header ("Impact Level" over its value). */
function impactLevelOf(preamble: readonly XlsxRow[]): ImpactLevel | undefined {
  for (let i = 0; i + 1 < preamble.length; i++) {
    const label = preamble[i]!.cells.find((c) => c && normalizeHeader(c.text) === 'impactlevel');
    if (!label) continue;
    const below = preamble[i + 1]!;
    if (below.row !== preamble[i]!.row + 1) return undefined;
    // The blank template's placeholder row reads "Text | Text | Low | Date".
    if (below.cells.some((c) => c?.text.trim() === 'Text')) return undefined;
    const value = below.cells[label.column]?.text.trim().toUpperCase().replace(/\s+/g, '-');
    if (value === 'LOW' || value === 'MODERATE' || value === 'HIGH' || value === 'LI-SAAS') return value;
  }
  return undefined;
}

/**
 * Validates a FedRAMP POA&M workbook (template v2.1 and drifted copies): finds the Open, Closed and
 * Configuration Findings sheets and each one's header row, matches columns by name, and checks
 * every item: required fields, dates, ratings, duplicate ids, and remediation deadlines (High 30 /
 * Moderate 90 / Low 180 days from detection, or the KEV due date) as of `ctx.asOf`.
 */
export const validatePoamWorkbook: DeliverableValidator = (source, ctx) =>
  refusingRejected(async () => {
    const findings = new FindingList();
    const summary: DeliverableSummary = {};
    const workbook = await XlsxWorkbook.open(source);
    try {
      const checker = new PoamItemChecker(findings, isoDay(ctx.asOf), workbook.date1904);
      const chosen = chooseByName(workbook.sheets);
      const read = async (sheet: XlsxSheet, kind: PoamSheetKind): Promise<SheetTable<PoamColumn> | undefined> => {
        const table = await openTable(workbook, sheet, POAM_COLUMNS, isPoamHeader);
        if (!table) {
          findings.add(
            'poam-missing-header',
            kind === 'configuration' ? 'warning' : 'error',
            `sheet '${sheet.name}' has no POA&M header row (POAM ID, Weakness Name, …) in its first rows`,
            `${sheet.name}!A1`,
          );
        }
        return table;
      };

      // Sheets are read one after the other, each streamed to its end before the next is opened.
      const open = chosen.open ? await read(chosen.open, 'open') : await findUnnamedOpenSheet(workbook, chosen, findings);
      if (open) {
        const impactLevel = impactLevelOf(open.preamble);
        if (impactLevel) summary.impactLevel = impactLevel;
        await checkTable(open, 'open', checker, findings);
      }
      for (const kind of ['configuration', 'closed'] as const) {
        const sheet = chosen[kind];
        if (sheet) {
          const table = await read(sheet, kind);
          if (table) await checkTable(table, kind, checker, findings);
        } else if (kind === 'closed') {
          findings.add('poam-missing-sheet', 'warning', "the workbook has no 'Closed POA&M Items' sheet", '');
        }
      }

      const openItems = checker.items.filter((i) => i.status === 'open').length;
      if (openItems === 0) {
        findings.add('poam-empty', 'info', 'the POA&M lists no open items', open ? `${open.sheet.name}!A${open.header.row + 1}` : '');
      }
      summary.poamItems = checker.items;
    } finally {
      workbook.close();
    }
    return { findings: findings.findings, summary };
  });

/** When no sheet is named like the open items, any other sheet whose header is a POA&M header is used. */
async function findUnnamedOpenSheet(workbook: XlsxWorkbook, chosen: ChosenSheets, findings: FindingList): Promise<SheetTable<PoamColumn> | undefined> {
  const taken = new Set([chosen.closed, chosen.configuration]);
  for (const sheet of workbook.sheets) {
    if (taken.has(sheet) || NOT_ITEMS.test(normalizeHeader(sheet.name))) continue;
    const table = await openTable(workbook, sheet, POAM_COLUMNS, isPoamHeader);
    if (!table) continue;
    findings.add('poam-missing-sheet', 'warning', `the workbook has no 'Open POA&M Items' sheet; open items are read from sheet '${sheet.name}'`, `${sheet.name}!A1`);
    return table;
  }
  findings.add('poam-missing-sheet', 'error', "the workbook has no 'Open POA&M Items' sheet, nor any sheet with a POA&M header row", '');
  return undefined;
}

async function checkTable(table: SheetTable<PoamColumn>, kind: PoamSheetKind, checker: PoamItemChecker, findings: FindingList): Promise<void> {
  for (const key of POAM_REQUIRED) {
    if (table.columns.has(key)) continue;
    findings.add(
      'poam-missing-column',
      'error',
      `sheet '${table.sheet.name}' has no '${POAM_LABELS.get(key) ?? key}' column in its header row ${table.header.row}`,
      rowLocation(table.sheet.name, table.header.row),
    );
  }
  for await (const row of table.rows) checker.check(table, kind, row);
}
