/** System Security Plans: a long Word SSP and a PDF SSP whose title sits only in the running header. */
import {
  Rng, br, center, day, docx, gap, h1, h2, h3, longDate, p, pdf, revisionTable, table, title, toc, ul, usDate,
} from './common.js';
import type { Block, EvalDoc } from './common.js';
import { CONTROLS, FAMILIES, implementation, summaryRows } from './controls.js';
import { CORVANE, LUMEN } from './orgs.js';
import type { Provider } from './orgs.js';

function infoTypes(csp: Provider): string[][] {
  const lvl = csp.level;
  return [
    ['C.3.5.1 System Development', 'Low', lvl === 'Low' ? 'Low' : 'Moderate', 'Low'],
    ['C.3.5.8 Information Security', 'Low', lvl === 'Low' ? 'Low' : 'Moderate', 'Low'],
    ['D.20.4 Program Monitoring', 'Low', lvl === 'Low' ? 'Low' : 'Moderate', lvl === 'High' ? 'High' : 'Low'],
    ['C.2.8.12 Personal Identity and Authentication', lvl, lvl, lvl === 'High' ? 'High' : 'Moderate'],
  ];
}

function controlSections(csp: Provider, rng: Rng, families: string[]): Block[] {
  const out: Block[] = [];
  for (const fam of families) {
    out.push(h2(`${FAMILIES[fam] ?? fam} (${fam})`));
    for (const [id, name] of CONTROLS.filter(([c]) => c.startsWith(`${fam}-`))) {
      out.push(h3(`${id} ${name}`));
      out.push(p(rng.pick([
        `The organization shall implement ${name.toLowerCase()} consistent with the FedRAMP ${csp.level} baseline parameters assigned to ${id}.`,
        `Requirement: ${id} as tailored by the FedRAMP ${csp.level} baseline, including the FedRAMP-defined assignment values.`,
      ])));
      out.push(table(['Control Summary', 'Value'], summaryRows(id, rng)));
      out.push(table([`${id} What is the solution and how is it implemented?`], implementation(csp, id, name, rng).map((l) => [l])));
    }
  }
  return out;
}

