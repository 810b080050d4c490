import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { BufferByteSource } from '../../functions/core/bytes/byte-source.js';
import type { Finding } from '../../functions/core/validate/finding.js';
import { validatePoamWorkbook } from '../../functions/core/validate/office/poam-workbook.js';
import type { ValidationOutcome } from '../../functions/core/validate/types.js';
import { fixture } from '../support/fixtures.js';
import { VirtualZip } from '../support/virtual-zip.js';

const DAY = 86_400_000;
const AS_OF = new Date(Date.UTC(2025, 5, 30, 15, 0));
/** A date `n` days before AS_OF (negative: after), at midnight UTC as Excel stores it. */
const daysBefore = (n: number): Date => new Date(Date.UTC(2025, 5, 30) - n * DAY);

/** The header row of the POA&M template v2.1 (row 5, A–AE). */
const HEADERS = [
  'POAM ID', 'Controls', 'Weakness Name', 'Weakness Description', 'Weakness Detector Source', 'Weakness Source Identifier',
  'Asset Identifier', 'Point of Contact', 'Resources Required', 'Overall Remediation Plan', 'Original Detection Date',
  'Scheduled Completion Date', 'Planned Milestones', 'Milestone Changes', 'Status Date', 'Vendor Dependency',
  'Last Vendor Check-in Date', 'Vendor Dependent Product Name', 'Original Risk Rating', 'Adjusted Risk Rating',
  'Risk Adjustment', 'False Positive', 'Operational Requirement', 'Deviation Rationale', 'Supporting Documents', 'Comments',
  'Auto-Approve', 'Binding Operational Directive 22-01 tracking', 'Binding Operational Directive 22-01 Due Date', 'CVE', 'Service Name',
] as const;
type Header = (typeof HEADERS)[number];
type Value = string | number | Date | null;
type Item = Partial<Record<Header, Value>>;

/** A complete, on-time High item; override what a test is about. */
const item = (over: Item = {}): Item => ({
  'POAM ID': 'V-0001',
  Controls: 'RA-5, SI-2',
  'Weakness Name': 'OpenSSH < 9.8 Remote Code Execution (regreSSHion)',
  'Weakness Description': 'A race condition in the sshd signal handler allows remote code execution.',
  'Weakness Detector Source': 'Nessus',
  'Weakness Source Identifier': '900101',
  'Asset Identifier': 'app01.example.test, 10.20.0.11\n10.20.0.12',
  'Point of Contact': 'Pat Ops',
  'Resources Required': 'None',
  'Overall Remediation Plan': 'Upgrade OpenSSH to 9.8p1 on all hosts.',
  'Original Detection Date': daysBefore(10),
  'Scheduled Completion Date': daysBefore(-15),
  'Status Date': daysBefore(1),
  'Vendor Dependency': 'No',
  'Original Risk Rating': 'High',
  'Adjusted Risk Rating': 'N/A',
  'Risk Adjustment': 'No',
  'False Positive': 'No',
  'Operational Requirement': 'No',
  CVE: 'CVE-2024-6387',
  'Service Name': 'Compute',
  ...over,
});

const rowOf = (i: Item, headers: readonly Header[] = HEADERS): Value[] => headers.map((h) => i[h] ?? null);

let template: Buffer<ArrayBuffer>;
beforeAll(async () => {
  template = await readFile(fixture('office/FedRAMP-POAM-Template.xlsx'));
});

