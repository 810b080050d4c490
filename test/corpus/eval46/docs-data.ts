/** Workbooks, scanner exports, CSVs and OSCAL documents of the archive. */
import { stringify as yamlStringify } from 'yaml';
import { type Cell, rng, int, pick, uuid, buildXlsx, csv, esc } from './kit.js';
import { type Doc, CSP, SYS, ABBR, TPAO } from './front.js';

const HOSTS = Array.from({ length: 24 }, (_, i) => ({
  name: `${['hgvm', 'hgdb', 'hgweb', 'hgnet'][i % 4]}${String(i + 1).padStart(2, '0')}.ash.hghp.local`,
  ip: `10.40.${Math.floor(i / 8) + 1}.${20 + i}`,
  os: pick(rng(900 + i), ['Red Hat Enterprise Linux 5.8', 'Windows Server 2008 R2 SP1', 'VMware ESXi 5.0', 'Cisco IOS 12.4']),
}));

const VULNS = [
  { id: '51192', name: 'SSL Certificate Cannot Be Trusted', sev: 2, cve: '', fam: 'General', port: 443 },
  { id: '57582', name: 'SSL Self-Signed Certificate', sev: 2, cve: '', fam: 'General', port: 443 },
  { id: '20007', name: 'SSL Version 2 and 3 Protocol Detection', sev: 3, cve: 'CVE-2014-3566', fam: 'Service detection', port: 443 },
  { id: '58987', name: 'PHP Unsupported Version Detection', sev: 4, cve: '', fam: 'CGI abuses', port: 80 },
  { id: '42873', name: 'SSL Medium Strength Cipher Suites Supported', sev: 2, cve: 'CVE-2016-2183', fam: 'General', port: 8443 },
  { id: '71049', name: 'SSH Weak MAC Algorithms Enabled', sev: 1, cve: '', fam: 'Misc.', port: 22 },
  { id: '56984', name: 'RHSA-2011:1245: httpd security update', sev: 3, cve: 'CVE-2011-3192', fam: 'Red Hat Local Security Checks', port: 0 },
  { id: '53514', name: 'MS11-030: Vulnerability in DNS Resolution Could Allow Remote Code Execution', sev: 4, cve: 'CVE-2011-0657', fam: 'Windows : Microsoft Bulletins', port: 445 },
];
const SEV = ['None', 'Low', 'Medium', 'High', 'Critical'];

function nessus(): Doc {
  const r = rng(4901);
  const hosts = HOSTS.slice(0, 10)
    .map((h) => {
      const items = VULNS.filter(() => r() < 0.5)
        .map(
          (v) =>
            `<ReportItem port="${v.port}" svc_name="${v.port === 443 ? 'www' : 'general'}" protocol="tcp" severity="${v.sev}" pluginID="${v.id}" pluginName="${esc(v.name)}" pluginFamily="${esc(v.fam)}">\n` +
            `<description>${esc(v.name)} was detected on the remote host.</description>\n<risk_factor>${SEV[v.sev]}</risk_factor>\n` +
            (v.cve ? `<cve>${v.cve}</cve>\n` : '') +
            `<solution>Apply the vendor patch or reconfigure the affected service.</solution>\n<plugin_output>Port ${v.port}/tcp</plugin_output>\n</ReportItem>`,
        )
        .join('\n');
      return (
        `<ReportHost name="${h.ip}"><HostProperties>\n<tag name="HOST_END">Thu Feb  2 06:41:12 2012</tag>\n<tag name="operating-system">${esc(h.os)}</tag>\n` +
        `<tag name="host-ip">${h.ip}</tag>\n<tag name="host-fqdn">${h.name}</tag>\n<tag name="HOST_START">Thu Feb  2 06:02:40 2012</tag>\n</HostProperties>\n${items}\n</ReportHost>`
      );
    })
    .join('\n');
  const xml =
    '<?xml version="1.0" ?>\n<NessusClientData_v2>\n<Policy><policyName>HGHP Monthly Authenticated</policyName><Preferences><ServerPreferences>' +
    '<preference><name>TARGET</name><value>10.40.1.0/24,10.40.2.0/24</value></preference></ServerPreferences></Preferences></Policy>\n' +
    `<Report name="HGHP_Jan2012" xmlns:cm="http://www.nessus.org/cm">\n${hosts}\n</Report>\n</NessusClientData_v2>\n`;
  return { file: 'HGHP_Jan2012.nessus', expected: 'SCAN_RESULTS', note: 'Nessus v2 XML export of the January 2012 monthly authenticated infrastructure scan.', data: xml };
}

