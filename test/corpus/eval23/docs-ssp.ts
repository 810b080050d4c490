import { readFile } from 'node:fs/promises';
import YAML from 'yaml';
import { fixture } from '../../support/fixtures.js';
import { bold, h1, h2, p, small, table, title, pagebreak, type Block } from './kit/blocks.js';
import { A, B, approvals, cover, distribution, revisionHistory, sections, tocList, type Engagement } from './kit/common.js';
import { buildDocx } from './kit/docx.js';
import { buildPdf } from './kit/pdf.js';
import type { EvalDoc } from './types.js';

function controlStatement(id: string, name: string, e: Engagement, parts: [string, string][], roles: string, status = 'Implemented'): Block[] {
  return [
    h2(`${id} ${name}`),
    table([
      [`${id} Control Summary Information`, ''],
      ['Responsible Role:', roles],
      ['Implementation Status (check all that apply):', `[X] ${status}`],
      ['Control Origination (check all that apply):', '[X] Service Provider Corporate  [X] Service Provider System Specific'],
    ]),
    bold(`${id} What is the solution and how is it implemented?`),
    table([['Part', 'Implementation'], ...parts.map(([k, v]) => [k, v.replace(/SYSTEM/g, e.abbr)])]),
  ];
}

function sspBody(e: Engagement): Block[] {
  return [
    ...sections([
      ['1. Information System Name/Title', [`This System Security Plan provides an overview of the security requirements for the ${e.system} (${e.abbr}) and describes the controls in place or planned for implementation to provide a level of security appropriate for the information to be transmitted, processed or stored by the system. Information security is vital to our critical infrastructure and its effective performance and protection is a key component of our national security program. Proper management of information technology systems is essential to ensure the confidentiality, integrity and availability of the data transmitted, processed or stored by the ${e.abbr} information system.`, `The security safeguards implemented for the ${e.abbr} system meet the policy and control requirements set forth in this System Security Plan. All systems are subject to monitoring consistent with applicable laws, regulations, agency policies, procedures and practices.`]],
      ['2. Information System Categorization', [`The overall information system sensitivity categorization is recorded in the FIPS 199 Categorization attachment (Attachment 10). The ${e.abbr} is categorized Moderate for confidentiality, integrity and availability, and the Moderate Rev5 baseline (323 controls and enhancements) is selected.`, `Digital identity determination: the digital identity level is documented in the Digital Identity Worksheet (Attachment 3); ${e.abbr} requires identity assurance level 2, authenticator assurance level 2 and federation assurance level 2.`]],
      ['3. Information System Owner', [`The following individual is identified as the system owner or functional proponent/advocate for this system: ${e.sysOwner}, Vice President of Federal Platforms, ${e.csp}.`]],
      ['4. Authorizing Official', [`The Authorizing Official (AO) or Designated Approving Authority (DAA) for this information system is ${e.ao}, Chief Information Officer, ${e.agency}.`]],
      ['5. Assignment of Security Responsibility', [`The Information System Security Officer (ISSO) for ${e.abbr} is ${e.isso}. The ISSO coordinates the continuous monitoring program, maintains this plan and its attachments, and is the primary point of contact for the sponsoring agency and the third party assessment organization.`]],
      ['6. Leveraged FedRAMP-Authorized Services', [`${e.abbr} is deployed on ${e.region}, which holds a FedRAMP High provisional authorization. Controls inherited from the infrastructure provider are identified in the CIS/CRM Workbook (Attachment 12) as inherited, and customer responsibilities are carried forward to agency customers.`]],
      ['7. General System Description', [`${e.system} is a multi-tenant software-as-a-service offering that lets federal program offices record, route and retain case and ledger records. Agency users reach the service over TLS 1.2 or higher through the public web tier; privileged administrators reach the management plane only through the bastion enclave after phishing-resistant multifactor authentication.`, `The authorization boundary comprises the production virtual private network, the logging and monitoring tier, the CI/CD tooling that deploys into production, and the corporate identity provider tenant used for administrator authentication. Development and test environments are outside the boundary and hold no federal data.`]],
      ['8. System Environment and Inventory', [`Directions for attaching the FedRAMP Inventory Workbook may be found in the Integrated Inventory Workbook (Attachment 13). The inventory is validated monthly against authenticated scan results and submitted with the continuous monitoring deliverables.`]],
      ['9. System Interconnections', [`${e.abbr} exchanges data with the ${e.agencyShort} enterprise identity service (SAML 2.0), the ${e.agencyShort} records archive (SFTP over FIPS 140-validated modules) and a commercial email relay. Each interconnection is governed by an Interconnection Security Agreement listed in Table 9-1.`]],
      ['10. Laws, Regulations, Standards and Guidance', [`The laws, regulations, standards and guidance applicable to ${e.abbr} are listed in the Laws and Regulations attachment (Attachment 12 of the package index).`]],
      ['11. Minimum Security Controls', [`Security controls must meet minimum security control baseline requirements. The following sections describe how each control of the FedRAMP Moderate baseline is implemented, planned, or inherited. Where a control is only partially implemented, the gap is tracked in the Plan of Action and Milestones.`]],
    ]),
    h1('13. Access Control (AC)'),
    ...controlStatement('AC-2', 'Account Management', e, [
      ['Part a', 'SYSTEM defines and documents the types of accounts allowed: agency end-user accounts, agency administrator accounts, CSP privileged accounts and service accounts. Prohibited account types include shared and guest accounts.'],
      ['Part b', 'Account managers are assigned by the Director of Cloud Operations for CSP accounts and by each agency\'s designated account manager for tenant accounts.'],
      ['Part d', 'Authorized users, group and role membership and access authorizations are recorded in the access request ticket and reflected in the identity provider groups.'],
      ['Part j', 'Privileged accounts are reviewed every month and non-privileged accounts quarterly; the review record is kept in the GRC tool.'],
    ], 'ISSO; Director of Cloud Operations; Agency Account Manager'),
    ...controlStatement('AC-7', 'Unsuccessful Logon Attempts', e, [
      ['Part a', 'SYSTEM enforces a limit of three consecutive invalid logon attempts by a user during a fifteen-minute period.'],
      ['Part b', 'The account is locked for thirty minutes or until released by an administrator when the maximum number of unsuccessful attempts is exceeded.'],
    ], 'Identity Engineering'),
    h1('14. Identification and Authentication (IA)'),
    ...controlStatement('IA-2(1)', 'Multi-factor Authentication to Privileged Accounts', e, [
      ['Req.', 'All privileged access to SYSTEM requires FIDO2 security keys registered in the corporate identity provider; SMS and voice factors are disabled.'],
    ], 'Identity Engineering; ISSO'),
    h1('15. System and Communications Protection (SC)'),
    ...controlStatement('SC-7', 'Boundary Protection', e, [
      ['Part a', 'SYSTEM monitors and controls communications at the external boundary with a web application firewall, security groups and network ACLs, and at key internal boundaries between the web, application and data subnets.'],
      ['Part c', 'Connections to external networks occur only through managed interfaces consisting of load balancers and NAT gateways arranged in the architecture shown in Figure 8-1.'],
    ], 'Network Engineering', 'Partially Implemented'),
    ...controlStatement('SC-13', 'Cryptographic Protection', e, [
      ['Req.', 'SYSTEM uses FIPS 140-validated cryptographic modules for data in transit and at rest; module certificate numbers are listed in Appendix Q.'],
    ], 'Platform Security'),
  ];
}

