import { b, h1, h2, p, sig, table, ul } from '../kit/frontmatter.js';
import type { Block, EvalDoc } from '../kit/model.js';
import { addRows, bookBuffer, newBook } from '../kit/xlsx.js';
import type { BookMeta } from '../kit/xlsx.js';
import { docx, pdf, withFront } from './helpers.js';
import { CISO, CISO_TITLE, COMPLIANCE, COMPLIANCE_TITLE, CSO, CSP, CSP_ADDR, PROPRIETARY, SO } from './persona.js';

export async function stateRampSsp(): Promise<EvalDoc> {
  const body: Block[] = [
    h1('1. System Identification'),
    p(`${CSO} is offered to state, local, tribal and territorial governments, public institutions of higher education and special districts. This StateRAMP System Security Plan documents the security controls for the StateRAMP Moderate impact level and is provided to the StateRAMP Program Management Office and to Participating Governments that sponsor or leverage the StateRAMP Authorized status.`),
    table([['StateRAMP Provider ID', 'SR-PRV-00412'], ['StateRAMP Status', 'Authorized (Moderate)'], ['Sponsoring Government', 'State of Ohio, Department of Administrative Services'], ['3PAO', 'Bramblewood Assurance Partners, LLC']], false),
    h1('2. StateRAMP Security Category'),
    p('The system is categorized at StateRAMP Moderate based on the data classifications of the Participating Governments: criminal justice information (CJI) under the FBI CJIS Security Policy, federal tax information (FTI) under IRS Publication 1075 for the state revenue tenant, and personally identifiable information under state breach notification laws.'),
    h1('3. Participating Government Responsibilities'),
    p('Participating Governments are responsible for identity proofing of their users, configuring tenant security settings and for notifying the StateRAMP PMO of incidents they detect. State-specific requirements (TX-RAMP, Arizona ADOA, Ohio DAS) are mapped in Appendix S.'),
    h1('4. Control Implementation (StateRAMP Moderate)'),
    h2('AC-2 Account Management'),
    p('Implemented. Tenant accounts are managed by each Participating Government administrator; CSP accounts are provisioned through the identity governance workflow. The StateRAMP continuous monitoring requirement of quarterly account review is met through the access review report.'),
    h2('IA-2 Identification and Authentication'),
    p('Implemented. Advanced authentication for CJI access is enforced as required by CJIS Security Policy section 5.6.2.2, using the state identity provider.'),
    h2('SC-28 Protection of Information at Rest'),
    p('Implemented. FTI tenants use dedicated KMS keys as required by IRS Publication 1075 section 3.3.'),
    h1('5. StateRAMP Continuous Monitoring'),
    p('Monthly vulnerability scan summaries and the StateRAMP POA&M are submitted to the StateRAMP PMO through the StateRAMP portal by the 15th of each month; annual assessment by a StateRAMP-registered 3PAO.'),
  ];
  return docx('StateRAMP_SSP_CVG.docx', 'UNKNOWN', 'The CSP\'s StateRAMP System Security Plan for state and local Participating Governments: a state-program document, not the FedRAMP SSP deliverable.', {
    blocks: withFront(
      { title: 'StateRAMP System Security Plan', subtitle: [CSO, 'StateRAMP Moderate Impact Level', 'Prepared for the StateRAMP PMO and Participating Governments'], version: '5.0', date: 'September 2025', revisions: [['2025-09-15', '5.0', 'Annual StateRAMP reassessment', 'D. Whitcomb']], legal: true },
      body,
    ),
    header: 'StateRAMP SSP – CivicVault GovCloud',
    footer: PROPRIETARY,
    meta: { title: 'StateRAMP SSP Template v3', creator: 'StateRAMP', lastModifiedBy: 'Dana Whitcomb' },
  });
}

