import { big, center, h1, h2, p, pageBreak, table, ul, type Block } from '../kit/blocks.js';
import { AGENCY, CSP, CSP2 } from '../kit/cast.js';
import { buildDocx } from '../kit/docx.js';
import { revisionHistory, toc } from '../kit/front.js';
import { buildPdf } from '../kit/pdf.js';
import { buildXlsx, type Cell } from '../kit/xlsx.js';
import { at, w3c, type DocDef } from '../kit/types.js';

const A = AGENCY;
const DELIVS: [string, string, string, string][] = [
  ['System Security Plan (SSP) and all attachments', 'Initial; annually; upon significant change', '30 days after award; annually by anniversary', 'COR, FGOA ISSO'],
  ['Security Assessment Plan (SAP)', 'Initial; annually', '45 days after SSP approval', 'COR, FGOA ISSO'],
  ['Security Assessment Report (SAR)', 'Initial; annually', '30 days after testing ends', 'COR, FGOA ISSO, AO'],
  ['Plan of Action and Milestones (POA&M)', 'Monthly', '15th of each month', 'COR, FGOA ISSO'],
  ['Vulnerability scan results (OS, database, web)', 'Monthly', '15th of each month', 'FGOA ISSO'],
  ['Integrated Inventory Workbook', 'Monthly', '15th of each month', 'FGOA ISSO'],
  ['Significant change requests', 'As needed', '30 business days before change', 'AO, COR'],
  ['Deviation requests', 'As needed', 'With monthly POA&M', 'FGOA ISSO'],
  ['Incident reports', 'As needed', 'Within 1 hour of discovery', 'FGOA SOC'],
];

function legalHeader(section: string): Block[] {
  return [p(`SOLICITATION NO. ${A.solicitation}`), p(`${A.name} - Cloud-Based Oversight Case Management`), center(section, 14)];
}

async function sectionC(): Promise<Buffer> {
  return buildDocx(
    {
      blocks: [
        ...legalHeader('SECTION C - STATEMENT OF OBJECTIVES'),
        h1('C.1 Background'),
        p(`The ${A.name} Office of Oversight Investigations manages approximately 4,200 grant oversight cases per year on an on-premises application that reaches end of support in 2026. ${A.abbr} seeks a commercial Software-as-a-Service (SaaS) case management solution that holds, or will obtain with ${A.abbr} sponsorship, a FedRAMP Moderate authorization.`),
        h1('C.2 Scope'),
        p('The Contractor shall provide subscription access to a SaaS case management solution, configuration, data migration, training, and operational support for a base year and four option years.'),
        h1('C.3 Objectives'),
        table([['#', 'Objective', 'Related performance standard'], ['O-1', 'Modernize case intake, triage and investigation workflows', 'PS-1, PS-2'], ['O-2', 'Protect sensitive case data at the FedRAMP Moderate level', 'PS-5'], ['O-3', 'Provide continuous visibility into the security posture of the service', 'PS-6'], ['O-4', 'Migrate 11 years of legacy case records', 'PS-3']]),
        h1('C.4 Security and Privacy Objectives'),
        p('The Contractor shall maintain a FedRAMP authorization at the Moderate impact level for the duration of the contract. If the offered service is FedRAMP Ready or In Process at award, the Contractor shall achieve an Agency Authorization sponsored by FGOA within 12 months of award. The Contractor shall deliver the FedRAMP documents listed in Section C.7 and in Attachment J-3 (Contract Data Requirements List).'),
        p('The Contractor shall engage an accredited Third Party Assessment Organization (3PAO) to perform the initial and annual assessments. The Government will not pay separately for 3PAO services; these costs are included in the subscription price.'),
        h1('C.5 Privacy'),
        p('The solution will maintain records covered by the Privacy Act. The Contractor shall support the Government in completing the privacy threshold analysis and privacy impact assessment and shall comply with FAR 52.224-1, 52.224-2 and 52.224-3.'),
        h1('C.6 Section 508'),
        p('All ICT delivered shall conform to the Revised Section 508 Standards (36 CFR 1194). The offeror shall submit an Accessibility Conformance Report (ACR) based on VPAT 2.5 or later.'),
        h1('C.7 Deliverables'),
        table([['Deliverable', 'Frequency', 'Due', 'Recipient'], ...DELIVS]),
        h1('C.8 Place of Performance'),
        p('Contractor facilities and the Contractor\'s FedRAMP-authorized cloud environment. No Government-furnished equipment will be provided.'),
      ],
      header: [`${A.solicitation} | Section C`],
      footer: ['Page C-{PAGE}'],
      core: { title: 'RFP Section C', creator: A.co, lastModifiedBy: A.cor, created: w3c('2025-06-02'), modified: w3c('2025-07-15') },
      font: 'Times New Roman',
    },
    at('2025-07-15'),
  );
}

