/** Tabular documents of the eval37 corpus: workbooks, scanner exports and CSV files. */
import type { SheetSpec } from './kit37.js';
import { csv, pick, rng, xmlEscape } from './kit37.js';
import type { Asset } from './world37.js';
import { CSP, ISSO, SYS, SYS_ABBR, assets } from './world37.js';

type Row = (string | number | null)[];

const IIW_HEADERS = [
  'UNIQUE ASSET IDENTIFIER', 'IPv4 or IPv6 Address', 'Virtual', 'Public', 'DNS Name or URL', 'NetBIOS Name', 'MAC Address',
  'Authenticated Scan', 'Baseline Configuration Name', 'OS Name and Version', 'Location', 'Asset Type', 'Hardware Make/Model',
  'In Latest Scan', 'Software/ Database Vendor', 'Software/ Database Name & Version', 'Patch Level', 'Diagram Label', 'Comments',
  'Serial #/Asset Tag#', 'VLAN/ Network ID', 'System Administrator/ Owner', 'Application Administrator/ Owner', 'Function',
];

function iiwRow(a: Asset): Row {
  return [
    a.id, a.ip, a.virtual, 'No', a.fqdn, '', a.mac, 'Yes', `${a.os} hardened baseline v3`, `${a.os} ${a.osVersion}`, a.location,
    a.kind, `${a.vendor} ${a.model}`, 'Yes', '', '', a.osVersion, a.id.split('-')[1] ?? '', '', a.serial,
    `VLAN ${a.ip.split('.')[2] ?? ''}`, a.owner, 'N/A', a.func,
  ];
}

export function inventorySheets(drift: boolean): SheetSpec[] {
  const list = assets();
  if (!drift) {
    return [
      { name: 'Instructions', rows: [['FedRAMP Integrated Inventory Workbook'], ['Complete one row per inventory item. Use the Inventory tab.'], [`CSP: ${CSP}`], [`System: ${SYS}`]] },
      {
        name: 'Inventory',
        rows: [[`${SYS_ABBR} Integrated Inventory — February 2026`], [], IIW_HEADERS, ...list.map(iiwRow)],
        headerRow: 3,
        widths: [22, 16, 8, 8, 40],
      },
    ];
  }
  // Drifted workbook: renamed sheet, headers moved down, some columns renamed and reordered.
  const headers = ['Asset ID (UNIQUE ASSET IDENTIFIER)', 'IPv4 or IPv6 Address', 'MAC Address', 'DNS Name or URL', 'Virtual', 'Public', 'OS Name and Version', 'Hardware Make/Model', 'Serial #/Asset Tag#', 'Location', 'Rack', 'Authenticated Scan', 'In Latest Scan', 'System Administrator/ Owner', 'Function'];
  return [
    {
      name: 'CIIC HW Mar26',
      rows: [
        ['Cascade Ironworks Cloud — CIIC hardware & virtual inventory (ConMon)'],
        ['Prepared by', ISSO],
        ['Reporting month', 'March 2026'],
        [],
        headers,
        ...list.map((a) => [a.id, a.ip, a.mac.toLowerCase(), a.fqdn, a.virtual, 'No', `${a.os} ${a.osVersion}`, `${a.vendor} ${a.model}`, a.serial, a.location, a.rack, 'Yes', 'Yes', a.owner, a.func]),
      ],
      headerRow: 5,
    },
    { name: 'Changes since Feb', rows: [['Asset', 'Change'], ['CIIC-HV-008', 'Added (cluster expansion)'], ['CIIC-BMC-003', 'Firmware upgraded 7.10.50.00']] },
  ];
}

export function inventoryCsv(): string {
  const list = assets();
  return csv([IIW_HEADERS.slice(0, 14), ...list.map((a) => iiwRow(a).slice(0, 14).map((c) => String(c ?? '')))]);
}

const POAM_HEADERS = [
  'POAM ID', 'Controls', 'Weakness Name', 'Weakness Description', 'Weakness Detector Source', 'Weakness Source Identifier', 'Asset Identifier',
  'Point of Contact', 'Resources Required', 'Overall Remediation Plan', 'Original Detection Date', 'Scheduled Completion Date', 'Planned Milestones',
  'Milestone Changes', 'Status Date', 'Vendor Dependency', 'Last Vendor Check-in Date', 'Vendor Dependent Product Name', 'Original Risk Rating',
  'Adjusted Risk Rating', 'Risk Adjustment', 'False Positive', 'Operational Requirement', 'Deviation Rationale', 'Supporting Documents', 'Comments',
  'Auto-Approve', 'BOD 22-01 tracking', 'BOD 22-01 Due Date', 'CVE', 'Service Name',
];

