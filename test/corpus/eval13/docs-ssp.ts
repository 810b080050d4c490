/** eval13: System Security Plans (several versions side by side) and the SSP redline summary look-alike. */
import { readFile } from 'node:fs/promises';
import type { Block, Entry } from './kit.js';
import { brk, buildDocx, buildPdf, h1, h2, h3, p, table, toc, bullets } from './kit.js';
import {
  ABBR,
  AGENCY,
  AGENCY_SHORT,
  APPENDICES,
  BOUNDARY_DESC,
  CSO,
  CSP,
  DEPT,
  FEDRAMP_ID,
  PEOPLE,
  SYSTEM_DESC,
  TPAO,
  approvals,
  cui,
  distribution,
  revisionHistory,
} from './persona.js';
import { fixture } from '../../support/fixtures.js';

const CONTROLS: [string, string, string, string][] = [
  [
    'AC-2',
    'Account Management',
    'Implemented',
    'Part a: CareBridge defines three account types: agency end-user accounts (federated from the HOA identity provider), Halcyon privileged operator accounts (Okta for Government with PIV-derived or FIDO2 authenticators) and service accounts bound to Kubernetes service identities. Part b: Account managers are the HOA tenant administrator for agency accounts and the Halcyon Platform Engineering manager for operator accounts. Part c–e: Group membership is requested in ServiceNow, approved by the account manager and the ISSO, and provisioned through Terraform-managed Okta groups. Part f–j: Accounts are reviewed quarterly; accounts inactive for 90 days are disabled automatically by the Okta lifecycle policy.',
  ],
  [
    'AC-2(3)',
    'Disable Accounts',
    'Implemented',
    'The Okta inactivity policy disables privileged and non-privileged accounts after 90 days of inactivity, and within 24 hours of an HR termination event received from Workday.',
  ],
  [
    'AC-17',
    'Remote Access',
    'Implemented',
    'Privileged remote access is permitted only through AWS Systems Manager Session Manager from managed endpoints after Okta MFA; SSH from the internet is blocked by security groups. Sessions are logged to CloudWatch Logs and forwarded to Splunk Cloud.',
  ],
  [
    'AU-2',
    'Event Logging',
    'Implemented',
    'Part a: The event types logged are listed in Table 13-4 and include authentication, authorization failures, privileged commands, configuration changes and data exports. Part c–d: The list is coordinated with the HOA Security Operations Center and reviewed annually during the SSP update.',
  ],
  [
    'CM-6',
    'Configuration Settings',
    'Partially Implemented',
    'Container base images are hardened to the CIS Amazon Linux 2023 Level 1 benchmark; EKS worker nodes are built from the Bottlerocket CIS profile. Aurora parameter groups are compliant with the Halcyon database hardening standard. The Windows jump hosts are not yet scanned for configuration compliance; see the POA&M item HCB-2025-014.',
  ],
  [
    'IA-2(1)',
    'Multi-factor Authentication to Privileged Accounts',
    'Implemented',
    'Privileged users authenticate with phishing-resistant MFA (PIV or FIDO2 security keys) enforced by the Okta for Government authentication policy.',
  ],
  [
    'RA-5',
    'Vulnerability Monitoring and Scanning',
    'Implemented',
    'Authenticated operating system scans run weekly with Tenable.sc; web application scans run monthly with Burp Suite Enterprise; database scans run monthly. Findings are remediated within 30 days (High), 90 days (Moderate) and 180 days (Low) and tracked on the POA&M. Monthly scan files are delivered to HOA through the agency repository.',
  ],
  [
    'SC-13',
    'Cryptographic Protection',
    'Implemented',
    'FIPS 140-validated modules are used for data in transit (AWS-LC FIPS, TLS 1.2/1.3) and at rest (AWS KMS, certificate #4523). Appendix Q lists every module and its certificate number.',
  ],
  [
    'SI-4',
    'System Monitoring',
    'Implemented',
    'GuardDuty, VPC Flow Logs and Falco runtime alerts are correlated in Splunk Cloud; the SOC triages alerts 24x7 and escalates per the Incident Response Plan.',
  ],
];

function controlBlocks(list: typeof CONTROLS, comments: Record<string, string> = {}): Block[] {
  const out: Block[] = [];
  for (const [id, name, status, stmt] of list) {
    out.push(h3(`${id} ${name}`));
    out.push(
      table([
        [`${id} Control Summary Information`, ''],
        ['Responsible Role', 'ISSO; Platform Engineering Manager'],
        ['Implementation Status', status],
        ['Control Origination', id.startsWith('SC') ? 'Shared (Service Provider and Customer Responsibility)' : 'Service Provider Corporate / System Specific'],
      ]),
    );
    out.push(p(`${id} What is the solution and how is it implemented?`, { bold: true }));
    out.push(p(stmt));
    const c = comments[id];
    if (c) out.push(p(c, { italic: true }));
  }
  return out;
}

