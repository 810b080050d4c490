import { readFileSync } from 'node:fs';
import { fixture } from '../../../support/fixtures.js';
import { renderDocx } from '../kit/docx.js';
import type { Block, ProseDoc } from '../kit/model.js';
import { PDF_TOOLCHAINS, renderPdf } from '../kit/pdf.js';
import { renderAsciiDoc } from '../kit/text.js';
import { CUI_NOTICE, ORG, approvals, revisionHistory } from './common.js';
import type { Spec } from './common.js';

interface Ctl {
  id: string;
  name: string;
  status: string;
  origin: string;
  parts: readonly (readonly [string, string])[];
}

function control(c: Ctl, level: 2 | 3 = 3): Block[] {
  return [
    { h: level, text: `${c.id} ${c.name}`, numbered: false },
    { table: { head: [`${c.id} Control Summary Information`, ''], rows: [['Responsible Role', 'Forgeline Platform Engineering; ISSO'], ['Implementation Status', c.status], ['Control Origination', c.origin]], widths: [2, 3] } },
    ...c.parts.map(([part, text]): Block => ({ p: `Part ${part}: ${text}` })),
  ];
}

const CONTROLS: Ctl[] = [
  { id: 'AC-2', name: 'Account Management', status: 'Implemented', origin: 'Service Provider Corporate; Service Provider System Specific', parts: [
    ['a', 'FCBG defines two account types for the management plane: named human accounts federated from the Forgeline Okta tenant and workload identities issued by the internal SPIFFE authority. Shared, guest and anonymous accounts are prohibited.'],
    ['b', 'Account managers are the team leads listed in the access registry; the registry lives in the compliance-docs repository and changes only through reviewed merge requests.'],
    ['d', 'Access is granted on a least-privilege basis through Okta groups mapped to AWS IAM Identity Center permission sets. Each group lists its authorized users, their role membership and the access it conveys.'],
    ['h', 'Account managers are notified by the HR integration within 8 hours when a user is terminated or transferred; the deprovisioning job disables the Okta user and revokes every active session.'],
    ['j', 'Accounts are reviewed for compliance with account management requirements every 90 days; the review evidence is attached to the monthly continuous monitoring package.'],
  ] },
  { id: 'AC-17', name: 'Remote Access', status: 'Implemented', origin: 'Service Provider System Specific', parts: [
    ['a', 'All administrative access to the authorization boundary is remote. Engineers connect through AWS Systems Manager Session Manager from managed laptops; no inbound SSH or RDP port is open on any instance.'],
    ['b', 'Remote access is authorized per permission set before connection is allowed, and sessions are recorded to an encrypted S3 bucket retained for one year.'],
  ] },
  { id: 'AU-2', name: 'Event Logging', status: 'Implemented', origin: 'Service Provider System Specific', parts: [
    ['a', 'FCBG logs the event types listed in Table 13-4: authentication success and failure, privilege escalation, build job submission, artifact promotion, secrets access, configuration changes to pipelines and all AWS control-plane calls captured by CloudTrail.'],
    ['c', 'Selected event types are reviewed annually by the ISSO with the security operations lead, and after every significant change.'],
  ] },
  { id: 'CM-6', name: 'Configuration Settings', status: 'Partially Implemented', origin: 'Service Provider System Specific', parts: [
    ['a', 'Configuration settings follow the CIS Amazon Linux 2023 Benchmark Level 1 and the CIS EKS Benchmark, codified as Open Policy Agent policies evaluated in the image pipeline.'],
    ['c', 'Deviations are recorded in the Configuration Management Plan and tracked on the POA&M; two runner image settings remain open as POA&M items V-0193 and V-0197.'],
  ] },
  { id: 'IA-2(1)', name: 'Multi-factor Authentication to Privileged Accounts', status: 'Implemented', origin: 'Service Provider Corporate', parts: [
    ['', 'Privileged users authenticate with phishing-resistant FIDO2 authenticators enrolled in Okta; the authentication policy for the FCBG application rejects any other factor.'],
  ] },
  { id: 'SC-7', name: 'Boundary Protection', status: 'Implemented', origin: 'Service Provider System Specific; Provided by AWS GovCloud (FR1603047866)', parts: [
    ['a', 'The boundary is monitored at the AWS WAF attached to the public Application Load Balancers and at VPC flow logs for all subnets.'],
    ['b', 'Publicly accessible components (the web console and the Git endpoint) sit in a public subnet separated from the build runner subnets, which have no route to the internet except through the egress proxy.'],
    ['c', 'External connections pass only through managed interfaces listed in the SSP Appendix Q (Cryptographic Modules Table) and the ports, protocols and services table in Section 10.'],
  ] },
];