const WEAKNESSES: [string, string, string, string, string, string][] = [
  ['SI-2', 'iDRAC9 firmware remote code execution', 'Tenable Nessus', '193544', 'CVE-2024-25943', 'Out-of-band controller'],
  ['CM-6', 'SNMPv2c enabled on leaf switches', '3PAO configuration review', 'SAR V-02', '', 'Network switch'],
  ['RA-5', 'OpenSSH regreSSHion on bare-metal image', 'Tenable Nessus', '201194', 'CVE-2024-6387', 'Bare-metal server'],
  ['AU-11', 'Visitor log retention below one year at GEG-2', 'SAR', 'T-03', '', 'Facility'],
  ['SI-2', 'ESXi heap overflow (VMSA-2025-0004)', 'Tenable Nessus', '216785', 'CVE-2025-22224', 'Hypervisor host'],
  ['SC-8', 'Weak TLS ciphers on ONTAP management LIF', 'Tenable Nessus', '156899', '', 'Storage controller'],
  ['CP-4', 'Generator load bank test interval exceeded', 'SAR', 'T-07', '', 'Facility'],
  ['SI-2', 'PAN-OS GlobalProtect command injection', 'Qualys', '731349', 'CVE-2024-3400', 'Firewall'],
];

export function poamRows(open: boolean): Row[] {
  const r = rng(open ? 11 : 12);
  const list = assets();
  return WEAKNESSES.filter((_, i) => (open ? i % 4 !== 3 : i % 4 === 3)).map(([ctl, name, src, sid, cve, kind], i) => {
    const matching = list.filter((x) => x.kind === kind);
    const assetId = matching.length > 0 ? pick(r, matching).id : kind === 'Facility' ? 'GEG-2 facility' : 'CIIC';
    const risk = pick(r, ['High', 'Moderate', 'Low']);
    return [
      `V-2026-${String(i + (open ? 21 : 3)).padStart(3, '0')}`, ctl, name, `${name} identified on ${assetId}.`, src, sid, assetId, ISSO, 'Engineering hours',
      open ? 'Apply vendor fix during next maintenance window' : 'Completed', '01/14/2026', risk === 'High' ? '02/13/2026' : '04/14/2026',
      'Test in lab; deploy to GEG-2; deploy to BOI-1', '', '03/01/2026', 'No', '', '', risk, risk, '', 'No', 'No', '', '', '', 'No', cve ? 'Yes' : 'No', '', cve, SYS_ABBR,
    ];
  });
}

export function poamSheets(): SheetSpec[] {
  const top: Row[] = [
    ['Cloud Service Provider', 'System Name', 'Impact Level', 'POAM Date'],
    [CSP, SYS, 'High', '03/01/2026'],
    [],
  ];
  return [
    { name: 'Open POA&M Items', rows: [[ 'FedRAMP Plan of Action and Milestones (POA&M)'], ...top, POAM_HEADERS, ...poamRows(true)], headerRow: 5 },
    { name: 'Closed POA&M Items', rows: [...top, [], POAM_HEADERS, ...poamRows(false)], headerRow: 5 },
    { name: 'Configuration Findings', rows: [POAM_HEADERS.slice(0, 12)], headerRow: 1 },
    { name: 'Record of Changes', rows: [['Date', 'Description', 'Author'], ['03/01/2026', 'Monthly update', ISSO]], headerRow: 1 },
  ];
}

export function poamCsv(): string {
  const headers = ['POAM ID', 'Controls', 'Weakness Name', 'Weakness Description', 'Weakness Detector Source', 'Asset Identifier', 'Original Detection Date', 'Scheduled Completion Date', 'Status Date', 'Original Risk Rating', 'Adjusted Risk Rating', 'CVE', 'Comments'];
  const rows = poamRows(true).map((row) => [row[0], row[1], row[2], row[3], row[4], row[6], row[10], row[11], row[14], row[18], row[19], row[29], 'Open'].map((c) => String(c ?? '')));
  return csv([headers, ...rows]);
}

