/** SSP (docx) and the prose SSP attachments: policies, user guides, DIW, PTA/PIA, RoB, ISCP, CMP, IRP, FIPS 199, laws, SCRM. */
import { CSO, ENG_BANK, LEGAL, approvals, distribution, headerTable, revisionHistory, toc } from './front.js';
import type { EvalDoc } from './front.js';
import { blocksToMarkdown, blocksToPdf, blocksToText, docx, para, pdf, rng } from './kit.js';
import type { Block } from './kit.js';

interface Section {
  h: string;
  bank?: string[];
  paras?: number;
  blocks?: Block[];
  bold?: boolean;
}

/** Body sections: a heading, paragraphs drawn from the section's bank plus the shared engineering bank, then blocks. */
function body(seed: number, sections: Section[], numbered = true): Block[] {
  const r = rng(seed);
  const out: Block[] = [];
  sections.forEach((s, i) => {
    const heading = numbered ? `${i + 1}  ${s.h}` : s.h;
    out.push(s.bold ? { bh: heading } : { h: 1, text: heading });
    const bank = [...(s.bank ?? []), ...ENG_BANK];
    const n = s.paras ?? 2;
    for (let k = 0; k < n; k++) {
      const own = s.bank && s.bank.length > 0 ? para(r, s.bank, Math.min(3, s.bank.length)) : '';
      out.push({ p: `${own} ${para(r, bank, 3)}`.trim() });
    }
    out.push(...(s.blocks ?? []));
  });
  return out;
}

function reqTable(prefix: string, reqs: string[]): Block {
  return { table: [['Req #', 'Requirement', 'Control'], ...reqs.map((q, i) => [`${prefix}-${String(i + 1).padStart(3, '0')}`, q.split('|')[0] ?? q, q.split('|')[1] ?? ''])] };
}

function ctrlTable(rows: [string, string, string, string][]): Block {
  return { table: [['Control ID', 'Implementation Status', 'Responsible Role', 'Parameter'], ...rows.map((r) => [...r])] };
}

// ------------------------------------------------------------------------------------------------ SSP

async function sspDocx(): Promise<EvalDoc> {
  const blocks: Block[] = [
    headerTable('CGC-FSO-SSP-001', 'System Security Plan (SSP)', '4.2', 'CUI // SP-PRVCY'),
    { p: CSO, bold: true, size: 40 },
    { p: 'FedRAMP Rev. 5 High Baseline  |  Agency Authorization  |  FIPS 199: HIGH', size: 22 },
    { p: LEGAL, italic: true, size: 16 },
    ...revisionHistory([
      ['2024-04-02', '4.0', 'Annual update; Rev. 5 transition complete', 'M. Okafor (FSO)'],
      ['2024-09-19', '4.1', 'Added us-gov-west-1 AZ3; updated boundary diagram, IIW cross-reference', 'J. Lindqvist'],
      ['2025-03-10', '4.2', 'Annual assessment updates; AC-2(12) and SI-4 narratives revised after SAR', 'M. Okafor (FSO)'],
    ]),
    ...approvals([
      ['Rhea Castellanos', 'System Owner, CGC'],
      ['Thomas Abernathy', 'CISO, Corvane Cloud'],
      ['Dana Whitlock', 'ISSO, Federal Security Office'],
    ]),
    ...toc(['Information System Name/Title', 'Information System Categorization', 'Information System Owner', 'Authorization Boundary', 'System Environment and Inventory', 'System Interconnections', 'Control Implementation', 'Attachments']),
    { pageBreak: true },
  ];
  blocks.push(
    ...body(101, [
      {
        h: 'Information System Name/Title',
        bank: [
          `This System Security Plan provides an overview of the security requirements for ${CSO} and describes the controls in place or planned for implementing those requirements.`,
          'The unique identifier assigned by FedRAMP is F1907112233; the service model is IaaS and PaaS and the deployment model is Government Community Cloud.',
        ],
      },
      {
        h: 'Information System Categorization',
        bank: ['The overall FIPS 199 security categorization is High (C: High, I: High, A: High) as documented in the FIPS 199 attachment.', 'The digital identity level selected in the DIW is IAL2 / AAL3 / FAL2.'],
        blocks: [{ table: [['Security Objective', 'Level'], ['Confidentiality', 'High'], ['Integrity', 'High'], ['Availability', 'High']] }],
      },
      { h: 'Authorization Boundary', bank: ['The authorization boundary diagram (Figure 9-1) depicts all components inside the boundary and the external services that connect to it.', 'Leveraged services: none; CGC-High is the underlying IaaS leveraged by other CSOs.'], paras: 3 },
      {
        h: 'System Interconnections',
        blocks: [{ table: [['SP IP Address and Interface', 'External Organization Name', 'Connection Security', 'Data Direction', 'Authorizing Official'], ['10.88.0.0/16 via TGW', 'CISA EINSTEIN / CLAW', 'IPsec, FIPS 140-3', 'Outgoing', 'Rhea Castellanos'], ['MGMT-VPC bastion', 'Corvane Corporate SOC', 'TLS 1.2+ mTLS', 'Bi-directional', 'Thomas Abernathy']] }],
      },
      {
        h: 'Control Implementation',
        bank: ['Each control summary table below gives the Responsible Role, parameter values, implementation status and control origination; the implementation statement follows in "What is the solution and how is it implemented?" form.', 'Part a through part c statements are written per control requirement.'],
        paras: 2,
        blocks: [
          ctrlTable([
            ['AC-2', 'Implemented', 'Identity Platform Team', 'AC-2(h)(1): 24 hours'],
            ['AC-2(3)', 'Implemented', 'Identity Platform Team', 'disable after 90 days of inactivity'],
            ['AC-2(12)', 'Partially Implemented', 'SOC', 'atypical usage: off-hours admin login'],
            ['AU-6', 'Implemented', 'SOC', 'at least weekly'],
            ['CM-6', 'Implemented', 'Platform Engineering', 'CIS Benchmarks L1 w/ Corvane deviations'],
            ['CP-9', 'Implemented', 'Storage Service Team', 'daily incremental; weekly full'],
            ['IR-6', 'Implemented', 'IR Lead', 'within 1 hour to US-CERT/CISA'],
            ['RA-5', 'Implemented', 'Vulnerability Mgmt', 'monthly OS, DB, web'],
            ['SC-13', 'Implemented', 'Crypto Services', 'FIPS-validated cryptography'],
            ['SI-4', 'Partially Implemented', 'SOC', 'POA&M V-2291'],
          ]),
          { bh: 'AC-2 What is the solution and how is it implemented?' },
          { p: 'Part a: Corvane shall define allowed account types (individual, privileged, service, break-glass). Part b: Account managers are assigned per service in the SoD matrix. Part c: Group membership requires approval in the access request workflow; approvals are logged to the SIEM.' },
        ],
      },
      { h: 'Attachments', blocks: [{ table: [['#', 'Attachment'], ['1', 'Information Security Policies and Procedures'], ['2', 'User Guide'], ['3', 'Digital Identity Worksheet'], ['4', 'PTA/PIA'], ['5', 'Rules of Behavior'], ['6', 'ISCP'], ['7', 'CMP'], ['8', 'IRP'], ['9', 'CIS/CRM Workbook'], ['10', 'FIPS 199'], ['11', 'SoD Matrix'], ['12', 'Laws and Regulations'], ['13', 'IIW'], ['14', 'SCRM Plan']] }] },
    ]),
  );
  return {
    file: 'CGC-High_SSP_v4.2.docx',
    expected: 'SSP',
    note: 'Corvane CGC-High System Security Plan in docx, title in a header table, control summary tables and implementation statements.',
    data: await docx({ title: 'SSP', creator: 'Dana Whitlock', header: 'CGC-High SSP v4.2 | CUI', footer: 'Corvane Cloud Services - Controlled Unclassified Information', blocks }),
  };
}

