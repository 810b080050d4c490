import { readFileSync } from 'node:fs';
import { fixture } from '../../../support/fixtures.js';
import { addDays } from '../kit/rng.js';
import { Rng } from '../kit/rng.js';
import type { Cell, SheetSpec } from '../kit/xlsx.js';
import { renderXlsx } from '../kit/xlsx.js';
import type { EvalDoc } from './common.js';
import { ORG } from './common.js';

export const POAM_HEADERS = [
  'POAM ID', 'Controls', 'Weakness Name', 'Weakness Description', 'Weakness Detector Source', 'Weakness Source Identifier', 'Asset Identifier',
  'Point of Contact', 'Resources Required', 'Overall Remediation Plan', 'Original Detection Date', 'Scheduled Completion Date', 'Planned Milestones',
  'Milestone Changes', 'Status Date', 'Vendor Dependency', 'Last Vendor Check-in Date', 'Vendor Dependent Product Name', 'Original Risk Rating',
  'Adjusted Risk Rating', 'Risk Adjustment', 'False Positive', 'Operational Requirement', 'Deviation Rationale', 'Supporting Documents', 'Comments',
  'Auto-Approve', 'BOD 22-01 tracking', 'BOD 22-01 Due Date', 'CVE', 'Service Name',
] as const;

interface Weak {
  readonly ctl: string;
  readonly name: string;
  readonly desc: string;
  readonly src: string;
  readonly srcId: string;
  readonly asset: string;
  readonly risk: 'High' | 'Moderate' | 'Low';
  readonly cve?: string;
}

const WEAKNESSES: readonly Weak[] = [
  { ctl: 'RA-5', name: 'OpenSSL vulnerable version', desc: 'OpenSSL 3.0.13 on worker AMI ami-0c4f; CVE-2024-5535 buffer over-read.', src: 'Tenable Nessus', srcId: '201084', asset: 'eks-prod-ng2-*', risk: 'Moderate', cve: 'CVE-2024-5535' },
  { ctl: 'CM-6', name: 'STIG settings not applied', desc: '14 Amazon Linux 2023 STIG settings not applied on CI build hosts.', src: 'SAR (Brightline)', srcId: 'KMC-2026-001', asset: 'ci-build-01..04', risk: 'Moderate' },
  { ctl: 'AC-2(3)', name: 'Dormant accounts', desc: 'Tenant admin accounts inactive >90 days remained enabled.', src: 'SAR (Brightline)', srcId: 'KMC-2026-003', asset: 'Okta tenant kmc-gov', risk: 'Low' },
  { ctl: 'IR-3', name: 'IR test scope', desc: 'Annual IR tabletop did not include the agency SOC notification path.', src: 'SAR (Brightline)', srcId: 'KMC-2026-005', asset: 'N/A (process)', risk: 'Low' },
  { ctl: 'CP-9', name: 'Backup restore untested', desc: 'Restore of the evidence S3 bucket from backup vault not tested.', src: 'SAR (Brightline)', srcId: 'KMC-2026-006', asset: 's3://kmc-prod-evidence', risk: 'Low' },
  { ctl: 'RA-5', name: 'nginx ingress outdated', desc: 'ingress-nginx 1.9.4 affected by CVE-2025-1974 (IngressNightmare).', src: 'Tenable Nessus', srcId: '233128', asset: 'eks-prod ingress-nginx', risk: 'High', cve: 'CVE-2025-1974' },
  { ctl: 'SI-2', name: 'Kernel update pending', desc: 'Linux kernel 6.1.94 on bastion-less admin nodes; multiple CVEs rated medium.', src: 'Tenable Nessus', srcId: '204771', asset: 'eks-prod-ng1-*', risk: 'Moderate', cve: 'CVE-2024-26925' },
  { ctl: 'RA-5', name: 'TLS cookie without Secure flag', desc: 'Legacy export endpoint sets a session cookie without the Secure attribute.', src: 'Burp Suite Enterprise', srcId: 'BSE-00451', asset: 'app.kestrelmission.us', risk: 'Low' },
];

function poamRow(n: number, w: Weak, detected: string, rng: Rng, closed = false): Cell[] {
  const days = w.risk === 'High' ? 30 : w.risk === 'Moderate' ? 90 : 180;
  const due = addDays(detected, days);
  return [
    `V-2026-${String(n).padStart(3, '0')}`, w.ctl, w.name, w.desc, w.src, w.srcId, w.asset, ORG.secEng, 'Engineering time (internal)',
    closed ? 'Remediated and validated by rescan.' : `Patch/rebuild via Terraform pipeline; validate with rescan. ${rng.pick(['Tracked in SEC-', 'Jira SEC-', 'ticket SEC-'])}${rng.int(200, 480)}`,
    detected, due, `${addDays(detected, Math.floor(days / 2))}: fix merged; ${due}: rescan clean`, null, '2026-10-31',
    w.name.includes('nginx') ? 'No' : 'No', null, null, w.risk, w.risk, null, 'No', 'No', null, null,
    closed ? 'Closed ' + addDays(detected, 20) : null, 'No', w.cve ? 'Yes' : 'No', w.cve ? addDays(detected, 21) : null, w.cve ?? null, ORG.abbr,
  ];
}

