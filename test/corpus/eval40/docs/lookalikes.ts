import { buildDocx } from '../kit/docx.js';
import type { Block } from '../kit/docx.js';
import { buildPdf } from '../kit/pdf.js';
import { buildXlsx } from '../kit/xlsx.js';
import type { Cell } from '../kit/xlsx.js';
import { int, seeded } from '../kit/rng.js';
import { CONFIDENTIAL_NOTICE, CSP, PEOPLE, SYSTEM_PARAS, blocksToMarkdown, blocksToPdf, blocksToText, revisionTable } from '../kit/common.js';
import type { EvalDoc } from '../kit/common.js';

const p = (t: string): Block => ({ k: 'p', t });
const QSA = 'Harborline Security Assessors (PCI QSA Company)';
const CPA = 'Whitfield & Rourke LLP';

async function pciRoc(): Promise<EvalDoc> {
  const blocks: Block[] = [
    { k: 'h1', t: 'Part I Assessment Overview' },
    { k: 'h2', t: '1. Contact Information and Summary of Results' },
    { k: 'table', rows: [['Assessed Entity', CSP], ['Assessor Company', QSA], ['Lead QSA', 'Martin Oduya, QSA #205-114'], ['Report date', '07/31/2026'], ['Overall assessment result', 'In Place']], header: false },
    { k: 'h2', t: '2. Business Overview' },
    p('The assessed entity is a payment service provider that processes disbursements to cardholders and bank accounts for commercial and public sector clients. It stores PAN in a tokenization vault protected by HSMs.'),
    { k: 'h2', t: '4. Details about Reviewed Environments' },
    p('The cardholder data environment (CDE) consists of the tokenization vault, card funding service and the HSM cluster. Network segmentation was tested to confirm that out-of-scope networks are isolated from the CDE.'),
    { k: 'h1', t: 'Part II Findings and Observations' },
    { k: 'h2', t: 'Requirement 3: Protect Stored Account Data' },
    { k: 'table', rows: [['Requirement', 'Assessment Finding', 'Reporting Instruction / Assessor Response'], ['3.5.1 PAN is rendered unreadable anywhere it is stored', 'In Place', 'Examined vault data stores; PAN is replaced by tokens; keys reside in HSMs (Luna 7, FIPS 140-3 L3).'], ['3.6.1 Procedures to protect cryptographic keys', 'In Place', 'Reviewed key management procedures and the key ceremony script.'], ['3.7.6 Split knowledge and dual control', 'In Place', 'Observed ceremony records with two custodians per component.']] },
    { k: 'h2', t: 'Requirement 10: Log and Monitor All Access' },
    { k: 'table', rows: [['Requirement', 'Assessment Finding', 'Assessor Response'], ['10.2.1 Audit logs are enabled and active', 'In Place', 'Observed SIEM ingestion for sampled components.'], ['10.4.1 Audit logs reviewed at least daily', 'In Place', 'Interviewed SOC analysts; reviewed daily review tickets.']] },
    { k: 'h2', t: 'Requirement 11: Test Security of Systems and Networks Regularly' },
    { k: 'table', rows: [['Requirement', 'Assessment Finding', 'Assessor Response'], ['11.3.2 External scans by an ASV quarterly', 'In Place', 'Four passing ASV scans reviewed for the period.'], ['11.4.1 Penetration testing methodology', 'In Place', 'Reviewed methodology and the 2026 report.']] },
  ];
  return { file: 'ROC_excerpt_Req3-10-11.docx', expected: 'UNKNOWN', note: 'Excerpt of a PCI DSS v4.0.1 Report on Compliance by a QSA; a PCI assessment report, not a FedRAMP SAR.', data: await buildDocx({ title: 'PCI DSS v4.0.1 Report on Compliance', creator: QSA, header: 'PCI DSS v4.0.1 Report on Compliance - Service Providers', footer: 'PCI Security Standards Council template, (c) 2006-2024 PCI SSC', cover: [{ k: 'big', t: 'Payment Card Industry Data Security Standard', size: 36 }, { k: 'big', t: 'Report on Compliance', size: 44 }, { k: 'center', t: `${CSP} - Assessment period 2025-08-01 to 2026-07-31` }], blocks }) };
}

