/** The program office's own papers: documents about deliverables that are not deliverables. */
import type { Block } from '../kit/model.js';
import { bold, bullets, h1, h2, p, small, table, title } from '../kit/model.js';
import { CO, PRODUCTS, TPAO, EXPORT_NOTICE, SECTION_508 } from '../kit/wrappers.js';

const [CIC, CTG, SVP] = PRODUCTS;

export function flowDownMemo(): Block[] {
  return [
    title('MEMORANDUM', 16),
    table([['TO', 'Northgate Data Services, Inc. (Subcontract No. CFSI-SC-24-0318)'], ['FROM', `${CO.dm}, ${CO.dmTitle}; Contracts: Lorraine Ubaldo, Subcontracts Manager`], ['DATE', '17 March 2025'], ['SUBJECT', 'Flow-down of FedRAMP, FAR and DFARS security requirements under prime contract W91QUZ-23-D-0017']], false),
    h1('1. Purpose'),
    p(`This memorandum notifies Northgate Data Services of the security and data requirements of the prime contract that flow down to its subcontract, effective with Modification 03. Northgate provides tier-2 database administration support to the ${SVP.name} operations team and will therefore have logical access to components within the FedRAMP High authorization boundary.`),
    h1('2. Clauses Flowed Down'),
    table([['Clause', 'Title', 'Applicability'], ['FAR 52.204-21', 'Basic Safeguarding of Covered Contractor Information Systems', 'Full text'], ['FAR 52.204-23', 'Prohibition on Contracting for Hardware, Software, and Services Developed or Provided by Kaspersky Lab', 'Full text'], ['FAR 52.204-25', 'Prohibition on Contracting for Certain Telecommunications and Video Surveillance Services or Equipment', 'Full text'], ['DFARS 252.204-7012', 'Safeguarding Covered Defense Information and Cyber Incident Reporting', 'Full text; 72-hour reporting'], ['DFARS 252.239-7010', 'Cloud Computing Services', 'Applies to personnel with administrative access'], ['FAR 52.224-3', 'Privacy Training', 'Annual training completion']]),
    h1('3. FedRAMP Obligations'),
    p('Northgate personnel with access to the system must complete CFSI security awareness and role-based training, sign the system Rules of Behavior, hold a favorable Tier 4 background investigation, and use only CFSI-issued, managed endpoints. Northgate must support the annual 3PAO assessment and provide evidence requested by the CFSI ISSO within five business days. Northgate is not a CSP and does not submit FedRAMP deliverables; its obligations are recorded in the CFSI supplier risk register.'),
    h1('4. Action Required'),
    p('Please countersign and return this memorandum within ten business days. Questions should be directed to the Subcontracts Manager. Failure to accept the flow-down requirements will prevent Northgate personnel from being granted access.'),
    table([['Accepted for Northgate Data Services', 'Signature', 'Date'], ['', '', '']]),
  ];
}

export function exportMemo(): Block[] {
  return [
    bold('EXPORT CLASSIFICATION DETERMINATION MEMORANDUM'),
    table([['Determination No.', 'CFSI-EC-2025-014'], ['Item', `${SVP.name} software, technical documentation and the FedRAMP authorization package artifacts`], ['Requestor', `${CO.dm}, FedRAMP Program Office`], ['Reviewer', 'Harold S. Mbeki, Empowered Official / Director, Trade Compliance'], ['Date', '9 April 2025']], false),
    h1('1. Background'),
    p(`The FedRAMP Program Office requested a jurisdiction and classification determination for the ${SVP.name} software and for the technical data contained in its security documentation (system security plan, architecture diagrams, assessment results) before sharing with foreign-person employees of a cloud infrastructure subcontractor and before posting the package to the FedRAMP secure repository.`),
    h1('2. Jurisdiction'),
    p('The software is not specially designed for a defense article listed on the U.S. Munitions List and is not described in 22 C.F.R. 121.1. The item is therefore subject to the Export Administration Regulations (EAR), not the International Traffic in Arms Regulations (ITAR). A commodity jurisdiction request is not required.'),
    h1('3. Classification'),
    p('The software performs encryption for data confidentiality using AES-256 and TLS 1.3 and is classified under ECCN 5D002.c.1, eligible for License Exception ENC under 15 C.F.R. 740.17(b)(1) after self-classification reporting. The security documentation describing the configuration and operation of the system is classified EAR99 technology, except where it contains source code extracts, which follow the software classification.'),
    h1('4. Determination'),
    bullets('Software: ECCN 5D002.c.1, License Exception ENC; annual self-classification report due 1 February.', 'Security package documents: EAR99; no license required for release to foreign persons from countries not subject to embargo, subject to contract distribution statements.', 'Deemed exports: no license required for the named subcontractor personnel; screening against the Consolidated Screening List completed 8 April 2025.'),
    h1('5. Marking Instructions'),
    p('Documents released outside CFSI shall carry the standard export control notice reproduced below in addition to any contractual distribution statement.'),
    small(EXPORT_NOTICE),
    table([['Empowered Official', 'Signature', 'Date'], ['Harold S. Mbeki', '', '9 April 2025']]),
  ];
}