function nessusCsv(): Doc {
  const r = rng(4902);
  const rows: (string | number)[][] = [['Plugin ID', 'CVE', 'CVSS', 'Risk', 'Host', 'Protocol', 'Port', 'Name', 'Synopsis', 'Description', 'Solution', 'See Also', 'Plugin Output']];
  for (const h of HOSTS.slice(4, 18)) {
    for (const v of VULNS) {
      if (r() < 0.35) rows.push([v.id, v.cve, v.sev === 4 ? '10.0' : v.sev === 3 ? '7.5' : v.sev === 2 ? '5.0' : '2.6', SEV[v.sev] ?? '', h.ip, 'tcp', v.port, v.name, `The remote host is affected by: ${v.name}.`, `${v.name}. See vendor advisory.`, 'Upgrade or reconfigure.', 'http://www.nessus.org/u?' + v.id, `Port ${v.port}`]);
    }
  }
  return { file: 'export (2).csv', expected: 'SCAN_RESULTS', note: 'Nessus CSV export of a monthly vulnerability scan (Plugin ID, CVE, Risk, Host columns).', data: csv(rows) };
}

function qualysCsv(): Doc {
  const r = rng(4903);
  const rows: (string | number)[][] = [
    ['Scan Results'],
    ['Halvorsen Data Services', '1400 Wilson Blvd', 'Arlington', 'VA'],
    ['Launch Date', '03/05/2012 02:00:11', 'Active Hosts', '12', 'Scan Title', 'HGHP DB and Web Monthly'],
    [],
    ['IP', 'DNS', 'NetBIOS', 'OS', 'IP Status', 'QID', 'Title', 'Type', 'Severity', 'Port', 'Protocol', 'FQDN', 'SSL', 'CVE ID', 'Vendor Reference', 'Threat', 'Impact', 'Solution'],
  ];
  for (const h of HOSTS.slice(8, 20)) {
    for (let k = 0; k < 3; k++) {
      const v = pick(r, VULNS);
      rows.push([h.ip, h.name, h.name.split('.')[0]?.toUpperCase() ?? '', h.os, 'host scanned, found vuln', 38000 + int(r, 100, 900), v.name, pick(r, ['Vuln', 'Practice', 'Potential']), v.sev + 1, v.port, 'tcp', '', v.port === 443 ? 'over ssl' : '', v.cve, '', 'An attacker may exploit this weakness.', 'Information disclosure or compromise.', 'Apply vendor patch.']);
    }
  }
  return { file: 'Scan_Report_HGHP_DB_Web_20120305.csv', expected: 'SCAN_RESULTS', note: 'Qualys-style CSV scan report with QID, Severity and CVE columns for database and web hosts.', data: csv(rows) };
}

function zapJson(): Doc {
  const r = rng(4904);
  const alerts = [
    ['10038', 'Content Security Policy (CSP) Header Not Set', '2'],
    ['10020', 'X-Frame-Options Header Not Set', '2'],
    ['40012', 'Cross Site Scripting (Reflected)', '3'],
    ['10010', 'Cookie No HttpOnly Flag', '1'],
    ['90022', 'Application Error Disclosure', '1'],
  ].map(([pluginid, alert, risk]) => ({
    pluginid,
    alertRef: pluginid,
    alert,
    name: alert,
    riskcode: risk,
    confidence: '2',
    riskdesc: `${['Informational', 'Low', 'Medium', 'High'][Number(risk)]} (Medium)`,
    desc: `<p>${alert} was identified on the HGHP customer portal.</p>`,
    instances: Array.from({ length: int(r, 1, 4) }, (_, i) => ({ uri: `https://portal.hghp.example.gov/${['login', 'account', 'vm/list', 'help'][i]}`, method: 'GET', param: '', attack: '', evidence: '' })),
    count: '1',
    solution: '<p>Configure the web server to set the header.</p>',
    cweid: String(int(r, 16, 1021)),
    wascid: '15',
  }));
  const report = { '@version': '2.11.1', '@generated': 'Mon, 14 Nov 2022 03:10:44', site: [{ '@name': 'https://portal.hghp.example.gov', '@host': 'portal.hghp.example.gov', '@port': '443', '@ssl': 'true', alerts }] };
  return { file: 'zap-report.json', expected: 'SCAN_RESULTS', note: 'OWASP ZAP JSON report of the monthly web application scan of the HGHP portal.', data: JSON.stringify(report, null, 2) };
}

const INV_HEAD = [
  'UNIQUE ASSET IDENTIFIER', 'IPv4 or IPv6 Address', 'Virtual', 'Public', 'DNS Name or URL', 'NetBIOS Name', 'MAC Address', 'Authenticated Scan', 'Baseline Configuration Name',
  'OS Name and Version', 'Location', 'Asset Type', 'Hardware Make/Model', 'In Latest Scan', 'Software/ Database Vendor', 'Software/ Database Name & Version', 'Patch Level', 'Function',
  'Comments', 'Serial #/Asset Tag#', 'VLAN/Network ID', 'System Administrator/ Owner', 'Application Administrator/ Owner',
];