async function sectionH(): Promise<Buffer> {
  return buildDocx(
    {
      blocks: [
        p(`CONTRACT NO. ${A.contract}`),
        center('SECTION H - SPECIAL CONTRACT REQUIREMENTS', 13),
        h2('H.9 FEDRAMP AUTHORIZATION', true),
        p('(a) The Contractor shall maintain, for the duration of this contract, a FedRAMP authorization at the Moderate impact level for the cloud service offering provided under this contract, in accordance with OMB Memorandum M-24-15, Modernizing the Federal Risk and Authorization Management Program.'),
        p('(b) The Contractor shall provide the Government with access to the complete authorization package, including the System Security Plan, its attachments, the Security Assessment Plan, the Security Assessment Report, and the Plan of Action and Milestones, through the FedRAMP secure repository or as otherwise directed by the Contracting Officer.'),
        p('(c) Loss of authorization, or a determination by the authorizing official that risk is no longer acceptable, may be grounds for termination for default under FAR 52.212-4(m).'),
        h2('H.10 CONTINUOUS MONITORING DELIVERABLES', true),
        p('The Contractor shall deliver, no later than the 15th calendar day of each month, the continuous monitoring deliverables identified in Attachment J-3: an updated POA&M, the raw and summary results of operating system, database and web application vulnerability scans, and an updated integrated inventory. Late or incomplete deliverables will be assessed under the Quality Assurance Surveillance Plan.'),
        h2('H.11 SECURITY INCIDENT REPORTING', true),
        p('The Contractor shall report all computer security incidents involving Government data to the FGOA Security Operations Center within one hour of discovery, and shall cooperate with any Government investigation. See also FAR 52.239-1, Privacy or Security Safeguards.'),
        h2('H.12 SIGNIFICANT CHANGES', true),
        p('The Contractor shall not implement a significant change as defined by FedRAMP without the prior written approval of the FGOA authorizing official. Significant change requests shall be submitted through the COR.'),
        h2('H.13 KEY PERSONNEL', true),
        p('The Information System Security Officer and the Program Manager are designated Key Personnel. Substitution requires 30 days notice to the Contracting Officer.'),
        h2('H.14 RECORDS AND DATA RIGHTS', true),
        p('All Government data remains the property of the Government. Upon contract expiration the Contractor shall return all data in a non-proprietary format and certify its destruction per NIST SP 800-88.'),
      ],
      footer: [`${A.contract} - Section H - Page {PAGE}`],
      core: null,
      font: 'Times New Roman',
    },
    at('2026-01-05'),
  );
}

async function cdrl(): Promise<Buffer> {
  const rows: Cell[][] = [
    [`Attachment J-3 - Contract Data Requirements List (CDRL) / Deliverables Schedule`],
    [`Contract ${A.contract} | ${CSP.name} | COR: ${A.cor}`],
    [],
    ['CDRL No.', 'Deliverable Title', 'Reference', 'Frequency', 'First Submission', 'Subsequent Submissions', 'Format', 'Distribution', 'Government Review Period (days)', 'Acceptance Criteria'],
    ...DELIVS.map(([t, f, d, r], i) => [`A00${i + 1}`, t, i < 3 ? 'C.4, H.9' : 'H.10', f, d, f === 'Monthly' ? 'Monthly' : 'Annually', i === 3 ? 'FedRAMP POA&M template (xlsx)' : i === 4 ? 'Native scanner export + summary' : 'Current FedRAMP template', r, i < 3 ? 15 : 10, 'Complete, current template, reviewed by FGOA ISSO']),
    ['A010', 'Monthly Program Status Report', 'C.9', 'Monthly', '10th of the month after award', 'Monthly', 'Contractor format', 'COR', 5, 'Covers schedule, risks, staffing'],
    ['A011', 'Accessibility Conformance Report (VPAT 2.5)', 'C.6', 'Annually', 'With proposal', 'Annually', 'VPAT 2.5 Rev 508', 'COR, Section 508 PM', 10, 'All criteria addressed'],
    ['A012', 'Transition-Out Plan', 'H.14', 'Once', '180 days before contract end', '', 'Contractor format', 'CO, COR', 30, 'Approved by CO'],
  ];
  return buildXlsx(
    {
      sheets: [
        { name: 'CDRL', rows, headerRows: [4], widths: [9, 48, 12, 20, 26, 18, 28, 18, 14, 36] },
        { name: 'Submission Log', rows: [['CDRL No.', 'Period', 'Received', 'Accepted', 'COR Notes'], ['A004', '2026-01', '2026-02-13', '2026-02-20', 'Accepted'], ['A004', '2026-02', '2026-03-16', '', 'Late by 1 day; 3 items missing milestones'], ['A003', 'Initial', '2026-03-27', '2026-04-10', 'Accepted by ISSO']], headerRows: [1] },
      ],
      core: { title: 'J-3 CDRL', creator: A.cor, created: w3c('2025-07-01'), modified: w3c('2026-03-20') },
      company: A.name,
    },
    at('2026-03-20'),
  );
}

