/** SSP attachments, part 2: CMP, IRP, CIS/CRM, FIPS 199, separation of duties, laws and regulations, SCRM plan. */
import { BH, BR, H1, H2, OL, P, SP, T, TITLE, TOC, UL, docx, fill, headerStyle, pdf, widths, xlsx } from './kit.js';
import type { Block } from './kit.js';
import { CSO, CSO_ABBR, CSP, CUI_BANNER, PEOPLE, PKG, SYSTEM_DESC, revisions } from './world.js';
import type { CorpusDoc } from './world.js';

// ------------------------------------------------------------------ Configuration management plans

async function cmpDocx(): Promise<Buffer> {
  const body: Block[] = [
    SP(2),
    TITLE('Configuration Management Plan', 24),
    P(`${CSO}`, { align: 'center', size: 16, bold: true }),
    P(`${CSP} — Version 4.0 — April 2025 — FedRAMP SSP Attachment 7`, { align: 'center' }),
    SP(2),
    BH('Revision History'),
    T(revisions([
      ['02/15/2023', '3.0', 'Rev5 transition; added CM-7(5) allow-listing for container images', PEOPLE.cloudOps],
      ['08/01/2024', '3.1', 'EKS migration (SCR-2024-02): node group baselines', PEOPLE.cloudOps],
      ['04/18/2025', '4.0', 'Annual review; Aurora baseline added; CAB membership updated', PEOPLE.isso],
    ])),
    BR,
    TOC([['1 Introduction', '3'], ['2 Roles and Responsibilities', '3'], ['3 Configuration Control Board', '5'], ['4 Baseline Configurations', '6'], ['5 Configuration Change Control', '8'], ['6 Security Impact Analysis', '11'], ['7 Configuration Monitoring', '12'], ['8 Component Inventory', '13']]),
    BR,
    H1('1 Introduction'),
    P(`This Configuration Management Plan (CMP) describes how ${CSP} establishes and maintains the integrity of the configuration of ${CSO} throughout its life cycle. It implements the CM family of the FedRAMP Moderate baseline and describes the processes, tools and responsibilities for baselines, change control, security impact analysis, and configuration monitoring.`),
    H1('2 Roles and Responsibilities'),
    T([['Role', 'Responsibilities'], ['Configuration Control Board (CCB)', 'Reviews and approves normal changes; classifies changes as significant or not in coordination with the ISSO.'], ['Change Owner', 'Prepares the change record, test evidence and back-out plan.'], ['ISSO', 'Performs or approves the security impact analysis; determines whether a change must be submitted to the agencies as a significant change request.'], ['Cloud Operations', 'Maintains baselines and the golden image pipeline; deploys changes.'], ['Release Manager', 'Schedules deployments within approved maintenance windows.']]),
    H1('3 Configuration Control Board'),
    P('The CCB meets weekly and includes the VP of Platform Engineering (chair), the ISSO, the Cloud Operations manager, the Application Engineering manager and the Release Manager. Quorum is three members including the ISSO or delegate. Emergency changes may be approved by the chair and the ISSO and are reviewed at the next meeting.'),
    H1('4 Baseline Configurations'),
    T([['Component', 'Baseline', 'Enforced by'], ['Amazon Linux 2023 hosts', 'CIS AL2023 Level 1 (tailored)', 'Golden AMI pipeline; SSM State Manager'], ['EKS nodes and cluster', 'CIS EKS Benchmark 1.5', 'Launch template; kube-bench weekly'], ['Aurora PostgreSQL', 'CIS PostgreSQL 15 (tailored)', 'Cluster parameter group in Terraform'], ['Container images', 'Hardened base images; non-root; read-only root FS', 'Admission controller policies'], ['AWS accounts', 'AWS Foundational Security Best Practices + custom rules', 'AWS Config conformance packs']]),
    P('Baselines are reviewed at least annually and when a new major version of a component is adopted. Deviations are documented with the rationale and tracked as configuration findings on the POA&M.'),
    H1('5 Configuration Change Control'),
    H2('5.1 Change types'),
    UL(['Standard: pre-approved, low-risk, repeatable changes (e.g., monthly AMI roll, auto-scaling parameters).', 'Normal: reviewed by the CCB before implementation.', 'Emergency: required to restore service or remediate an actively exploited vulnerability.', 'Significant: a normal change that the ISSO determines meets the FedRAMP significant change criteria; requires agency approval before implementation.']),
    H2('5.2 Process'),
    OL(['Change owner opens a change record in ServiceDesk with description, risk, test plan and back-out plan.', 'ISSO performs the security impact analysis (section 6).', 'CCB reviews and approves, rejects, or requests more information.', 'Change is implemented through the CI/CD pipeline; manual changes in production are prohibited.', 'Post-implementation verification and closure; the inventory is updated where components changed.']),
    H1('6 Security Impact Analysis'),
    P('Every normal and emergency change receives a security impact analysis that identifies the affected controls, the need for SSP updates, and whether the change is significant. Significant changes are submitted to the authorizing officials with the FedRAMP Significant Change Request form and assessed by the 3PAO.'),
    H1('7 Configuration Monitoring'),
    P('AWS Config evaluates resources continuously; drift is reported to the Cloud Operations queue within 15 minutes. Monthly authenticated compliance scans verify host baselines. Results are reported in the monthly continuous monitoring deliverables.'),
    H1('8 Component Inventory'),
    P('The system component inventory is maintained from AWS Config and the EKS API and published monthly on the FedRAMP Integrated Inventory Workbook. Unauthorized components detected by AWS Config or by scans are investigated within one business day.'),
  ];
  return docx(body, { core: { title: 'LCG CMP', creator: PEOPLE.cloudOps, lastModifiedBy: PEOPLE.isso, created: '2023-02-15T12:00:00Z', modified: '2025-04-18T15:00:00Z' }, app: { company: CSP }, header: `${CSO_ABBR} Configuration Management Plan`, footer: CUI_BANNER, pageNumbers: true });
}