export function crmSheets(variant: number): SheetSpec[] {
  const ctl = ['AC-1', 'AC-2', 'AC-2(1)', 'AU-2', 'CM-8', 'CP-7', 'CP-9', 'IA-2', 'MP-6', 'PE-2', 'PE-3', 'PE-6', 'PE-11', 'PE-13', 'SC-7', 'SC-28'];
  const resp = (c: string): string => (c.startsWith('PE') || c === 'MP-6' || c === 'CP-7' ? 'Service Provider Corporate' : c === 'AC-2' || c === 'IA-2' ? 'Shared (Service Provider and Customer Responsibility)' : 'Service Provider System Specific');
  const cis: Row[] = [
    [`${SYS_ABBR} Control Implementation Summary (CIS) Worksheet`],
    ['Control ID', 'Implemented', 'Partially Implemented', 'Planned', 'Alternative Implementation', 'Not Applicable', 'Service Provider Corporate', 'Service Provider System Specific', 'Service Provider Hybrid', 'Configured by Customer', 'Provided by Customer', 'Shared', 'Inherited'],
    ...ctl.map((c) => {
      const o = resp(c);
      return [c, 'X', '', '', '', '', o === 'Service Provider Corporate' ? 'X' : '', o === 'Service Provider System Specific' ? 'X' : '', '', '', '', o.startsWith('Shared') ? 'X' : '', ''];
    }),
  ];
  const crm: Row[] = [
    ['Customer Responsibility Matrix (CRM)'],
    ['Control ID', 'Can Be Inherited from CSP', 'Specific Inheritance and Customer Agency/CSP Responsibilities'],
    ...ctl.map((c) => [c, c.startsWith('PE') ? 'Yes' : 'Partial', c.startsWith('PE') ? 'Physical protection of BOI-1 and GEG-2 is fully provided by the CSP.' : c === 'AC-2' ? 'Customers manage accounts within their tenant; CSP manages infrastructure accounts.' : 'Customer configures tenant-level settings for their workloads.']),
  ];
  const sheets: SheetSpec[] = [
    { name: variant === 0 ? 'CIS Worksheet' : 'CIS', rows: cis, headerRow: 2 },
    { name: variant === 0 ? 'CRM' : 'Customer Responsibility Matrix', rows: crm, headerRow: 2 },
  ];
  if (variant === 0) sheets.unshift({ name: 'Introduction', rows: [['FedRAMP CIS and CRM Workbook'], [`${CSP} — ${SYS}`], ['High baseline — Rev 5']] });
  return sheets;
}

export function sodSheets(): SheetSpec[] {
  return [
    {
      name: 'SoD Matrix',
      rows: [
        [`${SYS_ABBR} Separation of Duties Matrix`],
        ['Function / Duty', 'Virtualization Admin', 'Network Engineer', 'Storage Admin', 'DC Technician', 'Security Operations', 'ISSO', 'Change Advisory Board'],
        ['Approve privileged access requests', '', '', '', '', '', 'X', ''],
        ['Provision hypervisor accounts', 'X', '', '', '', '', '', ''],
        ['Review audit logs of administrators', '', '', '', '', 'X', 'X', ''],
        ['Modify firewall rules', '', 'X', '', '', '', '', ''],
        ['Approve firewall rule changes', '', '', '', '', '', '', 'X'],
        ['Physical rack and stack', '', '', '', 'X', '', '', ''],
        ['Grant data hall badge access', '', '', '', '', '', 'X', ''],
        ['Destroy failed storage media', '', '', '', 'X', 'X (witness)', '', ''],
        ['Configure storage encryption keys', '', '', 'X', '', '', '', ''],
        ['Approve emergency changes', '', '', '', '', '', '', 'X'],
      ],
      headerRow: 2,
    },
    { name: 'Conflicting Roles', rows: [['Role A', 'Role B', 'Reason'], ['Virtualization Admin', 'Security Operations', 'Admins must not review their own audit logs'], ['Network Engineer', 'Change Advisory Board', 'Implementers must not approve their own changes']], headerRow: 1 },
  ];
}

export function lawsSheets(): SheetSpec[] {
  return [
    {
      name: 'Laws and Regulations',
      rows: [
        ['FedRAMP Laws and Regulations — SSP Attachment 12'],
        ['Identification Number', 'Title', 'Date', 'Link'],
        ['44 U.S.C. 3551', 'Federal Information Security Modernization Act of 2014', '12/18/2014', 'https://www.congress.gov'],
        ['Pub. L. 117-263 §5921', 'FedRAMP Authorization Act', '12/23/2022', 'https://www.congress.gov'],
        ['OMB M-24-15', 'Modernizing the Federal Risk and Authorization Management Program', '07/25/2024', 'https://www.whitehouse.gov/omb'],
        ['OMB M-21-31', 'Improving the Federal Government\'s Investigative and Remediation Capabilities', '08/27/2021', 'https://www.whitehouse.gov/omb'],
        ['CISA BOD 22-01', 'Reducing the Significant Risk of Known Exploited Vulnerabilities', '11/03/2021', 'https://www.cisa.gov'],
      ],
      headerRow: 2,
    },
    {
      name: 'Standards and Guidance',
      rows: [
        ['Identification Number', 'Title', 'Date'],
        ['NIST SP 800-37 Rev. 2', 'Risk Management Framework for Information Systems and Organizations', '12/2018'],
        ['NIST SP 800-53A Rev. 5', 'Assessing Security and Privacy Controls', '01/2022'],
        ['NIST SP 800-61 Rev. 2', 'Computer Security Incident Handling Guide', '08/2012'],
        ['NIST SP 800-128', 'Guide for Security-Focused Configuration Management', '08/2011'],
      ],
      headerRow: 1,
    },
  ];
}