async function marketResearch(): Promise<Buffer> {
  return buildPdf(
    {
      blocks: [
        center(A.name.toUpperCase(), 11),
        center('Office of Acquisition Management', 10),
        big('Market Research Report', 20),
        center('Cloud-Based Oversight Case Management (SaaS)'),
        center('Prepared by the Contracting Officer\'s Representative - May 2025'),
        pageBreak,
        h1('1. Purpose'),
        p('This report documents the market research conducted in accordance with FAR Part 10 to determine whether commercial SaaS case management solutions can meet FGOA requirements, the extent of FedRAMP authorization among them, and the appropriate acquisition strategy, including small business set-aside considerations.'),
        h1('2. Sources Consulted'),
        ul('FedRAMP Marketplace (marketplace.fedramp.gov), searched March 12-14, 2025 for "case management" offerings', 'Request for Information 70FGOA25Q00000009 (11 responses)', 'GSA MAS SIN 518210C catalog', 'Interviews with two agencies operating similar systems', 'Industry day held April 2, 2025'),
        h1('3. FedRAMP Status of Potential Sources'),
        table([['Vendor / Offering', 'FedRAMP Status', 'Impact', 'Business size', 'Notes'], [`${CSP2.name} / ${CSP2.cso}`, 'Authorized (Agency)', 'Moderate', 'Other than small', 'Records focus, limited investigations features'], [`${CSP.name} / ${CSP.cso}`, 'In Process (seeking sponsor)', 'Moderate', 'Small', 'Strong fit; needs agency sponsor'], ['Northgate Software / CaseTrack Gov', 'Authorized (JAB legacy P-ATO)', 'Moderate', 'Other than small', 'Higher cost'], ['Pinecrest Labs / OversightOne', 'FedRAMP Ready', 'Moderate', 'Small (SDVOSB)', 'Readiness Assessment Report dated 11/2024'], ['Vellum Systems / Vellum Case', 'None', '-', 'Small', 'Would require full authorization']]),
        h1('4. Findings'),
        p('At least two small businesses can meet the requirement, but only one holds a FedRAMP authorization today. The Government can sponsor an Agency Authorization for an In Process or Ready offering; the cost of the 3PAO assessment is borne by the CSP. The agency review effort for the SSP, SAP, SAR and POA&M is estimated at 640 hours of FGOA staff time (see the IGCE).'),
        h1('5. Recommendation'),
        p('Conduct a competitive acquisition under FAR Part 12 and 15 with evaluation of FedRAMP status as part of the technical factor; do not restrict competition to already authorized offerings.'),
        p(`${A.cor}, COR, Level III - May 19, 2025`),
      ],
      footer: 'FGOA Market Research Report - Case Management SaaS - page {PAGE}',
      info: { title: 'Market Research Report', author: A.cor },
    },
    at('2025-05-19'),
  );
}

async function acquisitionPlan(): Promise<Buffer> {
  return buildDocx(
    {
      blocks: [
        big('ACQUISITION PLAN', 20),
        center('Oversight Case Management Software-as-a-Service'),
        center(`Plan No. FGOA-AP-2025-014 | ${A.name}`),
        ...revisionHistory([['06/02/2025', '1.0', 'Initial plan', A.cor], ['06/20/2025', '1.1', 'Legal and SBS comments', A.co]]),
        ...toc([['A. Acquisition Background and Objectives', '2'], ['B. Plan of Action', '5'], ['C. Milestones', '11'], ['D. Approvals', '12']]),
        h1('A. Acquisition Background and Objectives'),
        h2('1. Statement of Need'),
        p('FGOA requires a commercial case management service to replace its legacy Oversight Case System. See the Market Research Report dated May 19, 2025.'),
        h2('2. Applicable Conditions'),
        p('The service must be FedRAMP authorized at the Moderate impact level, or achieve authorization with FGOA sponsorship within 12 months of award. Section 508 conformance and Privacy Act requirements apply.'),
        h2('3. Cost'),
        p('The Independent Government Cost Estimate (IGCE) totals $6.84M over five years including FGOA labor for security authorization reviews.'),
        h2('4. Capability or Performance'),
        p('Performance standards will be monitored through the QASP; security performance will be measured by timely and complete continuous monitoring deliverables.'),
        h2('5. Delivery or Performance-Period Requirements'),
        p('Base year plus four 12-month option periods (FAR 52.217-9).'),
        h2('6. Risks'),
        table([['Risk', 'Mitigation'], ['Awardee fails to achieve FedRAMP authorization', 'Termination provisions in H.9; phased go-live with non-sensitive data'], ['Agency review capacity for the authorization package', 'Dedicated ISSO support; 3PAO schedule agreed at kickoff'], ['Data migration complexity', 'Pilot migration in base year']]),
        h1('B. Plan of Action'),
        h2('1. Sources'),
        p('Open market competition; small business participation encouraged.'),
        h2('2. Competition'),
        p('Full and open competition after exclusion of no sources. Evaluation factors: Technical Approach (including FedRAMP status and security approach), Past Performance, Price. Best value trade-off.'),
        h2('3. Contract Type'),
        p('Firm-fixed-price subscription CLINs; time-and-materials CLIN for optional data migration support.'),
        h2('4. Security Considerations'),
        p('The COR will coordinate the agency authorization with the FGOA CISO. Security deliverables (SSP, SAP, SAR, POA&M, monthly scans) are listed in the CDRL and do not require separate payment.'),
        h1('C. Milestones'),
        table([['Milestone', 'Date'], ['RFP release', '07/15/2025'], ['Proposals due', '08/29/2025'], ['Award', '11/14/2025'], ['ATO target', '04/30/2026']]),
        h1('D. Approvals'),
        p(`Prepared by: ${A.cor}, COR    Concurrence: ${A.co}, Contracting Officer    Approved: Head of Contracting Activity`),
      ],
      header: ['FOR OFFICIAL USE ONLY - SOURCE SELECTION INFORMATION - SEE FAR 2.101 AND 3.104'],
      footer: ['Acquisition Plan FGOA-AP-2025-014 | {PAGE}'],
      core: { title: 'Acquisition Plan Template (OAM-17)', creator: 'OAM Policy', lastModifiedBy: A.co, created: w3c('2019-10-01'), modified: w3c('2025-06-20') },
    },
    at('2025-06-20'),
  );
}