function cmpMd(): string {
  return `# Configuration Management Plan (CMP) — ${CSO}

*Owner: Cloud Operations · Approver: ${PEOPLE.ciso} (CISO) · Status: Approved · Version 3.1 (August 2024)*

This page is the engineering-wiki source of the ${CSO} Configuration Management Plan. The PDF submitted as SSP Attachment 7 is generated from this page.

[[_TOC_]]

## 1. Purpose

Describe how we baseline, change, and monitor the configuration of every component inside the ${CSO} FedRAMP authorization boundary (CM-1 through CM-11).

## 2. Roles

| Role | Who | What they do |
|---|---|---|
| CCB chair | VP Platform Engineering | Chairs the weekly Configuration Control Board, approves normal changes |
| ISSO | ${PEOPLE.isso} | Security impact analysis, significant-change determination |
| Change owner | Any engineer | Writes the change record and back-out plan |
| Cloud Ops | ${PEOPLE.cloudOps}'s team | Golden AMI pipeline, node groups, Terraform |

## 3. Baselines (CM-2, CM-6)

- **Hosts:** CIS Amazon Linux 2023 L1, tailored — see \`baselines/al2023/tailoring.yaml\`.
- **Kubernetes:** CIS EKS 1.5; enforced by the launch template and \`kube-bench\` (weekly job).
- **Databases:** CIS PostgreSQL 15, tailored — parameter groups in \`terraform/modules/rds\`.
- **Images:** hardened, non-root, read-only root FS, signed with cosign; unsigned images are rejected by the admission controller (CM-7(5), CM-14).

Baselines are reviewed at least annually. Deviations go on the POA&M as configuration findings.

## 4. Change control (CM-3, CM-4, CM-5)

1. Open a change in ServiceDesk (\`CHG-\` number), with test evidence and back-out plan.
2. ISSO completes the security impact analysis template (link) — *is it a significant change?*
3. CCB approves at the Tuesday meeting (emergency: chair + ISSO, ratified next meeting).
4. Deploy via the pipeline only. No console changes in prod (SCPs deny most write actions to humans).
5. Verify, close the change, update the inventory if components changed.

> **Significant changes** (new leveraged service, boundary change, new technology, crypto change…) must be approved by the agencies **before** implementation. Use the FedRAMP SCR form and engage Coastline Assurance for the assessment.

## 5. Monitoring (CM-6, CM-8)

- AWS Config conformance packs → drift alerts to #cloudops-drift within 15 min.
- Monthly credentialed compliance scans (Tenable.sc audit files).
- Monthly inventory from AWS Config + EKS API → Integrated Inventory Workbook for ConMon.

## 6. Records

Change records: 3 years. CCB minutes: 3 years. Baseline versions: in git, forever.
`;
}

// ------------------------------------------------------------------ Incident response plans

