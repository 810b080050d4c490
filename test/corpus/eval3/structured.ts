/** Structured deliverables of eval3: OSCAL, workbooks, scanner exports, and the UNKNOWN look-alikes. */
import { readFixtureText } from '../lib/paths.js';
import { csvLine, daysAfter, docx, newWorkbook, pdf, Rng, saveWorkbook, setRow, writeTable, xmlEsc } from './kit.js';
import type { CellValue, Doc, Prose } from './kit.js';

const D = (n: number): Date => daysAfter(-n);

export async function structuredDocs(): Promise<Doc[]> {
  const out: Doc[] = [];
  const rng = new Rng('eval3-structured');

  // ---------------- OSCAL ----------------
  {
    const j = JSON.parse(readFixtureText('oscal', 'FedRAMP-SSP-OSCAL-Template.json')) as { 'system-security-plan': Record<string, unknown> & { metadata: Record<string, unknown>; 'system-characteristics': Record<string, unknown> } };
    const ssp = j['system-security-plan'];
    ssp.metadata.title = 'Brightwater CaseFlow System Security Plan';
    ssp.metadata['last-modified'] = '2025-01-30T14:02:11Z';
    ssp['system-characteristics']['system-name'] = 'Brightwater CaseFlow';
    ssp['system-characteristics']['system-name-short'] = 'BCF';
    out.push({ expected: 'SSP', format: 'json', note: 'OSCAL SSP JSON derived from FedRAMP template, minified (single line)', data: JSON.stringify(j) });
  }
  {
    let x = readFixtureText('oscal', 'AwesomeCloudSAP.xml');
    x = x.replace(/AwesomeCloud/g, 'Tessaract ClinicalVault').replace('AwesomeCloudSSP1.xml', 'clinicalvault-ssp.xml');
    out.push({ expected: 'SAP', format: 'xml', note: 'OSCAL assessment-plan XML (ConMon scope) renamed from AwesomeCloud sample', data: x });
  }
  {
    const j = JSON.parse(readFixtureText('oscal', 'FedRAMP-SAR-OSCAL-Template.json')) as { 'assessment-results': { metadata: Record<string, unknown> } };
    j['assessment-results'].metadata.title = 'Quillon Secure Edge FedRAMP Security Assessment Results';
    out.push({ expected: 'SAR', format: 'json', note: 'OSCAL assessment-results JSON from FedRAMP template, 4-space indent', data: JSON.stringify(j, null, 4) });
  }
  {
    let x = readFixtureText('oscal', 'AwesomeCloudPOAM2.xml');
    x = x.replace(/AwesomeCloud/g, 'Northpine Records Hub');
    out.push({ expected: 'POAM', format: 'xml', note: 'OSCAL plan-of-action-and-milestones XML renamed from sample', data: x });
  }

  // ---------------- POA&M workbook (template v2.1 shape) ----------------
  {
    const wb = newWorkbook({ creator: 'Celia Baptiste', date: D(5), company: 'Halyard Data Systems, Inc.' });
    const hdr = ['POAM ID', 'Controls', 'Weakness Name', 'Weakness Description', 'Weakness Detector Source', 'Weakness Source Identifier', 'Asset Identifier', 'Point of Contact', 'Resources Required', 'Overall Remediation Plan', 'Original Detection Date', 'Scheduled Completion Date', 'Planned Milestones', 'Milestone Changes', 'Status Date', 'Vendor Dependency', 'Last Vendor Check-in Date', 'Vendor Dependent Product Name', 'Original Risk Rating', 'Adjusted Risk Rating', 'Risk Adjustment', 'False Positive', 'Operational Requirement', 'Deviation Rationale', 'Supporting Documents', 'Comments', 'Auto-Approve', 'BOD 22-01 tracking', 'BOD 22-01 Due Date', 'CVE', 'Service Name'];
    for (const name of ['Open POA&M Items', 'Closed POA&M Items']) {
      const ws = wb.addWorksheet(name);
      setRow(ws, 1, ['Plan of Action and Milestones']);
      setRow(ws, 2, ['CSP', 'System Name', 'Impact Level', 'POAM Date']);
      setRow(ws, 3, ['Halyard Data Systems, Inc.', 'Halyard GovAnalytics', 'Moderate', D(5)]);
      const rows: CellValue[][] = [];
      const n = name.startsWith('Open') ? 9 : 4;
      for (let i = 0; i < n; i++) {
        const det = D(rng.int(20, 200));
        const risk = rng.pick(['High', 'Moderate', 'Low']);
        rows.push([`HGA-${2025}-${String(i + 11).padStart(3, '0')}`, rng.pick(['RA-5', 'CM-6', 'SI-2', 'SC-8']), rng.pick(['OpenSSL outdated', 'Kernel patch missing', 'TLS weak cipher', 'Nginx version disclosure']), 'Identified in monthly authenticated scan.', 'Nessus', String(rng.int(10000, 200000)), `hga-app${rng.int(1, 20)}.prod.halyard.example`, 'Platform Team', 'None', 'Apply vendor patch in next maintenance window', det, daysAfter(risk === 'High' ? 30 : risk === 'Moderate' ? 90 : 180, det), 'Patch and rescan', '', D(5), 'No', '', '', risk, risk, 'No', 'No', 'No', '', '', '', 'No', '', '', `CVE-2024-${rng.int(1000, 49999)}`, 'HGA']);
      }
      writeTable(ws, 5, hdr, rows);
    }
    wb.addWorksheet('Configuration Findings');
    setRow(wb.addWorksheet('Record of Changes'), 1, ['Date', 'Description', 'Author']);
    out.push({ expected: 'POAM', format: 'xlsx', note: 'POA&M v2.1 template layout, header at row 5', data: await saveWorkbook(wb, D(5)) });
  }

  // ---------------- CIS/CRM workbooks ----------------
  {
    const wb = newWorkbook({ creator: 'GRC Team', date: D(60), company: 'Tessaract Health Cloud, Inc.' });
    const ins = wb.addWorksheet('Instructions');
    setRow(ins, 1, ['Control Implementation Summary (CIS) and Customer Responsibility Matrix (CRM) Workbook']);
    setRow(ins, 3, ['Complete the CIS Worksheet for every control in the baseline; complete the CRM Worksheet for controls with customer responsibilities.']);
    const cis = wb.addWorksheet('CIS Worksheet');
    setRow(cis, 1, ['Tessaract ClinicalVault - Moderate']);
    const cisH = ['Control ID', 'Implemented', 'Partially Implemented', 'Planned', 'Alternative Implementation', 'Not Applicable', 'Service Provider Corporate', 'Service Provider System Specific', 'Service Provider Hybrid (Corporate and System Specific)', 'Configured by Customer (Customer System Specific)', 'Provided by Customer (Customer System Specific)', 'Shared (Service Provider and Customer Responsibility)', 'Inherited from pre-existing FedRAMP Authorization'];
    const ids = ['AC-1', 'AC-2', 'AC-2(1)', 'AC-2(2)', 'AC-2(3)', 'AC-3', 'AC-4', 'AC-5', 'AC-6', 'AU-2', 'CM-2', 'IA-2', 'PE-2', 'SC-7', 'SC-28'];
    writeTable(cis, 2, cisH, ids.map((id) => [id, 'X', '', '', '', '', id.endsWith('-1') ? 'X' : '', id.startsWith('PE') ? '' : 'X', '', id === 'AC-2' ? 'X' : '', '', id === 'IA-2' ? 'X' : '', id.startsWith('PE') ? 'X' : '']));
    const crm = wb.addWorksheet('CRM Worksheet');
    writeTable(crm, 2, ['Control ID', 'Can Be Inherited from CSP', 'Specific Inheritance and Customer Agency/CSP Responsibilities'], [['AC-2', 'Partial', 'Customers manage their own tenant user accounts.'], ['IA-2', 'Partial', 'Customers federate with their agency IdP and enforce MFA.'], ['PE-2', 'Yes', 'Fully inherited from Azure Government.']]);
    out.push({ expected: 'CIS_CRM_WORKBOOK', format: 'xlsx', note: 'Rev5 CIS/CRM workbook with Instructions, CIS and CRM sheets', data: await saveWorkbook(wb, D(60)) });
  }
  {
    const wb = newWorkbook({ creator: 'jdoe', date: D(300), title: 'Quillon Secure Edge CIS', company: 'Quillon Networks Corporation' });
    const s = wb.addWorksheet('High CIS');
    writeTable(s, 1, ['Control', 'Control Name', 'Implementation Status', 'Control Origination', 'Responsible Role'], [['AC-1', 'Policy and Procedures', 'Implemented', 'Service Provider Corporate', 'CISO'], ['AC-2', 'Account Management', 'Implemented', 'Shared', 'IAM Lead'], ['AU-6', 'Audit Record Review, Analysis, and Reporting', 'Partially Implemented', 'Service Provider System Specific', 'SOC'], ['SC-13', 'Cryptographic Protection', 'Implemented', 'Inherited', 'Platform']], { styled: false });
    const c = wb.addWorksheet('High CRM');
    writeTable(c, 1, ['Control', 'Customer Responsibility'], [['AC-2', 'Agency administrators approve and review tenant accounts.'], ['AU-6', 'Agencies review tenant audit logs exported via API.']], { styled: false });
    out.push({ expected: 'CIS_CRM_WORKBOOK', format: 'xlsx', note: 'older Rev4-style "High CIS"/"High CRM" sheets, unstyled, no instructions', data: await saveWorkbook(wb, D(300)) });
  }

  // ---------------- SoD matrix (xlsx) ----------------
  {
    const wb = newWorkbook({ creator: 'R. Okafor', date: D(90), company: 'Halyard Data Systems, Inc.' });
    const ws = wb.addWorksheet('SoD Matrix');
    setRow(ws, 1, ['Halyard GovAnalytics - Separation of Duties Matrix']);
    writeTable(ws, 3, ['Role / Duty', 'Code commit', 'Code review', 'Deploy to prod', 'IAM admin', 'Audit log review', 'Key management', 'Backup restore'], [
      ['Software Engineer', 'X', 'X', '', '', '', '', ''], ['SRE', '', 'X', 'X', '', '', '', 'X'], ['Cloud Security Engineer', '', '', '', 'X', '', 'X', ''], ['SOC Analyst', '', '', '', '', 'X', '', ''], ['ISSO', '', '', '', '', 'X', '', '']]);
    out.push({ expected: 'SEPARATION_OF_DUTIES_MATRIX', format: 'xlsx', note: 'role-by-duty X matrix workbook', data: await saveWorkbook(wb, D(90)) });
  }

  // ---------------- Laws and regulations (xlsx) ----------------
  {
    const wb = newWorkbook({ creator: 'FedRAMP', date: D(200) });
    const ws = wb.addWorksheet('Laws and Regulations');
    setRow(ws, 1, ['FedRAMP Applicable Laws and Regulations']);
    writeTable(ws, 3, ['Reference', 'Title', 'Date', 'Link'], [['FISMA', 'Federal Information Security Modernization Act of 2014', '2014', 'https://www.congress.gov/bill/113th-congress/senate-bill/2521'], ['FedRAMP Authorization Act', 'FY23 NDAA Section 5921', '2022', ''], ['OMB M-24-15', 'Modernizing the Federal Risk and Authorization Management Program', '2024', ''], ['Privacy Act', 'Privacy Act of 1974, 5 U.S.C. 552a', '1974', '']]);
    const st = wb.addWorksheet('Standards and Guidance');
    writeTable(st, 1, ['Reference', 'Title', 'Date'], [['NIST SP 800-53 Rev 5', 'Security and Privacy Controls for Information Systems and Organizations', '2020'], ['NIST SP 800-63-3', 'Digital Identity Guidelines', '2017'], ['FIPS 140-3', 'Security Requirements for Cryptographic Modules', '2019']]);
    out.push({ expected: 'LAWS_AND_REGULATIONS', format: 'xlsx', note: 'laws/regulations and standards/guidance two-sheet workbook', data: await saveWorkbook(wb, D(200)) });
  }

  // ---------------- Authorization checklist ----------------
  const items: [string, string][] = [['1', 'System Security Plan (SSP)'], ['2', 'SSP Attachment 1 - Information Security Policies and Procedures'], ['3', 'SSP Attachment 2 - User Guide'], ['4', 'SSP Attachment 3 - Digital Identity Worksheet'], ['5', 'SSP Attachment 4 - PTA/PIA'], ['6', 'SSP Attachment 5 - Rules of Behavior'], ['7', 'SSP Attachment 6 - Information System Contingency Plan'], ['8', 'SSP Attachment 7 - Configuration Management Plan'], ['9', 'SSP Attachment 8 - Incident Response Plan'], ['10', 'SSP Attachment 9 - CIS/CRM Workbook'], ['11', 'SSP Attachment 10 - FIPS 199'], ['12', 'SSP Attachment 13 - Integrated Inventory Workbook'], ['13', 'Security Assessment Plan (SAP)'], ['14', 'Security Assessment Report (SAR)'], ['15', 'Plan of Action and Milestones (POA&M)'], ['16', 'Agency ATO Letter']];
  {
    const wb = newWorkbook({ creator: 'Halyard GRC', date: D(20) });
    const ws = wb.addWorksheet('Checklist');
    setRow(ws, 1, ['FedRAMP Initial Authorization Package Checklist']);
    setRow(ws, 2, ['CSP: Halyard Data Systems, Inc.', '', 'CSO: Halyard GovAnalytics']);
    writeTable(ws, 4, ['#', 'Deliverable', 'Included (Yes/No)', 'File Name / Location in Repository', 'Notes'], items.map(([n, t]) => [n, t, 'Yes', `/Initial Authorization/${n.padStart(2, '0')}`, '']));
    out.push({ expected: 'AUTHORIZATION_CHECKLIST', format: 'xlsx', note: 'package checklist workbook', data: await saveWorkbook(wb, D(20)) });
  }
  out.push({ expected: 'AUTHORIZATION_CHECKLIST', format: 'docx', note: 'Word checklist with checkboxes, submitted by CSP with package', data: await docx({
    title: 'Initial Authorization Package Checklist', sub: ['Tessaract ClinicalVault'], where: 'props', org: 'Tessaract Health Cloud, Inc.', author: 'GRC', date: D(15), numbering: 'none', look: 'corporate',
    secs: [['Instructions', 'Confirm that each item of the authorization package has been uploaded to the repository before requesting PMO review.'],
      ['Package Contents', { t: ['Item', 'Document', 'Provided'], r: items.map(([n, t]) => [n, t, '☒']) }],
      ['CSP Attestation', 'I attest that the package above is complete and accurate. Name: M. Ferreira  Date: 03/02/2025']],
  } as Prose) });

  // ---------------- Scan results ----------------
  {
    const hosts = Array.from({ length: 3 }, (_, i) => ({ ip: `10.42.${i + 3}.${rng.int(10, 200)}`, fqdn: `qse-node0${i + 1}.prod.quillon.example` }));
    const items = [['22964', 'Service Detection', 'Service detection', '0', 'None'], ['57582', 'SSL Self-Signed Certificate', 'Misc.', '2', 'Medium'], ['187315', 'OpenSSH < 9.6 Multiple Vulnerabilities', 'Misc.', '2', 'Medium'], ['168828', 'Oracle Linux 8 : kernel (ELSA-2024-12345)', 'Oracle Linux Local Security Checks', '3', 'High']];
    let x = '<?xml version="1.0" ?>\n<NessusClientData_v2>\n<Policy><policyName>FedRAMP Monthly Authenticated</policyName><Preferences><ServerPreferences><preference><name>TARGET</name><value>' + hosts.map((h) => h.ip).join(',') + '</value></preference></ServerPreferences></Preferences></Policy>\n<Report name="QSE March OS Scan" xmlns:cm="http://www.nessus.org/cm">\n';
    for (const h of hosts) {
      x += `<ReportHost name="${h.ip}"><HostProperties>\n<tag name="HOST_END">Tue Mar 11 03:14:22 2025</tag>\n<tag name="host-fqdn">${h.fqdn}</tag>\n<tag name="host-ip">${h.ip}</tag>\n<tag name="operating-system">Oracle Linux 8</tag>\n<tag name="Credentialed_Scan">true</tag>\n</HostProperties>\n`;
      for (const [id, name, fam, sev, rf] of items) {
        x += `<ReportItem port="${sev === '0' ? '0' : '22'}" svc_name="ssh" protocol="tcp" severity="${sev}" pluginID="${id}" pluginName="${xmlEsc(name!)}" pluginFamily="${xmlEsc(fam!)}">\n<risk_factor>${rf}</risk_factor>\n<synopsis>${xmlEsc(name!)}</synopsis>\n<description>The remote host is affected by the issue described.</description>\n<solution>Apply the latest vendor updates.</solution>\n<plugin_output>Installed package version is below the fixed version.</plugin_output>\n</ReportItem>\n`;
      }
      x += '</ReportHost>\n';
    }
    x += '</Report>\n</NessusClientData_v2>\n';
    out.push({ expected: 'SCAN_RESULTS', format: 'nessus', note: 'Nessus v2 XML export, authenticated OS scan, 3 hosts', data: x });
  }
  {
    const lines = ['"Scan Results"', '"Halyard Data Systems","1 Main St","Reston","VA","20190"', '"Launch Date","03/09/2025 at 02:00:11 (GMT-0500)","Active Hosts","12"', '',
      csvLine(['IP', 'DNS', 'NetBIOS', 'OS', 'IP Status', 'QID', 'Title', 'Type', 'Severity', 'Port', 'Protocol', 'FQDN', 'SSL', 'CVE ID', 'Vendor Reference', 'CVSS3.1 Base', 'Threat', 'Impact', 'Solution', 'Results', 'PCI Vuln', 'Category'])];
    const qids: [string, string, string, string][] = [['38909', 'SHA1 deprecated setting for SSH', '2', ''], ['105484', 'Amazon Linux 2 Security Advisory for openssl (ALAS2-2024-2502)', '4', 'CVE-2024-5535'], ['86002', 'SSL Certificate - Information', '1', '']];
    for (let i = 0; i < 8; i++) {
      const [qid, title, sev, cve] = rng.pick(qids);
      lines.push(csvLine([`10.20.${rng.int(1, 9)}.${rng.int(5, 250)}`, `hga-db0${rng.int(1, 4)}.prod.halyard.example`, '', 'Amazon Linux 2', 'host scanned, found vuln', qid, title, sev === '1' ? 'Ig' : 'Vuln', sev, '22', 'tcp', '', 'no', cve, '', sev === '4' ? '7.5' : '5.3', 'See vendor advisory.', 'Potential compromise.', 'Update the package.', 'package installed version lower than fixed version', 'no', 'Local']));
    }
    out.push({ expected: 'SCAN_RESULTS', format: 'csv', note: 'Qualys VM CSV export with report preamble lines before the header', data: lines.join('\r\n') + '\r\n' });
  }

  // ---------------- Inventory ----------------
  const invH = ['UNIQUE ASSET IDENTIFIER', 'IPv4 or IPv6 Address', 'Virtual', 'Public', 'DNS Name or URL', 'NetBIOS Name', 'MAC Address', 'Authenticated Scan', 'Baseline Configuration Name', 'OS Name and Version', 'Location', 'Asset Type', 'Hardware Make/Model', 'In Latest Scan', 'Software/ Database Vendor', 'Software/ Database Name & Version', 'Patch Level', 'Function', 'Comments', 'Serial #/Asset Tag#', 'VLAN/Network ID', 'System Administrator/ Owner', 'Application Administrator/ Owner'];
  const invRows = (pfx: string, net: string): CellValue[][] => Array.from({ length: 12 }, (_, i) => [`${pfx}-${String(i + 1).padStart(4, '0')}`, `${net}.${rng.int(1, 9)}.${rng.int(2, 250)}`, 'Yes', i < 2 ? 'Yes' : 'No', `${pfx.toLowerCase()}-${i + 1}.internal`, '', '', 'Yes', 'CIS L1 Ubuntu 22.04', 'Ubuntu 22.04 LTS', 'AWS us-gov-west-1', 'Virtual Machine', 'EC2 m6i.large', 'Yes', i % 3 === 0 ? 'PostgreSQL' : '', i % 3 === 0 ? 'PostgreSQL 15.6' : '', '2025-02', rng.pick(['Web', 'App', 'Database', 'Bastion']), '', '', 'vpc-0a1b', 'SRE Team', 'App Team']);
  {
    const wb = newWorkbook({ creator: 'cmdb-export', date: D(8), company: 'Brightwater Software LLC' });
    const ws = wb.addWorksheet('Inventory');
    setRow(ws, 1, ['Integrated Inventory Workbook - Brightwater CaseFlow - March 2025']);
    writeTable(ws, 2, invH, invRows('BCF', '10.31'));
    out.push({ expected: 'INVENTORY', format: 'xlsx', note: 'v2.2 23-column inventory, header at row 2', data: await saveWorkbook(wb, D(8)) });
  }
  {
    const wb = newWorkbook({ creator: 'Quillon ConMon', date: D(3) });
    wb.addWorksheet('Instructions');
    const ws = wb.addWorksheet('Integrated Inventory');
    const h = invH.map((c) => c.replace('UNIQUE ASSET IDENTIFIER', 'Unique Asset Identifier').replace('IPv4 or IPv6 Address', 'IPv4 or IPv6 address'));
    h.push('Diagram Label');
    writeTable(ws, 4, h, invRows('QSE', '10.42').map((r) => [...r, 'Fig 9-1 node']));
    out.push({ expected: 'INVENTORY', format: 'xlsx', note: 'Rev5 edition with Diagram Label, title-case headers, header at row 4 on second sheet', data: await saveWorkbook(wb, D(3)) });
  }

  // ---------------- Deviation request (xlsx) ----------------
  {
    const wb = newWorkbook({ creator: 'Tessaract ConMon', date: D(12) });
    const ws = wb.addWorksheet('Deviation Request');
    setRow(ws, 1, ['FedRAMP Vulnerability Deviation Request Form']);
    setRow(ws, 2, ['CSP Name', 'Tessaract Health Cloud, Inc.', 'System', 'Tessaract ClinicalVault', 'Submission Date', D(12)]);
    writeTable(ws, 4, ['DR Number', 'POA&M ID', 'Deviation Type (FP / RA / OR)', 'Vulnerability Name', 'Scanner Plugin/QID', 'Affected Assets', 'Original Risk Rating', 'Requested Risk Rating', 'Justification', 'Compensating Controls / Evidence', 'AO Decision'], [
      ['DR-11', 'TCV-0921', 'FP', 'Apache Tomcat version disclosure', '12085', 'tcv-web01', 'Moderate', 'N/A', 'Backported fix; version string not updated by vendor', 'Vendor advisory attached', ''],
      ['DR-12', 'TCV-0944', 'RA', 'glibc CVE-2023-4911', '185161', 'tcv-app01..04', 'High', 'Moderate', 'Not exploitable remotely; no local untrusted users', 'SELinux enforcing, no shell access', '']]);
    out.push({ expected: 'DEVIATION_REQUEST', format: 'xlsx', note: 'vulnerability deviation request workbook (FP and RA rows)', data: await saveWorkbook(wb, D(12)) });
  }

  // ---------------- UNKNOWN look-alikes ----------------
  out.push({ expected: 'UNKNOWN', format: 'pdf', note: 'monthly ConMon transmittal cover memo listing attached deliverables', data: await pdf({
    title: 'March 2025 Continuous Monitoring Submission - Cover Memo', where: 'cover', org: 'Halyard Data Systems, Inc.', author: 'Celia Baptiste', date: D(4), numbering: 'none', look: 'corporate',
    secs: [['To', 'Agency ConMon reviewers and FedRAMP PMO'], ['Summary', 'This memo accompanies our monthly continuous monitoring upload. The following deliverables were placed in the secure repository today:', ['Updated POA&M (Open POA&M Items: 9, closed this month: 4)', 'OS, database and web application scan results', 'Integrated Inventory Workbook', 'One Significant Change Request (database migration)']],
      ['Highlights', 'No High findings are overdue. Two Moderate items have pending deviation requests.'], ['Contact', 'Questions: conmon@halyard.example']],
  }) });
  out.push({ expected: 'UNKNOWN', format: 'docx', note: '3PAO proposal / statement of work mentioning SAP, SAR, pen test', data: await docx({
    title: 'Proposal: FedRAMP Moderate Initial Assessment Services', where: 'props', org: 'Crestline Assurance Partners', author: 'Business Development', date: D(250), numbering: 'auto', look: 'corporate',
    sub: ['Prepared for Tessaract Health Cloud, Inc.'],
    secs: [['Understanding of Need', 'Tessaract seeks a FedRAMP-recognized 3PAO to perform its initial assessment with an agency sponsor.'], ['Scope of Services', ['Readiness review of the System Security Plan', 'Development of the Security Assessment Plan', 'Control testing and penetration testing', 'Delivery of the Security Assessment Report and support for POA&M creation']],
      ['Schedule', { t: ['Phase', 'Duration'], r: [['Planning and SAP', '3 weeks'], ['Testing', '5 weeks'], ['Reporting (SAR)', '3 weeks']] }], ['Pricing', 'Firm fixed price: $186,500. Payment terms net 30.'], ['Why Crestline', 'Over 60 FedRAMP assessments completed since 2016.']],
  }) });
  {
    const wb = newWorkbook({ creator: 'Agency OCIO', date: D(30) });
    const ws = wb.addWorksheet('Cloud Portfolio');
    writeTable(ws, 1, ['Package ID', 'Cloud Service Offering', 'CSP', 'Impact Level', 'SSP Received', 'SAR Received', 'ATO Letter Date', 'Next Annual Assessment', 'ConMon Status'], [
      ['FR2204118734', 'Halyard GovAnalytics', 'Halyard Data Systems', 'Moderate', '2024-06-01', '2024-11-20', '2025-02-03', '2025-11-01', 'Green'],
      ['FR2311022001', 'Brightwater CaseFlow', 'Brightwater Software', 'Low', '2024-02-11', '2024-05-30', '2024-07-15', '2025-06-01', 'Yellow'],
      ['FR2105099812', 'Quillon Secure Edge', 'Quillon Networks', 'High', '2021-03-03', '2021-09-09', '2021-12-01', '2025-04-15', 'Green']]);
    out.push({ expected: 'UNKNOWN', format: 'xlsx', note: 'agency cloud portfolio tracker listing packages and deliverable dates', data: await saveWorkbook(wb, D(30)) });
  }
  out.push({ expected: 'UNKNOWN', format: 'docx', note: 'kickoff meeting minutes discussing SSP, SAP, ATO timeline', data: await docx({
    title: 'Meeting Minutes - FedRAMP Partnership Kickoff', where: 'props', org: 'Northpine Labs', author: 'PMO Coordinator', date: D(180), numbering: 'none', look: 'corporate',
    secs: [['Attendees', ['FMRA: J. Ortiz-Banks (AO), T. Reyes (ISSM)', 'Northpine: CEO, CISO, ISSO', 'FedRAMP PMO: package reviewer']], ['Discussion', 'The agency confirmed sponsorship at the Low impact level. Northpine will deliver the SSP and attachments by May 1. The 3PAO will submit the SAP two weeks later; testing in June; SAR in July.'],
      ['Action Items', { t: ['#', 'Action', 'Owner', 'Due'], r: [['1', 'Share SSP draft', 'Northpine ISSO', '05/01'], ['2', 'Confirm 3PAO schedule', 'Northpine CISO', '04/15'], ['3', 'Draft ATO letter template', 'FMRA ISSM', '07/31']] }], ['Next meeting', 'Biweekly on Tuesdays.']],
  }) });
  out.push({ expected: 'UNKNOWN', format: 'pdf', note: 'training handout explaining the agency authorization process and its deliverables', data: await pdf({
    title: 'Understanding FedRAMP Agency Authorization: A Primer for Program Managers', where: 'props', org: 'Agency Cloud Center of Excellence', author: 'CCoE', date: D(500), numbering: 'literal', look: 'corporate', producer: 'PowerPoint for Microsoft 365',
    secs: [['What is FedRAMP?', 'A government-wide program that standardizes security assessment and authorization for cloud products.'], ['The deliverables you will see', ['System Security Plan (SSP) and its attachments', 'Security Assessment Plan (SAP) and Security Assessment Report (SAR) from the 3PAO', 'Plan of Action and Milestones (POA&M)', 'Your agency\'s ATO letter']],
      ['Your role', 'Program managers coordinate with the ISSM and AO; they do not write these documents.'], ['After authorization', 'Monthly continuous monitoring: review the POA&M, scans and inventory each month.']],
  }) });
  out.push({ expected: 'UNKNOWN', format: 'csv', note: 'ticket tracker export of ConMon tasks', data: [csvLine(['Issue key', 'Summary', 'Status', 'Assignee', 'Due date']),
    csvLine(['GRC-412', 'Upload March POA&M to repository', 'Done', 'c.baptiste', '2025-03-13']), csvLine(['GRC-413', 'Run monthly Nessus authenticated scans', 'Done', 'a.rao', '2025-03-10']),
    csvLine(['GRC-414', 'Refresh integrated inventory from CMDB', 'In Progress', 'c.baptiste', '2025-03-13']), csvLine(['GRC-415', 'Draft significant change request for Aurora migration', 'To Do', 'd.whitcombe', '2025-03-20'])].join('\n') + '\n' });
  return out;
}
