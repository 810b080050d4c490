/** System Security Plans: a tool-rendered docx and three OSCAL encodings (JSON, YAML, prefixed XML). */
import { stringify as yamlStringify, parse as yamlParse } from 'yaml';
import type { CorpusDoc } from '../kit/corpus.js';
import { renderDocx } from '../kit/docx.js';
import { approvals, bullets, h1, h2, h3, legalNotice, p, pagebreak, revisionHistory, table, toc } from '../kit/front.js';
import type { Block } from '../kit/model.js';
import { seeded, uuid } from '../kit/rand.js';
import { AGENCY, CSO, CSO2, CSO2_SHORT, CSO_SHORT, CSP, CSP2, GOVERNANCE, person, readFixture } from './org.js';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** Deep copy with object keys sorted (a legal but unusual order for an OSCAL JSON export). */
export function sortKeys(v: Json, reverse = false): Json {
  if (Array.isArray(v)) return v.map((x) => sortKeys(x, reverse));
  if (v && typeof v === 'object') {
    const keys = Object.keys(v).sort();
    if (reverse) keys.reverse();
    return Object.fromEntries(keys.map((k) => [k, sortKeys(v[k] ?? null, reverse)]));
  }
  return v;
}

/** Adds an XML namespace prefix to every element of a default-namespace OSCAL XML document. */
export function prefixXml(xml: string, prefix: string): string {
  return xml
    .replace(/<(\/?)([A-Za-z][\w.-]*)(?=[\s/>])/g, (_m, slash: string, name: string) => `<${slash}${prefix}:${name}`)
    .replace(/xmlns="http:\/\/csrc\.nist\.gov\/ns\/oscal\/1\.0"/, `xmlns:${prefix}="http://csrc.nist.gov/ns/oscal/1.0"`);
}

function control(id: string, name: string, roles: string, status: string, origination: string, parts: [string, string][]): Block[] {
  return [
    h3(`${id} ${name}`),
    table([
      [`${id} Control Summary Information`, ''],
      ['Responsible Role:', roles],
      ['Implementation Status (check all that apply):', status],
      ['Control Origination (check all that apply):', origination],
    ]),
    table([[`${id} What is the solution and how is it implemented?`, ''], ...parts.map(([part, text]) => [part, text])]),
  ];
}