async function pciAoc(): Promise<EvalDoc> {
  const blocks: Block[] = [
    { k: 'big', t: 'Payment Card Industry Data Security Standard', size: 32 },
    { k: 'big', t: 'Attestation of Compliance for Report on Compliance - Service Providers', size: 28 },
    p('Version 4.0.1, Revision 1 - Publication Date: August 2024'),
    { k: 'h1', t: 'Section 1: Assessment Information' },
    p(`Part 1a. Assessed Entity: ${CSP}, 11600 Sunrise Valley Drive, Reston, VA. Contact: ${PEOPLE.ciso}, CISO.`),
    p(`Part 1b. Assessor: ${QSA}; Lead QSA Martin Oduya.`),
    { k: 'h1', t: 'Part 2. Executive Summary' },
    p('Part 2a. Scope Verification: services assessed - payment processing (card-not-present disbursement), tokenization, account management. Services not assessed: federal ACH disbursement platform (separate program).'),
    p('Part 2g. Summary of Assessment: all requirements In Place or Not Applicable; no compensating controls; no customized approach.'),
    { k: 'h1', t: 'Section 2: Report on Compliance' },
    p('The ROC was completed on 07/31/2026.'),
    { k: 'h1', t: 'Section 3: Validation and Attestation Details' },
    p('Part 3. PCI DSS Validation: Based on the results documented in the ROC dated 07/31/2026, the signatories identified in Parts 3b-3d assert the following compliance status: Compliant. All sections of the PCI DSS ROC are complete, and all assessed requirements are marked as being either In Place or Not Applicable, resulting in an overall COMPLIANT rating.'),
    p(`Part 3b. Service Provider Attestation: ${PEOPLE.ceo}, CEO - signed 08/02/2026.`),
    p('Part 3c. Qualified Security Assessor (QSA) Acknowledgement: Martin Oduya - signed 08/02/2026.'),
    p('Part 4. Action Plan for Non-Compliant Requirements: not applicable.'),
  ];
  return { file: 'AOC_SP_2026_signed.pdf', expected: 'UNKNOWN', note: 'PCI DSS Attestation of Compliance for service providers; a card-industry attestation, not an ATO letter or SAR.', data: await buildPdf({ title: 'PCI-DSS-v4_0_1-AOC-ROC-Service-Providers', author: 'PCI Security Standards Council', items: blocksToPdf(blocks) }) };
}

async function pciSaq(): Promise<EvalDoc> {
  const blocks: Block[] = [
    { k: 'big', t: 'Self-Assessment Questionnaire D for Service Providers and Attestation of Compliance', size: 30 },
    p('For use with PCI DSS Version 4.0.1. Completed by Tallyline Prepaid Card Services (subsidiary) for the 2026 assessment year.'),
    { k: 'h1', t: 'Section 2: Self-Assessment Questionnaire D for Service Providers' },
    { k: 'h2', t: 'Build and Maintain a Secure Network and Systems' },
    { k: 'table', rows: [['PCI DSS Requirement', 'In Place', 'In Place with CCW', 'Not Applicable', 'Not Tested', 'Not in Place'], ['1.2.1 Configuration standards for NSC rulesets are defined, implemented, and maintained.', 'X', '', '', '', ''], ['1.3.1 Inbound traffic to the CDE is restricted.', 'X', '', '', '', ''], ['2.2.1 Configuration standards are developed, implemented, and maintained.', 'X', '', '', '', '']] },
    { k: 'h2', t: 'Protect Account Data' },
    { k: 'table', rows: [['PCI DSS Requirement', 'In Place', 'In Place with CCW', 'Not Applicable', 'Not Tested', 'Not in Place'], ['3.3.1 SAD is not retained after authorization.', 'X', '', '', '', ''], ['3.5.1 PAN is rendered unreadable anywhere it is stored.', 'X', '', '', '', ''], ['4.2.1 Strong cryptography protects PAN during transmission.', 'X', '', '', '', '']] },
    { k: 'h2', t: 'Maintain an Information Security Policy' },
    { k: 'table', rows: [['PCI DSS Requirement', 'In Place', 'In Place with CCW', 'Not Applicable', 'Not Tested', 'Not in Place'], ['12.8.1 A list of all TPSPs is maintained.', 'X', '', '', '', ''], ['12.10.1 An incident response plan exists and is ready to be activated.', 'X', '', '', '', '']] },
    { k: 'h1', t: 'Appendix B: Compensating Controls Worksheet' },
    p('Not used.'),
  ];
  return { file: 'SAQ-D-SP_2026.docx', expected: 'UNKNOWN', note: 'PCI DSS SAQ D for service providers questionnaire; a card-industry self-assessment, not a FedRAMP deliverable.', data: await buildDocx({ title: 'PCI DSS SAQ D Service Provider', creator: 'PCI SSC', blocks }) };
}

