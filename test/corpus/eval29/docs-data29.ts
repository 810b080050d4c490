/** Workbooks, scanner exports and OSCAL documents (the OSCAL ones derived from the project's GSA fixtures). */
import { readFile } from 'node:fs/promises';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { fixture } from '../../support/fixtures.js';
import { buildDocx, buildXlsx, pick, rng, toCsv, uuidFrom, xmlEscape } from './kit29.js';
import type { SheetSpec } from './kit29.js';
import { CSP, ISSO, SYS, SYS2, SYS_ABBR, frontMatter } from './world29.js';
import type { Eval29Doc } from './world29.js';

// ---------------------------------------------------------------- shared asset model

interface Asset { id: string; ip: string; dns: string; os: string; type: string; fn: string; vlan: string; virtual: boolean; pub: boolean }

function assets(n: number, seed: number): Asset[] {
  const r = rng(seed);
  const out: Asset[] = [];
  const kinds = [
    { type: 'Kubernetes worker node', os: 'Bottlerocket OS 1.26.2 (aws-k8s-1.30)', fn: 'Tenant workload node' },
    { type: 'Kubernetes worker node', os: 'Bottlerocket OS 1.26.2 (aws-k8s-1.30)', fn: 'Management-plane node' },
    { type: 'Database', os: 'Amazon RDS for PostgreSQL 15.10', fn: 'Console metadata store' },
    { type: 'Load balancer', os: 'AWS Application Load Balancer', fn: 'Public ingress for console/API' },
    { type: 'Virtual machine', os: 'Red Hat Enterprise Linux 9.4', fn: 'Teleport proxy (bastion)' },
    { type: 'Container image', os: 'Distroless base (debian12)', fn: 'kmkp-console web application' },
  ];
  for (let i = 0; i < n; i++) {
    const k = kinds[i % kinds.length] ?? kinds[0]!;
    const oct3 = 10 + Math.floor(r() * 30);
    const oct4 = 4 + Math.floor(r() * 240);
    const ip = k.type === 'Container image' ? '' : `10.41.${oct3}.${oct4}`;
    const dns = k.type === 'Database' ? `kmkp-meta-${i}.c9x1.us-gov-west-1.rds.amazonaws.com` : k.type === 'Load balancer' ? 'console.kmkp.kestrelcloud.example' : `ip-10-41-${oct3}-${oct4}.us-gov-west-1.compute.internal`;
    out.push({ id: k.type === 'Container image' ? `registry.kmkp.internal/platform/console@sha256:${uuidFrom(r).replace(/-/g, '').slice(0, 16)}` : `i-0${Math.floor(r() * 1e15).toString(16).padStart(13, '0')}`.slice(0, 19), ip, dns, os: k.os, type: k.type, fn: k.fn, vlan: pick(r, ['vpc-0a1 mgmt-private-a', 'vpc-0b7 tenant-private-b', 'vpc-0c3 edge-public']), virtual: true, pub: k.type === 'Load balancer' });
  }
  return out;
}

const INV_HEAD = ['UNIQUE ASSET IDENTIFIER', 'IPv4 or IPv6\nAddress', 'Virtual', 'Public', 'DNS Name or URL', 'NetBIOS Name', 'MAC Address', 'Authenticated Scan', 'Baseline Configuration Name', 'OS Name and Version', 'Location', 'Asset Type', 'Hardware Make/Model', 'In Latest Scan', 'Software/ Database Vendor', 'Software/ Database Name & Version', 'Patch Level', 'Function', 'Comments', 'Serial #/Asset Tag#', 'VLAN/\nNetwork ID', 'System Administrator/ Owner', 'Application Administrator/ Owner'];

function invRow(a: Asset): string[] {
  const db = a.type === 'Database';
  return [a.id, a.ip, 'Yes', a.pub ? 'Yes' : 'No', a.dns, '', '', a.type === 'Container image' ? 'N/A' : 'Yes', db ? 'CIS PostgreSQL 15 L1' : 'KMKP-Bottlerocket-L2', a.os, 'AWS GovCloud (US-West) us-gov-west-1', a.type, 'AWS EC2 m6i.2xlarge', 'Yes', db ? 'Amazon' : 'Open Source', db ? 'PostgreSQL 15.10' : '', '2025-02', a.fn, '', '', a.vlan, 'Platform SRE', db ? 'Data Platform Team' : 'Platform SRE'];
}

async function inventoryTemplateForm(): Promise<Buffer> {
  const rows: (string | null)[][] = [
    [null, null, 'SSP ATTACHMENT 13 - FedRAMP Integrated Inventory Workbook'],
    [],
    ['All Inventories', '', '', '', '', 'OS/Infrastructure Inventory', '', '', '', '', '', '', '', '', 'Software and Database Inventories', '', '', '', 'Any Inventory'],
    INV_HEAD,
    ...assets(48, 29).map(invRow),
  ];
  return buildXlsx(
    [
      { name: 'INSTRUCTIONS', rows: [[null, 'Kestrel Cloud Systems \u2014 KMKP integrated inventory, generated from AWS Config aggregator snapshot 2025-02-28T04:00Z and the Kubernetes API. Do not edit by hand; regenerate with inventory-export.']] },
      { name: 'Inventory', rows, boldRows: [4], widths: [34, 14, 8, 8, 40] },
      { name: 'Record of Changes', rows: [['Date', 'Description', 'Version', 'Author'], ['2025-02-28', 'Monthly ConMon inventory', '2025.02', 'inventory-export bot']] },
    ],
    { title: 'SSP-A13-FedRAMP-Integrated-Inventory-Workbook-Template', creator: 'svc-inventory-export' },
  );
}

