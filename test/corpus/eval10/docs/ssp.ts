import { readFileSync } from 'node:fs';
import { makeDocx } from '../kit/docx.js';
import type { Block, CellSpec } from '../kit/docx.js';
import { makePdf } from '../kit/pdf.js';
import type { PdfBlock } from '../kit/pdf.js';
import { moderateControls } from '../kit/controls.js';
import type { Control } from '../kit/controls.js';
import { approvals, cuiBanner, pdfRevisionTable, revisionHistory } from '../kit/front.js';
import { sharedFixture } from '../kit/paths.js';
import { fill, implementation, sentences } from '../kit/prose.js';
import { Rng } from '../kit/rng.js';
import type { CorpusDoc } from '../kit/types.js';
import { BLUEFIN, CONSULTANCY, KESTREL, NORTHWIND, QUILLON } from '../kit/world.js';
import type { Csp } from '../kit/world.js';

/** A spread of controls: every base control of the listed families plus a few enhancements. */
export function pickControls(rng: Rng, count: number): Control[] {
  const all = moderateControls();
  const base = all.filter((c) => !c.enhancement);
  const enh = all.filter((c) => c.enhancement);
  const chosen = new Set([...base.slice(0, Math.min(base.length, Math.round(count * 0.75))), ...rng.sample(enh, Math.round(count * 0.25))]);
  return all.filter((c) => chosen.has(c));
}

function systemDescription(c: Csp): string[] {
  return [
    fill(
      '{cso} is a multi-tenant {model} offering operated by {csp} and hosted in {cloud}. It is available to federal agencies and their mission partners through the FedRAMP Marketplace and is deployed as a government-only community cloud.',
      c,
    ),
    fill(
      'Agency users reach the service through a web application and a REST API published behind the edge load balancers. Administrative access by {short} operations staff is restricted to the management enclave, reached through a bastion service that requires phishing-resistant multi-factor authentication through {idp}.',
      c,
    ),
    fill(
      'Security telemetry from every component is collected in {siem}; vulnerability scanning is performed with {scanner}; change requests, incidents and access requests are tracked in {ticket}; infrastructure and application code are versioned in {repo}.',
      c,
    ),
  ];
}

function controlTablesDocx(ctrl: Control, c: Csp, rng: Rng): Block[] {
  const status: [boolean, string][] = [
    [true, 'Implemented'],
    [false, 'Partially implemented'],
    [false, 'Planned'],
    [false, 'Alternative implementation'],
    [false, 'Not applicable'],
  ];
  const inherited = ctrl.family === 'PE' || (ctrl.family === 'MA' && rng.chance(0.5));
  const origination: [boolean, string][] = [
    [!inherited, 'Service Provider Corporate'],
    [false, 'Service Provider System Specific'],
    [!inherited && rng.chance(0.3), 'Service Provider Hybrid (Corporate and System Specific)'],
    [false, 'Configured by Customer (Customer System Specific)'],
    [ctrl.family === 'AC' && rng.chance(0.4), 'Provided by Customer (Customer System Specific)'],
    [false, 'Shared (Service Provider and Customer Responsibility)'],
    [inherited, `Inherited from pre-existing FedRAMP Authorization for ${c.cloud.split(' (')[0]}`],
  ];
  const summary: CellSpec[][] = [
    [{ text: `${ctrl.id} Control Summary Information`, span: 2, bold: true, shade: 'DBE5F1' }],
    ['Responsible Role:', rng.pick(['ISSO; Security Operations Lead', 'Cloud Operations Manager', 'System Owner', 'Director of Engineering; ISSO', 'Security Engineering'])],
    ['Implementation Status (check all that apply):', { text: '', checks: status }],
    ['Control Origination (check all that apply):', { text: '', checks: origination }],
  ];
  const impl = implementation(ctrl, c, rng);
  const solution: CellSpec[][] = [
    [{ text: `${ctrl.id} What is the solution and how is it implemented?`, span: 2, bold: true, shade: 'DBE5F1' }],
    ...impl.map((p) => [p.label, p.text] as CellSpec[]),
  ];
  return [
    { t: 'h3', text: `${ctrl.id} ${ctrl.title} (${ctrl.enhancement ? 'M' : 'L)(M'})` },
    ...ctrl.parts.slice(0, 6).map((p): Block => ({ t: 'p', text: p.prose, size: 10 })),
    { t: 'table', rows: summary, header: false, widths: [35, 65] },
    { t: 'table', rows: solution, header: false, widths: [15, 85] },
  ];
}

