import type { Block } from '../kit/blocks.js';
import { bold, bullets, h1, h2, p, pageBreak, revisionHistory, table, tocBlock } from '../kit/blocks.js';
import { renderProse } from '../kit/render.js';
import { makeRng } from '../kit/rng.js';
import type { EvalDoc } from '../kit/world.js';
import { CUI_NOTICE, W, context, signatures } from '../kit/world.js';

function controlStatement(id: string, name: string, parts: [string, string][]): Block[] {
  const out: Block[] = [h2(`${id} ${name}`)];
  out.push(
    table([
      [`${id} Control Summary Information`, ''],
      ['Responsible Role:', 'ISSO; Platform SRE Lead'],
      ['Implementation Status (check all that apply):', 'X Implemented   _ Partially implemented   _ Planned'],
      ['Control Origination:', 'X Service Provider Corporate   X Service Provider System Specific   _ Inherited from AWS GovCloud (FedRAMP High P-ATO)'],
    ]),
  );
  out.push(bold(`${id} What is the solution and how is it implemented?`));
  for (const [part, text] of parts) out.push(p(`Part ${part}: ${text}`));
  return out;
}

function sspBlocks(variant: number): Block[] {
  const rng = makeRng(4200 + variant);
  const b: Block[] = [];
  if (variant === 0) {
    b.push({ t: 'big', text: W.cso }, { t: 'subtitle', text: 'System Security Plan' }, { t: 'subtitle', text: 'FedRAMP Moderate Baseline (NIST SP 800-53 Rev. 5)' });
    b.push(p(`Cloud Service Provider: ${W.csp}`), p(`FedRAMP Package ID: ${W.fedrampId}`), p('Version 3.2 | March 13, 2026'), p(CUI_NOTICE), pageBreak);
  } else {
    b.push(p(CUI_NOTICE), { t: 'title', text: `${W.csp} — ${W.cso} (${W.acronym})` }, { t: 'subtitle', text: 'SYSTEM SECURITY PLAN — Version 2.9 (Annual Update)' });
  }
  b.push(bold('Document Revision History'));
  b.push(
    revisionHistory([
      ['06/30/2025', '2.0', 'Initial submission for agency review, aligned to FedRAMP Rev5 template', W.isso],
      ['09/12/2025', '2.4', 'Updated boundary diagram after the STAC API migration to EKS; incorporated agency comments', W.isso],
      ['01/20/2026', '3.0', 'Annual update; added change-detection GPU workers; control statements for SR family', W.ciso],
      ['03/13/2026', '3.2', 'Corrections from 3PAO readiness review; updated Attachment 13 references', W.isso],
    ]),
  );
  b.push(...signatures([[W.ciso, 'Chief Information Security Officer'], [W.vpEng, 'VP Engineering, System Owner'], [W.isso, 'Information System Security Officer']]));
  b.push(pageBreak, ...tocBlock(['1 Information System Name/Title', '2 Information System Categorization', '3 Information System Owner', '4 Authorizing Official', '7 Leveraged FedRAMP-Authorized Services', '8 Illustrated Architecture and Narratives', '9 Ports, Protocols and Services', '13 Security Controls', '14 Acronyms', '15 Attachments']), pageBreak);
  b.push(h1('1 Information System Name/Title'));
  b.push(p(`This System Security Plan provides an overview of the security requirements for ${W.cso} (${W.acronym}) and describes the controls in place or planned for implementation to provide a level of security appropriate for the information processed, as required by FedRAMP and NIST SP 800-53 Revision 5.`));
  b.push(table([['Unique Identifier', 'Information System Name', 'Information System Abbreviation'], [W.fedrampId, W.cso, W.acronym]]));
  b.push(h1('2 Information System Categorization'));
  b.push(p(`The overall information system sensitivity categorization, as determined in the FIPS 199 Categorization (Attachment 10), is Moderate. ${W.cso} processes geospatial imagery, derived change products and analyst annotations for civilian agency land-management missions.`));
  b.push(table([['Information Type (NIST SP 800-60)', 'Confidentiality', 'Integrity', 'Availability'], ['D.14.1 Environmental Monitoring and Forecasting', 'Low', 'Moderate', 'Moderate'], ['D.8.2 Forest and Land Management (analogue)', 'Moderate', 'Moderate', 'Low'], ['C.3.5.1 System Development', 'Low', 'Moderate', 'Low'], ['Overall', 'Moderate', 'Moderate', 'Moderate']]));
  b.push(h2('2.1 Digital Identity Determination'), p('The digital identity level is IAL2 / AAL2 / FAL2 as documented in the Digital Identity Worksheet (Attachment 3). Agency users authenticate through their agency identity provider with PIV or phishing-resistant MFA.'));
  b.push(h1('3 Information System Owner'), table([['Name', W.vpEng], ['Title', 'VP Engineering'], ['Company / Organization', W.csp], ['Address', W.address], ['Phone Number', '303-555-0148'], ['Email Address', 'helen.voss@meridianorbital.example']], false));
  b.push(h1('4 Authorizing Official'), p(`The Authorizing Official for this agency authorization is ${W.ao}, ${W.aoTitle}, ${W.agency}.`));
  b.push(h1('7 Leveraged FedRAMP-Authorized Services'), table([['CSP/CSO Name', 'Authorization Type', 'Impact Level', 'Services Used'], ['Amazon Web Services GovCloud (US)', 'JAB P-ATO', 'High', 'EC2, EKS, S3, RDS, KMS, CloudTrail, WAF'], ['Okta for Government Moderate', 'Agency ATO', 'Moderate', 'Workforce SSO for CSP administrators']]));
  b.push(h1('8 Illustrated Architecture and Narratives'), p(context(rng, 3)), p(context(rng, 3)), p('Figure 8-1 shows the authorization boundary. The boundary includes the ingest, tiling, change-detection, STAC API, portal and PostGIS components; it excludes the commercial ground stations, the downlink network and the Hardware Division enterprise network, which connect only through the authenticated ingest endpoint described in Section 9.'));
  b.push(h1('9 Ports, Protocols and Services'), table([['Port (TCP/UDP)', 'Protocol', 'Service', 'Purpose', 'Used By'], ['443/TCP', 'HTTPS', 'ALB / WAF', 'Portal, STAC API, tile server', 'Agency analysts'], ['443/TCP', 'HTTPS (mTLS)', 'Ingest endpoint', 'Scene delivery from ground stations', 'Ground-station partners'], ['5432/TCP', 'PostgreSQL (TLS)', 'RDS PostGIS', 'Vector change products', 'Internal services'], ['53/UDP', 'DNS', 'Route 53 Resolver', 'Name resolution', 'All VPC workloads']]));
  b.push(pageBreak, h1('13 Security Controls'), p('The following sections describe the implementation of each control in the FedRAMP Moderate baseline. Parameters assigned by FedRAMP are shown in the control summary tables; customer responsibilities are summarized in the CIS/CRM Workbook (Attachment 9).'));
  b.push(h1('13.1 Access Control (AC)'));
  b.push(...controlStatement('AC-2', 'Account Management', [
    ['a', 'Account types are defined in the Account Management Standard: agency analyst, agency tenant administrator, CSP operator, CSP break-glass, and service accounts for ingest partners. Shared and group accounts are prohibited.'],
    ['b', 'Account managers are assigned per tenant by the agency; CSP operator accounts are managed by the Platform SRE Lead.'],
    ['d', 'Access to the imagery archive requires a tenant role; cross-tenant roles exist only for CSP operators and are time-bound through just-in-time elevation.'],
    ['j', 'Privileged accounts are reviewed monthly and all other accounts quarterly; results are recorded in the access review tracker.'],
  ]));
  b.push(...controlStatement('AC-17', 'Remote Access', [['a', 'All administrative access to production is through AWS Systems Manager Session Manager from managed endpoints; SSH and RDP are not exposed. Each session is logged to CloudTrail and the central log platform.']]));
  b.push(h1('13.2 Audit and Accountability (AU)'));
  b.push(...controlStatement('AU-2', 'Event Logging', [['a', 'The events logged include authentication events, STAC API object access, tile download volumes above tenant thresholds, administrative actions, IAM changes, and ingest rejections.'], ['c', context(rng, 2)]]));
  b.push(h1('13.3 System and Communications Protection (SC)'));
  b.push(...controlStatement('SC-7', 'Boundary Protection', [['a', 'Public interfaces are limited to the ALB fronted by AWS WAF; workloads run in private subnets with egress through inspected NAT gateways and an allow-list proxy.'], ['b', 'Ground-station delivery traffic terminates on the ingest endpoint in a separate subnet and is authenticated with mutual TLS certificates issued per station.']]));
  b.push(...controlStatement('SC-13', 'Cryptographic Protection', [['a', 'FIPS 140-validated modules are used for data in transit (AWS FIPS endpoints, OpenSSL FIPS provider on the tile servers) and at rest (AWS KMS).']]));
  b.push(...controlStatement('SC-28', 'Protection of Information at Rest', [['a', 'All S3 buckets in the imagery archive enforce SSE-KMS with bucket keys; RDS storage and EBS volumes are encrypted with customer-managed KMS keys.']]));
  b.push(h1('13.4 Configuration Management (CM)'), ...controlStatement('CM-6', 'Configuration Settings', [['a', 'Hardened images follow CIS Amazon Linux 2023 Level 1 with documented deviations; the baseline is described in the Configuration Management Plan (Attachment 7).']]));
  b.push(h1('15 Attachments'), bullets('Attachment 1 — Information Security Policies and Procedures', 'Attachment 2 — User Guide', 'Attachment 3 — Digital Identity Worksheet', 'Attachment 4 — PTA/PIA', 'Attachment 5 — Rules of Behavior', 'Attachment 6 — Information System Contingency Plan', 'Attachment 7 — Configuration Management Plan', 'Attachment 8 — Incident Response Plan', 'Attachment 9 — CIS/CRM Workbook', 'Attachment 10 — FIPS 199', 'Attachment 11 — Separation of Duties Matrix', 'Attachment 12 — Laws and Regulations', 'Attachment 13 — Integrated Inventory Workbook'));
  return b;
}

export async function buildSsp(): Promise<EvalDoc[]> {
  return [
    {
      file: 'Final_v7.docx',
      expected: 'SSP',
      note: 'Full FedRAMP Moderate System Security Plan for Meridian GeoWatch with cover page, revision history, categorization and control implementation statements.',
      data: await renderProse('docx', sspBlocks(0), { header: `${W.cso} System Security Plan — CUI`, footer: 'Controlled Unclassified Information', meta: { title: 'FedRAMP SSP Rev5 Template', creator: 'FedRAMP PMO', lastModifiedBy: W.isso } }),
    },
    {
      file: 'doc-0412.pdf',
      expected: 'SSP',
      note: 'PDF print of the annual-update System Security Plan, title after the CUI notice, no PDF title metadata; control statements AC/AU/SC/CM.',
      data: await renderProse('pdf', sspBlocks(1), { header: 'MGW SSP v2.9', footer: 'CUI', headings: 'bold' }),
    },
  ];
}