export async function stateRampPoam(): Promise<EvalDoc> {
  const meta: BookMeta = { creator: 'StateRAMP PMO', lastModifiedBy: 'Terrence Albright', title: 'StateRAMP POA&M Template' };
  const wb = newBook(meta);
  const ws = wb.addWorksheet('StateRAMP POA&M');
  addRows(
    ws,
    [
      ['StateRAMP Plan of Action & Milestones'],
      ['Provider', CSP, 'Product', CSO, 'StateRAMP Security Category', 'Moderate', 'Submitted to StateRAMP PMO', '02/15/2026'],
      ['Participating Governments', 'Ohio DAS; Texas DIR (TX-RAMP reciprocity); Arizona ADOA'],
      [],
      ['StateRAMP Item #', 'Security Control', 'Weakness', 'Source (Scan / 3PAO / Self)', 'Affected Product Component', 'Severity', 'Date Identified', 'Remediation Due (StateRAMP SLA)', 'Participating Government Notified', 'Remediation Plan', 'Status'],
      ['SR-2026-007', 'RA-5', 'OpenSSH regreSSHion on bastion', 'Monthly scan (StateRAMP ConMon)', 'Bastion', 'High', '2026-02-03', '2026-03-05', 'Yes – Ohio DAS 02/05/2026', 'Patch via standard change', 'Open'],
      ['SR-2026-004', 'IA-2(12)', 'PIV acceptance not configured for Ohio tenant', 'Self-identified', 'Ohio tenant IdP', 'Low', '2026-01-12', '2026-07-11', 'Yes', 'Configure per Ohio IdP guidance', 'Open'],
      ['SR-2025-031', 'AU-11', 'CJIS log retention below one year for Texas DPS tenant', 'CJIS audit (Texas DPS)', 'Log archive', 'Moderate', '2025-11-18', '2026-02-16', 'Yes – TX DPS ISO', 'Extend retention to 365 days', 'Closed'],
    ],
    5,
  );
  return { file: 'POAM_StateRAMP_Feb.xlsx', expected: 'UNKNOWN', note: 'The StateRAMP POA&M submitted to the StateRAMP PMO (StateRAMP item numbers, Participating Government notification): a state-program tracker, not the FedRAMP POA&M.', data: await bookBuffer(wb, meta) };
}

export async function txRampLetter(): Promise<EvalDoc> {
  return pdf(
    'TX-RAMP_Certification.pdf',
    'UNKNOWN',
    'The Texas DIR TX-RAMP Level 2 certification letter, printed and scanned: a state certification, not a federal ATO letter.',
    {
      blocks: [
        { t: 'p', text: 'TEXAS DEPARTMENT OF INFORMATION RESOURCES', center: true, bold: true },
        { t: 'p', text: 'Office of the Chief Information Security Officer', center: true },
        { t: 'p', text: '300 W. 15th Street, Suite 1300, Austin, Texas 78701', center: true },
        p('January 22, 2026'),
        p(`${CSP}\nAttn: ${COMPLIANCE}, ${COMPLIANCE_TITLE}\n${CSP_ADDR}`.replace(/\n/g, ', ')),
        p(`RE: TX-RAMP Certification – ${CSO} (TX-RAMP ID TXR-2026-0193)`),
        p(`The Texas Risk and Authorization Management Program (TX-RAMP) has completed its review of the security documentation submitted for ${CSO}. Based on the StateRAMP Authorized status of the product, which TX-RAMP accepts through reciprocity under Texas Government Code Section 2054.0593, the product is granted TX-RAMP Level 2 Certification.`),
        p('This certification allows Texas state agencies and institutions of higher education to contract for the cloud computing service to store, process or transmit confidential information. The certification is valid for three years from the date of this letter provided the provider maintains its StateRAMP status and reports security incidents to DIR within 48 hours of discovery.'),
        p('Certification level: TX-RAMP Level 2. Expiration: January 22, 2029. The product will be listed on the TX-RAMP Certified Cloud Products list published by DIR.'),
        sig(['TX-RAMP Program Manager', 'Texas Department of Information Resources'], 'A. Whitfield'),
      ],
    },
    { ocr: { seed: 'txramp', rate: 0.03, stamp: 'RECEIVED JAN 26 2026' } },
  );
}

