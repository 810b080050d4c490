import { writeDocx } from '../kit/docx.js';
import { writePdf } from '../kit/pdf.js';
import { prose } from '../kit/build.js';
import { table, toMarkdown } from '../kit/model.js';
import { ORG } from '../kit/prose.js';
import type { DocSpec } from '../kit/spec.js';

const hdr = (t: string): string => `${ORG.cso} - ${t}`;

const polAc = prose({
  seed: 11,
  fm: { title: 'Access Control and Identification & Authentication Policy and Procedures', subtitle: `${ORG.cso} - FedRAMP Attachment 1`, version: '1.4', date: 'January 17, 2025' },
  order: ['cover', 'rev', 'appr', 'dist'],
  meta: { title: 'AC-IA Policy and Procedures', creator: 'ORCC Security' },
  header: hdr('Information Security Policies and Procedures'),
  footer: 'Internal Use - Controlled Unclassified Information',
  sections: [
    { h: '1 Purpose', s: [['This document establishes the Access Control (AC) policy and the Identification and Authentication (IA) policy for the Ridgeline Research Cloud and sets out the procedures that implement them.', 'It satisfies the -1 controls (AC-1 and IA-1) of the NIST SP 800-53 Revision 5 Moderate baseline as tailored by FedRAMP.']] },
    { h: '2 Scope', s: [['The policy applies to all ORCC employees, contractors and student workers who administer components within the authorization boundary, and to all accounts on the system.']] },
    { h: '3 Roles and Responsibilities', s: [['The Information Security Officer owns this policy and reviews it at least annually and following significant changes.', 'The System Owner approves privileged access; account managers in the ORCC Identity team provision and deprovision accounts.']] },
    { h: '4 Policy', s: [['4.1 Account Management (AC-2). Accounts shall be authorized, created, modified, disabled and removed in accordance with the procedures in Section 6.', 'Shared and group accounts are prohibited for interactive administration.'], ['4.2 Least Privilege (AC-6). Users shall be granted only the access required to perform their assigned duties.', 'Privileged functions are restricted to the Cloud Administrator role.'], ['4.3 Identification and Authentication (IA-2). All users shall be uniquely identified and authenticated; privileged access requires phishing-resistant multifactor authentication.']] },
    { h: '5 Management Commitment and Compliance', s: [['ORCC management is committed to the enforcement of this policy. Violations may result in revocation of access and in disciplinary action under the University staff handbook.']] },
    { h: '6 Procedures', s: [['6.1 Requesting an account. The requester files a request in the ORCC service portal, naming the project and the sponsor; the project administrator approves, and the Identity team provisions within two business days.'], ['6.2 Quarterly review. The Identity team exports the account list on the first business day of each quarter; the System Owner attests to each privileged account.'], ['6.3 Removal. Accounts of separated personnel are disabled within 24 hours of notice from Human Resources.']],
      extra: [table([['Procedure step', 'Responsible role', 'Frequency'], ['Privileged account recertification', 'System Owner', 'Quarterly'], ['Inactive account sweep', 'Identity team', 'Daily (automated)'], ['Policy review', 'Information Security Officer', 'Annually']], 'Table 6-1: Procedure schedule')] },
    { h: '7 Policy Review', s: [['This policy and these procedures are reviewed annually. Changes are recorded in the revision history.']] },
  ],
});

