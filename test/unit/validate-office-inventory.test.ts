import { readFile } from 'node:fs/promises';
import { isIP } from 'node:net';
import ExcelJS from 'exceljs';
import { BufferByteSource } from '../../functions/core/bytes/byte-source.js';
import type { Finding } from '../../functions/core/validate/finding.js';
import { validateInventoryWorkbook } from '../../functions/core/validate/office/inventory-workbook.js';
import { ipVersion } from '../../functions/core/validate/ip-address.js';
import type { ValidationContext, ValidationOutcome } from '../../functions/core/validate/types.js';
import { fixture } from '../support/fixtures.js';
import { VirtualZip } from '../support/virtual-zip.js';

/** The header row of the Integrated Inventory Workbook v2.2 (row 2, A–W). */
const HEADERS = [
  'UNIQUE ASSET IDENTIFIER', 'IPv4 or IPv6\nAddress', 'Virtual', 'Public', 'DNS Name or URL', 'NetBIOS Name', 'MAC Address',
  'Authenticated Scan', 'Baseline Configuration Name', 'OS Name and Version', 'Location', 'Asset Type', 'Hardware Make/Model',
  'In Latest Scan', 'Software/ Database Vendor', 'Software/ Database Name & Version', 'Patch Level', 'Function', 'Comments',
  'Serial #/Asset Tag#', 'VLAN/\nNetwork ID', 'System Administrator/ Owner', 'Application Administrator/ Owner',
] as const;
type Header = (typeof HEADERS)[number];
type Record_ = Partial<Record<Header, string>>;

const host = (over: Record_ = {}): Record_ => ({
  'UNIQUE ASSET IDENTIFIER': 'app01.example.test',
  'IPv4 or IPv6\nAddress': '10.20.0.11',
  Virtual: 'Yes',
  Public: 'No',
  'DNS Name or URL': 'app01.example.test',
  'Authenticated Scan': 'Yes',
  'Baseline Configuration Name': 'CIS Ubuntu 22.04 L1 v1.0',
  'OS Name and Version': 'Ubuntu 22.04.4 LTS',
  Location: 'us-gov-west-1a',
  'Asset Type': 'Application server',
  'Hardware Make/Model': 'AWS EC2 m6i.large',
  'In Latest Scan': 'Yes',
  'System Administrator/ Owner': 'Pat Ops',
  ...over,
});

const database = (over: Record_ = {}): Record_ => ({
  'UNIQUE ASSET IDENTIFIER': 'orders-db',
  Virtual: 'Yes',
  Public: 'No',
  'Software/ Database Vendor': 'PostgreSQL Global Development Group',
  'Software/ Database Name & Version': 'PostgreSQL 15.6',
  Function: 'Order database',
  'System Administrator/ Owner': 'Dana DBA',
  ...over,
});

let template: Buffer<ArrayBuffer>;
beforeAll(async () => {
  template = await readFile(fixture('office/SSP-A13-FedRAMP-Integrated-Inventory-Workbook-Template.xlsx'));
});