async function pciMatrix(): Promise<EvalDoc> {
  const rows: Cell[][] = [['PCI DSS v4.0.1 Responsibility Matrix - Tallyline Card Disbursement Service'], ['Requirement 12.9.2: TPSP provides information about which requirements are its responsibility'], [], ['PCI DSS Requirement', 'Description', 'Tallyline (Service Provider)', 'Client (Merchant / Program Manager)', 'Shared', 'Notes']];
  const reqs: [string, string, string][] = [['1.2.1', 'Network security controls configuration standards', 'SP'], ['3.5.1', 'Render PAN unreadable', 'SP'], ['7.2.1', 'Access control model defined', 'Shared'], ['8.4.2 ', 'MFA for all access into the CDE', 'Shared'], ['9.4.1', 'Media with cardholder data physically secured', 'Client'], ['10.2.1', 'Audit logs enabled', 'SP'], ['11.3.2', 'Quarterly external ASV scans', 'SP'], ['12.6.1', 'Security awareness program', 'Shared'], ['12.8.1', 'Maintain list of TPSPs', 'Client']];
  for (const [id, d, who] of reqs) rows.push([id.trim(), d, who === 'SP' ? 'X' : '', who === 'Client' ? 'X' : '', who === 'Shared' ? 'X' : '', who === 'Shared' ? 'Client manages its own users in the program manager portal' : '']);
  return { file: 'responsibility-matrix.xlsx', expected: 'UNKNOWN', note: 'PCI DSS TPSP responsibility matrix (Req. 12.9.2) for a card program; resembles a CRM but is not the FedRAMP CIS/CRM workbook.', data: await buildXlsx({ title: 'PCI Responsibility Matrix', creator: 'Compliance', sheets: [{ name: 'PCI Matrix', rows, bold: [4] }] }) };
}

async function soc1(): Promise<EvalDoc> {
  const blocks: Block[] = [
    { k: 'big', t: `${CSP}`, size: 32 },
    { k: 'big', t: 'SOC 1 Type 2 Report', size: 40 },
    p('Report on the Tallyline Disbursement Processing System and on the Suitability of the Design and Operating Effectiveness of Controls Relevant to User Entities\' Internal Control over Financial Reporting, for the period October 1, 2025 to September 30, 2026.'),
    { k: 'h1', t: 'Section I - Independent Service Auditor\'s Report' },
    p(`To the Board of Directors of ${CSP}: Scope. We have examined Tallyline's description of its disbursement processing system for processing user entities' transactions throughout the period October 1, 2025 to September 30, 2026, and the suitability of the design and operating effectiveness of controls included in the description to achieve the related control objectives. We conducted our examination in accordance with attestation standards established by the AICPA (AT-C section 320).`),
    p('Opinion. In our opinion, in all material respects, the description fairly presents the system, the controls were suitably designed, and the controls operated effectively throughout the period.'),
    p(`${CPA}, Certified Public Accountants, Chicago, Illinois, November 12, 2026.`),
    { k: 'h1', t: 'Section II - Management\'s Assertion' },
    p('We have prepared the description of the Tallyline Disbursement Processing System for user entities and their auditors who have sufficient understanding to consider it in assessing the risks of material misstatement of user entities\' financial statements.'),
    { k: 'h1', t: 'Section III - Description of the System' },
    p(SYSTEM_PARAS[2] ?? ''),
    p(SYSTEM_PARAS[6] ?? ''),
    { k: 'h1', t: 'Section IV - Control Objectives, Controls, Tests and Results' },
    { k: 'table', rows: [['Control Objective 3: Payment files are processed completely, accurately and timely', 'Test performed by service auditor', 'Results'], ['3.1 Batch control totals are validated before release', 'Inspected 40 batches for validation evidence', 'No exceptions noted'], ['3.2 Releases require maker-checker approval', 'Inspected workflow configuration and 25 releases', 'No exceptions noted'], ['3.3 Daily reconciliation breaks are resolved within two business days', 'Inspected 25 daily reconciliations', 'One exception: break resolved on day 4']] },
    { k: 'h1', t: 'Complementary User Entity Controls' },
    p('User entities are responsible for authorizing payment files submitted to Tallyline and for reviewing daily settlement reports.'),
  ];
  return { file: 'Tallyline_SOC1_TypeII_FY26.pdf', expected: 'UNKNOWN', note: 'SOC 1 Type II service auditor report over financial-reporting controls; not a FedRAMP assessment report.', data: await buildPdf({ title: 'SOC 1 Type 2', author: CPA, footer: 'Restricted use - user entities and their auditors', items: blocksToPdf(blocks) }) };
}

