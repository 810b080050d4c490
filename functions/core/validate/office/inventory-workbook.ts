import { rowLocation, sheetLocation } from '../../office/cell-ref.js';
import type { XlsxRow } from '../../office/xlsx-rows.js';
import { XlsxWorkbook } from '../../office/xlsx-rows.js';
import type { DeliverableValidator, ValidationContext } from '../types.js';
import { FindingList, refusingRejected } from './findings.js';
import { normalizeHeader } from './headers.js';
import type { InventoryColumn } from './inventory-columns.js';
import {
  INFRASTRUCTURE_ONLY,
  INVENTORY_COLUMNS,
  INVENTORY_LABELS,
  INVENTORY_REQUIRED_COLUMNS,
  MANDATORY_FOR,
  YES_NO_COLUMNS,
  isInventoryHeader,
} from './inventory-columns.js';
import { ipVersion } from '../ip-address.js';
import type { SheetTable } from './sheet-table.js';
import { openTable, textAt } from './sheet-table.js';
import { isBlank, yesNoOf } from './values.js';

/** Rows right under the header that may be the template's guidance (description, "Yes or No.", "Mandatory for…"). */
const GUIDANCE_ROWS = 5;
const GUIDANCE =
  /\b(?:mandatory|optional|must be|if available|yes or no|leave blank|if applicable|valid |name of|is this asset|is the asset|should the asset|unique identifier|description of|operating system name|physical location|any additional|serial number|virtual lan|for software or database|do not use|if open source)/i;

/** A row of the template's guidance: most of its cells read like instructions. */
export function isGuidanceRow(row: XlsxRow): boolean {
  const texts = row.cells.filter((c) => c !== undefined && c.text.trim() !== '').map((c) => c!.text);
  if (texts.length === 0) return false;
  const matching = texts.filter((t) => GUIDANCE.test(t)).length;
  return matching >= 2 && matching / texts.length >= 0.6;
}

const NOT_INVENTORY = /recordofchange|instruction|revision|changelog|lookup|dropdown/;

class InventoryChecker {
  private readonly ids = new Map<string, string>();
  records = 0;

  constructor(
    private readonly findings: FindingList,
    private readonly ctx: ValidationContext,
  ) {}

  check(table: SheetTable<InventoryColumn>, row: XlsxRow): void {
    const { columns } = table;
    const text = (key: InventoryColumn): string => textAt(row, columns, key);
    const at = (key: InventoryColumn): string =>
      sheetLocation(table.sheet.name, columns.get(key)?.column ?? columns.get('assetId')?.column ?? 0, row.row);
    if (INVENTORY_COLUMNS.every((c) => isBlank(text(c.key)))) return;
    if (normalizeHeader(text('assetId')) === normalizeHeader(textAt(table.header, columns, 'assetId'))) return;
    this.records++;
    const id = text('assetId');
    const label = `asset ${id || '(no identifier)'} (row ${row.row})`;

    const software = MANDATORY_FOR.software.some((k) => !isBlank(text(k))) && INFRASTRUCTURE_ONLY.every((k) => isBlank(text(k)));
    const mandatory: InventoryColumn[] = [
      ...MANDATORY_FOR.all,
      ...(software ? MANDATORY_FOR.software : MANDATORY_FOR.infrastructure),
      ...(this.ctx.baseline === 'HIGH' ? MANDATORY_FOR.high : []),
    ];
    const missing = mandatory.filter((k) => columns.has(k) && isBlank(text(k)));
    if (missing.length > 0) {
      this.findings.add(
        'inventory-item-incomplete',
        'error',
        `${label}, ${software ? 'a software/database' : 'an OS/infrastructure'} record, has no ${missing.map((k) => INVENTORY_LABELS.get(k) ?? k).join(', ')}`,
        at(missing[0]!),
      );
    }

    for (const key of YES_NO_COLUMNS) {
      const value = text(key);
      if (isBlank(value) || yesNoOf(value)) continue;
      this.findings.add('inventory-invalid-yes-no', 'error', `${label}: ${INVENTORY_LABELS.get(key) ?? key} must be Yes or No, not '${value}'`, at(key));
    }

    const ip = text('ip');
    if (!isBlank(ip)) {
      const bad = ip.split(/[\s,;]+/).filter((t) => t !== '' && ipVersion(t) === 0);
      if (bad.length > 0) {
        this.findings.add('inventory-invalid-ip', 'error', `${label}: ${bad.map((b) => `'${b}'`).join(', ')} ${bad.length === 1 ? 'is not an IPv4 or IPv6 address' : 'are not IPv4 or IPv6 addresses'}`, at('ip'));
      }
    }

    if (id) {
      const key = id.toLowerCase();
      const first = this.ids.get(key);
      if (first) this.findings.add('inventory-duplicate-asset-id', 'error', `unique asset identifier '${id}' is used again (first at ${first})`, at('assetId'));
      else this.ids.set(key, at('assetId'));
    }
  }
}

/**
 * Validates a FedRAMP Integrated Inventory Workbook: every sheet whose header row (found, not
 * assumed) names the inventory columns is read; the template's guidance rows under the header are
 * skipped; each record is checked for the template's mandatory fields (by record kind, and the
 * system owner for High baselines), Yes/No columns, IP addresses and unique asset identifiers.
 */
export const validateInventoryWorkbook: DeliverableValidator = (source, ctx) =>
  refusingRejected(async () => {
    const findings = new FindingList();
    const workbook = await XlsxWorkbook.open(source);
    try {
      const checker = new InventoryChecker(findings, ctx);
      const sheets = workbook.sheets.filter((s) => !NOT_INVENTORY.test(normalizeHeader(s.name)));
      // Sheets named like the inventory first.
      sheets.sort((a, b) => Number(!/inventor/i.test(a.name)) - Number(!/inventor/i.test(b.name)) || a.index - b.index);
      let tables = 0;
      for (const sheet of sheets) {
        const table = await openTable(workbook, sheet, INVENTORY_COLUMNS, isInventoryHeader);
        if (!table) continue;
        tables++;
        for (const key of INVENTORY_REQUIRED_COLUMNS) {
          if (table.columns.has(key)) continue;
          findings.add(
            'inventory-missing-column',
            'error',
            `sheet '${sheet.name}' has no '${INVENTORY_LABELS.get(key) ?? key}' column in its header row ${table.header.row}`,
            rowLocation(sheet.name, table.header.row),
          );
        }
        let underHeader = 0;
        for await (const row of table.rows) {
          if (underHeader >= 0 && underHeader < GUIDANCE_ROWS && isGuidanceRow(row)) {
            underHeader++;
            continue;
          }
          underHeader = -1;
          checker.check(table, row);
        }
      }
      if (tables === 0) {
        findings.add('inventory-missing-header', 'error', 'no sheet has an inventory header row (UNIQUE ASSET IDENTIFIER, IPv4 or IPv6 Address, …)', '');
      } else if (checker.records === 0) {
        findings.add('inventory-empty', 'error', 'the inventory lists no assets', '');
      }
    } finally {
      workbook.close();
    }
    return { findings: findings.findings, summary: {} };
  });