async function inventoryCmdb(): Promise<Buffer> {
  // ServiceNow CMDB export reshaped to the FedRAMP columns; header on row 3, extra CMDB columns at the end.
  const head = ['UNIQUE ASSET IDENTIFIER', 'IPv4 or IPv6 Address', 'Virtual', 'Public', 'DNS Name or URL', 'Authenticated Scan', 'Baseline Configuration Name', 'OS Name and Version', 'Location', 'Asset Type', 'In Latest Scan', 'Software/ Database Vendor', 'Software/ Database Name & Version', 'Function', 'VLAN/Network ID', 'System Administrator/ Owner', 'Application Administrator/ Owner', 'sys_id', 'CI class'];
  const r = rng(7);
  const rows: (string | null)[][] = [
    ['KMKP Integrated Inventory \u2014 ServiceNow CMDB export (cmdb_ci filtered by u_fedramp_boundary=KMKP)'],
    ['Exported 2025-03-01 06:12 by svc_cmdb_report'],
    head,
    ...assets(60, 31).map((a) => {
      const full = invRow(a);
      return [full[0]!, full[1]!, full[2]!, full[3]!, full[4]!, full[7]!, full[8]!, full[9]!, full[10]!, full[11]!, full[13]!, full[14]!, full[15]!, full[17]!, full[20]!, full[21]!, full[22]!, uuidFrom(r).replace(/-/g, ''), a.type === 'Database' ? 'cmdb_ci_db_postgresql_instance' : 'cmdb_ci_kubernetes_node'];
    }),
  ];
  return buildXlsx([{ name: 'Page 1', rows, boldRows: [3] }], { creator: 'ServiceNow' });
}

function inventoryCsv(): string {
  return toCsv([INV_HEAD.map((h) => h.replace('\n', ' ')), ...assets(36, 44).map(invRow)]);
}

async function inventoryTerraform(): Promise<Buffer> {
  const rows: (string | null)[][] = [
    ['Generated by tf-inventory from terraform state (workspace kmkp-prod-usgw1) \u2014 commit 4e1c9a2'],
    INV_HEAD.map((h) => h.replace('\n', ' ')),
    ...assets(30, 52).map(invRow),
  ];
  return buildXlsx([{ name: 'Inventory', rows, boldRows: [2] }, { name: 'tf-resources', rows: [['address', 'type'], ['module.eks["tenant-a"].aws_eks_cluster.this', 'aws_eks_cluster'], ['module.rds.aws_db_instance.meta', 'aws_db_instance']] }], { title: 'Book1' });
}

// ---------------------------------------------------------------- POA&M

const POAM_HEAD = ['POAM ID', 'Controls', 'Weakness Name', 'Weakness Description', 'Weakness Detector Source', 'Weakness Source Identifier', 'Asset Identifier', 'Point of Contact', 'Resources Required', 'Overall Remediation Plan', 'Original Detection Date', 'Scheduled Completion Date', 'Planned Milestones', 'Milestone Changes', 'Status Date', 'Vendor Dependency', 'Last Vendor Check-in Date', 'Vendor Dependent Product Name', 'Original Risk Rating', 'Adjusted Risk Rating', 'Risk Adjustment', 'False Positive', 'Operational Requirement', 'Deviation Rationale', 'Supporting Documents', 'Comments', 'Auto-Approve', 'Binding Operational Directive 22-01 tracking', 'Binding Operational Directive 22-01 Due Date', 'CVE', 'Service Name'];

const WEAK = [
  ['RA-5', 'containerd vulnerable to CVE-2024-40635', 'Integer overflow in containerd User ID handling allows a container to run as root.', 'Tenable.io', '214987', 'High', 'CVE-2024-40635'],
  ['CM-6', 'Kubelet read-only port enabled', 'CIS EKS 3.2.4: --read-only-port is not 0 on node group ng-legacy-gpu.', 'kube-bench', 'CIS-EKS-3.2.4', 'Moderate', ''],
  ['SI-2', 'golang.org/x/net HTTP/2 rapid reset in kmkp-console', 'Trivy reports CVE-2023-44487 in the console image dependency tree.', 'Trivy', 'CVE-2023-44487', 'High', 'CVE-2023-44487'],
  ['SC-8', 'TLS 1.2 CBC cipher suites accepted', 'Console ALB security policy allows CBC-mode suites.', 'Burp Suite Enterprise', 'TLS-CBC', 'Low', ''],
  ['AU-9', 'Vault audit device not forwarded for namespace tenant-17', 'Privileged Vault operations were not visible in SIEM.', '3PAO assessment', 'KMKP-2025-002', 'Moderate', ''],
  ['RA-5', 'PostgreSQL 15.6 minor version behind', 'RDS instances not on the latest minor version (CVE-2024-7348).', 'Imperva Scuba', 'PG-15-7348', 'Moderate', 'CVE-2024-7348'],
];

function poamRows(n: number, seed: number, closed = false): string[][] {
  const r = rng(seed);
  const out: string[][] = [];
  for (let i = 0; i < n; i++) {
    const w = WEAK[i % WEAK.length]!;
    const det = `2025-0${1 + (i % 3)}-${String(3 + Math.floor(r() * 24)).padStart(2, '0')}`;
    out.push([`V-0${200 + i + (closed ? 100 : 0)}`, w[0]!, w[1]!, w[2]!, w[3]!, w[4]!, `ip-10-41-${10 + i}-${Math.floor(r() * 250)}`, 'Platform SRE', 'None', closed ? 'Patched and validated by rescan' : 'Patch through weekly AMI rebuild and Argo CD rollout', det, w[5] === 'High' ? '30 days from detection' : '90 days from detection', 'Rebuild AMI; canary; fleet rollout', '', '2025-03-10', 'No', '', '', w[5]!, w[5]!, '', 'No', 'No', '', '', '', 'No', 'No', '', w[6]!, 'KMKP']);
  }
  return out;
}