async function irpDocx(): Promise<Buffer> {
  const body: Block[] = [
    P(CSP, { align: 'center', bold: true }),
    TITLE('Incident Response Plan', 24),
    P(`${CSO} — FedRAMP SSP Attachment 8 — Version 4.0 — March 2025`, { align: 'center' }),
    BH('Document Approval'),
    T([['Name', 'Title', 'Date'], [PEOPLE.ciso, 'CISO (plan owner)', '03/21/2025'], [PEOPLE.ceo, 'CEO', '03/24/2025']]),
    BR,
    H1('1 Introduction'),
    P(`This Incident Response Plan (IRP) establishes the capability of ${CSP} to prepare for, detect, analyze, contain, eradicate, and recover from security incidents affecting ${CSO}, and to report them to the customer agencies, to CISA, and to the FedRAMP PMO as required by the FedRAMP Incident Communications Procedures. It implements the IR family of the FedRAMP Moderate baseline and follows NIST SP 800-61.`),
    H1('2 Incident Response Team'),
    T([['Role', 'Member', 'Responsibilities'], ['Incident Commander', `${PEOPLE.ciso} (primary), ${PEOPLE.isso} (alternate)`, 'Leads response; declares severity; approves external notifications.'], ['SOC Lead', PEOPLE.secEng, 'Detection, triage, forensic collection.'], ['Cloud Operations', PEOPLE.cloudOps, 'Containment and recovery actions in AWS.'], ['Legal and Privacy', `${PEOPLE.counsel}; ${PEOPLE.privacy}`, 'Breach assessment; PII notification obligations.'], ['Communications', 'Customer Success Director', 'Agency communications and status updates.']]),
    H1('3 Incident Categories and Severity'),
    T([['Severity', 'Definition', 'Examples'], ['SEV-1', 'Confirmed compromise of federal data or of the management plane', 'Data exfiltration; privileged credential theft'], ['SEV-2', 'Likely compromise or significant degradation of a security control', 'Malware on a production node; WAF bypass exploited'], ['SEV-3', 'Limited or unconfirmed incident', 'Single account phished without evidence of use'], ['SEV-4', 'Event of interest', 'Blocked scanning activity']]),
    H1('4 Incident Handling Phases'),
    H2('4.1 Preparation'),
    P('The team maintains playbooks for the most likely incident types (credential compromise, malware, web application attack, data spill, insider misuse, third-party compromise). Forensic tooling is pre-staged in an isolated AWS account. Training is delivered annually and the plan is tested annually with a tabletop exercise involving agency representatives.'),
    H2('4.2 Detection and Analysis'),
    P('Detection sources include Splunk correlation searches, Amazon GuardDuty, AWS Security Hub, EDR on hosts, WAF logs, and reports from users and agencies. The SOC triages alerts 24x7 and opens an incident when an event meets the incident definition.'),
    H2('4.3 Containment, Eradication and Recovery'),
    UL(['Isolate affected instances with the quarantine security group; snapshot volumes before any change.', 'Revoke and rotate affected credentials and keys.', 'Rebuild from known-good images rather than cleaning compromised hosts.', 'Restore data from backups validated against checksums when integrity is in doubt.']),
    H2('4.4 Post-Incident Activity'),
    P('A lessons-learned review is held within ten business days of closing a SEV-1 or SEV-2 incident. Findings are tracked to completion and, where they reveal control weaknesses, added to the POA&M.'),
    H1('5 Reporting Requirements'),
    T([['Recipient', 'Timeframe', 'Method'], ['Affected agencies (DOT, DOL, SBA incident response contacts)', 'Within 1 hour of identification', 'Phone and e-mail per the agency contact list'], ['CISA', 'Within 1 hour', 'CISA incident reporting system'], ['FedRAMP PMO', 'Within 1 hour', 'fedramp_security@gsa.gov'], ['Status updates to agencies', 'Daily until resolved (SEV-1: every 4 hours)', 'E-mail'], ['Final incident report', 'Within 5 business days of closure', 'Secure repository']]),
    H1('6 Plan Testing and Maintenance'),
    P('The plan was last tested on February 26, 2025 with a tabletop exercise simulating stolen SAML signing material at an agency IdP. The plan is reviewed annually and after each SEV-1 incident.'),
  ];
  return docx(body, { core: { title: 'Incident Response Plan', creator: PEOPLE.secEng, lastModifiedBy: PEOPLE.ciso, created: '2021-11-01T12:00:00Z', modified: '2025-03-24T16:00:00Z' }, app: { company: CSP }, header: 'IRP v4.0', footer: CUI_BANNER, pageNumbers: true });
}

async function irpPdf(): Promise<Buffer> {
  const body: Block[] = [
    TITLE(`${CSO_ABBR} Incident Response Plan`, 20),
    P('Version 3.2 — January 2024 — Superseded by version 4.0', { align: 'center', size: 9 }),
    H1('Purpose'),
    P(`This plan defines how ${CSP} responds to security incidents affecting ${CSO} and how incidents are reported to agencies, CISA and the FedRAMP PMO.`),
    H1('Scope'),
    P(SYSTEM_DESC),
    H1('Incident Response Life Cycle'),
    OL(['Preparation: training, playbooks, tooling, contact lists.', 'Detection and analysis: SIEM alerts, GuardDuty findings, user reports; triage within 15 minutes for high-severity alerts.', 'Containment: isolate resources, disable accounts, block indicators.', 'Eradication: remove malicious artifacts; rebuild from trusted images.', 'Recovery: restore service, monitor for recurrence.', 'Post-incident: lessons learned, POA&M entries, plan updates.']),
    H1('Notification'),
    P('Incidents are reported to affected agencies and to CISA within one hour of identification, and to the FedRAMP PMO. Incidents involving PII are escalated to the Privacy Officer and handled under the breach response procedure.'),
    H1('Testing'),
    P('The plan is tested annually through a tabletop exercise. Results and corrective actions are documented in the test report.'),
    H1('Contacts'),
    T([['Role', 'Contact'], ['SOC (24x7)', 'soc@meridianledger.example / (703) 555-0111'], ['Incident Commander', PEOPLE.ciso], ['ISSO', PEOPLE.isso]]),
  ];
  return pdf(body, { meta: { title: 'IRP', author: 'SecOps' }, created: '2024-01-19T12:00:00Z', pageNumbers: 'page-of' });
}

// ------------------------------------------------------------------ CIS / CRM workbooks

const CONTROLS = ['AC-1', 'AC-2', 'AC-2(1)', 'AC-2(2)', 'AC-2(3)', 'AC-2(4)', 'AC-3', 'AC-6', 'AC-7', 'AC-8', 'AC-11', 'AC-17', 'AT-2', 'AU-2', 'AU-3', 'AU-6', 'AU-9', 'AU-11', 'CA-7', 'CM-2', 'CM-6', 'CM-8', 'CP-9', 'IA-2', 'IA-2(1)', 'IA-2(12)', 'IA-5', 'IA-8', 'PE-2', 'PE-3', 'RA-5', 'SC-7', 'SC-8', 'SC-13', 'SC-28', 'SI-2', 'SI-4'];

function origination(c: string): string {
  if (c.startsWith('PE')) return 'Inherited';
  if (['AC-2', 'AC-2(1)', 'AC-8', 'AU-6', 'IA-2', 'IA-8', 'AC-11'].includes(c)) return 'Shared';
  if (c.endsWith('-1') || c === 'AT-2') return 'Service Provider Corporate';
  return 'Service Provider System Specific';
}