export function retentionSchedule(): Block[] {
  return [
    h1('Records Retention Schedule - FedRAMP Program Office', true),
    p(`This schedule identifies the records created and received by the ${CO.office}, the system of record for each, and the retention period, in accordance with CFSI Corporate Policy RM-100, FAR Subpart 4.7 (Contractor Records Retention) and the records clauses of the prime contracts. Records that are federal records under the agency contracts are retained per the agency schedule and transferred at contract closeout.`),
    table([
      ['Series No.', 'Record Series', 'Description', 'System of Record', 'Retention', 'Disposition Authority'],
      ['FRP-01', 'Authorization package deliverables', 'SSP and attachments, SAP, SAR, POA&M as delivered under CDRL', 'SharePoint FPO library; agency repository', 'Life of authorization + 3 years', 'Contract clause H.12; GRS 3.2 item 010'],
      ['FRP-02', 'Continuous monitoring submissions', 'Monthly scan results, POA&M, inventory', 'SharePoint FPO library', '3 years', 'GRS 3.2 item 031'],
      ['FRP-03', 'CDRL transmittals and acknowledgements', 'Transmittal pages, receipt acknowledgements', 'Deliverable tracking log', 'Contract closeout + 6 years', 'FAR 4.703'],
      ['FRP-04', 'Program management reviews', 'Monthly PMR decks, minutes', 'Program Teams site', '6 years', 'RM-100'],
      ['FRP-05', 'Export classification determinations', 'ECCN determinations and screening results', 'Trade compliance system', '5 years after last export', '15 C.F.R. 762.6'],
      ['FRP-06', 'Audit logs exported for agencies', 'Log extracts requested by agencies', 'Encrypted evidence store', '1 year online, 3 years archive', 'AU-11 (FedRAMP parameter)'],
    ]),
    h2('Responsibilities'),
    p('The Data Manager maintains this schedule, confirms annually with Legal that retention periods remain correct, and approves destruction of records that have met their retention period. Records subject to a litigation hold are not destroyed until the hold is released.'),
    h2('Destruction'),
    p('Electronic records are destroyed by cryptographic erasure or deletion with the deletion logged; paper copies are shredded by the certified vendor. Certificates of destruction are retained for three years.'),
  ];
}