const polAll = prose({
  seed: 12,
  fm: { title: 'Information Security Policies and Procedures', subtitle: 'Attachment 1 to the Ridgeline Research Cloud System Security Plan', version: '2.0', date: 'March 3, 2025', titleStyle: 'tableCell' },
  order: ['cover', 'toc', 'rev'],
  meta: {},
  boldHeadings: true,
  header: 'ARU ORCC | Policies and Procedures',
  sections: [
    { h: '1. Introduction', s: [['This volume collects the seventeen family-level security policies and the supporting procedures of the Ridgeline Research Cloud, one chapter per NIST SP 800-53 control family, as required by the first control of each family (XX-1).']] },
    { h: '2. Awareness and Training Policy (AT-1)', s: [['All personnel with access to the system complete security awareness training before access is granted and annually thereafter.', 'Role-based training is required for administrators.'], ['Procedure AT-P1: the training coordinator assigns modules in the learning management system and reports completion monthly to the Information Security Officer.']] },
    { h: '3. Audit and Accountability Policy (AU-1)', s: [['The system shall generate audit records for the events defined in AU-2 and retain them online for ninety days and in archive for one year.'], ['Procedure AU-P1: security analysts review the SIEM dashboards weekly and open a ticket for each anomaly.']] },
    { h: '4. Configuration Management Policy (CM-1)', s: [['Baseline configurations shall be documented and maintained under configuration control; changes are approved by the Change Advisory Board.']] },
    { h: '5. Contingency Planning Policy (CP-1)', s: [['ORCC maintains and annually tests the Information System Contingency Plan.']] },
    { h: '6. Incident Response Policy (IR-1)', s: [['Incidents are handled under the Incident Response Plan and reported to the sponsoring agency and US-CERT within one hour of identification.']] },
    { h: '7. Media Protection Policy (MP-1)', s: [['Digital media containing federal information is sanitized with NIST SP 800-88 methods before disposal or reuse.'], ['Procedure MP-P2: failed drives are degaussed and shredded by the University surplus contractor under chain-of-custody.']] },
    { h: '8. Personnel Security Policy (PS-1)', s: [['Individuals are screened before access is authorized; access is revoked upon termination within the same business day.']] },
    { h: '9. System and Information Integrity Policy (SI-1)', s: [['Flaws are identified, reported and corrected; malicious code protection is deployed on all hosts.']] },
    { h: '10. Review and Approval', s: [['These policies are approved by the System Owner and reviewed annually by the Information Security Officer; procedures are reviewed annually or when the environment changes.']] },
  ],
});

const ug = prose({
  seed: 13,
  fm: { title: 'Ridgeline Research Cloud User Guide', subtitle: 'For tenant project administrators and research users', version: '5.1', date: 'December 2, 2024' },
  order: ['cover', 'rev', 'toc'],
  meta: { title: 'User Guide', creator: 'ORCC Research Facilitation' },
  header: 'RRC User Guide',
  sections: [
    { h: '1 Getting Started', s: [['This guide explains how to request a project, sign in, launch virtual machines and move data in and out of the Ridgeline Research Cloud.', 'It is written for principal investigators, project administrators and research users.']] },
    { h: '2 Signing In', s: [['Open the RRC dashboard at https://dashboard.rrc.aru.edu and choose Sign in with your institution.', 'After your home institution authenticates you, you will be asked for your second factor; register a security key at first use.'], ['If you see the message "Your account is pending approval", your project administrator has not yet approved your membership.']] },
    { h: '3 Managing Your Project', s: [['Project administrators can add members under Project > Members > Invite. Each member receives an e-mail with a one-time enrollment link valid for 72 hours.', 'To remove a member, select the member and click Remove; their keys and tokens are revoked at once.']] },
    { h: '4 Launching an Instance', s: [['Select Compute > Instances > Launch. Choose an approved image (images marked FIPS are hardened), a flavor, a network and your SSH key.', 'Instances without a security group allowing port 22 from your bastion cannot be reached.']], extra: [table([['Flavor', 'vCPU', 'Memory', 'GPU'], ['rrc.small', '2', '8 GiB', '-'], ['rrc.large', '16', '64 GiB', '-'], ['rrc.gpu.a100', '32', '240 GiB', '1 x A100']], 'Table 4-1: Available flavors')] },
    { h: '5 Moving Data', s: [['Use the Globus endpoint "ARU RRC Secure" for transfers larger than 10 GB. Smaller files can be uploaded through the object storage browser.', 'Do not upload identifiable data unless your project is approved for it.']] },
    { h: '6 Security Features You Are Responsible For', s: [['You are responsible for patching the operating systems of the instances you launch, for your own application accounts, and for protecting your API tokens. See the Customer Responsibility Matrix for the full list.']] },
    { h: '7 Getting Help', s: [['Open a ticket at help.rrc.aru.edu or e-mail rrc-help@aru.edu. Outages are announced on the status page.']] },
  ],
});