export async function stateRampLetter(): Promise<EvalDoc> {
  return pdf(
    'doc-0460.pdf',
    'UNKNOWN',
    'The StateRAMP Authorized status letter from the StateRAMP Approvals Committee, scanned: a state program status letter, not a federal agency ATO letter.',
    {
      blocks: [
        { t: 'p', text: 'StateRAMP', center: true, bold: true, size: 36 },
        { t: 'p', text: 'State Risk and Authorization Management Program', center: true },
        p('September 30, 2025'),
        p(`Dear ${SO},`),
        p(`On behalf of the StateRAMP Approvals Committee, I am pleased to inform you that ${CSO} has been verified at the StateRAMP Moderate impact level and has achieved StateRAMP Authorized status, effective September 30, 2025. The Approvals Committee reviewed the Security Assessment Report prepared by the registered 3PAO and the recommendation of the StateRAMP PMO.`),
        p('Your product will be listed on the StateRAMP Authorized Product List. To maintain your status, you must provide monthly continuous monitoring reports to the StateRAMP PMO, complete an annual assessment, and report significant changes and incidents as described in the StateRAMP Continuous Monitoring Escalation Process.'),
        p('Participating Governments may rely on this status when procuring the product. The Ohio Department of Administrative Services served as the sponsoring government.'),
        p('Congratulations on this achievement.'),
        sig(['Chair, StateRAMP Approvals Committee'], 'J. Marchetti'),
        p('cc: StateRAMP PMO; Ohio DAS Office of Information Security and Privacy'),
      ],
    },
    { ocr: { seed: 'stateramp-letter', rate: 0.025 } },
  );
}

export async function cjisAddendum(): Promise<EvalDoc> {
  const blocks: Block[] = [
    { t: 'p', text: 'FEDERAL BUREAU OF INVESTIGATION', center: true, bold: true },
    { t: 'p', text: 'CRIMINAL JUSTICE INFORMATION SERVICES', center: true, bold: true },
    { t: 'title', text: 'CJIS Security Addendum' },
    p('The goal of this document is to augment the CJIS Security Policy to ensure adequate security is provided for criminal justice systems while (1) under the control or management of a private entity or (2) connectivity to FBI CJIS Systems has been provided to a private entity (contractor). Adequate security is defined in Office of Management and Budget Circular A-130 as "security commensurate with the risk and magnitude of harm resulting from the loss, misuse, or unauthorized access to or modification of information."'),
    p('The intent of this Security Addendum is to require that the Contractor maintain a security program consistent with federal and state laws, regulations, and standards (including the CJIS Security Policy in effect when the contract is executed), as well as with policies and standards established by the Criminal Justice Information Services (CJIS) Advisory Policy Board (APB).'),
    p('This Security Addendum identifies the duties and responsibilities with respect to the installation and maintenance of adequate internal controls within the contractual relationship so that the security and integrity of the FBI\'s information resources are not compromised.'),
    h1('1.00 Definitions'),
    p('1.01 Contracting Government Agency (CGA) - the government agency, whether a Criminal Justice Agency or a Noncriminal Justice Agency, which enters into an agreement with a private contractor subject to this Security Addendum.'),
    p('1.02 Contractor - a private business, organization or individual which has entered into an agreement for the administration of criminal justice with a Criminal Justice Agency or a Noncriminal Justice Agency.'),
    h1('2.00 Responsibilities of the Contracting Government Agency'),
    p('2.01 The CGA will ensure that each Contractor employee receives a copy of the Security Addendum and the CJIS Security Policy and executes an acknowledgment of such receipt and the contents of the Security Addendum.'),
    h1('3.00 Responsibilities of the Contractor'),
    p('3.01 The Contractor will maintain a security program consistent with federal and state laws, regulations, and standards (including the CJIS Security Policy in effect when the contract is executed and all subsequent versions), as well as with policies and standards established by the CJIS APB.'),
    { t: 'break' },
    { t: 'p', text: 'FEDERAL BUREAU OF INVESTIGATION', center: true, bold: true },
    { t: 'title', text: 'CJIS Security Addendum Certification' },
    p('I hereby certify that I am familiar with the contents of (1) the Security Addendum, including its legal authority and purpose; (2) the NCIC Use Agreement; (3) the CJIS Security Policy; and (4) Title 28, Code of Federal Regulations, Part 20, and agree to be bound by their provisions.'),
    p('I recognize that criminal justice information and related data, by its very nature, is sensitive and has potential for great harm if misused. I acknowledge that access to criminal justice information and related data is therefore limited to the purpose(s) for which a government agency has entered into the contract incorporating this Security Addendum.'),
    table([['Printed Name/Signature of Contractor Employee', 'Date'], ['Marco Delgado', '11/04/2025']]),
    sig(['Printed Name/Signature of Contractor Representative', `${COMPLIANCE} — ${CSP}`], 'Dana R. Whitcomb'),
    p('Organization and Title of Contractor Representative: Tessellate Public Sector Cloud, Inc., Director, Security Compliance'),
  ];
  return pdf('CJIS_Security_Addendum_signed.pdf', 'UNKNOWN', 'The FBI CJIS Security Addendum with signed certification pages for a Texas law-enforcement customer, scanned: a CJIS contract instrument, not a FedRAMP deliverable.', { blocks, header: 'CJIS Security Addendum' }, { ocr: { seed: 'cjis-addendum', rate: 0.03 } });
}

