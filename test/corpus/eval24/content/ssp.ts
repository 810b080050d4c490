import type { Block, ProseDoc } from '../kit/model.js';
import { bold, bullets, h1, h2, h3, p, pb, table } from '../kit/model.js';
import { ORG, frontMatter, para, rng } from '../kit/prose.js';

function controlBlock(id: string, name: string, parts: [string, string][], origination: string, bolded: boolean): Block[] {
  return [
    bolded ? bold(`${id} ${name} (M)`) : h3(`${id} ${name} (M)`),
    table([
      [`${id}`, 'Control Summary Information'],
      ['Responsible Role:', id.startsWith('AC') ? 'ORCC Identity and Access Team' : 'ORCC Platform Engineering'],
      ['Implementation Status (check all that apply):', '[X] Implemented  [ ] Partially implemented  [ ] Planned'],
      ['Control Origination (check all that apply):', origination],
    ], `Table 13-${id}: ${id} Control Summary Information`),
    table([[`${id} What is the solution and how is it implemented?`, ''], ...parts.map(([k, v]) => [`Part ${k}`, v])]),
  ];
}

export function sspModel(variant: 'docx' | 'pdf'): ProseDoc {
  const r = rng(variant === 'docx' ? 101 : 202);
  const bolded = variant === 'pdf';
  const blocks: Block[] = [
    ...frontMatter({
      title: `${ORG.cso} System Security Plan`,
      subtitle: 'FedRAMP Moderate Baseline - Agency Authorization sponsored by ' + ORG.agency,
      version: variant === 'docx' ? '2.3' : '3.0',
      date: variant === 'docx' ? 'February 28, 2025' : 'March 10, 2025',
      marking: 'CONTROLLED UNCLASSIFIED INFORMATION',
      legal: 'This document contains proprietary and sensitive security information of Allegheny Ridge University. It is provided to the sponsoring agency, the FedRAMP PMO and the independent assessor for the sole purpose of the authorization of the cloud service offering named herein.',
      toc: ['1 Information System Name/Title', '2 Information System Categorization', '3 Information System Owner', '4 Authorizing Official', '9 General System Description', '10 System Environment and Inventory', '11 System Interconnections', '13 Minimum Security Controls'],
    }, variant === 'docx' ? ['cover', 'legal', 'rev', 'appr', 'toc'] : ['cover', 'appr', 'rev', 'toc']),
    h1('1 Information System Name/Title', bolded),
    p(`This System Security Plan provides an overview of the security requirements for the ${ORG.cso} (${ORG.csoShort}) and describes the controls in place or planned for implementation to provide a level of security appropriate for the information to be transmitted, processed or stored by the system. Information security is vital to our critical infrastructure and its effective performance and protection is a key component of our national security program.`),
    table([['Unique Identifier', 'Information System Name', 'Information System Abbreviation'], ['F2409281234', ORG.cso, ORG.csoShort]], 'Table 1-1: Information System Name and Title'),
    h1('2 Information System Categorization', bolded),
    p('The overall information system sensitivity categorization is recorded in Table 2-1, Security Categorization, which follows. Directions for attaching the FIPS 199 document may be found in the following section: Attachment 10, FIPS 199.'),
    table([['System Sensitivity Level:', 'Moderate']], 'Table 2-1: Security Categorization'),
    h2('2.1 Information Types', bolded),
    p(para(r, ['The system processes de-identified clinical research data, genomic sequence data, and grant-funded research outputs on behalf of NIBDS-funded investigators.', 'Information types were selected from NIST SP 800-60 Volume II Revision 1.'])),
    table([['Information Type (NIST 800-60 identifier)', 'NIST 800-60 identifier', 'Confidentiality', 'Integrity', 'Availability'], ['Health Care Research and Practitioner Education', 'D.14.4', 'Moderate', 'Moderate', 'Low'], ['Scientific and Technological Research and Innovation', 'C.2.4.7', 'Low', 'Moderate', 'Low'], ['System Development', 'C.3.5.1', 'Low', 'Moderate', 'Low']], 'Table 2-2: Sensitivity Categorization of Information Types'),
    h2('2.2 Security Objectives Categorization (FIPS 199)', bolded),
    table([['Security Objective', 'Low, Moderate or High'], ['Confidentiality', 'Moderate'], ['Integrity', 'Moderate'], ['Availability', 'Low']], 'Table 2-3: Security Impact Level'),
    h2('2.3 Digital Identity Determination', bolded),
    p('The digital identity information may be found in Attachment 3, Digital Identity Worksheet. The Digital Identity Level is IAL2 / AAL2 / FAL2.'),
    h1('3 Information System Owner', bolded),
    table([['Name', ORG.owner], ['Title', 'Director of Research Computing'], ['Company / Organization', ORG.uni], ['Address', `1 University Plaza, ${ORG.city}`], ['Phone Number', '814-555-0142'], ['Email Address', 'dishikawa@aru.edu']], 'Table 3-1: Information System Owner'),
    h1('4 Authorizing Official', bolded),
    p(`The Authorizing Official (AO) for this agency authorization is ${ORG.ao}, Chief Information Officer, ${ORG.agency}.`),
    h1('9 General System Description', bolded),
    h2('9.1 System Function or Purpose', bolded),
    p(para(r, [`The ${ORG.cso} is an Infrastructure-as-a-Service and Platform-as-a-Service offering that provides virtual machines, a managed Kubernetes service, object storage, and a batch computing service for federally funded biomedical research.`, 'It is deployed as a community cloud for federal agencies and their grantees.', 'Tenants are research projects; each project is a separate tenant with its own encryption keys.'], 2)),
    h2('9.2 Information System Components and Boundaries', bolded),
    p(para(r, ['The authorization boundary includes the OpenStack control plane, the hypervisor fleet, the Ceph storage clusters, the identity services, the logging and monitoring stack, and the administrative bastion hosts.', 'The campus high-performance computing cluster and the University enterprise network are outside the boundary and are treated as external systems.', 'Figure 9-1, Authorization Boundary Diagram, depicts the boundary and the data flows across it.'], 2)),
    h2('9.3 Types of Users', bolded),
    table([['Role', 'Internal or External', 'Privileged (P), Non-Privileged (NP), or No Logical Access (NLA)', 'Sensitivity Level', 'Authorized Privileges', 'Functions Performed'], ['Cloud Administrator', 'Internal', 'P', 'Moderate', 'Full administrative access to the control plane', 'Provisioning, patching, incident handling'], ['Tenant Project Administrator', 'External', 'NP', 'Moderate', 'Create and delete project resources', 'Manage project membership'], ['Research User', 'External', 'NP', 'Moderate', 'Use of project resources', 'Run analyses']], 'Table 9-1: Personnel Roles and Privileges'),
    h1('10 System Environment and Inventory', bolded),
    p(para(r, ['The integrated inventory of the boundary is kept in Attachment 13, Integrated Inventory Workbook, and is updated monthly with the continuous monitoring deliverables.', 'All hosts run Rocky Linux 9 hardened to the CIS Level 1 benchmark; cryptographic modules operate in FIPS mode.'], 2)),
    h1('11 System Interconnections', bolded),
    table([['SP IP Address and Interface', 'External Organization Name and IP Address of System', 'External Point of Contact and Phone Number', 'Connection Security', 'Data Direction', 'Information Being Transmitted', 'Port or Circuit Number'], ['10.40.0.0/16 via border firewall', 'Regional Research Network (Internet2 peering)', 'RRN NOC, 814-555-0100', 'TLS 1.2+; IPsec', 'Bi-directional', 'Research data transfer', '443, 2811']], 'Table 11-1: System Interconnections'),
    pb,
    h1('13 Minimum Security Controls', bolded),
    p('Security controls must meet minimum security control baseline requirements. The security controls for the Moderate impact baseline are described below, with the implementation statement of each control part.'),
    h2('13.1 Access Control (AC)', bolded),
    ...controlBlock('AC-1', 'Policy and Procedures', [['a', 'ORCC develops, documents and disseminates the Access Control Policy and the Access Control Procedures, both kept in Attachment 1, Information Security Policies and Procedures.'], ['b', 'The Information Security Officer manages the policy.'], ['c', 'The policy is reviewed annually and the procedures annually.']], '[X] Service Provider Corporate  [ ] Service Provider System Specific', bolded),
    ...controlBlock('AC-2', 'Account Management', [['a', 'Account types permitted within the system are privileged administrator, tenant project administrator, research user and service account.'], ['d', 'Accounts require an approved request in the ORCC ticketing system and the sponsor\'s confirmation.'], ['j', 'Accounts are reviewed quarterly by the system owner; inactive accounts are disabled after 90 days.']], '[X] Service Provider System Specific  [X] Shared (Service Provider and Customer Responsibility)', bolded),
    ...controlBlock('AC-17', 'Remote Access', [['a', 'Remote administrative access is permitted only through the bastion hosts using phishing-resistant multifactor authentication.'], ['b', 'Remote access is authorized by the system owner before connection.']], '[X] Service Provider System Specific', bolded),
    h2('13.2 Audit and Accountability (AU)', bolded),
    ...controlBlock('AU-2', 'Event Logging', [['a', 'The system logs successful and unsuccessful logon events, privileged functions, account management events and configuration changes.'], ['c', 'Event logging is coordinated with the University Security Operations Center.']], '[X] Service Provider System Specific', bolded),
    ...controlBlock('AU-6', 'Audit Record Review, Analysis, and Reporting', [['a', 'Audit records are reviewed weekly by the security analyst with automated correlation in the SIEM.'], ['b', 'Findings are reported to the Information Security Officer.']], '[X] Service Provider System Specific', bolded),
    h2('13.3 Contingency Planning (CP)', bolded),
    ...controlBlock('CP-9', 'System Backup', [['a', 'User-level information is backed up daily to the secondary site; snapshots are retained for 35 days.'], ['d', 'Backups are encrypted with FIPS 140-validated modules.']], '[X] Service Provider System Specific  [X] Shared', bolded),
    h2('13.4 Risk Assessment (RA)', bolded),
    ...controlBlock('RA-5', 'Vulnerability Monitoring and Scanning', [['a', 'Operating system, database and web application scans are run monthly and after significant changes with an authenticated scanner.'], ['d', 'High-risk vulnerabilities are remediated within 30 days, moderate within 90 days and low within 180 days; open items are tracked in the POA&M.']], '[X] Service Provider System Specific', bolded),
    h2('13.5 System and Communications Protection (SC)', bolded),
    ...controlBlock('SC-13', 'Cryptographic Protection', [['a', 'FIPS-validated cryptography is used for data in transit and data at rest.'], ['b', 'Module certificates are listed in Appendix Q, Cryptographic Modules Table.']], '[X] Service Provider Corporate  [X] Service Provider System Specific', bolded),
    h1('14 Acronyms and Attachments', bolded),
    bullets('Attachment 1 - Information Security Policies and Procedures', 'Attachment 2 - User Guide', 'Attachment 3 - Digital Identity Worksheet', 'Attachment 4 - PTA/PIA', 'Attachment 5 - Rules of Behavior', 'Attachment 6 - Information System Contingency Plan', 'Attachment 7 - Configuration Management Plan', 'Attachment 8 - Incident Response Plan', 'Attachment 9 - CIS/CRM Workbook', 'Attachment 10 - FIPS 199', 'Attachment 11 - Separation of Duties Matrix', 'Attachment 12 - Laws and Regulations', 'Attachment 13 - Integrated Inventory Workbook'),
  ];
  return {
    meta: variant === 'docx'
      ? { title: 'FedRAMP System Security Plan (SSP) Moderate Baseline Template', creator: 'FedRAMP', lastModifiedBy: 'mokafor' }
      : { title: 'RRC_SSP_v3.0', creator: 'M. K. Okafor' },
    header: `${ORG.cso} | System Security Plan | Version ${variant === 'docx' ? '2.3' : '3.0'}`,
    footer: 'Controlled Unclassified Information',
    blocks,
  };
}