async function evalWorksheet(): Promise<Buffer> {
  const head = ['Offeror', 'Offering', 'FedRAMP Status (Marketplace)', 'Impact Level', 'Package ID', 'Authorization Package Available?', 'SSP Maturity (0-5)', 'Most recent SAR findings (H/M/L)', 'POA&M aging concerns', 'Strengths', 'Weaknesses', 'Technical Rating'];
  const rows: Cell[][] = [
    ['SOURCE SELECTION INFORMATION - SEE FAR 2.101 AND 3.104'],
    ['Technical Evaluation Worksheet - Factor 1, Subfactor 1.2 Security and FedRAMP Status'],
    [`Solicitation ${A.solicitation} | Evaluator: Evaluator 2 (ISSO) | Consensus date: 09/26/2025`],
    [],
    head,
    [CSP2.name, CSP2.cso, 'Authorized', 'Moderate', 'FR2004067718', 'Yes', 4, '0/5/9', 'Two moderate items > 90 days', 'Authorized now; mature ConMon', 'Limited investigation workflow', 'Acceptable'],
    [CSP.name, CSP.cso, 'In Process', 'Moderate', CSP.fedrampId, 'Draft SSP provided', 3, 'Readiness only', 'n/a', 'Strong security architecture; 3PAO already engaged', 'Needs sponsorship; schedule risk', 'Good'],
    ['Northgate Software', 'CaseTrack Gov', 'Authorized', 'Moderate', 'F1711096120', 'Yes', 4, '1/8/14', 'One high item overdue', 'Long track record', 'High open POA&M count', 'Acceptable'],
    ['Pinecrest Labs', 'OversightOne', 'FedRAMP Ready', 'Moderate', 'FR2311092215', 'RAR only', 2, 'n/a', 'n/a', 'SDVOSB', 'Immature policies', 'Marginal'],
    [],
    ['Rating scale: Outstanding / Good / Acceptable / Marginal / Unacceptable'],
  ];
  return buildXlsx(
    {
      sheets: [
        { name: 'Subfactor 1.2', rows, headerRows: [5], widths: [28, 28, 18, 12, 16, 18, 10, 16, 24, 36, 36, 14] },
        { name: 'Scoring Guide', rows: [['Score', 'Meaning'], [5, 'Authorized, complete package, no overdue POA&M items'], [3, 'In process with 3PAO engaged'], [1, 'No FedRAMP activity']], headerRows: [1] },
      ],
      core: { title: 'Tech Eval Worksheet', creator: A.cor, created: w3c('2025-09-15'), modified: w3c('2025-09-26') },
    },
    at('2025-09-26'),
  );
}