function poamSheets(rng: Rng, headerAt: number, headers: readonly string[]): SheetSpec[] {
  const top: Cell[][] = [
    ['Plan of Action and Milestones (POA&M)'],
    ['CSP', 'System Name', 'Impact Level', 'POAM Date'],
    [ORG.csp, ORG.cso, 'Moderate', '2026-10-31'],
  ];
  while (top.length < headerAt - 1) top.push([]);
  const open = WEAKNESSES.slice(0, 7).map((w, n) => poamRow(n + 1, w, n < 5 ? '2026-08-21' : '2026-10-06', rng));
  const closed = [poamRow(8, WEAKNESSES[7] as Weak, '2026-08-05', rng, true)];
  return [
    { name: 'Open POA&M Items', rows: [...top, [...headers], ...open], headerRow: headerAt, freeze: true },
    { name: 'Closed POA&M Items', rows: [...top, [...headers], ...closed], headerRow: headerAt, freeze: true },
    { name: 'Configuration Findings', rows: [...top, [...headers]], headerRow: headerAt },
    { name: 'Record of Changes', rows: [['Date', 'Description', 'Author'], ['2026-09-25', 'Initial POA&M from SAR risk exposure table', ORG.isso], ['2026-10-31', 'October ConMon update', ORG.secEng]], headerRow: 1 },
  ];
}

export const INVENTORY_HEADERS = [
  'UNIQUE ASSET IDENTIFIER', 'IPv4 or IPv6 Address', 'Virtual', 'Public', 'DNS Name or URL', 'NetBIOS Name', 'MAC Address', 'Authenticated Scan',
  'Baseline Configuration Name', 'OS Name and Version', 'Location', 'Asset Type', 'Hardware Make/Model', 'In Latest Scan', 'Software/ Database Vendor',
  'Software/ Database Name & Version', 'Patch Level', 'Diagram Label', 'Comments', 'Serial #/Asset Tag#', 'VLAN/Network ID', 'System Administrator/ Owner',
  'Application Administrator/ Owner', 'Function',
] as const;

function inventoryRows(rng: Rng, count: number): Cell[][] {
  const rows: Cell[][] = [];
  for (let n = 0; n < count; n++) {
    const kind = n % 4;
    const ip = `10.42.${rng.int(1, 30)}.${rng.int(4, 250)}`;
    const id = kind === 3 ? `db-kmc-prod-${n}` : `i-0${(0x3fa2c1 + n * 7919).toString(16)}${rng.int(1000, 9999)}`;
    rows.push([
      id, ip, 'Yes', kind === 0 ? 'No' : 'No', kind === 3 ? `kmc-prod-${n}.cluster-c9x.us-gov-west-1.rds.amazonaws.com` : `ip-${ip.replace(/\./g, '-')}.us-gov-west-1.compute.internal`,
      null, null, 'Yes', kind === 3 ? 'CIS PostgreSQL 15 L1' : 'KMC-AL2023-STIG-v3', kind === 3 ? 'Amazon RDS PostgreSQL 15.8' : 'Amazon Linux 2023.5',
      ORG.region, kind === 3 ? 'Database' : 'Virtual Machine (EKS node)', kind === 3 ? 'db.r6g.xlarge' : 'm6i.2xlarge', 'Yes', kind === 3 ? 'PostgreSQL' : 'Amazon',
      kind === 3 ? 'PostgreSQL 15.8' : 'containerd 1.7.22; kubelet 1.30.4', '2026-10', kind === 3 ? 'DB-1' : `EKS-NG${(n % 3) + 1}`, null, null,
      `vpc-0a1b prod / subnet ${rng.pick(['app-a', 'app-b', 'app-c', 'data-a'])}`, ORG.sre, ORG.vpe, kind === 3 ? 'Mission data store' : 'Kubernetes worker',
    ]);
  }
  return rows;
}

