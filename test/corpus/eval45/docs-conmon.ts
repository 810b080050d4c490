/** eval45: SCRM plan, scans, inventory, significant change and deviation requests. */
import type { Block, CellValue } from './kit.js';
import { csv, renderDocx, renderPdf, renderXlsx, seeded, xmlEscape } from './kit.js';
import { AGENCY, CSP, SYS_ABBR, SYS_ID, SYSTEM, approvals, revisionHistory } from './persona.js';
import type { EvalDoc } from './types.js';

function scrm(): Block[] {
  return [
    { big: 'Supply Chain Risk Management Plan' },
    { p: `${SYSTEM} (${SYS_ABBR}) | Version 1.1 | February 2026` },
    ...revisionHistory([{ date: '11/01/2025', version: '1.0', desc: 'Initial SCRM plan (SR family, Rev5)', author: 'Procurement Security' }, { date: '02/20/2026', version: '1.1', desc: 'Added collector hardware and data diode vendor criteria', author: 'Procurement Security' }]),
    ...approvals([['Dana Whitcomb', 'System Owner'], ['Luis Ortega', 'Director of Procurement']]),
    { h: '1 Purpose' },
    { p: `This Supply Chain Risk Management (SCRM) Plan implements SR-2 and describes how ${CSP} identifies, assesses and mitigates supply chain risks to ${SYS_ABBR}, including software dependencies, cloud services, and the Kestrel Edge Collector hardware shipped to utility sites.` },
    { h: '2 Roles and Responsibilities' },
    { table: [['Role', 'Responsibility'], ['SCRM Team Lead', 'Owns the plan and the supplier risk register'], ['Procurement', 'Performs supplier due diligence'], ['Security Engineering', 'SBOM analysis and component provenance (SR-4)'], ['Hardware Operations', 'Tamper-evident packaging and receipt inspection (SR-9, SR-10, SR-11)']] },
    { h: '3 Critical Suppliers' },
    { table: [['Supplier', 'Product/Service', 'Criticality', 'Assessment'], ['Amazon Web Services', 'AWS GovCloud IaaS (FedRAMP High)', 'Critical', 'Inherits FedRAMP authorization'], ['Contract manufacturer (US)', 'Edge Collector appliance', 'High', 'Annual on-site audit; TAA compliant'], ['Okta', 'Identity (FedRAMP High)', 'High', 'FedRAMP package review']] },
    { h: '4 Supply Chain Controls' },
    { bullets: ['SR-3: acquisition contracts require notification of compromise within 72 hours.', 'SR-4 provenance: SBOMs (CycloneDX) for every container image and collector firmware build.', 'SR-5: acquisition strategies prefer FedRAMP-authorized or U.S.-assembled components; no covered telecommunications equipment (Section 889).', 'SR-6: supplier assessments every 12 months.', 'SR-8: notification agreements with critical suppliers.', 'SR-11: component authenticity checks; counterfeit components reported to the manufacturer and CISA.'] },
    { h: '5 Monitoring and Review' },
    { p: 'The SCRM Team reviews the supplier risk register quarterly and the plan annually, and after any supplier compromise notification.' },
  ];
}

