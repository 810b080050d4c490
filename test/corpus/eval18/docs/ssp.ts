import type { Block } from '../kit/model.js';
import { h1, h2, h3, p, pagebreak, table, title } from '../kit/model.js';
import { FOOTER, G, HEADER, groupFront } from '../kit/group.js';
import { renderDocx } from '../kit/docx.js';
import { renderPdf } from '../kit/pdf.js';
import type { EvalDoc } from './types.js';

type Ctl = readonly [id: string, name: string, role: string, params: string, status: string, origin: string, parts: readonly (readonly [string, string])[]];

/** Control implementation statements in the FedRAMP SSP template's shape (summary table + "what is the solution"). */
export const CONTROLS: readonly Ctl[] = [
  ['AC-2', 'Account Management', 'NFCP Identity Engineering Lead; ISSO', 'AC-2(h)(1): twenty-four (24) hours; AC-2(h)(2): eight (8) hours; AC-2(j): monthly for privileged, quarterly for non-privileged', 'Implemented', 'Service Provider Corporate; Service Provider System Specific', [
    ['Part a', 'NFCP defines the account types permitted on the platform as individual administrator accounts, break-glass emergency accounts held in the hardware-backed vault, service principals bound to workload identities and tenant (customer) accounts. Group and shared accounts are prohibited within the authorization boundary.'],
    ['Part b', 'Account managers are assigned per account type in the NFCP Access Control Procedure (NFCP-PRO-AC-01), which is provided as Attachment 1 to this System Security Plan.'],
    ['Part c', 'Group and role membership prerequisites are expressed as entitlements in the identity governance tool; a request cannot be submitted unless the requester holds a current background investigation record and has signed the Rules of Behavior (Attachment 5).'],
    ['Part d', 'Authorized users, group membership and access authorizations are recorded in the identity governance tool, which is the authoritative source for the account inventory.'],
    ['Part h', 'HR leaver events are consumed from the US subsidiary HRIS; accounts are disabled automatically within eight hours of termination and within twenty-four hours of a transfer.'],
  ]],
  ['AC-2(3)', 'Disable Accounts', 'Identity Engineering Lead', 'ninety (90) days for user accounts', 'Implemented', 'Service Provider System Specific', [
    ['Req.', 'An inactivity job runs nightly at 02:00 UTC against the federal directory and disables any account without interactive authentication for ninety days; service principals are excluded and reviewed under AC-2(j).'],
  ]],
  ['AC-6(9)', 'Log Use of Privileged Functions', 'Security Operations Manager', 'n/a', 'Implemented', 'Service Provider System Specific', [
    ['Req.', 'All privileged sessions are brokered through the privileged access gateway; every command executed through the gateway is streamed to the central log platform in the federal logging account and retained for one year online and three years in archive.'],
  ]],
  ['AC-17', 'Remote Access', 'Network Engineering Lead', 'n/a', 'Implemented', 'Service Provider System Specific', [
    ['Part a', 'Remote administrative access is permitted only from managed endpoints enrolled in the federal device management tenant, through the FIPS 140-3 validated VPN concentrator, followed by phishing-resistant multi-factor authentication at the privileged access gateway.'],
    ['Part b', 'Each type of remote access is authorized by the System Owner before connection is allowed, as recorded in the remote access register maintained by the ISSO.'],
  ]],
  ['AU-2', 'Event Logging', 'Security Operations Manager', 'AU-2(a): successful and unsuccessful account logon events, account management events, object access, policy change, privilege functions, process tracking and system events; AU-2(c): annually', 'Implemented', 'Service Provider System Specific', [
    ['Part a', 'The event types identified in the parameter are collected from every hypervisor, container host, database and network device within the boundary.'],
    ['Part c', 'The list of audited events is reviewed annually by the Security Operations Manager together with the ISSO and whenever a significant change is approved.'],
  ]],
  ['AU-6', 'Audit Record Review, Analysis, and Reporting', 'Security Operations Manager', 'AU-6(a): at least weekly', 'Implemented', 'Service Provider System Specific', [
    ['Part a', 'Correlation rules in the SIEM run continuously; a security analyst reviews the weekly audit summary and records the review in the SOC ticketing system.'],
    ['Part b', 'Findings are reported to the ISSO and, where they constitute an incident, handled according to the Incident Response Plan (Attachment 8).'],
  ]],
  ['CA-7', 'Continuous Monitoring', 'ISSO', 'CA-7(g): monthly to the authorizing official', 'Implemented', 'Service Provider Corporate', [
    ['Req.', 'NFCP follows the FedRAMP Continuous Monitoring Strategy Guide: monthly operating system, database and web application scans, an updated POA&M and inventory submitted to the agency repository, and an annual assessment by the 3PAO.'],
  ]],
  ['CM-2', 'Baseline Configuration', 'Platform Engineering Lead', 'CM-2(b)(1): at least annually; CM-2(b)(2): when required due to a significant change', 'Implemented', 'Service Provider System Specific', [
    ['Part a', 'Baseline configurations are defined as code in the platform repository and derived from the DISA STIG or CIS Level 2 benchmark for each component; deviations are recorded in the Configuration Management Plan (Attachment 7).'],
    ['Part b', 'Baselines are reviewed annually and on every significant change request.'],
  ]],
  ['CM-8', 'System Component Inventory', 'Platform Engineering Lead', 'CM-8(b): at least monthly', 'Implemented', 'Service Provider System Specific', [
    ['Req.', 'The authoritative inventory is generated from the cloud control plane APIs and the configuration management database; it is reconciled monthly against the scan targets and delivered as the Integrated Inventory Workbook (Attachment 13).'],
  ]],
  ['CP-9', 'System Backup', 'Site Reliability Engineering Lead', 'CP-9(a): daily incremental, weekly full; CP-9(b) and (c): daily', 'Implemented', 'Service Provider System Specific', [
    ['Req.', 'Tenant data and system-level information are backed up to a geographically separate federal region with immutable retention of thirty-five days; backups are encrypted with customer-managed keys held in FIPS 140-3 Level 3 HSMs.'],
  ]],
  ['IA-2(1)', 'Multi-factor Authentication to Privileged Accounts', 'Identity Engineering Lead', 'n/a', 'Implemented', 'Service Provider System Specific', [
    ['Req.', 'Privileged users authenticate with FIDO2 security keys or PIV cards; password-only authentication is disabled for every privileged interface.'],
  ]],
  ['IR-4', 'Incident Handling', 'Incident Response Manager', 'n/a', 'Implemented', 'Service Provider Corporate', [
    ['Req.', 'Incident handling follows the NFCP Incident Response Plan, coordinated with the group CSIRT in Frankfurt under a follow-the-sun model while keeping federal incident data within US-person-only teams.'],
  ]],
  ['RA-5', 'Vulnerability Monitoring and Scanning', 'Vulnerability Management Lead', 'RA-5(a): monthly operating system, web application and database; RA-5(d): high-risk within thirty (30) days, moderate-risk within ninety (90) days, low-risk within one hundred and eighty (180) days', 'Implemented', 'Service Provider System Specific', [
    ['Part a', 'Authenticated scans of all hosts, databases and web applications are executed at least monthly and when new vulnerabilities are announced.'],
    ['Part d', 'Vulnerabilities are remediated within the parameter timeframes; open items are tracked in the POA&M.'],
  ]],
  ['SC-7', 'Boundary Protection', 'Network Engineering Lead', 'n/a', 'Implemented', 'Service Provider System Specific', [
    ['Part a', 'The boundary is monitored at the managed edge (web application firewall and DDoS protection), at the inspection VPC and at each tenant segment.'],
    ['Part c', 'Connections to external networks pass only through the managed interfaces described in Section 10.3.'],
  ]],
  ['SC-13', 'Cryptographic Protection', 'Security Architect', 'SC-13(b): FIPS-validated cryptography', 'Implemented', 'Service Provider System Specific', [
    ['Req.', 'All cryptographic modules used to protect federal data are FIPS 140-3 validated; certificate numbers are listed in Appendix Q (Cryptographic Modules Table).'],
  ]],
  ['SI-4', 'System Monitoring', 'Security Operations Manager', 'n/a', 'Partially Implemented', 'Service Provider System Specific', [
    ['Part a', 'Host-based intrusion detection is deployed on all hosts; network detection at the inspection VPC.'],
    ['Part d', 'Monitoring of the tenant management API for anomalous administrative patterns is partially implemented; the remaining work is tracked as POA&M item V-2026-014.'],
  ]],
  ['SR-3', 'Supply Chain Controls and Processes', 'Supply Chain Risk Manager', 'n/a', 'Implemented', 'Service Provider Corporate', [
    ['Req.', 'Supply chain controls are described in the Supply Chain Risk Management Plan (Attachment 14); hardware is procured only from the approved original equipment manufacturers list.'],
  ]],
];