// ------------------------------------------------------------------------------------------------ policies

async function policyAc(): Promise<EvalDoc> {
  const blocks: Block[] = [
    headerTable('CGC-POL-AC-01', 'Access Control (AC) Policy and Procedures', '3.1'),
    ...revisionHistory([
      ['2023-11-01', '3.0', 'Rev. 5 alignment', 'FSO Policy Desk'],
      ['2024-11-12', '3.1', 'Annual review, AC-2(13) procedure added', 'FSO Policy Desk'],
    ]),
    ...approvals([['Thomas Abernathy', 'CISO (policy owner)']]),
    ...body(202, [
      { h: 'Purpose', bank: ['This policy establishes the access control requirements for the CGC-High information system and the procedures that implement them, satisfying AC-1.', 'It is part of the information security policies and procedures attachment of the SSP.'] },
      { h: 'Scope', bank: ['The policy applies to all Corvane employees, contractors and service accounts with logical access to the CGC-High boundary.'] },
      { h: 'Roles and Responsibilities', bank: ['The CISO owns this policy; the Identity Platform Team owns the procedures; service owners are account managers.'] },
      {
        h: 'Policy Statements',
        blocks: [
          reqTable('AC', [
            'Account managers shall review privileged accounts every 30 days and non-privileged accounts every 90 days.|AC-2(j)',
            'Inactive accounts shall be disabled automatically after 90 days.|AC-2(3)',
            'Privileged functions shall be executed only from PAW devices.|AC-6(2)',
            'The system shall enforce a limit of 3 consecutive invalid logon attempts in 15 minutes.|AC-7',
            'Remote access shall use FIPS-validated encryption and MFA.|AC-17(2)',
            'Session lock shall occur after 15 minutes of inactivity.|AC-11',
          ]),
        ],
      },
      { h: 'Procedures', bank: ['Procedure AC-P1 (account provisioning): the requester opens an access request; the manager approves; the account manager provisions through JIT-Elevate; the SIEM records the event.', 'Procedure AC-P2 (quarterly recertification): the Identity Platform Team exports entitlements and each service owner attests.'], paras: 3 },
      { h: 'Compliance and Enforcement', bank: ['Violations of this policy shall be reported to the FSO and may result in disciplinary action.'] },
      { h: 'Review', bank: ['This policy and its procedures are reviewed at least annually and following significant changes.'] },
    ]),
  ];
  return {
    file: 'doc-0412.docx',
    expected: 'POLICIES_AND_PROCEDURES',
    note: 'Access Control policy and procedures (AC-1) for the CGC-High boundary with numbered shall statements; an SSP attachment 1 policy document.',
    data: await docx({ title: 'AC Policy', creator: 'FSO Policy Desk', header: 'CGC-POL-AC-01', footer: 'Internal Use', blocks }),
  };
}