async function nachaLetter(): Promise<EvalDoc> {
  const blocks: Block[] = [
    p('Evergreen Payments Association'),
    p('November 30, 2026'),
    p(`${PEOPLE.treasury}, VP Treasury Operations, ${CSP}`),
    p('Re: 2026 Nacha Operating Rules Compliance Audit - Third-Party Sender'),
    p('Dear Mr. Echeverria:'),
    p('As required by Article One, Subsection 1.2.2 of the Nacha Operating Rules, an audit of Tallyline\'s compliance with the Rules was completed on November 20, 2026, covering ACH activity originated through your ODFI during calendar year 2026. The audit was performed using the Nacha Third-Party Sender audit guide.'),
    p('Summary of results: Tallyline was found to be in compliance with the Rules in all material respects, with the following observations: (1) two unauthorized return rates (R05/R07/R10/R29/R51) measured 0.41% in the March period, below the 0.5% threshold but above your internal alert level; (2) the written Risk Assessment for Third-Party Senders was last updated 14 months ago and must be refreshed annually; (3) record retention of Proof of Authorization for WEB debits was confirmed for two years.'),
    p('Please retain this letter and the supporting workpapers for six years, as required by the Rules, and make them available to your ODFI and to Nacha upon request.'),
    p('Sincerely,'),
    p('Patricia Lwazi, AAP, Director of Audit Services'),
  ];
  return { file: 'letter_2026-11-30.docx', expected: 'UNKNOWN', note: 'Nacha Operating Rules compliance audit letter from a payments association; a letter with audit results but not an ATO letter.', data: await buildDocx({ creator: 'Evergreen Payments Association', blocks }) };
}

function bsaAml(): EvalDoc {
  const blocks: Block[] = [
    { k: 'big', t: 'BSA/AML and OFAC Compliance Program - Summary for Bank Partners' },
    revisionTable([['2026-05-01', '6.0', 'Annual board approval', PEOPLE.bsa]]),
    { k: 'h1', t: 'Program Pillars' },
    p(`${CSP} maintains a Bank Secrecy Act / Anti-Money Laundering program with the five pillars expected by FinCEN and the FFIEC BSA/AML Examination Manual: internal controls, independent testing, a designated BSA Officer (${PEOPLE.bsa}), training, and customer due diligence including beneficial ownership.`),
    { k: 'h1', t: 'OFAC Screening' },
    p('All payees on commercial disbursement programs are screened against the SDN list before the first payment and daily thereafter. Federal benefit programs are screened by the agency; Tallyline screens payment files again as a secondary control. Potential matches are held and reviewed within four business hours.'),
    { k: 'h1', t: 'Suspicious Activity Monitoring' },
    p('Transaction monitoring scenarios cover rapid movement of funds, structuring, account takeover patterns and mule accounts receiving multiple benefit payments. Alerts are dispositioned by the Financial Crimes Unit; SARs are filed within 30 days of initial detection.'),
    { k: 'h1', t: 'Independent Testing' },
    p('The program was independently tested by an outside firm in March 2026; two moderate findings related to alert backlog were remediated by June 2026.'),
    { k: 'h1', t: 'Training' },
    p('Annual AML training is mandatory for all employees; enhanced training for Treasury Operations and the Financial Crimes Unit.'),
  ];
  return { file: 'BSA-AML-program-summary.md', expected: 'UNKNOWN', note: 'BSA/AML and OFAC compliance program summary; a financial-crimes program document, not a FedRAMP policy attachment.', data: blocksToMarkdown(blocks) };
}