async function sspDocxA(): Promise<Buffer> {
  const e = A;
  const blocks: Block[] = [
    small('FedRAMP System Security Plan (SSP) Moderate Baseline'),
    title(e.csp, 30),
    title(e.system, 44),
    title('System Security Plan', 44),
    p('Version 3.2'),
    p('April 28, 2025'),
    p(`Prepared by: ${e.csp}, 2200 Harborview Parkway, Suite 400, Reston, VA 20191`),
    small('Controlled Unclassified Information. Proprietary and security-sensitive; release only to authorization stakeholders.'),
    pagebreak(),
    ...revisionHistory([
      ['01/15/2024', '2.0', 'Annual update for Rev5 transition', e.isso],
      ['08/30/2024', '3.0', 'Boundary change: logging tier moved into boundary (SCR-2024-03)', e.isso],
      ['03/12/2025', '3.1', 'Updated after 3PAO readiness review comments', e.isso],
      ['04/28/2025', '3.2', 'Final for initial assessment; control statements AC, IA, SC revised', e.isso],
    ]),
    ...approvals([[e.sysOwner, 'System Owner'], [e.isso, 'Information System Security Officer'], ['Kenji Ashdown', 'Chief Information Security Officer']]),
    pagebreak(),
    ...tocList(['1. Information System Name/Title', '2. Information System Categorization', '3. Information System Owner', '4. Authorizing Official', '5. Assignment of Security Responsibility', '6. Leveraged FedRAMP-Authorized Services', '7. General System Description', '8. System Environment and Inventory', '9. System Interconnections', '10. Laws, Regulations, Standards and Guidance', '11. Minimum Security Controls', '12. Acronyms', '13. Access Control (AC)']),
    pagebreak(),
    ...sspBody(e),
    h1('Attachments'),
    table([['#', 'Attachment', 'File name'], ['1', 'Information Security Policies and Procedures', 'MLC-A01-Policies.pdf'], ['2', 'User Guide', 'MLC-A02-UserGuide.pdf'], ['3', 'Digital Identity Worksheet', 'MLC-A03-DIW.docx'], ['4', 'PTA/PIA', 'MLC-A04-PIA.docx'], ['5', 'Rules of Behavior', 'MLC-A05-RoB.docx'], ['6', 'Information System Contingency Plan', 'MLC-A06-ISCP.docx'], ['7', 'Configuration Management Plan', 'MLC-A07-CMP.docx'], ['8', 'Incident Response Plan', 'MLC-A08-IRP.docx'], ['9', 'CIS/CRM Workbook', 'MLC-A09-CIS-CRM.xlsx'], ['10', 'FIPS 199', 'MLC-A10-FIPS199.docx'], ['11', 'Separation of Duties Matrix', 'MLC-A11-SoD.xlsx'], ['13', 'Integrated Inventory Workbook', 'MLC-A13-Inventory.xlsx']]),
  ];
  return buildDocx({ blocks, header: `${e.system} | System Security Plan | Version 3.2`, footer: 'CUI', meta: { title: 'FedRAMP SSP Moderate Baseline Template', creator: 'FedRAMP PMO', lastModifiedBy: e.isso, created: '2023-06-30T00:00:00Z', modified: '2025-04-28T17:02:00Z' } });
}