export async function kestrelSspDocx(): Promise<CorpusDoc> {
  const c = KESTREL;
  const rng = new Rng('kestrel-ssp');
  const controls = pickControls(rng, 64);
  const families = [...new Set(controls.map((x) => `${x.family}|${x.familyTitle}`))];
  const body: Block[] = [
    cuiBanner(c),
    ...revisionHistory([
      ['11/04/2024', 'Initial draft prepared for agency partnership kickoff', '0.9', 'P. Raman / Tallgrass'],
      ['01/17/2025', 'Incorporated NRLA comments on boundary and leveraged services', '1.0', 'P. Raman'],
      ['03/28/2025', 'Updated for 3PAO readiness review; added cryptographic modules table', '2.0', 'T. Ibarra'],
      ['05/09/2025', 'Revised AC-2, IA-2 and SC-8 statements after SAP walkthrough', '2.2', 'P. Raman'],
      ['06/20/2025', 'Version submitted for agency SSP approval', '2.3', 'P. Raman'],
    ]),
    ...approvals(
      [
        [c.owner, 'System Owner', c.csp],
        [c.ciso, 'Chief Information Security Officer', c.csp],
        [c.ao, c.aoTitle, c.agency],
      ],
      'By signing below, the approvers confirm that this System Security Plan accurately describes the implementation of the security controls for the system.',
    ),
    { t: 'break' },
    {
      t: 'toc',
      entries: [
        ['1 Introduction', '1'],
        ['2 Purpose', '1'],
        ['3 System Information', '2'],
        ['4 System Owner', '4'],
        ['5 Assignment of Security Responsibility', '4'],
        ['6 Leveraged FedRAMP-Authorized Services', '5'],
        ['7 External Systems and Services Not Having FedRAMP Authorization', '6'],
        ['8 Illustrated Architecture and Narratives', '7'],
        ['9 Services, Ports, and Protocols', '10'],
        ['10 Cryptographic Modules Implemented for Data At Rest (DAR) and Data In Transit (DIT)', '11'],
        ['11 Separation of Duties', '12'],
        ['12 SSP Appendices List', '13'],
        ['Appendix A FedRAMP Moderate Security Controls', '14'],
      ],
    },
    { t: 'break' },
    { t: 'h1', text: '1 Introduction' },
    {
      t: 'p',
      text: `This System Security Plan (SSP) provides an overview of the security requirements for ${c.cso} (${c.short}) and describes the controls in place or planned for implementation to provide a level of security appropriate for the information to be transmitted, processed or stored by the system. Information security is vital to our critical infrastructure and its effective performance and protection is a key component of our national security program.`,
    },
    {
      t: 'p',
      text: 'Proper management of information technology systems is essential to ensure the confidentiality, integrity and availability of the data transmitted, processed or stored by federal information systems. This plan is maintained by the Information System Security Officer and is reviewed at least annually as part of continuous monitoring.',
    },
    { t: 'h1', text: '2 Purpose' },
    {
      t: 'p',
      text: `The purpose of this SSP is to describe the ${c.short} authorization boundary, the information types processed, and how ${c.csp} implements each control of the FedRAMP Rev. 5 Moderate baseline. It is the primary input to the Security Assessment Plan prepared by ${c.threePao} and to the agency's authorization decision.`,
    },
    { t: 'h1', text: '3 System Information' },
    {
      t: 'kv',
      rows: [
        ['CSP Name', c.csp],
        ['CSO Name', c.cso],
        ['FedRAMP Package ID', 'F2410221837'],
        ['Service Model', 'Software as a Service (SaaS)'],
        ['Digital Identity Level (DIL) Determination', 'IAL2 / AAL2 / FAL2'],
        ['FIPS PUB 199 Level (SSP Appendix K)', 'Moderate'],
        ['Fully Operational as of', '10/01/2024'],
        ['Deployment Model', 'Government Only Cloud'],
        ['Authorization Path', 'Agency Authorization'],
        ['General System Description', systemDescription(c)[0] ?? ''],
      ],
    },
    { t: 'h2', text: '3.1 Information System Components and Boundaries' },
    ...systemDescription(c).map((text): Block => ({ t: 'p', text })),
    {
      t: 'p',
      text: `The authorization boundary includes the production and disaster recovery accounts of the ${c.short} AWS organization, the management enclave, the CI/CD runners that deploy to production, and the corporate endpoints used by privileged administrators. Development and test accounts are outside the boundary and hold no federal data.`,
    },
    { t: 'h2', text: '3.2 Types of Users' },
    {
      t: 'table',
      rows: [
        ['Role', 'Internal or External', 'Privileged (P), Non-Privileged (NP), or No Logical Access (NLA)', 'Sensitivity Level', 'Authorized Privileges', 'Functions Performed'],
        ['Cloud Operations Engineer', 'Internal', 'P', 'Moderate Risk', 'Full administrative access to production AWS accounts through JIT elevation', 'Deployments, patching, incident support'],
        ['Security Operations Analyst', 'Internal', 'P', 'Moderate Risk', 'Read access to logs, EDR console, scanner', 'Monitoring, triage, scan review'],
        ['Customer Administrator', 'External', 'P', 'N/A', 'Tenant user and role management', 'Manage agency users and dashboards'],
        ['Agency Analyst', 'External', 'NP', 'N/A', 'Read and create reports within tenant', 'Loan portfolio analytics'],
        ['Support Engineer', 'Internal', 'NP', 'Low Risk', 'Read-only tenant metadata, no customer data', 'Tier 1 and Tier 2 support'],
      ],
    },
    { t: 'h1', text: '4 System Owner' },
    { t: 'kv', rows: [['Name', c.owner], ['Title', 'Vice President, Government Platforms'], ['Company / Organization', c.csp], ['Address', c.address], ['Phone Number', '703-555-0142'], ['Email Address', `d.okafor@${c.domain}`]] },
    { t: 'h1', text: '5 Assignment of Security Responsibility' },
    {
      t: 'p',
      text: `The Information System Security Officer (ISSO), ${c.isso}, has been appointed in writing and is responsible for the day-to-day security of the system, for coordinating continuous monitoring deliverables and for acting as the primary point of contact for the agency and the 3PAO.`,
    },
    { t: 'h1', text: '6 Leveraged FedRAMP-Authorized Services' },
    {
      t: 'table',
      rows: [
        ['CSP/CSO Name', 'CSO Service', 'Authorization Type', 'FedRAMP Package ID', 'Nature of Agreement', 'Impact Level', 'Data Types', 'Authorized User Authentication'],
        ['Amazon Web Services / AWS GovCloud (US)', 'EC2, EKS, RDS, S3, KMS, CloudTrail', 'JAB P-ATO', 'F1603047866', 'Enterprise agreement', 'High', 'All federal data in boundary', 'Yes'],
        ['Okta / Okta for Government Moderate', 'Workforce identity', 'Agency ATO', 'FR1806755312', 'Subscription', 'Moderate', 'Identity attributes', 'Yes'],
        ['Splunk / Splunk Cloud Platform', 'Log analytics', 'Agency ATO', 'FR1908047124', 'Subscription', 'Moderate', 'Audit records', 'Yes'],
      ],
    },
    { t: 'h1', text: '7 External Systems and Services Not Having FedRAMP Authorization' },
    {
      t: 'p',
      text: 'The system connects to one external service that does not hold a FedRAMP authorization: the agency-operated loan origination data feed, which is connected through a site-to-site IPsec tunnel governed by an interconnection security agreement. No federal data is sent to any non-authorized commercial service.',
    },
    { t: 'h1', text: '8 Illustrated Architecture and Narratives' },
    { t: 'p', text: '[Figure 8-1: KGA Authorization Boundary Diagram — see KGA_ABD_v2.3.vsdx]', italic: true },
    { t: 'p', text: sentences('SC', c, rng, 3) },
    { t: 'p', text: sentences('AU', c, rng, 3) },
    { t: 'p', text: '[Figure 8-2: KGA Data Flow Diagram — federal data at rest and in transit]', italic: true },
    { t: 'p', text: sentences('SC', c, rng, 2) + ' ' + sentences('IA', c, rng, 2) },
    { t: 'h1', text: '9 Services, Ports, and Protocols' },
    {
      t: 'table',
      rows: [
        ['Service Name', 'Port Numbers', 'Transport Protocol', 'Reference #', 'Purpose'],
        ['HTTPS', '443', 'TCP', '1', 'Customer web and API access'],
        ['SSH', '22', 'TCP', '2', 'Administrative access through bastion only'],
        ['PostgreSQL', '5432', 'TCP', '3', 'Application to database, private subnets'],
        ['Syslog over TLS', '6514', 'TCP', '4', 'Log forwarding to SIEM'],
        ['NTP', '123', 'UDP', '5', 'Time synchronization with Amazon Time Sync Service'],
      ],
    },
    { t: 'h1', text: '10 Cryptographic Modules Implemented for Data At Rest (DAR) and Data In Transit (DIT)' },
    {
      t: 'table',
      rows: [
        ['Type', 'FIPS 140 Validated Module Name', 'Certificate #', 'Usage', 'Where Used'],
        ['DIT', 'AWS-LC Cryptographic Module', '4631', 'TLS 1.2/1.3 termination', 'Application load balancers'],
        ['DAR', 'AWS Key Management Service HSM', '4523', 'Envelope encryption of RDS and S3', 'Data tier'],
        ['DIT', 'OpenSSL FIPS Provider 3.0.8', '4282', 'Service mesh mTLS', 'EKS worker nodes'],
      ],
    },
    { t: 'h1', text: '11 Separation of Duties' },
    { t: 'p', text: 'Roles and the privileges assigned to them are described in the Separation of Duties Matrix, maintained as an attachment to this section. No single individual can both approve and deploy a production change.' },
    { t: 'h1', text: '12 SSP Appendices List' },
    {
      t: 'bullets',
      items: [
        'Appendix A: FedRAMP Moderate Security Controls',
        'Appendix C: Information Security Policies and Procedures',
        'Appendix D: User Guide',
        'Appendix E: Digital Identity Worksheet',
        'Appendix F: Rules of Behavior',
        'Appendix G: Information System Contingency Plan',
        'Appendix H: Configuration Management Plan',
        'Appendix I: Incident Response Plan',
        'Appendix J: CIS and CRM Workbook',
        'Appendix K: FIPS 199 Worksheet',
        'Appendix L: CSO-Specific Required Laws and Regulations',
        'Appendix M: Integrated Inventory Workbook',
        'Appendix O: POA&M',
        'Appendix P: Supply Chain Risk Management Plan',
        'Appendix Q: Cryptographic Modules Table',
      ],
    },
    { t: 'break' },
    { t: 'h1', text: 'Appendix A FedRAMP Moderate Security Controls' },
    { t: 'p', text: `The following sections describe how ${c.short} implements each control. Where the customer is responsible for part of a control, the responsibility is described in the CIS and CRM Workbook.` },
  ];
  for (const fam of families) {
    const [code, title] = fam.split('|');
    body.push({ t: 'h2', text: `${code} ${title}` });
    for (const ctrl of controls.filter((x) => x.family === code)) body.push(...controlTablesDocx(ctrl, c, rng));
  }
  const data = await makeDocx({
    seed: 'kestrel-ssp',
    headings: 'styles',
    core: {
      title: 'FedRAMP System Security Plan (SSP) Moderate Baseline Template',
      subject: 'Rev5 SSP',
      creator: 'FedRAMP PMO',
      lastModifiedBy: c.isso,
      revision: 47,
      created: '2023-06-30T14:02:00Z',
      modified: '2025-06-20T21:44:00Z',
    },
    cover: [
      { t: 'spacer', lines: 3 },
      { t: 'title', text: c.csp, size: 14 },
      { t: 'title', text: `${c.cso} (${c.short})`, size: 26 },
      { t: 'title', text: 'System Security Plan', size: 24 },
      { t: 'p', text: 'FedRAMP Rev. 5 — Moderate Impact — Software as a Service (SaaS)', align: 'center' },
      { t: 'p', text: 'Version 2.3 | June 20, 2025', align: 'center' },
      { t: 'spacer', lines: 2 },
      { t: 'kv', rows: [['Prepared by', `${c.csp}, ${c.address}`], ['With support from', CONSULTANCY], ['Prepared for', `${c.agency} (${c.agencyShort})`]] },
      { t: 'p', text: 'CONTROLLED UNCLASSIFIED INFORMATION', align: 'center', bold: true },
      { t: 'break' },
    ],
    header: `${c.short} System Security Plan | Version 2.3 | CUI`,
    footer: `${c.csp} — Proprietary`,
    body,
  });
  return {
    file: 'Final_v7.docx',
    expected: 'SSP',
    note: 'Kestrel Rev5 Moderate System Security Plan in Word: cover page, revision history, approvals, TOC, sections 1-12 and Appendix A control implementation tables; metadata title left from the FedRAMP template.',
    data,
  };
}

