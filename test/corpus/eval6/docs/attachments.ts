/** SSP attachments (each its own code), two documents per code in different formats and wrappers. */
import ExcelJS from 'exceljs';
import type { Block, DocLayout, DocMeta } from '../kit.js';
import { applyWorkbookMeta, buildDocx, buildPdf, buildXlsx, bullets, center, h1, h2, p, pageBreak, small, table, title, workbookBuffer } from '../kit.js';
import {
  AGENCY,
  approvals,
  autoToc,
  cover,
  CSO,
  CSP,
  distribution,
  proprietaryNotice,
  revisionHistory,
  STD_REVS,
  STD_SIGNERS,
} from '../frontmatter.js';
import type { EvalDoc } from '../types.js';
import { fixturePath } from '../types.js';

/** The second system of the CSP, used to vary the second document of each pair. */
const MAG = 'Meridian Analytics Gov';

interface Sys {
  name: string;
  abbr: string;
}
const MWC_SYS: Sys = { name: CSO, abbr: 'MWC' };
const MAG_SYS: Sys = { name: MAG, abbr: 'MAG' };

function sections(blocks: readonly Block[]): string[] {
  return blocks.filter((x) => x.t === 'h1' || x.t === 'h2').map((x) => (x as { text: string }).text);
}

/** The "About this document" preface and acronym appendix that every formally managed attachment carries. */
function preface(docTitle: string, s: Sys): Block[] {
  return [
    h1('About This Document'),
    p(`This ${docTitle} is maintained by the ${CSP} Governance, Risk and Compliance team as part of the FedRAMP security authorization package for ${s.name} (${s.abbr}). It is reviewed at least annually, whenever a significant change is made to the system, and when findings from assessments or incidents require it. The authoritative version is stored in the GRC document library; the version history is recorded in the revision history table.`),
    h2('Who Should Use This Document'),
    p(`The document is intended for ${CSP} personnel who operate, administer and secure ${s.name}, for the independent assessors who evaluate the system, and for agency authorizing officials and security staff who review the security package.`),
    h2('How This Document Is Organized'),
    p('The first sections describe the purpose, scope and responsibilities; the following sections describe the requirements and the way they are met; appendices hold contact information, references and acronyms. Cross-references to other package documents use the attachment numbering of the System Security Plan.'),
    h2('Applicable Laws, Regulations, Standards and Guidance'),
    bullets(
      'Federal Information Security Modernization Act of 2014 (FISMA)',
      'OMB Circular A-130, Managing Information as a Strategic Resource',
      'NIST SP 800-53 Revision 5, Security and Privacy Controls for Information Systems and Organizations',
      'NIST SP 800-37 Revision 2, Risk Management Framework for Information Systems and Organizations',
      'FedRAMP Rev 5 baselines and FedRAMP policy memoranda',
    ),
  ];
}

function acronyms(): Block[] {
  return [
    h1('Appendix: Acronyms'),
    table([
      ['Acronym', 'Definition'],
      ['3PAO', 'Third Party Assessment Organization'],
      ['AO', 'Authorizing Official'],
      ['CCB', 'Configuration Control Board'],
      ['CISA', 'Cybersecurity and Infrastructure Security Agency'],
      ['ConMon', 'Continuous Monitoring'],
      ['FedRAMP', 'Federal Risk and Authorization Management Program'],
      ['FIPS', 'Federal Information Processing Standard'],
      ['ISSO', 'Information System Security Officer'],
      ['MFA', 'Multi-Factor Authentication'],
      ['NIST', 'National Institute of Standards and Technology'],
      ['PII', 'Personally Identifiable Information'],
      ['POA&M', 'Plan of Action and Milestones'],
      ['SSP', 'System Security Plan'],
    ]),
  ];
}

/** A formal Word document: cover, notice, revision history, approvals, TOC, body. */
async function formalDocx(docTitle: string, body: Block[], meta: DocMeta, layout: DocLayout, sys: Sys = MWC_SYS, titleIn: 'large' | 'cell' = 'large'): Promise<Buffer> {
  const blocks: Block[] = [
    ...cover({ docTitle, version: '2.1', date: 'August 2026', titleIn }).map((x) => (x.t === 'title' && x.text === CSO ? { ...x, text: sys.name } : x)),
    ...proprietaryNotice(),
    ...revisionHistory(STD_REVS),
    ...approvals(STD_SIGNERS),
    pageBreak,
    ...autoToc(sections([...preface(docTitle, sys), ...body, ...acronyms()]), 5, 1),
    ...preface(docTitle, sys),
    ...body,
    ...acronyms(),
  ];
  return buildDocx(blocks, meta, layout);
}

async function formalPdf(docTitle: string, body: Block[], meta: DocMeta, layout: DocLayout, sys: Sys = MAG_SYS): Promise<Buffer> {
  const blocks: Block[] = [
    center(sys.name, true),
    title(docTitle, 22),
    center(`${CSP} | Version 2.1 | July 2026`),
    ...proprietaryNotice(),
    pageBreak,
    ...revisionHistory(STD_REVS.slice(1)),
    ...distribution([['ISSO', 'Information System Security Officer'], ['System Owner', sys.name], [AGENCY, 'Agency ISSM']]),
    pageBreak,
    ...autoToc(sections([...preface(docTitle, sys), ...body, ...acronyms()]), 4, 1),
    ...preface(docTitle, sys),
    ...body,
    ...acronyms(),
  ];
  return buildPdf(blocks, meta, layout);
}

// ---------------------------------------------------------------------------------------------------------------
// Attachment 1: policies and procedures
// ---------------------------------------------------------------------------------------------------------------

function acPolicy(s: Sys): Block[] {
  return [
    h1('1 Purpose'),
    p(`This document establishes the Access Control (AC) policy and the associated procedures for ${s.name}. It implements control AC-1 of NIST SP 800-53 Revision 5 and supports the implementation of the other controls of the AC family selected in the FedRAMP Moderate baseline.`),
    h1('2 Scope'),
    p(`The policy applies to all ${CSP} employees, contractors and third parties who design, operate, administer or access the ${s.name} production environment, and to all components inside the FedRAMP authorization boundary.`),
    h1('3 Roles and Responsibilities'),
    table([
      ['Role', 'Responsibilities'],
      ['Chief Information Security Officer', 'Owns this policy; approves exceptions; designates the policy manager.'],
      ['System Owner', 'Ensures the policy is implemented for the system; approves account types.'],
      ['ISSO', 'Reviews privileged accounts monthly; monitors compliance; maintains procedures.'],
      ['Account Managers', 'Create, modify, disable and remove accounts in accordance with the procedures.'],
      ['Users', 'Comply with the Rules of Behavior and protect their authenticators.'],
    ]),
    h1('4 Management Commitment, Coordination and Compliance'),
    p('Management is committed to protecting federal information through least privilege and need-to-know. This policy is coordinated with Human Resources (personnel security), Legal (monitoring notices) and Internal Audit. Violations may result in disciplinary action up to and including termination of employment or contract.'),
    h1('5 Policy'),
    h2('5.1 Account Management (AC-2)'),
    p('Accounts shall be individually assigned, approved before creation, reviewed periodically and disabled within 24 hours of termination. Inactive accounts shall be disabled after 90 days. Privileged accounts shall be reviewed monthly.'),
    h2('5.2 Access Enforcement and Least Privilege (AC-3, AC-6)'),
    p('Access shall be enforced through role-based access control. Privileged functions shall be restricted to personnel with an approved business need; non-privileged accounts shall be used for non-security functions.'),
    h2('5.3 Unsuccessful Logon Attempts and Session Lock (AC-7, AC-11, AC-12)'),
    p('Accounts shall be locked for 30 minutes after three consecutive invalid logon attempts within 15 minutes. Sessions shall lock after 15 minutes of inactivity and terminate after 12 hours.'),
    h2('5.4 Remote Access (AC-17)'),
    p('Remote administrative access shall only be performed through approved, monitored, encrypted channels using phishing-resistant MFA.'),
    h1('6 Procedures'),
    h2('6.1 Requesting Access'),
    bullets('Submit a ServiceNow access request naming the role and justification.', 'Manager approval, then service owner approval; ISSO approval for privileged roles.', 'Provisioning via SCIM; confirmation e-mail to requester.'),
    h2('6.2 Periodic Review'),
    bullets('The ISSO launches the access certification campaign on the first business day of the month (privileged) or of January and July (all accounts).', 'Reviewers certify or revoke within 10 business days.', 'Revocations are executed within 24 hours; evidence is retained for three years.'),
    h1('7 Review and Update'),
    p('This policy is reviewed at least annually and the procedures at least annually, and after significant changes, assessment findings or incidents. The next review is due August 2027.'),
  ];
}