async function policyAuSi(): Promise<EvalDoc> {
  const blocks: Block[] = [
    { p: 'CORVANE CLOUD SERVICES - FEDERAL SECURITY OFFICE', bold: true, center: true },
    headerTable('CGC-POL-AU-SI', 'Audit and Accountability (AU) and System and Information Integrity (SI) Policies and Procedures', '2.4'),
    ...body(203, [
      { h: 'Purpose and Scope', bank: ['This document sets the AU and SI policies for CGC-High and the procedures by which they are carried out (AU-1, SI-1).', 'It applies to every component inside the CGC-High authorization boundary.'] },
      {
        h: 'Audit and Accountability Policy',
        blocks: [
          reqTable('AU', [
            'Every component shall generate audit records for the events defined in AU-2.|AU-2',
            'Audit records shall be reviewed at least weekly by the SOC.|AU-6',
            'Audit records shall be retained online 12 months and 7 years overall.|AU-11',
            'Audit processing failures shall alert the SOC in real time.|AU-5',
          ]),
        ],
      },
      { h: 'Audit Procedures', bank: ['AU-P1: onboarding a new log source to Sentinel-G. AU-P2: weekly review and escalation. AU-P3: log retention verification each quarter.'] },
      {
        h: 'System and Information Integrity Policy',
        blocks: [
          reqTable('SI', [
            'Flaws shall be remediated within 30/90/180 days for High/Moderate/Low findings.|SI-2',
            'Malicious code protection shall be deployed on all hosts and updated daily.|SI-3',
            'The system shall be monitored for attacks and indicators of compromise.|SI-4',
            'Security alerts and advisories shall be received from CISA and acted on.|SI-5',
          ]),
        ],
      },
      { h: 'Integrity Procedures', bank: ['SI-P1: patch intake from vendor advisories; SI-P2: emergency patching of CISA KEV entries; SI-P3: file integrity monitoring triage.'] },
      { h: 'Policy Maintenance', bank: ['Policies are reviewed annually; procedures are reviewed annually and after incidents or significant changes.'] },
    ]),
  ];
  return {
    file: 'Final_v7.pdf',
    expected: 'POLICIES_AND_PROCEDURES',
    note: 'AU and SI policies and procedures of CGC-High as a PDF with requirement tables; SSP attachment 1 content.',
    data: await pdf({ title: 'Final_v7', author: 'FSO', header: 'CGC-POL-AU-SI v2.4', footer: 'CUI', lines: blocksToPdf(blocks) }),
  };
}

// ------------------------------------------------------------------------------------------------ user guides

const UG_BANK = [
  'This guide explains how agency administrators configure and use CGC-High services securely.',
  'Customers create tenant administrator accounts through the Government Console and must enable phishing-resistant MFA before first use.',
  'To rotate an access key, open Console > Identity > Keys and choose Rotate; the old key stays valid for 24 hours.',
  'Customers are responsible for configuring network security groups for their workloads; the default group denies all inbound traffic.',
  'Audit events for the tenant are available in the Activity Log and can be exported to the agency SIEM via the streaming endpoint.',
  'Privileged users and non-privileged users have different console views; see Table 3 for the role permissions.',
];

async function userGuideDocx(): Promise<EvalDoc> {
  const blocks: Block[] = [
    { p: `${CSO}`, bold: true, size: 32 },
    { p: 'User Guide', bold: true, size: 48 },
    { p: 'For agency tenant administrators and end users  |  Version 2025.1', size: 20 },
    ...revisionHistory([['2025-01-15', '2025.1', 'New console navigation; KMS section', 'Docs Team']]),
    ...toc(['Getting Started', 'Administrator Tasks', 'End-User Tasks', 'Security Features', 'Getting Support']),
    ...body(301, [
      { h: 'Getting Started', bank: UG_BANK },
      { h: 'Administrator Tasks', bank: UG_BANK, blocks: [{ table: [['Role', 'Can do', 'Cannot do'], ['Tenant Administrator', 'Create users, assign roles, manage keys', 'Access Corvane infrastructure'], ['Security Auditor', 'Read Activity Log', 'Change configuration'], ['End User', 'Use provisioned services', 'Create users']] }] },
      { h: 'End-User Tasks', bank: UG_BANK, blocks: [{ numbered: ['Sign in at https://console.gov.corvane.example with your PIV card.', 'Select the project assigned by your administrator.', 'Launch resources from the approved catalog only.'] }] },
      { h: 'Security Features', bank: UG_BANK },
      { h: 'Getting Support', bank: ['Open a support case from the console; Severity 1 cases receive a response within 15 minutes.'] },
    ]),
  ];
  return {
    file: 'upload (3).docx',
    expected: 'USER_GUIDE',
    note: 'CGC-High User Guide for tenant administrators and end users (large-type title paragraph, role table, tasks); the SSP User Guide attachment.',
    data: await docx({ creator: 'Docs Team', blocks, core: { dropTitle: true } }),
  };
}

async function userGuideMd(): Promise<EvalDoc> {
  const blocks: Block[] = [
    { h: 1, text: 'CGC-High Key Management Service: Administrator User Guide' },
    { p: '> Applies to the CGC-High FedRAMP High environment. Last reviewed 2025-02-03.' },
    ...body(
      302,
      [
        { h: 'Overview', bank: ['The Key Management Service (KMS) lets agency users create and control customer-managed keys in FIPS 140-3 validated HSMs.', ...UG_BANK] },
        { h: 'Creating a key', bank: UG_BANK, blocks: [{ numbered: ['Open Console > Security > KMS.', 'Choose Create key; select AES-256-GCM.', 'Assign key administrators and key users.', 'Enable automatic annual rotation.'] }] },
        { h: 'Granting access', bank: UG_BANK },
        { h: 'Disabling and deleting keys', bank: ['Deleting a key is irreversible after the 30-day waiting period.', ...UG_BANK] },
        { h: 'Troubleshooting', bank: UG_BANK },
      ],
      false,
    ).map((b) => ('h' in b ? { h: 2 as const, text: b.text } : b)),
  ];
  return {
    file: 'kms-admin-guide.md',
    expected: 'USER_GUIDE',
    note: 'Markdown administrator user guide for a CGC-High service explaining how agency users operate it securely; a User Guide.',
    data: blocksToMarkdown(blocks),
  };
}