function nessus(): string {
  const hosts = [
    ['10.42.8.17', 'ip-10-42-8-17.us-gov-west-1.compute.internal', 'Amazon Linux 2023'],
    ['10.42.9.31', 'ip-10-42-9-31.us-gov-west-1.compute.internal', 'Amazon Linux 2023'],
    ['10.42.12.5', 'tsdb-primary.kovc.internal', 'Amazon Linux 2023'],
  ];
  const items = [
    ['210933', 'Amazon Linux 2023 : kernel (ALAS2023-2026-112)', '2', 'Local Security Checks', 'CVE-2026-0114', '7.8'],
    ['192224', 'OpenSSL 3.0.x &lt; 3.0.15 Vulnerability', '2', 'General', 'CVE-2024-5535', '9.1'],
    ['11219', 'Nessus SYN scanner', '0', 'Port scanners', '', ''],
    ['19506', 'Nessus Scan Information', '0', 'Settings', '', ''],
  ];
  const hostXml = hosts
    .map(
      ([ip, fqdn, os]) => `<ReportHost name="${ip}"><HostProperties>
<tag name="HOST_END">Tue Feb 10 03:41:12 2026</tag>
<tag name="operating-system">${os}</tag>
<tag name="host-ip">${ip}</tag>
<tag name="host-fqdn">${fqdn}</tag>
<tag name="Credentialed_Scan">true</tag>
<tag name="HOST_START">Tue Feb 10 03:12:55 2026</tag>
</HostProperties>
${items
  .map(
    ([id, name, sev, fam, cve, cvss]) => `<ReportItem port="0" svc_name="general" protocol="tcp" severity="${sev}" pluginID="${id}" pluginName="${name}" pluginFamily="${fam}">
<description>${name}. The remote host is affected by a vulnerability as referenced in the advisory.</description>
<risk_factor>${sev === '0' ? 'None' : 'Medium'}</risk_factor>
<solution>${sev === '0' ? 'n/a' : 'Update the affected packages.'}</solution>
<synopsis>${name}</synopsis>
${cve ? `<cve>${cve}</cve>\n<cvss3_base_score>${cvss}</cvss3_base_score>\n` : ''}<plugin_output>Scanned by kovc-nessus-01 (credentialed).</plugin_output>
</ReportItem>`,
  )
  .join('\n')}
</ReportHost>`,
    )
    .join('\n');
  return `<?xml version="1.0" ?>
<NessusClientData_v2>
<Policy><policyName>KOVC Monthly Authenticated OS Scan</policyName>
<Preferences><ServerPreferences><preference><name>TARGET</name><value>10.42.0.0/16</value></preference></ServerPreferences></Preferences>
</Policy>
<Report name="KOVC-OS-2026-02" xmlns:cm="http://www.nessus.org/cm">
${hostXml}
</Report>
</NessusClientData_v2>
`;
}

function nessusCsv(): string {
  const r = seeded(4510);
  const rows: CellValue[][] = [['Plugin ID', 'CVE', 'CVSS v2.0 Base Score', 'Risk', 'Host', 'Protocol', 'Port', 'Name', 'Synopsis', 'Description', 'Solution', 'See Also', 'Plugin Output']];
  const plugins: (readonly [string, string, string, string])[] = [
    ['156032', 'CVE-2021-44228', 'Critical', 'Apache Log4j < 2.15.0 Remote Code Execution (Nix)'],
    ['142960', '', 'Medium', 'HSTS Missing From HTTPS Server (RFC 6797)'],
    ['51192', '', 'Medium', 'SSL Certificate Cannot Be Trusted'],
    ['104743', '', 'Medium', 'TLS Version 1.0 Protocol Detection'],
    ['10287', '', 'None', 'Traceroute Information'],
  ];
  for (let i = 0; i < 14; i++) {
    const p = plugins[i % plugins.length] ?? plugins[0]!;
    const host = `10.42.${10 + Math.floor(r() * 6)}.${2 + Math.floor(r() * 200)}`;
    rows.push([p[0], p[1], p[2] === 'None' ? '' : (4 + r() * 5).toFixed(1), p[2], host, 'tcp', p[0] === '10287' ? '0' : '443', p[3], p[3], `${p[3]} was detected on the remote host.`, p[2] === 'None' ? 'n/a' : 'Apply the vendor patch or reconfigure the service.', 'https://www.tenable.com/plugins', '']);
  }
  return csv(rows);
}