async function poamTemplateForm(): Promise<Buffer> {
  const top = (rows: string[][]): (string | null)[][] => [
    ['FedRAMP\u00ae Plan of Action and Milestones (POA&M)'],
    ['CSP', 'System Name', 'Impact Level', 'POAM Date'],
    [CSP, SYS, 'Moderate', '2025-03-10'],
    [],
    POAM_HEAD,
    ...rows,
  ];
  const sheets: SheetSpec[] = [
    { name: 'Open POA&M Items', rows: top(poamRows(14, 3)), boldRows: [5] },
    { name: 'Closed POA&M Items', rows: top(poamRows(6, 4, true)), boldRows: [5] },
    { name: 'Configuration Findings', rows: top([]), boldRows: [5] },
    { name: 'Record of Changes', rows: [[], [null, 'Date', 'Description', 'Version', 'Author'], [null, '2025-03-10', 'March ConMon submission', '2025.03', ISSO]] },
  ];
  return buildXlsx(sheets, { title: 'FedRAMP POA&M Template', creator: ISSO });
}

async function poamGrcExport(): Promise<Buffer> {
  // GRC tool export: renamed sheet, header row 1, columns renamed/reordered, extra columns.
  const head = ['POAM ID', 'Status', 'Control(s)', 'Weakness Name', 'Weakness Description', 'Detector Source', 'Source ID', 'Asset Identifier', 'Original Detection Date', 'Scheduled Completion Date', 'Original Risk Rating', 'Adjusted Risk Rating', 'Vendor Dependency', 'Deviation Request', 'Milestones', 'CVE', 'Owner'];
  const rows = poamRows(22, 9).map((r, i) => [r[0]!, i % 5 === 0 ? 'Risk Accepted (OR)' : 'Open', r[1]!, r[2]!, r[3]!, r[4]!, r[5]!, r[6]!, r[10]!, r[11]!, r[18]!, r[19]!, r[15]!, i % 5 === 0 ? 'DR-2025-007' : '', r[12]!, r[29]!, 'kestrel-platform-sre']);
  return buildXlsx([{ name: 'POA&M Items', rows: [head, ...rows], boldRows: [1] }, { name: 'Export Info', rows: [['Source', 'Kestrel GRC (RegScale) export'], ['Plan', `${SYS_ABBR} Plan of Action & Milestones`], ['Generated', '2025-04-08']] }], { creator: 'RegScale' });
}

// ---------------------------------------------------------------- other workbooks

async function cisCrm(variant: 1 | 2): Promise<Buffer> {
  const ctl = ['AC-1', 'AC-2', 'AC-2(1)', 'AC-3', 'AC-6', 'AU-2', 'AU-6', 'CM-2', 'CM-6', 'CP-9', 'IA-2', 'IA-2(1)', 'IA-5', 'RA-5', 'SC-7', 'SC-8', 'SC-13', 'SC-28', 'SI-2', 'SI-4'];
  const r = rng(variant * 11);
  const cis = ctl.map((c) => {
    const o = pick(r, ['sp', 'sp', 'shared', 'inherited', 'customer']);
    return [c, 'X', '', '', '', o === 'sp' ? 'X' : '', '', o === 'shared' ? 'X' : '', o === 'customer' ? 'X' : '', o === 'inherited' ? 'X' : ''];
  });
  const crm = ctl.map((c) => [c, pick(r, ['Yes', 'No']), pick(r, ['Customer is responsible for managing accounts in its own namespace and IdP.', 'Customer configures network policies between its namespaces.', 'Customer reviews audit logs exported from the KMKP console.', 'No customer responsibility.'])]);
  const sheets: SheetSpec[] = [
    { name: 'Introduction', rows: [['FedRAMP Control Implementation Summary (CIS) and Customer Responsibility Matrix (CRM) Workbook'], [`CSP: ${CSP}`], [`System: ${variant === 1 ? SYS : SYS2}`], ['Impact level: Moderate'], ['This workbook is SSP Attachment 12 (Rev5 Appendix J). The CIS worksheet summarises the implementation status and control origination of each control; the CRM worksheet states what the customer must do.']] },
    { name: 'Moderate CIS Worksheet', rows: [['Control ID', 'Implemented', 'Partially Implemented', 'Planned', 'Alternative Implementation', 'Service Provider Corporate', 'Service Provider System Specific', 'Service Provider Hybrid', 'Configured by Customer', 'Inherited'], ...cis], boldRows: [1] },
    { name: 'Moderate CRM Worksheet', rows: [['Control ID', 'Can Be Inherited from CSP', 'Specific Inheritance and Customer Agency/CSP Responsibilities'], ...crm], boldRows: [1] },
  ];
  if (variant === 2) sheets.reverse();
  return buildXlsx(sheets, { creator: variant === 1 ? ISSO : '', title: variant === 1 ? 'CIS CRM' : undefined });
}

async function sodXlsx(): Promise<Buffer> {
  const roles = ['Platform SRE', 'Security Engineer', 'ISSO', 'CCB', 'Tenant Admin', 'Auditor'];
  const duties = ['Create IAM role', 'Approve IAM role', 'Deploy to production', 'Approve production change', 'Administer Splunk', 'Review Splunk audit', 'Issue hardware keys', 'Approve privileged access', 'Rotate KMS keys', 'Review key rotation evidence'];
  const r = rng(21);
  return buildXlsx([
    { name: 'SoD Matrix', rows: [['KMKP Separation of Duties Matrix (AC-5)'], ['Legend: P = performs, A = approves, R = reviews, blank = not permitted'], ['Function / Duty', ...roles], ...duties.map((d) => [d, ...roles.map(() => pick(r, ['P', '', '', 'A', 'R']))])], boldRows: [1, 3] },
    { name: 'Conflicts', rows: [['Conflicting pair', 'Enforced by'], ['Deploy / Approve change', 'GitLab approval rules'], ['Administer Splunk / Review audit', 'Splunk role separation']] },
  ], { title: 'Separation of Duties Matrix' });
}