export function checklistSheets(): SheetSpec[] {
  const items = [
    ['1', 'Initial Authorization Package Checklist completed', 'Yes', 'This workbook'],
    ['2', 'System Security Plan (SSP) using current FedRAMP template', 'Yes', 'CIIC_SSP_v2.3.docx'],
    ['3', 'SSP Attachment 1: Information Security Policies and Procedures', 'Yes', 'A01 folder'],
    ['4', 'SSP Attachment 2: User Guide', 'Yes', 'A02'],
    ['5', 'SSP Attachment 3: Digital Identity Worksheet', 'Yes', 'A03'],
    ['6', 'SSP Attachment 4: PTA / PIA', 'Yes', 'A04'],
    ['7', 'SSP Attachment 5: Rules of Behavior', 'Yes', 'A05'],
    ['8', 'SSP Attachment 6: Information System Contingency Plan and test report', 'Yes', 'A06'],
    ['9', 'SSP Attachment 7: Configuration Management Plan', 'Yes', 'A07'],
    ['10', 'SSP Attachment 8: Incident Response Plan and test report', 'Yes', 'A08'],
    ['11', 'SSP Attachment 9: CIS/CRM Workbook', 'Yes', 'A09'],
    ['12', 'SSP Attachment 10: FIPS 199', 'Yes', 'A10'],
    ['13', 'SSP Attachment 11: Separation of Duties Matrix', 'Yes', 'A11'],
    ['14', 'SSP Attachment 12: Laws and Regulations', 'Yes', 'A12'],
    ['15', 'SSP Attachment 13: Integrated Inventory Workbook', 'Yes', 'A13'],
    ['16', 'Security Assessment Plan (SAP) signed by 3PAO', 'Yes', 'SAP v1.0'],
    ['17', 'Security Assessment Report (SAR) with all scan files', 'Yes', 'SAR v1.0'],
    ['18', 'Plan of Action and Milestones (POA&M)', 'Yes', 'POAM 2026-05'],
    ['19', 'Agency ATO letter', 'Pending', ''],
  ];
  return [
    {
      name: 'Checklist',
      rows: [
        ['FedRAMP Initial Authorization Package Checklist'],
        [`CSP: ${CSP}`, '', `CSO: ${SYS}`, 'Impact: High'],
        [],
        ['#', 'Package Item', 'Included in Package (Yes/No)', 'Document Name / Location', 'CSP Comments'],
        ...items.map((i) => [...i, '']),
      ],
      headerRow: 4,
    },
  ];
}

export function deviationSheets(): SheetSpec[] {
  return [
    {
      name: 'DR Form',
      rows: [
        ['FedRAMP Deviation Request Form'],
        ['CSP Name', CSP],
        ['System Name', SYS],
        ['Request Date', '03/04/2026'],
        [],
        ['DR ID', 'POA&M ID', 'Deviation Type (FP / RA / OR)', 'Vulnerability Name', 'Scanner Plugin ID', 'Asset Identifier(s)', 'Original Risk Rating', 'Proposed Risk Rating', 'Justification', 'Evidence Attached'],
        ['DR-2026-005', 'V-2026-026', 'False Positive (FP)', 'Apache Tomcat version detection on iDRAC', '17731', 'CIIC-BMC-001; CIIC-BMC-002', 'Moderate', 'N/A', 'iDRAC 9 does not run Apache Tomcat; plugin matches a banner string. Vendor letter and authenticated version output attached.', 'Yes'],
        ['DR-2026-006', 'V-2026-027', 'Risk Adjustment (RA)', 'SMB signing not required', '57608', 'CIIC-JMP-001', 'Moderate', 'Low', 'Host is reachable only from the PAW VLAN; SMB is blocked at the host firewall for all other sources.', 'Yes'],
      ],
      headerRow: 6,
    },
  ];
}