async function sf30(): Promise<Buffer> {
  return buildPdf(
    {
      blocks: [
        center('AMENDMENT OF SOLICITATION/MODIFICATION OF CONTRACT', 12),
        table([['1. CONTRACT ID CODE', '2. AMENDMENT/MODIFICATION NO.', '3. EFFECTIVE DATE', '4. REQUISITION/PURCHASE REQ. NO.'], ['FFP', 'P00002', '03/02/2026', '0042-26-OAM']], true),
        table([['6. ISSUED BY', '7. ADMINISTERED BY'], [`${A.name}\nOffice of Acquisition Management\n${A.addr}`, 'Same as block 6']], true),
        table([['8. NAME AND ADDRESS OF CONTRACTOR', '10A. MODIFICATION OF CONTRACT/ORDER NO.'], [`${CSP.name}\n${CSP.addr}`, `${A.contract}\n10B. DATED 11/14/2025`]], true),
        p('13. THIS ITEM ONLY APPLIES TO MODIFICATION OF CONTRACTS/ORDERS. C. THIS SUPPLEMENTAL AGREEMENT IS ENTERED INTO PURSUANT TO AUTHORITY OF: FAR 43.103(a) Mutual agreement of the parties.'),
        p('14. DESCRIPTION OF AMENDMENT/MODIFICATION'),
        p('The purpose of this bilateral modification is to: (1) revise Attachment J-3, Contract Data Requirements List, to add CDRL A008 Deviation Requests and to change the due date of monthly continuous monitoring deliverables (POA&M, scan results, inventory) from the 10th to the 15th calendar day of each month; (2) incorporate clause H.12 Significant Changes; and (3) update the COR designation. All other terms and conditions remain unchanged and in full force and effect.'),
        p('Total contract value is unchanged: $5,912,400.00.'),
        table([['15A. NAME AND TITLE OF SIGNER (Contractor)', '16A. NAME AND TITLE OF CONTRACTING OFFICER'], [`${CSP.ceo}, Chief Executive Officer`, `${A.co}, Contracting Officer`], ['15B. /s/ J. Morrow   15C. DATE SIGNED 02/27/2026', '16B. /s/ D. Alvarado   16C. DATE SIGNED 03/02/2026']], true),
        p('STANDARD FORM 30 (REV. 11/2016) Prescribed by GSA - FAR (48 CFR) 53.243', ),
      ],
      info: { title: 'SF30', subject: 'P00002', producer: 'GSA Forms Library' },
    },
    at('2026-03-02'),
  );
}

async function qasp(): Promise<Buffer> {
  return buildDocx(
    {
      blocks: [
        big('Quality Assurance Surveillance Plan (QASP)', 20),
        center(`Contract ${A.contract} - Oversight Case Management SaaS`),
        ...revisionHistory([['11/14/2025', '1.0', 'Issued with award', A.cor]], 'plain'),
        h1('1. Purpose'),
        p('This QASP describes how the Government will monitor the Contractor\'s performance against the performance standards of the Statement of Objectives. It is a Government document; the Contractor\'s own quality control is its responsibility.'),
        h1('2. Roles'),
        table([['Role', 'Name', 'Responsibility'], ['Contracting Officer', A.co, 'Contract changes, remedies'], ['COR', A.cor, 'Surveillance, documentation, acceptance recommendations'], ['Technical monitor (ISSO)', 'Angela Reyes', 'Reviews security deliverables']]),
        h1('3. Performance Requirements Summary'),
        table([['PS', 'Performance objective', 'Standard', 'Acceptable Quality Level', 'Surveillance method', 'Incentive / Remedy'], ['PS-1', 'Service availability', '99.9% monthly', '>= 99.9%', 'SLA report, Exhibit B', 'Service credits'], ['PS-5', 'Maintain FedRAMP Moderate authorization', 'Authorization in good standing', 'No lapse', '100% inspection', 'H.9 remedies'], ['PS-6', 'Monthly ConMon deliverables on time and complete (POA&M, scans, inventory)', 'By the 15th; complete per CDRL', '95% of months', 'Periodic inspection of each monthly package', 'CPARS rating'], ['PS-7', 'High vulnerabilities remediated within 30 days', 'Per FedRAMP ConMon guide', '100%', 'POA&M review', 'Corrective action request'], ['PS-8', 'Incident reporting within 1 hour', 'H.11', '100%', 'Random sampling of SOC tickets', 'Corrective action request']]),
        h1('4. Surveillance Methods'),
        p('100% inspection, periodic inspection, random sampling and customer feedback. The COR records surveillance in the Surveillance Activity Checklist and summarizes it in the monthly COR status report.'),
        h1('5. Documentation and Corrective Action'),
        p('Unacceptable performance is documented and a Corrective Action Request (CAR) is issued by the Contracting Officer. The Contractor responds within 10 business days.'),
        h1('Appendix A - Surveillance Activity Checklist'),
        table([['Date', 'PS', 'Method', 'Result', 'COR initials'], ['', '', '', '', ''], ['', '', '', '', '']]),
      ],
      footer: ['QASP | Page {PAGE}'],
      core: { title: 'QASP', creator: A.cor, created: w3c('2025-11-14'), modified: w3c('2025-11-14') },
    },
    at('2025-11-14'),
  );
}