export function proposalVolume(): Block[] {
  return [
    title('VOLUME II - TECHNICAL AND MANAGEMENT APPROACH', 18),
    p('Solicitation No. 70RSAT25R00000042 | Enterprise Secure Cloud Analytics Services | Submitted by Calloway Federal Systems, Inc.'),
    small('This proposal includes data that shall not be disclosed outside the Government and shall not be duplicated, used, or disclosed, in whole or in part, for any purpose other than to evaluate this proposal. If, however, a contract is awarded to this offeror as a result of, or in connection with, the submission of this data, the Government shall have the right to duplicate, use, or disclose the data to the extent provided in the resulting contract. This restriction does not limit the Government\u2019s right to use information contained in this data if it is obtained from another source without restriction. The data subject to this restriction are contained in all sheets marked with the legend "Use or disclosure of data contained on this sheet is subject to the restriction on the title page of this proposal."'),
    h1('2.3 Corporate Experience with FedRAMP Authorizations'),
    p(`Calloway Federal Systems brings a mature FedRAMP Program Office that has shepherded three cloud service offerings through agency authorizations: ${CIC.name} (FedRAMP Moderate, ${CIC.agencyAbbr} sponsor), ${CTG.name} (FedRAMP Low) and ${SVP.name} (FedRAMP High, authorized by ${SVP.agencyAbbr}). Across these authorizations our team has authored and maintained System Security Plans covering more than 800 controls, coordinated 3PAO assessments with ${TPAO.name}, and delivered 36 consecutive on-time monthly continuous monitoring packages with zero late POA&M submissions.`),
    h2('2.3.1 Our Authorization Approach'),
    p('Our approach starts with a readiness review against the FedRAMP baseline, proceeds through documentation using our controlled templates, and culminates in an assessment managed with a disciplined integrated master schedule. Each deliverable is managed as a CDRL item with configuration control, peer review and Section 508 conformance checking before delivery.'),
    table([['Offering', 'Impact Level', 'Authorization Date', 'Sponsor', 'Relevance to this Requirement'], [CIC.name, 'Moderate', 'August 2023', CIC.agencyAbbr, 'Analytics SaaS with CUI and PII'], [CTG.name, 'Low', 'February 2024', CTG.agencyAbbr, 'Case management, rapid authorization'], [SVP.name, 'High', 'December 2024', SVP.agencyAbbr, 'High baseline, DoD IL4 reciprocity']]),
    h2('2.3.2 Continuous Monitoring Excellence'),
    p('Our ConMon cell runs monthly authenticated scanning of 100% of assets, reconciles findings into the POA&M within five business days, and maintains a median remediation time of 11 days for high findings, well within the 30-day requirement. Significant changes are planned with the agency months in advance and assessed by the 3PAO before deployment.'),
    h2('2.3.3 Benefits to the Government'),
    bullets('Reduced authorization timeline through reusable, pre-assessed control implementations.', 'Transparent status through a shared deliverable tracking dashboard.', 'Proven key personnel who have supported six agency ATOs.'),
    h1('2.4 Key Personnel'),
    p(`${CO.pm} (Program Manager) and ${CO.isso} (Lead ISSO) are proposed as key personnel; resumes are provided in Volume III.`),
  ];
}

export function cmmiSummary(): Block[] {
  return [
    title('CMMI Appraisal Results Summary', 20),
    table([['Organization', `${CO.name} - Federal Cloud Solutions Division`], ['Model', 'CMMI Development V3.0 and Services V3.0'], ['Appraisal Method', 'Benchmark appraisal, CMMI Appraisal Method (Version 3.0)'], ['Maturity Level Achieved', 'Maturity Level 3'], ['Appraisal End Date', '21 February 2025'], ['Expiration', '21 February 2028'], ['Lead Appraiser', 'Beatrix L. Montgomery, Certified Lead Appraiser'], ['Appraisal ID', '71842']], false),
    h1('Organizational Scope'),
    p('The appraisal covered the Federal Cloud Solutions Division, including the product development, cloud operations and FedRAMP Program Office organizational units (approximately 310 staff). Four basic units were sampled: CIC development, CTG development, SVP operations and the program management office.'),
    h1('Practice Areas in Scope'),
    table([['Practice Area', 'Capability Level', 'Rating'], ['Configuration Management (CM)', '3', 'Satisfied'], ['Process Quality Assurance (PQA)', '3', 'Satisfied'], ['Planning (PLAN)', '3', 'Satisfied'], ['Monitor and Control (MC)', '3', 'Satisfied'], ['Risk and Opportunity Management (RSK)', '3', 'Satisfied'], ['Incident Resolution and Prevention (IRP)', '3', 'Satisfied'], ['Continuity (CONT)', '2', 'Satisfied'], ['Supplier Agreement Management (SAM)', '3', 'Satisfied']]),
    h1('Strengths'),
    bullets('Deliverable planning and data management are institutionalized through the CDRL management process.', 'Peer reviews are consistently performed and recorded for work products.', 'Incident resolution metrics are used to drive process improvement.'),
    h1('Weaknesses and Opportunities for Improvement'),
    bullets('Estimation data from operations projects is not yet aggregated into the organizational measurement repository.', 'Continuity practices for the CTG product are not yet at capability level 3.'),
    p('Results are published in the CMMI Institute Published Appraisal Results (PARS) system. This summary is provided for marketing and proposal use and is not an assessment of any information system security control.'),
  ];
}

