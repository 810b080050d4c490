/** System Security Plan outlines: train follows FedRAMP's Rev5 template; holdout is a CSP's own layout. */
import type { Sec } from '../lib/compose.js';
import type { Agency, Csp } from '../lib/parties.js';

const INFO_TYPES: readonly (readonly string[])[] = [
  ['C.3.5.1', 'System Development', 'Low', 'Moderate', 'Low'],
  ['C.3.5.2', 'Lifecycle/Change Management', 'Low', 'Moderate', 'Low'],
  ['C.3.5.8', 'System and Network Monitoring', 'Moderate', 'Moderate', 'Low'],
  ['C.2.8.9', 'Personal Identity and Authentication Information', 'Moderate', 'Moderate', 'Moderate'],
];

/** Rev5 SSP appendices, as listed in FedRAMP's SSP template. */
export const REV5_APPENDICES: readonly (readonly [string, string])[] = [
  ['A', 'FedRAMP Security Controls'],
  ['B', 'Related Acronyms'],
  ['C', 'Information Security Policies and Procedures'],
  ['D', 'User Guide'],
  ['E', 'Digital Identity Worksheet'],
  ['F', 'Rules of Behavior (RoB)'],
  ['G', 'Information System Contingency Plan (ISCP)'],
  ['H', 'Configuration Management Plan (CMP)'],
  ['I', 'Incident Response Plan (IRP)'],
  ['J', 'CIS and CRM Workbook'],
  ['K', 'FIPS 199 Categorization'],
  ['L', 'Applicable Laws, Regulations, Standards and Guidance'],
  ['M', 'Integrated Inventory Workbook'],
  ['N', 'Continuous Monitoring Plan'],
  ['O', 'POA&M'],
  ['P', 'Supply Chain Risk Management Plan'],
  ['Q', 'Cryptographic Modules Table'],
];

function controlTrain(id: string, name: string, role: string, status: string, origin: string, parts: readonly string[]): Sec[] {
  return [
    { h: `${id} ${name}`, lvl: 2 },
    {
      h: `${id} Control Summary Information`,
      lvl: 3,
      table: {
        header: [`${id}`, 'Control Summary Information'],
        rows: [
          ['Responsible Role', role],
          ['Implementation Status', status],
          ['Control Origination', origin],
        ],
      },
    },
    {
      h: `${id} What is the solution and how is it implemented?`,
      lvl: 3,
      table: { header: ['Part', 'Implementation'], rows: parts.map((p, i) => [`Part ${String.fromCharCode(97 + i)}`, p]) },
    },
  ];
}