export function controlBlocks(ctls: readonly Ctl[]): Block[] {
  const out: Block[] = [];
  for (const [id, name, role, params, status, origin, parts] of ctls) {
    out.push(h3(`${id} ${name}`));
    out.push(
      table([
        [`${id} Control Summary Information`, ''],
        ['Responsible Role:', role],
        ['Parameter:', params],
        ['Implementation Status (check all that apply):', `☒ ${status}`],
        ['Control Origination (check all that apply):', `☒ ${origin}`],
      ]),
    );
    out.push(table([[`${id} What is the solution and how is it implemented?`, ''], ...parts.map(([a, t]) => [a, t])]));
  }
  return out;
}

const ssp1Front = groupFront({
  docId: 'GCO-FED-SSP-001',
  version: '3.2',
  status: 'Approved for submission',
  owner: `${G.complianceLead}, Compliance Lead FedRAMP Programme`,
  approver: `${G.systemOwner}, System Owner`,
  reviewer: `${G.isso} (ISSO); ${G.architect} (Security Architecture)`,
  date: '29/11/2026',
  nextReview: '29/11/2027',
  revisions: [
    ['1.0', '14/02/2026', 'P. Raghunathan', 'Initial draft from the FedRAMP High SSP template (Rev5).'],
    ['2.0', '03.06.2026', 'M. Brenneke', 'Alignment of control statements with group ISMS controls; C5 mapping removed from the body.'],
    ['3.0', '2026-09-18', 'D. Whitfield', 'Agency comments from FGAA SSP review incorporated; boundary diagram revised.'],
    ['3.2', '29/11/2026', 'P. Raghunathan', 'Updated for the annual assessment; inventory reconciled with Attachment 13.'],
  ],
  approvals: [
    ['System Owner', G.systemOwner],
    ['Group CISO', G.ciso],
    ['Head of Global Compliance', G.headCompliance],
  ],
  distribution: [
    `${G.ao} — ${G.agency} (Authorizing Official)`,
    `${G.tpaoLead} — ${G.tpao}`,
    'FedRAMP PMO — via the secure repository',
    `${G.isms} — Group ISMS Office, Frankfurt`,
  ],
  legal: true,
  toc: [
    '1 Information System Name/Title',
    '2 Information System Categorization',
    '3 Information System Owner',
    '4 Authorizing Official',
    '5 Other Designated Contacts',
    '6 Assignment of Security Responsibility',
    '7 Information System Operational Status',
    '8 Information System Type',
    '9 General System Description',
    '10 System Environment and Inventory',
    '11 System Interconnections',
    '12 Laws, Regulations, Standards and Guidance',
    '13 Minimum Security Controls',
    '14 Attachments',
  ],
});