async function lawsXlsx(): Promise<Buffer> {
  return buildXlsx([
    { name: 'Laws and Regulations', rows: [['FedRAMP Laws and Regulations \u2014 KMKP (Attachment 12)'], ['Identification Number', 'Title', 'Date', 'Link'], ['PL 113-283', 'Federal Information Security Modernization Act (FISMA) of 2014', '12/18/2014', 'https://www.congress.gov'], ['PL 107-347', 'E-Government Act of 2002', '12/17/2002', 'https://www.congress.gov'], ['5 U.S.C. 552a', 'Privacy Act of 1974', '12/31/1974', 'https://www.justice.gov'], ['OMB M-19-17', 'Enabling Mission Delivery through Improved Identity, Credential, and Access Management', '05/21/2019', 'https://www.whitehouse.gov'], ['OMB M-22-09', 'Moving the U.S. Government Toward Zero Trust Cybersecurity Principles', '01/26/2022', 'https://www.whitehouse.gov'], ['HSPD-12', 'Policy for a Common Identification Standard for Federal Employees and Contractors', '08/27/2004', 'https://www.dhs.gov']], boldRows: [2] },
    { name: 'Standards and Guidance', rows: [['Identification Number', 'Title', 'Date'], ['FIPS 140-3', 'Security Requirements for Cryptographic Modules', '03/22/2019'], ['FIPS 199', 'Standards for Security Categorization of Federal Information and Information Systems', '02/2004'], ['NIST SP 800-53 Rev 5', 'Security and Privacy Controls for Information Systems and Organizations', '09/2020'], ['NIST SP 800-190', 'Application Container Security Guide', '09/2017']], boldRows: [1] },
  ], { creator: ISSO });
}

const CHECK_ITEMS = ['Cover letter / transmittal', 'System Security Plan (SSP)', 'Attachment 1 \u2014 Information Security Policies and Procedures', 'Attachment 2 \u2014 User Guide', 'Attachment 3 \u2014 Digital Identity Worksheet', 'Attachment 4 \u2014 PTA / PIA', 'Attachment 5 \u2014 Rules of Behavior', 'Attachment 6 \u2014 Information System Contingency Plan', 'Attachment 7 \u2014 Configuration Management Plan', 'Attachment 8 \u2014 Incident Response Plan', 'Attachment 9 \u2014 CIS/CRM Workbook', 'Attachment 10 \u2014 FIPS 199', 'Attachment 11 \u2014 Separation of Duties Matrix', 'Attachment 12 \u2014 Laws and Regulations', 'Attachment 13 \u2014 Integrated Inventory Workbook', 'Security Assessment Plan (SAP)', 'Security Assessment Report (SAR) and appendices', 'Plan of Action and Milestones (POA&M)', 'Agency ATO letter', 'Continuous Monitoring Plan'];

async function checklistXlsx(): Promise<Buffer> {
  return buildXlsx([
    { name: 'Checklist', rows: [['FedRAMP Initial Authorization Package Checklist'], [`CSP: ${CSP}`, `CSO: ${SYS}`, 'Impact level: Moderate', 'Authorization type: Agency'], [], ['#', 'Package item', 'Included (Y/N)', 'File name in package', 'Version / date', 'Comments'], ...CHECK_ITEMS.map((it, i) => [String(i + 1), it, i === 19 ? 'N' : 'Y', `KMKP_${it.split(' ')[0]}_${i + 1}.${i === 14 || i === 17 || i === 10 ? 'xlsx' : 'docx'}`, '2025-05', i === 19 ? 'To follow with the ConMon kickoff' : ''])], boldRows: [1, 4] },
  ], { title: 'Initial Authorization Package Checklist', creator: ISSO });
}

async function checklistDocx(): Promise<Buffer> {
  return buildDocx({
    metaTitle: 'Package checklist',
    author: ISSO,
    blocks: [
      ...frontMatter({ title: 'FedRAMP Initial Authorization Package Checklist', docId: 'KCS-PKG-CHK', version: '1.0', date: '2025-06-04', variant: 'memo' }),
      { k: 'p', text: 'The checklist below confirms that every item of the initial agency authorization package has been uploaded to the FedRAMP secure repository for the Department of Commerce and the PMO review.' },
      { k: 'table', rows: [['Package item', 'Provided', 'Location'], ...CHECK_ITEMS.map((it, i) => [it, i === 19 ? 'No \u2014 pending' : 'Yes', `/KMKP/Initial/${String(i + 1).padStart(2, '0')}`])] },
      { k: 'p', text: 'Checklist certified complete by the CSP ISSO.' },
    ],
  });
}

async function deviationXlsx(): Promise<Buffer> {
  const head = ['DR ID', 'POA&M ID', 'Deviation Type (FP / RA / OR)', 'Weakness Name', 'Original Risk Rating', 'Adjusted Risk Rating', 'Asset Identifier(s)', 'Scanner', 'Justification', 'Compensating Controls / Evidence', 'CSP Approver', 'Agency Decision'];
  return buildXlsx([
    { name: 'Deviation Request', rows: [['FedRAMP Vulnerability Deviation Request Form'], [`CSP: ${CSP}`, `System: ${SYS}`, 'Submitted: 2025-04-07'], [], head,
      ['DR-2025-004', 'V-0203', 'FP', 'Apache Log4j RCE detected in opensearch-dashboards image', 'High', 'N/A', 'registry.kmkp.internal/obs/osd:2.13.0', 'Trivy 0.50.1', 'The JAR matched by path is a shaded test fixture not loaded at runtime; the class JndiLookup is absent (evidence: jar listing).', 'Screenshot of jar tf listing; Trivy ignore file commit 9c1d2e', ISSO, ''],
      ['DR-2025-005', 'V-0214', 'RA', 'OpenSSL 3.0.x timing side channel', 'Moderate', 'Low', 'ip-10-41-12-33, ip-10-41-12-34', 'Tenable.io plugin 192965', 'The vulnerable path requires local access to the RSA private key operations of a service not exposed on these nodes.', 'No listening TLS services; host firewall; Falco', ISSO, ''],
      ['DR-2025-006', 'V-0219', 'OR', 'Legacy GPU node group kubelet setting', 'Moderate', 'Moderate', 'ng-legacy-gpu (3 nodes)', 'kube-bench', 'Vendor AMI limitation; retirement planned Q1 2026.', 'Port 10250 restricted; RBAC denies anonymous', ISSO, '']], boldRows: [1, 4] },
    { name: 'Instructions', rows: [['Complete one row per deviation. FP = false positive, RA = risk adjustment, OR = operational requirement. Attach evidence in the package folder and reference the POA&M ID.']] },
  ], { creator: ISSO });
}