function openvas(): string {
  const results = [
    ['PostgreSQL Multiple Vulnerabilities (Feb 2026) - Linux', '10.42.12.5', '5432/tcp', '7.5', 'High', 'CVE-2026-1003'],
    ['SSL/TLS: Report Weak Cipher Suites', '10.42.12.5', '5432/tcp', '5.0', 'Medium', ''],
    ['TCP Timestamps Information Disclosure', '10.42.12.6', 'general/tcp', '2.6', 'Low', ''],
  ];
  return `<?xml version="1.0" encoding="UTF-8"?>
<report id="5c3f2b8e-0b65-4e41-9d1e-6f2a47b3d010" format_id="a994b278-1f62-11e1-96ac-406186ea4fc5" extension="xml" content_type="text/xml">
  <owner><name>kovc-scanner</name></owner>
  <name>2026-02-11T02:00:00Z</name>
  <report id="5c3f2b8e-0b65-4e41-9d1e-6f2a47b3d010">
    <gmp><version>22.4</version></gmp>
    <scan_run_status>Done</scan_run_status>
    <task id="7a61"><name>KOVC database tier monthly scan</name></task>
    <scan_start>2026-02-11T02:00:04Z</scan_start>
    <results start="1" max="100">
${results
  .map(
    ([name, host, port, cvss, threat, cve]) => `      <result id="r-${host}-${port}">
        <name>${xmlEscape(name ?? '')}</name>
        <host>${host}<hostname>tsdb.kovc.internal</hostname></host>
        <port>${port}</port>
        <nvt oid="1.3.6.1.4.1.25623.1.0.1${cvss?.replace('.', '')}"><type>nvt</type><name>${xmlEscape(name ?? '')}</name><family>Databases</family><cvss_base>${cvss}</cvss_base>${cve ? `<refs><ref type="cve" id="${cve}"/></refs>` : ''}</nvt>
        <threat>${threat}</threat>
        <severity>${cvss}</severity>
        <qod><value>98</value><type>package</type></qod>
        <description>Installed version and fixed version reported by the authenticated package check.</description>
      </result>`,
  )
  .join('\n')}
    </results>
    <result_count>3<full>3</full><filtered>3</filtered></result_count>
    <scan_end>2026-02-11T02:47:30Z</scan_end>
  </report>
</report>
`;
}

function qualysWasCsv(): string {
  const head = [
    ['"Web Application Scan Report"'],
    ['"Scan Name","KOVC Tenant Portal WAS - Feb 2026"'],
    ['"Target","https://portal.otvision.example"'],
    ['"Scan Date","02/12/2026 01:00 GMT"'],
    [''],
  ].map((r) => r.join(','));
  const rows: CellValue[][] = [
    ['ID', 'QID', 'Title', 'Severity', 'Group', 'URL', 'Param', 'CWE', 'OWASP', 'Status', 'First Detected'],
    [1, 150004, 'Path-Based Vulnerability', 2, 'Path', 'https://portal.otvision.example/static/', '', 'CWE-22', 'A01', 'New', '02/12/2026'],
    [2, 150123, 'Cookie Without HttpOnly Flag', 2, 'Information Gathered', 'https://portal.otvision.example/login', '', 'CWE-1004', 'A05', 'Active', '01/12/2026'],
    [3, 150085, 'Slow HTTP POST vulnerability', 3, 'Vulnerability', 'https://portal.otvision.example/api/v2/cases', '', 'CWE-400', 'A05', 'Active', '12/11/2025'],
    [4, 150263, 'Content-Security-Policy not implemented', 1, 'Information Gathered', 'https://portal.otvision.example/', '', 'CWE-693', 'A05', 'Active', '11/10/2025'],
    [5, 150001, 'Reflected Cross-Site Scripting (XSS)', 5, 'Vulnerability', 'https://portal.otvision.example/search', 'q', 'CWE-79', 'A03', 'Fixed', '01/12/2026'],
  ];
  return `${head.join('\r\n')}\r\n${csv(rows)}`;
}

const INV_HEADERS = ['UNIQUE ASSET IDENTIFIER', 'IPv4 or IPv6 Address', 'Virtual', 'Public', 'DNS Name or URL', 'NetBIOS Name', 'MAC Address', 'Authenticated Scan', 'Baseline Configuration Name', 'OS Name and Version', 'Location', 'Asset Type', 'Hardware Make/Model', 'In Latest Scan', 'Software/ Database Vendor', 'Software/ Database Name & Version', 'Patch Level', 'Function', 'Comments', 'Serial #/Asset Tag#', 'VLAN/ Network ID', 'System Administrator/ Owner', 'Application Administrator/ Owner'];