/** A copy of the real template with records written from row 6 (under its three guidance rows). */
async function filledTemplate(records: Record_[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(template.buffer.slice(template.byteOffset, template.byteOffset + template.byteLength));
  const ws = wb.getWorksheet('Inventory')!;
  records.forEach((r, i) => {
    const row = ws.getRow(6 + i);
    HEADERS.forEach((h, c) => {
      const v = r[h];
      if (v !== undefined) row.getCell(c + 1).value = v;
    });
    row.commit();
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function workbook(sheets: { name: string; rows: (string | null)[][] }[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    s.rows.forEach((r, i) => r.forEach((v, c) => v !== null && (ws.getRow(i + 1).getCell(c + 1).value = v)));
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const validate = (bytes: Buffer | VirtualZip, ctx: Partial<ValidationContext> = {}): Promise<ValidationOutcome> =>
  validateInventoryWorkbook(bytes instanceof VirtualZip ? bytes : new BufferByteSource(bytes), { asOf: new Date(Date.UTC(2025, 5, 30)), ...ctx });

const byRule = (outcome: ValidationOutcome, ruleId: string): Finding[] => outcome.findings.filter((f) => f.ruleId === ruleId);

describe('validateInventoryWorkbook on the FedRAMP template', () => {
  it('skips the guidance rows of the blank template and reports it empty', async () => {
    const outcome = await validate(template);
    expect(outcome.findings).toEqual([{ ruleId: 'inventory-empty', severity: 'error', message: 'the inventory lists no assets', location: '' }]);
  });

  it('accepts a filled copy: infrastructure and software records, several addresses, IPv6', async () => {
    const bytes = await filledTemplate([
      host(),
      host({ 'UNIQUE ASSET IDENTIFIER': 'lb01', 'IPv4 or IPv6\nAddress': '192.0.2.10, 2001:db8::10', Public: 'Yes' }),
      host({ 'UNIQUE ASSET IDENTIFIER': 'bastion', 'IPv4 or IPv6\nAddress': '10.20.0.5\n10.20.1.5', Virtual: 'no', Public: 'YES' }),
      database(),
      database({ 'UNIQUE ASSET IDENTIFIER': 'cache', 'Software/ Database Vendor': 'Open Source', 'Software/ Database Name & Version': 'Valkey 7.2', Function: 'Session cache' }),
    ]);
    const outcome = await validate(bytes, { baseline: 'HIGH' });
    expect(outcome.findings).toEqual([]);
    expect(outcome.summary).toEqual({});
  });

  it('flags addresses that are not IPv4 or IPv6, one finding per cell', async () => {
    const bytes = await filledTemplate([
      host({ 'IPv4 or IPv6\nAddress': '10.20.0.300' }),
      host({ 'UNIQUE ASSET IDENTIFIER': 'app02', 'IPv4 or IPv6\nAddress': '10.20.0.12, app02.internal; 2001:db8::zz' }),
      host({ 'UNIQUE ASSET IDENTIFIER': 'app03', 'IPv4 or IPv6\nAddress': 'N/A' }),
      host({ 'UNIQUE ASSET IDENTIFIER': 'app04', 'IPv4 or IPv6\nAddress': '10.20.0.0/24' }),
    ]);
    expect(byRule(await validate(bytes), 'inventory-invalid-ip')).toEqual([
      { ruleId: 'inventory-invalid-ip', severity: 'error', message: "asset app01.example.test (row 6): '10.20.0.300' is not an IPv4 or IPv6 address", location: 'Inventory!B6' },
      expect.objectContaining({ location: 'Inventory!B7', message: "asset app02 (row 7): 'app02.internal', '2001:db8::zz' are not IPv4 or IPv6 addresses" }),
      expect.objectContaining({ location: 'Inventory!B9' }),
    ]);
  });

  it('requires Yes or No in Virtual, Public, Authenticated Scan and In Latest Scan', async () => {
    const bytes = await filledTemplate([host({ Virtual: 'Y', Public: 'maybe', 'Authenticated Scan': 'planned', 'In Latest Scan': 'No' })]);
    expect(byRule(await validate(bytes), 'inventory-invalid-yes-no').map((f) => [f.location, f.message])).toEqual([
      ['Inventory!C6', "asset app01.example.test (row 6): Virtual must be Yes or No, not 'Y'"],
      ['Inventory!D6', "asset app01.example.test (row 6): Public must be Yes or No, not 'maybe'"],
      ['Inventory!H6', "asset app01.example.test (row 6): Authenticated Scan must be Yes or No, not 'planned'"],
    ]);
  });

  it('flags a unique asset identifier used twice (case-insensitively)', async () => {
    const bytes = await filledTemplate([host(), database(), host({ 'UNIQUE ASSET IDENTIFIER': 'APP01.example.test', 'IPv4 or IPv6\nAddress': '10.20.0.99' })]);
    expect(byRule(await validate(bytes), 'inventory-duplicate-asset-id')).toEqual([
      { ruleId: 'inventory-duplicate-asset-id', severity: 'error', message: "unique asset identifier 'APP01.example.test' is used again (first at Inventory!A6)", location: 'Inventory!A8' },
    ]);
  });

  it('checks the mandatory fields of each kind of record, and the owner only for High systems', async () => {
    const bytes = await filledTemplate([
      host({ 'Baseline Configuration Name': '', 'Hardware Make/Model': 'TBD', 'System Administrator/ Owner': '' }),
      database({ Function: '', 'System Administrator/ Owner': '' }),
      { 'UNIQUE ASSET IDENTIFIER': 'mystery', Comments: 'added late' },
    ]);
    const moderate = byRule(await validate(bytes, { baseline: 'MODERATE' }), 'inventory-item-incomplete');
    expect(moderate.map((f) => [f.location, f.message])).toEqual([
      ['Inventory!I6', 'asset app01.example.test (row 6), an OS/infrastructure record, has no Baseline Configuration Name, Hardware Make/Model'],
      ['Inventory!R7', 'asset orders-db (row 7), a software/database record, has no Function'],
      ['Inventory!C8', 'asset mystery (row 8), an OS/infrastructure record, has no Virtual, Public, Authenticated Scan, Baseline Configuration Name, Asset Type, Hardware Make/Model, In Latest Scan'],
    ]);
    const high = byRule(await validate(bytes, { baseline: 'HIGH' }), 'inventory-item-incomplete');
    expect(high[0]!.message).toMatch(/Hardware Make\/Model, System Administrator\/ Owner$/);
    expect(high[1]!.message).toMatch(/has no Function, System Administrator\/ Owner$/);
  });
});

describe('validateInventoryWorkbook on drifted workbooks', () => {
  const drifted = ['Asset ID', 'IP Address', 'Is Virtual', 'Public Facing', 'DNS Name', 'Authenticated Scan', 'Baseline Configuration', 'Operating System',
    'Asset Type', 'Hardware Make and Model', 'In Latest Scan', 'Software Vendor', 'Software Name and Version', 'Function', 'System Owner'];

  it('finds renamed columns under a title row, on a sheet not named Inventory', async () => {
    const bytes = await workbook([
      { name: 'Record of Changes', rows: [['Date', 'Description']] },
      {
        name: 'Assets June 2025',
        rows: [
          ['Example Cloud Platform — integrated inventory'],
          drifted,
          ['web01', '10.1.0.5', 'Yes', 'No', 'web01.example.test', 'Yes', 'CIS L1', 'Ubuntu 22.04', 'Web server', 'AWS EC2', 'Yes', null, null, null, 'Pat'],
          ['web02', '10.1.0.256', 'Yes', 'No', 'web02.example.test', 'Yes', 'CIS L1', 'Ubuntu 22.04', 'Web server', 'AWS EC2', 'Yes', null, null, null, 'Pat'],
        ],
      },
    ]);
    const outcome = await validate(bytes);
    expect(outcome.findings).toEqual([expect.objectContaining({ ruleId: 'inventory-invalid-ip', location: 'Assets June 2025!B4' })]);
  });

  it('reports each required column the header lacks', async () => {
    const header = drifted.filter((h) => h !== 'In Latest Scan' && h !== 'System Owner');
    const outcome = await validate(await workbook([{ name: 'Inventory', rows: [header, ['web01', '10.1.0.5', 'Yes', 'No']] }]));
    expect(byRule(outcome, 'inventory-missing-column')).toEqual([
      { ruleId: 'inventory-missing-column', severity: 'error', message: "sheet 'Inventory' has no 'In Latest Scan' column in its header row 1", location: 'Inventory!1:1' },
      expect.objectContaining({ message: "sheet 'Inventory' has no 'System Administrator/ Owner' column in its header row 1" }),
    ]);
  });

  it('errs when no sheet has an inventory header', async () => {
    const outcome = await validate(await workbook([{ name: 'Sheet1', rows: [['Hostname', 'Owner'], ['web01', 'Pat']] }]));
    expect(outcome.findings).toEqual([expect.objectContaining({ ruleId: 'inventory-missing-header', severity: 'error' })]);
  });

  it('turns a zip bomb into an intake-hostile finding', async () => {
    const bomb = new VirtualZip([
      { name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') },
      { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(16 * 1024 * 1024, 0x20) },
    ]);
    expect((await validate(bomb)).findings).toEqual([expect.objectContaining({ ruleId: 'intake-hostile', severity: 'error' })]);
  });
});

describe('ipVersion', () => {
  it('agrees with node:net isIP', () => {
    const samples = [
      '10.0.0.1', '192.0.2.255', '255.255.255.255', '0.0.0.0', '256.1.1.1', '10.0.0', '10.0.0.1.1', '010.0.0.1', '1.2.3.04', ' 10.0.0.1',
      '::', '::1', '2001:db8::1', '2001:0db8:0000:0000:0000:ff00:0042:8329', '2001:db8::ff00:42:8329', 'fe80::1%eth0', '::ffff:192.0.2.1',
      '64:ff9b::192.0.2.33', '2001:db8:::1', '2001:db8::1::2', '1:2:3:4:5:6:7:8', '1:2:3:4:5:6:7:8:9', '1:2:3:4:5:6:7::', '::2:3:4:5:6:7:8',
      'g::1', '12345::1', '2001:db8::/32', '10.0.0.0/8', 'localhost', '', 'fe80::1%', '::ffff:256.0.0.1',
    ];
    for (const s of samples) expect([s, ipVersion(s)]).toEqual([s, isIP(s)]);
  });
});