export function isoManual(): Block[] {
  return [
    h1('Quality Manual (Excerpt) - Sections 4 through 7'),
    p(`${CO.name} Quality Management System, ISO 9001:2015 certified by Bureau of Standards Registrars, certificate QMS-88213, scope: "Design, development, operation and support of secure cloud software and information technology services for government customers."`),
    h1('4 Context of the Organization'),
    h2('4.1 Understanding the organization and its context'),
    p('CFSI determines external and internal issues relevant to its purpose and strategic direction, including federal acquisition policy, cybersecurity regulation (FISMA, FedRAMP, CMMC), labor market conditions and customer mission priorities. These issues are reviewed at management review.'),
    h2('4.3 Determining the scope of the QMS'),
    p('The QMS applies to all divisions. Clause 8.3 design and development applies to software products; clause 7.1.5.2 measurement traceability is not applicable because no physical measurement equipment is used.'),
    h1('5 Leadership'),
    p('Top management demonstrates leadership by establishing the quality policy and objectives, ensuring resources, and promoting risk-based thinking. The quality policy is: "We deliver secure, reliable solutions on time, every time, and continually improve."'),
    h1('6 Planning'),
    h2('6.1 Actions to address risks and opportunities'),
    p('Risks and opportunities are recorded in program risk registers and the corporate risk register, assessed for likelihood and impact, and reviewed monthly by program managers.'),
    h2('6.2 Quality objectives'),
    table([['Objective', 'Measure', 'Target'], ['On-time delivery of contract data items', 'CDRLs delivered by due date / total CDRLs', '>= 98%'], ['First-pass acceptance', 'CDRLs accepted without resubmission', '>= 90%'], ['Customer satisfaction', 'CPARS quality rating', 'Very Good or better']]),
    h1('7 Support'),
    h2('7.5 Documented information'),
    p('Documented information is controlled in SharePoint with document numbers in the form SI-XXX-NNNN-Rn, approval workflows, and retention per the records retention schedule. Printed copies are uncontrolled. External documents such as FedRAMP templates are identified and controlled as external documents.'),
  ];
}

export function transmittalOnly(): Block[] {
  return [
    title('CONTRACTOR TRANSMITTAL', 16),
    table([['Transmittal No.', 'CFSI-FRP-T-0131', 'Date', '28 July 2025'], ['To', `Contracting Officer's Representative, ${CIC.agency}`, 'From', `${CO.dm}, ${CO.dmTitle}`], ['Contract No.', CIC.contract, 'Task Order No.', CIC.taskOrder], ['Purpose', 'Annual assessment package - final', 'Response Required', 'Acknowledge receipt within 2 business days']], false),
    bold('Enclosures (delivered electronically to the agency secure repository, folder /CIC/2025-Annual):'),
    table([['CDRL', 'Data Item Title', 'Document No.', 'Format'], ['A004', 'System Security Plan (SSP), with Attachments 1-13', 'SI-FRP-0042-R4', 'DOCX, OSCAL JSON'], ['A006', 'Security Assessment Plan (SAP) - 3PAO deliverable, provided for reference', 'KAP-CIC-SAP-2025', 'PDF'], ['A007', 'Security Assessment Report (SAR) - 3PAO deliverable, provided for reference', 'KAP-CIC-SAR-2025', 'PDF'], ['A008', 'Plan of Action and Milestones (POA&M), July 2025', 'SI-FRP-0070-R19', 'XLSX'], ['A010', 'Integrated Inventory Workbook, July 2025', 'SI-FRP-0063-R19', 'XLSX']]),
    p('The enclosed items are delivered in accordance with the Contract Data Requirements List, Exhibit A. This transmittal does not itself constitute a data item; the Government\u2019s review period for each enclosure begins on the date of receipt acknowledgement. Please note that the SAP and SAR are provided by the independent assessor under separate cover and are included here only so the package index is complete.'),
    table([['Received by (Government)', 'Signature', 'Date'], ['', '', '']]),
    small(SECTION_508),
  ];
}