function invRows(rev5: boolean): CellValue[][] {
  const r = seeded(rev5 ? 4521 : 4520);
  const out: CellValue[][] = [];
  const kinds: (readonly [string, string, string])[] = [
    ['ingest-worker', 'Amazon Linux 2023', 'Stream ingestion worker (collector telemetry)'],
    ['tsdb', 'Amazon Linux 2023', 'Time-series database node'],
    ['portal', 'Bottlerocket 1.19', 'Tenant portal pod host (EKS)'],
    ['collector-gw', 'AWS NLB', 'Collector gateway load balancer'],
  ];
  for (let i = 0; i < 16; i++) {
    const k = kinds[i % kinds.length] ?? kinds[0]!;
    const ip = `10.42.${8 + (i % 5)}.${10 + Math.floor(r() * 200)}`;
    const row: CellValue[] = [`i-0${Math.floor(r() * 0xfffffff).toString(16).padStart(7, '0')}${i.toString(16)}`, ip, 'Yes', k[0] === 'collector-gw' ? 'Yes' : 'No', `${k[0]}-${i}.kovc.internal`, '', '', k[0] === 'collector-gw' ? 'No' : 'Yes', `KOVC-${k[0]}-baseline`, k[1], 'AWS GovCloud us-gov-west-1', k[0] === 'collector-gw' ? 'Load Balancer' : 'Virtual Machine', 'AWS EC2 m7i.xlarge', 'Yes', '', '', '2026.02', k[2], '', '', `vpc-${k[0] === 'portal' ? 'analytics' : 'ingest'}`, 'SRE', 'Platform Engineering'];
    if (rev5) row.push(`D${1 + (i % 4)}`);
    out.push(row);
  }
  return out;
}