async function modelValidation(): Promise<EvalDoc> {
  const blocks: Block[] = [
    { k: 'h1', t: '1. Executive Summary' },
    p('Model Risk Management (MRM) performed an independent validation of the Payment Anomaly Scoring Model (PASM v3), a gradient-boosted classifier used to hold disbursements with a high likelihood of account takeover or misdirection. The validation follows SR 11-7 / OCC 2011-12 guidance on model risk management.'),
    p('Validation outcome: Approved with conditions. Model tier: Tier 2 (material). Next full validation: Q4 2027.'),
    { k: 'h1', t: '2. Conceptual Soundness' },
    p('Features include payee account age, number of distinct recipients per account token, velocity of bank account changes, device fingerprint reuse, and ACH return history. Feature selection is documented; monotonic constraints on risk features are appropriate.'),
    { k: 'h1', t: '3. Outcomes Analysis' },
    { k: 'table', rows: [['Metric', 'Development', 'Out-of-time (2026 H1)', 'Threshold'], ['AUC', '0.912', '0.887', '>= 0.85'], ['KS statistic', '0.64', '0.59', '>= 0.45'], ['Hold rate', '0.8%', '1.1%', '<= 1.5%'], ['PSI (score)', '-', '0.07', '< 0.10']] },
    { k: 'h1', t: '4. Findings' },
    { k: 'table', rows: [['ID', 'Finding', 'Severity', 'Owner', 'Due'], ['MV-1', 'No documented fallback rule set when the model service is unavailable', 'High', 'Fraud Engineering', '2027-01-31'], ['MV-2', 'Champion/challenger monitoring not automated', 'Medium', 'Data Science', '2027-03-31'], ['MV-3', 'Bias testing across program types incomplete', 'Medium', 'MRM', '2027-03-31']] },
    { k: 'h1', t: '5. Ongoing Monitoring' },
    p('Monthly performance dashboard; quarterly PSI review; annual recalibration.'),
  ];
  return { file: 'PASM_v3_validation_report.docx', expected: 'UNKNOWN', note: 'Model risk (SR 11-7) validation report of a fraud scoring model with findings; not a security assessment report or POA&M.', data: await buildDocx({ title: 'Model Validation Report - PASM v3', creator: 'Model Risk Management', header: 'Internal - Model Risk Management', cover: [{ k: 'big', t: 'Independent Model Validation Report', size: 40 }, { k: 'center', t: 'Payment Anomaly Scoring Model v3' }, { k: 'center', t: 'October 2026' }], blocks }) };
}

async function treasuryRecon(): Promise<EvalDoc> {
  const r = seeded(4201);
  const rows: Cell[][] = [['Treasury Account Reconciliation - FBA Emergency Relief Program - Account 9912-0048'], ['Period: October 2026', 'Prepared by: Treasury Operations', 'Reviewed by: ' + PEOPLE.treasury], [], ['Business Date', 'Ledger Opening Balance', 'Disbursements Released', 'ACH Returns Credited', 'Ledger Closing Balance', 'Bank Statement Balance', 'Difference', 'Break Reference', 'Resolution']];
  let bal = 48_250_000;
  for (let d = 1; d <= 22; d++) {
    const out = int(r, 900_000, 2_400_000);
    const ret = int(r, 2_000, 35_000);
    const close = bal - out + ret;
    const diff = d === 9 ? 1250 : d === 17 ? -412.5 : 0;
    rows.push([`2026-10-${String(d).padStart(2, '0')}`, bal, out, ret, close, close + diff, diff, diff ? `BRK-10-${d}` : '', diff ? 'Timing: return posted next day' : '']);
    bal = close;
  }
  return { file: 'Oct-2026 recon 9912-0048.xlsx', expected: 'UNKNOWN', note: 'Treasury bank account reconciliation workbook (ledger vs bank statement) - finance operations, not a FedRAMP deliverable.', data: await buildXlsx({ creator: 'Treasury Ops', sheets: [{ name: 'Daily Recon', rows, bold: [4] }, { name: 'Sign-off', rows: [['Preparer', 'R. Castellanos', '2026-11-03'], ['Reviewer', PEOPLE.treasury, '2026-11-04']] }] }) };
}

async function cardBrandIncident(): Promise<EvalDoc> {
  const blocks: Block[] = [
    { k: 'big', t: 'Account Data Compromise - Initial Incident Report Form', size: 32 },
    p('To be submitted to the acquirer / card brand within 24 hours (Visa: within 3 days per What To Do If Compromised). Do not include full PAN in this form.'),
    { k: 'table', header: false, rows: [['Entity name', 'Tallyline Prepaid Card Services'], ['Merchant / Service Provider ID', 'SP-0048812'], ['Date incident discovered', '09/03/2026'], ['Date contained', '09/04/2026'], ['Brands affected', 'Visa, Mastercard'], ['Estimated number of accounts at risk', '1,214'], ['Type of data at risk', 'PAN (truncated first 6 / last 4), expiration date'], ['PFI engaged', 'Not yet - pending brand decision']] },
    { k: 'h1', t: 'Description of the Event' },
    p('A misconfigured logging agent on a commercial card funding host wrote truncated PANs and expiry dates to a debug log retained for 11 days. No full PAN or CVV was exposed. The host is part of the commercial card CDE and is outside the FedRAMP authorization boundary.'),
    { k: 'h1', t: 'Containment Actions' },
    p('Debug logging disabled; logs purged with verification; log pipeline filters updated; affected accounts provided to issuers for monitoring.'),
    { k: 'h1', t: 'Contact' },
    p(`${PEOPLE.ciso}, CISO, 1-800-555-0199`),
  ];
  return { file: 'IR_form_brand_notification.docx', expected: 'UNKNOWN', note: 'Card-brand account data compromise incident report form for one event; not the FedRAMP Incident Response Plan.', data: await buildDocx({ title: 'Incident Report', creator: PEOPLE.ciso, blocks }) };
}