export async function cjisAudit(): Promise<EvalDoc> {
  const blocks: Block[] = [
    { t: 'p', text: 'TEXAS DEPARTMENT OF PUBLIC SAFETY', bold: true },
    { t: 'p', text: 'CJIS Security Office – Information Technology Security Audit' },
    p('November 18, 2025'),
    p('Brazos Valley Regional Sheriff\'s Office, Attn: Terminal Agency Coordinator'),
    p(`SUBJECT: CJIS Technical Security Audit Findings – Cloud Vendor ${CSP} (${CSO})`),
    p('The Texas Department of Public Safety (DPS), as the CJIS Systems Agency (CSA) for Texas, conducted a technical security audit of your agency\'s use of the above cloud service for the storage of criminal justice information (CJI) on October 28–30, 2025. The audit evaluated compliance with the FBI CJIS Security Policy version 6.0.'),
    h1('Audit Findings'),
    table([
      ['Finding', 'CJIS Security Policy Reference', 'Description', 'Required Action', 'Response Due'],
      ['1', 'Section 5.4 (AU-11)', 'Audit records for the sheriff\'s tenant are retained for 180 days; policy requires one year.', 'Extend log retention to at least 365 days.', '30 days'],
      ['2', 'Section 5.12 (PS-3)', 'Two vendor administrators with unescorted logical access lacked fingerprint-based background checks on file with DPS.', 'Submit fingerprints through the Texas CJIS Vendor Management Program.', '30 days'],
      ['3', 'Section 5.2 (AT-2)', 'CJIS Security Awareness Training (CJIS Online) not completed by one vendor employee.', 'Complete Level 4 training.', '30 days'],
    ]),
    h1('Compliance Response'),
    p('Please return the enclosed Compliance Response Form, signed by the Agency Head, describing the corrective action taken for each finding. Non-compliance may result in sanctions up to and including suspension of access to TLETS and NCIC.'),
    sig(['CJIS IT Security Auditor', 'Texas Department of Public Safety'], 'R. Castellanos'),
    b('Vendor acknowledgement'),
    p(`Forwarded to ${CSP} by the sheriff's office for corrective action. ${COMPLIANCE} tracks items 1–3 in the StateRAMP POA&M (SR-2025-031).`),
  ];
  return docx('CJIS audit findings 2025.docx', 'UNKNOWN', 'A Texas DPS CJIS technical security audit findings letter for a sheriff\'s office using the cloud service: a state CJIS audit, not a FedRAMP SAR or POA&M.', { blocks, headings: 'bold', meta: { title: 'Audit letter', creator: 'DPS CJIS Security Office' } });
}