/** A copy of the real template with items written from row 6 of each sheet. */
async function filledTemplate(sheets: Partial<Record<'Open POA&M Items' | 'Closed POA&M Items' | 'Configuration Findings', Item[]>>, edit?: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(template.buffer.slice(template.byteOffset, template.byteOffset + template.byteLength));
  for (const [name, items] of Object.entries(sheets)) {
    const ws = wb.getWorksheet(name)!;
    items.forEach((it, i) => {
      const row = ws.getRow(6 + i);
      rowOf(it).forEach((v, c) => {
        if (v !== null) row.getCell(c + 1).value = v;
      });
      row.commit();
    });
  }
  edit?.(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A workbook from scratch: each sheet's rows as given (header rows included). */
async function workbook(sheets: { name: string; rows: Value[][] }[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    s.rows.forEach((r, i) => {
      const row = ws.getRow(i + 1);
      r.forEach((v, c) => {
        if (v !== null) row.getCell(c + 1).value = v;
      });
    });
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const validate = (bytes: Buffer | VirtualZip): Promise<ValidationOutcome> =>
  validatePoamWorkbook(bytes instanceof VirtualZip ? bytes : new BufferByteSource(bytes), { asOf: AS_OF, fileName: 'poam.xlsx' });

const byRule = (outcome: ValidationOutcome, ruleId: string): Finding[] => outcome.findings.filter((f) => f.ruleId === ruleId);
const problems = (outcome: ValidationOutcome): Finding[] => outcome.findings.filter((f) => f.severity !== 'info');

describe('validatePoamWorkbook on the FedRAMP template', () => {
  it('accepts the blank template: no open items is only an info finding', async () => {
    const outcome = await validate(template);
    expect(outcome.findings).toEqual([{ ruleId: 'poam-empty', severity: 'info', message: 'the POA&M lists no open items', location: 'Open POA&M Items!A6' }]);
    expect(outcome.summary.poamItems).toEqual([]);
    expect(outcome.summary.impactLevel).toBeUndefined();
  });

  it('accepts a filled copy with on-time items, and summarises every item', async () => {
    const bytes = await filledTemplate(
      {
        'Open POA&M Items': [
          item(),
          item({ 'POAM ID': 'V-0002', 'Original Risk Rating': 'Moderate', 'Original Detection Date': daysBefore(60), 'Scheduled Completion Date': daysBefore(-20), CVE: null, 'Weakness Name': 'curl SOCKS5 heap overflow CVE-2023-38545' }),
          item({ 'POAM ID': 'V-0003', 'Original Risk Rating': 'Low', 'Original Detection Date': daysBefore(170), 'Scheduled Completion Date': daysBefore(-5), CVE: null }),
        ],
        'Closed POA&M Items': [item({ 'POAM ID': 'V-0000', 'Original Detection Date': daysBefore(400), 'Scheduled Completion Date': daysBefore(380) })],
        'Configuration Findings': [item({ 'POAM ID': 'CF-001', 'Weakness Name': 'CIS 5.2.4 SSH X11 forwarding enabled', 'Weakness Detector Source': 'CIS-CAT', CVE: null, 'Original Risk Rating': 'Low' })],
      },
      (wb) => {
        const ws = wb.getWorksheet('Open POA&M Items')!;
        ws.getCell('A3').value = 'Example Cloud LLC';
        ws.getCell('B3').value = 'Example Cloud Platform';
        ws.getCell('C3').value = 'Moderate';
        ws.getCell('D3').value = daysBefore(1);
      },
    );
    const outcome = await validate(bytes);
    expect(problems(outcome)).toEqual([]);
    expect(outcome.summary.impactLevel).toBe('MODERATE');
    const items = outcome.summary.poamItems!;
    expect(items.map((i) => [i.id, i.status])).toEqual([
      ['V-0001', 'open'],
      ['V-0002', 'open'],
      ['V-0003', 'open'],
      ['CF-001', 'open'],
      ['V-0000', 'closed'],
    ]);
    expect(items[0]).toEqual({
      id: 'V-0001',
      status: 'open',
      weakness: 'OpenSSH < 9.8 Remote Code Execution (regreSSHion)',
      controls: ['RA-5', 'SI-2'],
      sourceIdentifier: '900101',
      cves: ['CVE-2024-6387'],
      assets: ['app01.example.test', '10.20.0.11', '10.20.0.12'],
      risk: 'high',
      detected: '2025-06-20',
      scheduledCompletion: '2025-07-15',
      location: 'Open POA&M Items!A6',
    });
    // CVEs are also taken from the weakness text.
    expect(items[1]!.cves).toEqual(['CVE-2023-38545']);
    expect(items[3]!.location).toBe('Configuration Findings!A6');
  });

  it('flags a High item detected 45 days ago as an overdue ERROR at its detection date cell', async () => {
    const bytes = await filledTemplate({
      'Open POA&M Items': [
        item({ 'POAM ID': 'V-0101', 'Original Detection Date': daysBefore(45), 'Scheduled Completion Date': daysBefore(15) }),
        item({ 'POAM ID': 'V-0102', 'Original Risk Rating': 'Moderate', 'Original Detection Date': daysBefore(45), 'Scheduled Completion Date': daysBefore(-30) }),
        item({ 'POAM ID': 'V-0103', 'Original Risk Rating': 'Low', 'Original Detection Date': daysBefore(200), 'Scheduled Completion Date': daysBefore(20) }),
      ],
    });
    const outcome = await validate(bytes);
    const overdue = byRule(outcome, 'poam-overdue');
    expect(overdue).toEqual([
      {
        ruleId: 'poam-overdue',
        severity: 'error',
        message:
          'POA&M item V-0101 (row 6), rated High and detected 2025-05-16, was due by 2025-06-15 (High: 30 days from detection); it is 15 days overdue as of 2025-06-30',
        location: 'Open POA&M Items!K6',
      },
      expect.objectContaining({ severity: 'error', location: 'Open POA&M Items!K8', message: expect.stringContaining('V-0103') }),
    ]);
  });

  it('judges deadlines by the Adjusted Risk Rating when there is one', async () => {
    const bytes = await filledTemplate({
      'Open POA&M Items': [
        item({ 'POAM ID': 'V-0201', 'Original Detection Date': daysBefore(45), 'Adjusted Risk Rating': 'Low', 'Risk Adjustment': 'Yes', 'Scheduled Completion Date': daysBefore(-60) }),
        item({ 'POAM ID': 'V-0202', 'Original Risk Rating': 'Low', 'Adjusted Risk Rating': 'High', 'Original Detection Date': daysBefore(31) }),
      ],
    });
    const outcome = await validate(bytes);
    expect(byRule(outcome, 'poam-overdue').map((f) => f.location)).toEqual(['Open POA&M Items!K7']);
    expect(outcome.summary.poamItems!.map((i) => i.risk)).toEqual(['low', 'high']);
  });

  it('downgrades overdue items with an operational requirement, false positive or vendor dependency to warnings', async () => {
    const late = { 'Original Detection Date': daysBefore(60) };
    const bytes = await filledTemplate({
      'Open POA&M Items': [
        item({ ...late, 'POAM ID': 'V-0301', 'Operational Requirement': 'Yes' }),
        item({ ...late, 'POAM ID': 'V-0302', 'False Positive': 'Pending' }),
        item({ ...late, 'POAM ID': 'V-0303', 'Vendor Dependency': 'Yes', 'Last Vendor Check-in Date': daysBefore(3) }),
        item({ ...late, 'POAM ID': 'V-0304', 'Risk Adjustment': 'Pending' }),
      ],
    });
    const overdue = byRule(await validate(bytes), 'poam-overdue');
    expect(overdue.map((f) => [f.location, f.severity])).toEqual([
      ['Open POA&M Items!K6', 'warning'],
      ['Open POA&M Items!K7', 'warning'],
      ['Open POA&M Items!K8', 'warning'],
      ['Open POA&M Items!K9', 'error'],
    ]);
    expect(overdue[0]!.message).toMatch(/with an operational requirement$/);
  });

  it('warns when completion is scheduled after the deadline without a deviation', async () => {
    const bytes = await filledTemplate({
      'Open POA&M Items': [
        item({ 'POAM ID': 'V-0401', 'Original Detection Date': daysBefore(10), 'Scheduled Completion Date': daysBefore(-60) }),
        item({ 'POAM ID': 'V-0402', 'Original Detection Date': daysBefore(10), 'Scheduled Completion Date': daysBefore(-60), 'Deviation Rationale': 'Fix requires a vendor release; compensating controls in place.' }),
      ],
    });
    const outcome = await validate(bytes);
    expect(byRule(outcome, 'poam-scheduled-after-deadline')).toEqual([
      expect.objectContaining({ severity: 'warning', location: 'Open POA&M Items!L6', message: expect.stringMatching(/scheduled for completion on 2025-08-29, after its remediation deadline 2025-07-20/) }),
    ]);
    expect(byRule(outcome, 'poam-overdue')).toEqual([]);
  });

  it('lets a passed BOD 22-01 (CISA KEV) due date override the 30/90/180-day deadline', async () => {
    const bytes = await filledTemplate({
      'Open POA&M Items': [
        item({ 'Original Detection Date': daysBefore(20), 'Binding Operational Directive 22-01 tracking': 'Yes', 'Binding Operational Directive 22-01 Due Date': daysBefore(6) }),
      ],
    });
    const [overdue] = byRule(await validate(bytes), 'poam-overdue');
    expect(overdue).toMatchObject({ severity: 'error', message: expect.stringMatching(/due by 2025-06-24 \(BOD 22-01 \(CISA KEV\) due date\); it is 6 days overdue/) });
  });

  it('never calls closed items overdue', async () => {
    const bytes = await filledTemplate({
      'Open POA&M Items': [item()],
      'Closed POA&M Items': [item({ 'POAM ID': 'V-0900', 'Original Detection Date': daysBefore(500) })],
    });
    expect(byRule(await validate(bytes), 'poam-overdue')).toEqual([]);
  });

  it('flags dates that are not dates, and reads dates written as text', async () => {
    const bytes = await filledTemplate({
      'Open POA&M Items': [
        item({ 'POAM ID': 'V-0501', 'Original Detection Date': 'soon', 'Scheduled Completion Date': '2025-02-30' }),
        item({ 'POAM ID': 'V-0502', 'Original Detection Date': '13/45/2025', 'Status Date': 'last week' }),
        item({ 'POAM ID': 'V-0503', 'Original Detection Date': '2025-06-01', 'Scheduled Completion Date': '7/1/2025', 'Status Date': 'Jun 29, 2025' }),
        item({ 'POAM ID': 'V-0504', 'Original Detection Date': '15-Jun-2025', 'Scheduled Completion Date': 45_850 }),
      ],
    });
    const outcome = await validate(bytes);
    expect(byRule(outcome, 'poam-invalid-date').map((f) => [f.location, f.severity])).toEqual([
      ['Open POA&M Items!K6', 'error'],
      ['Open POA&M Items!L6', 'error'],
      ['Open POA&M Items!K7', 'error'],
      ['Open POA&M Items!O7', 'error'],
    ]);
    expect(byRule(outcome, 'poam-invalid-date')[0]!.message).toBe("POA&M item V-0501 (row 6): Original Detection Date 'soon' is not a date");
    const items = outcome.summary.poamItems!;
    expect(items[2]).toMatchObject({ detected: '2025-06-01', scheduledCompletion: '2025-07-01' });
    expect(items[3]).toMatchObject({ detected: '2025-06-15', scheduledCompletion: '2025-07-12' });
  });

  it('accepts only Low, Moderate and High as risk ratings', async () => {
    const bytes = await filledTemplate({
      'Open POA&M Items': [
        item({ 'POAM ID': 'V-0601', 'Original Risk Rating': 'Critical' }),
        item({ 'POAM ID': 'V-0602', 'Original Risk Rating': 'Medium' }),
        item({ 'POAM ID': 'V-0603', 'Original Risk Rating': 'moderate', 'Adjusted Risk Rating': 'Very Low' }),
      ],
    });
    const outcome = await validate(bytes);
    expect(byRule(outcome, 'poam-invalid-risk-rating').map((f) => f.location)).toEqual(['Open POA&M Items!S6', 'Open POA&M Items!S7', 'Open POA&M Items!T8']);
    expect(byRule(outcome, 'poam-invalid-risk-rating')[0]!.message).toBe("POA&M item V-0601 (row 6): Original Risk Rating 'Critical' is not Low, Moderate or High");
  });

  it('flags a POAM ID used twice, across the open and closed sheets', async () => {
    const bytes = await filledTemplate({
      'Open POA&M Items': [item({ 'POAM ID': 'V-0700' }), item({ 'POAM ID': 'V-0701' })],
      'Closed POA&M Items': [item({ 'POAM ID': 'v-0700' })],
    });
    expect(byRule(await validate(bytes), 'poam-duplicate-id')).toEqual([
      { ruleId: 'poam-duplicate-id', severity: 'error', message: "POAM ID 'v-0700' is used again (first at Open POA&M Items!A6)", location: 'Closed POA&M Items!A6' },
    ]);
  });

  it('lists the required fields an item lacks, located at the first of them', async () => {
    const bytes = await filledTemplate({
      'Open POA&M Items': [item({ Controls: null, 'Point of Contact': 'TBD', 'Overall Remediation Plan': '' }), item({ 'POAM ID': null, 'Weakness Name': null })],
    });
    const incomplete = byRule(await validate(bytes), 'poam-item-incomplete');
    expect(incomplete).toEqual([
      {
        ruleId: 'poam-item-incomplete',
        severity: 'error',
        message: 'POA&M item V-0001 (row 6) has no Controls, Point of Contact, Overall Remediation Plan',
        location: 'Open POA&M Items!B6',
      },
      expect.objectContaining({ message: 'POA&M item (no id) (row 7) has no POAM ID, Weakness Name', location: 'Open POA&M Items!A7' }),
    ]);
  });

  it('lists at most 200 findings of one rule, and counts the rest', async () => {
    const items = Array.from({ length: 230 }, (_, i) => item({ 'POAM ID': `V-${1000 + i}`, 'Original Risk Rating': 'Severe' }));
    const outcome = await validate(await filledTemplate({ 'Open POA&M Items': items }));
    const invalid = byRule(outcome, 'poam-invalid-risk-rating');
    expect(invalid).toHaveLength(201);
    expect(invalid[200]).toMatchObject({ severity: 'error', message: '30 more poam-invalid-risk-rating findings are not listed (230 in all)' });
  });
});

describe('validatePoamWorkbook on drifted workbooks', () => {
  const drifted: string[] = [
    'Control(s)', 'POA&M ID', 'Weakness', 'Weakness Description', 'Scanner', 'Plugin / QID', 'Asset Identifier(s)',
    'POC', 'Remediation Plan', 'Risk Rating (Original)', 'Detection Date', 'Due Date', 'Risk Rating (Adjusted)', 'CVEs',
  ];
  const driftedRow = (i: Item): Value[] => [
    i.Controls ?? null, i['POAM ID'] ?? null, i['Weakness Name'] ?? null, i['Weakness Description'] ?? null, i['Weakness Detector Source'] ?? null,
    i['Weakness Source Identifier'] ?? null, i['Asset Identifier'] ?? null, i['Point of Contact'] ?? null, i['Overall Remediation Plan'] ?? null,
    i['Original Risk Rating'] ?? null, i['Original Detection Date'] ?? null, i['Scheduled Completion Date'] ?? null, i['Adjusted Risk Rating'] ?? null, i.CVE ?? null,
  ];
  const titleBlock: Value[][] = [
    ['Example Cloud LLC — Plan of Action and Milestones'],
    [],
    ['CSP', 'System Name', 'Impact Level', 'POAM Date'],
    ['Example Cloud LLC', 'Example Cloud Platform', 'High', daysBefore(2)],
    [],
    ['Prepared by the ISSO. Items below are open as of the POAM date.'],
  ];

  it('finds a header moved to row 7 with renamed and reordered columns, in a sheet named "POA&M Items"', async () => {
    const bytes = await workbook([
      {
        name: 'POA&M Items',
        rows: [
          ...titleBlock,
          drifted,
          driftedRow(item({ 'POAM ID': 'V-0801', 'Original Detection Date': daysBefore(45) })),
          driftedRow(item({ 'POAM ID': 'V-0802' })),
          driftedRow(item({ 'POAM ID': 'V-0803', 'Original Detection Date': daysBefore(45), 'Adjusted Risk Rating': 'Moderate', 'Scheduled Completion Date': daysBefore(-30) })),
        ],
      },
    ]);
    const outcome = await validate(bytes);
    expect(byRule(outcome, 'poam-overdue')).toEqual([expect.objectContaining({ severity: 'error', location: 'POA&M Items!K8', message: expect.stringContaining('V-0801 (row 8)') })]);
    expect(byRule(outcome, 'poam-missing-sheet')).toEqual([expect.objectContaining({ severity: 'warning', message: "the workbook has no 'Closed POA&M Items' sheet" })]);
    expect(byRule(outcome, 'poam-missing-column')).toEqual([]);
    expect(outcome.summary.impactLevel).toBe('HIGH');
    expect(outcome.summary.poamItems!.map((i) => [i.id, i.location, i.cves.join(' '), i.risk, i.sourceIdentifier])).toEqual([
      ['V-0801', 'POA&M Items!B8', 'CVE-2024-6387', 'high', '900101'],
      ['V-0802', 'POA&M Items!B9', 'CVE-2024-6387', 'high', '900101'],
      ['V-0803', 'POA&M Items!B10', 'CVE-2024-6387', 'moderate', '900101'],
    ]);
    expect(outcome.summary.poamItems![2]!.scheduledCompletion).toBe('2025-07-30');
  });

  it('reports each required column the header lacks, at the header row', async () => {
    const header = drifted.filter((h) => h !== 'POC' && h !== 'Detection Date');
    const bytes = await workbook([
      { name: 'Open POA&M Items', rows: [...titleBlock, header, ['AC-2', 'V-0810', 'Stale accounts']] },
      { name: 'Closed POA&M Items', rows: [[...HEADERS]] },
    ]);
    const missing = byRule(await validate(bytes), 'poam-missing-column');
    expect(missing).toEqual([
      { ruleId: 'poam-missing-column', severity: 'error', message: "sheet 'Open POA&M Items' has no 'Point of Contact' column in its header row 7", location: 'Open POA&M Items!7:7' },
      expect.objectContaining({ message: "sheet 'Open POA&M Items' has no 'Original Detection Date' column in its header row 7" }),
    ]);
  });

  it('reads open items from an unnamed sheet with a POA&M header, with a warning', async () => {
    const bytes = await workbook([
      { name: 'Instructions', rows: [['How to fill this workbook']] },
      { name: 'Sheet1', rows: [[...HEADERS], rowOf(item())] },
    ]);
    const outcome = await validate(bytes);
    expect(byRule(outcome, 'poam-missing-sheet')).toEqual([
      expect.objectContaining({ severity: 'warning', message: "the workbook has no 'Open POA&M Items' sheet; open items are read from sheet 'Sheet1'" }),
      expect.objectContaining({ severity: 'warning', message: "the workbook has no 'Closed POA&M Items' sheet" }),
    ]);
    expect(outcome.summary.poamItems).toHaveLength(1);
  });

  it('errs when no sheet holds POA&M items, or the open sheet has no header row', async () => {
    const none = await validate(await workbook([{ name: 'Inventory', rows: [['UNIQUE ASSET IDENTIFIER', 'IPv4 or IPv6 Address']] }]));
    expect(byRule(none, 'poam-missing-sheet')[0]).toMatchObject({ severity: 'error' });
    const headless = await validate(await workbook([
      { name: 'Open POA&M Items', rows: [['Item', 'Notes'], ['1', 'fix it']] },
      { name: 'Closed POA&M Items', rows: [[...HEADERS]] },
    ]));
    expect(byRule(headless, 'poam-missing-header')).toEqual([
      expect.objectContaining({ severity: 'error', location: 'Open POA&M Items!A1' }),
    ]);
  });
});

describe('validatePoamWorkbook on hostile and broken files', () => {
  it('turns a zip bomb into an intake-hostile finding instead of throwing', async () => {
    const bomb = new VirtualZip([
      { name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') },
      { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(16 * 1024 * 1024, 0x20) },
    ]);
    const outcome = await validate(bomb);
    expect(outcome.findings).toEqual([expect.objectContaining({ ruleId: 'intake-hostile', severity: 'error', message: expect.stringMatching(/zip bomb/) })]);
    expect(outcome.summary).toEqual({});
  });

  it('turns a file that is not a workbook into an intake-unreadable finding', async () => {
    const outcome = await validate(Buffer.from('POAM ID,Weakness Name\nV-1,Something\n'));
    expect(outcome.findings).toEqual([expect.objectContaining({ ruleId: 'intake-unreadable', severity: 'error' })]);
  });
});
