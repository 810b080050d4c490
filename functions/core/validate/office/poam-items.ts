import type { XlsxCell, XlsxRow } from '../../office/xlsx-rows.js';
import { sheetLocation } from '../../office/cell-ref.js';
import type { PoamItemSummary } from '../types.js';
import type { FindingList } from './findings.js';
import type { PoamColumn } from './poam-columns.js';
import { POAM_COLUMNS, POAM_LABELS, POAM_REQUIRED } from './poam-columns.js';
import { remediationDeadline } from './poam-deadlines.js';
import type { SheetTable } from './sheet-table.js';
import { cellAt, textAt } from './sheet-table.js';
import type { Rating } from './values.js';
import { controlsIn, cvesIn, dateOf, daysBetween, isBlank, ratingOf, splitList } from './values.js';
import { normalizeHeader } from './headers.js';

/** What a POA&M sheet holds: open items, closed items, or open configuration findings. */
export type PoamSheetKind = 'open' | 'closed' | 'configuration';

const DATE_COLUMNS: readonly PoamColumn[] = ['detected', 'scheduledCompletion', 'statusDate', 'vendorCheckin', 'kevDueDate', 'completionDate'];
const capitalized = (s: string): string => `${s[0]?.toUpperCase() ?? ''}${s.slice(1)}`;
const YES_OR_PENDING = /^(?:yes|y|pending|approved|true)\b/i;

interface ItemRow {
  table: SheetTable<PoamColumn>;
  row: XlsxRow;
  label: string;
}

/**
 * Checks the items of a POA&M workbook row by row (required fields, dates, ratings, duplicate ids,
 * remediation deadlines as of a date) and collects their summaries for cross-document checks.
 */
export class PoamItemChecker {
  readonly items: PoamItemSummary[] = [];
  private readonly ids = new Map<string, string>();

  constructor(
    private readonly findings: FindingList,
    private readonly asOf: string,
    private readonly date1904: boolean,
  ) {}

  check(table: SheetTable<PoamColumn>, kind: PoamSheetKind, row: XlsxRow): void {
    const { columns } = table;
    const text = (key: PoamColumn): string => textAt(row, columns, key);
    if (POAM_COLUMNS.every((c) => isBlank(text(c.key)))) return;
    const headerId = textAt(table.header, columns, 'id');
    if (normalizeHeader(text('id')) === normalizeHeader(headerId)) return; // the header, repeated
    const id = isBlank(text('id')) ? '' : text('id');
    const item: ItemRow = { table, row, label: `POA&M item ${id || '(no id)'} (row ${row.row})` };
    const at = (key: PoamColumn): string => this.location(item, key);

    this.checkRequired(item);
    const dates = this.checkDates(item);
    const original = this.checkRating(item, 'originalRisk');
    const adjusted = this.checkRating(item, 'adjustedRisk');
    if (id) {
      const key = id.toLowerCase();
      const first = this.ids.get(key);
      if (first) this.findings.add('poam-duplicate-id', 'error', `POAM ID '${id}' is used again (first at ${first})`, at('id'));
      else this.ids.set(key, at('id'));
    }
    const rating = adjusted ?? original;
    if (kind !== 'closed' && rating && dates.detected) {
      this.checkDeadline(item, rating, dates.detected, dates.scheduledCompletion, dates.kevDueDate);
    }
    const name = text('weaknessName');
    const summary: PoamItemSummary = {
      id: id || `${table.sheet.name}!${row.row}`,
      status: kind === 'closed' ? 'closed' : 'open',
      weakness: name,
      controls: controlsIn(text('controls')),
      cves: cvesIn(text('cve'), name, text('weaknessDescription'), text('sourceIdentifier')),
      assets: splitList(text('assets')),
      location: at('id'),
    };
    const source = text('sourceIdentifier');
    if (!isBlank(source)) summary.sourceIdentifier = source;
    if (rating) summary.risk = rating;
    if (dates.detected) summary.detected = dates.detected;
    if (dates.scheduledCompletion) summary.scheduledCompletion = dates.scheduledCompletion;
    this.items.push(summary);
  }