export async function irsSsr(): Promise<EvalDoc> {
  const body: Block[] = [
    h1('Section 1: Agency Information'),
    table([['Agency', 'Ohio Department of Taxation'], ['Head of Agency', 'Tax Commissioner'], ['Safeguards Point of Contact', 'Revenue IT Security Manager'], ['Report Period', 'Calendar Year 2025'], ['Submitted', 'January 31, 2026']], false),
    h1('Section 2: Location of Federal Tax Information'),
    p(`Federal tax information (FTI) received from the IRS through the Secure Data Transfer (SDT) program is processed in the agency's collections system and stored in ${CSO}, a cloud solution operated by ${CSP} under a contract that includes the IRS Publication 1075 Exhibit 7 contract language. Cloud computing use was notified to the IRS Office of Safeguards 45 days in advance as required by Publication 1075 section 3.3.`),
    h1('Section 3: Flow of FTI'),
    p('FTI flows from IRS SDT to the agency data center, where it is matched against state taxpayer records, and the resulting case files containing FTI are uploaded to the dedicated FTI tenant in the cloud solution. FTI is labelled and commingling with non-FTI data is prevented by a separate tenant and dedicated encryption keys.'),
    h1('Section 4: System of Records'),
    p('Agency logs (Pub 1075 section 2.E.3) record receipt, movement and destruction of FTI; the cloud solution audit logs are exported to the agency SIEM daily.'),
    h1('Section 5: Secure Storage of FTI'),
    p('FTI in the cloud is encrypted at rest with FIPS 140-2 validated AES-256 encryption; keys are managed by the agency. The two-barrier rule is met logically by tenant isolation and encryption.'),
    h1('Section 6: Restricting Access'),
    p('Access to FTI is limited to revenue agents and collection staff with a need to know; all users complete Safeguards disclosure awareness training annually and sign the agency confidentiality statement.'),
    h1('Section 7: Disposal'),
    p('FTI is destroyed at the end of its retention using cryptographic erasure per NIST SP 800-88; destruction is recorded in the agency FTI log.'),
    h1('Section 8: Computer System Security'),
    p('The agency completed the Safeguard Computer Security Evaluation Matrix (SCSEM) for the cloud solution; open items are tracked in the agency Corrective Action Plan (CAP) submitted with this SSR.'),
  ];
  return docx('SSR_2026.docx', 'UNKNOWN', 'An IRS Safeguard Security Report (Publication 1075) prepared for a state tax agency tenant: an IRS reporting document, not a FedRAMP SSP.', {
    blocks: withFront({ title: 'Safeguard Security Report (SSR)', subtitle: ['IRS Publication 1075', 'Ohio Department of Taxation'], version: '2026', date: 'January 31, 2026', revisions: [['2026-01-20', 'Draft', 'Cloud vendor sections drafted by Tessellate', 'D. Whitcomb'], ['2026-01-31', 'Final', 'Agency review', 'Revenue IT Security']], approvers: [{ name: 'Revenue IT Security Manager', title: 'Safeguards POC', org: 'Ohio Department of Taxation' }] }, body),
    header: 'Safeguard Security Report – Contains no FTI',
    meta: { title: 'SSR', creator: 'Dana Whitcomb', lastModifiedBy: 'ODT Safeguards' },
  });
}