// ------------------------------------------------------------------------------------------------ DIW

function diwBlocks(): Block[] {
  return [
    headerTable('CGC-FSO-DIW-003', 'Digital Identity Worksheet (DIW)', '1.3'),
    { p: 'Attachment 3 to the CGC-High SSP. Completed per NIST SP 800-63-3 and the FedRAMP DIW template.', italic: true },
    ...body(401, [
      { h: 'Introduction', bank: ['This worksheet documents the digital identity assurance levels selected for CGC-High: Identity Assurance Level (IAL), Authenticator Assurance Level (AAL) and Federation Assurance Level (FAL).', 'FedRAMP High systems are expected to meet at least IAL2, AAL3 and FAL2 for privileged users.'] },
      {
        h: 'Digital Identity Level Selection',
        blocks: [
          { table: [['Digital Identity Acceptance Statement', 'Selection'], ['Identity Assurance Level (IAL)', 'IAL2'], ['Authenticator Assurance Level (AAL)', 'AAL3'], ['Federation Assurance Level (FAL)', 'FAL2']] },
          { table: [['Impact category (Table 6-1 of SP 800-63-3)', 'Potential impact'], ['Inconvenience, distress or damage to standing or reputation', 'High'], ['Financial loss or agency liability', 'High'], ['Harm to agency programs or public interests', 'High'], ['Unauthorized release of sensitive information', 'High'], ['Personal safety', 'Moderate'], ['Civil or criminal violations', 'High']] },
        ],
      },
      { h: 'Justification', bank: ['The highest potential impact from an authentication error is High; therefore AAL3 with hardware-based authenticators (PIV, FIDO2 security keys) is required.', 'Identity proofing is performed by the agency for its users and by Corporate Security for Corvane workforce identities.'] },
    ]),
  ];
}

async function diwDocx(): Promise<EvalDoc> {
  return {
    file: 'CGC_Attachment_03.docx',
    expected: 'DIGITAL_IDENTITY_WORKSHEET',
    note: 'CGC-High Digital Identity Worksheet selecting IAL2/AAL3/FAL2 with the SP 800-63 impact table; SSP attachment 3.',
    data: await docx({ title: 'CGC_Attachment_03', creator: 'Dana Whitlock', header: 'DIW | CUI', blocks: diwBlocks() }),
  };
}

async function diwPdf(): Promise<EvalDoc> {
  const blocks = diwBlocks();
  blocks[0] = headerTable('CGC-FSO-DIW-003', 'Digital Identity Worksheet', '1.2 (superseded draft)');
  return {
    file: 'scan_20250211_0932.pdf',
    expected: 'DIGITAL_IDENTITY_WORKSHEET',
    note: 'PDF print of an earlier CGC-High Digital Identity Worksheet (IAL/AAL/FAL selection); no PDF title metadata.',
    data: await pdf({ producer: 'Microsoft: Print To PDF', lines: blocksToPdf(blocks) }),
  };
}

// ------------------------------------------------------------------------------------------------ privacy

async function ptaDocx(): Promise<EvalDoc> {
  const q = (n: number, t: string, a: string): string[] => [String(n), t, a];
  const blocks: Block[] = [
    headerTable('CGC-PRIV-PTA', 'Privacy Threshold Analysis (PTA)', '2025.1'),
    { p: 'Attachment 4: PTA/PIA', italic: true },
    ...body(501, [
      { h: 'System Information', bank: [`System: ${CSO}. Privacy point of contact: Corvane Chief Privacy Office (privacy-gov@corvane.example).`] },
      {
        h: 'PTA Qualifying Questions',
        blocks: [
          {
            table: [
              ['#', 'Question', 'Answer'],
              q(1, 'Does the system collect, maintain, use or disseminate PII about members of the public?', 'No (customer content is opaque to Corvane)'),
              q(2, 'Does the system collect PII about federal employees or contractors?', 'Yes: tenant administrator name, work email, phone'),
              q(3, 'Is a Privacy Impact Assessment required?', 'Yes'),
              q(4, 'Is the system a System of Records under the Privacy Act?', 'No'),
              q(5, 'Is a SORN required?', 'No'),
            ],
          },
        ],
      },
      { h: 'Privacy Impact Assessment', bank: ['Section 1 describes the PII collected; section 2 the uses; section 3 retention; section 4 sharing; section 5 notice and consent; section 6 access and redress; section 7 safeguards.', 'Administrator contact PII is retained for the life of the tenancy plus 90 days and then purged.', 'PII is not shared outside Corvane except with the sponsoring agency and as required by law.'], paras: 3 },
      { h: 'Determination', bank: ['The privacy officer determined that a PIA is required and that the PIA in section 3 is adequate.'] },
    ]),
    ...approvals([['Helena Marsh', 'Chief Privacy Officer']]),
  ];
  return {
    file: 'pta-pia-2025.docx',
    expected: 'PRIVACY_ASSESSMENT',
    note: 'Privacy Threshold Analysis with PIA sections for CGC-High (PII questions, SORN determination); the PTA/PIA SSP attachment.',
    data: await docx({ title: 'Template - Privacy Threshold Analysis v1.0', creator: 'Helena Marsh', blocks }),
  };
}