function keyCeremony(): EvalDoc {
  const text = `KEY CEREMONY SCRIPT - KC-2026-07
Generation of the ACH File Signing Key Encryption Key (KEK) on Luna HSM cluster LUNA-ASH
Classification: Tallyline Restricted - handle under dual control

Ceremony date: 2026-07-21 09:00 ET          Location: Ashburn colocation, cage 14, secure room B
Ceremony administrator: ${PEOPLE.sre}
Key custodians: C1 A. Moreno, C2 J. Mbeki, C3 R. Castellanos (2-of-3 quorum)
Witness (Internal Audit): K. Yamamoto
Video recording: camera CAM-B2 on, recording ID REC-0721-01

STEP  ACTOR   ACTION                                                               INITIALS
1     Admin   Confirm all participants present; verify government ID.              ____
2     Witness Verify tamper-evident bag serials TEB-448812 and TEB-448813
              against the ceremony log; record condition of bags.                  ____
3     Admin   Power on the offline ceremony laptop (no network interfaces).        ____
4     C1      Insert blue PED key (SO) and enter PIN; do not speak the PIN.        ____
5     Admin   lunash:> hsm show   -- record serial number and firmware 7.8.4       ____
6     C2      Insert black PED key (partition CO) and enter PIN.                   ____
7     Admin   Generate AES-256 KEK: cmu generatekey -keytype=aes -len=32
              -label=ACH-KEK-2026 -extractable=0 -modifiable=0                     ____
8     Admin   Record key handle and KCV: ______________  KCV: __________           ____
9     C3      Verify KCV independently on second HSM after cloning.                ____
10    All     Return PED keys to individual tamper-evident bags; record serials.   ____
11    Witness Sign the ceremony log; seal log in envelope KCE-0721.                ____

Exceptions / deviations from script:
______________________________________________________________________________

Post-ceremony: upload recording hash to the evidence vault; notify PCI QSA and
Internal Audit; update key inventory (key management procedures section 4.2).
`;
  return { file: 'KC-2026-07_script.txt', expected: 'UNKNOWN', note: 'HSM key ceremony script with steps and custodian sign-offs; an operational runbook, not a FedRAMP deliverable.', data: text };
}

function fraudLoss(): EvalDoc {
  const r = seeded(4202);
  const lines = ['month,program,fraud_type,cases,gross_loss_usd,recovered_usd,net_loss_usd,basis_points_of_volume,notes'];
  const programs = ['Commercial payroll cards', 'Insurance claims', 'FBA Emergency Relief (pilot)', 'Marketplace payouts'];
  const types = ['account takeover', 'synthetic identity', 'misdirected ACH (BEC)', 'first-party dispute'];
  for (const m of ['2026-07', '2026-08', '2026-09']) for (const pr of programs) for (const t of types) if (r() < 0.6) {
    const gross = int(r, 1500, 95000);
    const rec = Math.floor(gross * r() * 0.6);
    lines.push([m, `"${pr}"`, t, int(r, 1, 40), gross, rec, gross - rec, (r() * 3).toFixed(2), ''].join(','));
  }
  return { file: 'fraud_loss_Q3_2026.csv', expected: 'UNKNOWN', note: 'Quarterly fraud loss report by program and fraud type; a finance/fraud metric export, not scan results or a POA&M.', data: `${lines.join('\n')}\n` };
}

async function vendorQuestionnaire(): Promise<EvalDoc> {
  const rows: Cell[][] = [['Third-Party Risk Questionnaire (bank partner) - Tallyline responses'], ['Requested by: Cascade National Bank, Vendor Management Office'], [], ['Ref', 'Domain', 'Question', 'Response', 'Comments / Evidence']];
  const qs: [string, string, string, string, string][] = [['A.1', 'Governance', 'Do you have a board-approved information security program?', 'Yes', 'ISP Charter v5'], ['B.4', 'Access', 'Is MFA enforced for remote and privileged access?', 'Yes', 'FIDO2 for admins'], ['C.2', 'Encryption', 'Is customer data encrypted at rest with keys you manage?', 'Yes', 'HSM-backed tokenization'], ['D.7', 'BCP', 'When was the BCP last tested?', '2026-09', 'Functional exercise'], ['E.1', 'Audit', 'Provide your latest SOC 2 Type II report.', 'Yes', 'Under NDA'], ['F.3', 'Compliance', 'Are you PCI DSS compliant?', 'Yes', 'AOC 08/2026'], ['F.4', 'Compliance', 'Do you hold a FedRAMP authorization?', 'In process', 'Agency authorization in progress, Moderate'], ['G.2', 'Subcontractors', 'List fourth parties with access to bank data.', 'See tab 2', '']];
  for (const q of qs) rows.push(q);
  return { file: 'Cascade_TPRM_questionnaire_responses.xlsx', expected: 'UNKNOWN', note: 'Bank partner third-party risk (vendor due diligence) questionnaire answered by the CSP; not a FedRAMP deliverable.', data: await buildXlsx({ creator: 'Cascade National Bank', sheets: [{ name: 'Questionnaire', rows, bold: [4] }, { name: 'Fourth Parties', rows: [['Vendor', 'Service'], ['AWS', 'Hosting'], ['Thales', 'HSM support']] }] }) };
}