function invRows(seed: number, n: number): Cell[][] {
  const r = rng(seed);
  return HOSTS.slice(0, n).map((h, i) => [
    `HGHP-${String(1000 + i)}`, h.ip, h.os.includes('ESXi') || h.os.includes('Cisco') ? 'No' : 'Yes', 'No', h.name, h.name.split('.')[0]?.toUpperCase() ?? '',
    `00:50:56:${int(r, 16, 99)}:${int(r, 10, 99)}:${int(r, 10, 99)}`, 'Yes', h.os.includes('Windows') ? 'DISA STIG Win2008R2 v1r19' : 'CIS RHEL5 1.1', h.os, 'Ashburn DC1', pick(r, ['Server', 'Database', 'Network']),
    pick(r, ['Dell PowerEdge R710', 'HP ProLiant DL380 G7', 'Cisco ASA 5520']), 'Yes', pick(r, ['Oracle', 'Microsoft', 'Apache', '']), pick(r, ['Oracle 11g R2', 'SQL Server 2008 R2', 'Apache httpd 2.2.15', '']), 'Current',
    pick(r, ['Web front end', 'Database', 'Hypervisor', 'Core switch']), '', `AT-${int(r, 10000, 99999)}`, `VLAN ${int(r, 100, 140)}`, 'D. Lindqvist', 'M. Tran',
  ]);
}

async function inv1(): Promise<Doc> {
  const data = await buildXlsx({
    flavor: 'word2010compat',
    props: { title: 'Integrated Inventory Workbook', creator: 'ops' },
    sheets: [
      { name: 'Instructions', rows: [['FedRAMP Integrated Inventory Workbook'], ['Complete one row per inventory item. Use the UNIQUE ASSET IDENTIFIER consistently with scan results and the POA&M.']] },
      { name: 'Inventory', rows: [[`${CSP} - ${SYS} - Inventory as of 01/31/2012`], [], INV_HEAD, ...invRows(4911, 20)] },
    ],
  });
  return { file: 'Inventory_Jan2012.xlsx', expected: 'INVENTORY', note: 'Integrated Inventory Workbook with the template columns (UNIQUE ASSET IDENTIFIER, IPv4 or IPv6 Address, ...) for HGHP.', data };
}

async function inv2(): Promise<Doc> {
  const data = await buildXlsx({ flavor: 'libreoffice', props: { title: 'Untitled 1' }, sheets: [{ name: 'Sheet1', rows: [INV_HEAD, ...invRows(4912, 24)] }, { name: 'Sheet2', rows: [] }, { name: 'Sheet3', rows: [] }] });
  return { file: 'COPYOF~2.xlsx', expected: 'INVENTORY', note: 'LibreOffice-converted inventory workbook (Sheet1) with the integrated inventory columns.', data };
}

function inv3(): Doc {
  const rows = [INV_HEAD, ...invRows(4913, 16)].map((r) => r.map((c) => (c === null ? '' : c)));
  return { file: 'doc-2231.csv', expected: 'INVENTORY', note: 'CSV save of the integrated inventory workbook (UNIQUE ASSET IDENTIFIER ... Application Administrator/ Owner).', data: csv(rows) };
}

const POAM_HEAD = [
  'POAM ID', 'Controls', 'Weakness Name', 'Weakness Description', 'Weakness Detector Source', 'Weakness Source Identifier', 'Asset Identifier', 'Point of Contact', 'Resources Required',
  'Overall Remediation Plan', 'Original Detection Date', 'Scheduled Completion Date', 'Planned Milestones', 'Milestone Changes', 'Status Date', 'Vendor Dependency',
  'Last Vendor Check-in Date', 'Vendor Dependent Product Name', 'Original Risk Rating', 'Adjusted Risk Rating', 'Risk Adjustment', 'False Positive', 'Operational Requirement',
  'Deviation Rationale', 'Supporting Documents', 'Comments', 'Auto-Approve',
];

function poamRows(seed: number, n: number, closed = false): Cell[][] {
  const r = rng(seed);
  return Array.from({ length: n }, (_, i) => {
    const v = pick(r, VULNS);
    const h = pick(r, HOSTS);
    const risk = v.sev >= 3 ? 'High' : v.sev === 2 ? 'Moderate' : 'Low';
    return [
      `V-2012-${String(100 + i).padStart(4, '0')}`, pick(r, ['RA-5', 'SI-2', 'SC-8', 'CM-6', 'AC-7']), v.name, `${v.name} identified on ${h.name}.`, pick(r, ['Nessus', 'Qualys', 'SAR 2011']), v.id, h.name,
      'D. Lindqvist', 'None', 'Apply vendor patch and verify with rescan.', `0${int(r, 1, 9)}/1${int(r, 0, 9)}/2012`, `1${int(r, 0, 2)}/2${int(r, 0, 8)}/2012`, 'Patch in next maintenance window',
      '', '01/31/2013', 'No', '', '', risk, risk, 'No', 'No', 'No', '', '', closed ? 'Closed - verified by rescan' : '', 'No',
    ];
  });
}

async function poam1(): Promise<Doc> {
  const meta: Cell[][] = [[], ['CSP', CSP, 'System Name', SYS, 'Impact Level', 'Moderate', 'POAM Date', '01/31/2013'], [], []];
  const data = await buildXlsx({
    flavor: 'word2010compat',
    props: { title: 'FedRAMP POA&M Template', creator: 'dlindqvist', company: CSP },
    sheets: [
      { name: 'Open POA&M Items', rows: [...meta, POAM_HEAD, ...poamRows(4921, 14)] },
      { name: 'Closed POA&M Items', rows: [...meta, POAM_HEAD, ...poamRows(4922, 6, true)] },
      { name: 'Record of Changes', rows: [['Date', 'Description', 'Author'], ['01/31/2013', 'Monthly update', 'D. Lindqvist']] },
    ],
  });
  return { file: 'HGHP POAM 2013-01.xlsx', expected: 'POAM', note: 'FedRAMP POA&M workbook with Open/Closed POA&M Items sheets and the POAM ID header row.', data };
}