async function piaPdf(): Promise<EvalDoc> {
  const blocks: Block[] = [
    { p: 'U.S. Department of Veterans Affairs', center: true },
    { p: 'Privacy Impact Assessment for the VA Cloud Tenant on Corvane Government Cloud (CGC-High)', bold: true, size: 28, center: true },
    ...body(502, [
      { h: 'Overview', bank: ['This Privacy Impact Assessment (PIA) is required by the E-Government Act of 2002 and describes how PII is collected, used, stored and protected in the VA tenant hosted on CGC-High.', 'PII includes veteran names, SSNs, dates of birth and health information processed by the agency application.'] },
      { h: 'Characterization of the Information', bank: ['Information is collected directly from veterans and from VBMS via an approved interconnection.', 'The minimum necessary PII is collected for claims processing.'] },
      { h: 'Uses of the Information', bank: ['PII is used to adjudicate benefits claims; no matching programs are run within this system.'] },
      { h: 'Retention', bank: ['Records are retained according to NARA GRS 5.2 and VA RCS 10-1.'] },
      { h: 'Internal and External Sharing', bank: ['PII is shared with the Social Security Administration under a computer matching agreement.'] },
      { h: 'Notice, Access, Redress and Correction', bank: ['Notice is given through the SORN 58VA21/22/28 and the privacy act statement on the forms.'] },
      { h: 'Technical Access and Security', bank: ['Access to PII is role-based and logged; CGC-High provides FIPS-validated encryption at rest.'] },
    ]),
    { p: 'Privacy Officer signature: ________________________   Date: 02/27/2025' },
  ];
  return {
    file: 'document (1).pdf',
    expected: 'PRIVACY_ASSESSMENT',
    note: 'Agency Privacy Impact Assessment for a tenant system on CGC-High (E-Government Act PIA sections); a PTA/PIA privacy assessment.',
    data: await pdf({ title: 'PIA', author: 'VA Privacy Service', serif: true, lines: blocksToPdf(blocks) }),
  };
}

// ------------------------------------------------------------------------------------------------ rules of behavior

function robBlocks(): Block[] {
  return [
    headerTable('CGC-FSO-ROB-05', 'Rules of Behavior (RoB) - Privileged and Non-Privileged Users', '1.6'),
    ...body(601, [
      { h: 'Purpose', bank: ['These Rules of Behavior describe the responsibilities and expected behavior of every user of CGC-High administrative systems, as required by PL-4.', 'Users must read and sign these rules before access is granted and annually thereafter.'] },
      {
        h: 'Rules for All Users',
        blocks: [
          { bullets: ['I will protect my PIV/FIDO2 authenticator and never share it.', 'I will not attempt to access data or systems I am not authorized to use.', 'I will report suspected security incidents to the SOC within one hour.', 'I will lock my workstation when I leave it unattended.', 'I will not store CUI on personal devices or personal cloud storage.'] },
        ],
      },
      {
        h: 'Additional Rules for Privileged Users',
        blocks: [{ bullets: ['I will use privileged accounts only from a PAW and only for administrative tasks.', 'I will not circumvent JIT-Elevate, logging or monitoring.', 'I will not make production changes without an approved change record.'] }],
      },
      { h: 'Consequences', bank: ['Non-compliance may result in revocation of access, disciplinary action up to and including termination, and referral to law enforcement.'] },
      {
        h: 'Acknowledgement',
        blocks: [{ table: [['User name', 'Signature', 'Date'], ['', '', '']] }, { p: 'I acknowledge that I have read, understand and agree to abide by the Rules of Behavior above.' }],
      },
    ]),
  ];
}

async function robDocx(): Promise<EvalDoc> {
  return {
    file: 'Attachment 5.docx',
    expected: 'RULES_OF_BEHAVIOR',
    note: 'CGC-High Rules of Behavior for privileged and non-privileged users with an acknowledgement block; SSP attachment 5.',
    data: await docx({ title: 'Rules of Behavior', creator: 'FSO Policy Desk', footer: 'CGC-FSO-ROB-05', blocks: robBlocks() }),
  };
}

async function robTxt(): Promise<EvalDoc> {
  const blocks = robBlocks().slice(1);
  return {
    file: 'rob_acknowledgement_form.txt',
    expected: 'RULES_OF_BEHAVIOR',
    note: 'Plain-text copy of the CGC-High Rules of Behavior (user and privileged-user rules, acknowledgement) as pasted into an onboarding ticket.',
    data: `CORVANE GOVERNMENT CLOUD (CGC-HIGH)\nRULES OF BEHAVIOR FOR SYSTEM USERS\nCGC-FSO-ROB-05 v1.6\n\n${blocksToText(blocks)}`,
  };
}

// ------------------------------------------------------------------------------------------------ contingency plan

const CP_BANK = [
  'This Information System Contingency Plan (ISCP) establishes procedures to recover CGC-High following a disruption.',
  'The plan has three phases: Activation and Notification, Recovery, and Reconstitution.',
  'The ISCP Coordinator activates the plan when an outage is expected to exceed the maximum tolerable downtime of a mission-essential function.',
  'Recovery time objective (RTO) for the regional control plane is 4 hours; recovery point objective (RPO) is 15 minutes.',
  'The alternate processing site for us-gov-east-1 is us-gov-west-1; the alternate storage site is the paired region vault.',
  'The ISCP is tested annually with a functional exercise; results are recorded in the ISCP test report and lessons learned feed the next revision.',
  'Backups are encrypted with FIPS-validated modules and integrity-checked weekly.',
];