async function sla(): Promise<Buffer> {
  return buildPdf(
    {
      blocks: [
        p(`Contract ${A.contract}`),
        big('Exhibit B - Service Level Agreement', 18),
        p(`This Exhibit sets out the service levels that ${CSP.name} commits to for the ${CSP.cso} under the contract, and the service credits available to the Government.`),
        h2('1. Definitions'),
        p('"Monthly Uptime Percentage" means total minutes in the month minus minutes of Downtime, divided by total minutes. Scheduled maintenance announced 5 days in advance and limited to 4 hours per month is excluded.'),
        h2('2. Service Levels'),
        table([['Metric', 'Target', 'Measurement'], ['Availability', '99.9%', 'Monthly Uptime Percentage'], ['Severity 1 support response', '30 minutes, 24x7', 'Ticket timestamps'], ['Severity 2 support response', '2 hours', 'Ticket timestamps'], ['Security incident notification', '1 hour', 'H.11'], ['Recovery time objective', '12 hours', 'Annual contingency test'], ['Recovery point objective', '15 minutes', 'Annual contingency test'], ['Monthly continuous monitoring package', 'By the 15th', 'CDRL A004-A006']]),
        h2('3. Service Credits'),
        table([['Monthly Uptime', 'Credit (% of monthly subscription fee)'], ['< 99.9%', '5%'], ['< 99.5%', '10%'], ['< 99.0%', '25%']]),
        h2('4. Reporting'),
        p('The Contractor provides a monthly SLA report to the COR with the program status report. Credits are applied to the next invoice.'),
        h2('5. Exclusions'),
        p('Outages caused by the Government\'s identity provider or network, force majeure, or Government-requested changes are excluded.'),
      ],
      footer: 'Exhibit B - SLA - {PAGE}',
      info: { title: 'Exhibit B SLA', author: 'Cirrocloud Contracts' },
    },
    at('2025-11-14'),
  );
}

async function corStatus(): Promise<Buffer> {
  return buildDocx(
    {
      blocks: [
        p('MEMORANDUM'),
        p(`TO: ${A.pm}, Program Manager, Oversight Case Management Modernization`),
        p(`FROM: ${A.cor}, Contracting Officer's Representative`),
        p(`CC: ${A.co}, Contracting Officer`),
        p('DATE: April 3, 2026'),
        p('SUBJECT: COR Monthly Status Report - March 2026'),
        h2('1. Summary', true),
        p('Overall status: YELLOW (schedule). The 3PAO delivered the final Security Assessment Report on March 27; the CSP submitted the POA&M built from it on March 31. The ISSO expects to brief the AO on April 14 with an ATO decision by April 17. Go-live with production data remains planned for May 4.'),
        h2('2. Deliverables Received This Period', true),
        table([['CDRL', 'Deliverable', 'Received', 'Status'], ['A001', 'SSP v3.2 (after SAR)', '03/06', 'Under ISSO review'], ['A003', 'Security Assessment Report v1.0', '03/27', 'Accepted 04/02'], ['A004', 'POA&M (March)', '03/31', 'Under review'], ['A005', 'Scan results (March)', '03/31', 'Received; 2 high findings, see POA&M'], ['A010', 'Program Status Report', '03/10', 'Accepted']]),
        h2('3. Issues and Risks', true),
        ul('February ConMon package was one day late (first occurrence; documented in QASP checklist, no CAR).', 'SAR finding P-05 (stored XSS) must be fixed before go-live per the ISSO.', 'The CSP will submit a significant change request in April for an AI-based document feature; the CO advised that any added cost requires a modification.'),
        h2('4. Financial', true),
        table([['CLIN', 'Obligated', 'Invoiced to date', 'Remaining'], ['0001 Subscription (base)', '$1,104,000', '$460,000', '$644,000'], ['0002 Implementation', '$310,000', '$248,000', '$62,000'], ['0003 Data migration (T&M)', '$120,000', '$37,450', '$82,550']]),
        h2('5. Next Month', true),
        ul('ATO decision and letter (AO)', 'Package upload to the FedRAMP repository', 'Kickoff of monthly ConMon reviews', 'Start of option-year planning'),
      ],
      core: { title: 'COR Monthly Status Report', creator: A.cor, created: w3c('2026-04-03'), modified: w3c('2026-04-03') },
    },
    at('2026-04-03'),
  );
}