export function nessusXml(): string {
  const list = assets().filter((a) => ['Hypervisor host', 'Network switch', 'Firewall', 'Out-of-band controller'].includes(a.kind)).slice(0, 10);
  const r = rng(77);
  const hosts = list
    .map((a) => {
      const items: string[] = [
        `<ReportItem port="0" svc_name="general" protocol="tcp" severity="0" pluginID="19506" pluginName="Nessus Scan Information" pluginFamily="Settings"><description>This plugin displays information about the Nessus scan.</description><plugin_output>Credentialed checks : yes</plugin_output><risk_factor>None</risk_factor></ReportItem>`,
      ];
      if (a.kind === 'Out-of-band controller')
        items.push(`<ReportItem port="443" svc_name="www" protocol="tcp" severity="3" pluginID="193544" pluginName="Dell iDRAC9 &lt; 7.10.50.00 Multiple Vulnerabilities" pluginFamily="Misc."><cve>CVE-2024-25943</cve><cvss3_base_score>7.8</cvss3_base_score><risk_factor>High</risk_factor><synopsis>The remote iDRAC is affected by multiple vulnerabilities.</synopsis><solution>Upgrade iDRAC9 firmware to 7.10.50.00 or later.</solution></ReportItem>`);
      if (a.kind === 'Hypervisor host')
        items.push(`<ReportItem port="443" svc_name="www" protocol="tcp" severity="${r() > 0.5 ? 4 : 3}" pluginID="216785" pluginName="VMware ESXi 8.0 &lt; 8.0 U3d Multiple Vulnerabilities (VMSA-2025-0004)" pluginFamily="Misc."><cve>CVE-2025-22224</cve><cve>CVE-2025-22225</cve><cvss3_base_score>9.3</cvss3_base_score><risk_factor>Critical</risk_factor><synopsis>The remote VMware ESXi host is missing a security patch.</synopsis><solution>Apply ESXi 8.0 Update 3d.</solution></ReportItem>`);
      if (a.kind === 'Network switch')
        items.push(`<ReportItem port="161" svc_name="snmp" protocol="udp" severity="2" pluginID="41028" pluginName="SNMP Agent Default Community Name (public)" pluginFamily="SNMP"><risk_factor>Medium</risk_factor><synopsis>The community name of the remote SNMP server can be guessed.</synopsis><solution>Disable SNMPv1/v2c or change the community string.</solution></ReportItem>`);
      items.push(`<ReportItem port="22" svc_name="ssh" protocol="tcp" severity="1" pluginID="70658" pluginName="SSH Server CBC Mode Ciphers Enabled" pluginFamily="Misc."><risk_factor>Low</risk_factor><synopsis>The SSH server is configured to use Cipher Block Chaining.</synopsis></ReportItem>`);
      return `<ReportHost name="${a.ip}"><HostProperties><tag name="HOST_END">Sun Mar  1 04:12:10 2026</tag><tag name="operating-system">${xmlEscape(`${a.os} ${a.osVersion}`)}</tag><tag name="host-fqdn">${a.fqdn}</tag><tag name="host-ip">${a.ip}</tag><tag name="mac-address">${a.mac}</tag><tag name="Credentialed_Scan">true</tag><tag name="HOST_START">Sun Mar  1 03:40:02 2026</tag></HostProperties>\n${items.join('\n')}\n</ReportHost>`;
    })
    .join('\n');
  return `<?xml version="1.0" ?>\n<NessusClientData_v2>\n<Policy><policyName>CIIC Monthly Infrastructure (Hypervisors + Network)</policyName><Preferences><ServerPreferences><preference><name>TARGET</name><value>${list.map((a) => a.ip).join(',')}</value></preference></ServerPreferences></Preferences></Policy>\n<Report name="CIIC ConMon March 2026 - Infrastructure" xmlns:cm="http://www.nessus.org/cm">\n${hosts}\n</Report>\n</NessusClientData_v2>\n`;
}

export function nessusCsv(): string {
  const list = assets().filter((a) => a.kind === 'Hypervisor host' || a.kind === 'Storage controller');
  const rows: (string | number)[][] = [['Plugin ID', 'CVE', 'CVSS v3.0 Base Score', 'Risk', 'Host', 'Protocol', 'Port', 'Name', 'Synopsis', 'Description', 'Solution', 'Plugin Output']];
  for (const a of list) {
    if (a.kind === 'Storage controller') rows.push(['187315', 'CVE-2023-48795', '5.9', 'Medium', a.ip, 'tcp', '22', 'SSH Terrapin Prefix Truncation Weakness (CVE-2023-48795)', 'The remote SSH server is vulnerable to a mitm prefix truncation attack.', 'The remote SSH server is vulnerable to a man-in-the-middle prefix truncation weakness known as Terrapin.', 'Contact the vendor for an update.', 'Supports following ChaCha20-Poly1305 Algorithm']);
    else rows.push(['216785', 'CVE-2025-22224', '9.3', 'Critical', a.ip, 'tcp', '443', 'VMware ESXi 8.0 < 8.0 U3d Multiple Vulnerabilities (VMSA-2025-0004)', 'The remote VMware ESXi host is missing a security patch.', 'A TOCTOU vulnerability leads to an out-of-bounds write.', 'Apply ESXi 8.0 Update 3d.', 'Installed version : 8.0 U3c']);
    rows.push(['70658', '', '', 'Low', a.ip, 'tcp', '22', 'SSH Server CBC Mode Ciphers Enabled', 'The SSH server is configured to use CBC.', 'The SSH server is configured to support Cipher Block Chaining (CBC) encryption.', 'Disable CBC mode cipher encryption.', '']);
  }
  return csv(rows);
}