export function tpaoSow(): Block[] {
  return [
    title('STATEMENT OF WORK', 18),
    p(`Third Party Assessment Services for ${SVP.name} - Purchase Order CFSI-PO-25-00771 between ${CO.name} ("Client") and ${TPAO.name} ("Assessor")`),
    h1('1. Background'),
    p(`The Client operates ${SVP.name}, a cloud service offering holding a FedRAMP High agency authorization. FedRAMP requires an annual assessment by an accredited Third Party Assessment Organization (3PAO). This Statement of Work defines the services, deliverables, schedule and commercial terms under which the Assessor will perform the 2025 annual assessment.`),
    h1('2. Scope of Services'),
    bullets('Develop the Security Assessment Plan using the FedRAMP template and obtain agency approval.', 'Perform control testing of the annual core controls and controls selected by the agency, plus controls affected by significant changes.', 'Perform vulnerability scanning and penetration testing per FedRAMP guidance.', 'Deliver the Security Assessment Report and supporting workpapers.'),
    h1('3. Deliverables and Payment Milestones'),
    table([['Milestone', 'Deliverable', 'Due', 'Payment'], ['1', 'Kick-off and document request list', 'Week 1', '10%'], ['2', 'Security Assessment Plan (final, agency-approved)', 'Week 4', '20%'], ['3', 'Completion of testing', 'Week 9', '30%'], ['4', 'Security Assessment Report (final)', 'Week 13', '40%']]),
    h1('4. Period of Performance'),
    p('The period of performance is 1 April 2025 through 31 August 2025.'),
    h1('5. Independence'),
    p(`The Assessor represents that it is accredited by A2LA (${TPAO.a2la}) and has not provided consulting or advisory services to the Client for the system within the previous two years, in accordance with ISO/IEC 17020 independence requirements.`),
    h1('6. Commercial Terms'),
    p('Firm fixed price of USD 286,500, invoiced on milestone acceptance, net 30. Travel is not anticipated; if required it will be reimbursed at cost under the JTR. Either party may terminate for convenience on 30 days\u2019 written notice. This SOW is governed by the Master Services Agreement dated 12 January 2022.'),
    table([['For the Client', 'For the Assessor'], [`${CO.pm}\nProgram Manager`, `${TPAO.lead}\nPrincipal`]]),
  ];
}

export function vpat(): Block[] {
  return [
    title(`${CTG.name} Accessibility Conformance Report`, 18),
    p('Revised Section 508 Edition - Based on VPAT® Version 2.5Rev'),
    table([['Name of Product/Version', `${CTG.name} 2025.2`], ['Report Date', 'May 2025'], ['Product Description', 'Web-based case tracking application for federal records programs'], ['Contact Information', 'accessibility@callowayfed.example'], ['Evaluation Methods Used', 'Manual testing with JAWS 2024, NVDA 2024.4 and VoiceOver; automated testing with axe-core 4.9; keyboard-only testing']], false),
    h1('Applicable Standards/Guidelines'),
    table([['Standard/Guideline', 'Included In Report'], ['Web Content Accessibility Guidelines 2.0', 'Level A (Yes), Level AA (Yes), Level AAA (No)'], ['Revised Section 508 standards published January 18, 2017', 'Yes']]),
    h1('Table 1: Success Criteria, Level A'),
    table([['Criteria', 'Conformance Level', 'Remarks and Explanations'], ['1.1.1 Non-text Content (Level A)', 'Supports', 'All images and icons have text alternatives.'], ['1.3.1 Info and Relationships (Level A)', 'Partially Supports', 'Some data tables in the legacy report viewer lack header associations.'], ['2.1.1 Keyboard (Level A)', 'Supports', 'All functionality is operable by keyboard.'], ['2.4.1 Bypass Blocks (Level A)', 'Supports', 'Skip-to-content link provided.'], ['4.1.2 Name, Role, Value (Level A)', 'Partially Supports', 'Custom date picker announces role incorrectly in NVDA.']]),
    h1('Table 2: Success Criteria, Level AA'),
    table([['Criteria', 'Conformance Level', 'Remarks and Explanations'], ['1.4.3 Contrast (Minimum) (Level AA)', 'Supports', 'Text meets 4.5:1 contrast.'], ['1.4.10 Reflow (Level AA)', 'Supports', 'Content reflows at 320 CSS pixels.'], ['2.4.7 Focus Visible (Level AA)', 'Supports', 'Visible focus indicator on all controls.']]),
    h1('Legal Disclaimer'),
    p('This report is provided for informational purposes regarding accessibility conformance and does not constitute a warranty. VPAT is a registered service mark of the Information Technology Industry Council (ITI).'),
  ];
}