const diw = prose({
  seed: 14,
  fm: { title: 'Digital Identity Worksheet', subtitle: `${ORG.cso} - SSP Attachment 3`, version: '1.1', date: 'February 6, 2025' },
  order: ['cover', 'rev'],
  meta: { title: 'Attachment 3 Digital Identity Worksheet', creator: 'M. Okafor' },
  header: hdr('Digital Identity Worksheet'),
  sections: [
    { h: '1 Introduction and Purpose', s: [['This worksheet documents the digital identity level selection for the Ridgeline Research Cloud in accordance with NIST SP 800-63-3, Digital Identity Guidelines, and its volumes 63A, 63B and 63C.', 'It records the identity assurance level (IAL), authenticator assurance level (AAL) and federation assurance level (FAL).']] },
    { h: '2 Digital Identity Risk Assessment', s: [['The potential impact of each category of harm resulting from an authentication error was assessed for the user populations of the system.']], extra: [table([['Category of harm', 'Potential impact level'], ['Inconvenience, distress or damage to standing or reputation', 'Moderate'], ['Financial loss or agency liability', 'Low'], ['Harm to agency programs or public interests', 'Moderate'], ['Unauthorized release of sensitive information', 'Moderate'], ['Personal safety', 'Low'], ['Civil or criminal violations', 'Moderate']], 'Table 2-1: Potential impact of authentication errors')] },
    { h: '3 Identity Assurance Level Selection', s: [['Because the system releases sensitive research data, identity proofing is required; users are proofed remotely by their home institution to IAL2 through the InCommon federation with the Baseline Expectations and the REFEDS Assurance Framework.']] },
    { h: '4 Authenticator Assurance Level Selection', s: [['AAL2 is required for all users; privileged administrators authenticate at AAL3 with hardware security keys.']] },
    { h: '5 Federation Assurance Level Selection', s: [['Assertions from identity providers are signed and sent through the front channel; FAL2 is met by encrypting assertions to the relying party.']] },
    { h: '6 Digital Identity Level Summary', extra: [table([['Assurance', 'Selected level'], ['IAL', 'IAL2'], ['AAL', 'AAL2 (AAL3 for privileged users)'], ['FAL', 'FAL2']], 'Table 6-1: Selected digital identity levels')] },
  ],
});

const pta = prose({
  seed: 15,
  fm: { title: 'Privacy Threshold Analysis', subtitle: `${ORG.cso} (Attachment 4)`, version: '1.0', date: 'January 9, 2025' },
  order: ['cover', 'appr'],
  meta: { title: 'PTA', creator: 'ARU Privacy Office' },
  header: 'Privacy Threshold Analysis and Privacy Impact Assessment',
  sections: [
    { h: '1 Privacy Threshold Analysis', s: [['This Privacy Threshold Analysis (PTA) determines whether the Ridgeline Research Cloud collects, maintains or disseminates personally identifiable information (PII) and whether a Privacy Impact Assessment (PIA) is required.']] },
    { h: '1.1 Qualifying Questions', sub: true, extra: [table([['#', 'Question', 'Answer'], ['1', 'Does the system collect, maintain, use or share PII about members of the public?', 'Yes'], ['2', 'Does the system collect PII about federal employees or contractors?', 'Yes (account data)'], ['3', 'Has a PIA been completed for this system in the last three years?', 'No'], ['4', 'Is there a System of Records Notice (SORN) that covers the records?', 'Agency SORN 09-25-0200 for research participants']], 'Table 1: PTA qualifying questions')] },
    { h: '1.2 Designation', sub: true, s: [['Because the answers to questions 1 and 2 are yes, a full PIA is required. The PIA follows in Section 2 of this attachment.']] },
    { h: '2 Privacy Impact Assessment', s: [['The system stores coded human-subjects data from NIBDS-funded studies; direct identifiers are removed before upload, but limited data sets containing dates and ZIP codes are permitted under data use agreements.'], ['PII collected from system users consists of name, institutional e-mail, institutional affiliation and ORCID identifier.']] },
    { h: '2.1 Purpose and Use of the Information', sub: true, s: [['Account PII is used solely to authenticate users and to report usage to the sponsor. Research data are used only for the purposes approved by the responsible Institutional Review Board.']] },
    { h: '2.2 Sharing, Notice and Consent', sub: true, s: [['No PII is shared outside the system except with the sponsoring agency for usage reporting. Notice is given through the privacy statement shown at sign-in.']] },
    { h: '2.3 Safeguards', sub: true, s: [['PII is encrypted at rest and in transit; access is limited to project members and logged.']] },
  ],
});