function cabMinutes(): EvalDoc {
  const blocks: Block[] = [
    { k: 'big', t: 'Change Advisory Board - Meeting Minutes - 2026-11-04' },
    p('Attendees: T. Lindqvist (chair), P. Raman (ISSO), A. Redcloud (SRE), L. Echeverria (Treasury Ops), J. Mbeki. Apologies: D. Whitcombe.'),
    { k: 'h1', t: '1. Review of previous actions' },
    p('ACT-88 (rotate SFTP host keys) closed. ACT-91 (Aurora minor version upgrade) deferred until after the 3PAO testing window, because the system is frozen during the assessment.'),
    { k: 'h1', t: '2. Changes reviewed' },
    { k: 'table', rows: [['CHG', 'Summary', 'Risk', 'Decision'], ['CHG-20418', 'Recon worker image rebuild (OpenSSL)', 'Low', 'Approved - standard change'], ['CHG-20422', 'Portal CSP header', 'Low', 'Approved'], ['CHG-20430', 'HSM migration to CloudHSM', 'High', 'Not approved here - ISSO to prepare a significant change request for the AO']] },
    { k: 'h1', t: '3. AOB' },
    p('Treasury Ops asked for changes to be avoided on the last two business days of the month (month-end settlement volumes).'),
    { k: 'h1', t: 'Actions' },
    { k: 'bullets', items: ['ACT-95 ISSO: draft SCR for CHG-20430 (due 11/18)', 'ACT-96 SRE: publish month-end freeze calendar'] },
  ];
  return { file: 'CAB-minutes-2026-11-04.md', expected: 'UNKNOWN', note: 'Change Advisory Board meeting minutes that mention a future significant change request; minutes, not the SCR form.', data: blocksToMarkdown(blocks) };
}

function pentestRoe(): EvalDoc {
  const blocks: Block[] = [
    { k: 'p', t: 'MEMORANDUM' },
    p(`To: ${PEOPLE.ciso}   From: Redline Offensive Security   Date: 2026-05-18`),
    p('Subject: Rules of Engagement - 2026 annual PCI DSS penetration test (Requirement 11.4) - commercial card CDE'),
    { k: 'bold', t: 'Scope' },
    p('In scope: external IP ranges 198.51.100.0/27; the card funding API (staging); CDE segmentation controls between the corporate network and the CDE VLANs. Out of scope: the federal disbursement platform (separately assessed), production HSMs, third-party processor systems.'),
    { k: 'bold', t: 'Testing window and contacts' },
    p('2026-06-01 to 2026-06-12, 19:00-05:00 ET. Emergency stop: Tallyline SOC 1-800-555-0199. Tester source IPs: 203.0.113.40-203.0.113.45.'),
    { k: 'bold', t: 'Constraints' },
    p('No denial of service, no social engineering, no exfiltration of real cardholder data; test PANs only. Findings rated per CVSS v3.1; critical findings reported within 24 hours.'),
    { k: 'bold', t: 'Authorization' },
    p('Signed for Tallyline: D. Whitcombe. Signed for Redline: K. Ibarra, Engagement Lead.'),
  ];
  return { file: 'RoE_memo_pentest_2026.txt', expected: 'UNKNOWN', note: 'Rules-of-engagement memo for a PCI DSS penetration test of the commercial card CDE; not a FedRAMP Security Assessment Plan.', data: blocksToText(blocks) };
}

