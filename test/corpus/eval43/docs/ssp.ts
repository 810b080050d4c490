import { stringify } from 'yaml';
import type { Entry } from '../kit/entry.js';
import type { Block, ProseDoc } from '../kit/model.js';
import { bullets, h1, h2, p, pb, table, title } from '../kit/model.js';
import { ABBR, CSO, CSP, CUI, FRID, PROPRIETARY, TPAO, approvals, distribution, revisionHistory, toc } from '../kit/front.js';
import { renderDocx } from '../kit/docx-kit.js';
import { renderPdf } from '../kit/pdf-kit.js';
import { rng } from '../kit/rng.js';
import { uuidGen } from '../kit/uuid.js';

/** Control implementation statements, as a grants SaaS writes them. */
export const CONTROLS: [string, string, string][] = [
  ['AC-2', 'Account Management', `${ABBR} defines two account populations: federal grants staff and applicant/recipient users. Agency grants staff accounts are provisioned only on a request approved by the agency's designated account manager in the Access Request workflow; applicant accounts are self-registered and bound to an entity's Unique Entity Identifier (UEI) validated against SAM.gov. Privileged accounts are requested through ServiceNow, approved by the Director of Platform Engineering, and reviewed quarterly. Inactive privileged accounts are disabled after 35 days by the identity platform.`],
  ['AC-3', 'Access Enforcement', `Authorization decisions are enforced by the ${ABBR} policy service on every API call. Reviewers can read only the applications assigned to their merit review panel; programme officers can act only on awards within their funding opportunity; recipient signing officials can submit drawdown requests only for awards issued to their UEI.`],
  ['AC-17', 'Remote Access', 'All administrative access to the production environment is brokered through AWS Systems Manager Session Manager from managed endpoints; no SSH or RDP ports are exposed. Sessions require phishing-resistant MFA and are recorded to the central log archive.'],
  ['AU-2', 'Event Logging', `${ABBR} logs authentication events, privilege changes, application submission and withdrawal, award status changes, payment drawdown approvals and all administrative actions. The list of logged events is reviewed annually with agency customers and updated in the Configuration Management Plan baseline.`],
  ['AU-6', 'Audit Record Review, Analysis, and Reporting', 'The Security Operations team reviews correlated alerts in the SIEM daily and reviews weekly reports of privileged activity. Suspicious drawdown approval patterns are escalated to the agency grants management officer.'],
  ['CA-7', 'Continuous Monitoring', `${CSP} follows the FedRAMP Continuous Monitoring Strategy Guide: monthly operating-system, database and web application scans, a monthly POA&M and Integrated Inventory Workbook submitted to the agency repository, and an annual assessment by ${TPAO}.`],
  ['CM-2', 'Baseline Configuration', 'Baseline configurations are expressed as code (Terraform modules and hardened AMIs built from CIS Level 1 benchmarks) and stored in the version-controlled infrastructure repository. The baseline is reviewed at least annually and on every significant change.'],
  ['CM-6', 'Configuration Settings', 'Configuration settings are checked weekly by AWS Config conformance packs and monthly by authenticated compliance scans; deviations from the baseline are tracked as POA&M items when not remediated within the scan cycle.'],
  ['IA-2', 'Identification and Authentication (Organizational Users)', 'Organizational users authenticate through the corporate identity provider with FIDO2 security keys. Agency users federate through their agency identity provider via SAML 2.0 and present PIV or phishing-resistant authenticators; applicants authenticate through Login.gov at IAL1/AAL2.'],
  ['IR-4', 'Incident Handling', `Incident handling follows the ${ABBR} Incident Response Plan (Appendix I). Incidents affecting applicant personally identifiable information or payment data are reported to US-CERT and to the affected agencies within one hour of confirmation.`],
  ['RA-5', 'Vulnerability Monitoring and Scanning', 'Tenable Nessus authenticated scans cover every host in the inventory monthly; web application scans of the applicant portal and agency console run monthly with an authenticated DAST scanner; database scans run against the PostgreSQL clusters. High findings are remediated within 30 days, Moderate within 90 days, Low within 180 days.'],
  ['SC-7', 'Boundary Protection', 'The authorization boundary is enforced by AWS security groups, network ACLs and a web application firewall in front of the applicant portal. Only TCP 443 is reachable from the internet. Interconnections to SAM.gov, Grants.gov and the Payment Management System are documented in Section 11.'],
  ['SC-8', 'Transmission Confidentiality and Integrity', 'All external traffic uses TLS 1.2 or later with FIPS-validated modules; internal service-to-service traffic is encrypted with mutual TLS.'],
  ['SC-13', 'Cryptographic Protection', 'Data at rest is encrypted with AWS KMS keys (FIPS 140-3 validated HSMs); application-level encryption protects bank account details submitted with award payment profiles.'],
  ['SI-4', 'System Monitoring', 'GuardDuty, VPC flow logs, WAF logs and application logs feed the SIEM. Detection content includes credential-stuffing attempts against the applicant login and anomalous bulk download of application packages.'],
];