function sspBody(version: string, draft: boolean): Block[] {
  const cm = (s: string): Block[] => (draft ? [p(s, { italic: true })] : []);
  return [
    h1('1. Information System Name/Title'),
    p(`This System Security Plan provides an overview of the security requirements for ${CSO} (${ABBR}) and describes the controls in place or planned for implementation to provide a level of security appropriate for the information processed, as required by the FedRAMP Moderate baseline. Unique identifier: ${FEDRAMP_ID}.`),
    table([
      ['Unique Identifier', 'Information System Name', 'Information System Abbreviation'],
      [FEDRAMP_ID, CSO, ABBR],
    ]),
    h1('2. Information System Categorization'),
    p(`The overall information system sensitivity categorization is recorded in Appendix K, FIPS 199 Categorization. ${CSO} is categorized Moderate (confidentiality Moderate, integrity Moderate, availability Moderate). The Digital Identity Level determination (IAL2 / AAL2 / FAL2) is recorded in Appendix E.`),
    ...cm('[Comment: T. Herrera (HOA) – please confirm that the PHI information type D.14.4 stays Moderate for confidentiality after the 2024 data-sharing amendment.]'),
    h2('2.1 Information Types'),
    table([
      ['Information Type (NIST SP 800-60 ID)', 'Confidentiality', 'Integrity', 'Availability'],
      ['D.14.1 Access to Care', 'Moderate', 'Moderate', 'Low'],
      ['D.14.4 Health Care Delivery Services', 'Moderate', 'Moderate', 'Moderate'],
      ['C.2.8.9 Personal Identity and Authentication', 'Moderate', 'Moderate', 'Moderate'],
    ]),
    h1('3. Information System Owner'),
    table([
      ['Name', PEOPLE.owner.split(',')[0]!],
      ['Title', 'VP Platform Engineering'],
      ['Company / Organization', CSP],
      ['Address', '1200 Wharf Street SW, Suite 400, Washington, DC 20024'],
      ['Phone Number', '202-555-0148'],
    ]),
    h1('4. Authorizing Official'),
    p(`The Authorizing Official for this agency authorization is ${PEOPLE.ao}, ${AGENCY} (${AGENCY_SHORT}), ${DEPT}.`),
    h1('5. Other Designated Contacts'),
    table([
      ['Role', 'Name', 'Email'],
      ['ISSO', 'Marcus Lindqvist', 'mlindqvist@halcyonhealth.example'],
      ['Technical POC', 'Jun Park', 'jpark@halcyonhealth.example'],
      ['Agency ISSO', 'Tomás Herrera', 'tomas.herrera@hoa.example.gov'],
    ]),
    h1('9. General System Description'),
    p(SYSTEM_DESC),
    p(`Section 9 was updated in version ${version} to reflect the migration of the document service from EC2 Auto Scaling groups to EKS and the retirement of the legacy SFTP intake endpoint.`),
    h2('9.1 Information System Components and Boundaries'),
    p(BOUNDARY_DESC),
    ...cm('[Comment: O. Fitzgerald – boundary diagram (Figure 9-1) still shows the old SFTP host; new Visio export pending from Platform.] [Comment: M. Lindqvist – resolved in v1.0.]'),
    h2('9.2 Types of Users'),
    table([
      ['Role', 'Internal or External', 'Privileged (P), Non-Privileged (NP)', 'Sensitivity Level', 'Authorized Privileges'],
      ['HOA Tenant Administrator', 'External', 'P', 'Moderate', 'Manage tenant users and roles, export reports'],
      ['Care Navigator', 'External', 'NP', 'Moderate', 'Create and update participant records'],
      ['Halcyon Site Reliability Engineer', 'Internal', 'P', 'Moderate', 'Operate EKS, Aurora and AWS accounts'],
      ['Halcyon Support Analyst', 'Internal', 'NP', 'Moderate', 'Read tenant configuration metadata; no PHI'],
    ]),
    h2('9.3 Network Architecture and Data Flow'),
    p('Agency users connect over TLS 1.2 or higher to the public Application Load Balancer; AWS WAF managed rule groups and rate-based rules filter requests before they reach the ingress controller. Internal service-to-service traffic uses mutual TLS issued by AWS Private CA. Outbound traffic leaves through a NAT gateway and an egress proxy that allows only the FedRAMP-authorized external services listed in Section 10.'),
    h1('10. System Environment and Inventory'),
    p('The inventory of operating systems, databases and web applications is maintained in Appendix M, Integrated Inventory Workbook, and is updated monthly with the continuous monitoring deliverables. External services and interconnections are listed in Table 10-1.'),
    table([
      ['External Service', 'FedRAMP Status', 'Purpose'],
      ['AWS GovCloud (US)', 'FedRAMP High P-ATO', 'IaaS/PaaS hosting'],
      ['Okta for Government Moderate', 'FedRAMP Moderate', 'Workforce identity for Halcyon operators'],
      ['Splunk Cloud Platform', 'FedRAMP Moderate', 'SIEM and log retention'],
      ['Twilio SendGrid', 'Not FedRAMP authorized (no federal data)', 'Notification e-mails with no PHI'],
    ]),
    h1('11. System Interconnections'),
    p(`One interconnection exists: a SAML 2.0 federation and an SFTP-over-HTTPS export with the ${AGENCY_SHORT} Enterprise Data Warehouse, governed by an Interconnection Security Agreement signed on 2024-11-18.`),
    h1('12. Laws, Regulations, Standards and Guidance'),
    p('The applicable laws and regulations, including HIPAA, the HITECH Act and 42 CFR Part 2, are listed in Appendix L.'),
    h1('13. Minimum Security Controls'),
    p('This section describes how each control of the FedRAMP Rev 5 Moderate baseline is implemented. Customer responsibilities are summarized in Appendix J, CIS and CRM Workbook.'),
    h2('13.1 Access Control (AC)'),
    ...controlBlocks(CONTROLS.filter((c) => c[0].startsWith('AC')), draft ? { 'AC-2': '[Comment: G. Vance (3PAO pre-read) – quarterly review evidence: please reference the ServiceNow report name.]' } : {}),
    h2('13.2 Audit and Accountability (AU)'),
    ...controlBlocks(CONTROLS.filter((c) => c[0].startsWith('AU'))),
    h2('13.3 Configuration Management (CM)'),
    ...controlBlocks(CONTROLS.filter((c) => c[0].startsWith('CM')), draft ? { 'CM-6': '[Comment: P. Raman – align wording with the CMP section 5.2 before we send to HOA.]' } : {}),
    h2('13.4 Identification and Authentication (IA)'),
    ...controlBlocks(CONTROLS.filter((c) => c[0].startsWith('IA'))),
    h2('13.5 Risk Assessment (RA)'),
    ...controlBlocks(CONTROLS.filter((c) => c[0].startsWith('RA'))),
    h2('13.6 System and Communications Protection (SC)'),
    ...controlBlocks(CONTROLS.filter((c) => c[0].startsWith('SC'))),
    h2('13.7 System and Information Integrity (SI)'),
    ...controlBlocks(CONTROLS.filter((c) => c[0].startsWith('SI'))),
    h1('14. Acronyms'),
    p('See Appendix B, Related Acronyms.'),
    h1('15. Attachments'),
    p('The following attachments are submitted with this SSP as separate files. Each is referenced by its appendix letter throughout this plan.'),
    table([['Appendix', 'Title', 'File'], ...APPENDICES.map(([a, t]) => [a, t, `HCB_${a.replace(' ', '')}_v1.0`])]),
  ];
}