/** A long FedRAMP-template SSP as a CSP fills it in Word. */
async function wordSsp(): Promise<EvalDoc> {
  const csp = LUMEN;
  const rng = new Rng('eval:ssp:word');
  const body: Block[] = [
    gap, gap,
    title(`${csp.system} (${csp.abbrev})`),
    title('System Security Plan', 'medium'),
    center(`FedRAMP ${csp.level} Baseline  |  ${csp.model}`),
    center(`Version 3.2  |  ${longDate(day(-20))}`),
    gap,
    table(['', ''], [
      ['Cloud Service Provider', csp.legal],
      ['Information System Name', csp.system],
      ['Information System Abbreviation', csp.abbrev],
      ['FedRAMP Package ID', 'F2306141187'],
      ['Sponsoring Agency', 'U.S. Department of the Interior'],
    ]),
    center('CONTROLLED UNCLASSIFIED INFORMATION'),
    br,
    h1('Document Revision History'),
    revisionTable(rng, csp.isso.name, ['2.0', '2.1', '3.0', '3.1', '3.2'], day(-640), [
      'Initial agency package submission', 'Agency review comments addressed', 'Rev 5 transition', 'Annual update following 2024 assessment', 'Updated inventory and SC-7 boundary description',
    ]),
    h1('Approvals'),
    p(`By signing below, the System Owner and the ISSO of ${csp.legal} attest that the information in this plan accurately describes the security posture of the ${csp.system}.`),
    table(['Name', 'Title', 'Signature / Date'], [
      [csp.owner.name, `${csp.owner.title} (System Owner)`, `/s/ ${usDate(day(-20))}`],
      [csp.isso.name, csp.isso.title, `/s/ ${usDate(day(-21))}`],
    ]),
    br,
    toc(),
    br,
    h1('Information System Name and Title'),
    p(`This System Security Plan provides an overview of the security requirements for the ${csp.system} (${csp.abbrev}) and describes the controls in place or planned for implementation to provide a level of security appropriate for the information processed, as required by OMB Circular A-130 and the FedRAMP ${csp.level} baseline.`),
    table(['Unique Identifier', 'Information System Name', 'Information System Abbreviation'], [['F2306141187', csp.system, csp.abbrev]]),
    h1('Information System Categorization'),
    p(`The overall information system sensitivity categorization is recorded in the table below. The detailed FIPS 199 analysis is provided as Attachment 10.`),
    table(['Security Objective', 'Level'], [['Confidentiality', csp.level], ['Integrity', csp.level], ['Availability', 'Moderate']], 'Security Impact Level'),
    h2('Information Types'),
    table(['Information Type (NIST SP 800-60 V2 R1)', 'Confidentiality', 'Integrity', 'Availability'], infoTypes(csp)),
    h2('Digital Identity Determination'),
    p('The digital identity level selected for the system is IAL2 / AAL2 / FAL2; the supporting analysis is in Attachment 3, Digital Identity Worksheet.'),
    h1('Information System Owner'),
    table(['Field', 'Value'], [['Name', csp.owner.name], ['Title', csp.owner.title], ['Company / Organization', csp.legal], ['Address', csp.address], ['Phone Number', csp.owner.phone], ['Email Address', csp.owner.email]]),
    h1('Assignment of Security Responsibility'),
    p(`The Information System Security Officer (ISSO) for the ${csp.abbrev} is ${csp.isso.name} (${csp.isso.email}, ${csp.isso.phone}).`),
    h1('Leveraged FedRAMP-Authorized Services'),
    table(['Name', 'Service Model', 'Impact Level', 'Package ID'], [
      [csp.iaas, 'IaaS/PaaS', 'High', 'F1603047866'],
      ['Okta for Government High', 'SaaS', 'High', 'FR2017436380'],
      ['Splunk Cloud Platform', 'SaaS', 'Moderate', 'FR1906958946'],
    ]),
    h1('General System Description'),
    p(`${csp.system} is a multi-tenant analytics service that lets agency program offices ingest operational data, build dashboards and share reports with authorized staff. Agency users reach the service over HTTPS through an Application Load Balancer fronted by AWS WAF; administrative access is only possible through AWS Systems Manager Session Manager after Okta multi-factor authentication.`),
    h2('Information System Components and Boundaries'),
    p('The authorization boundary comprises two VPCs (production and management) in AWS GovCloud (US-West), an Amazon EKS cluster running the application micro-services, Amazon RDS for PostgreSQL, Amazon S3 buckets for tenant data, and the CI/CD pipeline runners. The boundary diagram is Figure 9-1; data flows are Figure 9-2.'),
    h2('Types of Users'),
    table(['Role', 'Internal or External', 'Privileged (P), Non-Privileged (NP), or No Logical Access (NLA)', 'Sensitivity Level', 'Authentication Method'], [
      ['Platform Administrator', 'Internal', 'P', 'Moderate Risk', 'Okta + YubiKey'],
      ['Site Reliability Engineer', 'Internal', 'P', 'Moderate Risk', 'Okta + YubiKey'],
      ['Support Analyst', 'Internal', 'NP', 'Low Risk', 'Okta + Okta Verify'],
      ['Agency Tenant Administrator', 'External', 'P', 'N/A', 'Agency SAML IdP (PIV)'],
      ['Agency End User', 'External', 'NP', 'N/A', 'Agency SAML IdP (PIV)'],
    ]),
    h1('System Environment and Inventory'),
    p('The system inventory is maintained in the Integrated Inventory Workbook (Attachment 13) and is refreshed each month with the ConMon deliverables.'),
    h2('Ports, Protocols and Services'),
    table(['Port (TCP/UDP)', 'Protocol', 'Service', 'Purpose', 'Used By'], [
      ['443/TCP', 'HTTPS', 'ALB listener', 'Tenant web and API access', 'Agency users'],
      ['5432/TCP', 'PostgreSQL', 'Amazon RDS', 'Application database', 'EKS workloads'],
      ['53/UDP', 'DNS', 'Route 53 Resolver', 'Name resolution', 'All components'],
      ['123/UDP', 'NTP', 'Amazon Time Sync', 'Time synchronization', 'All components'],
    ]),
    h1('System Interconnections'),
    table(['SP IP Address and Interface', 'External Organization Name', 'Connection Security', 'Data Direction', 'Information Being Transmitted'], [
      ['ALB / HTTPS', 'Agency SAML identity providers', 'TLS 1.2, SAML 2.0 signed assertions', 'Incoming', 'Authentication assertions'],
      ['NAT gateway / HTTPS', 'Tenable.io', 'TLS 1.2, agent-based', 'Outgoing', 'Vulnerability scan results'],
    ]),
    h1('Laws, Regulations, Standards and Guidance'),
    p('The applicable laws, regulations, standards and guidance are listed in Attachment 12.'),
    h1('Minimum Security Controls'),
    p(`The ${csp.abbrev} implements the FedRAMP Rev. 5 ${csp.level} baseline. Each control below lists the control summary information and the implementation statement for each part.`),
    ...controlSections(csp, rng, Object.keys(FAMILIES)),
    h1('Acronyms'),
    table(['Acronym', 'Definition'], [['AO', 'Authorizing Official'], ['ConMon', 'Continuous Monitoring'], ['ISSO', 'Information System Security Officer'], ['PIV', 'Personal Identity Verification']]),
    h1('Attachments'),
    table(['Attachment', 'Title', 'File Name'], [
      ['1', 'Information Security Policies and Procedures', 'LIP_Att01_Policies.zip'],
      ['2', 'User Guide', 'LIP_Att02_UserGuide.docx'],
      ['3', 'Digital Identity Worksheet', 'LIP_Att03_DIW.docx'],
      ['4', 'Privacy Threshold Analysis / Privacy Impact Assessment', 'LIP_Att04_PTA_PIA.docx'],
      ['5', 'Rules of Behavior', 'LIP_Att05_RoB.docx'],
      ['6', 'Information System Contingency Plan', 'LIP_Att06_ISCP.docx'],
      ['7', 'Configuration Management Plan', 'LIP_Att07_CMP.docx'],
      ['8', 'Incident Response Plan', 'LIP_Att08_IRP.docx'],
      ['9', 'CIS and CRM Workbook', 'LIP_Att09_CIS_CRM.xlsx'],
      ['10', 'FIPS 199 Categorization', 'LIP_Att10_FIPS199.docx'],
      ['11', 'Separation of Duties Matrix', 'LIP_Att11_SoD.xlsx'],
      ['12', 'Laws and Regulations', 'LIP_Att12_Laws.xlsx'],
      ['13', 'Integrated Inventory Workbook', 'LIP_Att13_Inventory.xlsx'],
    ]),
  ];
  return {
    file: 'LIP_package_v3.2_final.docx',
    expected: 'SSP',
    format: 'docx',
    note: 'long FedRAMP-template Word SSP (~150 controls), title on cover, metadata title present, attachments table cites every other deliverable',
    data: await docx({
      props: { title: `${csp.system} System Security Plan`, creator: csp.isso.name, company: csp.legal, subject: `FedRAMP ${csp.level}` },
      header: `${csp.abbrev} | Controlled Unclassified Information`,
      footer: `${csp.legal} | Version 3.2`,
      numbering: 'auto',
      look: 'fedramp',
      body,
      date: day(-20),
    }),
  };
}