  private location(item: ItemRow, key: PoamColumn): string {
    const column = item.table.columns.get(key)?.column ?? item.table.columns.get('id')?.column ?? 0;
    return sheetLocation(item.table.sheet.name, column, item.row.row);
  }

  private cell(item: ItemRow, key: PoamColumn): XlsxCell | undefined {
    return cellAt(item.row, item.table.columns, key);
  }

  private header(item: ItemRow, key: PoamColumn): string {
    return item.table.columns.get(key)?.header ?? POAM_LABELS.get(key) ?? key;
  }

  private checkRequired(item: ItemRow): void {
    const missing = POAM_REQUIRED.filter((k) => item.table.columns.has(k) && isBlank(this.cell(item, k)?.text ?? ''));
    if (missing.length === 0) return;
    this.findings.add(
      'poam-item-incomplete',
      'error',
      `${item.label} has no ${missing.map((k) => POAM_LABELS.get(k) ?? k).join(', ')}`,
      this.location(item, missing[0]!),
    );
  }

  private checkDates(item: ItemRow): Partial<Record<PoamColumn, string>> {
    const dates: Partial<Record<PoamColumn, string>> = {};
    for (const key of DATE_COLUMNS) {
      const value = dateOf(this.cell(item, key), this.date1904);
      if (!value) continue;
      if (value.ok) dates[key] = value.iso;
      else {
        this.findings.add('poam-invalid-date', 'error', `${item.label}: ${this.header(item, key)} '${value.text}' is not a date`, this.location(item, key));
      }
    }
    return dates;
  }

  private checkRating(item: ItemRow, key: 'originalRisk' | 'adjustedRisk'): Rating | undefined {
    const text = this.cell(item, key)?.text.trim() ?? '';
    if (isBlank(text)) return undefined;
    const rating = ratingOf(text);
    if (!rating) {
      this.findings.add(
        'poam-invalid-risk-rating',
        'error',
        `${item.label}: ${this.header(item, key)} '${text}' is not Low, Moderate or High`,
        this.location(item, key),
      );
    }
    return rating;
  }

  /**
   * A reason the item may stay open past its deadline: an operational requirement or false positive
   * (requested or approved), a vendor dependency, or a written deviation rationale. A risk adjustment
   * is not one: it acts through the Adjusted Risk Rating.
   */
  private deviation(item: ItemRow): string | undefined {
    const text = (key: PoamColumn): string => this.cell(item, key)?.text.trim() ?? '';
    if (YES_OR_PENDING.test(text('operationalRequirement'))) return 'an operational requirement';
    if (YES_OR_PENDING.test(text('falsePositive'))) return 'a false positive';
    if (/^(?:yes|y|true)\b/i.test(text('vendorDependency'))) return 'a vendor dependency';
    if (!isBlank(text('deviationRationale'))) return 'a deviation rationale';
    return undefined;
  }

  private checkDeadline(item: ItemRow, rating: Rating, detected: string, scheduled: string | undefined, kevDue: string | undefined): void {
    const deadline = remediationDeadline(detected, rating, kevDue);
    const deviation = this.deviation(item);
    const late = daysBetween(deadline.due, this.asOf);
    if (late > 0) {
      this.findings.add(
        'poam-overdue',
        deviation ? 'warning' : 'error',
        `${item.label}, rated ${capitalized(rating)} and detected ${detected}, was due by ${deadline.due} (${deadline.basis}); ` +
          `it is ${late} days overdue as of ${this.asOf}${deviation ? `, with ${deviation}` : ''}`,
        this.location(item, 'detected'),
      );
      return;
    }
    if (scheduled && scheduled > deadline.due && !deviation) {
      this.findings.add(
        'poam-scheduled-after-deadline',
        'warning',
        `${item.label} is scheduled for completion on ${scheduled}, after its remediation deadline ${deadline.due} (${deadline.basis}), with no deviation request`,
        this.location(item, 'scheduledCompletion'),
      );
    }
  }
}