async function igce(): Promise<Buffer> {
  const rate = 98.5;
  const lines: [string, string, number][] = [
    ['Review System Security Plan and attachments (initial)', 'ISSO GS-14', 160],
    ['Review Security Assessment Plan', 'ISSO GS-14', 40],
    ['Review Security Assessment Report and risk briefing to AO', 'ISSO GS-14 / CISO', 80],
    ['Review initial POA&M', 'ISSO GS-14', 24],
    ['Prepare ATO letter and decision memo', 'CISO staff', 16],
    ['Monthly ConMon review (POA&M, scans, inventory) x 12', 'ISSO GS-13', 192],
    ['Significant change reviews (est. 2/yr)', 'ISSO GS-14', 48],
    ['Annual assessment review (SAP + SAR)', 'ISSO GS-14', 80],
    ['COR surveillance and QASP documentation', 'COR GS-13', 240],
  ];
  const rows: Cell[][] = [
    ['Independent Government Cost Estimate (IGCE)'],
    ['Oversight Case Management SaaS - Base Year + 4 Options - prepared by the COR - v3 (06/10/2025)'],
    [],
    ['Line', 'Task / Item', 'Labor category', 'Hours (base year)', 'Loaded rate ($/hr)', 'Base year cost', 'Basis of estimate'],
    ...lines.map(([t, c, h], i) => [i + 1, t, c, h, rate, h * rate, 'Historical hours from two prior FGOA agency authorizations']),
    [10, 'SaaS subscription (500 named users)', 'Contractor', '', '', 1104000, 'GSA MAS pricing, 3 quotes'],
    [11, 'Implementation and configuration', 'Contractor', '', '', 310000, 'RFI responses (median)'],
    [12, 'Data migration (T&M)', 'Contractor', 1000, 120, 120000, 'RFI responses'],
    [],
    ['', 'Total base year', '', '', '', lines.reduce((s, [, , h]) => s + h * rate, 0) + 1104000 + 310000 + 120000, ''],
  ];
  return buildXlsx(
    {
      sheets: [
        { name: 'IGCE Base Year', rows, headerRows: [4], widths: [6, 58, 20, 16, 16, 16, 48] },
        { name: 'Option Years', rows: [['Option', 'Escalation', 'Estimate'], ['OY1', '3%', 1240000], ['OY2', '3%', 1277200], ['OY3', '3%', 1315516], ['OY4', '3%', 1354981]], headerRows: [1] },
      ],
      core: { title: 'IGCE_v3', creator: A.cor, created: w3c('2025-05-28'), modified: w3c('2025-06-10') },
    },
    at('2025-06-10'),
  );
}

async function iaa(): Promise<Buffer> {
  return buildDocx(
    {
      blocks: [
        center('INTERAGENCY AGREEMENT', 16),
        center('for the Reuse of a FedRAMP Agency Authorization'),
        table([['Agreement No.', 'IAA-FGOA-2026-007'], ['Servicing / Providing Agency', `${A.name} (${A.abbr})`], ['Requesting Agency', 'National Endowment for Rural Development (NERD)'], ['Cloud Service Offering', `${CSP.cso}, FedRAMP Package ID ${CSP.fedrampId}`], ['Period of Agreement', '06/01/2026 - 05/31/2029']], false),
        h1('1. Purpose', true),
        p(`This agreement establishes the terms under which NERD will review and reuse the authorization package that ${A.abbr} sponsored for ${CSP.cso}, and the sharing of continuous monitoring information between the two agencies. This agreement does not itself authorize any system: NERD's authorizing official will issue NERD's own authorization decision after reviewing the package.`),
        h1('2. Authorities', true),
        p('Economy Act (31 U.S.C. 1535); OMB M-24-15; FAR Subpart 17.5.'),
        h1('3. Responsibilities of FGOA', true),
        ul('Grant NERD reviewers access to the package in the FedRAMP secure repository.', 'Share the monthly continuous monitoring review results and any significant change decisions.', 'Invite NERD to the annual assessment debrief.'),
        h1('4. Responsibilities of NERD', true),
        ul('Protect package documents as CUI.', 'Report to FGOA any security concerns identified in its review.', 'Perform its own configuration of customer-responsibility controls listed in the CRM.'),
        h1('5. Funding', true),
        p('This is a no-cost agreement. Each agency bears its own costs.'),
        h1('6. Termination', true),
        p('Either party may terminate this agreement with 60 days written notice.'),
        h1('7. Signatures', true),
        table([['For FGOA', 'For NERD'], [`${A.ao}\n${A.aoTitle}\nDate:`, 'Michael Tran\nChief Information Officer\nDate:']]),
      ],
      header: ['IAA-FGOA-2026-007'],
      footer: ['Page {PAGE}'],
      core: { title: 'IAA ATO reuse', creator: A.co, created: w3c('2026-05-12'), modified: w3c('2026-05-12') },
    },
    at('2026-05-12'),
  );
}