// ---------------------------------------------------------------- scanner exports

function nessus(): string {
  const hosts = assets(8, 61).filter((a) => a.ip);
  const items = [
    ['22', 'ssh', '3', '187315', 'SSH Terrapin Prefix Truncation Weakness (CVE-2023-48795)', 'Misc.', 'CVE-2023-48795', '5.9', 'Medium'],
    ['0', 'general', '4', '214987', 'containerd < 1.7.27 Integer Overflow (CVE-2024-40635)', 'Misc.', 'CVE-2024-40635', '6.7', 'High'],
    ['10250', 'www', '2', '42873', 'SSL Medium Strength Cipher Suites Supported (SWEET32)', 'General', 'CVE-2016-2183', '7.5', 'Medium'],
  ];
  const body = hosts
    .map((h, i) => `<ReportHost name="${h.ip}"><HostProperties>
<tag name="HOST_END">Mon Mar  3 02:${String(10 + i).padStart(2, '0')}:44 2025</tag>
<tag name="operating-system">${xmlEscape(h.os)}</tag>
<tag name="host-fqdn">${h.dns}</tag>
<tag name="host-ip">${h.ip}</tag>
<tag name="Credentialed_Scan">true</tag>
<tag name="HOST_START">Mon Mar  3 01:${String(30 + i).padStart(2, '0')}:02 2025</tag>
</HostProperties>
<ReportItem port="0" svc_name="general" protocol="tcp" severity="0" pluginID="19506" pluginName="Nessus Scan Information" pluginFamily="Settings">
<description>This plugin displays, for each tested host, information about the scan itself.</description>
<plugin_output>Nessus version : 10.8.3
Credentialed checks : yes
Scan policy used : KMKP Monthly Authenticated - Bottlerocket/RHEL</plugin_output>
<risk_factor>None</risk_factor>
</ReportItem>
${items
  .slice(0, 1 + (i % 3))
  .map((it) => `<ReportItem port="${it[0]}" svc_name="${it[1]}" protocol="tcp" severity="${it[2]}" pluginID="${it[3]}" pluginName="${xmlEscape(it[4]!)}" pluginFamily="${it[5]}">
<cve>${it[6]}</cve>
<cvss3_base_score>${it[7]}</cvss3_base_score>
<risk_factor>${it[8]}</risk_factor>
<solution>Upgrade to the latest vendor-supplied version.</solution>
<synopsis>The remote host is affected by a vulnerability.</synopsis>
</ReportItem>`)
  .join('\n')}
</ReportHost>`)
    .join('\n');
  return `<?xml version="1.0" ?>
<NessusClientData_v2>
<Policy><policyName>KMKP Monthly Authenticated - Bottlerocket/RHEL</policyName>
<Preferences><ServerPreferences><preference><name>TARGET</name><value>${hosts.map((h) => h.ip).join(',')}</value></preference>
<preference><name>scan_start_timestamp</name><value>1740965400</value></preference></ServerPreferences></Preferences>
</Policy>
<Report name="KMKP prod usgw1 - March 2025 OS" xmlns:cm="http://www.nessus.org/cm">
${body}
</Report>
</NessusClientData_v2>
`;
}

function qualysCsv(): string {
  const hosts = assets(10, 71).filter((a) => a.ip);
  const head = ['IP', 'DNS', 'NetBIOS', 'OS', 'IP Status', 'QID', 'Title', 'Type', 'Severity', 'Port', 'Protocol', 'FQDN', 'SSL', 'CVE ID', 'Vendor Reference', 'CVSS3.1 Base', 'Threat', 'Impact', 'Solution', 'First Detected', 'Last Detected', 'Vuln Status'];
  const vulns = [
    ['38909', 'SHA1 deprecated setting for SSH', 'Vuln', '2', '22', 'tcp', 'CVE-2023-48795', '5.9'],
    ['380121', 'Red Hat Update for openssh (RHSA-2024:4312)', 'Vuln', '4', '', '', 'CVE-2024-6387', '8.1'],
    ['91234', 'Amazon Linux Security Advisory for curl', 'Vuln', '3', '', '', 'CVE-2024-2398', '7.5'],
  ];
  const rows = hosts.flatMap((h, i) => vulns.slice(0, 1 + (i % 3)).map((v) => [h.ip, h.dns, '', h.os, 'host scanned, found vuln', v[0]!, v[1]!, v[2]!, v[3]!, v[4]!, v[5]!, h.dns, 'no', v[6]!, '', v[7]!, 'An attacker may exploit this vulnerability.', 'Successful exploitation could compromise confidentiality.', 'Apply the vendor update.', '02/03/2025 04:12:10', '03/03/2025 04:18:44', 'Active']));
  const pre = [['Scan Results'], ['Kestrel Cloud Systems', 'KMKP-MONTHLY-2025-03'], ['Launch Date', '03/03/2025 at 04:00:00 (GMT-0500)', 'Active Hosts', String(hosts.length), 'Total Hosts', String(hosts.length)], []];
  return toCsv([...pre, head, ...rows]);
}