function attachmentsList(): Block[] {
  return [
    h1('Attachments', true),
    p('This System Security Plan consists of the main body and the following appendices, delivered as separate documents in the package:'),
    bullets(APPENDICES.map(([a, t]) => `${a}: ${t}`)),
  ];
}

async function sspFinalDocx(): Promise<Buffer> {
  return buildDocx({
    title: `${CSO} System Security Plan`,
    subject: 'FedRAMP Moderate SSP',
    creator: 'Marcus Lindqvist',
    lastModifiedBy: 'Priya Raman',
    header: `${CSO} | System Security Plan | Version 1.0 | CUI`,
    footer: `${CSP} — Controlled Unclassified Information`,
    sections: [
      [
        p(CSP, { bold: true, size: 14 }),
        p(' '),
        p(`${CSO} (${ABBR})`, { bold: true, size: 26, center: true }),
        p('System Security Plan', { bold: true, size: 26, center: true }),
        p('FedRAMP Moderate Baseline — Agency Authorization', { size: 14, center: true }),
        p(`Prepared for: ${AGENCY} (${AGENCY_SHORT}), ${DEPT}`, { center: true }),
        p('Version 1.0 — March 7, 2025', { center: true }),
        cui(),
      ],
      [
        ...revisionHistory([
          ['2024-10-02', '0.5', 'Initial draft from the FedRAMP Rev 5 SSP template', 'M. Lindqvist'],
          ['2025-01-17', '0.9', 'Draft for HOA review; boundary and data flows updated', 'M. Lindqvist'],
          ['2025-03-07', '1.0', 'Final: HOA and 3PAO comments adjudicated (see redline summary)', 'P. Raman'],
        ]),
        ...approvals('System Security Plan', [PEOPLE.owner, PEOPLE.ciso, PEOPLE.ao]),
        ...distribution([`${AGENCY_SHORT} Office of the CIO`, `${TPAO}`, 'FedRAMP PMO (package review)', 'Halcyon Security & Compliance']),
      ],
      [toc, ...attachmentsList()],
      sspBody('1.0', false),
    ],
  });
}