function sspBody(ctls: readonly Ctl[]): Block[] {
  return [
    h1('1 Information System Name/Title'),
    p(`This System Security Plan provides an overview of the security requirements for the ${G.cso} (${G.csoShort}) and describes the controls in place or planned for implementation to provide a level of security appropriate for the information to be transmitted, processed or stored by the system. Information security is vital to our critical infrastructure and its effective performance and protection is a key component of our national security programme; proper management of information technology systems is essential to ensure the confidentiality, integrity and availability of the data transmitted, processed or stored by the ${G.csoShort} information system.`),
    p(`The security safeguards implemented for the ${G.csoShort} system meet the policy and control requirements set forth in this System Security Plan. All systems are subject to monitoring consistent with applicable laws, regulations, agency policies, procedures and practices.`),
    table([
      ['Unique Identifier', 'Information System Name', 'Information System Abbreviation'],
      [G.fedId, G.cso, G.csoShort],
    ]),
    h1('2 Information System Categorization'),
    p('The overall information system sensitivity categorization is recorded in the table below, using FIPS 199 and NIST SP 800-60. The detailed categorization and the information types are provided in Attachment 10, FIPS 199 Categorization.'),
    table([['Security Categorization', 'High']]),
    h2('2.1 Information Types'),
    table([
      ['Information Type (NIST SP 800-60 identifier)', 'Confidentiality', 'Integrity', 'Availability'],
      ['C.3.5.1 System Development', 'Low', 'Moderate', 'Low'],
      ['D.2.1 Grants Management / Federal Financial Assistance', 'High', 'High', 'Moderate'],
      ['C.2.8.12 Personal Identity and Authentication', 'Moderate', 'Moderate', 'Moderate'],
      ['C.3.5.8 Information Security', 'High', 'High', 'High'],
    ]),
    h2('2.2 Security Objectives Categorization (FIPS 199)'),
    table([
      ['Security Objective', 'Low, Moderate or High'],
      ['Confidentiality', 'High'],
      ['Integrity', 'High'],
      ['Availability', 'High'],
    ]),
    h2('2.3 Digital Identity Determination'),
    p('The digital identity information is found in Attachment 3, Digital Identity Worksheet. The digital identity level is Level 3 (IAL3/AAL3/FAL3).'),
    h1('3 Information System Owner'),
    table([
      ['Name', G.systemOwner],
      ['Title', 'President and System Owner'],
      ['Company / Organization', G.sub],
      ['Address', G.subAddr],
      ['Phone Number', '+1 703 555 0142'],
      ['Email Address', 'jonathan.mercer@nordhaus-federal.example'],
    ]),
    h1('4 Authorizing Official'),
    p(`The Authorizing Official (AO) for this information system is ${G.ao}, ${G.aoTitle}, ${G.agency}.`),
    h1('5 Other Designated Contacts'),
    table([
      ['Role', 'Name', 'Organisation', 'Email'],
      ['Information System Security Officer', G.isso, G.sub, 'dana.whitfield@nordhaus-federal.example'],
      ['Technical Point of Contact', G.sre, G.sub, 'rohan.mehta@nordhaus-federal.example'],
      ['Compliance Point of Contact', G.complianceLead, G.group, 'priya.raghunathan@nordhaus.example'],
    ]),
    h1('6 Assignment of Security Responsibility'),
    p(`The Information System Security Officer (ISSO), or equivalent, has been appointed in writing and is deemed to have significant cyber and operational role responsibilities. The ISSO is a US person employed by ${G.sub}; group-level functions in Frankfurt and Pune provide engineering support without logical access to federal customer data.`),
    h1('7 Information System Operational Status'),
    table([['☒ Operational', 'The system is operating and in production.'], ['☐ Under Development', ''], ['☐ Major Modification', '']], false),
    h1('8 Information System Type'),
    p('The cloud service model is Infrastructure-as-a-Service with a managed Platform-as-a-Service layer for databases and containers. The deployment model is Government Only Cloud, deployed in two US regions operated exclusively by US persons.'),
    h2('8.1 Leveraged FedRAMP Authorizations'),
    table([
      ['Leveraged Information System Name', 'Leveraged Service Provider Owner', 'Date Granted'],
      ['Colocation and physical facilities (data centre services)', 'Ironbridge Data Centers, LLC', '2024-03-11'],
    ]),
    h1('9 General System Description'),
    p(`${G.csoShort} provides federal agencies with compute, block and object storage, managed PostgreSQL and a managed Kubernetes service from two dedicated US regions. The service is operated by ${G.sub}, a wholly owned subsidiary of ${G.group}, under a proxy agreement that separates federal operations from the commercial regions operated from Frankfurt, Dublin and Pune.`),
    h2('9.1 System Function or Purpose'),
    p(`The system enables the ${G.agencyShort} grants analytics programme and other leveraging agencies to host mission applications that process controlled unclassified information, including grants management records and personally identifiable information of grant applicants.`),
    h2('9.2 Information System Components and Boundaries'),
    p('The authorization boundary includes the control plane, the hypervisor fleet, the storage clusters, the managed database and Kubernetes services, the security tooling accounts and the administrative access path from the privileged access gateway inward. Corporate collaboration tools, the group HR system and the commercial regions are outside the boundary and are shown as external services in Figure 9-1.'),
    h2('9.3 Types of Users'),
    table([
      ['Role', 'Internal or External', 'Privileged, Non-Privileged or No Logical Access', 'Sensitivity Level', 'Authorized Privileges'],
      ['Platform Administrator', 'Internal', 'Privileged', 'Tier 4 (High Risk)', 'Full administrative access to the control plane'],
      ['Security Analyst', 'Internal', 'Privileged', 'Tier 4 (High Risk)', 'Read access to logs, write access to SOC tooling'],
      ['Tenant Administrator', 'External', 'Non-Privileged', 'n/a', 'Administration of own tenant only'],
      ['Group Engineer (Pune)', 'Internal', 'No Logical Access', 'n/a', 'Code contributions through the reviewed pipeline only'],
    ]),
    h2('9.4 Network Architecture'),
    p('The network architecture is organised in three tiers: the managed edge, the inspection and shared services tier, and the tenant tiers. All traffic between tiers passes through stateful inspection and is logged. Figure 9-2 presents the network diagram; data flows are shown in Figure 10-1.'),
    h1('10 System Environment and Inventory'),
    p('Directions for the inventory are provided in Attachment 13, the FedRAMP Integrated Inventory Workbook, which is updated monthly as part of continuous monitoring.'),
    h2('10.1 Data Flow'),
    p('Federal users reach tenant applications through the managed edge over TLS 1.2 or higher with FIPS-validated modules. Administrative users connect over the VPN to the privileged access gateway. Backups replicate to the secondary region over a private, encrypted interconnect.'),
    h2('10.2 Ports, Protocols and Services'),
    table([
      ['Port (TCP/UDP)', 'Protocol', 'Service', 'Purpose', 'Used By'],
      ['443/TCP', 'HTTPS', 'Console and API', 'Tenant and administrative access', 'All users'],
      ['22/TCP', 'SSH', 'sshd via gateway', 'Host administration', 'Platform Administrators'],
      ['5432/TCP', 'PostgreSQL', 'Managed database', 'Tenant databases', 'Tenant workloads'],
      ['6514/TCP', 'Syslog over TLS', 'Log shipping', 'Central logging', 'All components'],
    ]),
    h1('11 System Interconnections'),
    table([
      ['SP IP Address and Interface', 'External Organization Name and IP Address', 'External Point of Contact', 'Connection Security', 'Data Direction', 'Information Being Transmitted'],
      ['Edge 203.0.113.10', 'FGAA Trusted Internet Connection, 198.51.100.0/24', 'FGAA Network Operations', 'IPsec, FIPS 140-3', 'Bi-directional', 'Grants analytics application traffic'],
      ['SIEM 10.40.2.15', 'CISA CLAW (TIC 3.0 telemetry)', 'CISA', 'TLS 1.2', 'Outgoing', 'Security telemetry'],
    ]),
    h1('12 Laws, Regulations, Standards and Guidance'),
    p('The applicable laws and regulations and the applicable standards and guidance are listed in Attachment 12, FedRAMP Laws and Regulations.'),
    h1('13 Minimum Security Controls'),
    p('Security controls must meet minimum security control baseline requirements. The following sections describe how each control of the FedRAMP High baseline is implemented. Only a selection of controls is reproduced in this extract; the complete set is maintained in the OSCAL representation of this SSP, which is authoritative for the control implementation statements.'),
    ...controlBlocks(ctls),
    pagebreak,
    h1('14 Attachments'),
    table([
      ['Attachment', 'Title', 'File Name', 'Version', 'Date'],
      ['1', 'Information Security Policies and Procedures', 'NFCP-A01-PolProc.pdf', '2.1', '2026-10-01'],
      ['2', 'User Guide', 'NFCP-A02-UserGuide.docx', '1.4', '2026-09-12'],
      ['3', 'Digital Identity Worksheet', 'NFCP-A03-DIW.docx', '1.0', '2026-02-14'],
      ['4', 'Privacy Impact Assessment', 'NFCP-A04-PIA.pdf', '1.2', '2026-08-01'],
      ['5', 'Rules of Behavior', 'NFCP-A05-RoB.docx', '1.3', '2026-07-15'],
      ['6', 'Information System Contingency Plan', 'NFCP-A06-ISCP.docx', '2.0', '2026-10-20'],
      ['7', 'Configuration Management Plan', 'NFCP-A07-CMP.md', '2.2', '2026-11-02'],
      ['8', 'Incident Response Plan', 'NFCP-A08-IRP.docx', '2.0', '2026-09-30'],
      ['9', 'CIS and CRM Workbook', 'NFCP-A09-CIS-CRM.xlsx', '3.0', '2026-11-15'],
      ['10', 'FIPS 199 Categorization', 'NFCP-A10-FIPS199.docx', '1.1', '2026-03-01'],
      ['11', 'Separation of Duties Matrix', 'NFCP-A11-SoD.xlsx', '1.2', '2026-06-30'],
      ['12', 'FedRAMP Laws and Regulations', 'NFCP-A12-LawsRegs.xlsx', '1.0', '2026-02-14'],
      ['13', 'Integrated Inventory Workbook', 'NFCP-A13-Inventory.xlsx', 'monthly', '2026-11-05'],
      ['14', 'Supply Chain Risk Management Plan', 'NFCP-A14-SCRMP.pdf', '1.1', '2026-09-01'],
    ]),
  ];
}