/** Bluefin's Rev4 SSP printed to PDF: title on the first page only, then dozens of pages of controls. */
export async function bluefinSspPdf(): Promise<CorpusDoc> {
  const c = BLUEFIN;
  const rng = new Rng('bluefin-ssp');
  const controls = pickControls(rng, 150);
  const blocks: PdfBlock[] = [
    { t: 'spacer', h: 110 },
    { t: 'title', text: c.csp, size: 16 },
    { t: 'title', text: c.cso, size: 26 },
    { t: 'title', text: 'FedRAMP System Security Plan (SSP)', size: 22 },
    { t: 'p', text: 'High Baseline — Platform as a Service', center: true, size: 13 },
    { t: 'spacer', h: 40 },
    { t: 'p', text: 'Version 4.1', center: true, size: 12 },
    { t: 'p', text: 'April 11, 2025', center: true, size: 12 },
    { t: 'spacer', h: 120 },
    { t: 'p', text: 'Company Sensitive and Proprietary — For Authorized Use Only', center: true, size: 9, italic: true },
    { t: 'break' },
    { t: 'h2', text: 'Prepared by' },
    { t: 'table', header: false, rows: [['Organization Name', c.csp], ['Street Address', '44 Wharf Street, 6th Floor'], ['City, State Zip', 'Baltimore, MD 21202']], widths: [35, 65] },
    { t: 'h2', text: 'Prepared for' },
    { t: 'table', header: false, rows: [['Organization Name', `${c.agency} (${c.agencyShort})`], ['Street Address', '700 Pennsylvania Avenue NW'], ['City, State Zip', 'Washington, DC 20408']], widths: [35, 65] },
    { t: 'h2', text: 'Revision History' },
    pdfRevisionTable([
      ['02/14/2022', 'Initial release for JAB readiness', '1.0', 'H. Nguyen'],
      ['03/30/2023', 'Annual update; new Texas region added', '3.0', 'H. Nguyen'],
      ['04/19/2024', 'Annual update', '4.0', 'Tallgrass Compliance Group'],
      ['04/11/2025', 'Annual update; updated Attachment 13 reference and leveraged services', '4.1', 'H. Nguyen'],
    ]),
    { t: 'h2', text: 'How to contact us' },
    { t: 'p', text: `For questions about this document, contact the ${c.short} ISSO, ${c.isso}, at isso@${c.domain}.` },
    { t: 'break' },
    { t: 'h1', text: '1. Information System Name/Title' },
    { t: 'p', text: `This System Security Plan provides an overview of the security requirements for ${c.cso} (${c.short}) and describes the controls in place or planned for implementing to provide a level of security appropriate for the information processed by the system.` },
    { t: 'table', rows: [['Unique Identifier', 'Information System Name', 'Information System Abbreviation'], ['FR2104127733', c.cso, c.short]], widths: [30, 45, 25] },
    { t: 'h1', text: '2. Information System Categorization' },
    { t: 'p', text: 'The overall information system sensitivity categorization is recorded in the table that follows. Directions for attaching the FIPS 199 document may be found in Attachment 10.' },
    { t: 'table', rows: [['System Sensitivity Level'], ['High']] },
    { t: 'h2', text: '2.1 Information Types' },
    {
      t: 'table',
      rows: [
        ['Information Type (NIST SP 800-60 identifier)', 'Confidentiality', 'Integrity', 'Availability'],
        ['Records Retention (C.3.5.2)', 'Moderate', 'High', 'Moderate'],
        ['Information Management (C.3.5.3)', 'Moderate', 'Moderate', 'Low'],
        ['Official Information Dissemination (D.20.1)', 'Low', 'High', 'Moderate'],
        ['Personal Identity and Authentication (D.21.1 privacy)', 'High', 'High', 'Moderate'],
      ],
    },
    { t: 'h2', text: '2.2 Security Objectives Categorization (FIPS 199)' },
    { t: 'table', rows: [['Security Objective', 'Low, Moderate or High'], ['Confidentiality', 'High'], ['Integrity', 'High'], ['Availability', 'Moderate']] },
    { t: 'h2', text: '2.3 Digital Identity Determination' },
    { t: 'p', text: 'The digital identity information may be found in Attachment 3, Digital Identity Worksheet. Digital Identity Level: Level 3 (IAL3, AAL3, FAL3).' },
    { t: 'h1', text: '3. Information System Owner' },
    { t: 'table', header: false, rows: [['Name', c.owner], ['Title', 'Chief Operating Officer'], ['Company / Organization', c.csp], ['Address', c.address], ['Phone Number', '410-555-0187'], ['Email Address', `lfarrow@${c.domain}`]], widths: [35, 65] },
    { t: 'h1', text: '4. Authorizing Officials' },
    { t: 'p', text: `Agency Authorizing Official: ${c.ao}, ${c.aoTitle}, ${c.agency}.` },
    { t: 'h1', text: '5. Other Designated Contacts' },
    { t: 'table', header: false, rows: [['Name', c.engineer], ['Title', 'Director of Platform Engineering'], ['Email Address', `smarchetti@${c.domain}`], ['Name', 'Omar Haddad'], ['Title', 'Compliance Program Manager'], ['Email Address', `ohaddad@${c.domain}`]], widths: [35, 65] },
    { t: 'h1', text: '6. Assignment of Security Responsibility' },
    { t: 'p', text: `The Information System Security Officer is ${c.isso} (isso@${c.domain}, 410-555-0110).` },
    { t: 'h1', text: '7. Information System Operational Status' },
    { t: 'p', text: '[X] Operational — The system is operating and in production.   [ ] Under Development   [ ] Major Modification' },
    { t: 'h1', text: '8. Information System Type' },
    { t: 'h2', text: '8.1 Cloud Service Models' },
    { t: 'p', text: '[ ] Infrastructure as a Service (IaaS)   [X] Platform as a Service (PaaS)   [ ] Software as a Service (SaaS)' },
    { t: 'h2', text: '8.2 Cloud Deployment Models' },
    { t: 'p', text: '[ ] Public   [ ] Private   [X] Government Only Community   [ ] Hybrid' },
    { t: 'h2', text: '8.3 Leveraged Authorizations' },
    { t: 'table', rows: [['Information System Name', 'Service Provider Owner', 'Date Granted'], ['Microsoft Azure Government (High)', 'Microsoft Corporation', '10/24/2016']] },
    { t: 'h1', text: '9. General System Description' },
    { t: 'h2', text: '9.1 System Function or Purpose' },
    ...systemDescription(c).map((text): PdfBlock => ({ t: 'p', text })),
    { t: 'h2', text: '9.2 Information System Components and Boundaries' },
    { t: 'p', text: sentences('SC', c, rng, 4) },
    { t: 'h2', text: '9.3 Types of Users' },
    { t: 'table', rows: [['Role', 'Internal or External', 'Sensitivity Level', 'Authorized Privileges and Functions Performed'], ['Platform Administrator', 'Internal', 'High Risk (Tier 5)', 'Full administrative access through PIM'], ['Records Officer (agency)', 'External', 'N/A', 'Configure retention schedules for agency tenant'], ['Archivist (agency)', 'External', 'N/A', 'Search, view and export records'], ['Support Analyst', 'Internal', 'Moderate Risk (Tier 2)', 'Ticket handling, no access to record content']], widths: [25, 15, 20, 40] },
    { t: 'h2', text: '9.4 Network Architecture' },
    { t: 'p', text: sentences('SC', c, rng, 3) + ' ' + sentences('AC', c, rng, 2) },
    { t: 'h1', text: '10. System Environment and Inventory' },
    { t: 'p', text: 'The system inventory is provided in Attachment 13, FedRAMP Integrated Inventory Workbook, and is updated monthly as part of continuous monitoring.' },
    { t: 'h2', text: '10.1 Data Flow' },
    { t: 'p', text: sentences('SC', c, rng, 3) },
    { t: 'h2', text: '10.2 Ports, Protocols and Services' },
    { t: 'table', rows: [['Ports (TCP/UDP)', 'Protocols', 'Services', 'Purpose', 'Used By'], ['443 TCP', 'HTTPS', 'Front Door / App Gateway', 'User and API access', 'Agency users'], ['1433 TCP', 'TDS', 'Azure SQL Managed Instance', 'Records metadata', 'Application tier'], ['22 TCP', 'SSH', 'Azure Bastion', 'Administration', 'Platform administrators']] },
    { t: 'h1', text: '11. System Interconnections' },
    { t: 'p', text: 'There is one interconnection: the FRPA Electronic Records Archive ingest service, connected through ExpressRoute under an ISA signed on 03/02/2023.' },
    { t: 'h1', text: '12. Laws, Regulations, Standards and Guidance' },
    { t: 'p', text: 'The applicable laws, regulations, standards and guidance are listed in Attachment 12, FedRAMP Laws and Regulations, and include the Federal Records Act (44 U.S.C. Chapter 31), FISMA 2014 and OMB Circular A-130.' },
    { t: 'h1', text: '13. Minimum Security Controls' },
    { t: 'p', text: 'Security controls must meet minimum security control baseline requirements. The following sections describe the implementation of each control of the FedRAMP High baseline. Control enhancements are marked with the baselines they apply to.' },
  ];
  for (const ctrl of controls) {
    blocks.push({ t: 'h3', text: `${ctrl.id} ${ctrl.title} (L)(M)(H)` });
    blocks.push({ t: 'p', text: ctrl.parts.map((p) => p.prose).join(' '), size: 9 });
    blocks.push({
      t: 'table',
      header: true,
      widths: [40, 60],
      rows: [
        [`${ctrl.id}`, 'Control Summary Information'],
        ['Responsible Role:', rng.pick(['ISSO', 'Platform Engineering', 'Security Operations', 'Compliance Program Manager'])],
        ['Implementation Status (check all that apply):', '[X] Implemented  [ ] Partially implemented  [ ] Planned  [ ] Alternative implementation  [ ] Not applicable'],
        ['Control Origination (check all that apply):', ctrl.family === 'PE' ? '[X] Inherited from pre-existing FedRAMP Authorization for Azure Government' : '[X] Service Provider Corporate  [ ] Service Provider System Specific  [ ] Shared'],
      ],
    });
    blocks.push({
      t: 'table',
      header: true,
      widths: [15, 85],
      rows: [[`${ctrl.id}`, 'What is the solution and how is it implemented?'], ...implementation(ctrl, c, rng).map((p) => [p.label, p.text])],
    });
  }
  blocks.push({ t: 'h1', text: '14. Acronyms' });
  blocks.push({ t: 'p', text: 'The FedRAMP Master Acronym and Glossary contains definitions for all FedRAMP publications.' });
  blocks.push({ t: 'h1', text: '15. Attachments' });
  blocks.push({
    t: 'bullets',
    items: [
      'Attachment 1 Information Security Policies and Procedures',
      'Attachment 2 User Guide',
      'Attachment 3 Digital Identity Worksheet',
      'Attachment 4 PTA / PIA',
      'Attachment 5 Rules of Behavior',
      'Attachment 6 Information System Contingency Plan',
      'Attachment 7 Configuration Management Plan',
      'Attachment 8 Incident Response Plan',
      'Attachment 9 Control Implementation Summary (CIS) Workbook',
      'Attachment 10 FIPS 199',
      'Attachment 11 Separation of Duties Matrix',
      'Attachment 12 FedRAMP Laws and Regulations',
      'Attachment 13 FedRAMP Integrated Inventory Workbook',
    ],
  });
  const data = await makePdf({
    page: 'letter',
    font: 'times',
    size: 10,
    meta: {
      title: 'Microsoft Word - BRV_SSP_v4.1_FINAL.docx',
      author: 'hnguyen',
      creator: 'PScript5.dll Version 5.2.2',
      producer: 'Acrobat Distiller 19.0 (Windows)',
      created: new Date('2025-04-11T18:22:41Z'),
      modified: new Date('2025-04-11T18:23:07Z'),
    },
    header: () => `${c.short} | Version 4.1 | April 11, 2025`,
    headerFromPage: 2,
    footer: (n, t) => `Controlled Unclassified Information                                                                                    Page ${n} of ${t}`,
    blocks,
  });
  return {
    file: 'doc-0412.pdf',
    expected: 'SSP',
    note: 'Bluefin Rev4 High System Security Plan printed to PDF: "System Security Plan" appears only on the cover, followed by dozens of pages of Rev4 sections 1-15 and control summary/solution tables.',
    data,
  };
}