function sspBody(): Block[] {
  return [
    h1('1. Information System Name/Title'),
    p(`This System Security Plan provides an overview of the security requirements for the ${CSO} (${CSO_SHORT}) and describes the controls in place or planned for implementation to provide a level of security appropriate for the information to be transmitted, processed or stored by the system. Information security is vital to our critical infrastructure and its effective performance and protection is a key component of our national security program.`),
    table([
      ['Unique Identifier', 'Information System Name', 'Information System Abbreviation'],
      ['F2207151522', CSO, CSO_SHORT],
    ]),
    h1('2. Information System Categorization'),
    p('The overall information system sensitivity categorization is recorded in the table that follows. Directions for attaching the FIPS 199 document may be found in the Attachments section.'),
    table([['System Sensitivity Level:', 'Moderate']]),
    h2('2.1 Information Types'),
    p('The following table identifies the information types that are input, stored, processed and/or output from the system, selected from NIST SP 800-60 Volume II Revision 1.'),
    table([
      ['Information Type (SP 800-60 identifier)', 'Confidentiality', 'Integrity', 'Availability'],
      ['C.3.5.1 System Development', 'Low', 'Moderate', 'Low'],
      ['C.2.8.12 Official Information Dissemination', 'Low', 'Low', 'Low'],
      ['D.17.2 Legal Investigation', 'Moderate', 'Moderate', 'Moderate'],
      ['C.3.5.8 Information Security', 'Moderate', 'Moderate', 'Low'],
    ]),
    h2('2.2 Security Objectives Categorization (FIPS 199)'),
    table([['Security Objective', 'Low, Moderate or High'], ['Confidentiality', 'Moderate'], ['Integrity', 'Moderate'], ['Availability', 'Moderate']]),
    h2('2.3 Digital Identity Determination'),
    p('The digital identity information may be found in Attachment 3, Digital Identity Worksheet. Identity Assurance Level (IAL): IAL2. Authenticator Assurance Level (AAL): AAL2. Federation Assurance Level (FAL): FAL2.'),
    h1('3. Information System Owner'),
    table([['Name', person('owner')[0]], ['Title', person('owner')[1]], ['Company / Organization', CSP], ['Address', '1400 Wilson Boulevard, Suite 900, Arlington, VA 22209'], ['Phone Number', '(703) 555-0142'], ['Email Address', 'system-owner@larkspur.example']]),
    h1('4. Authorizing Officials'),
    p(`The Authorizing Official for this system is the ${AGENCY} Chief Information Officer, as designated in the agency's delegation of authority.`),
    h1('5. Other Designated Contacts'),
    table([['Role', 'Name', 'Email'], ['Management POC', person('cto')[0], 'cto@larkspur.example'], ['Technical POC', person('sre')[0], 'sre-lead@larkspur.example']]),
    h1('6. Assignment of Security Responsibility'),
    p(`The Information System Security Officer (ISSO) for ${CSO_SHORT} is ${person('isso')[0]}. The ISSO maintains this plan, coordinates continuous monitoring deliverables and is the primary point of contact for the agency's security staff.`),
    h1('7. Leveraged FedRAMP-Authorized Services'),
    table([['Leveraged Service', 'Authorization Type', 'Impact Level', 'Package ID'], ['AWS GovCloud (US)', 'JAB P-ATO', 'High', 'F1603047866'], ['Okta for Government Moderate', 'Agency ATO', 'Moderate', 'FR1712345678']]),
    h1('8. Information System Type'),
    p('The system is a Software as a Service (SaaS) offering delivered using a Government Only Community Cloud deployment model. The cloud service provider relies on the leveraged IaaS for physical and environmental protection and a subset of contingency planning controls.'),
    h1('9. General System Description'),
    h2('9.1 System Function or Purpose'),
    p(`${CSO_SHORT} is a multi-tenant case management platform that lets federal program offices intake, route, track and close investigative and administrative cases. It stores case narratives, attachments, correspondence and audit trails, and exposes a REST API for integration with agency records systems.`),
    h2('9.2 Information System Components and Boundaries'),
    p('The authorization boundary includes the web tier (Application Load Balancer and containerized front end on Amazon EKS), the application tier (case, workflow and search services), the data tier (Amazon RDS for PostgreSQL, Amazon OpenSearch Service and S3 object storage with SSE-KMS), and the management tier (bastion-less administration through AWS Systems Manager Session Manager). The boundary diagram is Figure 9-1; the data flow diagram is Figure 10-1.'),
    h2('9.3 Types of Users'),
    table([['Role', 'Internal or External', 'Privileged, Non-Privileged or No Logical Access', 'Sensitivity Level', 'Authorized Privileges', 'Functions Performed'], ['Tenant Administrator', 'External', 'Privileged', 'Moderate', 'Full tenant administration', 'Manages tenant users and case workflows'], ['Case Worker', 'External', 'Non-Privileged', 'Moderate', 'Read/write cases', 'Processes assigned cases'], ['Platform Engineer', 'Internal', 'Privileged', 'Moderate', 'Infrastructure administration', 'Operates and patches the platform']]),
    h1('10. System Environment and Inventory'),
    p('The complete inventory of hardware and software components is maintained in the Integrated Inventory Workbook (Attachment 13) and reconciled monthly against the vulnerability scan targets. Hardening baselines are the CIS Amazon EKS Benchmark and the DISA STIG for PostgreSQL, as described in the Configuration Management Plan (Attachment 6).'),
    h1('11. System Interconnections'),
    table([['SP IP Address and Interface', 'External Organization Name and IP Address', 'External POC', 'Connection Security', 'Data Direction', 'Information Being Transmitted'], ['API gateway (TLS 1.2+)', `${AGENCY} records system`, 'Agency ISSO', 'Mutual TLS, ISA dated 2024-11-02', 'Bi-directional', 'Case metadata and dispositions']]),
    h1('12. Laws, Regulations, Standards and Guidance'),
    p('The applicable laws, regulations, standards and guidance are listed in Attachment 12, FedRAMP Laws and Regulations, and in the table below for those specific to this system.'),
    h1('13. Minimum Security Controls'),
    p('Security controls must meet minimum security control baseline requirements. The FedRAMP Moderate baseline (NIST SP 800-53 Revision 5) applies. The implementation statements below describe how each control requirement is met; inherited portions are identified with the leveraged authorization.'),
    h2('13.1 Access Control (AC)'),
    ...control('AC-1', 'Policy and Procedures (L)(M)(H)', 'CISO; ISSO', 'Implemented', 'Service Provider Corporate', [
      ['Part a', 'Larkspur develops, documents and disseminates the Access Control Policy and the Account Management Procedure to all personnel with access to the system through the policy portal.'],
      ['Part b', 'The CISO is designated to manage the development, documentation and dissemination of the policy and procedures.'],
      ['Part c', 'The policy is reviewed at least every three years and the procedures at least annually, and following significant changes.'],
    ]),
    ...control('AC-2', 'Account Management (L)(M)(H)', 'Platform Engineering; Tenant Administrator', 'Implemented', 'Service Provider System Specific; Shared', [
      ['Part a', 'Account types allowed are individual, privileged, service and emergency accounts; group and shared accounts are prohibited.'],
      ['Part d', 'Authorized users, group membership and access authorizations are recorded in the identity provider and approved through the access request workflow.'],
      ['Part j', 'Accounts are reviewed for compliance with account management requirements monthly for privileged accounts and every six months for non-privileged accounts.'],
    ]),
    ...control('AU-2', 'Event Logging (L)(M)(H)', 'SRE Manager', 'Implemented', 'Service Provider System Specific', [
      ['Part a', 'The system logs successful and unsuccessful logon events, account management events, object access, policy change, privilege functions, process tracking and system events.'],
      ['Part c', 'Event types are reviewed and updated annually and when the threat environment changes.'],
    ]),
    ...control('CM-6', 'Configuration Settings (L)(M)(H)', 'Platform Engineering', 'Implemented', 'Service Provider System Specific', [
      ['Part a', 'Configuration settings are defined in code (Terraform and Helm) and reflect the CIS Benchmarks listed in the Configuration Management Plan.'],
      ['Part c', 'Deviations are documented as risk-accepted exceptions and tracked in the POA&M.'],
    ]),
    ...control('IA-2', 'Identification and Authentication (Organizational Users) (L)(M)(H)', 'ISSO', 'Implemented', 'Shared', [['Part a', 'Organizational users authenticate through the leveraged identity provider with phishing-resistant multi-factor authentication (FIDO2 / PIV).']]),
    ...control('RA-5', 'Vulnerability Monitoring and Scanning (L)(M)(H)', 'Vulnerability Management Lead', 'Implemented', 'Service Provider System Specific', [
      ['Part a', 'Authenticated operating system, database and web application scans run monthly and when new vulnerabilities are identified.'],
      ['Part d', 'High-risk vulnerabilities are remediated within 30 days, moderate within 90 days and low within 180 days of discovery.'],
    ]),
    ...control('SC-28', 'Protection of Information at Rest (L)(M)(H)', 'Platform Engineering', 'Implemented', 'Service Provider System Specific; Inherited', [['Part a', 'All customer data at rest is encrypted with AES-256 using FIPS 140-validated AWS KMS keys managed by Larkspur.']]),
    h1('14. Acronyms'),
    p('The FedRAMP Master Acronyms and Glossary applies to this plan.'),
    h1('15. Attachments'),
    bullets('Attachment 1 – Information Security Policies and Procedures', 'Attachment 2 – User Guide', 'Attachment 3 – Digital Identity Worksheet', 'Attachment 4 – Privacy Threshold Analysis', 'Attachment 5 – Rules of Behavior', 'Attachment 6 – Information System Contingency Plan', 'Attachment 9 – Control Implementation Summary (CIS) Workbook', 'Attachment 13 – Integrated Inventory Workbook'),
    p(GOVERNANCE[0]),
  ];
}