async function acr(): Promise<Buffer> {
  const crit = (id: string, name: string, level: string, remarks: string): string[] => [`${id} ${name} (Level A)`, level, remarks];
  return buildDocx(
    {
      blocks: [
        big(`${CSP.cso} Accessibility Conformance Report`, 18),
        center('Revised Section 508 Edition - VPAT\u00ae Version 2.5Rev'),
        table([['Name of Product/Version', 'CCMP 4.12'], ['Report Date', 'January 2026'], ['Product Description', 'Web-based case management SaaS'], ['Contact Information', 'accessibility@cirrocloud.example.com'], ['Evaluation Methods Used', 'Manual testing with JAWS 2025, NVDA 2025.1, keyboard-only; automated testing with axe-core 4.9']], false),
        h2('Applicable Standards/Guidelines', true),
        table([['Standard/Guideline', 'Included In Report'], ['Web Content Accessibility Guidelines 2.1', 'Level A (Yes), Level AA (Yes), Level AAA (No)'], ['Revised Section 508 standards published January 18, 2017', 'Yes']]),
        h2('Terms', true),
        p('Supports, Partially Supports, Does Not Support, Not Applicable.'),
        h2('Table 1: Success Criteria, Level A', true),
        table([['Criteria', 'Conformance Level', 'Remarks and Explanations'], crit('1.1.1', 'Non-text Content', 'Supports', 'All images have text alternatives.'), crit('1.3.1', 'Info and Relationships', 'Partially Supports', 'Some data tables in legacy reports lack header associations.'), crit('2.1.1', 'Keyboard', 'Supports', ''), crit('2.4.1', 'Bypass Blocks', 'Supports', 'Skip link provided.'), crit('4.1.2', 'Name, Role, Value', 'Partially Supports', 'Custom date picker lacks accessible name.')]),
        h2('Chapter 6: Support Documentation and Services', true),
        p('602.3 Electronic Support Documentation: Supports. The user guide is provided in accessible HTML and tagged PDF.'),
        p('Legal disclaimer: This report reflects the product at the time of evaluation and is provided for information only.'),
      ],
      footer: ['CCMP ACR (VPAT 2.5Rev 508)'],
      core: { title: 'VPAT2.5Rev508', creator: 'ITI', lastModifiedBy: 'a11y-team', created: w3c('2023-03-01'), modified: w3c('2026-01-30') },
    },
    at('2026-01-30'),
  );
}

export const unknownAcq: DocDef[] = [
  { file: 'RFP_Section_C_SOO.docx', expected: 'UNKNOWN', note: 'RFP Section C Statement of Objectives; it requires and tabulates the FedRAMP deliverables (SSP, SAP, SAR, POA&M, scans) but is a solicitation, not a deliverable.', make: sectionC },
  { file: 'doc-0855.docx', expected: 'UNKNOWN', note: 'Contract Section H special requirements (FedRAMP authorization, ConMon deliverables, incident reporting clauses); contract text, not a deliverable.', make: sectionH },
  { file: 'CDRL_Deliverables_Schedule.xlsx', expected: 'UNKNOWN', note: 'COR\'s CDRL / deliverables schedule workbook listing SSP, SAP, SAR, POA&M, scans with due dates: a tracker about deliverables.', make: cdrl },
  { file: 'Market Research Report - Case Mgmt SaaS.pdf', expected: 'UNKNOWN', note: 'FAR Part 10 market research report comparing vendors\' FedRAMP status; acquisition paperwork.', make: marketResearch },
  { file: 'upload (10).docx', expected: 'UNKNOWN', note: 'Agency acquisition plan mentioning the FedRAMP requirement and security deliverables; not a deliverable.', make: acquisitionPlan },
  { file: 'Tech_Eval_Worksheet_FINAL.xlsx', expected: 'UNKNOWN', note: 'Source-selection technical evaluation worksheet scoring offerors\' FedRAMP status, SAR findings and POA&M aging.', make: evalWorksheet },
  { file: 'SF30_P00002.pdf', expected: 'UNKNOWN', note: 'SF-30 bilateral contract modification changing the CDRL due dates for ConMon deliverables.', make: sf30 },
  { file: 'QASP.docx', expected: 'UNKNOWN', note: 'Quality Assurance Surveillance Plan whose performance table covers ConMon deliverables and POA&M remediation; a Government surveillance plan.', make: qasp },
  { file: 'Exhibit_B_SLA.pdf', expected: 'UNKNOWN', note: 'Contract SLA exhibit (availability, support response, credits, RTO/RPO targets).', make: sla },
  { file: 'COR_Status_Report_March2026.docx', expected: 'UNKNOWN', note: 'COR monthly status memo to the program manager reporting receipt of the SAR, POA&M and scans; a status report about deliverables.', make: corStatus },
  { file: 'IGCE_v3.xlsx', expected: 'UNKNOWN', note: 'Independent Government Cost Estimate with a line per deliverable review (SSP, SAP, SAR, POA&M, ConMon).', make: igce },
  { file: 'IAA_ATO_Reuse.docx', expected: 'UNKNOWN', note: 'Interagency agreement for reusing the FedRAMP authorization package; explicitly not an authorization decision.', make: iaa },
  { file: 'CCMP_ACR_VPAT_2.5.docx', expected: 'UNKNOWN', note: 'Section 508 Accessibility Conformance Report (VPAT 2.5) for the product.', make: acr },
];