async function poam2(): Promise<Doc> {
  const head = POAM_HEAD.map((h) => (h === 'POAM ID' ? 'POA&M Item ID' : h === 'Weakness Name' ? 'Weakness' : h));
  const data = await buildXlsx({
    flavor: 'libreoffice',
    props: { title: 'Untitled 1' },
    sheets: [{ name: 'Sheet1', rows: [['Plan of Action and Milestones (POA&M)'], [`${CSP} / ${ABBR}`, '', 'Moderate', '', 'Updated 07/31/2011'], [], head.slice(0, 20), ...poamRows(4923, 18).map((x) => x.slice(0, 20))] }],
  });
  return { file: 'POAM_2011-07 (conflicted copy).xlsx', expected: 'POAM', note: 'LibreOffice conversion of an old .xls Plan of Action and Milestones (Sheet1, renamed header columns).', data };
}

function poamOscal(): Doc {
  const r = rng(4924);
  const items = poamRows(4925, 5).map((row) => ({
    uuid: uuid(r),
    title: String(row[2]),
    description: String(row[3]),
    props: [{ name: 'POAM-ID', ns: 'https://fedramp.gov/ns/oscal', value: String(row[0]) }],
    'related-observations': [{ 'observation-uuid': uuid(r) }],
  }));
  const doc = {
    'plan-of-action-and-milestones': {
      uuid: uuid(r),
      metadata: { title: `${SYS} Plan of Action and Milestones`, 'last-modified': '2022-09-30T00:00:00Z', version: '2022-09', 'oscal-version': '1.0.4', parties: [{ uuid: uuid(r), type: 'organization', name: CSP }] },
      'import-ssp': { href: './hghp-ssp.json' },
      'system-id': { 'identifier-type': 'https://fedramp.gov', id: 'F1105071234' },
      'poam-items': items,
    },
  };
  return { file: 'poam.yaml', expected: 'POAM', note: 'OSCAL plan-of-action-and-milestones in YAML with five POA&M items.', data: yamlStringify(doc) };
}

function sspOscal(): Doc {
  const r = rng(4931);
  const reqs = ['ac-2', 'ac-17', 'au-6', 'cm-6', 'ia-2', 'sc-7'].map((c) => ({
    uuid: uuid(r),
    'control-id': c,
    props: [{ name: 'implementation-status', ns: 'https://fedramp.gov/ns/oscal', value: 'implemented' }],
    statements: [{ 'statement-id': `${c}_smt`, uuid: uuid(r), 'by-components': [{ 'component-uuid': '11111111-2222-4000-8000-000000000001', uuid: uuid(r), description: `HGHP implements ${c.toUpperCase()} as described in the SSP.` }] }],
  }));
  const doc = {
    'system-security-plan': {
      uuid: uuid(r),
      metadata: { title: `${SYS} System Security Plan`, 'last-modified': '2023-01-15T00:00:00Z', version: '5.0', 'oscal-version': '1.1.3', roles: [{ id: 'system-owner', title: 'System Owner' }], parties: [{ uuid: uuid(r), type: 'organization', name: CSP }] },
      'import-profile': { href: 'https://raw.githubusercontent.com/GSA/fedramp-automation/master/dist/content/rev5/baselines/json/FedRAMP_rev5_MODERATE-baseline_profile.json' },
      'system-characteristics': {
        'system-ids': [{ 'identifier-type': 'https://fedramp.gov', id: 'F1105071234' }],
        'system-name': SYS,
        'system-name-short': ABBR,
        description: 'IaaS offering providing compute, storage and backup to federal tenants.',
        'security-sensitivity-level': 'fips-199-moderate',
        'system-information': { 'information-types': [{ uuid: uuid(r), title: 'IT Security', description: 'IT security information', 'confidentiality-impact': { base: 'fips-199-moderate' }, 'integrity-impact': { base: 'fips-199-moderate' }, 'availability-impact': { base: 'fips-199-low' } }] },
        'security-impact-level': { 'security-objective-confidentiality': 'fips-199-moderate', 'security-objective-integrity': 'fips-199-moderate', 'security-objective-availability': 'fips-199-moderate' },
        status: { state: 'operational' },
        'authorization-boundary': { description: 'Ashburn and Denver data centers, management network and customer portal.' },
      },
      'system-implementation': { users: [{ uuid: uuid(r), title: 'Tenant administrator' }], components: [{ uuid: '11111111-2222-4000-8000-000000000001', type: 'this-system', title: 'This System', description: 'The whole HGHP system.', status: { state: 'operational' } }] },
      'control-implementation': { description: 'FedRAMP Moderate baseline control implementation.', 'implemented-requirements': reqs },
    },
  };
  return { file: 'hghp-ssp.json', expected: 'SSP', note: 'OSCAL 1.1.3 system-security-plan JSON for HGHP (Moderate) with implemented requirements.', data: JSON.stringify(doc, null, 2) };
}