export function dd1423Alone(): Block[] {
  return [
    p('CONTRACT DATA REQUIREMENTS LIST (1 Data Item)', ),
    small('Form Approved OMB No. 0704-0188. The public reporting burden for this collection of information is estimated to average 110 hours per response. Send comments regarding this burden estimate to the Department of Defense, Executive Services Directorate. PLEASE DO NOT RETURN YOUR FORM TO THE ABOVE ORGANIZATION. Send completed form to the Government Issuing Contracting Officer for the Contract/PR No. listed in Block E.'),
    table([
      ['A. CONTRACT LINE ITEM NO.', '0004', 'B. EXHIBIT', 'A', 'C. CATEGORY', 'TDP ___ TM ___ OTHER X'],
      ['D. SYSTEM/ITEM', SVP.name, 'E. CONTRACT/PR NO.', SVP.contract, 'F. CONTRACTOR', `${CO.name} (CAGE ${CO.cage})`],
      ['1. DATA ITEM NO.', 'A007', '2. TITLE OF DATA ITEM', 'Security Assessment Report', '3. SUBTITLE', 'Annual Assessment (3PAO)'],
      ['4. AUTHORITY (Data Acquisition Document No.)', 'DI-MISC-80508B', '5. CONTRACT REFERENCE', 'PWS 3.6.4', '6. REQUIRING OFFICE', `${SVP.agencyAbbr} OCIO/ISSM`],
      ['7. DD 250 REQ', 'LT', '8. APP CODE', 'A', '9. DIST STATEMENT REQUIRED', 'D'],
      ['10. FREQUENCY', 'ANNUALLY', '11. AS OF DATE', 'N/A', '12. DATE OF FIRST SUBMISSION', '30 days after completion of testing'],
      ['13. DATE OF SUBSEQUENT SUBMISSION', 'Annually thereafter', '14. DISTRIBUTION', 'COR 1 Draft/1 Final (electronic); CO 1 Final; ISSM 1 Final', '15. TOTAL', '5'],
    ], false),
    bold('16. REMARKS'),
    p('Block 4: Contractor format acceptable; the report shall be prepared by the FedRAMP-accredited 3PAO using the FedRAMP SAR template and delivered with the risk exposure table and authorization recommendation. Block 9: Distribution Statement D applies. Block 12: Draft due 30 calendar days after completion of testing; Government review 15 working days; final due 10 working days after receipt of comments. Block 14: Electronic delivery to the agency secure repository; e-mail notification to the COR. This CDRL is a requirement only; the data item itself is delivered separately under transmittal.'),
    table([['G. PREPARED BY', 'H. DATE', 'I. APPROVED BY', 'J. DATE'], ['Janet A. Holloway, COR', '2024-09-30', 'Capt. Raymond D. Ostrowski, Contracting Officer', '2024-10-02']]),
    small('DD FORM 1423-1, FEB 2001 (contractor-reproduced format) | PREVIOUS EDITION MAY BE USED | Page 7 of 12'),
  ];
}