async function sspDocx(): Promise<CorpusDoc> {
  const body = sspBody();
  const front: Block[] = [
    p('Generated by Larkspur GRC Export Service 4.12.0 on 2025-03-14 09:30 UTC from record SSP-LCMC-0007'),
    { k: 'title', text: CSO, size: 40 },
    { k: 'title', text: 'System Security Plan', size: 52 },
    p('FedRAMP Moderate Baseline – Version 3.2 – March 14, 2025'),
    p(`Prepared by ${CSP}, 1400 Wilson Boulevard, Suite 900, Arlington, VA 22209`),
    p(`Prepared for ${AGENCY}`),
    ...legalNotice(CSP),
    pagebreak,
    ...revisionHistory([
      ['2023-08-01', '1.0', 'Initial release for agency review', person('isso')[0]],
      ['2024-03-15', '2.0', 'Rev5 transition; updated control statements', person('grc')[0]],
      ['2024-11-20', '3.0', 'Annual update; added OpenSearch to boundary', person('isso')[0]],
      ['2025-03-14', '3.2', 'Regenerated from GRC platform after ConMon review', 'svc-grc-export'],
    ]),
    ...approvals([person('owner'), person('ciso'), person('isso')]),
    ...toc(body, seeded(161)),
  ];
  const data = await renderDocx({
    blocks: [...front, ...body],
    header: `${CSO_SHORT} System Security Plan v3.2 | CUI`,
    footer: 'Controlled Unclassified Information',
    meta: { title: 'LCMC_SSP_v3.2_export.docx', creator: 'svc-grc-export', lastModifiedBy: 'svc-grc-export', application: 'Larkspur GRC Export Service' },
    headings: 'style',
  });
  return { file: 'Final_v7.docx', expected: 'SSP', note: 'Tool-rendered FedRAMP Moderate System Security Plan (docx) with categorization, roles and control implementation statements; title in a large-type cover paragraph, metadata title set to a file name.', data };
}