function sspBody(long: boolean): Block[] {
  const r = rng(43001);
  const blocks: Block[] = [
    h1('1 Information System Name/Title'),
    p(`This System Security Plan provides an overview of the security requirements for the ${CSO} (${ABBR}) and describes the controls in place or planned for implementing and providing security for the system. The unique identifier is ${FRID}.`),
    table([['Unique Identifier', 'Information System Name', 'Information System Abbreviation'], [FRID, CSO, ABBR]]),
    h1('2 Information System Categorization'),
    p(`The overall information system sensitivity categorization is recorded in Table 2-1, Security Categorization, which follows. The completed FIPS 199 categorization is provided in Attachment 10. ${ABBR} is categorized Moderate.`),
    table([['System Sensitivity Level:', 'Moderate']]),
    h2('2.1 Information Types'),
    p('The following information types, selected from NIST SP 800-60 Volume II, are stored, processed or transmitted by the system.'),
    table([
      ['Information Type (NIST SP 800-60 identifier)', 'Confidentiality', 'Integrity', 'Availability'],
      ['C.3.1.4 Budget Execution (D.2.2)', 'Low', 'Moderate', 'Low'],
      ['D.10.1 Grants / Federal Financial Assistance', 'Moderate', 'Moderate', 'Low'],
      ['C.3.5.4 Information Management', 'Moderate', 'Moderate', 'Low'],
      ['D.21.1 Personal Identity and Authentication', 'Moderate', 'Moderate', 'Moderate'],
    ]),
    h2('2.2 Security Objectives Categorization (FIPS 199)'),
    table([['Security Objective', 'Low, Moderate or High'], ['Confidentiality', 'Moderate'], ['Integrity', 'Moderate'], ['Availability', 'Moderate']]),
    h2('2.3 Digital Identity Determination'),
    p('The digital identity level is documented in Attachment 3, Digital Identity Worksheet. Agency users are at IAL2/AAL2/FAL2; applicant users are at IAL1/AAL2.'),
    h1('3 Information System Owner'),
    table([['Name', 'Marisol Ventura'], ['Title', 'Vice President, Federal Platform'], ['Company / Organization', CSP], ['Address', '1400 Eye Street NW, Suite 610, Washington, DC 20005'], ['Phone Number', '(202) 555-0148'], ['Email Address', 'mventura@ledgerline-grants.example']]),
    h1('8 General System Description'),
    p(`${CSO} is a multi-tenant Software-as-a-Service used by federal grant-making agencies to publish Notices of Funding Opportunity (NOFOs), receive and validate applications, run merit review, issue awards, and collect financial and performance reports from recipients. Applicants register with their Unique Entity Identifier (UEI), which the system validates against SAM.gov. Recipients request payment drawdowns that are forwarded to the agency payment system after approval.`),
    h2('8.1 System Function or Purpose'),
    bullets('Publication of funding opportunities and synchronization with Grants.gov', 'Application intake, eligibility screening and assignment to reviewers', 'Merit review scoring, panel summaries and funding recommendations', 'Award issuance, amendments and terms and conditions', 'Post-award reporting (SF-425, performance progress reports) and drawdown approvals'),
    h2('8.2 Information System Components and Boundaries'),
    p('The authorization boundary includes the applicant portal, the agency console, the reviewer workspace, the public API, the document store, the PostgreSQL database clusters, the search cluster and the supporting management services hosted in AWS GovCloud (US-West). The boundary diagram is Figure 8-1; the components are enumerated in the Integrated Inventory Workbook (Attachment 13).'),
    h2('8.3 Types of Users'),
    table([
      ['Role', 'Internal or External', 'Privileged (P), Non-Privileged (NP)', 'Sensitivity Level', 'Authorized Privileges'],
      ['Platform Administrator', 'Internal', 'P', 'Moderate', 'Manage infrastructure, deploy releases'],
      ['Agency Grants Management Officer', 'External', 'NP', 'Moderate', 'Approve awards and drawdowns for own agency'],
      ['Merit Reviewer', 'External', 'NP', 'Moderate', 'Read assigned applications, enter scores'],
      ['Applicant / Recipient Signing Official', 'External', 'NP', 'Low', 'Submit applications, reports and drawdown requests'],
    ]),
    h1('11 System Interconnections'),
    table([
      ['SP* IP Address and Interface', 'External Organization Name and IP Address of System', 'External Point of Contact', 'Connection Security', 'Data Direction', 'Information Being Transmitted'],
      ['api-egress (NAT 52.61.x.x)', 'GSA SAM.gov Entity Management API', 'SAM.gov API support', 'HTTPS/TLS 1.2, API key', 'Outgoing', 'UEI, entity registration status'],
      ['api-egress', 'Grants.gov S2S SOAP', 'Grants.gov support', 'Mutual TLS', 'Bi-directional', 'Opportunity synopses, application packages'],
      ['api-egress', 'HHS Payment Management System', 'PMS liaison', 'Mutual TLS, IPsec', 'Outgoing', 'Approved drawdown requests'],
    ]),
    h1('13 Minimum Security Controls'),
    p('Security controls must meet minimum security control baseline requirements. Upon categorizing a system as Low, Moderate, or High sensitivity in accordance with FIPS 199, the corresponding security control baseline standards apply. The control implementation statements for the Moderate baseline follow.'),
  ];
  const controls = long ? CONTROLS : CONTROLS.slice(0, 8);
  for (const [id, name, text] of controls) {
    blocks.push(h2(`${id} ${name}`));
    blocks.push(table([
      [`${id} Control Summary Information`, ''],
      ['Responsible Role:', r() > 0.5 ? 'Platform Security Engineering' : 'Information System Security Officer'],
      ['Implementation Status (check all that apply):', r() > 0.2 ? 'Implemented' : 'Partially implemented'],
      ['Control Origination (check all that apply):', r() > 0.5 ? 'Service Provider Corporate; Service Provider System Specific' : 'Shared (Service Provider and Customer Responsibility)'],
    ]));
    blocks.push(table([[`${id} What is the solution and how is it implemented?`], [`Part a: ${text}`]]));
  }
  blocks.push(h1('14 Acronyms'), p('See Attachment 14 for the acronyms used in this System Security Plan.'));
  blocks.push(h1('15 Attachments'), bullets('Attachment 1 Information Security Policies and Procedures', 'Attachment 2 User Guide', 'Attachment 3 Digital Identity Worksheet', 'Attachment 4 Privacy Threshold Analysis and Privacy Impact Assessment', 'Attachment 5 Rules of Behavior', 'Attachment 6 Information System Contingency Plan', 'Attachment 7 Configuration Management Plan', 'Attachment 8 Incident Response Plan', 'Attachment 9 Control Implementation Summary (CIS) and Customer Responsibility Matrix (CRM) Workbook', 'Attachment 10 FIPS 199', 'Attachment 11 Separation of Duties Matrix', 'Attachment 12 Laws and Regulations', 'Attachment 13 Integrated Inventory Workbook', 'Attachment 15 Supply Chain Risk Management Plan'));
  return blocks;
}