async function boardDeck(): Promise<EvalDoc> {
  const blocks: Block[] = [
    { k: 'big', t: 'Board Risk Committee - Q3 2026', size: 36 },
    p('Speaker notes export - CISO update'),
    { k: 'h1', t: 'Slide 4 - Compliance portfolio' },
    p('PCI DSS: compliant, AOC issued August 2026. SOC 1 and SOC 2 Type II: unqualified opinions, FY26 reports issued November. FedRAMP Moderate: SSP submitted to the sponsoring agency in August, 3PAO testing scheduled for November, target ATO in Q1 2027.'),
    { k: 'h1', t: 'Slide 5 - Top risks' },
    p('1. Concentration risk on a single ODFI partner. 2. Account takeover fraud in payroll cards (net loss 1.9 bps, within appetite). 3. HSM end-of-support in 2028 - migration proposal for Q1 2027 will need agency approval as a significant change.'),
    { k: 'h1', t: 'Slide 6 - Budget ask' },
    p('USD 1.4M for FedRAMP continuous monitoring staffing (two ISSO analysts, one vulnerability management engineer) and annual 3PAO assessment.'),
    { k: 'h1', t: 'Slide 7 - Decisions requested' },
    p('Approve updated risk appetite statement; note the FedRAMP timeline; approve budget.'),
  ];
  return { file: 'BRC_Q3_notes.pdf', expected: 'UNKNOWN', note: 'Board risk committee presentation speaker notes summarizing compliance status; a board briefing, not a deliverable.', data: await buildPdf({ title: 'BRC Q3 2026', author: PEOPLE.ciso, creator: 'Microsoft PowerPoint', items: blocksToPdf(blocks) }) };
}

async function regEProcedure(): Promise<EvalDoc> {
  const blocks: Block[] = [
    { k: 'h1', t: 'Purpose' },
    p('This procedure describes how Tallyline handles consumer claims of unauthorized or erroneous electronic fund transfers on prepaid payroll cards under Regulation E (12 CFR 1005.11) and the payroll card account rules (12 CFR 1005.18).'),
    { k: 'h1', t: 'Procedure' },
    { k: 'bullets', items: ['Record the notice of error with date and channel; oral notices are valid.', 'Investigate within 10 business days; if more time is needed, provisionally credit the account within 10 business days and complete within 45 days (90 days for POS/foreign).', 'Send the results notice within 3 business days after completing the investigation.', 'If no error is found, debit the provisional credit only after the required notice period.'] },
    { k: 'h1', t: 'Records' },
    p('Claim files are retained for two years (12 CFR 1005.13).'),
    { k: 'h1', t: 'Quality Assurance' },
    p('Compliance samples 25 closed claims monthly; exceptions are reported to the Compliance Committee.'),
  ];
  return { file: 'Reg-E-Error-Resolution-Procedure.docx', expected: 'UNKNOWN', note: 'Regulation E error resolution procedure for prepaid cards; a consumer-finance procedure, not a FedRAMP policy attachment.', data: await buildDocx({ title: 'Regulation E Error Resolution Procedure', creator: 'Compliance', header: CONFIDENTIAL_NOTICE, cover: [{ k: 'big', t: 'Regulation E Error Resolution Procedure', size: 36 }, { k: 'center', t: 'Consumer Compliance - v4.1' }], blocks }) };
}

async function soc2Bridge(): Promise<EvalDoc> {
  const blocks: Block[] = [
    p(`${CSP}`),
    p('November 15, 2026'),
    p('To: Customers and prospective customers'),
    p('Re: SOC 2 Type II Bridge Letter (Gap Letter)'),
    p(`Our most recent SOC 2 Type II report, issued by ${CPA}, covered the period October 1, 2025 through September 30, 2026 for the Security, Availability and Confidentiality trust services criteria. This letter covers the period from October 1, 2026 through November 15, 2026.`),
    p('Management is not aware of any material changes to the system or controls described in the report, and is not aware of any control failures or security incidents that would have a material impact on the conclusions of the report. The next report will cover the period ending September 30, 2027.'),
    p('This letter is provided for information only and is not an attestation by the service auditor.'),
    p(`${PEOPLE.ceo}, Chief Executive Officer`),
  ];
  return { file: 'SOC2_bridge_letter_Nov2026.pdf', expected: 'UNKNOWN', note: 'SOC 2 bridge (gap) letter signed by management; a letter about a SOC report, not an ATO letter.', data: await buildPdf({ title: 'Bridge Letter', author: 'Compliance', items: blocksToPdf(blocks) }) };
}

export async function lookalikeDocs(): Promise<EvalDoc[]> {
  return [await pciRoc(), await pciAoc(), await pciSaq(), await pciMatrix(), await soc1(), await nachaLetter(), bsaAml(), await modelValidation(), await treasuryRecon(), await cardBrandIncident(), keyCeremony(), fraudLoss(), await vendorQuestionnaire(), cabMinutes(), pentestRoe(), await boardDeck(), await regEProcedure(), await soc2Bridge()];
}