function sspBody(system: string, short: string, level: 'Moderate' | 'Low'): Block[] {
  return [
    { h: 1, text: 'Information System Name and Title' },
    { p: `This System Security Plan provides an overview of the security requirements for ${system} (${short}) and describes the controls in place or planned for implementation to provide a level of security appropriate for the information to be transmitted, processed or stored by the system. Information security is vital to our critical infrastructure and its effective performance and protection is a key component of our national security program. ^[Unique identifier ${ORG.fedrampId}, assigned by the FedRAMP PMO.]` },
    { table: { head: ['Unique Identifier', 'Information System Name', 'Information System Abbreviation'], rows: [[ORG.fedrampId, system, short]] } },
    { h: 1, text: 'Information System Categorization' },
    { p: `The overall information system sensitivity categorization is recorded in Table 2-1. The categorization follows FIPS 199 and NIST SP 800-60; the complete analysis is in Attachment 10, the FIPS 199 Categorization. Security objectives are Confidentiality ${level}, Integrity ${level}, Availability ${level}.` },
    { table: { head: ['Information Type (SP 800-60)', 'Confidentiality', 'Integrity', 'Availability'], rows: [['C.3.5.1 System Development', level, level, 'Low'], ['C.3.5.5 Information Management', level, level, level], ['D.20.4 Software Engineering (customer source)', level, level, 'Low']] } },
    { h: 2, text: 'Digital Identity Determination' },
    { p: 'The digital identity level is IAL2/AAL2/FAL2 as documented in Attachment 3, the Digital Identity Worksheet. Privileged users are held to AAL3 authenticators although the determination requires AAL2.' },
    { h: 1, text: 'Information System Owner' },
    { table: { head: ['Role', 'Name', 'Contact'], rows: [['System Owner', ORG.cto, 'devin.achterberg@forgeline.dev'], ['ISSO', ORG.isso, 'marisol.tran@forgeline.dev'], ['Authorizing Official', ORG.ao, ORG.agency]] } },
    { h: 1, text: 'General System Description' },
    { p: `${system} is a multi-tenant software-as-a-service offering that provides hosted Git repositories, continuous integration runners, a container and package artifact registry, and deployment pipelines to federal software teams. The service runs entirely in AWS GovCloud (US-West) with a warm standby in US-East; customers reach it through a web console, the Git over HTTPS endpoint and a REST API.` },
    { p: 'Build runners are ephemeral Firecracker microVMs scheduled on dedicated EKS node groups. Each job receives a fresh microVM from a golden image that is rebuilt weekly; no customer workload shares a kernel with another tenant. Artifacts are stored in S3 buckets encrypted with customer-specific KMS keys.' },
    { h: 2, text: 'Authorization Boundary' },
    { p: 'The authorization boundary includes the production AWS accounts in the Forgeline GovCloud organization (management, log archive, shared services, runner, registry and console accounts) and excludes the corporate Okta tenant, which is a leveraged FedRAMP-authorized service, and the customers own source repositories mirrored from outside the boundary.' },
    { h: 2, text: 'Network Architecture' },
    { p: 'Figure 9-2 shows the network architecture. Three VPCs are peered through a Transit Gateway; inspection happens in the shared-services VPC with AWS Network Firewall. Ports, protocols and services are listed in Table 10-1 and in the Integrated Inventory Workbook (Attachment 13).' },
    { h: 1, text: 'System Interconnections' },
    { table: { head: ['External System', 'Connection', 'Data', 'Authorization'], rows: [['Okta for Government Moderate', 'SAML 2.0 / OIDC', 'Identity assertions', 'FedRAMP Moderate (FR1710067891)'], ['GitHub.com (customer mirrors)', 'HTTPS outbound via proxy', 'Public source code', 'Not authorized; customer-initiated'], ['Splunk Cloud for Government', 'HEC over TLS 1.2', 'Audit logs', 'FedRAMP Moderate']] } },
    { h: 1, text: 'Laws, Regulations, Standards and Guidance' },
    { p: 'The applicable laws and standards are listed in Attachment 12. The most relevant are FISMA 2014, OMB Circular A-130, FIPS 140-3, FIPS 199, FIPS 200 and NIST SP 800-53 Revision 5.' },
    { h: 1, text: 'Minimum Security Controls' },
    { p: `Security controls must meet minimum security control baseline requirements. The ${level} baseline of the FedRAMP Rev5 profile applies. Each control below states its implementation status, its origination and how Forgeline implements each part. Customer responsibilities are summarised in the CIS/CRM Workbook (Attachment 11).` },
    ...CONTROLS.flatMap((c) => control(c)),
  ];
}