async function sspOscalJson(): Promise<CorpusDoc> {
  const doc = JSON.parse(await readFixture('oscal/FedRAMP-SSP-OSCAL-Template.json')) as { 'system-security-plan': Record<string, Json> };
  const ssp = doc['system-security-plan'];
  const r = seeded(1602);
  const meta = ssp.metadata as Record<string, Json>;
  meta.title = `${CSO} (${CSO_SHORT}) System Security Plan`;
  meta.version = '3.2.0-grc';
  meta['last-modified'] = '2025-03-14T09:30:00Z';
  const props = (meta.props as Json[]) ?? [];
  props.push(
    { name: 'export-tool', ns: 'https://grc.larkspur.example/ns/oscal', value: 'larkspur-grc-export 4.12.0' },
    { name: 'export-job', ns: 'https://grc.larkspur.example/ns/oscal', value: uuid(r), remarks: '**Nightly export.** Edits made in this file are _overwritten_ on the next run.' },
  );
  meta.props = props;
  const sc = ssp['system-characteristics'] as Record<string, Json>;
  sc['system-name'] = CSO;
  sc['system-name-short'] = CSO_SHORT;
  const data = JSON.stringify(sortKeys(doc as unknown as Json));
  return { file: 'export-20250314T093000Z.json', expected: 'SSP', note: 'OSCAL system-security-plan (FedRAMP template filled with the CSO name) exported minified with alphabetically sorted keys and custom-namespace props.', data };
}

async function sspOscalYaml(): Promise<CorpusDoc> {
  const obj = yamlParse(await readFixture('oscal/FedRAMP-SSP-OSCAL-Template.yaml')) as { 'system-security-plan': Record<string, Record<string, unknown>> };
  const ssp = obj['system-security-plan'];
  const meta = ssp.metadata as Record<string, unknown>;
  meta.title = `${CSO2} System Security Plan`;
  meta['last-modified'] = '2025-02-28T17:05:00Z';
  const locations = meta.locations as { address?: unknown }[] | undefined;
  // Two locations sharing one address object: the YAML writer emits an anchor and an alias.
  if (locations && locations.length > 1 && locations[0] && locations[1]) locations[1].address = locations[0].address;
  const sc = ssp['system-characteristics'] as Record<string, unknown>;
  sc['system-name'] = CSO2;
  sc['system-name-short'] = CSO2_SHORT;
  const header = [
    '# yaml-language-server: $schema=https://raw.githubusercontent.com/usnistgov/OSCAL/v1.0.4/json/schema/oscal_ssp_schema.json',
    `# ${CSP2} - compliance-as-code repository, path ssp/qgw/ssp.yaml`,
    '# Rendered by trestle-assemble at 2025-02-28T17:05:00Z; review comments go in the merge request, not here.',
  ].join('\n');
  const data = `${header}\n---\n${yamlStringify(obj, { lineWidth: 100 })}`;
  return { file: 'ssp.yaml', expected: 'SSP', note: 'OSCAL system-security-plan in YAML with comments and an anchor/alias, from a compliance-as-code repository.', data };
}

async function sspOscalXml(): Promise<CorpusDoc> {
  const xml = await readFixture('oscal/AwesomeCloudSSP2.xml');
  const prefixed = prefixXml(xml, 'oscal').replace('?>', '?>\n<!-- Exported from GRC workspace "AwesomeCloud / FY25" (oscal-export job 88213) -->');
  return { file: 'upload (3).xml', expected: 'SSP', note: 'OSCAL system-security-plan (GSA AwesomeCloud example) with every element carrying an explicit oscal: namespace prefix.', data: prefixed };
}

export async function sspDocs(): Promise<CorpusDoc[]> {
  return Promise.all([sspDocx(), sspOscalJson(), sspOscalYaml(), sspOscalXml()]);
}