export async function sspDocs(): Promise<EvalDoc[]> {
  const docx = await renderDocx({
    blocks: [
      ...ssp1Front.slice(0, 3),
      title(`${G.cso}`, 36),
      title('FedRAMP® High Baseline System Security Plan (SSP)', 44),
      p(`Prepared by ${G.sub} on behalf of ${G.group}`),
      p(`Prepared for the ${G.agency} (${G.agencyShort})`),
      pagebreak,
      ...ssp1Front.slice(3),
      pagebreak,
      ...sspBody(CONTROLS),
    ],
    header: HEADER('GCO-FED-SSP-001', `${G.csoShort} System Security Plan v3.2`),
    footer: FOOTER('GCO-FED-SSP-001'),
    meta: { title: 'NFCP FedRAMP High System Security Plan', subject: 'FedRAMP SSP', creator: G.complianceLead, lastModifiedBy: G.isso, keywords: 'FedRAMP; SSP; High; NFCP' },
    headings: 'styles',
  });

  // The PDF print of the earlier version: metadata left over from another template, headings in bold.
  const pdf = await renderPdf(
    {
      blocks: [
        ...groupFront({
          docId: 'GCO-FED-SSP-001',
          version: '3.0',
          status: 'Submitted to agency for review',
          owner: `${G.complianceLead}, Compliance Lead FedRAMP Programme`,
          approver: `${G.systemOwner}, System Owner`,
          reviewer: `${G.isso} (ISSO)`,
          date: '18.09.2026',
          revisions: [
            ['1.0', '14/02/2026', 'P. Raghunathan', 'Initial draft from the FedRAMP High SSP template (Rev5).'],
            ['2.0', '03.06.2026', 'M. Brenneke', 'Alignment with group ISMS controls.'],
            ['3.0', '18.09.2026', 'D. Whitfield', 'Agency comments incorporated.'],
          ],
        }),
        title('System Security Plan', 40),
        p(`${G.cso} (${G.csoShort}) — FedRAMP High — Version 3.0 as submitted to the ${G.agencyShort} SSP review board on 18 September 2026.`),
        pagebreak,
        ...sspBody(CONTROLS.slice(0, 9)),
      ],
      header: `${G.csoShort} SSP v3.0 — ${'INTERNAL – RESTRICTED'} — Controlled Unclassified Information`,
      footer: 'GCO-FED-SSP-001 v3.0',
      meta: { title: 'Group Template v4 (Word)', creator: 'mbrenneke', subject: '' },
      headings: 'bold',
    },
    { pageSize: 'Letter' },
  );
  return [
    { file: 'upload (3).docx', expected: 'SSP', data: docx, note: 'FedRAMP High SSP (Rev5 template sections 1–14, control summary tables) wrapped in the group template front matter.' },
    { file: 'doc-0412.pdf', expected: 'SSP', data: pdf, note: 'Earlier SSP version printed to PDF; stale metadata title from the group template, cover says "System Security Plan".' },
  ];
}