function sspDocx(): ProseDoc {
  const body = sspBody(true);
  return {
    header: `${CSO} | System Security Plan | Version 2.3`,
    footer: `${CUI}`,
    meta: { title: 'FedRAMP System Security Plan (SSP) Moderate Baseline Template', author: 'FedRAMP PMO', lastModifiedBy: 'jpark' },
    blocks: [
      p('[Insert CSP Logo]'),
      title(CSO, 44),
      title('FedRAMP System Security Plan (SSP)', 36),
      p('Moderate Baseline'),
      p(`Cloud Service Provider: ${CSP}`),
      p('Version 2.3, March 3, 2025'),
      p(PROPRIETARY),
      pb(),
      ...revisionHistory([
        ['06/14/2024', '1.0', 'Initial SSP for FedRAMP Moderate agency authorization with USDA NIFA', 'J. Park'],
        ['09/30/2024', '2.0', 'Updated after SAP approval; added reviewer workspace component', 'J. Park'],
        ['01/17/2025', '2.2', 'Addressed agency SSP review comments (AC-2, IA-2, SC-7)', 'R. Odum'],
        ['03/03/2025', '2.3', 'Added Payment Management System interconnection', 'R. Odum'],
      ]),
      ...approvals([['Marisol Ventura', 'System Owner'], ['Rashid Odum', 'Information System Security Officer'], ['Teresa Lindqvist', 'Chief Information Security Officer']]),
      ...distribution([`Agency Authorizing Official @ USDA NIFA`, `ISSO @ ${CSP}`, `Assessment Lead @ ${TPAO}`]),
      pb(),
      ...toc(body),
      ...body,
    ],
  };
}