function cpBlocks(seed: number, region: string): Block[] {
  return [
    headerTable(`CGC-ISCP-${region}`, `Information System Contingency Plan (ISCP) - ${region}`, '5.0'),
    ...revisionHistory([['2025-01-08', '5.0', 'Annual update after DR exercise DRX-24', 'BCDR Office']]),
    ...body(seed, [
      { h: 'Introduction and Concept of Operations', bank: CP_BANK, paras: 2 },
      {
        h: 'Business Impact Analysis Summary',
        blocks: [{ table: [['Mission/Business Process', 'MTD', 'RTO', 'RPO'], ['Regional control plane (API)', '8 h', '4 h', '15 min'], ['Block storage service', '12 h', '6 h', '0 (sync replica)'], ['Identity service', '4 h', '2 h', '5 min']] }],
      },
      { h: 'Activation and Notification', bank: CP_BANK, blocks: [{ numbered: ['SOC or NOC detects outage and pages the ISCP Coordinator.', 'Coordinator performs damage assessment within 30 minutes.', 'Coordinator declares activation and notifies agency POCs and the FedRAMP ISSO.'] }] },
      { h: 'Recovery', bank: CP_BANK, paras: 3 },
      { h: 'Reconstitution', bank: ['Reconstitution is complete when the primary region has passed validation testing and normal operations have been restored; the plan is then deactivated.'] },
      { h: 'Contingency Plan Testing', bank: CP_BANK },
    ]),
  ];
}

async function cpDocx(): Promise<EvalDoc> {
  return {
    file: 'CGC_ISCP_East_2025.docx',
    expected: 'CONTINGENCY_PLAN',
    note: 'Information System Contingency Plan for CGC-High us-gov-east-1 with BIA, activation, recovery and reconstitution phases; SSP attachment 6.',
    data: await docx({ title: 'ISCP', creator: 'BCDR Office', header: 'ISCP us-gov-east-1', blocks: cpBlocks(701, 'us-gov-east-1') }),
  };
}

async function cpPdf(): Promise<EvalDoc> {
  return {
    file: 'DR.pdf',
    expected: 'CONTINGENCY_PLAN',
    note: 'PDF of the ISCP for the us-gov-west-1 region (RTO/RPO, recovery procedures); the file name says DR but it is the contingency plan.',
    data: await pdf({ title: 'Information System Contingency Plan', author: 'BCDR Office', footer: 'CGC-ISCP-us-gov-west-1 v5.0 | CUI', lines: blocksToPdf(cpBlocks(702, 'us-gov-west-1')) }),
  };
}

// ------------------------------------------------------------------------------------------------ CMP

const CMP_BANK = [
  'This Configuration Management Plan (CMP) defines how Corvane controls changes to the CGC-High baseline configuration (CM-1 through CM-11).',
  'The Change Control Board (CCB) meets weekly and approves normal changes; standard changes are pre-approved templates; emergency changes are reviewed retroactively within 72 hours.',
  'Baseline configurations are stored as code in the GIP repository and every image is signed before promotion.',
  'Configuration drift is detected hourly; drift outside the baseline opens a high-priority ticket.',
  'Changes that meet the FedRAMP significant change criteria are routed to the FSO, who prepares the SCR for the authorizing officials.',
  'Configuration items are identified by the unique asset identifier used in the IIW.',
];

function cmpBlocks(seed: number): Block[] {
  return [
    headerTable('CGC-CMP-007', 'Configuration Management Plan (CMP)', '3.3'),
    ...distribution(['CCB members', 'Platform Engineering leads', 'FSO', 'Sponsoring agency ISSO']),
    ...body(seed, [
      { h: 'Purpose and Scope', bank: CMP_BANK },
      { h: 'Roles: Change Control Board', bank: CMP_BANK, blocks: [{ table: [['Role', 'Responsibility'], ['CCB Chair', 'Final approval of normal changes'], ['Change Owner', 'Submits RFC, test evidence, rollback plan'], ['Security Impact Analyst', 'Performs SIA per CM-4'], ['Release Manager', 'Schedules deployment windows']] }] },
      { h: 'Baseline Configuration', bank: CMP_BANK },
      { h: 'Configuration Change Control Process', bank: CMP_BANK, blocks: [{ numbered: ['RFC submitted with SIA.', 'CCB review and decision.', 'Implementation in a maintenance window.', 'Post-implementation verification and baseline update.'] }] },
      { h: 'Configuration Monitoring and Audits', bank: CMP_BANK },
    ]),
  ];
}

async function cmpDocx(): Promise<EvalDoc> {
  return {
    file: 'CMP_v3.3_clean.docx',
    expected: 'CONFIGURATION_MANAGEMENT_PLAN',
    note: 'CGC-High Configuration Management Plan (CCB roles, baseline configuration, change control process); SSP attachment 7.',
    data: await docx({ title: 'CGC-SSP-Attachment-07', creator: 'Release Management', blocks: cmpBlocks(801) }),
  };
}

async function cmpPdf(): Promise<EvalDoc> {
  return {
    file: 'att7.pdf',
    expected: 'CONFIGURATION_MANAGEMENT_PLAN',
    note: 'PDF rendition of the CGC-High CMP with CCB process and baseline sections.',
    data: await pdf({ header: 'Corvane Cloud Services | CGC-CMP-007', lines: blocksToPdf(cmpBlocks(802)), objectStreams: true }),
  };
}

// ------------------------------------------------------------------------------------------------ IRP

const IRP_BANK = [
  'This Incident Response Plan (IRP) describes how Corvane detects, analyzes, contains, eradicates and recovers from security incidents affecting CGC-High (IR-8).',
  'Incidents are reported to CISA (US-CERT) within one hour of identification and to the affected agency ISSOs and the FedRAMP PMO.',
  'The Incident Commander is on call 24x7 and is selected from the IR rotation.',
  'Evidence is preserved with chain-of-custody forms and stored in the forensic vault.',
  'Post-incident reviews are held within 10 business days and tracked to closure.',
  'The IRP is tested annually through a tabletop exercise with agency participation.',
];