/** An SSP exported to PDF whose document title appears only in the running page header. */
async function pdfSsp(): Promise<EvalDoc> {
  const csp = CORVANE;
  const rng = new Rng('eval:ssp:pdf');
  const body: Block[] = [
    table(['Document Information', ''], [
      ['Owner', csp.legal],
      ['System', `${csp.system} (${csp.abbrev})`],
      ['Classification', 'CUI // SP-PRVCY'],
      ['Baseline', `FedRAMP Rev. 5 ${csp.level}`],
      ['Document version', '5.0.3'],
      ['Effective date', longDate(day(-55))],
    ]),
    revisionTable(rng, csp.isso.name, ['4.0', '4.1', '5.0', '5.0.1', '5.0.2', '5.0.3'], day(-1200), ['JAB-ready draft', 'PMO comments', 'Transition to Rev 5', 'Azure Government region move', 'Annual review', 'Updated interconnections']),
    br,
    h1('System Identification'),
    p(`This SSP describes the ${csp.system}, a case-management service hosted in ${csp.iaas} and categorized ${csp.level} for confidentiality, integrity and availability. It is maintained by the ${csp.short} ISSO and reviewed at least annually.`),
    table(['Role', 'Name', 'Contact'], [
      ['System Owner', csp.owner.name, csp.owner.email],
      ['ISSO', csp.isso.name, csp.isso.email],
      ['CISO', csp.ciso.name, csp.ciso.email],
    ]),
    h1('Security Categorization'),
    p(`Using FIPS 199 and NIST SP 800-60, ${csp.short} determined the overall categorization as High (Confidentiality High, Integrity High, Availability Moderate).`),
    h1('System Description and Boundary'),
    p('Agency caseworkers access the service through Azure Front Door; the application tier runs on Azure Kubernetes Service with private endpoints to Azure SQL Managed Instance and Azure Blob Storage encrypted with customer-managed keys in Azure Key Vault Managed HSM.'),
    ul('Production subscription: app, data and key vault resource groups', 'Management subscription: bastion, Sentinel workspace, build agents', 'Disaster recovery: paired region US Gov Texas'),
    h1('Control Implementation'),
    ...controlSections(csp, rng, ['AC', 'AU', 'CM', 'IA', 'IR', 'RA', 'SC', 'SI']),
  ];
  return {
    file: 'cf-govcloud-5.0.3.pdf',
    expected: 'SSP',
    format: 'pdf',
    note: 'SSP as PDF, full title only in running page header; body opens with a document-information table and revision history, later says only "This SSP"',
    data: await pdf({
      props: { creator: csp.isso.name },
      header: `${csp.system} System Security Plan  -  CUI`,
      footer: `${csp.short} proprietary`,
      numbering: 'literal',
      look: 'corporate',
      body,
      date: day(-55),
    }),
  };
}

export async function sspDocs(): Promise<EvalDoc[]> {
  return [await wordSsp(), await pdfSsp()];
}