const customerResp: Record<string, string> = {
  'AC-2': 'Agencies manage the accounts of their users in their tenant: approve access, assign roles, review quarterly, and deactivate users who leave.',
  'AC-2(1)': 'Agencies use their identity provider\'s automated account management; de-provisioning in the IdP prevents sign-in.',
  'AC-8': 'Agencies may display their own system use notification in their IdP in addition to the LCG banner.',
  'AC-11': 'Agencies may configure a shorter inactivity timeout in the tenant security settings.',
  'AU-6': 'Agencies review the tenant audit records exported from the administration console or through the audit API.',
  'IA-2': 'Agencies authenticate their users with PIV/CAC or an AAL2-equivalent MFA in their IdP.',
  'IA-8': 'Agencies must not federate non-organizational users without Meridian Ledger approval.',
};

async function cisCrmRev5(): Promise<Buffer> {
  return xlsx((wb) => {
    const intro = wb.addWorksheet('Instructions');
    fill(intro, 1, [
      ['Control Implementation Summary (CIS) and Customer Responsibility Matrix (CRM) Workbook'],
      [`${CSO} — FedRAMP Moderate — SSP Attachment 9`],
      [],
      ['The CIS worksheet lists, for each control, its implementation status and control origination as stated in the SSP.'],
      ['The CRM worksheet describes the responsibilities that the customer agency must implement for controls that are shared or customer-responsible.'],
    ]);
    intro.getRow(1).font = { bold: true, size: 14 };
    const cis = wb.addWorksheet('CIS Worksheet');
    const head = ['Control ID', 'Implemented', 'Partially Implemented', 'Planned', 'Alternative Implementation', 'Not Applicable', 'Service Provider Corporate', 'Service Provider System Specific', 'Service Provider Hybrid', 'Configured by Customer', 'Provided by Customer', 'Shared', 'Inherited'];
    fill(cis, 1, [[`${CSO} Control Implementation Summary`], [], head, ...CONTROLS.map((c) => {
      const o = origination(c);
      return [c, 'X', null, null, null, null, o === 'Service Provider Corporate' ? 'X' : null, o === 'Service Provider System Specific' ? 'X' : null, null, c === 'AC-11' ? 'X' : null, null, o === 'Shared' ? 'X' : null, o === 'Inherited' ? 'X' : null];
    })]);
    headerStyle(cis, 3, 'FF305496');
    widths(cis, [12, 12, 12, 10, 12, 10, 14, 14, 12, 12, 12, 10, 10]);
    const crm = wb.addWorksheet('CRM Worksheet');
    fill(crm, 1, [['Control ID', 'Can Be Inherited from CSP', 'Specific Inheritance and Customer Agency/CSP Responsibilities'], ...CONTROLS.map((c) => [c, customerResp[c] ? 'Partial' : 'Yes', customerResp[c] ?? `${CSO_ABBR} fully implements ${c}; no customer action required.`])], { wrap: true });
    headerStyle(crm, 1, 'FF305496');
    widths(crm, [12, 16, 100]);
  }, { creator: 'FedRAMP PMO', lastModifiedBy: PEOPLE.isso, title: 'CIS CRM Workbook', created: '2023-05-30T00:00:00Z', modified: '2025-07-31T12:00:00Z', company: CSP });
}

async function crmOnly(): Promise<Buffer> {
  return xlsx((wb) => {
    const ws = wb.addWorksheet('Customer Responsibilities');
    fill(ws, 1, [
      [`${CSO} — Customer Responsibility Matrix (for agency ISSOs)`],
      ['Extract of the CIS/CRM workbook for agencies onboarding in 2025. Controls not listed are fully implemented or inherited by the CSP.'],
      [],
      ['Control', 'Control Name', 'Responsibility', 'Customer Responsibility Description', 'Implementation Status (CSP part)'],
      ...Object.entries(customerResp).map(([c, d]) => [c, { 'AC-2': 'Account Management', 'AC-2(1)': 'Automated System Account Management', 'AC-8': 'System Use Notification', 'AC-11': 'Device Lock', 'AU-6': 'Audit Record Review, Analysis, and Reporting', 'IA-2': 'Identification and Authentication (Organizational Users)', 'IA-8': 'Identification and Authentication (Non-Organizational Users)' }[c] ?? '', 'Shared', d, 'Implemented']),
      ['CP-9', 'System Backup', 'CSP', 'Agencies should retain their source files; LCG backups cover data in the system only.', 'Implemented'],
      ['PS-3', 'Personnel Screening', 'Customer', 'Agencies screen their own users before granting access.', 'Not applicable to CSP'],
    ], { wrap: true });
    ws.getRow(1).font = { bold: true, size: 13 };
    headerStyle(ws, 4, 'FF833C0B');
    widths(ws, [10, 40, 14, 90, 22]);
    const impl = wb.addWorksheet('Implementation Summary');
    fill(impl, 1, [['Control', 'Status', 'Origination'], ...CONTROLS.map((c) => [c, 'Implemented', origination(c)])]);
    headerStyle(impl, 1, 'FF833C0B');
  }, { creator: PEOPLE.isso, lastModifiedBy: PEOPLE.isso, created: '2025-02-18T10:00:00Z', modified: '2025-07-21T10:00:00Z' });
}

// ------------------------------------------------------------------ FIPS 199