export function qualysCsv(): string {
  const list = assets().filter((a) => a.kind === 'Network switch' || a.kind === 'Firewall' || a.kind === 'Bare-metal server');
  const head = [
    ['Scan Results', '', ''],
    ['Cascade Ironworks Cloud', 'Scan Title: CIIC Network Devices Monthly', 'Launch Date: 03/02/2026 02:00:11'],
    [],
  ];
  const rows: (string | number)[][] = [['IP', 'DNS', 'NetBIOS', 'OS', 'IP Status', 'QID', 'Title', 'Type', 'Severity', 'Port', 'Protocol', 'FQDN', 'SSL', 'CVE ID', 'Vendor Reference', 'CVSS3.1 Base', 'Threat', 'Impact', 'Solution', 'Results']];
  for (const a of list) {
    if (a.kind === 'Firewall') rows.push([a.ip, a.fqdn, '', `${a.os} ${a.osVersion}`, 'host scanned, found vuln', '731349', 'Palo Alto Networks PAN-OS GlobalProtect Command Injection (CVE-2024-3400)', 'Vuln', 5, 443, 'tcp', '', 'over ssl', 'CVE-2024-3400', 'PAN-SA-2024-0004', '10.0', 'A command injection vulnerability in GlobalProtect.', 'Arbitrary code execution with root privileges.', 'Upgrade PAN-OS to a fixed release.', 'Detected version 11.1.4-h7']);
    else if (a.kind === 'Network switch') rows.push([a.ip, a.fqdn, '', `${a.os} ${a.osVersion}`, 'host scanned, found vuln', '78031', 'SNMP Public Community String', 'Vuln', 3, 161, 'udp', '', '', '', '', '5.3', 'SNMP agent responds to the public community.', 'Disclosure of device configuration.', 'Disable SNMPv2c.', 'public']);
    else rows.push([a.ip, a.fqdn, '', `${a.os} ${a.osVersion}`, 'host scanned, found vuln', '38913', 'OpenSSH Remote Unauthenticated Code Execution Vulnerability (regreSSHion)', 'Vuln', 4, 22, 'tcp', '', '', 'CVE-2024-6387', 'RHSA-2024:4312', '8.1', 'Signal handler race condition in sshd.', 'Remote code execution as root.', 'Apply RHSA-2024:4312.', 'openssh-8.7p1-38.el9']);
  }
  return csv([...head, ...rows]);
}