export async function conmonDocs(): Promise<EvalDoc[]> {
  const scrHeader: Block[] = [
    { big: 'Significant Change Request' },
    { p: `FedRAMP Significant Change Request Form | CSP: ${CSP} | CSO: ${SYSTEM} | FedRAMP ID: ${SYS_ID}` },
  ];
  const scrBody = (what: string, desc: string, impact: string): Block[] => [
    { table: [['Field', 'Response'], ['Date of request', '03/09/2026'], ['Type of change', what], ['Authorizing agency', AGENCY], ['3PAO', 'Ridgeline Assurance Partners, LLC'], ['Planned implementation date', '05/04/2026']] },
    { h: 'Description of the proposed change' },
    { p: desc },
    { h: 'Security impact analysis' },
    { p: impact },
    { h: 'Affected controls' },
    { p: 'AC-4, CM-2, CM-8, RA-5, SA-9, SC-7, SC-8, SC-13; SSP sections 9, 10 and 11; Integrated Inventory Workbook; boundary and data flow diagrams.' },
    { h: 'Assessment approach' },
    { p: 'The 3PAO will perform a targeted assessment of the affected controls and a penetration test of the new interface; the assessment plan and report will be provided before production use by federal tenants.' },
    { h: 'CSP attestation and approvals' },
    { table: [['Role', 'Name', 'Signature', 'Date'], ['CSP System Owner', 'Dana Whitcomb', '', ''], ['Agency AO', '', '', '']] },
  ];
  const drRows: CellValue[][] = [
    ['FedRAMP Deviation Request Form'],
    ['CSP', CSP, 'System', SYSTEM],
    ['Request Date', '03/03/2026', 'Request Type', 'Operational Requirement / Risk Adjustment / False Positive'],
    [],
    ['DR ID', 'POAM ID', 'Deviation Type', 'Weakness Name', 'Scanner / Source', 'Asset(s)', 'Original Risk Rating', 'Proposed Risk Rating', 'Justification', 'Compensating Controls / Evidence', 'CSP Approver', 'Agency Decision'],
    ['DR-2026-03', 'V-2026-021', 'Operational Requirement', 'TLS 1.0 accepted by legacy collector enrolment listener', 'Nessus 104743', 'collector-gw-legacy', 'Moderate', 'Moderate', 'Forty-one Edge Collector units at two water utilities run firmware 3.x which cannot negotiate TLS 1.2; replacement hardware ships Q3 2026.', 'Listener restricted to the collectors\' static IPs; payload signed with collector keys; mTLS certificate pinning', 'D. Whitcomb', ''],
    ['DR-2026-04', 'V-2026-019', 'False Positive', 'kernel ALAS2023-2026-112', 'Nessus 210933', 'ip-10-42-9-31', 'Moderate', 'N/A', 'Kernel livepatch applied; scanner reads package version only.', 'kpatch list output; uname -r', 'D. Whitcomb', ''],
    ['DR-2026-05', 'V-2026-014', 'Risk Adjustment', 'OpenSSL 3.0.13', 'Nessus 192224', 'kovc-collector-api', 'Moderate', 'Low', 'Vulnerable function (SSL_select_next_proto) is not reachable: the service does not use NPN/ALPN callbacks.', 'Code review evidence, SBOM', 'D. Whitcomb', ''],
  ];
  return [
    {
      file: 'KOVC_SCRM_Plan.docx',
      expected: 'SUPPLY_CHAIN_RISK_MANAGEMENT_PLAN',
      note: 'Supply Chain Risk Management Plan covering SR controls, critical suppliers and collector hardware.',
      data: await renderDocx({ blocks: scrm(), header: 'SCRM Plan', meta: { title: 'SCRM Plan', creator: 'Luis Ortega' } }),
    },
    {
      file: 'download.pdf',
      expected: 'SUPPLY_CHAIN_RISK_MANAGEMENT_PLAN',
      note: 'PDF of the Supply Chain Risk Management Plan.',
      data: await renderPdf({ blocks: scrm(), footer: 'Kestrel Gridworks - Confidential', meta: {} }),
    },
    { file: 'KOVC-OS-2026-02.nessus', expected: 'SCAN_RESULTS', note: 'Nessus v2 export of the monthly authenticated OS scan.', data: nessus() },
    { file: 'export (1).csv', expected: 'SCAN_RESULTS', note: 'Nessus CSV export of the monthly web-tier scan findings.', data: nessusCsv() },
    { file: 'db-scan-feb.xml', expected: 'SCAN_RESULTS', note: 'Greenbone/OpenVAS XML report of the monthly database tier scan.', data: openvas() },
    { file: 'WAS_Report_Feb.csv', expected: 'SCAN_RESULTS', note: 'Qualys WAS CSV export of the monthly web application scan of the tenant portal.', data: qualysWasCsv() },
    {
      file: 'KOVC_Inventory_2026-02.xlsx',
      expected: 'INVENTORY',
      note: 'Integrated Inventory Workbook (v2.2 columns) listing in-boundary hosts.',
      data: await renderXlsx({
        meta: { creator: 'kovc-cmdb-export', title: 'SSP Attachment 13 Integrated Inventory Workbook' },
        sheets: [
          { name: 'Inventory', rows: [['FedRAMP Integrated Inventory Workbook'], [`${SYSTEM} - February 2026`], INV_HEADERS, ...invRows(false)], boldRows: [3] },
          { name: 'Instructions', rows: [['Complete one row per inventory item. Virtual and Public are Yes/No.']] },
        ],
      }),
    },
    {
      file: 'doc-0427.xlsx',
      expected: 'INVENTORY',
      note: 'Rev5 Integrated Inventory Workbook (Appendix M) with Diagram Label column and header row further down.',
      data: await renderXlsx({
        sheets: [{ name: 'Sheet1', rows: [[`${CSP}`], ['Appendix M: Integrated Inventory Workbook'], ['Reporting period:', 'March 2026'], [], [], [...INV_HEADERS, 'Diagram Label'], ...invRows(true)], boldRows: [6] }],
      }),
    },
    {
      file: 'inventory_march.csv',
      expected: 'INVENTORY',
      note: 'CSV export of the Integrated Inventory Workbook sheet with its standard columns.',
      data: csv([INV_HEADERS, ...invRows(false).slice(0, 10)]),
    },
    {
      file: 'SCR-2026-01_Diode-Ingest.docx',
      expected: 'SIGNIFICANT_CHANGE_REQUEST',
      note: 'Significant Change Request for adding a new ingestion service and region interface.',
      data: await renderDocx({
        blocks: [...scrHeader, ...scrBody('New interconnection / new service in boundary', 'Kestrel will add a managed historian-replication ingest service (OSIsoft PI to KOVC) hosted in a new ingestion VPC, with an AWS PrivateLink endpoint for agencies connecting through their own GovCloud accounts instead of Edge Collectors.', 'The change adds a new external interconnection and new components. Information flow remains inbound only. New cryptographic endpoints use AWS-LC FIPS. The change is significant because it modifies the authorization boundary.')],
        header: 'FedRAMP Significant Change Request',
        meta: { title: 'SCR', creator: 'Miriam Okafor' },
      }),
    },
    {
      file: 'upload (14).pdf',
      expected: 'SIGNIFICANT_CHANGE_REQUEST',
      note: 'Significant Change Request (PDF) to replace the time-series database engine.',
      data: await renderPdf({
        blocks: [...scrHeader, ...scrBody('Change of database technology', 'Replace the self-managed time-series database cluster with Amazon Timestream for LiveAnalytics in AWS GovCloud; historical telemetry will be migrated over four weeks.', 'Replaces a CSP-managed component with a FedRAMP-authorized leveraged service; changes data storage location within the region and the encryption key hierarchy. Significant change per FedRAMP guidance.')],
        meta: { title: 'SCR-2026-02' },
      }),
    },
    {
      file: 'DR_March.xlsx',
      expected: 'DEVIATION_REQUEST',
      note: 'Deviation Request workbook (operational requirement, false positive, risk adjustment) tied to POA&M items.',
      data: await renderXlsx({ meta: { creator: 'Miriam Okafor' }, sheets: [{ name: 'Deviation Request', rows: drRows, boldRows: [1, 5] }] }),
    },
    {
      file: 'Final_v2.docx',
      expected: 'DEVIATION_REQUEST',
      note: 'Word Deviation Request for an operational requirement on legacy collector TLS.',
      data: await renderDocx({
        blocks: [
          { big: 'Deviation Request' },
          { p: `FedRAMP Deviation Request - Operational Requirement | ${SYSTEM} | ${CSP}` },
          { table: [['Field', 'Value'], ['Deviation Request ID', 'DR-2026-03'], ['Related POA&M ID', 'V-2026-021'], ['Deviation type', 'Operational Requirement (OR)'], ['Scanner / plugin', 'Nessus 104743 TLS Version 1.0 Protocol Detection'], ['Original risk', 'Moderate'], ['Requested', 'Accept as operational requirement until 09/30/2026']] },
          { h: 'Justification' },
          { p: 'Forty-one Edge Collectors at two water utilities run firmware 3.x on hardware that cannot be upgraded to support TLS 1.2. The collectors provide the only telemetry feed for those plants. Disabling TLS 1.0 on the legacy listener would stop monitoring at those sites before replacement hardware is installed.' },
          { h: 'Compensating controls' },
          { bullets: ['Legacy listener accepts connections only from the 41 registered static IP addresses.', 'Telemetry payloads are signed with per-collector keys and verified before ingestion.', 'The listener is isolated in its own subnet with no route to the analytics VPC except through the validation service.'] },
          { h: 'Milestones' },
          { p: 'Replacement collectors shipped by 07/31/2026; legacy listener decommissioned by 09/30/2026.' },
          { table: [['CSP Approval', 'Agency AO Decision'], ['Dana Whitcomb, 03/03/2026', 'Approved / Denied: ____']] },
        ],
        meta: { title: 'Final_v2' },
      }),
    },
  ];
}