const INFO_TYPES: string[][] = [
  ['Information Type', 'NIST SP 800-60 V2 ID', 'Confidentiality', 'Integrity', 'Availability'],
  ['Funds Control', 'C.3.1.2', 'Moderate', 'Moderate', 'Low'],
  ['Accounting', 'C.3.1.3', 'Moderate', 'Moderate', 'Low'],
  ['Payments', 'C.3.1.4', 'Moderate', 'Moderate', 'Low'],
  ['Collections and Receivables', 'C.3.1.5', 'Moderate', 'Moderate', 'Low'],
  ['System and Network Monitoring', 'C.3.5.8', 'Moderate', 'Moderate', 'Low'],
  ['Overall', '', 'Moderate', 'Moderate', 'Low'],
];

async function fips199Docx(): Promise<Buffer> {
  const body: Block[] = [
    TITLE('FIPS 199 Security Categorization', 22),
    P(`${CSO} — SSP Attachment 10 — Reviewed July 2025`, { align: 'center' }),
    H1('1 Introduction'),
    P('Federal Information Processing Standards Publication 199 (FIPS 199) requires federal information and information systems to be categorized according to the potential impact on organizations and individuals should a loss of confidentiality, integrity or availability occur. NIST SP 800-60 Volume II provides the provisional impact levels of each information type.'),
    H1('2 System Description'),
    P(SYSTEM_DESC),
    H1('3 Information Types and Impact Levels'),
    T(INFO_TYPES, { widths: [34, 18, 16, 16, 16] }),
    H2('3.1 Adjustments to Provisional Impact Levels'),
    P('The availability impact of the financial management information types was kept at Low: the system supports reconciliation after payments are made by Treasury systems, and a temporary loss of availability delays reporting but does not prevent payments. The confidentiality impact of Payments was kept at Moderate because payment records include payee PII.'),
    H1('4 Security Categorization'),
    P('SC LedgerCloud Government = {(confidentiality, MODERATE), (integrity, MODERATE), (availability, LOW)}'),
    P('Using the high-water mark, the overall security categorization of the system is MODERATE, and the FedRAMP Moderate baseline applies.', { bold: true }),
    BH('Approval'),
    T([['Name', 'Role', 'Signature', 'Date'], [PEOPLE.vpEng, 'System Owner', '', '07/25/2025'], [PEOPLE.isso, 'ISSO', '', '07/25/2025']]),
  ];
  return docx(body, { core: { title: 'FedRAMP SSP Template', creator: 'FedRAMP', lastModifiedBy: PEOPLE.isso, created: '2021-09-01T00:00:00Z', modified: '2025-07-25T12:00:00Z' }, app: { company: 'GSA FedRAMP PMO' }, header: `${CSO_ABBR} — FIPS 199`, pageNumbers: true });
}

async function fips199Pdf(): Promise<Buffer> {
  const body: Block[] = [
    P(`${CSP} — ${CSO}`, { size: 9 }),
    TITLE('Security Categorization (FIPS PUB 199)', 18, 'left'),
    P('Prepared for the annual SSP update — 2024', { size: 10 }),
    BH('Information types processed'),
    T(INFO_TYPES.slice(0, -1)),
    BH('Rationale'),
    P('Each information type was selected from NIST SP 800-60 Volume II, Appendix C, after review of the agency data agreements for DOT and DOL. No information type was raised above its provisional level. The General Information type was considered and excluded because the system does not disseminate public information.'),
    BH('Result'),
    T([['Security Objective', 'Impact Level'], ['Confidentiality', 'Moderate'], ['Integrity', 'Moderate'], ['Availability', 'Low'], ['FIPS 199 Categorization (high-water mark)', 'MODERATE']]),
    P(`Package ${PKG}. Approved by ${PEOPLE.vpEng}, System Owner, 08/02/2024.`),
  ];
  return pdf(body, { meta: { title: 'FIPS199', author: PEOPLE.isso }, created: '2024-08-02T12:00:00Z', pageNumbers: false });
}

// ------------------------------------------------------------------ Separation of duties

const SOD_ROLES = ['Developer', 'Release Manager', 'Cloud Ops Engineer', 'DBA', 'Security Engineer', 'ISSO', 'Auditor (read-only)'];
const SOD_DUTIES: [string, string][] = [
  ['Write and commit application code', 'XX-----'],
  ['Approve code review (pull request)', 'X------'],
  ['Approve production deployment', '-X---X-'],
  ['Deploy to production via pipeline', '-XX----'],
  ['Modify IAM roles and permission sets', '--X----'],
  ['Approve IAM changes', '-----X-'],
  ['Administer database schemas', '---X---'],
  ['Access production data for support', '---X---'],
  ['Modify security tool configuration (SIEM, scanner)', '----X--'],
  ['Review audit logs', '----XXX'],
  ['Delete or modify audit logs', '-------'],
  ['Approve deviation requests for submission', '-----X-'],
];