function sapOscal(): Doc {
  const r = rng(4932);
  const xml =
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<assessment-plan xmlns="http://csrc.nist.gov/ns/oscal/1.0" uuid="${uuid(r)}">\n  <metadata>\n    <title>${esc(SYS)} Security Assessment Plan (SAP) - Annual Assessment 2023</title>\n` +
    '    <last-modified>2023-03-01T00:00:00Z</last-modified>\n    <version>1.0</version>\n    <oscal-version>1.0.4</oscal-version>\n' +
    `    <party uuid="${uuid(r)}" type="organization"><name>${esc(TPAO)}</name></party>\n  </metadata>\n` +
    '  <import-ssp href="./hghp-ssp.json"/>\n  <local-definitions>\n' +
    `    <activity uuid="${uuid(r)}"><title>Authenticated vulnerability scanning</title><description><p>Monthly-style OS, database and web scans with credentials.</p></description></activity>\n` +
    `    <activity uuid="${uuid(r)}"><title>Penetration testing</title><description><p>External and internal penetration test per the rules of engagement.</p></description></activity>\n  </local-definitions>\n` +
    '  <terms-and-conditions>\n    <part name="rules-of-engagement"><title>Rules of Engagement</title><p>Testing window weekdays 19:00-05:00 ET from 198.51.100.20-29.</p></part>\n' +
    '    <part name="methodology"><title>Assessment Methodology</title><p>Examine, interview and test per NIST SP 800-53A.</p></part>\n  </terms-and-conditions>\n' +
    '  <reviewed-controls>\n    <control-selection>\n      <include-all/>\n    </control-selection>\n  </reviewed-controls>\n' +
    `  <assessment-subject type="component"><include-all/></assessment-subject>\n</assessment-plan>\n`;
  return { file: 'sap-2023.xml', expected: 'SAP', note: 'OSCAL assessment-plan XML (annual assessment) with rules of engagement and methodology.', data: xml };
}

function sarOscal(): Doc {
  const r = rng(4933);
  const doc = {
    'assessment-results': {
      uuid: uuid(r),
      metadata: { title: `${SYS} Security Assessment Report`, 'last-modified': '2023-05-01T00:00:00Z', version: '1.0', 'oscal-version': '1.0.4' },
      'import-ap': { href: './sap-2023.xml' },
      results: [
        {
          uuid: uuid(r),
          title: 'Annual Assessment 2023 Results',
          description: 'Results of the 2023 annual assessment performed by the 3PAO.',
          start: '2023-03-13T00:00:00Z',
          end: '2023-03-31T00:00:00Z',
          'reviewed-controls': { 'control-selections': [{ 'include-all': {} }] },
          findings: [
            { uuid: uuid(r), title: 'AC-7 lockout not enforced', description: 'Portal accounts not locked after 3 failed attempts.', target: { type: 'objective-id', 'target-id': 'ac-7_obj', status: { state: 'not-satisfied' } } },
            { uuid: uuid(r), title: 'SC-8 weak TLS', description: 'TLS 1.0 enabled on the load balancer.', target: { type: 'objective-id', 'target-id': 'sc-8_obj', status: { state: 'not-satisfied' } } },
          ],
          risks: [{ uuid: uuid(r), title: 'Weak TLS', description: 'Weak protocol versions allowed.', statement: 'Risk exposure Moderate.', status: 'open' }],
        },
      ],
    },
  };
  return { file: 'ar.json', expected: 'SAR', note: 'OSCAL assessment-results JSON with findings and risks of the 2023 annual assessment.', data: JSON.stringify(doc, null, 2) };
}

async function cis1(): Promise<Doc> {
  const ctrls = ['AC-1', 'AC-2', 'AC-2(1)', 'AC-3', 'AC-17', 'AU-2', 'AU-6', 'CM-2', 'CM-6', 'IA-2', 'IA-2(1)', 'SC-7', 'SC-13', 'SI-2'];
  const r = rng(4941);
  const cis: Cell[][] = [
    [`${CSP} - ${SYS} Control Implementation Summary (CIS) Worksheet`],
    ['Control ID', 'Implemented', 'Partially Implemented', 'Planned', 'Alternative Implementation', 'Not Applicable', 'Service Provider Corporate', 'Service Provider System Specific', 'Service Provider Hybrid', 'Configured by Customer', 'Provided by Customer', 'Shared', 'Inherited'],
    ...ctrls.map((c) => [c, 'X', '', '', '', '', r() < 0.4 ? 'X' : '', r() < 0.5 ? 'X' : '', '', r() < 0.2 ? 'X' : '', '', r() < 0.3 ? 'X' : '', '']),
  ];
  const crm: Cell[][] = [
    ['Customer Responsibility Matrix (CRM)'],
    ['Control ID', 'Can Be Inherited from CSP', 'Specific Inheritance and Customer Agency/CSP Responsibilities'],
    ...ctrls.map((c) => [c, r() < 0.5 ? 'Yes' : 'Partial', `Customers are responsible for ${c.startsWith('AC') ? 'managing tenant accounts' : c.startsWith('IA') ? 'tenant user authentication' : 'their guest operating systems'}.`]),
  ];
  const data = await buildXlsx({ flavor: 'word2010compat', props: { title: 'CIS Workbook', creator: 'dlindqvist' }, sheets: [{ name: 'CIS Worksheet', rows: cis }, { name: 'CRM', rows: crm }] });
  return { file: 'Attachment 9 - CIS CRM.xlsx', expected: 'CIS_CRM_WORKBOOK', note: 'Control Implementation Summary and Customer Responsibility Matrix workbook (SSP Attachment 9).', data };
}

async function cis2(): Promise<Doc> {
  const r = rng(4942);
  const rows: Cell[][] = [
    ['CONTROL IMPLEMENTATION SUMMARY / CUSTOMER RESPONSIBILITY MATRIX'],
    ['Control ID', 'Implementation Status', 'Control Origination', 'Customer Responsibility'],
    ...['AC-2', 'AC-3', 'AC-5', 'AU-2', 'AU-11', 'CP-9', 'IA-5', 'PE-3', 'SC-28', 'SI-4'].map((c) => [c, 'Implemented', pick(r, ['Service Provider System Specific', 'Shared (Service Provider and Customer Responsibility)', 'Provided by Customer']), pick(r, ['None', 'Customer manages tenant users', 'Customer configures retention'])]),
  ];
  const data = await buildXlsx({ flavor: 'libreoffice', props: { title: 'Untitled 1' }, sheets: [{ name: 'Sheet1', rows }] });
  return { file: 'book1.xlsx', expected: 'CIS_CRM_WORKBOOK', note: 'LibreOffice-converted CIS/CRM workbook with implementation status, origination and customer responsibilities.', data };
}

async function sod2(): Promise<Doc> {
  const rows: Cell[][] = [
    ['Separation of Duties Matrix', '', `${SYS}`],
    ['Duty / Function', 'System Administrator', 'Network Administrator', 'Database Administrator', 'Security Analyst', 'ISSO', 'Change Manager'],
    ['Create user accounts', 'X', '', '', '', '', ''],
    ['Approve user accounts', '', '', '', '', 'X', ''],
    ['Configure audit settings', '', '', '', 'X', '', ''],
    ['Review audit records', '', '', '', 'X', 'X', ''],
    ['Approve configuration changes', '', '', '', '', '', 'X'],
    ['Deploy configuration changes', 'X', 'X', 'X', '', '', ''],
    ['Manage encryption keys', '', '', '', 'X', '', ''],
  ];
  const data = await buildXlsx({ flavor: 'word2007', props: { title: 'SoD Matrix' }, sheets: [{ name: 'SoD Matrix', rows }] });
  return { file: 'Copy of SoD.xlsx', expected: 'SEPARATION_OF_DUTIES_MATRIX', note: 'Separation of Duties Matrix workbook of roles against duties.', data };
}

async function laws2(): Promise<Doc> {
  const rows: Cell[][] = [
    ['FedRAMP Laws and Regulations'],
    ['Type', 'Identification Number', 'Title', 'Date', 'Link'],
    ['Law', 'PL 113-283', 'Federal Information Security Modernization Act of 2014', '12/18/2014', 'https://www.congress.gov/bill/113th-congress/senate-bill/2521'],
    ['Law', '5 USC 552a', 'Privacy Act of 1974', '1974', ''],
    ['Regulation', 'OMB Circular A-130', 'Managing Information as a Strategic Resource', '07/2016', ''],
    ['Regulation', 'OMB M-19-17', 'Enabling Mission Delivery through Improved Identity, Credential, and Access Management', '05/2019', ''],
    ['Standard', 'FIPS 140-2', 'Security Requirements for Cryptographic Modules', '05/2001', ''],
    ['Standard', 'FIPS 199', 'Standards for Security Categorization', '02/2004', ''],
    ['Guidance', 'NIST SP 800-53 Rev 5', 'Security and Privacy Controls', '09/2020', ''],
    ['Guidance', 'NIST SP 800-63-3', 'Digital Identity Guidelines', '06/2017', ''],
  ];
  const data = await buildXlsx({ flavor: 'word2010compat', props: { title: 'SSP Attachment 12' }, sheets: [{ name: 'Laws and Regulations', rows }] });
  return { file: 'A12.xlsx', expected: 'LAWS_AND_REGULATIONS', note: 'SSP Attachment 12 workbook listing applicable laws, regulations, standards and guidance.', data };
}

async function dr2(): Promise<Doc> {
  const rows: Cell[][] = [
    ['FedRAMP Deviation Request'],
    ['CSP', CSP, 'System', SYS, 'Date', '04/15/2013'],
    [],
    ['DR ID', 'POA&M ID', 'Deviation Type', 'Vulnerability Name', 'Original Risk Rating', 'Requested Risk Rating', 'Justification', 'Compensating Controls', 'Evidence'],
    ['DR-2013-01', 'V-2012-0104', 'False Positive', 'PHP Unsupported Version Detection', 'High', 'N/A', 'PHP is not installed; banner is returned by the load balancer.', 'N/A', 'Package listing attached'],
    ['DR-2013-02', 'V-2012-0109', 'Operational Requirement', 'SSL Self-Signed Certificate', 'Moderate', 'Moderate', 'Internal management interface requires self-signed certificate.', 'Access restricted to jump host', 'Firewall export'],
    ['DR-2013-03', 'V-2012-0111', 'Risk Adjustment', 'SSH Weak MAC Algorithms Enabled', 'Low', 'Low', 'Vendor fix pending.', 'Network isolation', 'Vendor ticket'],
  ];
  const data = await buildXlsx({ flavor: 'word2007', props: { title: 'Deviation Request Form', creator: 'dlindqvist' }, sheets: [{ name: 'Deviation Requests', rows }] });
  return { file: 'DR batch April.xlsx', expected: 'DEVIATION_REQUEST', note: 'Deviation request workbook (false positive, operational requirement and risk adjustment requests for POA&M items).', data };
}

async function checklist2(): Promise<Doc> {
  const rows: Cell[][] = [
    ['FedRAMP Initial Authorization Package Checklist'],
    ['CSP Name:', CSP, '', 'CSO Name:', SYS],
    [],
    ['Item #', 'Document', 'Template Used', 'Included', 'Version', 'Comments'],
    ...[
      'Initial Authorization Package Checklist', 'System Security Plan', 'Information Security Policies and Procedures', 'User Guide', 'Digital Identity Worksheet', 'PTA / PIA', 'Rules of Behavior',
      'Information System Contingency Plan', 'Configuration Management Plan', 'Incident Response Plan', 'CIS/CRM Workbook', 'FIPS 199', 'Separation of Duties Matrix', 'Laws and Regulations',
      'Integrated Inventory Workbook', 'Security Assessment Plan', 'Security Assessment Report', 'POA&M', 'Continuous Monitoring Plan',
    ].map((d, i): Cell[] => [i + 1, d, 'Yes', 'Yes', `1.${i % 4}`, '']),
  ];
  const data = await buildXlsx({ flavor: 'word2010compat', props: {}, sheets: [{ name: 'Checklist', rows }] });
  return { file: 'Final_v7.xlsx', expected: 'AUTHORIZATION_CHECKLIST', note: 'FedRAMP Initial Authorization Package Checklist workbook listing each package document and whether it is included.', data };
}

async function retention(): Promise<Doc> {
  const rows: Cell[][] = [
    ['Records Retention Schedule / File Plan - Information Technology and Compliance'],
    ['File Code', 'Record Series', 'Description', 'Retention', 'Disposition', 'Authority', 'Custodian'],
    ['IT-100', 'System Security Plans', 'Approved SSPs and attachments', 'Superseded + 3 years', 'Destroy', 'GRS 3.2 item 010', 'ISSO'],
    ['IT-110', 'Assessment Records', 'SAPs, SARs, scan results', '3 years after authorization', 'Destroy', 'GRS 3.2 item 010', 'ISSO'],
    ['IT-120', 'POA&M', 'Monthly POA&M workbooks', '3 years', 'Destroy', 'Internal', 'ISSO'],
    ['IT-200', 'Change Records', 'CAB minutes, change tickets', '5 years', 'Destroy', 'Internal', 'CAB chair'],
    ['IT-300', 'Media Sanitization', 'Disposal logs and certificates', '7 years', 'Destroy', 'Internal', 'Records Mgmt'],
    ['LG-100', 'Contracts', 'Vendor agreements', 'Expiry + 7 years', 'Destroy', 'Legal', 'Legal'],
    ['HR-050', 'Training Records', 'Awareness training completion', '5 years', 'Destroy', 'Internal', 'HR'],
  ];
  const data = await buildXlsx({ flavor: 'libreoffice', props: { title: 'Untitled 1' }, sheets: [{ name: 'Sheet1', rows }] });
  return { file: 'File Plan 2010.xlsx', expected: 'UNKNOWN', note: 'Records retention schedule / file plan that lists SSPs, SARs and POA&Ms as record series; not a deliverable.', data };
}

async function disposal(): Promise<Doc> {
  const r = rng(4952);
  const rows: Cell[][] = [
    ['Hardware Disposal Log'],
    ['Date', 'Asset Tag', 'Description', 'Serial', 'Media Sanitized', 'Method', 'Certificate #', 'Witness'],
    ...Array.from({ length: 18 }, (_, i): Cell[] => [`1${int(r, 0, 1)}/${int(r, 10, 28)}/2013`, `AT-${int(r, 10000, 99999)}`, pick(r, ['Dell PowerEdge 2950', 'Sun Fire V240', 'NetApp FAS2020 shelf', 'HP LTO-3 drive']), `SN${int(r, 100000, 999999)}`, 'Yes', pick(r, ['DoD 5220.22-M 3-pass', 'Degauss + shred']), `IB-${2013}-${String(i + 1).padStart(3, '0')}`, 'J. Abernathy']),
  ];
  const data = await buildXlsx({ flavor: 'word2007', props: { title: 'Disposal Log' }, sheets: [{ name: 'Log', rows }] });
  return { file: 'Disposal Log.xlsx', expected: 'UNKNOWN', note: 'Hardware disposal / media sanitization log; has asset tags but is not the integrated inventory.', data };
}

async function riskRegister(): Promise<Doc> {
  const rows: Cell[][] = [
    ['Enterprise Risk Register FY2012'],
    ['Risk ID', 'Risk Title', 'Category', 'Owner', 'Likelihood (1-5)', 'Impact (1-5)', 'Score', 'Treatment', 'Status'],
    ['ER-01', 'Loss of key customer contract', 'Strategic', 'CEO', 3, 5, 15, 'Diversify customer base', 'Open'],
    ['ER-02', 'Data center power outage', 'Operational', 'Dir. Infrastructure', 2, 4, 8, 'Generator testing; Denver site', 'Open'],
    ['ER-03', 'Failure to obtain FedRAMP authorization', 'Compliance', 'Dir. Security & Compliance', 2, 5, 10, 'Engage 3PAO early; track POA&M', 'Open'],
    ['ER-04', 'Ransomware on corporate network', 'Cyber', 'CISO', 3, 4, 12, 'EDR rollout; backups', 'Open'],
    ['ER-05', 'Loss of records during share migration', 'Records', 'Records Manager', 2, 3, 6, 'Checksum verification; manifest', 'Closed'],
  ];
  const data = await buildXlsx({ flavor: 'word2010compat', props: { title: 'Risk Register' }, sheets: [{ name: 'Register', rows }] });
  return { file: 'risk register FY12.xlsx', expected: 'UNKNOWN', note: 'Enterprise risk register (strategic/operational risks); not a POA&M.', data };
}

async function questionnaire(): Promise<Doc> {
  const qs = [
    'Does your organization have a documented information security policy approved by management?',
    'Is there a formal process for granting and revoking access to customer data?',
    'Are background checks performed on employees with access to customer data?',
    'Is customer data encrypted at rest and in transit?',
    'Do you perform vulnerability scanning at least monthly?',
    'Do you have a business continuity plan that is tested annually?',
    'Do you use subcontractors that have access to customer data?',
  ];
  const rows: Cell[][] = [
    ['Vendor Security Assessment Questionnaire - Shared Assessments SIG Lite 2012 (completed for customer: First Prairie Bank)'],
    ['Ques Num', 'Question', 'Response', 'Additional Information'],
    ...qs.map((q, i): Cell[] => [`A.${i + 1}`, q, 'Yes', i === 4 ? 'Nessus authenticated scans monthly' : '']),
  ];
  const data = await buildXlsx({ flavor: 'libreoffice', props: { title: 'Untitled 1' }, sheets: [{ name: 'Sheet1', rows }] });
  return { file: 'SIG_Lite_FirstPrairie.xlsx', expected: 'UNKNOWN', note: 'Completed vendor security questionnaire (SIG Lite) for a commercial customer; not a deliverable.', data };
}

function manifest(): Doc {
  const r = rng(4955);
  const rows: (string | number)[][] = [['source_path', 'target_path', 'size_bytes', 'md5', 'copied_utc', 'status']];
  const names = ['SSP_v2.doc', 'COPYOF~1.DOC', 'SAP_Final_v7.doc', 'POAM_2011-07.xls', 'Inventory_Jan2012.xls', 'HGHP_Jan2012.nessus', 'File Plan 2010.xls', 'IA-2010-14 final.doc', 'Ironbridge MSA 2008.doc', 'CAB minutes 2013-03-12.doc'];
  for (const n of names) {
    rows.push([`\\\\FS01\\compliance\\${n}`, `\\\\FS02\\compliance\\${n}`, int(r, 40000, 4000000), Array.from({ length: 32 }, () => Math.floor(r() * 16).toString(16)).join(''), `2013-10-2${int(r, 0, 7)}T0${int(r, 1, 9)}:${int(r, 10, 59)}:00Z`, r() < 0.9 ? 'OK' : 'RETRY_OK']);
  }
  return { file: 'migration_manifest_FS01_FS02.csv', expected: 'UNKNOWN', note: 'File-server migration manifest listing deliverable file names with checksums; not a deliverable.', data: csv(rows) };
}

export async function dataDocs(): Promise<Doc[]> {
  return Promise.all([
    Promise.resolve(nessus()), Promise.resolve(nessusCsv()), Promise.resolve(qualysCsv()), Promise.resolve(zapJson()),
    inv1(), inv2(), Promise.resolve(inv3()), poam1(), poam2(), Promise.resolve(poamOscal()),
    Promise.resolve(sspOscal()), Promise.resolve(sapOscal()), Promise.resolve(sarOscal()),
    cis1(), cis2(), sod2(), laws2(), dr2(), checklist2(),
    retention(), disposal(), riskRegister(), questionnaire(), Promise.resolve(manifest()),
  ]);
}