const pia = prose({
  seed: 16,
  fm: { title: 'Privacy Impact Assessment (PIA)', subtitle: 'Ridgeline Research Cloud - Genomic Data Enclave', version: '2.0', date: 'March 1, 2025', titleStyle: 'bold' },
  order: ['cover', 'rev'],
  meta: { title: 'Privacy Impact Assessment' },
  header: 'PIA - Ridgeline Research Cloud',
  sections: [
    { h: '1. System Information', s: [['The Ridgeline Research Cloud hosts controlled-access genomic and phenotypic datasets for NIBDS-funded consortia. This Privacy Impact Assessment describes the personally identifiable information in the system and how it is protected, as required by Section 208 of the E-Government Act of 2002.']] },
    { h: '2. Characterization of the Information', s: [['The system holds genomic data of research participants, which are considered PII because they are inherently identifying, and account records of investigators.'], ['Sources of the information are the contributing study sites under their data sharing agreements.']] },
    { h: '3. Uses of the Information', s: [['Information is used for approved secondary research; no decisions about individuals are made from it.']] },
    { h: '4. Retention', s: [['Datasets are retained for the period set in the data use agreement and destroyed under NIST SP 800-88 at its end.']] },
    { h: '5. Internal and External Sharing', s: [['Data are shared only with approved users through the data access committee process.']] },
    { h: '6. Notice', s: [['Participants received notice through the informed consent documents of the contributing studies.']] },
    { h: '7. Access, Redress and Correction', s: [['Requests for correction are routed to the contributing study, which holds the source records.']] },
    { h: '8. Technical Access and Security', s: [['Access is controlled by project membership, multifactor authentication and audit logging; the system is categorized Moderate.']] },
    { h: '9. Privacy Risks and Mitigation', extra: [table([['Privacy risk', 'Mitigation'], ['Re-identification from genomic data', 'Data access committee review; no export of individual-level data'], ['Over-collection of account PII', 'Only four attributes are requested from identity providers']], 'Table 9-1: Privacy risks and mitigations')] },
  ],
});

export const attachments1: DocSpec[] = [
  { file: 'RRC_Att1_AC-IA_PolicyProcedures_v1.4.docx', expected: 'POLICIES_AND_PROCEDURES', note: 'Family-level AC and IA policy with the procedures implementing it, SSP Attachment 1.', build: () => writeDocx(polAc) },
  { file: 'doc-0412.pdf', expected: 'POLICIES_AND_PROCEDURES', note: 'Typeset volume of the system\'s security policies and procedures per 800-53 family (XX-1), SSP Attachment 1; no metadata.', build: () => writePdf(polAll, { noMeta: true }) },
  { file: 'upload (3).docx', expected: 'USER_GUIDE', note: 'Tenant-facing user guide of the cloud service (sign-in, projects, instances, data transfer), SSP Attachment 2.', build: () => writeDocx(ug) },
  { file: 'rrc-user-guide.md', expected: 'USER_GUIDE', note: 'The same user guide kept as markdown in the documentation repository.', build: () => Promise.resolve(toMarkdown(ug, true)) },
  { file: 'Attachment3_DIW_signed.docx', expected: 'DIGITAL_IDENTITY_WORKSHEET', note: 'SP 800-63 digital identity worksheet selecting IAL/AAL/FAL, SSP Attachment 3.', build: () => writeDocx(diw) },
  { file: 'scan_20250206.pdf', expected: 'DIGITAL_IDENTITY_WORKSHEET', note: 'The digital identity worksheet as a PDF; the file name misleadingly suggests a scan.', build: () => writePdf(diw, { producer: 'Microsoft: Print To PDF', creatorTool: 'Microsoft Word' }) },
  { file: 'Final_v7.docx', expected: 'PRIVACY_ASSESSMENT', note: 'Privacy Threshold Analysis leading into the Privacy Impact Assessment of the system, SSP Attachment 4.', build: () => writeDocx(pta) },
  { file: 'RRC-Genomic-PIA-2025.pdf', expected: 'PRIVACY_ASSESSMENT', note: 'Privacy Impact Assessment (E-Government Act section 208) of the system\'s genomic enclave.', build: () => writePdf(pia) },
];