async function sodXlsx(): Promise<Buffer> {
  return xlsx((wb) => {
    const ws = wb.addWorksheet('Matrix');
    fill(ws, 1, [
      ['Duty / Function', ...SOD_ROLES],
      ...SOD_DUTIES.map(([d, m]) => [d, ...m.split('').map((c) => (c === 'X' ? 'X' : ''))]),
      [],
      ['X = role may perform the duty. No single role may both perform and approve a privileged change. Duties left blank for every role are prohibited for humans and performed only by automation.'],
    ]);
    headerStyle(ws, 1, 'FF548235');
    widths(ws, [50, 12, 14, 16, 10, 16, 10, 18]);
    const conf = wb.addWorksheet('Conflicting Duties');
    fill(conf, 1, [['Duty A', 'Duty B', 'Why they conflict', 'Control'], ['Write and commit application code', 'Approve code review', 'Self-approval of code', 'AC-5, CM-5'], ['Modify IAM roles', 'Approve IAM changes', 'Self-granting privileges', 'AC-5, AC-6'], ['Review audit logs', 'Delete or modify audit logs', 'Concealment of activity', 'AU-9']], { bold: [1] });
  }, { creator: PEOPLE.isso, lastModifiedBy: PEOPLE.isso, created: '2023-03-01T10:00:00Z', modified: '2025-07-28T10:00:00Z', title: `${CSO} Separation of Duties Matrix`, subject: 'SSP Attachment 11' });
}

async function sodDocx(): Promise<Buffer> {
  const body: Block[] = [
    TITLE('Separation of Duties Matrix', 20),
    P(`${CSO} — SSP Attachment 11 — Version 2.1`, { align: 'center' }),
    H1('1 Purpose'),
    P('This matrix implements AC-5 (Separation of Duties) by documenting which roles may perform each privileged duty within the authorization boundary, and which combinations of duties must not be held by the same individual. Role assignments are enforced through IAM Identity Center permission sets, GitHub branch protection, and Kubernetes RBAC.'),
    H1('2 Matrix'),
    T([['Duty', ...SOD_ROLES.map((r) => r.replace(' (read-only)', ''))], ...SOD_DUTIES.map(([d, m]) => [d, ...m.split('').map((c) => (c === 'X' ? '✓' : ''))])], { size: 8, widths: [30, 10, 10, 10, 10, 10, 10, 10] }),
    H1('3 Rules'),
    UL(['No individual may approve their own change, access request, or code.', 'Security Engineering may not deploy application code to production.', 'Audit logs are written to a separate log archive account; no role can delete them before the retention period ends.', 'Break-glass use requires two people and is reviewed by the ISSO within one business day.']),
    H1('4 Review'),
    P('The ISSO reviews the matrix and the actual role assignments quarterly, in conjunction with the AC-2 account review.'),
  ];
  return docx(body, { core: { creator: PEOPLE.isso, created: '2024-04-02T12:00:00Z', modified: '2025-04-02T12:00:00Z' }, app: { company: CSP }, landscape: true, footer: CUI_BANNER });
}

// ------------------------------------------------------------------ Laws and regulations

const LAWS: string[][] = [
  ['Identification Number', 'Title', 'Date', 'Link'],
  ['44 U.S.C. § 3551 et seq.', 'Federal Information Security Modernization Act of 2014 (FISMA)', 'December 2014', 'https://www.congress.gov/bill/113th-congress/senate-bill/2521'],
  ['Pub. L. 107-347', 'E-Government Act of 2002', 'December 2002', 'https://www.congress.gov/107/plaws/publ347/PLAW-107publ347.pdf'],
  ['5 U.S.C. § 552a', 'Privacy Act of 1974', 'December 1974', 'https://www.justice.gov/opcl/privacy-act-1974'],
  ['OMB Circular A-130', 'Managing Information as a Strategic Resource', 'July 2016', 'https://www.whitehouse.gov/omb/information-regulatory-affairs/'],
  ['OMB M-17-12', 'Preparing for and Responding to a Breach of Personally Identifiable Information', 'January 2017', ''],
  ['OMB M-22-09', 'Moving the U.S. Government Toward Zero Trust Cybersecurity Principles', 'January 2022', ''],
  ['HSPD-12', 'Policy for a Common Identification Standard for Federal Employees and Contractors', 'August 2004', ''],
  ['BOD 22-01', 'Reducing the Significant Risk of Known Exploited Vulnerabilities', 'November 2021', 'https://www.cisa.gov/binding-operational-directive-22-01'],
  ['FedRAMP Authorization Act', 'FedRAMP Authorization Act (NDAA FY2023, Title LIX)', 'December 2022', ''],
  ['FIPS PUB 140-3', 'Security Requirements for Cryptographic Modules', 'March 2019', ''],
  ['FIPS PUB 199', 'Standards for Security Categorization of Federal Information and Information Systems', 'February 2004', ''],
  ['FIPS PUB 200', 'Minimum Security Requirements for Federal Information and Information Systems', 'March 2006', ''],
  ['NIST SP 800-53 Rev 5', 'Security and Privacy Controls for Information Systems and Organizations', 'September 2020', ''],
  ['NIST SP 800-37 Rev 2', 'Risk Management Framework for Information Systems and Organizations', 'December 2018', ''],
  ['NIST SP 800-63-3', 'Digital Identity Guidelines', 'June 2017', ''],
  ['NIST SP 800-34 Rev 1', 'Contingency Planning Guide for Federal Information Systems', 'May 2010', ''],
  ['NIST SP 800-61 Rev 2', 'Computer Security Incident Handling Guide', 'August 2012', ''],
];