function irpBlocks(seed: number): Block[] {
  return [
    headerTable('CGC-IRP-008', 'Incident Response Plan (IRP)', '6.1'),
    ...body(seed, [
      { h: 'Purpose', bank: IRP_BANK },
      { h: 'Incident Response Team', bank: IRP_BANK, blocks: [{ table: [['Role', 'Primary', 'Backup'], ['Incident Commander', 'IR rotation', 'SOC Manager'], ['Communications Lead', 'Federal Comms', 'Legal'], ['Forensics Lead', 'DFIR Team', 'External retainer']] }] },
      {
        h: 'Incident Categories and Severity',
        blocks: [{ table: [['Severity', 'Description', 'Reporting timeline'], ['SEV-1', 'Confirmed compromise of boundary or customer data', '1 hour to CISA, agencies, PMO'], ['SEV-2', 'Suspected compromise', '1 hour to CISA'], ['SEV-3', 'Policy violation, no data impact', 'Monthly ConMon report']] }],
      },
      { h: 'Detection and Analysis', bank: IRP_BANK },
      { h: 'Containment, Eradication and Recovery', bank: IRP_BANK, paras: 2 },
      { h: 'Post-Incident Activity', bank: IRP_BANK },
    ]),
  ];
}

async function irpDocx(): Promise<EvalDoc> {
  return {
    file: 'IRP.docx',
    expected: 'INCIDENT_RESPONSE_PLAN',
    note: 'CGC-High Incident Response Plan with team roles, severity and CISA reporting timelines; SSP attachment 8.',
    data: await docx({ title: 'Incident Response Plan', creator: 'DFIR Team', header: 'CGC-IRP-008 | CUI', blocks: irpBlocks(901) }),
  };
}

async function irpMd(): Promise<EvalDoc> {
  return {
    file: 'README.md',
    expected: 'INCIDENT_RESPONSE_PLAN',
    note: 'Markdown export (wiki) of the CGC-High Incident Response Plan; generic file name.',
    data: `# CGC-High Incident Response Plan\n\n${blocksToMarkdown(irpBlocks(902))}`,
  };
}

// ------------------------------------------------------------------------------------------------ FIPS 199

function fipsBlocks(): Block[] {
  return [
    headerTable('CGC-FIPS199', 'FIPS 199 Security Categorization', '2.0'),
    ...body(1001, [
      { h: 'Introduction', bank: ['This document categorizes CGC-High according to FIPS PUB 199 using the information types of NIST SP 800-60 Volume II.', 'The security category of an information system is the high water mark of the provisional impact levels of its information types.'] },
      {
        h: 'Information Types',
        blocks: [
          {
            table: [
              ['Information Type (SP 800-60)', 'NIST ID', 'Confidentiality', 'Integrity', 'Availability'],
              ['Information Infrastructure Management', 'C.3.5.4', 'Moderate', 'Moderate', 'Moderate'],
              ['System and Network Monitoring', 'C.3.5.5', 'Moderate', 'Moderate', 'Moderate'],
              ['Law Enforcement (hosted agency data)', 'D.16.x', 'High', 'High', 'High'],
              ['Health Care Delivery Services', 'D.14.2', 'High', 'High', 'High'],
            ],
          },
        ],
      },
      {
        h: 'Security Categorization',
        blocks: [{ p: 'SC CGC-High = {(confidentiality, HIGH), (integrity, HIGH), (availability, HIGH)}', bold: true }],
        bank: ['The overall system security categorization is HIGH and the FedRAMP High baseline applies.'],
      },
      { h: 'Approval', blocks: approvals([['Rhea Castellanos', 'System Owner']]) },
    ]),
  ];
}

async function fipsDocx(): Promise<EvalDoc> {
  return {
    file: 'Attachment10.docx',
    expected: 'FIPS_199',
    note: 'FIPS 199 categorization of CGC-High with SP 800-60 information types and the High water mark; SSP attachment 10.',
    data: await docx({ title: 'FIPS 199', creator: 'Dana Whitlock', blocks: fipsBlocks() }),
  };
}

async function fipsPdf(): Promise<EvalDoc> {
  return {
    file: 'cat_high_signed.pdf',
    expected: 'FIPS_199',
    note: 'Signed PDF of the CGC-High FIPS 199 security categorization.',
    data: await pdf({ title: 'CGC-FIPS199', lines: blocksToPdf(fipsBlocks()) }),
  };
}

// ------------------------------------------------------------------------------------------------ laws and regulations (docx)

