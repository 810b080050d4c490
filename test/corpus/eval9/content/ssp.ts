import { buildDocx } from '../kit/docx.js';
import { buildPdf } from '../kit/pdf.js';
import type { Block, EvalDoc } from '../kit/types.js';
import type { Csp } from './common.js';
import { approvals, bh, BREAK, bullets, CORVANE, CUI, distribution, h1, h2, h3, LEDGERLEAF, longDate, p, proprietaryNotice, revisions, table, backMatter } from './common.js';

const C = CORVANE;
const L = LEDGERLEAF;

interface Impl {
  id: string;
  title: string;
  status: string;
  origin: string;
  parts: [string, string][];
}

function implementation(csp: Csp, items: Impl[]): Block[] {
  const out: Block[] = [];
  for (const c of items) {
    out.push(h3(`${c.id} ${c.title}`));
    out.push(table([['Control Summary Information', ''], ['Responsible Role', 'ISSO; Cloud Operations'], ['Implementation Status', c.status], ['Control Origination', c.origin]], [40, 60]));
    out.push(bh(`What is the solution and how is it implemented?`));
    for (const [part, text] of c.parts) out.push({ k: 'p', text: `Part ${part}: ${text.replace(/\{sys\}/g, csp.system)}` });
  }
  return out;
}

const CONTROLS: Impl[] = [
  { id: 'AC-2', title: 'Account Management', status: 'Implemented', origin: 'Service Provider System Specific', parts: [['a', 'The {sys} account types are individual, privileged, service and emergency accounts; shared and guest accounts are prohibited.'], ['b', 'Account managers are the Identity and Access Management team.'], ['c', 'Group and role membership requires approval of the supervisor and, for privileged roles, the ISSO.'], ['d', 'Authorized users, group membership and access authorizations are recorded in the identity provider and the access request ticket.'], ['j', 'Privileged accounts are reviewed monthly and non-privileged accounts quarterly for compliance with account management requirements.']] },
  { id: 'AC-2(1)', title: 'Automated System Account Management', status: 'Implemented', origin: 'Service Provider System Specific', parts: [['', 'Account lifecycle is automated through SCIM provisioning from the HR system to the identity provider; termination events disable accounts within one hour.']] },
  { id: 'AU-6', title: 'Audit Record Review, Analysis, and Reporting', status: 'Implemented', origin: 'Service Provider System Specific', parts: [['a', 'Audit records are reviewed and analysed at least weekly for indications of inappropriate or unusual activity; SIEM correlation rules run continuously and alert the SOC.'], ['b', 'Findings are reported to the ISSO and, for incidents, handled per the Incident Response Plan.']] },
  { id: 'CM-6', title: 'Configuration Settings', status: 'Implemented', origin: 'Service Provider System Specific', parts: [['a', 'Configuration settings follow the DISA STIGs for RHEL 9 and the CIS benchmarks for Kubernetes and PostgreSQL, documented in the Configuration Management Plan.'], ['c', 'Deviations are approved by the CCB and recorded.']] },
  { id: 'IA-2(1)', title: 'Multi-Factor Authentication to Privileged Accounts', status: 'Implemented', origin: 'Service Provider System Specific', parts: [['', 'Privileged users authenticate with PIV or FIDO2 hardware authenticators.']] },
  { id: 'RA-5', title: 'Vulnerability Monitoring and Scanning', status: 'Implemented', origin: 'Service Provider System Specific', parts: [['a', 'Authenticated operating system, database and web application scans are run at least monthly and when new vulnerabilities are identified.'], ['d', 'High vulnerabilities are remediated within 30 days, Moderate within 90 days and Low within 180 days of discovery; CISA KEV due dates override these.']] },
  { id: 'SC-13', title: 'Cryptographic Protection', status: 'Implemented', origin: 'Service Provider System Specific', parts: [['', 'FIPS 140-3 validated modules are used for all encryption of federal data in transit and at rest (certificates listed in Appendix Q).']] },
];