async function lawsXlsx(): Promise<Buffer> {
  return xlsx((wb) => {
    const ws = wb.addWorksheet('Laws and Regulations');
    fill(ws, 1, [[`${CSO} — FedRAMP Applicable Laws, Regulations, Standards and Guidance (SSP Attachment 12)`], [], ...LAWS]);
    ws.getRow(1).font = { bold: true, size: 12 };
    headerStyle(ws, 3, 'FF44546A');
    widths(ws, [24, 80, 16, 70]);
    const org = wb.addWorksheet('Agency-Specific');
    fill(org, 1, [['Agency', 'Requirement', 'Applicability'], ['Treasury', 'Treasury Financial Manual Volume I, Part 4A (payment data formats)', 'Report formats'], ['DOT', 'DOT Cybersecurity Compendium (Supplement to DOT Order 1351.37)', 'DOT tenant'], ['DOL', 'DOL Computer Security Handbook', 'DOL tenant']], { bold: [1] });
  }, { creator: 'FedRAMP PMO', lastModifiedBy: PEOPLE.conmon, created: '2022-01-10T00:00:00Z', modified: '2025-07-20T12:00:00Z', title: 'Laws and Regulations' });
}

async function lawsDocx(): Promise<Buffer> {
  const body: Block[] = [
    TITLE('Applicable Laws, Regulations, Standards and Guidance', 18),
    P(`${CSO} — Attachment 12 — 2025`, { align: 'center' }),
    P(`The following laws, regulations, standards, and guidance apply to ${CSO} and are referenced by the System Security Plan and its attachments. Agency-specific requirements are added by the agencies in their own authorization documentation.`),
    H1('Applicable Laws and Regulations'),
    T(LAWS.slice(0, 10).map((r) => r.slice(0, 3))),
    H1('Applicable Standards and Guidance'),
    T([LAWS[0]?.slice(0, 3) ?? [], ...LAWS.slice(10).map((r) => r.slice(0, 3))]),
    H1('Maintenance'),
    P('This list is reviewed during the annual SSP update. New OMB memoranda and CISA directives are added within 30 days of publication when they apply to cloud service providers.'),
  ];
  return docx(body, { core: { title: '', creator: PEOPLE.conmon, created: '2025-07-20T12:00:00Z', modified: '2025-07-20T12:30:00Z' }, app: { application: 'LibreOffice/7.6.4.1$Linux_X86_64 LibreOffice_project/e19e193f88cd6c0525a17fb7a176ed8e6a3e2aa1' }, pageNumbers: true });
}

// ------------------------------------------------------------------ SCRM plans

async function scrmDocx(): Promise<Buffer> {
  const body: Block[] = [
    SP(2),
    TITLE('Supply Chain Risk Management Plan', 22),
    P(`${CSO}`, { align: 'center', size: 15, bold: true }),
    P(`${CSP} — Version 2.0 — February 2025`, { align: 'center' }),
    BR,
    TOC([['1 Introduction', '2'], ['2 Roles and Responsibilities', '2'], ['3 Supply Chain Risk Management Process', '3'], ['4 Supplier Assessment', '5'], ['5 Component Authenticity and Provenance', '6'], ['6 Notification Agreements', '7'], ['7 Critical Suppliers', '8']]),
    BR,
    H1('1 Introduction'),
    P(`This Supply Chain Risk Management Plan (SCRMP) describes how ${CSP} identifies, assesses and mitigates supply chain risks to ${CSO}. It implements SR-1, SR-2, SR-3, SR-5, SR-6, SR-8, SR-10, SR-11 and SR-12 of the FedRAMP Moderate baseline and follows NIST SP 800-161 Rev 1.`),
    H1('2 Roles and Responsibilities'),
    T([['Role', 'Responsibilities'], ['SCRM Lead (ISSO)', 'Maintains this plan and the supplier inventory; coordinates supplier assessments.'], ['Procurement', 'Includes security and notification clauses in contracts.'], ['Application Engineering', 'Maintains the SBOM; reviews open source dependencies.'], ['Security Engineering', 'Verifies signatures and provenance of software and images.']]),
    H1('3 Supply Chain Risk Management Process'),
    OL(['Identify suppliers, products and services that support the system (software, cloud services, professional services).', 'Assess the criticality of each supplier using the RA-9 criticality analysis.', 'Assess supplier risk before acquisition and annually for critical suppliers.', 'Apply mitigations: contract clauses, technical controls, alternate sources.', 'Monitor suppliers: FedRAMP status, breach notifications, vulnerability advisories, financial health.']),
    H1('4 Supplier Assessment'),
    P('Critical suppliers are assessed with the Meridian Ledger supplier security questionnaire and by reviewing their FedRAMP authorization, SOC 2 Type II report, or ISO/IEC 27001 certificate. Open source components are assessed with OpenSSF Scorecard and maintainer activity metrics.'),
    H1('5 Component Authenticity and Provenance'),
    UL(['Container base images are pulled only from the internal registry mirror, after signature verification.', 'Builds produce a CycloneDX SBOM and a SLSA provenance attestation; both are stored with the image.', 'The admission controller rejects images without a valid Meridian Ledger signature.', 'Counterfeit or tampered components detected are reported to the supplier and to the agencies as security incidents.']),
    H1('6 Notification Agreements'),
    P('Contracts with critical suppliers require notification of security incidents affecting Meridian Ledger within 72 hours and of vulnerabilities in supplied products within 30 days of the supplier\'s knowledge.'),
    H1('7 Critical Suppliers'),
    T([['Supplier', 'Product/Service', 'Assurance', 'Last review'], ['Amazon Web Services', 'GovCloud IaaS/PaaS', 'FedRAMP High P-ATO', '01/2025'], ['Okta', 'Okta for Government Moderate', 'FedRAMP Moderate', '01/2025'], ['Splunk', 'Splunk Cloud for Government', 'FedRAMP Moderate', '01/2025'], ['FinFormats LLC', 'TreasuryFmt', 'Questionnaire; source escrow', '11/2024'], ['Tenable', 'Tenable.sc', 'Vendor attestation (on-premises software)', '12/2024']]),
  ];
  return docx(body, { core: { title: 'SCRMP', creator: PEOPLE.isso, lastModifiedBy: PEOPLE.isso, created: '2024-01-15T12:00:00Z', modified: '2025-02-20T12:00:00Z' }, app: { company: CSP }, header: `${CSO_ABBR} SCRM Plan v2.0`, pageNumbers: true });
}