function sspPdf(): ProseDoc {
  const body = sspBody(false);
  return {
    header: `${ABBR} SSP v2.1 - ${CSP} - Controlled Unclassified Information`,
    footer: 'Uncontrolled when printed',
    headings: 'bold',
    meta: { title: 'LFGC_SSP_v2.1_signed.docx', author: 'rodum' },
    blocks: [
      title('System Security Plan', 40),
      p(`${CSO} (${ABBR})`),
      p('FedRAMP Moderate  |  Agency Authorization  |  Version 2.1'),
      p(`Prepared by ${CSP} for the U.S. Department of Agriculture, National Institute of Food and Agriculture`),
      pb(),
      ...revisionHistory([['08/02/2024', '1.1', 'Updated interconnections table', 'R. Odum'], ['10/21/2024', '2.1', 'Reflects readiness findings remediation', 'R. Odum']], true),
      ...toc(body),
      ...body,
    ],
  };
}

function oscalSsp(version: '1.1.3' | '1.0.4'): Record<string, unknown> {
  const u = uuidGen(version === '1.1.3' ? 4310 : 4311);
  const compApp = u(), compDb = u(), compThis = u();
  return {
    'system-security-plan': {
      uuid: u(),
      metadata: {
        title: `${CSO} System Security Plan`,
        'last-modified': '2025-02-27T14:02:11Z',
        version: version === '1.1.3' ? '2.3' : '1.0',
        'oscal-version': version,
        props: [{ name: 'marking', value: 'cui' }],
        roles: [{ id: 'system-owner', title: 'Information System Owner' }, { id: 'information-system-security-officer', title: 'System Information System Security Officer (or Equivalent)' }],
        parties: [{ uuid: u(), type: 'organization', name: CSP, 'short-name': 'Ledgerline' }, { uuid: u(), type: 'person', name: 'Rashid Odum' }],
      },
      'import-profile': { href: 'https://raw.githubusercontent.com/GSA/fedramp-automation/master/dist/content/rev5/baselines/json/FedRAMP_rev5_MODERATE-baseline_profile.json' },
      'system-characteristics': {
        'system-ids': [{ 'identifier-type': 'http://fedramp.gov/ns/oscal', id: FRID }],
        'system-name': CSO,
        'system-name-short': ABBR,
        description: `${ABBR} is a multi-tenant SaaS that federal agencies use to publish notices of funding opportunity, receive applications, conduct merit review, issue awards and collect recipient reports and drawdown requests.`,
        props: [{ name: 'cloud-service-model', value: 'saas' }, { name: 'cloud-deployment-model', value: 'government-only-cloud' }, { name: 'authorization-type', ns: 'https://fedramp.gov/ns/oscal', value: 'fedramp-agency' }],
        'security-sensitivity-level': 'fips-199-moderate',
        'system-information': {
          'information-types': [
            { uuid: u(), title: 'Grants and Federal Financial Assistance', description: 'Application, award and post-award reporting records.', categorizations: [{ system: 'https://doi.org/10.6028/NIST.SP.800-60v2r1', 'information-type-ids': ['D.10.1'] }], 'confidentiality-impact': { base: 'fips-199-moderate' }, 'integrity-impact': { base: 'fips-199-moderate' }, 'availability-impact': { base: 'fips-199-low' } },
          ],
        },
        'security-impact-level': { 'security-objective-confidentiality': 'fips-199-moderate', 'security-objective-integrity': 'fips-199-moderate', 'security-objective-availability': 'fips-199-moderate' },
        status: { state: 'operational' },
        'authorization-boundary': { description: 'Applicant portal, agency console, reviewer workspace, API, document store and databases hosted in AWS GovCloud (US-West).' },
      },
      'system-implementation': {
        users: [{ uuid: u(), title: 'Agency Grants Management Officer', props: [{ name: 'type', value: 'external' }, { name: 'privilege-level', value: 'non-privileged' }], 'role-ids': ['grants-officer'] }],
        components: [
          { uuid: compThis, type: 'this-system', title: CSO, description: 'The system as a whole.', status: { state: 'operational' } },
          { uuid: compApp, type: 'software', title: 'Applicant Portal', description: 'Public web application for applicants and recipients.', status: { state: 'operational' } },
          { uuid: compDb, type: 'software', title: 'Amazon Aurora PostgreSQL', description: 'Relational store for applications and awards.', status: { state: 'operational' } },
        ],
      },
      'control-implementation': {
        description: `Control implementations for the FedRAMP Rev 5 Moderate baseline as implemented by ${ABBR}.`,
        'implemented-requirements': CONTROLS.map(([id, , text]) => ({
          uuid: u(),
          'control-id': id.toLowerCase(),
          props: [{ name: 'implementation-status', ns: 'https://fedramp.gov/ns/oscal', value: 'implemented' }],
          statements: [{ 'statement-id': `${id.toLowerCase()}_smt.a`, uuid: u(), 'by-components': [{ 'component-uuid': compThis, uuid: u(), description: text }] }],
        })),
      },
    },
  };
}

export const sspEntries: Entry[] = [
  { file: 'Final_v7.docx', expected: 'SSP', note: 'Full FedRAMP Moderate SSP for the grants SaaS with revision history, approvals, TOC and control implementation statements; metadata title left from the FedRAMP template.', build: () => renderDocx(sspDocx()) },
  { file: 'doc-0412.pdf', expected: 'SSP', note: 'Printed SSP (shorter control section) with bold-paragraph headings; PDF title metadata is a file name.', build: () => renderPdf(sspPdf()) },
  { file: 'lfgc-ssp-oscal.json', expected: 'SSP', note: 'OSCAL 1.1.3 system-security-plan JSON for the grants SaaS.', build: async () => JSON.stringify(oscalSsp('1.1.3'), null, 2) },
  { file: 'export (2).yaml', expected: 'SSP', note: 'OSCAL 1.0.4 system-security-plan in YAML, generic file name.', build: async () => stringify(oscalSsp('1.0.4')) },
];