async function sspDocx(): Promise<EvalDoc> {
  const blocks: Block[] = [
    { k: 'center', text: C.org, bold: true, size: 28 },
    { k: 'title', text: `${C.system} (${C.abbrev})`, size: 48 },
    { k: 'center', text: 'System Security Plan', bold: true, size: 40 },
    { k: 'center', text: 'FedRAMP High Baseline — Rev. 5', size: 26 },
    { k: 'center', text: `Version 3.1  •  ${longDate('2025-05-12')}`, size: 22 },
    { k: 'center', text: CUI, size: 18 },
    proprietaryNotice(C.org),
    BREAK,
    ...revisions([
      ['2024-11-04', '2.0', 'Rev5 transition', C.isso],
      ['2025-02-14', '3.0', 'Added managed Kubernetes service; boundary update', C.isso],
      ['2025-05-12', '3.1', 'FHSA review comments addressed', C.isso],
    ]),
    ...approvals('System Security Plan Approvals', [
      [C.owner, 'System Owner, Corvane Systems, Inc.', '/s/ 2025-05-12'],
      ['Gwendolyn Marsh', 'CISO, Corvane Systems, Inc.', '/s/ 2025-05-12'],
      [C.ao, `${C.aoTitle}, ${C.agencyShort}`, ''],
    ]),
    ...distribution([[C.isso, C.org, 'ISSO'], ['Kevin Stroud', C.agencyShort, 'Agency reviewer'], ['Jonathan Pryce', 'Halberd Assurance Partners', '3PAO lead']]),
    BREAK,
    {
      k: 'toc',
      entries: [
        '1 Information System Name/Title|7',
        '2 Information System Categorization|7',
        '3 Information System Owner|8',
        '4 Authorizing Official|8',
        '5 Other Designated Contacts|8',
        '6 Assignment of Security Responsibility|9',
        '7 Leveraged FedRAMP-Authorized Services|9',
        '8 General System Description|10',
        '9 System Environment and Inventory|12',
        '10 System Interconnections|16',
        '11 Laws, Regulations, Standards and Guidance|17',
        '12 Minimum Security Controls|18',
        '13 Control Implementation|19',
        'Attachment 1 Information Security Policies and Procedures|separate',
        'Attachment 2 User Guide|separate',
        'Attachment 3 Digital Identity Worksheet|separate',
        'Attachment 4 PTA/PIA|separate',
        'Attachment 5 Rules of Behavior|separate',
        'Attachment 6 Information System Contingency Plan|separate',
        'Attachment 7 Configuration Management Plan|separate',
        'Attachment 8 Incident Response Plan|separate',
        'Attachment 9 CIS and CRM Workbook|separate',
        'Attachment 10 FIPS 199|separate',
        'Attachment 11 Separation of Duties Matrix|separate',
        'Attachment 12 FedRAMP Laws and Regulations|separate',
        'Attachment 13 Integrated Inventory Workbook|separate',
      ],
    },
    BREAK,
    h1('1 Information System Name/Title'),
    ...p(`This System Security Plan provides an overview of the security requirements for ${C.system} (${C.abbrev}) and describes the controls in place or planned for implementation to provide a level of security appropriate for the information processed, as of the date of this plan. Unique identifier: ${C.fedrampId}.`),
    h1('2 Information System Categorization'),
    ...p('The overall information system sensitivity categorization, as determined in Attachment 10 (FIPS 199 Categorization), is High.'),
    table([['Security Objective', 'Low, Moderate or High'], ['Confidentiality', 'High'], ['Integrity', 'High'], ['Availability', 'High']], [60, 40]),
    h2('2.1 Digital Identity Determination'),
    ...p('The digital identity level is Level 3 (IAL3, AAL3, FAL2), as documented in Attachment 3.'),
    h1('3 Information System Owner'),
    table([['Name', C.owner], ['Title', 'Vice President, Federal Cloud'], ['Company', C.org], ['Address', C.address], ['E-mail', 'daniel.whitcombe@corvane.com']], [30, 70]),
    h1('4 Authorizing Official'),
    ...p(`The Authorizing Official for this agency authorization is ${C.ao}, ${C.aoTitle}, ${C.agency}.`),
    h1('7 Leveraged FedRAMP-Authorized Services'),
    table([['CSP / CSO', 'FedRAMP ID', 'Impact level', 'Nature of agreement'], ['Ironvault Colocation / Secure Facilities', 'FR1907233401', 'High', 'Contract'], ['Okta for Government High', 'FR2126843562', 'High', 'Subscription']], [40, 20, 15, 25]),
    h1('8 General System Description'),
    ...p(`${C.system} is an ${C.model}. It offers virtual machines, block and object storage, a managed Kubernetes service and a customer-managed key service backed by FIPS 140-3 Level 3 HSMs. Users are federal tenant administrators, federal tenant end users (through their own workloads) and Corvane privileged operators.`),
    h2('8.1 System Function or Purpose'),
    ...p('The system provides a government community cloud that federal agencies use to run mission workloads at the High impact level, including law enforcement sensitive and survey data.'),
    h1('9 System Environment and Inventory'),
    ...p('The system runs in two regions with a shared management plane. The boundary diagram (Figure 9-1) and data flow diagrams (Figures 10-1 to 10-3) are included in this section. The inventory is maintained in Attachment 13.'),
    table([['Component type', 'Count', 'Notes'], ['Hypervisor hosts', '1,870', 'RHEL 9.5, KVM'], ['Management plane hosts', '214', 'RHEL 9.5'], ['Database clusters', '66', 'PostgreSQL 15'], ['Network devices', '312', 'Spine/leaf, firewalls, load balancers']], [40, 20, 40]),
    h1('10 System Interconnections'),
    table([['Connection', 'Direction', 'Data', 'Agreement'], ['FHSA TIC 3.0 connection', 'Bidirectional', 'Tenant traffic', 'ISA FHSA-CSC-01'], ['Okta for Government High', 'Outbound', 'Authentication', 'Leveraged authorization'], ['US-CERT / CISA reporting', 'Outbound', 'Incident reports', 'N/A']], [30, 15, 25, 30]),
    h1('12 Minimum Security Controls'),
    ...p('The system implements the FedRAMP Rev. 5 High baseline of 410 controls and control enhancements. The implementation status and origination of every control are summarised in Attachment 9 (CIS/CRM workbook).'),
    h1('13 Control Implementation'),
    h2('13.1 Access Control (AC)'),
    ...implementation(C, CONTROLS.slice(0, 2)),
    h2('13.2 Audit and Accountability (AU)'),
    ...implementation(C, CONTROLS.slice(2, 3)),
    h2('13.3 Configuration Management (CM)'),
    ...implementation(C, CONTROLS.slice(3, 4)),
    h2('13.4 Identification and Authentication (IA)'),
    ...implementation(C, CONTROLS.slice(4, 5)),
    h2('13.5 Risk Assessment (RA)'),
    ...implementation(C, CONTROLS.slice(5, 6)),
    h2('13.6 System and Communications Protection (SC)'),
    ...implementation(C, CONTROLS.slice(6)),
    ...backMatter(20),
  ];
  const data = await buildDocx({ meta: { title: 'FedRAMP SSP High Baseline Template', subject: 'SSP', creator: 'FedRAMP', lastModifiedBy: C.isso, created: '2023-06-30T12:00:00Z', modified: '2025-05-12T21:00:00Z', company: C.org }, blocks, header: `${C.abbrev} System Security Plan v3.1 — ${CUI}`, coverWithoutHeader: true });
  return { file: 'Final_v7_CSC.docx', expected: 'SSP', note: 'The High IaaS\'s System Security Plan (docx) with categorization, boundary, attachments list and control implementation statements.', data };
}