function insightVmCsv(): string {
  const hosts = assets(12, 81).filter((a) => a.type === 'Database' || a.type === 'Virtual machine' || a.type === 'Kubernetes worker node');
  const head = ['Asset IP Address', 'Asset Names', 'Asset OS Name', 'Service Port', 'Vulnerability Test Result Code', 'Vulnerability ID', 'Vulnerability CVE IDs', 'Vulnerability Severity Level', 'Vulnerability CVSS Score', 'Vulnerability Title', 'Vulnerability Proof', 'Vulnerability Solution'];
  const v = [
    ['5432', 've', 'postgres-cve-2024-7348', 'CVE-2024-7348', '8', '8.8', 'PostgreSQL: CVE-2024-7348: pg_dump race condition', 'Running vulnerable version 15.6', 'Upgrade to PostgreSQL 15.8 or later'],
    ['5432', 'vv', 'postgres-weak-password-encryption', '', '4', '4.3', 'PostgreSQL password_encryption set to md5', 'password_encryption = md5', 'Set password_encryption to scram-sha-256'],
    ['22', 'vulnerable-version', 'openssh-cve-2024-6387', 'CVE-2024-6387', '9', '8.1', 'OpenSSH: regreSSHion signal handler race condition (CVE-2024-6387)', 'Running SSH serviceProduct OpenSSH exists -- OpenSSH 8.7p1', 'Upgrade OpenSSH'],
  ];
  return toCsv([head, ...hosts.flatMap((h, i) => v.slice(h.type === 'Database' ? 0 : 2, h.type === 'Database' ? 2 : 3).map((x) => [h.ip, h.dns, h.os, x[0]!, x[1]!, x[2]!, x[3]!, x[4]!, x[5]!, x[6]!, x[7]!, x[8]!]).slice(0, 1 + (i % 2)))]);
}

function openvasXml(): string {
  const hosts = assets(6, 91).filter((a) => a.ip);
  const results = hosts
    .map((h, i) => `    <result id="${uuidFrom(rng(100 + i))}">
      <name>OpenSSH &lt; 9.8 RCE Vulnerability (regreSSHion) - Linux</name>
      <owner><name>kestrel-scan</name></owner>
      <host>${h.ip}<asset asset_id="${uuidFrom(rng(200 + i))}"/><hostname>${h.dns}</hostname></host>
      <port>22/tcp</port>
      <nvt oid="1.3.6.1.4.1.25623.1.0.11424${i}"><type>nvt</type><name>OpenSSH &lt; 9.8 RCE Vulnerability (regreSSHion) - Linux</name><family>General</family><cvss_base>8.1</cvss_base>
        <severities score="8.1"><severity type="cvss_base_v3"><value>CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:H/I:H/A:H</value></severity></severities>
        <refs><ref type="cve" id="CVE-2024-6387"/></refs></nvt>
      <scan_nvt_version>2024-07-03T05:05:19Z</scan_nvt_version>
      <threat>High</threat>
      <severity>8.1</severity>
      <qod><value>80</value><type>remote_banner</type></qod>
      <description>Installed version: 8.7p1&#10;Fixed version: 9.8p1</description>
    </result>`)
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<report id="7c3e5f1a-22b1-4c8e-9b1d-5e8f0a2d4c61" format_id="a994b278-1f62-11e1-96ac-406186ea4fc5" extension="xml" content_type="text/xml">
  <owner><name>kestrel-scan</name></owner>
  <name>2025-03-04T03:00:12Z</name>
  <creation_time>2025-03-04T03:00:12Z</creation_time>
  <report id="7c3e5f1a-22b1-4c8e-9b1d-5e8f0a2d4c61">
  <gmp><version>22.5</version></gmp>
  <scan_run_status>Done</scan_run_status>
  <task id="0b9d7e1c-4d8f-4a7e-8f1a-2c3b4d5e6f70"><name>KMKP bastion and edge - monthly</name></task>
  <scan_start>2025-03-04T03:00:20Z</scan_start>
  <results start="1" max="100">
${results}
  </results>
  <result_count>${hosts.length}<full>${hosts.length}</full><filtered>${hosts.length}</filtered></result_count>
  <scan_end>2025-03-04T03:41:57Z</scan_end>
  </report>
</report>
`;
}

function trivyJson(): string {
  const vulns = [
    ['CVE-2023-44487', 'golang.org/x/net', 'v0.15.0', '0.17.0', 'HIGH', 'HTTP/2 rapid reset can cause excessive work in net/http'],
    ['CVE-2024-45337', 'golang.org/x/crypto', 'v0.21.0', '0.31.0', 'CRITICAL', 'Misuse of ServerConfig.PublicKeyCallback may cause authorization bypass'],
    ['CVE-2024-24790', 'stdlib', 'v1.21.8', '1.21.11, 1.22.4', 'CRITICAL', 'net/netip: Unexpected behavior from Is methods for IPv4-mapped IPv6 addresses'],
    ['CVE-2023-39325', 'golang.org/x/net', 'v0.15.0', '0.17.0', 'HIGH', 'rapid stream resets can cause excessive work'],
  ];
  return JSON.stringify(
    {
      SchemaVersion: 2,
      CreatedAt: '2025-03-02T05:14:33.118Z',
      ArtifactName: 'registry.kmkp.internal/platform/console:3.14.2',
      ArtifactType: 'container_image',
      Metadata: { OS: { Family: 'debian', Name: '12.9' }, ImageID: 'sha256:4f1c0e9d2b7a6c5e8d3f1a0b9c8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a2b1c0d', RepoTags: ['registry.kmkp.internal/platform/console:3.14.2'] },
      Results: [
        { Target: 'registry.kmkp.internal/platform/console:3.14.2 (debian 12.9)', Class: 'os-pkgs', Type: 'debian', Vulnerabilities: [{ VulnerabilityID: 'CVE-2024-56171', PkgName: 'libxml2', InstalledVersion: '2.9.14+dfsg-1.3~deb12u1', FixedVersion: '2.9.14+dfsg-1.3~deb12u2', Severity: 'HIGH', Title: 'libxml2: Use-After-Free in libxml2', PrimaryURL: 'https://avd.aquasec.com/nvd/cve-2024-56171' }] },
        { Target: 'usr/local/bin/kmkp-console', Class: 'lang-pkgs', Type: 'gobinary', Vulnerabilities: vulns.map((v) => ({ VulnerabilityID: v[0], PkgName: v[1], InstalledVersion: v[2], FixedVersion: v[3], Status: 'fixed', Severity: v[4], Title: v[5], PrimaryURL: `https://avd.aquasec.com/nvd/${(v[0] ?? '').toLowerCase()}`, DataSource: { ID: 'govulndb', Name: 'The Go Vulnerability Database', URL: 'https://pkg.go.dev/vuln/' } })) },
      ],
    },
    null,
    2,
  );
}