async function lawsDocx(): Promise<EvalDoc> {
  const blocks: Block[] = [
    headerTable('CGC-ATT-12', 'Laws and Regulations', '2025.03'),
    { p: 'Attachment 12 lists the laws, regulations, standards and guidance applicable to CGC-High.', italic: true },
    { bh: 'Table 12-1. Applicable Laws and Regulations' },
    {
      table: [
        ['Identification Number', 'Title', 'Date', 'Link'],
        ['44 U.S.C. 3551 et seq.', 'Federal Information Security Modernization Act of 2014 (FISMA)', 'December 2014', 'https://www.congress.gov/bill/113th-congress/senate-bill/2521'],
        ['5 U.S.C. 552a', 'Privacy Act of 1974', 'December 1974', 'https://www.justice.gov/opcl/privacy-act-1974'],
        ['OMB Circular A-130', 'Managing Information as a Strategic Resource', 'July 2016', 'https://www.whitehouse.gov/omb'],
        ['HSPD-12', 'Policy for a Common Identification Standard for Federal Employees and Contractors', 'August 2004', 'https://www.dhs.gov/homeland-security-presidential-directive-12'],
        ['E-Gov Act', 'E-Government Act of 2002', 'December 2002', 'https://www.congress.gov/bill/107th-congress/house-bill/2458'],
      ],
    },
    { bh: 'Table 12-2. Applicable Standards and Guidance' },
    {
      table: [
        ['Identification Number', 'Title', 'Date', 'Link'],
        ['FIPS PUB 199', 'Standards for Security Categorization of Federal Information and Information Systems', 'February 2004', 'https://csrc.nist.gov'],
        ['FIPS PUB 140-3', 'Security Requirements for Cryptographic Modules', 'March 2019', 'https://csrc.nist.gov'],
        ['NIST SP 800-53 Rev. 5', 'Security and Privacy Controls for Information Systems and Organizations', 'September 2020', 'https://csrc.nist.gov'],
        ['NIST SP 800-37 Rev. 2', 'Risk Management Framework', 'December 2018', 'https://csrc.nist.gov'],
        ['NIST SP 800-63-3', 'Digital Identity Guidelines', 'June 2017', 'https://csrc.nist.gov'],
        ['NIST SP 800-34 Rev. 1', 'Contingency Planning Guide for Federal Information Systems', 'May 2010', 'https://csrc.nist.gov'],
      ],
    },
  ];
  return {
    file: 'CGC SSP Att 12 v2025.docx',
    expected: 'LAWS_AND_REGULATIONS',
    note: 'SSP attachment 12 "Laws and Regulations" for CGC-High: tables of laws and standards with IDs, dates and links.',
    data: await docx({ title: 'Attachment 12 - Laws and Regulations', creator: 'FSO', blocks }),
  };
}

// ------------------------------------------------------------------------------------------------ SCRM

const SCRM_BANK = [
  'This Supply Chain Risk Management (SCRM) Plan implements SR-2 and describes how Corvane identifies, assesses and mitigates supply chain risks to CGC-High.',
  'Hardware suppliers of servers, NICs and HSMs are subject to supplier assessments before onboarding and annually thereafter.',
  'Components are received at bonded facilities and inspected for tampering (SR-9, SR-10) before racking.',
  'Software dependencies are tracked through SBOMs in SPDX format; open source components are scanned before admission to the artifact repository.',
  'Suppliers are prohibited from sourcing components from entities covered by Section 889 of the FY2019 NDAA.',
  'The SCRM team reviews supplier risk scores quarterly and escalates critical suppliers to the SCRM Council.',
  'Notification agreements require suppliers to report compromises within 72 hours (SR-8).',
];

function scrmBlocks(seed: number): Block[] {
  return [
    headerTable('CGC-SCRM-014', 'Supply Chain Risk Management Plan (SCRMP)', '1.4'),
    ...body(seed, [
      { h: 'Purpose and Scope', bank: SCRM_BANK },
      { h: 'SCRM Roles and Governance', bank: SCRM_BANK, blocks: [{ table: [['Role', 'Responsibility'], ['SCRM Council', 'Approves risk acceptance for critical suppliers'], ['Supplier Risk Analyst', 'Performs supplier assessments'], ['Procurement', 'Includes SCRM clauses in contracts']] }] },
      { h: 'Supplier Assessment and Criticality', bank: SCRM_BANK, blocks: [{ table: [['Tier', 'Examples', 'Assessment frequency'], ['Critical', 'Server OEM, HSM vendor', 'Annual on-site'], ['High', 'Network OEM', 'Annual questionnaire'], ['Moderate', 'SaaS tooling', 'Biennial']] }] },
      { h: 'Acquisition Strategies and Controls', bank: SCRM_BANK },
      { h: 'Component Authenticity and Provenance', bank: SCRM_BANK },
      { h: 'Plan Review', bank: ['The SCRM Plan is reviewed annually and updated when suppliers or threats change.'] },
    ]),
  ];
}

async function scrmDocx(): Promise<EvalDoc> {
  return {
    file: 'SCRM_Plan_v1.4.docx',
    expected: 'SUPPLY_CHAIN_RISK_MANAGEMENT_PLAN',
    note: 'CGC-High Supply Chain Risk Management Plan (SR-2) with supplier tiers, provenance and notification requirements; SSP attachment 14.',
    data: await docx({ title: 'SCRM Plan', creator: 'Supplier Risk Office', blocks: scrmBlocks(1101) }),
  };
}

async function scrmPdf(): Promise<EvalDoc> {
  return {
    file: 'Inventory-March.pdf',
    expected: 'SUPPLY_CHAIN_RISK_MANAGEMENT_PLAN',
    note: 'PDF of the CGC-High SCRM Plan under a misleading inventory file name; content is the supply chain risk management plan.',
    data: await pdf({ title: 'CGC_SCRMP_v1.3.docx', lines: blocksToPdf(scrmBlocks(1102)) }),
  };
}

export async function planDocs(): Promise<EvalDoc[]> {
  return Promise.all([
    sspDocx(),
    policyAc(),
    policyAuSi(),
    userGuideDocx(),
    userGuideMd(),
    diwDocx(),
    diwPdf(),
    ptaDocx(),
    piaPdf(),
    robDocx(),
    robTxt(),
    cpDocx(),
    cpPdf(),
    cmpDocx(),
    cmpPdf(),
    irpDocx(),
    irpMd(),
    fipsDocx(),
    fipsPdf(),
    lawsDocx(),
    scrmDocx(),
    scrmPdf(),
  ]);
}
