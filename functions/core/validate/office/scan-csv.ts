import { once } from 'node:events';
import { CsvError, parse } from 'csv-parse';
import type { Info, Parser } from 'csv-parse';
import { hostile } from '../../classify/errors.js';
import type { ScanFindingSummary } from '../types.js';
import type { FindingList } from './findings.js';
import type { CsvLayout, ScanField } from './scan-csv-formats.js';
import { csvLayoutOf } from './scan-csv-formats.js';
import { SCAN_LIMITS, ScanCollector } from './scan-collector.js';
import { cvesIn } from './values.js';

/** Records searched for the header row (Qualys puts a block of scan details above it). */
const HEADER_SEARCH_RECORDS = 60;
const DELIMITERS = [',', ';', '\t', '|'] as const;

/** The delimiter with the most occurrences on one of the first lines (outside quotes). */
export function detectDelimiter(head: string): string {
  const lines = head.split(/\r?\n/, HEADER_SEARCH_RECORDS);
  let best: { delimiter: string; count: number } = { delimiter: ',', count: 0 };
  for (const delimiter of DELIMITERS) {
    for (const line of lines) {
      const count = line.replace(/"[^"]*"/g, '').split(delimiter).length - 1;
      if (count > best.count) best = { delimiter, count };
    }
  }
  return best.delimiter;
}

interface CsvRecord {
  record: string[];
  info: Info;
}

export interface CsvScanResult {
  layout?: CsvLayout;
  collector?: ScanCollector;
  /** The first record, to say what the file looked like when no format matched. */
  firstRecord?: string[];
}

/**
 * Reads a scanner's CSV export streamed through csv-parse: finds the header row among the first
 * records, recognises the scanner from its columns, and turns each row into a finding.
 */
export async function readScanCsv(chunks: AsyncIterable<Uint8Array>, delimiter: string, findings: FindingList): Promise<CsvScanResult> {
  const parser = parse({
    delimiter,
    bom: true,
    info: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    max_record_size: SCAN_LIMITS.maxRecordBytes,
  });
  const result: CsvScanResult = {};
  let seen = 0;
  // Records are handled as they are parsed ('data'), so rows before a fatal CSV error are kept.
  const onRecord = ({ record, info }: CsvRecord): void => {
    seen++;
    if (!result.layout) {
      result.firstRecord ??= record;
      result.layout = csvLayoutOf(record);
      if (result.layout) result.collector = new ScanCollector(result.layout.format.scanner);
      else if (seen >= HEADER_SEARCH_RECORDS) parser.destroy();
      return;
    }
    if (seen > SCAN_LIMITS.maxRecords) throw hostile(`the scan export has more than ${SCAN_LIMITS.maxRecords} rows`);
    readRow(result.layout, result.collector!, record, `line ${firstLine(record, info)}`, findings);
  };
  try {
    await new Promise<void>((resolve, reject) => {
      parser.on('data', (item: CsvRecord) => {
        try {
          onRecord(item);
        } catch (err) {
          parser.destroy(err instanceof Error ? err : new Error(String(err)));
        }
      });
      parser.on('error', reject);
      parser.on('close', resolve);
      feed(chunks, parser).catch((err: unknown) => parser.destroy(err instanceof Error ? err : new Error(String(err))));
    });
  } catch (err) {
    if (!(err instanceof CsvError)) throw err;
    findings.add('scan-unparseable-row', 'error', `the CSV cannot be read past line ${parser.info.lines}: ${err.message}`, `line ${parser.info.lines}`);
  }
  return result;
}

/** Writes the source into the parser, waiting when it is full; stops when the parser is destroyed. */
async function feed(chunks: AsyncIterable<Uint8Array>, parser: Parser): Promise<void> {
  for await (const chunk of chunks) {
    if (parser.destroyed) return;
    if (!parser.write(chunk)) await Promise.race([once(parser, 'drain'), once(parser, 'close')]);
  }
  if (!parser.destroyed) parser.end();
}

/** The line a record starts on (csv-parse counts the line it ends on; quoted fields may span lines). */
function firstLine(record: readonly string[], info: Info): number {
  const breaks = record.reduce((n, field) => n + (field.match(/\n/g)?.length ?? 0), 0);
  return info.lines - breaks;
}

function readRow(layout: CsvLayout, collector: ScanCollector, record: readonly string[], location: string, findings: FindingList): void {
  if (record.every((f) => f.trim() === '')) return;
  const get = (field: ScanField): string => {
    const index = layout.columns[field];
    return index === undefined ? '' : (record[index] ?? '').trim().slice(0, SCAN_LIMITS.maxValueChars);
  };
  const { format } = layout;
  if (format.skip?.(get)) return;
  const host = get('host');
  const pluginId = get('pluginId');
  const name = get('name');
  const risk = format.risk(get);
  const problem = !host
    ? 'has no host'
    : !pluginId && !name
      ? 'has no plugin id or name'
      : !risk
        ? `has a severity that is not on the ${format.scanner} scale ('${get('severity') || get('score')}')`
        : undefined;
  if (problem || !risk) {
    findings.add('scan-unparseable-row', 'warning', `${format.scanner} row ${problem}`, location);
    return;
  }
  const finding: ScanFindingSummary = { scanner: format.scanner, name: name || `${format.scanner} ${pluginId}`, cves: cvesIn(get('cves')), host, risk, location };
  if (pluginId) finding.pluginId = pluginId;
  collector.add(finding);
}