export function sspTrain(csp: Csp, agency: Agency): Sec[] {
  return [
    {
      h: 'Introduction',
      p: [
        'This System Security Plan (SSP) provides an overview of the security requirements for the {CSO} ({ABBR}) and describes the controls in place or planned for implementation to provide a level of security appropriate for the information processed, transmitted or stored by the system.',
        'Completion of this SSP, which describes how U.S. federal information will be safeguarded, is a requirement of the Office of Management and Budget (OMB) Circular A-130, the Federal Information Security Modernization Act (FISMA) of 2014, and the FedRAMP Agency Authorization process.',
      ],
    },
    { h: 'Purpose', p: ['The SSP documents the current and planned controls for the system and addresses the security concerns that may affect the system\'s operating environment. It is a living document that {SHORT} maintains throughout the system life cycle and updates at least annually.'] },
    {
      h: 'System Information',
      table: {
        caption: 'Table 3-1. Information System Name, Title, and FedRAMP Security Categorization',
        header: ['Unique Identifier', 'Information System Name', 'Information System Abbreviation', 'FIPS PUB 199 Security Categorization'],
        rows: [[csp.fedrampId, csp.cso, csp.abbr, csp.level]],
      },
      after: [`Service model: ${csp.model}. Deployment model: Government Community Cloud hosted in ${csp.region}. Operational status: Operational.`],
    },
    {
      h: 'Information System Categorization',
      lvl: 2,
      p: ['The overall information system sensitivity categorization is recorded in the table below, following FIPS 199 and NIST SP 800-60 Volume II. The completed FIPS 199 Categorization is provided as Appendix K.'],
      table: { caption: 'Table 3-2. Sensitivity Categorization of Information Types', header: ['Information Type (NIST SP 800-60 identifier)', 'Name', 'Confidentiality', 'Integrity', 'Availability'], rows: INFO_TYPES },
      after: [`Security Objectives Categorization (FIPS 199): Confidentiality ${csp.level}, Integrity ${csp.level}, Availability ${csp.level === 'High' ? 'High' : 'Moderate'}.`],
    },
    { h: 'Digital Identity Determination', lvl: 2, p: ['The digital identity level selected for the system is Level 2 (IAL2, AAL2, FAL2). Refer to Appendix E, Digital Identity Worksheet, for the rationale.'] },
    {
      h: 'System Owner',
      table: {
        caption: 'Table 4-1. Information System Owner',
        header: ['Name', 'Title', 'Company / Organization', 'Address', 'Phone Number', 'Email Address'],
        rows: [[csp.owner.name, csp.owner.title, csp.name, csp.address, csp.owner.phone, csp.owner.email]],
      },
    },
    {
      h: 'Assignment of Security Responsibility',
      p: ['The Information System Security Officer (ISSO), or equivalent, has been appointed in writing and is deemed to have significant cyber and operational role responsibilities.'],
      table: { header: ['Name', 'Title', 'Phone Number', 'Email Address'], rows: [[csp.isso.name, csp.isso.title, csp.isso.phone, csp.isso.email]] },
    },
    {
      h: 'Authorizing Officials',
      p: [`The Authorizing Official (AO) for this Agency Authorization is ${agency.ao.name}, ${agency.ao.title}, ${agency.name}. The AO accepts the residual risk on behalf of the agency and issues the Authority to Operate.`],
    },
    {
      h: 'Leveraged FedRAMP-Authorized Services',
      p: [`{CSO} leverages the underlying infrastructure of ${csp.region}, which holds a FedRAMP authorization at the High impact level. Controls inherited from the leveraged service are identified in the CIS and CRM Workbook.`],
      table: {
        header: ['CSP/CSO Name (Name on FedRAMP Marketplace)', 'CSO Service', 'Authorization Type', 'Impact Level', 'Nature of Agreement'],
        rows: [
          [csp.region, 'Compute, storage, networking, key management', 'JAB P-ATO', 'High', 'Enterprise agreement'],
          ['Okta for Government High', 'Identity provider (SSO, MFA)', 'Agency ATO', 'High', 'Subscription'],
        ],
      },
    },
    { h: 'External Systems and Services Not Having FedRAMP Authorization', p: ['{SHORT} uses no external services that store, process or transmit federal data outside the authorization boundary. Corporate ticketing and email are outside the boundary and receive no federal data.'] },
    {
      h: 'Illustrated Architecture and Narratives',
      p: ['The authorization boundary diagram, network diagram and data flow diagrams are maintained in the diagram repository and reproduced in this section.'],
    },
    { h: 'Authorization Boundary', lvl: 2, p: ['The boundary includes the production virtual private clouds, the management enclave, the logging and monitoring services, and the customer-facing web tier. Corporate systems are outside the boundary.'] },
    { h: 'Network Architecture', lvl: 2, p: [`The production network uses the private ranges ${csp.net}.0.0/16, divided into public, application, data and management subnets across three availability zones.`] },
    { h: 'Data Flow', lvl: 2, p: ['Federal users reach the service over HTTPS (TLS 1.2 or higher) through a web application firewall and load balancer; data is encrypted at rest with FIPS 140-validated modules.'] },
    {
      h: 'Services, Ports, and Protocols',
      table: {
        caption: 'Table 9-1. Services, Ports, and Protocols',
        header: ['Port (TCP/UDP)', 'Protocol', 'Service', 'Purpose', 'Used By'],
        rows: [
          ['443/TCP', 'HTTPS', 'Web / API', 'Customer access to the application and API', 'Customers'],
          ['22/TCP', 'SSH', 'Bastion', 'Administrative access through the bastion host', 'Administrators'],
          ['5432/TCP', 'PostgreSQL', 'Database', 'Application to database traffic', 'Application tier'],
          ['123/UDP', 'NTP', 'Time', 'Time synchronization', 'All hosts'],
        ],
      },
    },
    {
      h: 'Cryptographic Modules Implemented for Data At Rest (DAR) and Data In Transit (DIT)',
      table: {
        header: ['Type', 'FIPS 140 Validated Module', 'Certificate #', 'Usage'],
        rows: [
          ['DAR', 'AWS Key Management Service HSM', '4523', 'Volume, object and database encryption'],
          ['DIT', 'OpenSSL FIPS Provider 3.0.8', '4282', 'TLS termination on load balancers and services'],
        ],
      },
    },
    { h: 'Separation of Duties', p: ['Duties are separated between development, operations and security roles. The Separation of Duties Matrix is provided as an attachment and is reviewed annually.'] },
    {
      h: 'SSP Appendices List',
      p: ['The following appendices are submitted with this SSP as separate files:'],
      table: { header: ['Appendix', 'Title'], rows: REV5_APPENDICES.map(([l, t]) => [`Appendix ${l}`, t]) },
    },
    { h: 'Appendix A: FedRAMP Security Controls', unnumbered: true, breakBefore: true, p: [`This appendix describes the implementation of each control of the FedRAMP ${csp.level} baseline. Control Implementation statements follow the structure of NIST SP 800-53 Revision 5.`] },
    { h: 'Access Control (AC)', unnumbered: true },
    ...controlTrain('AC-1', 'Policy and Procedures (L)(M)(H)', 'ISSO; Chief Information Security Officer', 'Implemented', 'Service Provider Corporate', [
      '{SHORT} develops, documents and disseminates an access control policy to all personnel with access to the system. The policy is part of the Information Security Policies and Procedures (Appendix C).',
      'The policy and procedures are reviewed and updated at least annually and following significant changes.',
    ]),
    ...controlTrain('AC-2', 'Account Management (L)(M)(H)', 'System Administrator; ISSO', 'Implemented', 'Shared (Service Provider and Customer Responsibility)', [
      'Account types permitted within the system are defined in the User Guide: privileged administrator, operator, customer administrator and customer user.',
      'Account managers are assigned for each account type. Accounts are reviewed monthly for privileged users and quarterly for non-privileged users.',
      'Accounts are disabled after 90 days of inactivity.',
    ]),
    ...controlTrain('CP-2', 'Contingency Plan (L)(M)(H)', 'Contingency Plan Coordinator', 'Implemented', 'Service Provider System Specific', [
      'The Information System Contingency Plan (Appendix G) identifies essential missions and business functions and the associated contingency requirements, and provides recovery objectives and restoration priorities.',
      'The ISCP is tested annually through a functional exercise and updated to address changes.',
    ]),
    ...controlTrain('IR-8', 'Incident Response Plan (L)(M)(H)', 'Incident Response Manager', 'Implemented', 'Service Provider Corporate', [
      'The Incident Response Plan (Appendix I) provides a roadmap for implementing the incident response capability and defines reportable incidents, including reporting to US-CERT/CISA and the FedRAMP PMO.',
    ]),
    ...controlTrain('RA-5', 'Vulnerability Monitoring and Scanning (L)(M)(H)', 'Vulnerability Management Team', 'Implemented', 'Service Provider System Specific', [
      'Operating system, web application and database scans are performed monthly with authenticated scanning. Results are submitted to the agency as part of monthly continuous monitoring deliverables.',
      'High vulnerabilities are remediated within 30 days, moderate within 90 days and low within 180 days of discovery.',
    ]),
    ...controlTrain('SR-2', 'Supply Chain Risk Management Plan (L)(M)(H)', 'Procurement Manager; ISSO', 'Implemented', 'Service Provider Corporate', [
      'The Supply Chain Risk Management Plan (Appendix P) addresses risks associated with the development, acquisition, maintenance and disposal of system components.',
    ]),
  ];
}

