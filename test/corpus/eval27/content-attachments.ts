/** SSP attachments written as prose (docx, pdf, markdown, text). */
import { LEGAL_NOTICE, toDocx, toMarkdown, toPdf, toText } from './kit.js';
import { CSO, CSO_SHORT, CSP, GROUP, STD_APPROVERS, STD_REVS, build, cover } from './prose.js';
import type { Eval27Doc, ProseSpec } from './prose.js';

const fm = (docNo: string, version = '1.1', date = '12.03.2025') => ({ docNo, version, date, revisions: STD_REVS, approvers: STD_APPROVERS, legal: LEGAL_NOTICE });

export async function attachmentDocs(): Promise<Eval27Doc[]> {
  const out: Eval27Doc[] = [];
  const add = (file: string, expected: Eval27Doc['expected'], note: string, data: Buffer | string): void => {
    out.push({ file, expected, note, data });
  };

  // POLICIES_AND_PROCEDURES
  add('GRP-ISMS-0231.docx', 'POLICIES_AND_PROCEDURES', 'FedRAMP SSP Attachment 1 access control policy and procedures (AC family, AC-1) for VAIC, with roles, policy statements per control and procedures.', await toDocx(build({
    cover: cover(['Zugriffssteuerung - Richtlinie und Verfahren', 'Access Control (AC) Policy and Procedures', `${CSO} - SSP Attachment 1`, CSP]),
    fm: fm('GRP-ISMS-0231'),
    sections: [
      ['Purpose', `This document establishes the access control policy and procedures for the ${CSO} in accordance with NIST SP 800-53 Rev. 5 control AC-1 and the FedRAMP Moderate baseline. It forms part of the Information Security Policies and Procedures (Attachment 1 to the System Security Plan).`],
      ['Scope', 'The policy applies to all personnel of Veltrax Federal Inc. and supporting group staff who administer components inside the FedRAMP authorisation boundary.'],
      ['Roles and Responsibilities', { table: [['Role', 'Responsibility'], ['System Owner', 'Approves the policy; ensures resources'], ['ISSO', 'Reviews the policy annually and the procedures annually; coordinates account reviews'], ['Identity Administrator', 'Creates, modifies and disables accounts']], header: true }],
      ['Management Commitment and Coordination', 'Management is committed to enforce this policy. The policy is coordinated with the group ISMS and the incident response and personnel security procedures.'],
      ['Policy', 'AC-2 Account Management: accounts shall be requested via ticket, approved by the account owner and the ISSO, and reviewed monthly for privileged accounts. AC-6 Least Privilege: privileged functions shall be restricted to the administrator role. AC-7 Unsuccessful Logon Attempts: three consecutive invalid attempts within fifteen minutes lock the account for thirty minutes. AC-11 Device Lock: sessions lock after fifteen minutes of inactivity.'],
      ['Procedures', '1. The requester opens a ServiceNow access request referencing the role. 2. The ISSO verifies training and screening status. 3. The identity administrator provisions the account in the IdP group. 4. Accounts unused for 90 days are disabled automatically.'],
      ['Review and Update', 'The policy is reviewed at least every three years and the procedures at least annually, or following significant changes.'],
    ],
    meta: { title: 'Vorlage', creator: 'GRP-Compliance' },
    header: `${CSO_SHORT} | AC Policy and Procedures | Intern`,
  })));
  add('upload_0817.pdf', 'POLICIES_AND_PROCEDURES', 'FedRAMP incident response and audit (IR-1/AU-1) policy and procedures document for VAIC, part of SSP Attachment 1, exported to PDF.', await toPdf(build({
    lead: [{ p: 'Information Security Policies and Procedures', bold: true, size: 30 }, { p: 'Audit and Accountability (AU) and Identification and Authentication (IA) families', size: 22 }, { p: `${CSO} - FedRAMP Moderate - Attachment 1` }],
    sections: [
      ['Purpose and Scope', 'This policy and procedures document addresses the -1 controls AU-1 and IA-1 for the FedRAMP system and defines how the policy statements are implemented by procedures.'],
      ['AU Policy', 'Audit records shall be generated for the events defined in AU-2, retained online for 90 days and for one year in total. Audit logs shall be reviewed at least weekly by the security operations team (AU-6).'],
      ['AU Procedures', 'CloudTrail, VPC flow logs and application logs are forwarded to the central SIEM. The ISSO receives a weekly review report; anomalies are handled per the Incident Response Plan.'],
      ['IA Policy', 'Users shall be uniquely identified. Multi-factor authentication is mandatory for privileged and non-privileged network access (IA-2(1), IA-2(2)). Passwords follow NIST SP 800-63B.'],
      ['IA Procedures', 'Authenticators are issued after identity proofing at IAL2. Lost tokens are revoked within one hour after report to the service desk.'],
      ['Policy Maintenance', 'The ISSO reviews this document annually. Changes are approved by the system owner and recorded in the revision history.'],
    ],
    meta: { title: 'AU_IA_Policy_Procedures', creator: 'Compliance Pune' },
    footer: `${GROUP} / ${CSP}`,
    headingsAs: 'bold',
  })));

  // USER_GUIDE
  const ugSections: ProseSpec['sections'] = [
    ['About this Guide', `This User Guide explains how federal customers use ${CSO} securely. It describes the user roles, how to log in, and the security features customers must configure themselves.`],
    ['Getting Started', 'Open https://app.vaic.veltrax-federal.example and choose "Sign in with your agency". You are redirected to your agency identity provider. After first login, your customer administrator assigns you a role.'],
    ['User Roles', { table: [['Role', 'Permissions'], ['Viewer', 'Read asset data and reports'], ['Planner', 'Create and edit maintenance plans'], ['Customer Administrator', 'Manage users, configure retention and export']], header: true }],
    ['Security Features for Customers', 'Customer administrators should configure the session timeout (default 15 minutes), IP allow-lists and the export approval workflow. Audit logs of your tenant can be downloaded under Settings > Audit.'],
    ['Working with Assets', 'Select Assets > Import to upload inspection records in CSV format. The import wizard validates the columns and shows rejected rows. Use Plans > New to create a maintenance plan.'],
    ['Getting Help', 'Contact the Veltrax Federal service desk at +1 703 555 0142 or support@veltrax-federal.example. Security incidents must be reported immediately.'],
  ];
  add('VAIC_UserGuide_EN.docx', 'USER_GUIDE', 'SSP Attachment 2 User Guide for VAIC customers: roles, login, customer-configurable security features.', await toDocx(build({
    cover: cover(['Benutzerhandbuch / User Guide', CSO, 'Release 2025.2']),
    sections: ugSections,
    meta: { title: 'VAIC User Guide', creator: 'Tech Writing Pune' },
    header: 'VAIC User Guide',
  })));
  add('readme-customer.md', 'USER_GUIDE', 'Markdown edition of the VAIC customer User Guide (roles, login, security settings for administrators).', toMarkdown(build({
    lead: [{ p: `${CSO} - User Guide (online edition)`, bold: true }],
    sections: ugSections,
  })));

  // DIGITAL_IDENTITY_WORKSHEET
  const diw: ProseSpec['sections'] = [
    ['Introduction', 'This Digital Identity Worksheet documents the selection of the identity assurance level (IAL), authenticator assurance level (AAL) and federation assurance level (FAL) per NIST SP 800-63-3 for the system.'],
    ['Digital Identity Level Selection', { table: [['Question', 'Answer'], ['Does the system require personal data of users for identity proofing?', 'Yes'], ['Impact of authentication errors: inconvenience, distress or damage to standing', 'Moderate'], ['Financial loss or agency liability', 'Low'], ['Harm to agency programmes or public interests', 'Moderate'], ['Unauthorised release of sensitive information', 'Moderate'], ['Personal safety', 'Low'], ['Civil or criminal violations', 'Low']], header: true }],
    ['Result', 'Selected levels: IAL2, AAL2, FAL2. Digital Identity Level 2 is consistent with the FedRAMP Moderate categorisation in the FIPS 199 Categorization.'],
    ['Justification', 'Users access non-public infrastructure data of federal agencies; compromise would cause a moderate adverse impact.'],
  ];
  add('Attachment3.docx', 'DIGITAL_IDENTITY_WORKSHEET', 'FedRAMP Digital Identity Worksheet (SSP Attachment 3) selecting IAL2/AAL2/FAL2 for VAIC.', await toDocx(build({
    lead: [{ table: [['SSP Attachment 3 - Digital Identity Worksheet', `${CSO}`]] }],
    sections: diw,
    meta: { title: 'Attachment3' },
  })));
  add('doc_DIW_VDX.pdf', 'DIGITAL_IDENTITY_WORKSHEET', 'Digital Identity Worksheet for the Veltrax Document Exchange (IAL/AAL/FAL determination per SP 800-63).', await toPdf(build({
    lead: [{ p: 'Digital Identity Worksheet', bold: true, size: 30 }, { p: 'Veltrax Document Exchange (VDX) - FedRAMP Low' }],
    sections: diw.map(([h, ...b]) => [h, ...b.map((x) => (typeof x === 'string' ? x.replace('IAL2, AAL2, FAL2', 'IAL1, AAL2, FAL2').replace('Moderate categorisation', 'Low categorisation') : x))]),
    headingsAs: 'bold',
  })));

  // PRIVACY_ASSESSMENT
  add('PTA_VAIC_2025.docx', 'PRIVACY_ASSESSMENT', 'FedRAMP Privacy Threshold Analysis (SSP Attachment 4) for VAIC with the four PTA questions and PIA determination.', await toDocx(build({
    cover: cover(['Privacy Threshold Analysis (PTA)', CSO, 'SSP Attachment 4']),
    fm: fm('GRP-DP-0410', '1.0', '20.05.2025'),
    sections: [
      ['Privacy Overview', 'This Privacy Threshold Analysis determines whether a Privacy Impact Assessment is required for the system.'],
      ['Qualifying Questions', { table: [['Question', 'Answer'], ['1. Does the system collect, maintain or share PII in any identifiable form?', 'Yes - user name, business e-mail and telephone of federal users'], ['2. Does the system collect PII from members of the public?', 'No'], ['3. Has a Privacy Impact Assessment ever been performed?', 'No'], ['4. Is there a Privacy Act System of Records Notice (SORN)?', 'Not applicable']], header: true }],
      ['Designation', 'Because PII of federal employees is collected, a Privacy Impact Assessment is required and is provided in Section 5 of this attachment.'],
      ['Privacy Points of Contact', `Katrin Vogelsang, Group Data Protection Officer; Michael Thornbury, ISSO, ${CSP}.`],
    ],
    meta: { title: 'PTA', creator: 'Vogelsang, Katrin' },
  })));
  add('PIA-final.pdf', 'PRIVACY_ASSESSMENT', 'FedRAMP Privacy Impact Assessment for VAIC (PII collected, uses, sharing, access, retention), SSP Attachment 4.', await toPdf(build({
    lead: [{ p: 'Privacy Impact Assessment (PIA)', bold: true, size: 30 }, { p: `${CSO} - Attachment 4 to the FedRAMP System Security Plan` }],
    sections: [
      ['Privacy Threshold Result', 'The PTA dated 20.05.2025 determined that the system collects PII of federal users and that a PIA is required.'],
      ['Data in the System', 'PII collected: full name, business e-mail, business telephone, agency, role and login timestamps. No Social Security numbers or financial data are collected.'],
      ['Uses of the PII', 'PII is used solely for authentication, authorisation, notification and audit of user activity.'],
      ['Sharing', 'PII is not shared outside the system except with the customer agency on request. Group companies in Germany and India have no access to production PII.'],
      ['Access and Security', 'Access to PII is limited to customer administrators and Veltrax Federal operators with a need-to-know, protected by MFA and encryption at rest (FIPS 140-validated modules).'],
      ['Retention and Disposal', 'User records are retained for the contract term plus 90 days and then deleted per the agency records schedule.'],
      ['Notice and Redress', 'Users are informed through the login banner and the privacy notice; correction requests are handled by the customer administrator.'],
    ],
    meta: { title: 'PIA VAIC' },
    headingsAs: 'bold',
  })));

  // RULES_OF_BEHAVIOR
  const robRules = [
    'I will use the system only for authorised business purposes of my agency or of Veltrax Federal.',
    'I will protect my authenticators and never share my account, PIV credential or one-time codes.',
    'I will not attempt to bypass security controls or access data I am not authorised to see.',
    'I will lock my session when leaving my workstation and log out at the end of the day.',
    'I will report suspected security incidents immediately to the service desk and the ISSO.',
    'I understand that my activity is logged and monitored and that violations may lead to loss of access and disciplinary action.',
  ];
  add('RoB_privileged_users.docx', 'RULES_OF_BEHAVIOR', 'FedRAMP Rules of Behavior for privileged users of VAIC (SSP Attachment 5) with acknowledgement signature block.', await toDocx(build({
    lead: [{ p: `${CSO} - Rules of Behavior for Privileged Users`, bold: true, size: 30 }, { p: 'SSP Attachment 5' }],
    sections: [
      ['Introduction', 'These Rules of Behavior describe the responsibilities and expected behaviour of privileged users (administrators, operators, developers with production access) of the system. Every user must read and sign them before access is granted and annually thereafter.'],
      ['Rules', { bullets: [...robRules, 'I will use privileged accounts only for administrative tasks and a separate non-privileged account for e-mail and web browsing.', 'I will access production only from managed devices through the bastion with MFA.'] }],
      ['Acknowledgement', 'I acknowledge that I have read, understand and will comply with these Rules of Behavior.', { table: [['Name', ''], ['Signature', ''], ['Date', '']] }],
    ],
    meta: { title: 'Rules of Behavior', creator: 'ISSO' },
  })));
  add('rules.txt', 'RULES_OF_BEHAVIOR', 'Plain-text Rules of Behavior for non-privileged VAIC users, as pasted into the onboarding portal, with acknowledgement statement.', toText(build({
    lead: [{ p: `RULES OF BEHAVIOR - ${CSO.toUpperCase()} (NON-PRIVILEGED USERS)` }, { p: `Owner: ${CSP} ISSO. Version 2.0, 01.02.2025.` }],
    sections: [
      ['Purpose', 'These rules apply to all federal and contractor users of the system and are required by control PL-4.'],
      ['Rules', { bullets: robRules }],
      ['Acknowledgement', 'By ticking "I accept" in the onboarding portal you confirm that you have read and will follow these Rules of Behavior.'],
    ],
  })));

  // CONTINGENCY_PLAN
  const iscp: ProseSpec['sections'] = [
    ['Introduction and Purpose', `This Information System Contingency Plan (ISCP) establishes procedures to recover the ${CSO} following a disruption, in accordance with NIST SP 800-34 Rev. 1 and the FedRAMP ISCP template.`],
    ['Concept of Operations', 'The system runs in two availability zones of AWS GovCloud (US-West). Backups are replicated to AWS GovCloud (US-East). The ISCP has three phases: Activation and Notification, Recovery, and Reconstitution.'],
    ['Roles and Responsibilities', { table: [['Role', 'Name'], ['ISCP Director', 'Michael Thornbury'], ['ISCP Coordinator', 'Sunil Kulkarni'], ['Recovery Team Lead', 'Lena Hartig']], header: true }],
    ['Business Impact Analysis Summary', 'RTO 24 hours, RPO 4 hours, MTD 72 hours for the core planning service.'],
    ['Activation and Notification', 'The plan is activated when an outage is expected to exceed 4 hours or on declaration by the ISCP Director. Notification uses the call tree in Appendix A.'],
    ['Recovery', 'Restore the database from the latest snapshot in US-East, redeploy the application stack through the CI/CD pipeline, switch DNS weighted routing, validate with smoke tests.'],
    ['Reconstitution', 'Validate data integrity, verify security controls are functioning, notify users, and deactivate the plan. Document lessons learned.'],
    ['Plan Testing and Maintenance', 'The ISCP is tested annually by a functional exercise; results are documented in the ISCP test report.'],
  ];
  add('ISCP_VAIC_v2.docx', 'CONTINGENCY_PLAN', 'FedRAMP Information System Contingency Plan (SSP Attachment 6) for VAIC with activation, recovery and reconstitution phases.', await toDocx(build({
    cover: cover(['Notfallplan / Information System Contingency Plan (ISCP)', CSO, 'SSP Attachment 6']),
    fm: fm('GRP-BCM-0088', '2.0', '30.04.2025'),
    sections: iscp,
    meta: { title: 'Notfallplan', creator: 'Kulkarni, Sunil' },
    header: 'ISCP | VAIC | CUI',
  })));
  add('Attachment 6.pdf', 'CONTINGENCY_PLAN', 'Contingency Plan (ISCP) for the Veltrax Document Exchange, PDF export without metadata.', await toPdf(build({
    lead: [{ p: 'Veltrax Document Exchange', size: 24 }, { p: 'Information System Contingency Plan', bold: true, size: 32 }],
    sections: iscp.map(([h, ...b]) => [h, ...b.map((x) => (typeof x === 'string' ? x.replace(CSO, 'Veltrax Document Exchange') : x))]),
    headingsAs: 'bold',
  }), { noMetadata: true }));

  // CONFIGURATION_MANAGEMENT_PLAN
  const cmp: ProseSpec['sections'] = [
    ['Purpose', `This Configuration Management Plan (CMP) describes how ${CSP} manages configuration of the ${CSO} throughout its life cycle, addressing the CM family of NIST SP 800-53 Rev. 5.`],
    ['Roles', { table: [['Role', 'Responsibility'], ['Configuration Manager', 'Maintains baselines and the CMDB'], ['Change Advisory Board (CAB)', 'Approves normal changes weekly'], ['ISSO', 'Performs security impact analysis']], header: true }],
    ['Configuration Items and Baselines', 'Configuration items are AMIs, container images, Terraform modules and database parameter groups. Baselines follow CIS Level 1 benchmarks and are stored in the Git repository "vaic-baselines".'],
    ['Change Control Process', 'Changes are classified as standard, normal or emergency. Every normal change requires a security impact analysis; changes that may be significant are evaluated against the FedRAMP Significant Change Policies and Procedures.'],
    ['Configuration Monitoring', 'AWS Config rules and weekly compliance scans detect drift. Deviations from the baseline are remediated or documented as operational requirements in the POA&M.'],
    ['Configuration Management Database', 'The integrated inventory is generated monthly from the CMDB.'],
  ];
  add('CMP.docx', 'CONFIGURATION_MANAGEMENT_PLAN', 'Configuration Management Plan (SSP Attachment 7) for VAIC: CCB, baselines, change control and monitoring.', await toDocx(build({
    cover: cover(['Konfigurationsmanagementplan / Configuration Management Plan', CSO]),
    fm: fm('GRP-ISMS-0115'),
    sections: cmp,
    meta: { title: 'GRP-ISMS-0115.docx', creator: 'Nair, Priya' },
  })));
  add('cmp-draft.md', 'CONFIGURATION_MANAGEMENT_PLAN', 'Markdown draft of the VAIC Configuration Management Plan kept in the documentation repository.', toMarkdown(build({
    lead: [{ p: `Configuration Management Plan - ${CSO}`, bold: true }, { p: 'Status: draft for annual review, 09.05.2025, owner P. Nair' }],
    sections: cmp,
  })));

  // INCIDENT_RESPONSE_PLAN
  const irp: ProseSpec['sections'] = [
    ['Purpose and Scope', `This Incident Response Plan (IRP) defines how ${CSP} detects, reports, and responds to security incidents affecting the ${CSO}, in line with NIST SP 800-61 Rev. 2 and the FedRAMP Incident Communications Procedures.`],
    ['Incident Response Team', { table: [['Role', 'Name', 'Contact'], ['Incident Commander', 'Michael Thornbury', '+1 703 555 0101'], ['Security Operations Lead', 'Lena Hartig', '+49 711 555 2020'], ['Communications', 'Rahul Deshpande', '+91 20 5555 0303']], header: true }],
    ['Incident Categories and Severity', 'Incidents are categorised per US-CERT categories and rated Low, Moderate or High according to functional and information impact.'],
    ['Reporting', 'Confirmed incidents affecting federal data are reported to US-CERT/CISA within one hour, to the agency AO and to the FedRAMP PMO (fedramp_security@gsa.gov).'],
    ['Phases', 'Preparation; Detection and Analysis; Containment, Eradication and Recovery; Post-Incident Activity. Evidence is preserved with chain of custody.'],
    ['Testing and Training', 'The IRP is tested annually through a tabletop exercise and incident response training is provided to all team members.'],
  ];
  add('IRP_2025.docx', 'INCIDENT_RESPONSE_PLAN', 'FedRAMP Incident Response Plan (SSP Attachment 8) for VAIC with team, reporting to US-CERT/agency/PMO and IR phases.', await toDocx(build({
    cover: cover(['Incident Response Plan', CSO, 'SSP Attachment 8']),
    fm: fm('GRP-ISMS-0120'),
    sections: irp,
    meta: { title: 'Sicherheitsvorfallmanagement', creator: 'Hartig, Lena' },
    headingsAs: 'bold',
  })));
  add('Anlage_8.pdf', 'INCIDENT_RESPONSE_PLAN', 'Incident Response Plan for VAIC exported to PDF; German attachment name only.', await toPdf(build({
    lead: [{ p: 'Anlage 8 / Attachment 8', size: 22 }, { p: 'Incident Response Plan (IRP)', bold: true, size: 32 }, { p: CSO }],
    sections: irp,
    meta: { title: 'Anlage 8' },
  })));

  // FIPS_199
  const fips: ProseSpec['sections'] = [
    ['Introduction', 'This FIPS 199 Categorization documents the security categorisation of the system per FIPS PUB 199 and NIST SP 800-60 Vol. II.'],
    ['Information Types', { table: [['Information Type', 'SP 800-60 ID', 'Confidentiality', 'Integrity', 'Availability'], ['Energy Supply', 'C.2.5.4', 'Moderate', 'Moderate', 'Moderate'], ['Information Security', 'C.3.5.5', 'Moderate', 'Moderate', 'Low'], ['System Development', 'C.3.5.1', 'Low', 'Moderate', 'Low']], header: true }],
    ['Security Categorization', 'SC VAIC = {(confidentiality, MODERATE), (integrity, MODERATE), (availability, MODERATE)}. The overall FIPS 199 impact level is Moderate (high-water mark).'],
    ['Approval', { table: [['System Owner', 'Michael Thornbury', '10.02.2025']] }],
  ];
  add('Attachment_10.docx', 'FIPS_199', 'FIPS 199 Categorization (SSP Attachment 10) for VAIC with information types and the Moderate high-water mark.', await toDocx(build({
    lead: [{ p: 'FIPS 199 Categorization', bold: true, size: 30 }, { p: `${CSO} - SSP Attachment 10` }],
    sections: fips,
    meta: {},
  })));
  add('Kategorisierung.md', 'FIPS_199', 'Markdown FIPS 199 security categorisation worksheet for VAIC (SP 800-60 information types, C/I/A, overall Moderate).', toMarkdown(build({
    lead: [{ p: 'Schutzbedarfsfeststellung / FIPS 199 Security Categorization - VAIC', bold: true }],
    sections: fips,
  })));

  // SEPARATION_OF_DUTIES (docx variant; xlsx in sheets)
  add('SoD-Matrix.docx', 'SEPARATION_OF_DUTIES_MATRIX', 'Separation of Duties Matrix (AC-5) for VAIC as a Word table of roles versus duties.', await toDocx(build({
    lead: [{ p: 'Separation of Duties Matrix', bold: true, size: 30 }, { p: `${CSO} - supports control AC-5. Reviewed 11.04.2025.` }],
    sections: [
      ['Matrix', { table: [['Duty', 'Developer', 'Release Manager', 'System Administrator', 'Security Operations', 'ISSO'], ['Write application code', 'X', '', '', '', ''], ['Approve production release', '', 'X', '', '', ''], ['Deploy to production', '', 'X', 'X', '', ''], ['Manage IAM roles', '', '', 'X', '', ''], ['Review audit logs', '', '', '', 'X', 'X'], ['Approve access requests', '', '', '', '', 'X']], header: true }],
      ['Conflicting Duties', 'No individual may both approve and deploy a production release, or both administer audit logging and review the audit logs. Exceptions require ISSO approval and are recorded.'],
    ],
    meta: { title: 'SoD' },
    numbered: false,
  })));

  // LAWS_AND_REGULATIONS (docx; xlsx in sheets)
  add('Att12_Laws.docx', 'LAWS_AND_REGULATIONS', 'FedRAMP SSP Attachment 12 Laws and Regulations: table of applicable federal laws, OMB circulars, FIPS and NIST SPs.', await toDocx(build({
    lead: [{ p: 'Attachment 12 - FedRAMP Laws and Regulations', bold: true, size: 28 }, { p: CSO }],
    sections: [
      ['Applicable Laws and Regulations', { table: [['Identification Number', 'Title', 'Date'], ['44 U.S.C. 3551 et seq.', 'Federal Information Security Modernization Act of 2014 (FISMA)', 'Dec 2014'], ['5 U.S.C. 552a', 'Privacy Act of 1974', '1974'], ['OMB A-130', 'Managing Information as a Strategic Resource', 'Jul 2016'], ['HSPD-12', 'Policy for a Common Identification Standard', 'Aug 2004']], header: true }],
      ['Applicable Standards and Guidance', { table: [['Identification Number', 'Title', 'Date'], ['FIPS 140-3', 'Security Requirements for Cryptographic Modules', 'Mar 2019'], ['FIPS 199', 'Standards for Security Categorization', 'Feb 2004'], ['SP 800-53 Rev. 5', 'Security and Privacy Controls', 'Sep 2020'], ['SP 800-63-3', 'Digital Identity Guidelines', 'Jun 2017']], header: true }],
    ],
    meta: { title: 'Vorlage' },
    numbered: false,
  })));

  // SUPPLY_CHAIN_RISK_MANAGEMENT_PLAN
  const scrm: ProseSpec['sections'] = [
    ['Purpose', `This Supply Chain Risk Management Plan (SCRMP) describes how ${CSP} identifies, assesses and mitigates supply chain risks for the ${CSO}, addressing controls SR-1 to SR-12 of NIST SP 800-53 Rev. 5 and NIST SP 800-161 Rev. 1.`],
    ['Scope', 'Suppliers of hardware, software, open-source components and services used inside the authorisation boundary, including the group development centre in Pune as an internal supplier.'],
    ['Roles', 'The SCRM team consists of the ISSO, procurement, and the group supplier management office.'],
    ['Supplier Assessment', 'Critical suppliers are assessed before onboarding and annually: FedRAMP authorisation status, SBOM availability, vulnerability disclosure process, foreign ownership and country of origin.'],
    ['Component Authenticity and Provenance', 'Container images are built from signed base images; SBOMs in CycloneDX format are produced per release; counterfeit components are reported per SR-11.'],
    ['Notification Agreements and Monitoring', 'Contracts require suppliers to notify compromises within 72 hours. The SCRM team reviews supplier notices monthly.'],
  ];
  add('SCRM-Plan.docx', 'SUPPLY_CHAIN_RISK_MANAGEMENT_PLAN', 'FedRAMP Supply Chain Risk Management Plan for VAIC (SR family, SP 800-161) with supplier assessment and provenance.', await toDocx(build({
    cover: cover(['Supply Chain Risk Management Plan', CSO]),
    fm: fm('GRP-SCM-0019', '1.0', '07.01.2025'),
    sections: scrm,
    meta: { title: 'Lieferkette', creator: 'Einkauf' },
  })));
  add('file_20250611.pdf', 'SUPPLY_CHAIN_RISK_MANAGEMENT_PLAN', 'Supply Chain Risk Management Plan for VAIC in PDF, header-only title.', await toPdf(build({
    lead: [{ p: `${CSO} - Supply Chain Risk Management Plan (SCRMP)`, bold: true, size: 24 }],
    sections: scrm,
    header: `SCRM Plan | ${CSP}`,
    headingsAs: 'bold',
  }), { noMetadata: true }));

  return out;
}