export function openvasXml(): string {
  const list = assets().filter((a) => a.kind === 'Storage controller' || a.kind === 'Out-of-band controller');
  const results = list
    .map((a, i) => `    <result id="7f3c${String(i).padStart(4, '0')}-1c2d-4e5f-8a9b-0c1d2e3f4a5b">
      <name>${a.kind === 'Storage controller' ? 'SSL/TLS: Report Weak Cipher Suites' : 'Dell iDRAC Multiple Vulnerabilities (DSA-2024-089)'}</name>
      <host>${a.ip}<hostname>${a.fqdn}</hostname></host>
      <port>443/tcp</port>
      <nvt oid="1.3.6.1.4.1.25623.1.0.${103440 + i}"><type>nvt</type><name>${a.kind === 'Storage controller' ? 'SSL/TLS: Report Weak Cipher Suites' : 'Dell iDRAC Multiple Vulnerabilities'}</name><family>${a.kind === 'Storage controller' ? 'SSL and TLS' : 'Web application abuses'}</family><cvss_base>${a.kind === 'Storage controller' ? '5.0' : '7.8'}</cvss_base></nvt>
      <threat>${a.kind === 'Storage controller' ? 'Medium' : 'High'}</threat>
      <severity>${a.kind === 'Storage controller' ? '5.0' : '7.8'}</severity>
      <qod><value>80</value></qod>
      <description>${a.kind === 'Storage controller' ? "'Weak' cipher suites accepted by this service via the TLSv1.2 protocol: TLS_RSA_WITH_3DES_EDE_CBC_SHA" : 'Installed version: 6.10.30.00 Fixed version: 7.10.50.00'}</description>
    </result>`)
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<report id="b1e0c2a4-93d1-4b9e-8e0f-2d5b7c8a9f01" format_id="a994b278-1f62-11e1-96ac-406186ea4fc5" extension="xml" content_type="text/xml">
  <owner><name>ciic-scanner</name></owner>
  <name>2026-03-03T01:00:00Z</name>
  <creation_time>2026-03-03T01:00:00Z</creation_time>
  <report id="b1e0c2a4-93d1-4b9e-8e0f-2d5b7c8a9f01">
  <gmp><version>22.4</version></gmp>
  <scan_run_status>Done</scan_run_status>
  <task id="4c1d2e3f-0000-4000-8000-000000000037"><name>CIIC storage and OOB monthly</name></task>
  <results start="1" max="100">
${results}
  </results>
  <result_count>${list.length}<full>${list.length}</full></result_count>
  </report>
</report>
`;
}

/* ---------------- UNKNOWN look-alikes (tables) ---------------- */

export function visitorLogSheets(): SheetSpec[] {
  const r = rng(501);
  const names = ['Tomas Greer', 'Aisha Bello', 'Kyle Nordquist', 'Mei Tanaka', 'Raul Esquivel', 'Colby Hartmann', 'Devin Marsh', 'Sanjay Pillai', 'Heidi Vogt', 'Luis Ortega'];
  const cos = ['Summit Third-Party Maintenance', 'High Desert Power Systems', 'Gem State Fire Protection', 'Secure Data Shred NW', 'Northfield Assurance Partners', 'Idaho Power', 'Treasure Valley Credit Union', 'Lumen Technologies'];
  const purposes = ['Replace failed PSU in A07', 'Generator PM', 'Fire suppression inspection', 'Media destruction', '3PAO site walkthrough', 'Utility meter read', 'Colocation cage work C-14', 'Circuit turn-up MMR'];
  const rows: Row[] = [['BOI-1 Visitor Log — March 2026'], ['Date', 'Time In', 'Time Out', 'Visitor Name', 'Company', 'ID Type Verified', 'Visitor Badge #', 'Escort', 'Areas Visited', 'Purpose of Visit']];
  for (let d = 2; d <= 27; d += 1) {
    if (d % 7 === 0 || d % 7 === 1) continue;
    const n = 1 + Math.floor(r() * 3);
    for (let k = 0; k < n; k += 1) {
      const ci = Math.floor(r() * cos.length);
      const h = 7 + Math.floor(r() * 8);
      rows.push([`03/${String(d).padStart(2, '0')}/2026`, `${h}:${r() > 0.5 ? '15' : '40'}`, `${h + 1 + Math.floor(r() * 3)}:05`, pick(r, names), cos[ci] ?? '', pick(r, ['Driver license', 'Passport', 'PIV']), `V-${100 + Math.floor(r() * 60)}`, pick(r, ['J. Perrault', 'L. Sorensen', 'K. Bui']), pick(r, ['Hall A', 'Hall B', 'Utility yard', 'MMR', 'Loading dock']), purposes[ci] ?? '']);
    }
  }
  return [{ name: 'March', rows, headerRow: 2 }];
}

export function badgeReportCsv(): string {
  const r = rng(502);
  const readers = ['BOI1-LOBBY-IN', 'BOI1-MANTRAP-A', 'BOI1-HALL-A-DOOR2', 'BOI1-HALL-B', 'BOI1-DOCK', 'BOI1-UPS-ROOM'];
  const holders: [string, string][] = [['Jonah Perrault', '004127'], ['Lena Sorensen', '004003'], ['Kim Bui', '004388'], ['Rafael Tanaka', '004522'], ['Summit TPM - Contractor', 'T00912']];
  const rows: (string | number)[][] = [['Event Time', 'Reader', 'Card Number', 'Cardholder', 'Event Type', 'Access Level', 'Direction']];
  for (let i = 0; i < 160; i += 1) {
    const [name, card] = pick(r, holders);
    const day = 1 + Math.floor(i / 16);
    const ev = r() > 0.94 ? pick(r, ['Access Denied - Invalid Time Zone', 'Access Denied - Anti-Passback', 'Door Forced Open']) : 'Access Granted';
    rows.push([`2026-03-${String(day).padStart(2, '0')} ${String(6 + Math.floor(r() * 14)).padStart(2, '0')}:${String(Math.floor(r() * 60)).padStart(2, '0')}:${String(Math.floor(r() * 60)).padStart(2, '0')}`, pick(r, readers), card, name, ev, name.includes('Contractor') ? 'ESCORTED-VENDOR' : 'DC-OPS-24x7', r() > 0.5 ? 'In' : 'Out']);
  }
  return csv(rows);
}

export function rackElevationSheets(): SheetSpec[] {
  const list = assets().filter((a) => a.location.startsWith('BOI') && a.virtual === 'No');
  const rows: Row[] = [['Rack Elevation Export — Data Hall A — generated by dcTrack 9.1 on 2026-03-10'], ['Cabinet', 'U Position', 'Height (U)', 'Item Name', 'Make', 'Model', 'Asset Tag', 'Front/Rear', 'PDU A Port', 'PDU B Port', 'Rated Power (W)']];
  list.forEach((a, i) => {
    rows.push([a.rack, 40 - (i % 10) * 3, a.kind === 'Network switch' ? 1 : 2, a.fqdn.split('.')[0] ?? '', a.vendor, a.model, a.serial, 'Front', `A-${(i % 24) + 1}`, `B-${(i % 24) + 1}`, a.kind === 'Hypervisor host' ? 1100 : a.kind === 'Storage controller' ? 1600 : 450]);
  });
  rows.push(['A07', 1, 1, 'Blanking panel', 'Chatsworth', '1U', '', 'Front', '', '', 0]);
  return [{ name: 'Elevation', rows, headerRow: 2 }, { name: 'Cabinets', rows: [['Cabinet', 'Row', 'Capacity (U)', 'Used (U)', 'Power budget (kW)'], ['A03', 'A', 48, 31, 12], ['A07', 'A', 48, 38, 14], ['A12', 'A', 48, 29, 12]], headerRow: 1 }];
}

export function sparePartsSheets(): SheetSpec[] {
  return [
    {
      name: 'Stock',
      rows: [
        ['BOI-1 Spares Cage — Stock List (counted 03/06/2026)'],
        ['Part Number', 'Description', 'Compatible With', 'Qty On Hand', 'Min Qty', 'Bin', 'Unit Cost', 'Reorder?'],
        ['0R5YC8', 'Dell 1400W PSU Titanium', 'PowerEdge R760', 6, 4, 'S-01', 289.0, 'No'],
        ['400-BEJZ', 'Dell 3.84TB NVMe RI SSD', 'PowerEdge R760', 9, 6, 'S-02', 1140.0, 'No'],
        ['X-NVME-3.8TB', 'NetApp 3.8TB NVMe SSD', 'AFF A400', 4, 4, 'S-03', 2210.0, 'Yes'],
        ['QSFP-100G-SR4', 'Arista 100GBASE-SR4 optic', '7280R3', 14, 10, 'S-07', 410.0, 'No'],
        ['SFP-25G-LR', 'Arista 25G LR optic', '7280R3', 3, 8, 'S-07', 275.0, 'Yes'],
        ['PAN-PA-5400-FAN', 'PA-5400 fan tray', 'PA-5445', 1, 1, 'S-09', 960.0, 'No'],
        ['MEM-64G-DDR5', '64GB RDIMM DDR5-4800', 'R760 / SYS-221H', 22, 16, 'S-04', 318.0, 'No'],
        ['CBL-C13C14-2M', 'Power cord C13-C14 2m', 'All', 140, 50, 'S-12', 4.2, 'No'],
      ],
      headerRow: 2,
    },
  ];
}

export function cablePlantSheets(): SheetSpec[] {
  const r = rng(503);
  const rows: Row[] = [['Cable ID', 'A-End Cabinet', 'A-End Device', 'A-End Port', 'B-End Cabinet', 'B-End Device', 'B-End Port', 'Media', 'Length (m)', 'Color', 'Installed', 'Tested (OTDR/Fluke)']];
  for (let i = 1; i <= 60; i += 1) {
    const leaf = `boi1-sw0${1 + (i % 2)}`;
    rows.push([`CP-A-${String(i).padStart(4, '0')}`, `A${String(2 + (i % 15)).padStart(2, '0')}`, `boi1-hv0${1 + (i % 8)}`, `vmnic${i % 4}`, 'A01', leaf, `Ethernet${i}/1`, pick(r, ['OM4 LC-LC', 'DAC 25G', 'Cat6A']), 2 + Math.floor(r() * 18), pick(r, ['Aqua', 'Black', 'Blue']), '2025-11-14', 'Pass']);
  }
  return [{ name: 'Hall A patching', rows, headerRow: 1 }, { name: 'Legend', rows: [['Color', 'Meaning'], ['Aqua', 'Data — OM4 multimode'], ['Blue', 'Management / iDRAC'], ['Black', 'Storage DAC']] }];
}

export function changeCalendarSheets(): SheetSpec[] {
  const rows: Row[] = [['Network Change Window Calendar — Q2 2026'], ['Window ID', 'Date', 'Start (MT)', 'End (MT)', 'Site', 'Scope', 'Change Freeze?', 'CAB Date', 'Notes']];
  const d = ['04/07', '04/14', '04/21', '04/28', '05/05', '05/12', '05/19', '05/26', '06/02', '06/09', '06/16', '06/23', '06/30'];
  d.forEach((x, i) => {
    const freeze = x === '04/14' || x === '04/21';
    rows.push([`NCW-26-${String(14 + i).padStart(3, '0')}`, `${x}/2026`, '22:00', '02:00', i % 2 === 0 ? 'BOI-1' : 'GEG-2', i % 3 === 0 ? 'Spine / leaf EOS upgrades' : i % 3 === 1 ? 'Firewall policy pushes' : 'Carrier maintenance coordination', freeze ? 'YES — 3PAO penetration testing' : 'No', `${x.split('/')[0]}/${String(Number(x.split('/')[1]) - 7 > 0 ? Number(x.split('/')[1]) - 7 : 1).padStart(2, '0')}/2026`, freeze ? 'Emergency changes only' : '']);
  });
  return [{ name: 'Q2 windows', rows, headerRow: 2 }];
}