function zapXml(): string {
  const alerts = [
    ['10038', 'Content Security Policy (CSP) Header Not Set', '2', '693', 'https://console.kmkp.kestrelcloud.example/login'],
    ['10035', 'Strict-Transport-Security Header Not Set', '1', '319', 'https://console.kmkp.kestrelcloud.example/static/app.js'],
    ['40012', 'Cross Site Scripting (Reflected)', '3', '79', 'https://console.kmkp.kestrelcloud.example/search?q=%3Cscript%3E'],
    ['10098', 'Cross-Domain Misconfiguration', '2', '264', 'https://api.kmkp.kestrelcloud.example/v1/clusters'],
  ];
  const items = alerts.map((a) => `      <alertitem>
        <pluginid>${a[0]}</pluginid>
        <alertRef>${a[0]}</alertRef>
        <alert>${a[1]}</alert>
        <name>${a[1]}</name>
        <riskcode>${a[2]}</riskcode>
        <confidence>2</confidence>
        <riskdesc>${['Informational', 'Low', 'Medium', 'High'][Number(a[2])]} (Medium)</riskdesc>
        <desc>&lt;p&gt;${a[1]} was identified on the target.&lt;/p&gt;</desc>
        <instances><instance><uri>${xmlEscape(a[4]!)}</uri><method>GET</method><param></param><attack></attack><evidence></evidence></instance></instances>
        <count>1</count>
        <solution>&lt;p&gt;Ensure that your web server is configured to set the header.&lt;/p&gt;</solution>
        <cweid>${a[3]}</cweid>
        <wascid>15</wascid>
        <sourceid>3</sourceid>
      </alertitem>`).join('\n');
  return `<?xml version="1.0"?><OWASPZAPReport programName="ZAP" version="2.15.0" generated="Tue, 4 Mar 2025 07:41:12">
  <site name="https://console.kmkp.kestrelcloud.example" host="console.kmkp.kestrelcloud.example" port="443" ssl="true">
    <alerts>
${items}
    </alerts>
  </site>
</OWASPZAPReport>
`;
}

function inspectorJson(): string {
  const hosts = assets(6, 101).filter((a) => a.type.includes('node') || a.type === 'Virtual machine');
  return JSON.stringify({
    findings: hosts.map((h, i) => ({
      awsAccountId: '123456789012',
      description: 'In OpenSSH versions before 9.8, a signal handler race condition allows unauthenticated remote code execution as root.',
      findingArn: `arn:aws-us-gov:inspector2:us-gov-west-1:123456789012:finding/${uuidFrom(rng(300 + i)).replace(/-/g, '')}`,
      firstObservedAt: '2025-02-11T09:22:41.000Z',
      lastObservedAt: '2025-03-03T09:22:41.000Z',
      fixAvailable: 'YES',
      inspectorScore: 8.1,
      packageVulnerabilityDetails: { cvss: [{ baseScore: 8.1, scoringVector: 'CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:H/I:H/A:H', source: 'NVD', version: '3.1' }], source: 'REDHAT_CVE', vulnerabilityId: 'CVE-2024-6387', vulnerablePackages: [{ name: 'openssh', version: '8.7p1', release: '38.el9', arch: 'X86_64', packageManager: 'OS', fixedInVersion: '0:8.7p1-38.el9_4.1' }] },
      remediation: { recommendation: { text: 'None Provided' } },
      resources: [{ details: { awsEc2Instance: { imageId: 'ami-0b1c2d3e4f5a6b7c8', ipV4Addresses: [h.ip], platform: 'RHEL_9', type: 'm6i.large' } }, id: h.id, partition: 'aws-us-gov', region: 'us-gov-west-1', type: 'AWS_EC2_INSTANCE' }],
      severity: 'HIGH',
      status: 'ACTIVE',
      title: 'CVE-2024-6387 - openssh',
      type: 'PACKAGE_VULNERABILITY',
    })),
  }, null, 2);
}

// ---------------------------------------------------------------- OSCAL (derived from the GSA templates and AwesomeCloud examples)

async function fx(p: string): Promise<string> {
  return readFile(fixture(p), 'utf8');
}

function retitleJson(text: string, root: string, title: string, seed: number, mutate?: (doc: Record<string, unknown>) => void): string {
  const doc = JSON.parse(text) as Record<string, Record<string, unknown>>;
  const body = doc[root];
  if (!body) throw new Error(`no ${root}`);
  body.uuid = uuidFrom(rng(seed));
  const meta = body.metadata as Record<string, unknown>;
  meta.title = title;
  meta['last-modified'] = '2025-03-10T14:00:00Z';
  meta.version = '2025.03';
  mutate?.(body);
  return JSON.stringify(doc, null, 2);
}