async function sspDraftDocx(): Promise<Buffer> {
  return buildDocx({
    title: 'SSP DRAFT v0.9 - for HOA review',
    creator: 'Marcus Lindqvist',
    lastModifiedBy: 'Tomás Herrera',
    header: 'DRAFT — PRE-DECISIONAL — NOT FOR DISTRIBUTION',
    footer: `${ABBR} SSP v0.9 draft`,
    sections: [
      [
        p('DRAFT v0.9', { bold: true, size: 20 }),
        p(`${CSO} System Security Plan`, { bold: true, size: 22 }),
        p(`FedRAMP Moderate — ${AGENCY} agency authorization`),
        h1('Reviewer Notes', true),
        table([
          ['#', 'Reviewer', 'Section', 'Note', 'Status'],
          ['1', 'T. Herrera (HOA)', '2.1', 'Confirm PHI information types and impact levels.', 'Open'],
          ['2', 'G. Vance (3PAO)', '13.1 AC-2', 'Reference evidence for quarterly account reviews.', 'Open'],
          ['3', 'R. Adeyemi (HOA Privacy)', '9', 'Mention the PIA date and SORN number.', 'Open'],
          ['4', 'P. Raman', '13.3 CM-6', 'Align with CMP.', 'In progress'],
        ]),
        p('[Comment: M. Lindqvist – tracked changes were accepted before export to keep the file small; comments are kept inline in square brackets.]', { italic: true }),
        ...revisionHistory([
          ['2024-10-02', '0.5', 'Initial draft', 'M. Lindqvist'],
          ['2025-01-17', '0.9', 'Draft for HOA review', 'M. Lindqvist'],
        ]),
      ],
      sspBody('0.9', true),
    ],
  });
}

async function sspPdf(): Promise<Buffer> {
  const body = sspBody('1.0', false);
  return buildPdf({
    title: 'FedRAMP-SSP-Moderate-Baseline-Template',
    author: 'FedRAMP PMO',
    header: `${CSO} System Security Plan v1.0`,
    footer: 'CUI',
    bookmarks: true,
    blocks: [
      p(`${CSO}`, { bold: true, size: 22, center: true }),
      p('System Security Plan', { bold: true, size: 22, center: true }),
      p('FedRAMP Moderate Agency Authorization', { size: 13, center: true }),
      p(`Sponsoring agency: ${AGENCY}`, { center: true }),
      p('Version 1.0 | March 7, 2025', { center: true }),
      brk,
      toc,
      brk,
      h1('Document Revision History'),
      table([
        ['Date', 'Version', 'Description', 'Author'],
        ['2025-01-17', '0.9', 'Draft for agency review', 'M. Lindqvist'],
        ['2025-03-07', '1.0', 'Final', 'P. Raman'],
      ]),
      ...body,
    ],
  });
}

async function sspYaml(): Promise<string> {
  // Text-level edits keep the template's own layout (and are much faster than a YAML round trip).
  const text = await readFile(fixture('oscal/FedRAMP-SSP-OSCAL-Template.yaml'), 'utf8');
  return text
    .replace(/\[System Name\]|\[CSO Name\]|\[Insert System Name\]/g, CSO)
    .replace(/^( {2}metadata:\n {4}title: ).*$/m, `$1${CSO} System Security Plan`)
    .replace(/^( {4}last-modified: ).*$/m, '$12025-03-07T17:00:00Z')
    .replace(/^( {4}version: )fedramp.*$/m, '$1"1.0"')
    .replace(/^( {4}system-name: ).*$/m, `$1${CSO}`)
    .replace(/^( {4}system-name-short: ).*$/m, `$1${ABBR}`);
}