async function scrmPdf(): Promise<Buffer> {
  const body: Block[] = [
    TITLE('Supply Chain Risk Management (SCRM) Plan', 18),
    P(`${CSO} — initial version 1.0 — December 2023`, { align: 'center' }),
    H1('Purpose'),
    P('The purpose of this plan is to establish the supply chain risk management program for LedgerCloud Government, as required by the SR family introduced in NIST SP 800-53 Revision 5 and the FedRAMP Rev5 baselines.'),
    H1('Scope'),
    P('The plan covers hardware and software components, cloud services leveraged by the system, open source software, and external service providers that have logical access to the system or its data.'),
    H1('Strategy'),
    UL(['Prefer FedRAMP-authorized services for any external service that stores or processes federal data.', 'Maintain a software bill of materials for every deployed component.', 'Require vendor vulnerability disclosure and incident notification commitments in contracts.', 'Evaluate alternative sources for critical components.', 'Protect the integrity of the build pipeline (signed commits, isolated builders, signed artifacts).']),
    H1('Risk Assessment of Suppliers'),
    P('Suppliers are tiered by criticality. Tier 1 suppliers are assessed annually; Tier 2 every two years; Tier 3 at onboarding. Assessment results and mitigations are recorded in the supplier register.'),
    H1('Plan Review'),
    P('This plan will be reviewed annually and after any supply chain incident.'),
  ];
  return pdf(body, { meta: { title: 'SCRM Plan v1.0', author: PEOPLE.isso }, created: '2023-12-15T12:00:00Z', pageNumbers: 'page-of', footer: CUI_BANNER });
}

export async function attachmentDocs2(): Promise<CorpusDoc[]> {
  return [
    { file: 'doc-0517.docx', expected: 'CONFIGURATION_MANAGEMENT_PLAN', note: 'Configuration Management Plan with CCB, baselines, change control and security impact analysis.', data: await cmpDocx() },
    { file: 'cmp.md', expected: 'CONFIGURATION_MANAGEMENT_PLAN', note: 'Engineering-wiki Markdown source of the Configuration Management Plan.', data: cmpMd() },
    { file: 'IRP_v4.0_final.docx', expected: 'INCIDENT_RESPONSE_PLAN', note: 'Incident Response Plan with team, severities, handling phases and reporting timeframes.', data: await irpDocx() },
    { file: 'upload (1).pdf', expected: 'INCIDENT_RESPONSE_PLAN', note: 'Superseded Incident Response Plan as PDF.', data: await irpPdf() },
    { file: 'LCG-CIS-CRM-Rev5.xlsx', expected: 'CIS_CRM_WORKBOOK', note: 'CIS/CRM workbook with instructions, CIS worksheet (status/origination) and CRM worksheet.', data: await cisCrmRev5() },
    { file: 'Book2.xlsx', expected: 'CIS_CRM_WORKBOOK', note: 'Customer Responsibility Matrix extract with an implementation summary sheet.', data: await crmOnly() },
    { file: 'Attachment10.docx', expected: 'FIPS_199', note: 'FIPS 199 categorization with information types and high-water mark; stale metadata title from the SSP template.', data: await fips199Docx() },
    { file: 'doc-0190.pdf', expected: 'FIPS_199', note: 'Short FIPS PUB 199 security categorization as PDF.', data: await fips199Pdf() },
    { file: 'matrix.xlsx', expected: 'SEPARATION_OF_DUTIES_MATRIX', note: 'Separation of duties matrix (duties x roles) with a conflicting-duties sheet; the title appears only in the workbook metadata.', data: await sodXlsx() },
    { file: 'Attachment 11 - landscape.docx', expected: 'SEPARATION_OF_DUTIES_MATRIX', note: 'Separation of Duties Matrix in a landscape Word table.', data: await sodDocx() },
    { file: 'Book4.xlsx', expected: 'LAWS_AND_REGULATIONS', note: 'FedRAMP applicable laws and regulations list (attachment 12) with agency-specific sheet.', data: await lawsXlsx() },
    { file: 'Untitled 4.docx', expected: 'LAWS_AND_REGULATIONS', note: 'Laws, regulations, standards and guidance list written in LibreOffice with an empty metadata title.', data: await lawsDocx() },
    { file: 'LCG_SCRMP_v2.docx', expected: 'SUPPLY_CHAIN_RISK_MANAGEMENT_PLAN', note: 'Supply Chain Risk Management Plan (SR family) with critical supplier table.', data: await scrmDocx() },
    { file: 'scrm_v1.pdf', expected: 'SUPPLY_CHAIN_RISK_MANAGEMENT_PLAN', note: 'Initial SCRM plan as PDF.', data: await scrmPdf() },
  ];
}