export async function irsCap(): Promise<EvalDoc> {
  const meta: BookMeta = { creator: 'IRS Office of Safeguards', lastModifiedBy: 'Dana Whitcomb', title: 'Corrective Action Plan' };
  const wb = newBook(meta);
  const ws = wb.addWorksheet('CAP');
  addRows(
    ws,
    [
      ['IRS Office of Safeguards – Corrective Action Plan (CAP)'],
      ['Agency: Ohio Department of Taxation', '', 'Review Type: On-Site Safeguard Review', '', 'Review Date: 08/12/2025'],
      ['Submission: Semi-annual CAP due 01/31/2026'],
      [],
      ['Finding #', 'Pub 1075 Reference', 'NIST 800-53 Control', 'Finding', 'Risk Rating', 'IRS Recommendation', 'Agency Corrective Action', 'Cloud Vendor Involvement', 'Planned Implementation Date', 'Actual Implementation Date', 'Status'],
      ['HAC1', '3.3.1', 'SC-28', 'FTI stored in cloud solution without agency-managed encryption keys', 'Critical', 'Implement customer managed keys for FTI', 'Dedicated KMS keys created for FTI tenant', 'Tessellate', '11/30/2025', '11/21/2025', 'Closed'],
      ['HAU7', '4.3.3', 'AU-6', 'Audit logs of the cloud FTI tenant not reviewed by agency', 'Significant', 'Review logs weekly', 'SIEM export configured; weekly review procedure', 'Tessellate', '02/27/2026', '', 'Open'],
      ['HPS2', '5.1', 'PS-3', 'Background investigation not verified for vendor administrators', 'Significant', 'Verify per Pub 1075 section 2.C.3', 'Vendor attestations requested', 'Tessellate', '03/31/2026', '', 'Open'],
      ['HCM5', '4.7', 'CM-6', 'SCSEM items for PostgreSQL not met', 'Moderate', 'Apply SCSEM settings', 'Settings applied in next maintenance window', 'Tessellate', '04/30/2026', '', 'Open'],
    ],
    5,
  );
  return { file: 'IRS_Safeguard_Review_CAP.xlsx', expected: 'UNKNOWN', note: 'The IRS Office of Safeguards Corrective Action Plan from a state tax agency\'s Safeguard review: an IRS CAP, not the FedRAMP POA&M.', data: await bookBuffer(wb, meta) };
}

export async function vendorRiskAssessment(): Promise<EvalDoc> {
  const meta: BookMeta = { creator: 'Ohio DAS OISP', title: 'Vendor Risk Assessment' };
  const wb = newBook(meta);
  const ws = wb.addWorksheet('Assessment');
  addRows(
    ws,
    [
      ['State of Ohio – Department of Administrative Services – Third-Party Vendor Risk Assessment'],
      ['Vendor', CSP, 'Product', CSO, 'Requesting Agency', 'Ohio Department of Job and Family Services'],
      ['Data classification', 'Restricted (PII, FTI)', 'Assessment date', '02/06/2026', 'Assessor', 'OISP Vendor Risk Team'],
      [],
      ['Domain', 'Question', 'Vendor Response', 'Evidence Reviewed', 'Score (0-5)', 'Assessor Comment'],
      ['Governance', 'Does the vendor hold a current StateRAMP or FedRAMP authorization?', 'StateRAMP Authorized (Moderate); FedRAMP Moderate agency authorization in process', 'StateRAMP APL listing', 5, 'Meets'],
      ['Data Location', 'Is all state data stored in the continental United States?', 'Yes – AWS GovCloud (US)', 'Contract exhibit B', 5, 'Meets'],
      ['Encryption', 'Is data encrypted at rest and in transit with FIPS-validated modules?', 'Yes', 'SOC 2 report CC6.7', 4, 'Confirm key ownership for FTI'],
      ['Incident Response', 'Will the vendor notify the state within 24 hours of a breach?', 'Yes, within 24 hours', 'Draft contract clause 14.3', 4, ''],
      ['Subcontractors', 'List all subcontractors with access to state data.', 'None beyond IaaS provider', 'Vendor attestation', 4, ''],
      ['Business Continuity', 'RTO/RPO for the service?', 'RTO 12h / RPO 1h', 'Contingency plan summary', 3, 'Below DJFS target of 8h'],
      [],
      ['Overall Risk Rating', 'Moderate – Approved with conditions', '', '', '', 'Conditions: FTI key ownership; RTO addendum'],
    ],
    5,
  );
  return { file: 'VRA_OhioDAS.xlsx', expected: 'UNKNOWN', note: 'A state agency\'s third-party vendor risk assessment scoring the CSP: a customer-side procurement assessment, not a FedRAMP deliverable.', data: await bookBuffer(wb, meta) };
}

