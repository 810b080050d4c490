import type { Risk } from '../types.js';
import { normalizeHeader } from './headers.js';
import { riskFromScore, riskFromWord } from './scan-collector.js';

export type ScanField = 'host' | 'pluginId' | 'name' | 'cves' | 'severity' | 'score' | 'type' | 'port' | 'resultCode';

/** A scanner's CSV export: the columns that carry each field, and how its severity reads. */
export interface CsvScanFormat {
  scanner: string;
  /** Candidate headers (normalized) for each field, in preference order. */
  columns: Partial<Record<ScanField, readonly string[]>>;
  /** Fields whose columns identify the format. */
  signature: readonly ScanField[];
  risk(get: (field: ScanField) => string): Risk | undefined;
  /** Rows that are not findings (a Nexpose "not vulnerable" result). */
  skip?(get: (field: ScanField) => string): boolean;
}

const n = (...names: string[]): string[] => names.map(normalizeHeader);

/** Qualys 1–5: 5 urgent → critical, 4 critical → high, 3 serious → moderate, 1–2 → low; information gathered → info. */
function qualysRisk(get: (field: ScanField) => string): Risk | undefined {
  if (/^(?:ig|info|information gathered)$/i.test(get('type'))) return 'info';
  const level = Number(get('severity'));
  if (!Number.isInteger(level) || level < 1 || level > 5 || get('severity') === '') return undefined;
  return (['low', 'low', 'moderate', 'high', 'critical'] as const)[level - 1];
}

/** Nexpose severity level 0–10, read in CVSS bands (9–10 critical, 7–8 high, 4–6 moderate, 1–3 low). */
function nexposeRisk(get: (field: ScanField) => string): Risk | undefined {
  const raw = get('severity');
  const level = Number(raw);
  if (raw === '' || !Number.isFinite(level)) return riskFromWord(raw);
  return riskFromScore(level);
}

/** Nessus "Risk" words; a 0–4 severity number in some exports. */
function nessusRisk(get: (field: ScanField) => string): Risk | undefined {
  const raw = get('severity');
  if (/^[0-4]$/.test(raw)) return (['info', 'low', 'moderate', 'high', 'critical'] as const)[Number(raw)];
  return riskFromWord(raw);
}

/** OpenVAS/Greenbone severity class (High/Medium/Low/Log), else its CVSS score. */
function openvasRisk(get: (field: ScanField) => string): Risk | undefined {
  const word = riskFromWord(get('severity'));
  if (word) return word;
  const score = get('score');
  return score === '' ? undefined : riskFromScore(Number(score));
}

/** Checked in this order: the most specific signatures first. */
export const CSV_SCAN_FORMATS: readonly CsvScanFormat[] = [
  {
    scanner: 'nexpose',
    columns: {
      host: n('Asset IP Address', 'IP Address', 'Asset'),
      pluginId: n('Vulnerability ID'),
      name: n('Vulnerability Title'),
      cves: n('Vulnerability CVE IDs', 'Vulnerability CVE ID', 'CVE IDs'),
      severity: n('Vulnerability Severity Level', 'Severity Level'),
      port: n('Service Port'),
      resultCode: n('Vulnerability Test Result Code'),
    },
    signature: ['host', 'pluginId', 'severity'],
    risk: nexposeRisk,
    skip: (get) => !/^(?:|v[evp]\b.*|vulnerable.*)$/i.test(get('resultCode')),
  },
  {
    scanner: 'qualys',
    columns: {
      host: n('IP', 'IP Address'),
      pluginId: n('QID'),
      name: n('Title', 'Vulnerability Title'),
      cves: n('CVE ID', 'CVE IDs', 'CVE'),
      severity: n('Severity', 'Severity Level'),
      type: n('Type'),
      port: n('Port'),
    },
    signature: ['host', 'pluginId', 'severity'],
    risk: qualysRisk,
  },
  {
    scanner: 'openvas',
    columns: {
      host: n('IP', 'Host', 'IP Address'),
      pluginId: n('NVT OID', 'OID'),
      name: n('NVT Name', 'Name'),
      cves: n('CVEs', 'CVE'),
      severity: n('Severity', 'Threat'),
      score: n('CVSS', 'Severity Score'),
      port: n('Port'),
    },
    signature: ['host', 'pluginId', 'name'],
    risk: openvasRisk,
  },
  {
    scanner: 'nessus',
    columns: {
      host: n('Host', 'IP Address', 'Host IP'),
      pluginId: n('Plugin ID', 'Plugin'),
      name: n('Name', 'Plugin Name'),
      cves: n('CVE', 'CVEs'),
      severity: n('Risk', 'Risk Factor', 'Severity'),
      port: n('Port'),
    },
    signature: ['host', 'pluginId', 'name', 'severity'],
    risk: nessusRisk,
  },
];

export interface CsvLayout {
  format: CsvScanFormat;
  /** Column index of each field found. */
  columns: Partial<Record<ScanField, number>>;
}

/** The format whose signature columns a header row has, with the column of each field. */
export function csvLayoutOf(header: readonly string[]): CsvLayout | undefined {
  const normalized = header.map(normalizeHeader);
  for (const format of CSV_SCAN_FORMATS) {
    const columns: Partial<Record<ScanField, number>> = {};
    for (const [field, names] of Object.entries(format.columns) as [ScanField, readonly string[]][]) {
      for (const name of names) {
        const index = normalized.indexOf(name);
        if (index >= 0) {
          columns[field] = index;
          break;
        }
      }
    }
    if (format.signature.every((f) => columns[f] !== undefined)) return { format, columns };
  }
  return undefined;
}