async function sspXml(): Promise<string> {
  const text = await readFile(fixture('oscal/AwesomeCloudSSP2.xml'), 'utf8');
  return text
    .replace(/AwesomeCloud/g, 'CareBridge')
    .replace(/<last-modified>[^<]*<\/last-modified>/, '<last-modified>2025-02-11T09:12:44-05:00</last-modified>')
    .replace(/<title>CareBridge SSP<\/title>/, '<title>CareBridge System Security Plan (annual update draft)</title>');
}

async function redline(): Promise<Buffer> {
  const changes: [string, string, string, string][] = [
    ['Cover / 1', 'System name standardized to "Halcyon CareBridge (HCB)"', 'Editorial', 'HOA comment 1'],
    ['2.1', 'Added information type D.14.1 Access to Care; confidentiality kept Moderate', 'Substantive', 'HOA comment 4'],
    ['9.1', 'Boundary narrative rewritten for EKS migration; SFTP host removed', 'Substantive', 'HOA comment 7, 3PAO pre-read 2'],
    ['9.2', 'Support Analyst role added as non-privileged', 'Substantive', 'Internal'],
    ['10', 'SendGrid listed as non-authorized external service with no federal data', 'Substantive', 'PMO readiness feedback'],
    ['13.1 AC-2', 'Evidence reference to ServiceNow report "Quarterly Access Certification"', 'Clarification', '3PAO pre-read 5'],
    ['13.3 CM-6', 'Status changed from Implemented to Partially Implemented; POA&M HCB-2025-014 referenced', 'Substantive', 'Internal QA'],
    ['15', 'Attachment list renumbered to Rev 5 appendices A–Q', 'Editorial', 'PMO template change'],
  ];
  return buildDocx({
    title: 'Redline summary',
    creator: 'Priya Raman',
    sections: [
      [
        p('MEMORANDUM', { bold: true, size: 16 }),
        table(
          [
            ['TO:', `${PEOPLE.agencyIsso}; ${PEOPLE.lead3pao}`],
            ['FROM:', PEOPLE.ciso],
            ['DATE:', 'March 7, 2025'],
            ['SUBJECT:', 'Summary of changes between SSP v0.9 (draft) and SSP v1.0 (final)'],
          ],
          false,
        ),
        p(`This memo summarizes the changes made to the ${CSO} System Security Plan between draft version 0.9, circulated on January 17, 2025, and final version 1.0, delivered on March 7, 2025. It is provided to help reviewers focus on changed sections. It is not itself the System Security Plan and does not restate control implementations; the SSP v1.0 and its appendices, uploaded separately, remain the authoritative documents.`),
        h1('Summary of Changes', true),
        table([['SSP Section', 'Change', 'Type', 'Source of Change'], ...changes]),
        h1('Comments not adopted', true),
        p('Two comments were not adopted. The request to split Section 13 into a separate controls workbook was declined because the FedRAMP Rev 5 template keeps implementation statements in the SSP body. The request to list developer laptops in the inventory was declined because corporate endpoints are outside the authorization boundary; their controls are inherited from the corporate program.'),
        h1('Next steps', true),
        bullets([
          'HOA ISSO to confirm adjudication of the 11 open comments by March 14, 2025.',
          `${TPAO} to finalize the Security Assessment Plan against SSP v1.0.`,
          'Halcyon to freeze the production baseline on the SAP approval date.',
        ]),
      ],
    ],
  });
}

export const sspEntries: Entry[] = [
  { file: 'HCB_SSP_v1.0_FINAL.docx', expected: 'SSP', note: 'Final SSP v1.0 with cover page, revision history, approvals, TOC, Rev5 Attachments list (A–Q) and control implementation statements.', build: sspFinalDocx },
  { file: 'CareBridge SSP v0.9 DRAFT (comments).docx', expected: 'SSP', note: 'Draft SSP v0.9 with inline [Comment: …] markers and a reviewer-notes table: still a System Security Plan.', build: sspDraftDocx },
  { file: 'doc-0412.pdf', expected: 'SSP', note: 'SSP exported to PDF with bookmarks, a table of contents on page 2 and stale template metadata title.', build: sspPdf },
  { file: 'carebridge-ssp.oscal.yaml', expected: 'SSP', note: 'OSCAL YAML system-security-plan (FedRAMP template, renamed for CareBridge).', build: sspYaml },
  { file: 'upload (3).xml', expected: 'SSP', note: 'OSCAL XML system-security-plan (AwesomeCloud example renamed), neutral file name.', build: sspXml },
  { file: 'HCB SSP v0.9-v1.0 Redline Summary.docx', expected: 'UNKNOWN', note: 'Memo summarizing changes between SSP versions; a redline summary, not the SSP deliverable.', build: redline },
];