async function sspPdf(): Promise<EvalDoc> {
  const blocks: Block[] = [
    { k: 'title', text: 'System Security Plan', size: 48 },
    { k: 'center', text: `${L.system}`, bold: true, size: 30 },
    { k: 'center', text: `${L.org}  |  FedRAMP Low  |  Version 4.2  |  ${longDate('2025-06-30')}`, size: 20 },
    ...revisions([['2025-06-30', '4.2', 'Annual update; Aurora migration (SCR-LL-2025-01)', L.isso]]),
    BREAK,
    h1('1 Information System Name'),
    ...p(`${L.system} (${L.abbrev}), FedRAMP package ${L.fedrampId}.`),
    h1('2 Information System Categorization'),
    ...p('The FIPS 199 categorization is Low for confidentiality, integrity and availability (Attachment 10). Digital identity level 2 (Attachment 3).'),
    h1('3 System Owner and Authorizing Official'),
    ...p(`System owner: ${L.owner}. Authorizing Official: ${L.ao}, ${L.aoTitle}, ${L.agency}.`),
    h1('4 General System Description'),
    ...p(`${L.system} is a ${L.model} used by federal grant-making agencies to publish funding opportunities, receive and review applications and manage awards. It runs in AWS us-east-2 and inherits physical and environmental controls from the AWS FedRAMP authorization.`),
    h1('5 Authorization Boundary'),
    ...p('The boundary includes the applicant and reviewer portals, the administration console, the API, the worker tier, three Aurora PostgreSQL clusters, S3 buckets for attachments and the logging account. Corporate IT is outside the boundary.'),
    h1('6 Control Implementation'),
    ...implementation(L, CONTROLS.filter((c) => ['AC-2', 'AU-6', 'RA-5', 'SC-13'].includes(c.id))),
    h1('7 Attachments'),
    bullets('Attachment 1 Policies and Procedures', 'Attachment 6 ISCP', 'Attachment 8 IRP', 'Attachment 9 CIS/CRM', 'Attachment 13 Integrated Inventory Workbook'),
    ...backMatter(21),
  ];
  const data = await buildPdf({ meta: { title: 'LGM SSP v4.2', author: L.isso, created: '2025-06-30T20:00:00Z' }, blocks, header: `${L.system} — System Security Plan — CUI`, footer: CUI });
  return { file: 'LGM_package_2025.pdf', expected: 'SSP', note: 'The Low SaaS\'s System Security Plan printed to PDF.', data };
}

export async function sspDocs(): Promise<EvalDoc[]> {
  return [await sspDocx(), await sspPdf()];
}