function controlHoldout(id: string, name: string, status: string, origin: string, narrative: string): Sec {
  return { h: `${id} — ${name}`, lvl: 3, p: [`Status: ${status}. Responsibility: ${origin}.`, narrative] };
}

export function sspHoldout(csp: Csp, agency: Agency): Sec[] {
  return [
    {
      h: 'Executive Overview',
      p: [
        'This plan describes how {CSO} meets the security requirements of the FedRAMP {LEVEL} baseline. It is written for agency reviewers, the independent assessor and the {SHORT} operations staff who run the service every day.',
        'Each section below summarises one aspect of the system; detailed control narratives follow in chapter 9. Supporting documents are delivered as numbered attachments (chapter 10).',
      ],
    },
    {
      h: 'System Identification',
      table: {
        header: ['Item', 'Value'],
        rows: [
          ['System name', csp.cso],
          ['Abbreviation', csp.abbr],
          ['FedRAMP package ID', csp.fedrampId],
          ['Security categorization (FIPS 199)', `${csp.level} (C/I/A: ${csp.level}/${csp.level}/${csp.level === 'Low' ? 'Low' : 'Moderate'})`],
          ['Service model', csp.model],
          ['Hosting', csp.region],
          ['Operational status', 'In production'],
        ],
      },
    },
    {
      h: 'Key Contacts',
      table: {
        header: ['Role', 'Name', 'Organization', 'Email'],
        rows: [
          ['System Owner', csp.owner.name, csp.name, csp.owner.email],
          ['Information System Security Officer', csp.isso.name, csp.name, csp.isso.email],
          ['Technical POC', csp.engineer.name, csp.name, csp.engineer.email],
          ['Authorizing Official', agency.ao.name, agency.name, agency.ao.email],
        ],
      },
    },
    { h: 'Authorization Boundary and Architecture', p: ['Everything that stores, processes or transmits federal data sits inside the boundary: the tenant VPCs, the control plane, the bastion and CI/CD runners, the SIEM collectors and the backup vaults. Customer endpoints and the corporate IT network are outside.'] },
    { h: 'Inherited Services', p: [`The platform inherits physical and environmental protection and a share of contingency, media protection and maintenance controls from ${csp.region}, a FedRAMP High authorized IaaS. The split of responsibilities is documented in the customer responsibility matrix (Attachment 9).`] },
    {
      h: 'System Components',
      p: ['The authoritative list of components is the integrated inventory submitted monthly. The table below summarises it by function.'],
      table: {
        header: ['Component', 'Count', 'Operating system / product', 'Notes'],
        rows: [
          ['Kubernetes worker nodes', '36', 'Bottlerocket OS', 'Autoscaled'],
          ['Managed databases', '6', 'PostgreSQL 15', 'Multi-AZ'],
          ['Bastion hosts', '2', 'Amazon Linux 2023', 'Session recording enabled'],
          ['Log pipeline', '4', 'Fluent Bit / OpenSearch', 'Retention 1 year'],
        ],
      },
    },
    {
      h: 'Ports, Protocols and Services',
      table: {
        header: ['Service', 'Protocol', 'Port', 'Direction', 'Justification'],
        rows: [
          ['Customer portal and REST API', 'HTTPS', '443', 'Inbound', 'Business function'],
          ['Administrative access', 'SSH via SSM', '443', 'Outbound', 'No inbound SSH permitted'],
          ['Log shipping', 'TLS', '9200', 'Internal', 'SIEM ingestion'],
        ],
      },
    },
    { h: 'User Roles and Privileges', p: ['Privileged roles: platform administrator, security engineer, release manager. Non-privileged roles: support analyst (read-only), tenant administrator, tenant user. Access is provisioned through the identity provider with phishing-resistant MFA.'] },
    { h: 'Interconnections', p: ['No system-to-system interconnections with agency networks exist. Agencies connect over the public internet using TLS; SAML federation with agency identity providers is supported.'] },
    { h: 'Security Control Implementation', p: [`Narratives for the FedRAMP ${csp.level} baseline controls follow. Status is one of Implemented, Partially Implemented, Planned, Alternative Implementation or Not Applicable.`] },
    { h: 'Access Control', lvl: 2 },
    controlHoldout('AC-2', 'Account Management', 'Implemented', 'Shared', 'Accounts are requested through the service desk, approved by the account owner\'s manager and the security team, and provisioned by automation. Privileged accounts are reviewed monthly.'),
    controlHoldout('AC-17', 'Remote Access', 'Implemented', 'Provider', 'All administrative sessions go through the zero-trust access broker; sessions are recorded and time-limited to eight hours.'),
    { h: 'Audit and Accountability', lvl: 2 },
    controlHoldout('AU-6', 'Audit Record Review, Analysis, and Reporting', 'Implemented', 'Provider', 'Security analysts review correlated alerts daily and audit log reports weekly. Findings are ticketed and tracked to closure.'),
    { h: 'Contingency Planning', lvl: 2 },
    controlHoldout('CP-9', 'System Backup', 'Implemented', 'Shared', 'Snapshots are taken every four hours and replicated to a second region; restores are tested quarterly.'),
    { h: 'Risk Assessment', lvl: 2 },
    controlHoldout('RA-5', 'Vulnerability Monitoring and Scanning', 'Partially Implemented', 'Provider', 'Container images are scanned at build and weekly in the registry; hosts are scanned monthly with authenticated scans. Database scanning is being extended to the reporting replica (see POA&M item V-2025-031).'),
    {
      h: 'Attachments',
      p: ['The following attachments accompany this plan:'],
      bullets: [
        'Attachment 1 – Information Security Policies & Procedures',
        'Attachment 2 – User Guide',
        'Attachment 3 – Digital Identity Worksheet',
        'Attachment 4 – PTA / PIA',
        'Attachment 5 – Rules of Behavior',
        'Attachment 6 – Information System Contingency Plan (ISCP)',
        'Attachment 7 – Configuration Management Plan',
        'Attachment 8 – Incident Response Plan',
        'Attachment 9 – CIS/CRM Workbook',
        'Attachment 10 – FIPS 199',
        'Attachment 11 – Separation of Duties Matrix',
        'Attachment 12 – FedRAMP Laws and Regulations',
        'Attachment 13 – Integrated Inventory Workbook',
      ],
    },
  ];
}