export async function dataDocs(): Promise<Eval29Doc[]> {
  const sspYaml = parseYaml(await fx('oscal/FedRAMP-SSP-OSCAL-Template.yaml')) as Record<string, Record<string, unknown>>;
  const sspBody = sspYaml['system-security-plan']!;
  (sspBody.metadata as Record<string, unknown>).title = `${SYS2} (KARS) SSP`;
  sspBody.uuid = uuidFrom(rng(404));
  delete sspBody['back-matter'];
  const sapXml = (await fx('oscal/AwesomeCloudSAP.xml')).replace('<title>AwesomeCloud Security Assessment Plan</title>', `<title>${SYS_ABBR} Annual Assessment 2026 - Plan</title>`).replace(/AwesomeCloud/g, 'KMKP');
  const poamXml = (await fx('oscal/AwesomeCloudPOAM2.xml')).replace(/<title>[^<]*<\/title>/, `<title>${SYS_ABBR} POA&amp;M - April 2025</title>`).replace(/AwesomeCloud/g, 'KMKP');
  return [
    { file: 'KMKP Integrated Inventory 2025-02.xlsx', expected: 'INVENTORY', note: 'Integrated Inventory Workbook in the FedRAMP template layout (INSTRUCTIONS / Inventory / Record of Changes), 48 assets.', data: await inventoryTemplateForm() },
    { file: 'cmdb_ci_export.xlsx', expected: 'INVENTORY', note: 'ServiceNow CMDB export reshaped to the FedRAMP inventory columns, header on row 3, extra CMDB columns, sheet "Page 1".', data: await inventoryCmdb() },
    { file: 'inventory-2025-03.csv', expected: 'INVENTORY', note: 'AWS Config snapshot converted to the FedRAMP inventory columns as CSV.', data: inventoryCsv() },
    { file: 'Book1.xlsx', expected: 'INVENTORY', note: 'Terraform-state-derived inventory sheet with the FedRAMP inventory headers on row 2 and a tf-resources sheet.', data: await inventoryTerraform() },
    { file: 'KMKP-POAM-2025-03.xlsx', expected: 'POAM', note: 'Monthly POA&M in the FedRAMP template layout: Open/Closed/Configuration Findings sheets, headers on row 5.', data: await poamTemplateForm() },
    { file: 'regscale_export_0408.xlsx', expected: 'POAM', note: 'GRC-tool POA&M export with renamed sheet and columns, header on row 1, DR references.', data: await poamGrcExport() },
    { file: 'poam.json', expected: 'POAM', note: 'OSCAL plan-of-action-and-milestones JSON derived from the FedRAMP template, retitled.', data: retitleJson(await fx('oscal/FedRAMP-POAM-OSCAL-Template.json'), 'plan-of-action-and-milestones', `${SYS_ABBR} Plan of Action and Milestones`, 501) },
    { file: 'oscal-export (2).xml', expected: 'POAM', note: 'OSCAL POA&M XML derived from the AwesomeCloud example, renamed to KMKP.', data: poamXml },
    { file: 'SSP-A12-CIS-CRM.xlsx', expected: 'CIS_CRM_WORKBOOK', note: 'CIS/CRM workbook with Introduction, CIS and CRM worksheets.', data: await cisCrm(1) },
    { file: 'workbook (1).xlsx', expected: 'CIS_CRM_WORKBOOK', note: 'CIS/CRM workbook for the registry service, worksheets in reverse order, no metadata title.', data: await cisCrm(2) },
    { file: 'AC-5 matrix.xlsx', expected: 'SEPARATION_OF_DUTIES_MATRIX', note: 'Separation of Duties Matrix workbook of duties versus roles.', data: await sodXlsx() },
    { file: 'laws_regs.xlsx', expected: 'LAWS_AND_REGULATIONS', note: 'Laws and Regulations workbook listing laws and standards with dates and links.', data: await lawsXlsx() },
    { file: 'package-checklist.xlsx', expected: 'AUTHORIZATION_CHECKLIST', note: 'FedRAMP Initial Authorization Package Checklist with each package item and its status.', data: await checklistXlsx() },
    { file: 'SAR-cover-memo.docx', expected: 'AUTHORIZATION_CHECKLIST', note: 'Initial Authorization Package Checklist as a Word memo table (misleading name says SAR).', data: await checklistDocx() },
    { file: 'DR-batch-April.xlsx', expected: 'DEVIATION_REQUEST', note: 'FedRAMP vulnerability deviation request form with FP, RA and OR requests.', data: await deviationXlsx() },
    { file: 'kmkp-prod-usgw1_March_OS.nessus', expected: 'SCAN_RESULTS', note: 'Tenable Nessus v2 export of the monthly authenticated OS scan.', data: nessus() },
    { file: 'Scan_Report_KMKP_20250303.csv', expected: 'SCAN_RESULTS', note: 'Qualys VM scan results CSV with its report preamble rows.', data: qualysCsv() },
    { file: 'export.csv', expected: 'SCAN_RESULTS', note: 'Rapid7 InsightVM vulnerability export covering database and host findings.', data: insightVmCsv() },
    { file: 'report-7c3e5f1a.xml', expected: 'SCAN_RESULTS', note: 'Greenbone/OpenVAS XML report of the monthly bastion/edge scan.', data: openvasXml() },
    { file: 'console-3.14.2.trivy.json', expected: 'SCAN_RESULTS', note: 'Trivy JSON container image vulnerability scan of the console image.', data: trivyJson() },
    { file: 'zap-report.xml', expected: 'SCAN_RESULTS', note: 'OWASP ZAP XML report of the monthly web application scan of the console.', data: zapXml() },
    { file: 'inspector-findings.json', expected: 'SCAN_RESULTS', note: 'AWS Inspector v2 findings export (package vulnerabilities on EC2 instances).', data: inspectorJson() },
    { file: 'ssp.json', expected: 'SSP', note: 'OSCAL system-security-plan JSON derived from the FedRAMP template, retitled for KMKP.', data: retitleJson(await fx('oscal/FedRAMP-SSP-OSCAL-Template.json'), 'system-security-plan', `${SYS} System Security Plan`, 502) },
    { file: 'kars-ssp.yaml', expected: 'SSP', note: 'OSCAL SSP in YAML derived from the FedRAMP template, retitled and without back-matter.', data: stringifyYaml(sspYaml) },
    { file: 'sap-oscal.json', expected: 'SAP', note: 'OSCAL assessment-plan JSON derived from the FedRAMP SAP template.', data: retitleJson(await fx('oscal/FedRAMP-SAP-OSCAL-Template.json'), 'assessment-plan', `${SYS_ABBR} Security Assessment Plan`, 503) },
    { file: 'annual-2026.xml', expected: 'SAP', note: 'OSCAL assessment-plan XML derived from the AwesomeCloud example, renamed to KMKP.', data: sapXml },
    { file: 'results.json', expected: 'SAR', note: 'OSCAL assessment-results JSON derived from the FedRAMP SAR template.', data: retitleJson(await fx('oscal/FedRAMP-SAR-OSCAL-Template.json'), 'assessment-results', `${SYS_ABBR} Security Assessment Results`, 504) },
  ];
}