function replaceAll(text: string, pairs: [string, string][]): string {
  let out = text;
  for (const [a, b] of pairs) out = out.split(a).join(b);
  return out;
}

/** Quillon's OSCAL JSON SSP, built from FedRAMP's official template with the sample values replaced. */
export async function quillonSspJson(): Promise<CorpusDoc> {
  const c = QUILLON;
  const raw = readFileSync(sharedFixture('gsa-fedramp-automation/templates/FedRAMP-SSP-OSCAL-Template.json'), 'utf8');
  const filled = replaceAll(raw, [
    ['[SAMPLE]', ''],
    ['[EXAMPLE]', ''],
    ['[Insert CSO Name]', c.cso],
    ["System's Full Name", c.cso],
    ["System's Short Name or Acronym", c.short],
    ['Cloud Service Provider (CSP) Name', c.csp],
    ['Name of Consulting Org', CONSULTANCY],
    ['Agency Name', c.agency],
    ['Person Name 1', c.owner],
    ['Person Name 2', c.isso],
    ['Person Name 3', c.ciso],
    ['Person Name 4', c.engineer],
    ['Person Name 5', 'Gareth Lowell'],
    ['Person Name 6', 'Noor Haddadin'],
    ['Person Name 7', 'Victor Salgado'],
    ['[specify frequency]', 'monthly'],
  ]);
  const doc = JSON.parse(filled) as { 'system-security-plan': Record<string, unknown> & { metadata: Record<string, unknown>; 'system-characteristics': Record<string, unknown> } };
  const ssp = doc['system-security-plan'];
  ssp.metadata.title = `${c.cso} (${c.short}) System Security Plan`;
  ssp.metadata['last-modified'] = '2025-05-30T15:10:00Z';
  ssp.metadata.version = '3.0';
  const sc = ssp['system-characteristics'];
  sc.description = `${c.cso} is delivered as an Infrastructure as a Service offering using a multi-tenant government-only community cloud computing environment. It is available to federal agencies and to federal contractors that operate systems on their behalf. ${fill('Compute, block storage and virtual networking are provided from {cloud}; customers provision resources through a portal and an API, and Quillon operates the hypervisor, storage and network layers.', c)}`;
  sc['security-sensitivity-level'] = 'fips-199-high';
  const data = `${JSON.stringify(doc, null, 2)}\n`;
  return {
    file: 'upload (3).json',
    expected: 'SSP',
    note: 'Quillon OSCAL 1.0.4 system-security-plan in JSON, derived from the FedRAMP SSP OSCAL template with the sample names replaced by the client data.',
    data,
  };
}