export async function countyDsa(): Promise<EvalDoc> {
  const blocks: Block[] = [
    { t: 'title', text: 'DATA SHARING AGREEMENT' },
    { t: 'p', text: 'between BRAZOS VALLEY COUNTY, TEXAS and TESSELLATE PUBLIC SECTOR CLOUD, INC.', center: true, bold: true },
    p('This Data Sharing Agreement ("Agreement") is entered into as of February 1, 2026 (the "Effective Date") by and between Brazos Valley County, a political subdivision of the State of Texas (the "County"), and Tessellate Public Sector Cloud, Inc., a Delaware corporation ("Vendor").'),
    h1('1. Purpose'),
    p('The County will share records of its Health and Human Services Department, including records of individuals receiving indigent health care assistance, with Vendor solely for the purpose of hosting the County case management system in the CivicVault GovCloud service under Master Services Agreement No. BVC-2025-118.'),
    h1('2. Data Covered'),
    p('Names, addresses, dates of birth, Social Security numbers, income information and health information of program applicants ("County Data"). County Data includes protected health information subject to HIPAA; the parties have executed a separate Business Associate Agreement.'),
    h1('3. Permitted Uses'),
    p('Vendor shall use County Data only to provide the services, shall not sell, mine or disclose County Data, and shall not transfer County Data outside the United States.'),
    h1('4. Security'),
    p('Vendor shall maintain StateRAMP Authorized status (or TX-RAMP Level 2 certification) for the service throughout the term and shall comply with Texas Government Code Chapter 2054 and Texas Business and Commerce Code Chapter 521.'),
    h1('5. Breach Notification'),
    p('Vendor shall notify the County Information Security Officer within 48 hours of discovering a breach of system security affecting County Data and shall cooperate in notifications required by Texas law.'),
    h1('6. Term and Termination; Return of Data'),
    p('This Agreement remains in effect for the term of the Master Services Agreement. Upon termination, Vendor shall return County Data in a machine-readable format within 30 days and then destroy all copies, certifying destruction in writing.'),
    h1('7. Signatures'),
    sig(['County Judge', 'Brazos Valley County, Texas'], 'H. Delacroix'),
    sig([CISO, CISO_TITLE, CSP], 'Priya Natarajan'),
    p('ATTEST: County Clerk'),
  ];
  return pdf('DSA_BrazosValleyCounty_executed.pdf', 'UNKNOWN', 'An executed county data-sharing agreement between a Texas county and the CSP, scanned: a contract, not a FedRAMP deliverable.', { blocks, header: 'Data Sharing Agreement – Brazos Valley County / Tessellate' }, { ocr: { seed: 'county-dsa', rate: 0.03, stamp: 'COUNTY CLERK FILED' } });
}