export async function workbookDocs(): Promise<EvalDoc[]> {
  const rng = new Rng(17017);
  const out: EvalDoc[] = [];

  out.push({
    file: 'KMC-POAM-2026-10.xlsx',
    expected: 'POAM',
    note: 'FedRAMP POA&M workbook (template v2.1 layout: Open/Closed POA&M Items, header row 5 from POAM ID) for the October ConMon month; POAM.',
    data: await renderXlsx({
      sheets: poamSheets(rng, 5, POAM_HEADERS),
      props: { mode: 'core', title: 'FedRAMP POA&M Template', creator: 'FedRAMP PMO', lastModifiedBy: ORG.secEng, created: '2023-08-30T00:00:00Z', modified: '2026-10-31T18:00:00Z' },
    }),
  });

  // Google Sheets copy: notes tab first, header row drifted to row 7, some columns renamed.
  const drifted = POAM_HEADERS.map((h) => (h === 'POAM ID' ? 'POA&M ID' : h === 'Controls' ? 'Control(s)' : h === 'Point of Contact' ? 'POC' : h));
  const gsheets = poamSheets(rng, 7, drifted);
  out.push({
    file: 'Copy of tracker (1).xlsx',
    expected: 'POAM',
    note: 'Google Sheets export of the working POA&M: a notes tab first, header row moved to row 7 and a few columns renamed, Open/Closed POA&M Items tabs; still the POAM.',
    data: await renderXlsx({
      sheets: [
        {
          name: 'READ ME - notes',
          rows: [
            ['how we use this sheet'],
            ['- this is the working copy of the FedRAMP POA&M. export to the PMO template before the monthly upload (TODO automate)'],
            ['- CMMC POA&M lives in the other sheet, do NOT mix 800-171 items in here'],
            ['- due dates: High 30 / Mod 90 / Low 180 from original detection; KEV due date wins'],
            ['- owner of record: Theo. Dana reviews before the 10th'],
          ],
        },
        ...gsheets,
      ],
      props: { mode: 'none' },
    }),
  });

  const csvRows = [
    [...POAM_HEADERS].join(','),
    ...WEAKNESSES.slice(0, 6).map((w, n) =>
      poamRow(n + 1, w, '2026-08-21', rng)
        .map((c) => (c === null ? '' : c instanceof Date ? c.toISOString().slice(0, 10) : `${c}`))
        .map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c))
        .join(','),
    ),
  ];
  out.push({
    file: 'open_items_export.csv',
    expected: 'POAM',
    note: 'CSV export of the Open POA&M Items tab (header row POAM ID, Controls, Weakness Name ...); POAM.',
    data: csvRows.join('\r\n') + '\r\n',
  });

  const poam = JSON.parse(readFileSync(fixture('oscal/FedRAMP-POAM-OSCAL-Template.json'), 'utf8')) as { 'plan-of-action-and-milestones': { metadata: Record<string, unknown> } };
  poam['plan-of-action-and-milestones'].metadata.title = `${ORG.cso} FedRAMP Plan of Action and Milestones`;
  poam['plan-of-action-and-milestones'].metadata['last-modified'] = '2026-10-31T18:00:00Z';
  out.push({
    file: 'kmc-ssp-oscal.json',
    expected: 'POAM',
    note: 'OSCAL JSON plan-of-action-and-milestones (FedRAMP template, fixture test/fixtures/oscal/FedRAMP-POAM-OSCAL-Template.json); the name says SSP but the content is a POA&M.',
    data: JSON.stringify(poam, null, 1) + '\n',
  });

  // Inventory
  const rev5Headers = [...INVENTORY_HEADERS];
  out.push({
    file: 'Attachment_13_IIW.xlsx',
    expected: 'INVENTORY',
    note: 'Integrated Inventory Workbook (Rev5 Appendix M layout with Diagram Label), instructions tab first; INVENTORY.',
    data: await renderXlsx({
      sheets: [
        { name: 'INSTRUCTIONS', rows: [['Integrated Inventory Workbook'], ['Complete one row per inventory item. Every asset in the authorization boundary must be listed, including virtual and containerized assets.'], ['Kestrel Forge note: generated from AWS Config aggregator + manual DB rows. Last refresh 2026-10-30.']] },
        { name: 'Inventory', rows: [[...rev5Headers], ...inventoryRows(rng, 28)], headerRow: 1, freeze: true },
        { name: 'Record of Changes', rows: [['Date', 'Description', 'Version', 'Author'], ['2026-10-30', 'October ConMon refresh', '1.4', ORG.sre]], headerRow: 1 },
      ],
      props: { mode: 'core', title: 'SSP Appendix M Integrated Inventory Workbook', creator: 'FedRAMP', lastModifiedBy: ORG.sre, created: '2024-12-06T00:00:00Z', modified: '2026-10-30T22:10:00Z' },
    }),
  });
  const v22 = rev5Headers.filter((h) => h !== 'Diagram Label' && h !== 'Function');
  out.push({
    file: 'sheet3.xlsx',
    expected: 'INVENTORY',
    note: 'Google Sheets export of the inventory in the older v2.2 column set (header on row 2 under a banner row, no properties); INVENTORY.',
    data: await renderXlsx({
      sheets: [
        { name: 'notes', rows: [['inv notes'], ['pulled from aws config 9/30. theo: RDS rows added by hand'], ['TODO add the 3 ELBs + WAF web ACL']] },
        { name: 'Inventory', rows: [['KMC inventory - September 2026 (working copy)'], v22, ...inventoryRows(rng, 14).map((r) => r.slice(0, 23))], headerRow: 2, freeze: true, merges: ['A1:F1'] },
      ],
      props: { mode: 'none' },
    }),
  });
  const invCsv = [rev5Headers, ...inventoryRows(rng, 12)]
    .map((r) => r.map((c) => (c === null ? '' : `${c as string}`)).map((c) => (/[",]/.test(c) ? `"${c}"` : c)).join(','))
    .join('\n');
  out.push({
    file: 'assets_20261030.csv',
    expected: 'INVENTORY',
    note: 'CSV export of the Integrated Inventory Workbook (UNIQUE ASSET IDENTIFIER, IPv4 or IPv6 Address ... columns); INVENTORY.',
    data: invCsv + '\n',
  });
  return out;
}