/** Northwind's LI-SaaS SSP in OSCAL XML, adapted from GSA's AwesomeCloud example package. */
export async function northwindSspXml(): Promise<CorpusDoc> {
  const c = NORTHWIND;
  const raw = readFileSync(sharedFixture('gsa-fedramp-automation-develop/src/content/awesome-cloud/xml/AwesomeCloudSSP1.xml'), 'utf8');
  const data = replaceAll(raw, [
    ['<title>AwesomeCloud SSP</title>', `<title>${c.cso} System Security Plan (FedRAMP Tailored LI-SaaS)</title>`],
    ['2023-05-11T10:57:30-04:00', '2025-02-03T09:15:00-05:00'],
    ['AwesomeCloudHLA', 'HarborCaseHLA'],
    ['AwesomeCloud hosts a public facing web application that collects surveys from consumers on their favorite condiments', `${c.cso} hosts a web application used by grant program staff to manage grantee case files and correspondence`],
    ['AwesomeCloud', 'HarborCase'],
    ['Jon Doe', c.owner],
    ['Tony Stark', 'Marisol Vega'],
    ['Eliot Dottie', c.engineer],
  ]);
  return {
    file: 'HarborCase_SSP_export.xml',
    expected: 'SSP',
    note: 'Northwind OSCAL XML system-security-plan (exported from their GRC tool), adapted from the GSA AwesomeCloud example SSP.',
    data,
  };
}