export async function procurementQuestionnaire(): Promise<EvalDoc> {
  const meta: BookMeta = { creator: 'Arizona ADOA State Procurement Office', lastModifiedBy: 'Dana Whitcomb', title: 'RFP Security Questionnaire' };
  const wb = newBook(meta);
  const ws = wb.addWorksheet('Security Questionnaire');
  addRows(
    ws,
    [
      ['State of Arizona – Solicitation ADSPO26-00114 – Attachment F: Offeror Information Security Questionnaire'],
      ['Offeror:', CSP],
      [],
      ['#', 'Requirement', 'Offeror Response (Yes/No/Partial)', 'Explanation', 'Reference Document'],
      ['F.1', 'Offeror holds StateRAMP Ready or Authorized status for the proposed solution.', 'Yes', 'StateRAMP Authorized (Moderate) since 09/30/2025.', 'StateRAMP letter'],
      ['F.2', 'Offeror will complete the Arizona Security, Accessibility and Privacy Review (SAPR).', 'Yes', '', ''],
      ['F.3', 'Describe how the solution enforces multi-factor authentication.', 'Yes', 'SAML federation with the State IdP; PIV/FIDO2 for vendor administrators.', 'User Guide §2'],
      ['F.4', 'Provide your most recent SOC 2 Type II report or equivalent.', 'Yes', 'SOC 2 Type II (period ending 09/30/2025) under NDA.', 'SOC 2 report'],
      ['F.5', 'Is any state data processed offshore?', 'No', '', ''],
      ['F.6', 'Describe your vulnerability management program and remediation timelines.', 'Yes', 'Monthly authenticated scans; High 30 days, Moderate 90 days, Low 180 days.', ''],
      ['F.7', 'Will you accept the State\'s standard data protection terms (Special Terms §9)?', 'Partial', 'Requests mutual limitation of liability cap.', ''],
    ],
    4,
  );
  return { file: 'RFP-ADSPO26-00114_Attachment_F.xlsx', expected: 'UNKNOWN', note: 'A state procurement (RFP) information security questionnaire answered by the CSP: a sales/procurement document, not a FedRAMP deliverable.', data: await bookBuffer(wb, meta) };
}

export async function marsEMemo(): Promise<EvalDoc> {
  const blocks: Block[] = [
    { t: 'p', text: 'MEMORANDUM', bold: true, size: 32 },
    table([['TO:', 'Ohio Benefits Program Office (State-Based Marketplace liaison)'], ['FROM:', `${COMPLIANCE}, ${COMPLIANCE_TITLE}, ${CSP}`], ['DATE:', 'March 3, 2026'], ['RE:', 'Applicability of MARS-E 2.2 to the CivicVault document service for the State-Based Exchange']], false),
    h1('Background'),
    p('The State-Based Exchange (SBE) asked whether CivicVault GovCloud must meet the Minimum Acceptable Risk Standards for Exchanges (MARS-E) 2.2 published by CMS, and whether CMS will accept the StateRAMP Authorized status or the pending FedRAMP Moderate authorization as evidence.'),
    h1('Analysis'),
    p('MARS-E 2.2 applies to Administering Entities and their contractors that create, collect, use, store or transmit personally identifiable information received through the CMS Federal Data Services Hub. Because the SBE intends to store eligibility verification documents in CivicVault, the service would be a non-exchange entity system within the SBE\'s MARS-E boundary. CMS has announced the transition from MARS-E to ARC-AMPE based on NIST SP 800-53 Rev. 5; the SBE\'s next System Security and Privacy Plan will be written to ARC-AMPE.'),
    p('Our existing control implementations map closely: the MARS-E moderate baseline is derived from NIST SP 800-53, so the StateRAMP and FedRAMP control narratives can be reused, but CMS requires the SBE to document the system in its own SSP and to include the vendor in its annual Independent Security and Privacy Control Assessment (ISPCA).'),
    h1('Recommendation'),
    ul('Treat CivicVault as a component of the SBE system in the SBE\'s MARS-E/ARC-AMPE documentation; we will supply control narratives and evidence.', 'Do not rely on StateRAMP status alone; CMS does not recognise it as a substitute for the ISPCA.', 'Revisit after our FedRAMP agency ATO is issued; CMS may accept FedRAMP inheritance for infrastructure controls.'),
    p('Please contact me with any questions.'),
  ];
  return docx('MARS-E applicability memo.docx', 'UNKNOWN', 'An internal memo on whether CMS MARS-E 2.2 / ARC-AMPE applies to a state exchange customer: correspondence, not a FedRAMP deliverable.', { blocks, headings: 'bold', meta: { title: 'Memo', creator: 'Dana Whitcomb' }, footer: PROPRIETARY });
}