async function sspPdfB(): Promise<Buffer> {
  const e = B;
  const blocks: Block[] = [
    ...cover('System Security Plan (SSP)', e, '1.4', 'March 2025', ['FedRAMP Moderate', `Sponsoring agency: ${e.agency}`]),
    ...distribution([[e.ao, `${e.agencyShort} Authorizing Official`], ['Brightline Assurance Partners, LLC', 'Third Party Assessment Organization'], ['FedRAMP PMO', 'info@fedramp.gov']]),
    ...revisionHistory([['11/04/2024', '1.0', 'Initial SSP for agency partnership', e.isso], ['03/21/2025', '1.4', 'Updated boundary diagram and leveraged services', e.isso]]),
    pagebreak(),
    ...sspBody(e),
  ];
  return buildPdf({ blocks, header: `${e.abbr} System Security Plan v1.4 - CUI`, meta: { title: `${e.abbr}_SSP_v1.4_FINAL`, author: e.isso, producer: 'Adobe PDF Library 23.1.175', creator: 'Acrobat PDFMaker 23 for Word' } });
}

async function sspOscalJson(): Promise<string> {
  const doc = JSON.parse(await readFile(fixture('oscal/FedRAMP-SSP-OSCAL-Template.json'), 'utf8')) as { 'system-security-plan': Record<string, unknown> };
  const ssp = doc['system-security-plan'];
  ssp.uuid = '5f0c21aa-61c4-4c47-9d1d-7e3b3c4ad001';
  const md = ssp.metadata as Record<string, unknown>;
  md.title = `${A.system} System Security Plan`;
  md['last-modified'] = '2025-04-28T17:00:00Z';
  md.version = '3.2';
  const sc = ssp['system-characteristics'] as Record<string, unknown>;
  sc['system-name'] = A.system;
  sc['system-name-short'] = A.abbr;
  sc.description = `${A.system} is a multi-tenant SaaS for federal case and ledger records hosted on ${A.region}.`;
  return JSON.stringify(doc, null, 2);
}

async function sspOscalYaml(): Promise<string> {
  const doc = YAML.parse(await readFile(fixture('oscal/FedRAMP-SSP-OSCAL-Template.yaml'), 'utf8')) as { 'system-security-plan': Record<string, unknown> };
  const ssp = doc['system-security-plan'];
  const md = ssp.metadata as Record<string, unknown>;
  md.title = `${B.abbr} SSP`;
  md['last-modified'] = '2025-03-21T12:00:00Z';
  const sc = ssp['system-characteristics'] as Record<string, unknown>;
  sc['system-name'] = B.system;
  sc['system-name-short'] = B.abbr;
  return `# exported from the GRC tool by ${B.isso}\n` + YAML.stringify(doc, { lineWidth: 0 });
}

export async function sspDocs(): Promise<EvalDoc[]> {
  return [
    { file: 'MLC_SSP_v3.2_final.docx', expected: 'SSP', note: 'Halvorsen\'s Moderate SSP in Word with cover, revision history, approvals, TOC and control statements; stale template metadata.', data: await sspDocxA() },
    { file: 'doc-0412.pdf', expected: 'SSP', note: 'Tidewater\'s CPCM System Security Plan printed to PDF, cover then distribution list and control implementation statements.', data: await sspPdfB() },
    { file: 'upload (3).json', expected: 'SSP', note: 'OSCAL JSON system-security-plan derived from the GSA template, retitled for Meridian Ledger Cloud.', data: await sspOscalJson() },
    { file: 'cpcm-export.yaml', expected: 'SSP', note: 'OSCAL YAML system-security-plan exported from the CSP\'s GRC tool (GSA template, retitled for CPCM).', data: await sspOscalYaml() },
  ];
}

