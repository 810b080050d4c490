/** Body text of a FedRAMP System Security Plan in the Rev5 template's order. */
import type { Block } from '../kit/model.js';
import { bullets, h1, h2, h3, p, table } from '../kit/model.js';
import type { Product } from '../kit/wrappers.js';
import { CO, TPAO } from '../kit/wrappers.js';

function control(id: string, name: string, role: string, status: string, origin: string, parts: [string, string][]): Block[] {
  return [
    h3(`${id} ${name}`),
    table(
      [
        [`${id} Control Summary Information`, ''],
        ['Responsible Role:', role],
        ['Implementation Status (check all that apply):', status],
        ['Control Origination (check all that apply):', origin],
      ],
      true,
      [2, 3],
    ),
    table([[`${id} What is the solution and how is it implemented?`, ''], ...parts.map(([k, v]) => [k, v])], true, [1, 5]),
  ];
}

export function sspBody(P: Product, brief = false): Block[] {
  const lvl = P.impact;
  const out: Block[] = [
    h1('1. Information System Name/Title'),
    p(`This System Security Plan provides an overview of the security requirements for the ${P.name} (${P.abbr}) and describes the controls in place or planned for implementation to provide a level of security appropriate for the information to be transmitted, processed or stored by the system. Information security is vital to our critical infrastructure and its effective performance and protection is a key component of our national security program. Proper management of information technology systems is essential to ensure the confidentiality, integrity and availability of the data transmitted, processed or stored by the ${P.abbr} information system.`),
    table([['Unique Identifier', 'Information System Name', 'Information System Abbreviation'], [P.fedrampId, P.name, P.abbr]]),
    h1('2. Information System Categorization'),
    p(`The overall information system sensitivity categorization is recorded in Table 2-1 Security Categorization, which follows. Directions for completing the categorization are found in the FIPS 199 Categorization attachment (Attachment 10), which is submitted with this SSP as a separate document.`),
    table([['System Sensitivity Level:', lvl]], false),
    h2('2.1 Information Types'),
    p(`The following table identifies the information types that are input, stored, processed, and/or output from ${P.abbr}. The selection of the information types is based on guidance provided by NIST SP 800-60 Volume II Revision 1.`),
    table([
      ['Information Type (NIST SP 800-60 identifier)', 'Confidentiality', 'Integrity', 'Availability'],
      ['Information Security (C.3.5.5)', lvl, lvl, 'Low'],
      ['System and Network Monitoring (C.3.5.8)', lvl, lvl, 'Low'],
      ['Official Information Dissemination (D.20.2)', 'Low', lvl, 'Low'],
      [P.impact === 'High' ? 'Law Enforcement Operations (D.16.4)' : 'Grants Management (D.9.3)', lvl, lvl, 'Moderate'],
    ]),
    h2('2.2 Security Objectives Categorization (FIPS 199)'),
    table([['Security Objective', 'Low, Moderate or High'], ['Confidentiality', lvl], ['Integrity', lvl], ['Availability', P.impact === 'Low' ? 'Low' : 'Moderate']]),
    p(`Through review and analysis it has been determined that the baseline security categorization for the ${P.abbr} system is listed in the Table 2-2 Security Impact Level. Using this categorization, in conjunction with the risk assessment and any unique security requirements, we have established the security controls for this system, as detailed in this SSP.`),
    h2('2.3 Digital Identity Determination'),
    p(`The digital identity information may be found in Attachment 3, Digital Identity Worksheet. Note: NIST SP 800-63-3 does not recognize Level of Assurance 1 as a valid level for systems that hold personally identifiable information. The digital identity level is ${P.impact === 'High' ? 'Level 3' : 'Level 2'} (IAL${P.impact === 'High' ? 3 : 2}/AAL${P.impact === 'High' ? 3 : 2}/FAL${P.impact === 'High' ? 3 : 2}).`),
    h1('3. Information System Owner'),
    table([['Name', CO.pm], ['Title', 'Program Manager, Cloud Products'], ['Company / Organization', CO.name], ['Address', CO.address], ['Phone Number', '(703) 555-0102'], ['Email Address', 'marcus.oyelaran@callowayfed.example']], false),
    h1('4. Authorizing Officials'),
    p(`The Authorizing Official (AO) or Designated Approving Authority (DAA) for this information system is ${P.ao}, ${P.aoTitle}, ${P.agency}.`),
    h1('5. Other Designated Contacts'),
    p(`The following individuals are identified as possessing in-depth knowledge of this system and/or its functions and operation: ${CO.isso} (Information System Security Officer), ${CO.ciso} (Chief Information Security Officer), and the ${P.abbr} Operations Manager.`),
    h1('6. Assignment of Security Responsibility'),
    p(`The Information System Security Officer (ISSO), or the equivalent, is the individual responsible for ensuring that the appropriate operational security posture is maintained for ${P.abbr}. The ISSO maintains this SSP, coordinates the annual assessment with ${TPAO.name}, and submits monthly continuous monitoring deliverables to the ${P.agencyAbbr} ISSM.`),
    h1('7. Information System Operational Status'),
    table([['Operational', 'X', 'The system is operating and in production.'], ['Under Development', '', 'The system is being designed, developed, or implemented.'], ['Major Modification', '', 'The system is undergoing a major change, development, or transition.']], false),
    h1('8. Information System Type'),
    p(`The ${P.name} makes use of unique managed service provider architecture layer(s). ${P.abbr} is deployed as ${P.model} on ${P.iaas}, which holds its own FedRAMP authorization; ${P.abbr} inherits physical and environmental protection controls from the underlying infrastructure provider as documented in the Control Implementation Summary / Customer Responsibility Matrix (Attachment 9).`),
    h2('8.1 Cloud Service Models'),
    bullets(`Service model: ${P.model}`, `Leveraged authorization: ${P.iaas} (FedRAMP High P-ATO)`, 'Deployment model: Government Community Cloud'),
    h1('9. General System Description'),
    h2('9.1 System Function or Purpose'),
    p(`${P.name} provides ${P.agencyAbbr} program staff with a case and analytics workspace that ingests program records, applies configurable business rules and publishes dashboards and reports. Users access ${P.abbr} over TLS 1.2 or higher through a web browser; agency users authenticate with PIV through the agency identity provider federated over SAML 2.0, and CFSI administrators authenticate with FIPS 140-validated hardware tokens through the CFSI bastion.`),
    h2('9.2 Information System Components and Boundaries'),
    p(`The authorization boundary comprises the production and disaster recovery virtual private clouds, the management enclave, the CI/CD tool chain used to build and deploy ${P.abbr} container images, and the logging and monitoring tier. The corporate network of ${CO.name}, the CFSI help desk ticketing system and developer workstations are outside the boundary; connections from them terminate at the bastion. Figure 9-1 (the authorization boundary diagram) and the Integrated Inventory Workbook (Attachment 13) identify every component.`),
    h2('9.3 Types of Users'),
    table([
      ['Role', 'Internal or External', 'Sensitivity Level', 'Authorized Privileges and Functions Performed'],
      ['Agency Analyst', 'External', 'Limited', 'Create and update cases, run reports'],
      ['Agency Administrator', 'External', 'Moderate', 'Manage agency tenant users and roles'],
      ['CFSI Platform Engineer', 'Internal', 'Severe', 'Deploy releases, administer infrastructure through the bastion'],
      ['CFSI Security Analyst', 'Internal', 'Severe', 'Review audit logs, manage SIEM rules, read-only infrastructure access'],
    ]),
    h2('9.4 Network Architecture'),
    p(`All ingress traffic passes through the web application firewall and application load balancers in the public subnets. Application tiers run in private subnets without direct internet access; egress is restricted to an allow-list through NAT gateways and a forward proxy. Data at rest is encrypted with AES-256 using customer-managed keys in a FIPS 140-3 validated key management service.`),
    h1('10. System Environment and Inventory'),
    p(`Directions for attaching the FedRAMP Inventory Workbook may be found in the following section: Attachment 13, FedRAMP Inventory Workbook. The inventory is updated monthly and submitted with the continuous monitoring package.`),
    h1('11. System Interconnections'),
    table([
      ['SP IP Address and Interface', 'External Organization Name and IP Address of System', 'External Point of Contact', 'Connection Security', 'Data Direction', 'Information Being Transmitted'],
      ['10.40.12.0/24 (ingest)', `${P.agencyAbbr} Financial System, 192.0.2.44`, `${P.agencyAbbr} ISSO`, 'IPsec VPN, AES-256', 'Incoming', 'Program records (CUI)'],
      ['10.40.14.0/24 (email)', 'Login.gov / agency IdP', 'IdP operations', 'SAML 2.0 over TLS 1.2', 'Bi-directional', 'Authentication assertions'],
    ]),
    h1('12. Laws, Regulations, Standards and Guidance'),
    p('A summary of FedRAMP Laws and Regulations is included in Attachment 12, FedRAMP Laws and Regulations. The system additionally follows the agency-specific policies named in the interconnection security agreements.'),
    h1('13. Minimum Security Controls'),
    p(`Security controls must meet minimum security control baseline requirements. Upon categorizing a system as ${lvl}, select the corresponding ${lvl} baseline security controls. The FedRAMP Rev5 ${lvl} baseline is implemented in full; the implementation status of each control is recorded below and summarized in the CIS worksheet.`),
    h2('13.1 Access Control (AC)'),
    ...control('AC-1', 'Policy and Procedures', 'ISSO; CISO', 'Implemented', 'Service Provider Corporate', [
      ['Part a', `${CO.short} develops, documents and disseminates the Access Control Policy (CFSI-POL-AC-01) and the ${P.abbr} Access Control Procedures to all personnel with access to ${P.abbr}.`],
      ['Part b', 'The CISO is designated to manage the development, documentation and dissemination of the policy and procedures.'],
      ['Part c', 'The policy is reviewed annually and following significant changes; procedures are reviewed annually.'],
    ]),
    ...control('AC-2', 'Account Management', 'Platform Engineering Lead; ISSO', 'Implemented', 'Service Provider System Specific; Shared (Service Provider and Customer Responsibility)', [
      ['Part a', 'Account types allowed are individual user accounts, privileged administrator accounts, and service accounts; shared and group accounts are prohibited.'],
      ['Part b', 'Account managers are assigned per tenant by the agency and, for internal accounts, by the Platform Engineering Lead.'],
      ['Part d', 'Access requests are submitted through the ticketing system and approved by the account manager and the ISSO before provisioning.'],
      ['Part j', 'Accounts are reviewed for compliance with account management requirements monthly for privileged accounts and every 90 days for non-privileged accounts.'],
    ]),
    ...control('AC-17', 'Remote Access', 'Network Engineering', 'Implemented', 'Service Provider System Specific', [
      ['Part a', 'Remote access for administration is permitted only through the bastion using FIPS-validated TLS and phishing-resistant MFA.'],
      ['Part b', 'Each remote session is authorized through the privileged access management tool before connection.'],
    ]),
    h2('13.2 Audit and Accountability (AU)'),
    ...control('AU-2', 'Event Logging', 'Security Operations', 'Implemented', 'Service Provider System Specific; Inherited from pre-existing FedRAMP Authorization', [
      ['Part a', 'The system logs successful and unsuccessful account logon events, account management events, object access, policy change, privilege functions, process tracking, and system events.'],
      ['Part c', `Event types are coordinated with the ${P.agencyAbbr} SOC and reviewed annually.`],
    ]),
    h2('13.3 Contingency Planning (CP)'),
    ...control('CP-9', 'System Backup', 'Operations Manager', 'Implemented', 'Shared (Service Provider and Customer Responsibility)', [
      ['Part a', 'User-level information is backed up daily incrementally and weekly in full, with backups replicated to the alternate region.'],
      ['Part d', 'Backups are protected with AES-256 encryption using keys held in the FIPS 140-3 validated key management service.'],
    ]),
  ];
  if (!brief) {
    out.push(
      h2('13.4 Identification and Authentication (IA)'),
      ...control('IA-2', 'Identification and Authentication (Organizational Users)', 'Identity Engineering', 'Implemented', 'Service Provider System Specific', [
        ['Part a', 'Organizational users are uniquely identified and authenticated; privileged users use PIV or FIDO2 authenticators.'],
      ]),
      h2('13.5 System and Communications Protection (SC)'),
      ...control('SC-7', 'Boundary Protection', 'Network Engineering', 'Implemented', 'Service Provider System Specific; Inherited', [
        ['Part a', 'Communications at external managed interfaces and key internal interfaces are monitored and controlled by the WAF, security groups and network ACLs.'],
        ['Part b', 'Publicly accessible components are in subnets logically separated from internal networks.'],
        ['Part c', 'External connections pass only through managed interfaces consisting of boundary protection devices arranged in accordance with the security architecture.'],
      ]),
      h1('14. Acronyms'),
      p('Acronyms used in this SSP are listed in Attachment 14 of the FedRAMP Master Acronym and Glossary.'),
      h1('15. Attachments'),
      table([
        ['Attachment', 'Title', 'Document No.'],
        ['1', 'Information Security Policies and Procedures', 'SI-FRP-0051'],
        ['2', 'User Guide', 'SI-FRP-0052'],
        ['3', 'Digital Identity Worksheet', 'SI-FRP-0053'],
        ['4', 'Privacy Impact Assessment', 'SI-FRP-0054'],
        ['5', 'Rules of Behavior', 'SI-FRP-0055'],
        ['6', 'Information System Contingency Plan', 'SI-FRP-0056'],
        ['7', 'Configuration Management Plan', 'SI-FRP-0057'],
        ['8', 'Incident Response Plan', 'SI-FRP-0058'],
        ['9', 'CIS/CRM Workbook', 'SI-FRP-0059'],
        ['10', 'FIPS 199', 'SI-FRP-0060'],
        ['11', 'Separation of Duties Matrix', 'SI-FRP-0061'],
        ['12', 'FedRAMP Laws and Regulations', 'SI-FRP-0062'],
        ['13', 'FedRAMP Integrated Inventory Workbook', 'SI-FRP-0063'],
      ]),
    );
  }
  return out;
}