function sspDocx(): ProseDoc {
  return {
    title: 'System Security Plan',
    subtitle: `${ORG.cso} (${ORG.csoShort}) — FedRAMP Moderate`,
    author: ORG.csp,
    date: 'Version 2.4 — June 9, 2025',
    body: [
      { p: CUI_NOTICE, bold: true },
      { h: 1, text: 'Document Revision History', numbered: false },
      revisionHistory([
        ['2024-11-18', '2.0', 'Rev5 transition; full rewrite from Markdown sources', ORG.eng],
        ['2025-02-03', '2.2', 'Agency comments from NHDA review round 1 resolved', ORG.isso],
        ['2025-06-09', '2.4', 'Updated boundary for US-East warm standby (SCR-2025-03)', ORG.eng],
      ]),
      ...approvals('System Owner Approval', [[ORG.cto, 'Chief Technology Officer'], [ORG.ciso, 'Chief Information Security Officer']]),
      ...sspBody(ORG.cso, ORG.csoShort, 'Moderate'),
    ],
  };
}

function sspPdf(): ProseDoc {
  return {
    title: `${ORG.cso2} System Security Plan`,
    subtitle: 'FedRAMP Low Baseline — Rev5',
    author: `${ORG.csp} Platform Engineering`,
    date: 'April 28, 2025',
    preTitle: [{ p: CUI_NOTICE }],
    body: [
      ...sspBody(ORG.cso2, 'FAV', 'Low'),
      { h: 1, text: 'Attachments' },
      { table: { head: ['#', 'Attachment', 'File'], rows: [['1', 'Information Security Policies and Procedures', 'fav-att01-policies.pdf'], ['2', 'User Guide', 'fav-user-guide.pdf'], ['5', 'Rules of Behavior', 'fav-rob.pdf'], ['6', 'Information System Contingency Plan', 'fav-iscp.pdf'], ['13', 'Integrated Inventory Workbook', 'fav-inventory.xlsx']], widths: [1, 6, 4] } },
    ],
  };
}

function sspAdoc(): string {
  const doc: ProseDoc = {
    title: 'System Security Plan',
    subtitle: `${ORG.cso}`,
    author: `${ORG.eng} <jonas.whitfield@forgeline.dev>`,
    date: '2025-06-09',
    body: [
      { admonition: 'IMPORTANT', text: 'This file is the source of record for the FCBG SSP. Edit it through a merge request; the rendered docx and PDF are build artifacts. Controlled Unclassified Information.' },
      ...sspBody(ORG.cso, ORG.csoShort, 'Moderate'),
    ],
  };
  return renderAsciiDoc(doc, { attributes: { doctype: 'book', toc: 'left', sectnums: '', 'fedramp-id': ORG.fedrampId, 'impact-level': 'moderate', revnumber: '2.4' } });
}

function sspOscal(): string {
  const tpl = JSON.parse(readFileSync(fixture('oscal/FedRAMP-SSP-OSCAL-Template.json'), 'utf8')) as { 'system-security-plan': Record<string, unknown> };
  const ssp = tpl['system-security-plan'];
  const md = ssp.metadata as Record<string, unknown>;
  md.title = `${ORG.cso} System Security Plan`;
  md['last-modified'] = '2025-06-09T17:02:11Z';
  md.version = '2.4';
  const sc = ssp['system-characteristics'] as Record<string, unknown>;
  sc['system-name'] = ORG.cso;
  sc['system-name-short'] = ORG.csoShort;
  sc.description = 'Hosted Git, CI runners, artifact registry and deployment pipelines for federal software teams, in AWS GovCloud.';
  ssp.uuid = '7b1f4f2e-3c7a-4d0e-9a55-0c2d5b6f8e11';
  return JSON.stringify({ 'system-security-plan': ssp });
}

export const sspSpecs: Spec[] = [
  { file: 'Final_v7.docx', expected: 'SSP', note: 'Pandoc-rendered docx System Security Plan for FCBG (Moderate) with revision history, approvals, categorization and control implementation statements.', build: () => renderDocx(sspDocx(), { flavor: 'pandoc', meta: { title: 'System Security Plan', creator: ORG.eng } }) },
  { file: 'doc-0412.pdf', expected: 'SSP', note: 'Two-column pdfLaTeX System Security Plan for the Low-baseline Artifact Vault with title page, contents and control statements.', build: () => renderPdf(sspPdf(), { columns: 2, titlePage: true, toc: true, runningHeader: 'section', meta: { ...PDF_TOOLCHAINS.pdflatex, title: 'ssp-fav.tex', author: '' }, date: new Date(Date.UTC(2025, 3, 28, 16)) }) },
  { file: 'ssp.adoc', expected: 'SSP', note: 'AsciiDoc source of the FCBG System Security Plan uploaded as is, with control implementation sections.', build: () => Promise.resolve(sspAdoc()) },
  { file: 'fcbg-ssp-2.4.json', expected: 'SSP', note: 'OSCAL JSON system-security-plan (FedRAMP template filled with FCBG names), minified.', build: () => Promise.resolve(sspOscal()) },
];