function familyManual(s: Sys): Block[] {
  const fams: [string, string, string][] = [
    ['AT', 'Awareness and Training', 'All users complete security and privacy awareness training before access and annually; role-based training for privileged users and incident responders; insider threat and social engineering content included.'],
    ['AU', 'Audit and Accountability', 'Systems log the events defined in AU-2; logs are retained online for 90 days and archived for one year; audit records are reviewed weekly and on alert.'],
    ['CA', 'Assessment, Authorization and Monitoring', 'An independent 3PAO assesses the system annually; POA&Ms are updated monthly; continuous monitoring follows the FedRAMP ConMon strategy.'],
    ['CM', 'Configuration Management', 'Baselines are documented and enforced by code; all changes pass through the Configuration Control Board as defined in the Configuration Management Plan.'],
    ['CP', 'Contingency Planning', 'The ISCP is reviewed and tested annually; backups are encrypted and replicated to the alternate region.'],
    ['IA', 'Identification and Authentication', 'Users are uniquely identified; MFA is required for all access; authenticators meet SP 800-63B AAL2 or higher.'],
    ['IR', 'Incident Response', 'Incidents are handled per the Incident Response Plan and reported to the agency and to CISA within one hour of identification.'],
    ['MA', 'Maintenance', 'Maintenance is scheduled, approved and logged; maintenance tools are controlled; nonlocal maintenance uses MFA.'],
    ['MP', 'Media Protection', 'Federal data is not stored on removable media; cloud storage media sanitization is inherited from the IaaS provider.'],
    ['PE', 'Physical and Environmental Protection', 'Inherited from AWS GovCloud (US); corporate offices holding no federal data are outside the boundary.'],
    ['PL', 'Planning', 'The SSP and Rules of Behavior are maintained and reviewed annually.'],
    ['PS', 'Personnel Security', 'Personnel are screened before access; access is revoked at termination; transfers trigger access review within 24 hours.'],
    ['RA', 'Risk Assessment', 'Risk assessments are performed annually; vulnerability scanning is performed monthly per RA-5.'],
    ['SA', 'System and Services Acquisition', 'Security requirements are included in acquisitions; external services are FedRAMP authorized where they process federal data.'],
    ['SC', 'System and Communications Protection', 'Boundary protection, FIPS-validated encryption in transit and at rest, and separation of tenants are enforced.'],
    ['SI', 'System and Information Integrity', 'Flaws are remediated in FedRAMP timeframes; malicious code protection and integrity monitoring are deployed.'],
    ['SR', 'Supply Chain Risk Management', 'Suppliers are assessed before onboarding; the SCRM Plan defines provenance and component authenticity requirements.'],
  ];
  const out: Block[] = [
    h1('1 Introduction'),
    p(`This manual contains the information security policies and procedures for ${s.name} (${s.abbr}) and is submitted as Attachment 1 to the System Security Plan. Each section implements the "-1" control (policy and procedures) of one NIST SP 800-53 Rev 5 control family.`),
    p('Each policy is owned by the CISO, reviewed at least annually, and supported by procedures maintained by the control owners listed in the SSP.'),
  ];
  fams.forEach(([id, name, text], i) => {
    out.push(h1(`${i + 2} ${name} (${id}) Policy and Procedures`));
    out.push(p(`Policy (${id}-1a): ${text}`));
    out.push(p(`Procedures (${id}-1a.2): The ${name.toLowerCase()} procedures are maintained in the ${s.abbr} runbook library and describe step by step how each ${id} control is performed, by whom and with which tools. Procedures are reviewed annually and after significant changes.`));
    out.push(p(`Designated official (${id}-1b): the ISSO manages the development, documentation and dissemination of the ${id} policy and procedures.`));
  });
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Attachment 2: User Guide
// ---------------------------------------------------------------------------------------------------------------

function userGuide(s: Sys): Block[] {
  return [
    h1('1 Introduction'),
    p(`This User Guide describes how agency customers access and securely use ${s.name}. It is intended for agency tenant administrators and end users and is provided as Attachment 2 of the System Security Plan. The security features described here are the customer-configurable settings referenced in the Customer Responsibility Matrix.`),
    h1('2 Accessing the Service'),
    p(`Users reach ${s.name} at https://app.${s.abbr.toLowerCase()}-gov.example using a current version of Microsoft Edge, Google Chrome or Mozilla Firefox. The service is only available over TLS 1.2 or higher.`),
    h1('3 User Roles'),
    table([['Role', 'Description'], ['Tenant Administrator', 'Configures SSO, MFA policy, user provisioning and data retention for the agency tenant.'], ['HR Specialist', 'Creates and processes personnel actions.'], ['Auditor', 'Read-only access to records and audit logs.'], ['Employee', 'Self-service access to own records.']]),
    h1('4 Configuring Single Sign-On'),
    bullets('Sign in as a Tenant Administrator and open Settings > Security > Identity Providers.', 'Choose SAML 2.0 and upload the agency IdP metadata (PIV/CAC-backed IdP recommended).', 'Map the NameID to the user e-mail attribute and save.', 'Test the configuration with a non-administrator account before enforcing SSO.'),
    h1('5 Multi-Factor Authentication'),
    p('If the agency does not use SSO, enable built-in MFA under Settings > Security > MFA. Supported factors are FIDO2 security keys and TOTP authenticator applications. SMS is not supported.'),
    h1('6 Managing Users'),
    p('Users can be provisioned through SCIM 2.0 or manually. Deactivate users promptly when they leave the agency; deactivated users cannot sign in and their sessions are revoked immediately.'),
    h1('7 Audit Logs'),
    p('Tenant administrators can view and export audit logs for their tenant under Reports > Audit Log, or stream them to the agency SIEM using the Audit Events API. Logs are retained in the service for 365 days.'),
    h1('8 Getting Help'),
    p(`Contact ${CSP} Federal Support at support-fed@meridian-global.example or 1-800-555-0199 (24x7). Report suspected security incidents immediately by phone.`),
  ];
}

function userGuideMd(): string {
  return `# ${MAG} — User Guide

> Version 2.4 · Published from the Meridian documentation portal · Applies to the FedRAMP (Gov) environment only

## Contents
1. Getting started
2. Signing in
3. Workspaces and roles
4. Building dashboards
5. Sharing and exporting data
6. Security settings for administrators
7. Support

## 1. Getting started

${MAG} lets agency analysts load workforce and operations datasets, build dashboards and share them inside the agency. This guide explains how to use the service safely. Agency administrators should also read section 6, which lists the security settings that are the customer's responsibility.

## 2. Signing in

Open \`https://mag-gov.example\` and choose **Sign in with your agency account**. Your agency's identity provider enforces PIV or another phishing-resistant authenticator. Sessions time out after 15 minutes of inactivity.

## 3. Workspaces and roles

| Role | Can do |
|---|---|
| Workspace Owner | Manage members, connectors and retention |
| Analyst | Create datasets and dashboards |
| Viewer | View shared dashboards |

## 4. Building dashboards

1. Select **New → Dashboard**.
2. Add a dataset from a connector (S3 in your agency account, SFTP, or upload up to 2 GB).
3. Drag fields onto the canvas; filters apply to all tiles.

## 5. Sharing and exporting data

Dashboards can be shared with users in your agency tenant only. Export to CSV or PDF is logged in the audit trail. Public links are disabled in the Gov environment.

## 6. Security settings for administrators

- Configure SAML SSO and disable local passwords (**Admin → Identity**).
- Review workspace membership at least every 90 days.
- Stream audit events to your SIEM (**Admin → Audit → Streaming**).
- Set data retention per your records schedule (**Admin → Retention**).

## 7. Support

Contact Meridian Federal Support (24x7) at support-fed@meridian-global.example. Report suspected security incidents by phone at 1-800-555-0199.
`;
}

// ---------------------------------------------------------------------------------------------------------------
// Attachment 3: Digital Identity Worksheet
// ---------------------------------------------------------------------------------------------------------------

function diw(s: Sys, level: string): Block[] {
  return [
    h1('1 Introduction and Purpose'),
    p(`This Digital Identity Worksheet documents the digital identity risk assessment for ${s.name} in accordance with NIST SP 800-63-3, Digital Identity Guidelines. It determines the Identity Assurance Level (IAL), Authenticator Assurance Level (AAL) and Federation Assurance Level (FAL) required for the system.`),
    h1('2 Digital Identity Level Selection'),
    p('The CSP has analyzed the potential impact of authentication errors for each category of harm using the decision trees of SP 800-63-3 section 6.'),
    table([
      ['Category of Harm', 'Potential Impact Level'],
      ['Inconvenience, distress or damage to standing or reputation', 'Moderate'],
      ['Financial loss or agency liability', 'Moderate'],
      ['Harm to agency programs or public interests', 'Low'],
      ['Unauthorized release of sensitive information', 'Moderate'],
      ['Personal safety', 'Low'],
      ['Civil or criminal violations', 'Moderate'],
    ]),
    h2('2.1 Identity Assurance Level'),
    p(`Step 1: Does the service require personal information? Yes. Step 2: Is identity proofing required to provide the service? Yes, for tenant administrators. Result: ${level.replace('Level', 'IAL')}.`),
    h2('2.2 Authenticator Assurance Level'),
    p(`Authentication errors could lead to unauthorized release of PII. Result: ${level.replace('Level', 'AAL')}; phishing-resistant authenticators are offered and recommended.`),
    h2('2.3 Federation Assurance Level'),
    p(`The system accepts SAML assertions from agency identity providers. Assertions are signed and encrypted. Result: ${level.replace('Level', 'FAL')}.`),
    h1('3 Digital Identity Acceptance Statement'),
    table([['Digital Identity Level', 'Definition', 'Selected'], ['Level 1', 'Self-asserted identity, single-factor', ''], ['Level 2', 'Remote or in-person proofing; MFA', level === 'Level 2' ? 'X' : ''], ['Level 3', 'In-person proofing; hardware-based MFA', level === 'Level 3' ? 'X' : '']]),
  ];
}

// ---------------------------------------------------------------------------------------------------------------
// Attachment 4: privacy
// ---------------------------------------------------------------------------------------------------------------

function pta(s: Sys): Block[] {
  return [
    h1('1 Privacy Threshold Analysis'),
    p(`This Privacy Threshold Analysis (PTA) determines whether ${s.name} collects, maintains or disseminates personally identifiable information (PII) and therefore whether a Privacy Impact Assessment (PIA) is required.`),
    table([
      ['#', 'Qualifying Question', 'Answer'],
      ['1', 'Does the system collect, maintain, use or disseminate PII about members of the public?', 'No'],
      ['2', 'Does the system collect, maintain, use or disseminate PII about federal employees or contractors?', 'Yes'],
      ['3', 'Has a PIA been completed for this system within the last three years?', 'Yes (2024)'],
      ['4', 'Is the system subject to a System of Records Notice (SORN)?', 'Yes - OPM/GOVT-1 General Personnel Records'],
      ['5', 'Does the system use Social Security Numbers?', 'Yes, last four digits only for payroll matching'],
    ]),
    h2('1.1 PII Elements Collected'),
    bullets('Name, work e-mail, work phone', 'Employee identification number', 'Date of birth', 'Home address', 'Bank routing and account numbers for payroll', 'Last four digits of SSN'),
    h2('1.2 Designation'),
    p('Based on the answers above, the system contains PII and a Privacy Impact Assessment is required. The PIA follows in Section 2 of this attachment and will be updated whenever the PII collected changes.'),
    h1('2 Privacy Impact Assessment Summary'),
    p('PII is collected directly from employees or from agency HR systems of record; it is used only for personnel action processing and payroll. Access is limited to agency HR roles; the CSP accesses PII only for support with agency approval. PII is encrypted at rest and in transit and retained according to the agency records schedule (GRS 2.2).'),
    h1('3 Privacy Official Approval'),
    table([['Role', 'Name', 'Signature', 'Date'], ['CSP Privacy Officer', 'Grace Lindqvist', '/s/', '2026-08-11'], ['Agency Senior Agency Official for Privacy', '', '', '']]),
  ];
}

function pia(s: Sys): Block[] {
  return [
    h1('Section 1: Characterization of the Information'),
    p(`${s.name} processes operational analytics datasets supplied by agencies. Some datasets include PII about federal employees (names, duty stations, position titles, work contact details). The system does not collect PII from members of the public.`),
    h1('Section 2: Purpose and Use of the Information'),
    p('PII is used only to produce workforce dashboards requested by the agency. It is not used for matching programs or for decisions about individuals.'),
    h1('Section 3: Notice and Consent'),
    p('Notice is provided by the agency through its SORN and privacy act statements; the CSP does not interact with data subjects.'),
    h1('Section 4: Information Sharing'),
    p('Data is shared only within the agency tenant. No PII is shared with third parties; sub-processors (AWS GovCloud) do not access content.'),
    h1('Section 5: Retention'),
    p('Datasets are retained until deleted by the agency or 30 days after contract termination, after which they are purged and the purge is certified.'),
    h1('Section 6: Access, Redress and Correction'),
    p('Individuals seek access or correction through the agency Privacy Act office; the CSP supports corrections on agency request within 10 business days.'),
    h1('Section 7: Technical Access and Security'),
    p('Role-based access, MFA, FIPS-validated encryption, audit logging and annual 3PAO assessment protect the PII. Privacy controls of the SP 800-53 PT family are addressed in the SSP.'),
    h1('Section 8: Privacy Risk Analysis'),
    table([['Risk', 'Mitigation'], ['Over-collection of PII in uploaded datasets', 'Column-level PII detection warns analysts; data minimization guidance in the User Guide'], ['Unauthorized disclosure via exports', 'Exports logged and restricted to tenant users']]),
  ];
}

// ---------------------------------------------------------------------------------------------------------------
// Attachment 5: Rules of Behavior
// ---------------------------------------------------------------------------------------------------------------

function robPrivileged(s: Sys): Block[] {
  return [
    h1('1 Introduction'),
    p(`These Rules of Behavior apply to all personnel with privileged (administrative) access to ${s.name}. They describe the responsibilities and expected behavior of privileged users and the consequences of non-compliance. Every privileged user must read and sign these rules before access is granted and annually thereafter.`),
    h1('2 Rules'),
    bullets(
      'I will use my privileged account only for administrative tasks and my non-privileged account for e-mail, web browsing and other daily tasks.',
      'I will not share my credentials or authenticators with anyone, and I will protect my FIDO2 security key.',
      'I will access the production environment only through the approved access broker from a managed device.',
      'I will not copy federal data outside the authorization boundary, including to personal or corporate storage.',
      'I will make changes only under an approved change record, except for documented emergency procedures.',
      'I will report suspected security incidents to the SOC immediately and no later than 30 minutes after discovery.',
      'I understand that my activity is logged and monitored and that I have no expectation of privacy on the system.',
    ),
    h1('3 Consequences of Non-Compliance'),
    p('Violations may result in revocation of access, disciplinary action up to and including termination, and civil or criminal penalties.'),
    h1('4 Acknowledgement'),
    p('I acknowledge that I have read, understand and will comply with these Rules of Behavior.'),
    table([['Name (print)', 'Signature', 'Date'], ['', '', '']]),
  ];
}

function robTxt(): string {
  return `MERIDIAN ANALYTICS GOV - RULES OF BEHAVIOR (NON-PRIVILEGED USERS)
Version 1.6 - effective 2026-04-01
Owner: ISSO, Meridian Analytics Gov

-----------------------------------------------------------------
Subject: Rules of Behavior - please read and acknowledge in LMS
-----------------------------------------------------------------

All users of Meridian Analytics Gov (MAG) who are not system administrators must
accept these Rules of Behavior before they receive access and every year after.
Acceptance is recorded in the learning management system (course RB-MAG-01).

1. Use the system only for official, authorized purposes.
2. Protect your password and authenticator; never share them.
3. Lock your screen when you walk away; sessions time out after 15 minutes.
4. Do not upload data that your agency has not authorized for the system.
5. Do not attempt to access data, workspaces or functions you are not authorized for.
6. Do not install browser extensions that read page content while using MAG.
7. Report lost devices, suspicious e-mails and suspected incidents to the
   service desk at once: 1-800-555-0199 or security@meridian-global.example.
8. Your use of the system is monitored and recorded. Unauthorized use may lead
   to loss of access, disciplinary action, and civil or criminal penalties.

ACKNOWLEDGEMENT
I have read the Rules of Behavior for Meridian Analytics Gov. I understand them
and agree to follow them.

Name: ____________________   Signature: ____________________   Date: __________
`;
}

// ---------------------------------------------------------------------------------------------------------------
// Attachment 6: ISCP
// ---------------------------------------------------------------------------------------------------------------

function iscp(s: Sys): Block[] {
  return [
    h1('1 Introduction'),
    p(`This Information System Contingency Plan (ISCP) establishes procedures to recover ${s.name} following a disruption. The plan has the following objectives: maximize the effectiveness of contingency operations through an established plan that consists of the Activation and Notification phase, the Recovery phase and the Reconstitution phase.`),
    h2('1.1 Background'),
    p('This plan applies to the functions, operations and resources necessary to restore and resume system operations at the primary region (AWS GovCloud US-West) or the alternate region (US-East). Recovery Time Objective (RTO): 12 hours. Recovery Point Objective (RPO): 1 hour. Maximum Tolerable Downtime (MTD): 24 hours.'),
    h2('1.2 Assumptions'),
    bullets('The alternate region is unaffected by the event.', 'Key personnel identified in Appendix A are available.', 'Backups and replicas are current to the RPO.'),
    h1('2 Concept of Operations'),
    p('The system is deployed active/warm-standby. Data is replicated continuously to the alternate region; daily encrypted snapshots are retained for 35 days. Infrastructure is recreated from infrastructure-as-code.'),
    h2('2.1 Roles and Responsibilities'),
    table([['Role', 'Responsibility'], ['ISCP Director (System Owner)', 'Declares a disaster and activates the plan'], ['ISCP Coordinator (SRE Manager)', 'Coordinates recovery teams and communications'], ['Database Recovery Team', 'Promotes replicas; validates data integrity'], ['Application Recovery Team', 'Redeploys services; validates functionality']]),
    h1('3 Activation and Notification'),
    p('The plan is activated when an outage is expected to exceed four hours or when the primary region is unavailable. The ISCP Coordinator notifies the agency, the FedRAMP PMO (if required) and customers through the status page within one hour of activation.'),
    h1('4 Recovery'),
    h2('4.1 Sequence of Recovery Activities'),
    bullets('Confirm alternate-region health and capacity.', 'Promote the RDS replica in the alternate region to primary.', 'Scale EKS node groups in the alternate region to production capacity.', 'Update Route 53 failover records; confirm TLS certificates.', 'Validate application functions with the recovery test checklist.'),
    h2('4.2 Recovery Procedures'),
    p('Detailed runbooks RB-DR-01 through RB-DR-09 are maintained in the SRE repository and referenced by step number.'),
    h1('5 Reconstitution'),
    p('Reconstitution is complete when the system is operating normally, concurrent processing has validated data, the system is tested by the business owner, and the original or new primary region is restored. Deactivation is declared by the ISCP Director.'),
    h1('Appendix A Personnel Contact List'),
    table([['Role', 'Name', 'Phone'], ['ISCP Director', 'Marcus Delgado', '(703) 555-0148'], ['ISCP Coordinator', 'Ana Ribeiro', '(703) 555-0171'], ['ISSO', 'Samantha Raman', '(703) 555-0133']]),
    h1('Appendix B Business Impact Analysis'),
    table([['Business Process', 'MTD', 'RTO', 'RPO'], ['Personnel action processing', '24 h', '12 h', '1 h'], ['Payroll file generation', '48 h', '24 h', '1 h']]),
    h1('Appendix C Plan Testing'),
    p('The plan is tested annually through a functional exercise including regional failover. The 2026 test report is maintained separately.'),
  ];
}

// ---------------------------------------------------------------------------------------------------------------
// Attachment 7: CMP
// ---------------------------------------------------------------------------------------------------------------

function cmp(s: Sys): Block[] {
  return [
    h1('1 Introduction'),
    p(`This Configuration Management Plan (CMP) describes how ${CSP} identifies, controls, accounts for and audits the configuration of ${s.name}. It implements the CM family of NIST SP 800-53 Rev 5 (CM-1 through CM-12) for the FedRAMP authorization boundary.`),
    h1('2 Roles and Responsibilities'),
    table([['Role', 'Responsibility'], ['Configuration Control Board (CCB)', 'Reviews and approves normal and major changes; meets weekly'], ['Change Manager', 'Chairs the CCB; maintains the change calendar'], ['ISSO', 'Performs security impact analysis; identifies significant changes'], ['Platform Engineering', 'Maintains baselines and infrastructure-as-code']]),
    h1('3 Configuration Identification'),
    p('Configuration items include AMIs, container images, Helm charts, Terraform modules, database parameter groups and network policies. Each item is uniquely identified and recorded in the Integrated Inventory Workbook and the configuration repository.'),
    h1('4 Baseline Configuration'),
    p('Baselines are derived from CIS Benchmarks and DISA STIGs, documented in the baseline catalog, and reviewed annually and when new components are introduced.'),
    h1('5 Configuration Change Control'),
    h2('5.1 Change Types'),
    table([['Type', 'Approval', 'Examples'], ['Standard', 'Pre-approved', 'Patching within approved baseline'], ['Normal', 'CCB', 'New service versions, firewall rule changes'], ['Emergency', 'Change Manager + ISSO, CCB retroactive', 'Fix for active exploitation'], ['Significant', 'CCB + agency AO via SCR', 'New region, new leveraged service']]),
    h2('5.2 Security Impact Analysis'),
    p('Every normal and emergency change receives a security impact analysis by the ISSO. Changes that meet the FedRAMP significant change criteria are submitted to the agency as a Significant Change Request before implementation.'),
    h1('6 Configuration Status Accounting'),
    p('The change management system records the status of every change from request to closure; monthly reports are provided to the CCB.'),
    h1('7 Configuration Audits'),
    p('Automated drift detection runs nightly. Quarterly functional and physical configuration audits compare deployed state to the baseline and the inventory.'),
    h1('8 Tools'),
    bullets('GitLab (source, merge request approvals)', 'Terraform and Helm', 'ServiceNow Change Management', 'AWS Config conformance packs'),
  ];
}

// ---------------------------------------------------------------------------------------------------------------
// Attachment 8: IRP
// ---------------------------------------------------------------------------------------------------------------

function irp(s: Sys): Block[] {
  return [
    h1('1 Introduction'),
    p(`This Incident Response Plan (IRP) establishes the incident response capability for ${s.name}. It covers preparation, detection and analysis, containment, eradication and recovery, and post-incident activity, following NIST SP 800-61 Rev 2 and the FedRAMP Incident Communications Procedures.`),
    h1('2 Incident Response Team'),
    table([['Role', 'Responsibility'], ['Incident Commander', 'Leads the response; approves containment actions'], ['SOC Analysts', 'Triage alerts; collect evidence'], ['ISSO', 'Notifies agency and CISA; maintains the incident record'], ['Legal and Privacy', 'Assess breach notification obligations']]),
    h1('3 Incident Categories and Severity'),
    table([['Severity', 'Description', 'Response time'], ['SEV-1', 'Confirmed compromise of federal data or loss of availability', '15 minutes'], ['SEV-2', 'Suspected compromise; active attack contained', '1 hour'], ['SEV-3', 'Policy violation; no federal data impact', '1 business day']]),
    h1('4 Reporting Requirements'),
    p('Incidents affecting the confidentiality, integrity or availability of federal information are reported to the agency incident response team and to CISA within one hour of identification, and to the FedRAMP PMO as described in the FedRAMP Incident Communications Procedures. Status updates are provided daily until resolution.'),
    h1('5 Incident Handling'),
    h2('5.1 Detection and Analysis'),
    p('Alerts from the SIEM, GuardDuty, WAF and customer reports are triaged by the SOC. Evidence is preserved in the forensics account with chain of custody.'),
    h2('5.2 Containment, Eradication and Recovery'),
    p('Containment playbooks isolate affected workloads, revoke credentials and block indicators at the WAF and network firewall. Eradication removes malicious artifacts; recovery restores from known-good images.'),
    h2('5.3 Post-Incident Activity'),
    p('A lessons-learned review is held within five business days. Resulting actions are tracked in the POA&M when they relate to control weaknesses.'),
    h1('6 Testing and Training'),
    p('The plan is tested annually through a tabletop exercise with the agency and trained annually for all responders.'),
  ];
}

// ---------------------------------------------------------------------------------------------------------------
// Attachment 10: FIPS 199
// ---------------------------------------------------------------------------------------------------------------

function fips199(s: Sys, level: 'Moderate' | 'Low'): Block[] {
  const rows = level === 'Moderate'
    ? [['Personnel Action Processing', 'D.17.3', 'Moderate', 'Moderate', 'Low'], ['Payroll Management', 'D.17.5', 'Moderate', 'Moderate', 'Moderate'], ['System and Network Monitoring', 'C.3.5.8', 'Moderate', 'Moderate', 'Low']]
    : [['Workforce Planning', 'D.17.1', 'Low', 'Low', 'Low'], ['Business Reporting', 'C.3.1.5', 'Low', 'Low', 'Low']];
  return [
    h1('1 Introduction and Purpose'),
    p(`This document provides the Federal Information Processing Standard (FIPS) 199 security categorization of ${s.name}. The categorization is based on the information types processed, stored and transmitted by the system, identified using NIST SP 800-60 Volume II, and the potential impact of a loss of confidentiality, integrity or availability.`),
    h1('2 Scope'),
    p('The scope is the FedRAMP authorization boundary described in the System Security Plan.'),
    h1('3 System Description'),
    p(`${s.name} is a software-as-a-service offering hosted in AWS GovCloud (US).`),
    h1('4 Methodology'),
    p('Information types were identified with the system owner and agency data owners. Provisional impact levels from SP 800-60 were reviewed and adjusted where special factors apply; adjustments are justified below.'),
    h1('5 Information Types and Impact Levels'),
    table([['Information Type', 'NIST SP 800-60 ID', 'Confidentiality', 'Integrity', 'Availability'], ...rows]),
    h1('6 Security Categorization'),
    p(`SC ${s.name} = {(confidentiality, ${level.toUpperCase()}), (integrity, ${level.toUpperCase()}), (availability, ${level === 'Moderate' ? 'MODERATE' : 'LOW'})}`),
    p(`The overall security categorization (high-water mark) of the system is ${level.toUpperCase()}.`),
    table([['Security Objective', 'Impact Level'], ['Confidentiality', level], ['Integrity', level], ['Availability', level]]),
    h1('7 Approval'),
    p('The system owner and the agency authorizing official concur with this categorization.'),
  ];
}

// ---------------------------------------------------------------------------------------------------------------
// Attachment 11: SoD matrix (docx variant)
// ---------------------------------------------------------------------------------------------------------------

function sodDocBody(s: Sys): Block[] {
  return [
    h1('1 Purpose'),
    p(`This Separation of Duties Matrix documents how duties are divided among roles for ${s.name} to prevent any single individual from performing incompatible functions, in accordance with AC-5. It accompanies the System Security Plan as Attachment 11.`),
    h1('2 Separation of Duties Matrix'),
    table([
      ['Function', 'Developer', 'Platform Engineer', 'SRE On-call', 'ISSO', 'Security Analyst', 'Internal Auditor'],
      ['Write application code', 'X', '', '', '', '', ''],
      ['Approve merge to main', 'X (peer)', '', '', '', '', ''],
      ['Deploy to production', '', 'X', 'X', '', '', ''],
      ['Approve production access', '', '', '', 'X', '', ''],
      ['Modify IAM policies', '', 'X', '', '', '', ''],
      ['Review audit logs', '', '', '', 'X', 'X', ''],
      ['Administer SIEM', '', '', '', '', 'X', ''],
      ['Audit access reviews', '', '', '', '', '', 'X'],
    ]),
    h1('3 Conflicting Role Combinations'),
    bullets('A developer may not hold production deploy rights for the same service.', 'Administrators of the SIEM may not hold platform administrator rights.', 'The person approving access may not provision it.'),
  ];
}

// ---------------------------------------------------------------------------------------------------------------
// Attachment 12: Laws and Regulations (pdf variant body)
// ---------------------------------------------------------------------------------------------------------------

const LAWS: string[][] = [
  ['Identification Number', 'Title', 'Date', 'Link'],
  ['44 U.S.C. 3551 et seq.', 'Federal Information Security Modernization Act of 2014 (FISMA)', '2014-12-18', 'https://www.congress.gov/bill/113th-congress/senate-bill/2521'],
  ['5 U.S.C. 552a', 'Privacy Act of 1974', '1974-12-31', 'https://www.justice.gov/opcl/privacy-act-1974'],
  ['OMB A-130', 'Managing Information as a Strategic Resource', '2016-07-28', 'https://www.whitehouse.gov/omb/'],
  ['OMB M-17-12', 'Preparing for and Responding to a Breach of Personally Identifiable Information', '2017-01-03', 'https://www.whitehouse.gov/omb/'],
  ['OMB M-22-09', 'Moving the U.S. Government Toward Zero Trust Cybersecurity Principles', '2022-01-26', 'https://www.whitehouse.gov/omb/'],
  ['HSPD-12', 'Policy for a Common Identification Standard for Federal Employees and Contractors', '2004-08-27', 'https://www.dhs.gov/homeland-security-presidential-directive-12'],
  ['FIPS 140-3', 'Security Requirements for Cryptographic Modules', '2019-03-22', 'https://csrc.nist.gov/pubs/fips/140-3/final'],
  ['FIPS 199', 'Standards for Security Categorization of Federal Information and Information Systems', '2004-02', 'https://csrc.nist.gov/pubs/fips/199/final'],
  ['FIPS 200', 'Minimum Security Requirements for Federal Information and Information Systems', '2006-03', 'https://csrc.nist.gov/pubs/fips/200/final'],
  ['NIST SP 800-18 Rev 1', 'Guide for Developing Security Plans for Federal Information Systems', '2006-02', 'https://csrc.nist.gov/pubs/sp/800/18/r1/final'],
  ['NIST SP 800-34 Rev 1', 'Contingency Planning Guide for Federal Information Systems', '2010-05', 'https://csrc.nist.gov/pubs/sp/800/34/r1/upd1/final'],
  ['NIST SP 800-37 Rev 2', 'Risk Management Framework for Information Systems and Organizations', '2018-12', 'https://csrc.nist.gov/pubs/sp/800/37/r2/final'],
  ['NIST SP 800-53 Rev 5', 'Security and Privacy Controls for Information Systems and Organizations', '2020-09', 'https://csrc.nist.gov/pubs/sp/800/53/r5/upd1/final'],
  ['NIST SP 800-61 Rev 2', 'Computer Security Incident Handling Guide', '2012-08', 'https://csrc.nist.gov/pubs/sp/800/61/r2/final'],
  ['NIST SP 800-63-3', 'Digital Identity Guidelines', '2017-06', 'https://pages.nist.gov/800-63-3/'],
  ['NIST SP 800-161 Rev 1', 'Cybersecurity Supply Chain Risk Management Practices', '2022-05', 'https://csrc.nist.gov/pubs/sp/800/161/r1/final'],
];

// ---------------------------------------------------------------------------------------------------------------
// SCRM plan
// ---------------------------------------------------------------------------------------------------------------

function scrm(s: Sys): Block[] {
  return [
    h1('1 Purpose and Scope'),
    p(`This Supply Chain Risk Management (SCRM) Plan describes how ${CSP} identifies, assesses and mitigates supply chain risks to ${s.name}, implementing the SR family of NIST SP 800-53 Rev 5 (SR-1 through SR-12) and the practices of NIST SP 800-161 Rev 1.`),
    h1('2 Roles and Responsibilities'),
    table([['Role', 'Responsibility'], ['SCRM Lead (Procurement Security)', 'Maintains this plan and the supplier risk assessments'], ['Engineering Leads', 'Maintain software bills of materials (SBOMs) for their services'], ['ISSO', 'Reviews supplier risk before onboarding components into the boundary']]),
    h1('3 Supply Chain Risk Assessment'),
    p('Critical suppliers (IaaS, identity provider, logging platform, hardware security modules) are assessed before onboarding and annually. The assessment covers foreign ownership, control or influence (FOCI), security certifications (FedRAMP authorization, FIPS validation), vulnerability disclosure practices and financial stability.'),
    h1('4 Provenance and Component Authenticity (SR-4, SR-11)'),
    p('Container base images are pulled only from the internal registry, which mirrors signed images from approved publishers. Image signatures are verified at admission. SBOMs in CycloneDX format are generated at build and retained for every release.'),
    h1('5 Acquisition Strategies and Contract Requirements (SR-5, SA-4)'),
    p('Contracts with suppliers of in-boundary components include notification of compromise within 72 hours, vulnerability remediation obligations and the right to audit.'),
    h1('6 Notification Agreements and Incident Handling (SR-8)'),
    p('Supplier notifications are routed to the SOC and handled under the Incident Response Plan; affected components are tracked in the POA&M.'),
    h1('7 Plan Review'),
    p('This plan is reviewed annually and after significant supply chain incidents affecting the industry.'),
  ];
}

// ---------------------------------------------------------------------------------------------------------------
// CIS/CRM workbooks and SoD/Laws workbooks
// ---------------------------------------------------------------------------------------------------------------

const CRM_CONTROLS: [string, string, string][] = [
  ['AC-2', 'Partially', 'Customer manages agency user accounts in their tenant, including timely deactivation and periodic review.'],
  ['AC-2(3)', 'Partially', 'Customer configures tenant inactivity disable period if stricter than 90 days.'],
  ['AC-7', 'Yes', ''],
  ['AC-17', 'Yes', ''],
  ['AU-6', 'Partially', 'Customer reviews tenant audit logs exported via the Audit Events API.'],
  ['IA-2', 'Partially', 'Customer integrates its PIV-backed identity provider through SAML.'],
  ['IA-5', 'Yes', ''],
  ['PS-4', 'No', 'Customer notifies tenant administrators of personnel terminations.'],
  ['SC-7', 'Yes', ''],
  ['SC-28', 'Yes', ''],
  ['SI-2', 'Yes', ''],
];

async function cisCrmA(): Promise<Buffer> {
  const cisHead = ['Control ID', 'Implemented', 'Partially Implemented', 'Planned', 'Alternative Implementation', 'Not Applicable', 'Service Provider Corporate', 'Service Provider System Specific', 'Service Provider Hybrid', 'Configured by Customer', 'Provided by Customer', 'Shared', 'Inherited'];
  const cis = CRM_CONTROLS.map(([id, inh]) => [id, 'X', '', '', '', '', id.startsWith('PS') ? 'X' : '', inh === 'Yes' ? 'X' : '', '', inh === 'Partially' ? 'X' : '', inh === 'No' ? 'X' : '', inh === 'Partially' ? 'X' : '', id === 'SC-28' ? 'X' : '']);
  return buildXlsx(
    [
      { name: 'Instructions', rows: [['FedRAMP Control Implementation Summary (CIS) and Customer Responsibility Matrix (CRM) Workbook'], ['The CIS Worksheet summarizes implementation status and control origination for each control. The CRM Worksheet describes, for each control, whether it can be inherited and what the customer is responsible for.'], ['This workbook is Attachment 9 of the SSP and must match the SSP control summary tables.']], boldRows: [1] },
      { name: 'CIS Worksheet', rows: [[`${CSO} - Control Implementation Summary`], ['Implementation Status', '', '', '', '', '', 'Control Origination'], cisHead, ...cis], boldRows: [1, 2, 3] },
      { name: 'CRM Worksheet', rows: [[`${CSO} - Customer Responsibility Matrix`], ['Control ID', 'Can Be Inherited from CSP', 'Specific Inherited Control / Customer Responsibility'], ...CRM_CONTROLS.map(([id, inh, resp]) => [id, inh, resp || 'Fully inherited from the CSP.'])], boldRows: [1, 2] },
    ],
    { title: 'FedRAMP Security Package Template', creator: 'S. Raman', company: CSP },
  );
}

async function cisCrmB(): Promise<Buffer> {
  return buildXlsx(
    [
      { name: 'Cover', rows: [['SSP Attachment 9'], [MAG], ['CIS / CRM Workbook - FedRAMP Rev 5 Low'], ['Version 1.3 - 2026-05-30']], boldRows: [1, 3] },
      {
        name: 'CRM',
        rows: [
          ['Customer Responsibility Matrix'],
          [],
          ['Control ID', 'Control Name', 'Can Be Inherited from CSP', 'Specific Inherited Control Responsibility', 'Customer Responsibility Description'],
          ['AC-1', 'Policy and Procedures', 'No', '', 'Customer maintains agency access control policy covering its tenant users.'],
          ['AC-2', 'Account Management', 'Partial', 'Platform accounts', 'Customer manages workspace memberships and deactivates users.'],
          ['AT-2', 'Literacy Training and Awareness', 'No', '', 'Customer trains its users.'],
          ['AU-2', 'Event Logging', 'Yes', 'All tenant events logged by MAG', ''],
          ['CP-9', 'System Backup', 'Yes', 'Daily encrypted backups', ''],
          ['IA-2', 'Identification and Authentication', 'Partial', 'SAML SP', 'Customer IdP enforces MFA.'],
          ['SC-13', 'Cryptographic Protection', 'Yes', 'FIPS 140-3 modules', ''],
        ],
        boldRows: [1, 3],
      },
      {
        name: 'CIS',
        rows: [
          ['Control Implementation Summary'],
          ['Control ID', 'Implementation Status', 'Control Origination'],
          ['AC-1', 'Implemented', 'Shared (Service Provider and Customer)'],
          ['AC-2', 'Implemented', 'Shared'],
          ['AT-2', 'Implemented', 'Service Provider Corporate'],
          ['AU-2', 'Implemented', 'Service Provider System Specific'],
          ['CP-9', 'Implemented', 'Service Provider System Specific'],
          ['IA-2', 'Implemented', 'Shared'],
          ['SC-13', 'Implemented', 'Inherited (AWS GovCloud) and System Specific'],
        ],
        boldRows: [1, 2],
      },
    ],
    { title: 'MAG_A09_CIS_CRM_v1.3.xlsx', creator: 'Meridian GRC' },
  );
}

async function sodXlsxFromFixture(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(fixturePath('office/AwesomeCloud SOD Matrix.xlsx'));
  applyWorkbookMeta(wb, { creator: 'Tom Volpe Jr', lastModifiedBy: 'Samantha Raman' });
  const ws = wb.worksheets[0];
  if (!ws) throw new Error('SoD sheet missing');
  ws.name = 'SoD Matrix';
  ws.spliceRows(1, 0, [`${CSO} - Separation of Duties Matrix (SSP Attachment 11)`], []);
  const extra: [string, string[]][] = [
    ['platform-engineer', ['X', 'X', 'X', '', 'X', '', '']],
    ['sre-on-call', ['', '', 'X', 'X', 'X', '', '']],
    ['soc-analyst', ['', '', '', 'X', '', '', 'X']],
    ['internal-auditor', ['', '', '', 'X', '', '', 'X']],
  ];
  extra.forEach(([role, marks], i) => {
    const r = ws.getRow(12 + i);
    r.getCell(1).value = role;
    marks.forEach((m, ci) => {
      if (m) r.getCell(ci + 2).value = m;
    });
  });
  return workbookBuffer(wb);
}

async function lawsXlsx(): Promise<Buffer> {
  return buildXlsx(
    [
      { name: 'Instructions', rows: [['FedRAMP Laws and Regulations'], ['List the laws, regulations, standards and guidance that apply to the cloud service offering. The FedRAMP baseline list is pre-populated; add agency- or system-specific items at the end.']], boldRows: [1] },
      { name: 'Laws and Regulations', rows: [[`SSP Attachment 12 - FedRAMP Laws and Regulations - ${CSO}`], [], ...LAWS, ['28 CFR Part 20 (not applicable)', 'Criminal Justice Information Systems', '', 'Reviewed; system stores no CJI']], boldRows: [1, 3] },
    ],
    { title: 'Attachment 12', creator: 'Helen Strand', company: CSP },
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Assembly
// ---------------------------------------------------------------------------------------------------------------

export async function attachmentDocs(): Promise<EvalDoc[]> {
  const hdr = (t: string): DocLayout => ({ header: `${CSO} | ${t}`, footer: 'CUI // Proprietary', pageNumbers: true });
  const hdrMag = (t: string): DocLayout => ({ header: `${MAG} - ${t}`, pageNumbers: true, headings: 'bold' });
  const docs: EvalDoc[] = [];
  const add = (file: string, expected: EvalDoc['expected'], data: Buffer | string, note: string): void => {
    docs.push({ file, expected, data, note });
  };

  add('AC_Policy_v2.1.docx', 'POLICIES_AND_PROCEDURES', await formalDocx('Access Control Policy and Procedures', acPolicy(MWC_SYS), { title: 'System Security Plan', creator: 'K. Okafor', company: CSP }, hdr('AC Policy and Procedures')),
    'AC-1 Access Control Policy and Procedures for MWC (SSP Attachment 1 content); core title stale "System Security Plan" copied from another document.');
  add('A01.pdf', 'POLICIES_AND_PROCEDURES', await formalPdf('Information Security Policies and Procedures', familyManual(MAG_SYS), { title: 'Attachment 1', creator: 'Meridian GRC' }, hdrMag('Policies and Procedures')),
    'Attachment 1 policy manual printed to PDF: one policy-and-procedures section per NIST 800-53 family.');

  add('MWC User Guide.docx', 'USER_GUIDE', await formalDocx('Customer User Guide', userGuide(MWC_SYS), { title: 'User Guide', creator: 'Tech Pubs' }, hdr('User Guide')),
    'Customer/tenant administrator User Guide (SSP Attachment 2) with SSO, MFA and audit log instructions.');
  add('user-guide.md', 'USER_GUIDE', userGuideMd(), 'User guide for MAG exported from the documentation portal as Markdown.');

  add('Document3.docx', 'DIGITAL_IDENTITY_WORKSHEET', await formalDocx('Digital Identity Worksheet', diw(MWC_SYS, 'Level 2'), { title: 'FedRAMP Template', creator: 'FedRAMP PMO' }, hdr('Attachment 3'), MWC_SYS, 'cell'),
    'SP 800-63-3 Digital Identity Worksheet selecting IAL2/AAL2/FAL2; title only in the cover table cell, stale metadata.');
  add('MAG_A03.pdf', 'DIGITAL_IDENTITY_WORKSHEET', await formalPdf('Digital Identity Worksheet', diw(MAG_SYS, 'Level 2'), { title: undefined }, hdrMag('DIW')),
    'Digital Identity Worksheet for MAG printed to PDF, no metadata title.');

  add('PTA-PIA_MWC.docx', 'PRIVACY_ASSESSMENT', await formalDocx('Privacy Threshold Analysis and Privacy Impact Assessment', pta(MWC_SYS), { title: 'PTA', creator: 'Grace Lindqvist', company: CSP }, hdr('PTA/PIA')),
    'Privacy Threshold Analysis with PIA summary (SSP Attachment 4).');
  add('doc-0588.pdf', 'PRIVACY_ASSESSMENT', await formalPdf('Privacy Impact Assessment (PIA)', pia(MAG_SYS), { title: 'Microsoft Word - PIA_MAG_2026.docx' }, hdrMag('PIA')),
    'Privacy Impact Assessment for MAG printed from Word, sections 1-8 of the PIA template.');

  add('RoB-privileged.docx', 'RULES_OF_BEHAVIOR', await formalDocx('Rules of Behavior for Privileged Users', robPrivileged(MWC_SYS), { title: undefined, creator: 'S. Raman' }, { header: 'Attachment 5', pageNumbers: true, headings: 'bold' }),
    'Rules of Behavior for privileged users with acknowledgement block (SSP Attachment 5), headings as bold paragraphs.');
  add('read-and-sign.txt', 'RULES_OF_BEHAVIOR', robTxt(), 'Plain-text Rules of Behavior for non-privileged MAG users as sent in an e-mail, with acknowledgement line.');

  add('Document1.docx', 'CONTINGENCY_PLAN', await formalDocx('Information System Contingency Plan (ISCP)', iscp(MWC_SYS), { title: 'System Security Plan (SSP)', creator: 'Ana Ribeiro', company: CSP }, hdr('ISCP')),
    'ISCP with activation, recovery, reconstitution and BIA appendix; core title stale from the SSP.');
  add('MAG-ISCP-2026.pdf', 'CONTINGENCY_PLAN', await formalPdf('Information System Contingency Plan', iscp(MAG_SYS), { title: 'ISCP' }, hdrMag('ISCP')),
    'ISCP for MAG printed to PDF.');

  add('A07_CMP.docx', 'CONFIGURATION_MANAGEMENT_PLAN', await formalDocx('Configuration Management Plan', cmp(MWC_SYS), { title: 'CMP', creator: 'Platform Engineering' }, hdr('CMP'), MWC_SYS, 'cell'),
    'Configuration Management Plan (CCB, baselines, change control, SIA) with title in a cover table cell.');
  add('print_20260602.pdf', 'CONFIGURATION_MANAGEMENT_PLAN', await formalPdf('Configuration Management Plan (CMP)', cmp(MAG_SYS), { title: undefined }, hdrMag('CMP')),
    'CMP for MAG printed to PDF; neutral print-job name.');

  add('IRP v5.docx', 'INCIDENT_RESPONSE_PLAN', await formalDocx('Incident Response Plan', irp(MWC_SYS), { title: 'Incident Response Plan', creator: 'SOC' }, hdr('IRP')),
    'Incident Response Plan following SP 800-61 with FedRAMP reporting requirements.');
  add('0193-final.pdf', 'INCIDENT_RESPONSE_PLAN', await formalPdf('Incident Response Plan (IRP)', irp(MAG_SYS), { title: '0193-final' }, hdrMag('IRP')),
    'IRP for MAG printed to PDF; metadata title is the file name.');

  add('A09 - CIS CRM.xlsx', 'CIS_CRM_WORKBOOK', await cisCrmA(), 'CIS/CRM workbook with instructions, CIS Worksheet and CRM Worksheet; stale template metadata title.');
  add('workbook_mag.xlsx', 'CIS_CRM_WORKBOOK', await cisCrmB(), 'MAG CIS/CRM workbook with a cover sheet first and CRM before CIS; metadata title is a file name.');

  add('FIPS199_MWC.docx', 'FIPS_199', await formalDocx('FIPS 199 Security Categorization', fips199(MWC_SYS, 'Moderate'), { title: 'FedRAMP Template', creator: 'S. Raman' }, hdr('Attachment 10')),
    'FIPS 199 categorization (SP 800-60 information types, high-water mark Moderate) with stale metadata.');
  add('categorization.pdf', 'FIPS_199', await formalPdf('FIPS 199 Categorization', fips199(MAG_SYS, 'Low'), { title: undefined }, hdrMag('FIPS 199')),
    'FIPS 199 categorization of MAG at Low printed to PDF.');

  add('AwesomeCloud SOD Matrix (MWC).xlsx', 'SEPARATION_OF_DUTIES_MATRIX', await sodXlsxFromFixture(), 'GSA AwesomeCloud SoD matrix fixture reused by the CSP: banner row added, roles appended.');
  add('SoD.docx', 'SEPARATION_OF_DUTIES_MATRIX', await formalDocx('Separation of Duties Matrix', sodDocBody(MWC_SYS), { title: 'Attachment 11', creator: 'S. Raman' }, hdr('Attachment 11')),
    'Separation of Duties Matrix as a Word table with conflicting-role rules.');

  add('Attachment 12.xlsx', 'LAWS_AND_REGULATIONS', await lawsXlsx(), 'FedRAMP Laws and Regulations workbook (SSP Attachment 12) with instructions sheet first.');
  add('laws_regs_mag.pdf', 'LAWS_AND_REGULATIONS', await buildPdf([
    center(MAG, true), title('FedRAMP Laws and Regulations', 20), p('SSP Attachment 12. The following laws, regulations, standards and guidance apply to the system.'), table(LAWS), small('Source: FedRAMP Rev 5 Laws and Regulations template, tailored by Meridian GRC.'),
  ], { title: 'Laws & Regs' }, { pageNumbers: true }), 'Laws and Regulations list for MAG printed to PDF.');

  add('SCRM Plan.docx', 'SUPPLY_CHAIN_RISK_MANAGEMENT_PLAN', await formalDocx('Supply Chain Risk Management Plan', scrm(MWC_SYS), { title: 'SCRM', creator: 'Procurement Security', company: CSP }, hdr('SCRM Plan')),
    'Supply Chain Risk Management Plan implementing SR-1..SR-12 and SP 800-161.');
  add('scrm_v1.pdf', 'SUPPLY_CHAIN_RISK_MANAGEMENT_PLAN', await formalPdf('Supply Chain Risk Management (SCRM) Plan', scrm(MAG_SYS), { title: undefined }, hdrMag('SCRM')),
    'SCRM Plan for MAG printed to PDF.');

  return docs;
}
