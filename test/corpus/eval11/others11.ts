/** eval11: look-alikes from the ISSO's inbox that are none of the deliverables (all UNKNOWN). */
import { AG, AGENCY, AO, BW, CALLOWAY, IRONBRIDGE, ISSO, KC, LL, PW, SC } from './actors11.js';
import type { EvalDoc } from './actors11.js';
import { B, Rng, logoPng, toDocx, toEml, toMarkdown, toPdf, toText, toXlsx } from './kit11.js';
import type { Block, Cell } from './kit11.js';

let rng = new Rng(0x0dd5);

async function marketplace(): Promise<EvalDoc> {
  const blocks: Block[] = [
    B.small('marketplace.fedramp.gov/products/FR2201077701   10/14/25, 9:02 AM'),
    B.title('Ledgerline Grants Manager', 20),
    B.center('Ledgerline Software LLC', true),
    B.table([['Status', 'Impact Level', 'Service Model', 'Deployment Model'], ['FedRAMP Authorized', 'Moderate', 'SaaS', 'Government Community Cloud']]),
    B.bold('Service Description'),
    B.p('Ledgerline Grants Manager is an end-to-end grants management solution supporting solicitation, application, review, award and closeout. It enables Federal program offices to manage the full grant lifecycle in a secure, configurable environment.'),
    B.bold('Authorization Details'),
    B.table([['Authorization Type', 'Agency'], ['Initial Authorization', 'Federal Maritime Records Administration, 05/30/2023'], ['Independent Assessor', CALLOWAY], ['Annual Assessment', '09/19/2025']]),
    B.bold('Leveraged ATOs (4)'),
    B.bullets(['Federal Maritime Records Administration', 'National Endowment for Coastal Heritage', 'Department of Regional Commerce - Office of Grants', 'U.S. Agency for Inland Waterways']),
    B.bold('Service Offering Point of Contact'),
    B.p('Karina Osei - fedramp@ledgerline.com - (614) 555-0118'),
    B.small('To request access to the security package, complete the Package Access Request Form and submit it to the FedRAMP PMO. Marketplace data is updated as status changes are reported by the PMO.'),
    B.small('https://marketplace.fedramp.gov/products/FR2201077701                                           1/1'),
  ];
  return { file: 'marketplace.pdf', expected: 'UNKNOWN', note: 'Browser printout of the FedRAMP Marketplace listing for Ledgerline: public status page, not a package deliverable.', data: await toPdf(blocks, { font: 'Helvetica', size: 9.5, meta: { title: 'FedRAMP Marketplace' }, producer: 'Skia/PDF m129', creatorTool: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/129.0.0.0' }) };
}

async function brochure(): Promise<EvalDoc> {
  const blocks: Block[] = [
    B.title('Mission-ready cloud. Authorized at FedRAMP High.', 26),
    B.p('StrataCore Government Cloud gives agencies the elastic compute, storage and networking they need to modernize - without compromising on security or compliance.'),
    B.h1('Why agencies choose SCGC'),
    B.bullets(['FedRAMP High and DoD IL4 authorized - inherit hundreds of controls on day one.', '99.99% availability SLA across two geographically separated regions.', 'Customer-managed keys backed by FIPS 140-3 validated HSMs.', 'U.S.-based, background-checked support staff 24x7.', 'Transparent pricing on GSA MAS and NASA SEWP V.']),
    B.h1('Accelerate your ATO'),
    B.p('Our compliance team provides agencies with a ready-to-leverage security package, a customer responsibility matrix and templates that help your ISSO document inherited controls. Ask about our ATO Accelerator workshop.'),
    B.h1('Customer story'),
    B.p('"We migrated 140 legacy applications in nine months and cut hosting costs by 38 percent." - Deputy CIO, a Federal civilian agency'),
    B.h1('Get started'),
    B.p('Contact federal-sales@stratacore-fed.com or visit stratacore-fed.com/government. GSA Schedule 47QTCA24D00XX.'),
    B.small('(c) 2025 StrataCore Federal, Inc. All rights reserved. FedRAMP is a registered trademark of the U.S. General Services Administration; its use does not imply endorsement.'),
  ];
  return { file: 'SCGC_Gov_Brochure.pdf', expected: 'UNKNOWN', note: "StrataCore's marketing brochure (logo cover page, sales copy): not a deliverable.", data: await toPdf(blocks, { font: 'Helvetica', size: 11, logoCover: logoPng(260, 100, [0, 70, 140], [240, 150, 0]), meta: { title: 'SCGC Government Brochure 2025', creator: 'Marketing' }, producer: 'Adobe InDesign 19.5 (Macintosh)', creatorTool: 'Adobe InDesign 19.5' }) };
}

async function pciMatrix(): Promise<EvalDoc> {
  const reqs: [string, string][] = [
    ['1.2.1', 'Configuration standards for NSC rulesets are defined, implemented and maintained.'],
    ['2.2.1', 'Configuration standards are developed, implemented and maintained.'],
    ['3.5.1', 'PAN is rendered unreadable anywhere it is stored.'],
    ['4.2.1', 'Strong cryptography protects PAN during transmission over open, public networks.'],
    ['6.4.1', 'Public-facing web applications are protected against attacks.'],
    ['7.2.1', 'An access control model is defined and includes granting access based on need to know.'],
    ['8.4.2', 'MFA is implemented for all access into the CDE.'],
    ['10.2.1', 'Audit logs are enabled and active for all system components and cardholder data.'],
    ['11.3.1', 'Internal vulnerability scans are performed at least once every three months.'],
    ['12.8.1', 'A list of all third-party service providers with which account data is shared is maintained.'],
  ];
  const rows: Cell[][] = [
    ['CaseFlow Payments - PCI DSS v4.0.1 Shared Responsibility Matrix'],
    ['Product: CaseFlow Payments (commercial fee-collection module; not part of the FedRAMP-authorized CaseFlow offering)'],
    [],
    ['PCI DSS Requirement', 'Requirement Text', 'Brightwater Responsibility', 'Merchant (Customer) Responsibility', 'Shared', 'Notes'],
    ...reqs.map(([id, t]) => [id, t, rng.pick(['Full', 'Partial', 'None']), rng.pick(['None', 'Configure per guide', 'Full']), rng.pick(['Yes', 'No']), rng.pick(['See AOC section 2g', 'Tokenization provider in scope', ''])]),
    [],
    ['Provided to support the merchant\'s own PCI DSS assessment. Refer to the Brightwater Attestation of Compliance (AOC) dated 2025-03-31.'],
  ];
  return { file: 'CaseFlow Payments - PCI Responsibility Matrix.xlsx', expected: 'UNKNOWN', note: 'PCI DSS responsibility matrix for a different, non-FedRAMP product: another framework, not a FedRAMP CIS/CRM workbook.', data: await toXlsx([{ name: 'PCI DSS Matrix', rows, boldRows: [1, 4] }], { creator: 'bds-compliance', company: BW.org }) };
}

async function directive(): Promise<EvalDoc> {
  const blocks: Block[] = [
    B.center(AGENCY.toUpperCase(), true),
    B.title(`${AG} Directive 2100.4`, 28),
    B.title('Acquisition and Use of Cloud Computing Services', 24),
    B.center('Issued by the Office of the Chief Information Officer | Effective August 1, 2025 | Supersedes FMRA Directive 2100.3'),
    B.h1('1. Purpose'),
    B.p(`This directive establishes ${AGENCY} policy for acquiring and using commercial cloud computing services and assigns responsibilities to FMRA offices. It implements OMB Circular A-130, OMB M-24-15 and the FedRAMP Authorization Act within the agency.`),
    B.h1('2. Applicability'),
    B.p('This directive applies to all FMRA headquarters offices, regional offices and contractors acting on behalf of FMRA that acquire, operate or use cloud services.'),
    B.h1('3. Policy'),
    B.bullets(['FMRA offices shall acquire only cloud services that hold a FedRAMP authorization at an impact level appropriate to the data, or that are in process with FMRA as sponsoring agency.', 'Program offices shall obtain a written Authority to Operate from the FMRA Authorizing Official before placing Federal information in any cloud service.', 'Contracts for cloud services shall include the FMRA cloud security clauses (Appendix A) and incident reporting within one hour.', 'Program offices shall budget for continuous monitoring review by the OCIO.']),
    B.h1('4. Responsibilities'),
    B.table([['Role', 'Responsibilities'], ['Chief Information Officer', 'Serves as Authorizing Official for cloud services; signs ATO letters'], ['Chief Information Security Officer', 'Maintains the cloud authorization process; assigns ISSOs'], ['Information System Security Officer', 'Reviews FedRAMP packages and monthly continuous monitoring deliverables'], ['Contracting Officer', 'Includes required clauses; verifies FedRAMP status before award'], ['Program Manager', 'Identifies data types and requests authorization']]),
    B.h1('5. Procedures'),
    B.p('Detailed procedures are published in the FMRA Cloud Authorization Handbook. Requests for authorization are submitted through the OCIO service portal.'),
    B.h1('6. Exceptions'),
    B.p('Exceptions to this directive require written approval of the CIO.'),
    B.p(`Approved: /s/ ${AO}, Chief Information Officer`),
  ];
  return { file: 'FMRA-Directive-2100-4.docx', expected: 'UNKNOWN', note: "The agency's own directive on acquiring cloud services: an agency-wide policy, not a CSP's SSP attachment.", data: await toDocx(blocks, { font: 'Times New Roman', meta: { title: 'FMRA Directive 2100.4', creator: 'OCIO Policy', company: AGENCY } }) };
}

async function isaMou(): Promise<EvalDoc> {
  const blocks: Block[] = [
    B.title('Interconnection Security Agreement and Memorandum of Understanding', 24),
    B.center(`between the ${AGENCY} (FMRA) Vessel Records System and ${KC.org} Kestrel Application Platform (KAP)`, true),
    B.h1('Section 1 - Interconnection Statement of Requirements'),
    B.p('The requirements for interconnection between FMRA and Kestrel are for the express purpose of exchanging vessel registration records between the FMRA Vessel Records System (VRS) hosted on premises and an FMRA application hosted on KAP. The interconnection uses a site-to-site IPsec VPN.'),
    B.h1('Section 2 - System Security Considerations'),
    B.table([['Item', 'FMRA VRS', 'KAP'], ['FIPS 199 categorization', 'Moderate', 'Moderate'], ['ATO date', '2024-02-12', '2024-11-20'], ['Authorizing Official', AO, `${AO} (agency ATO)`], ['Data exchanged', 'Vessel registration records (PII: owner name, address)', 'Same'], ['Direction', 'Bidirectional', 'Bidirectional']]),
    B.p('Each party maintains its own authorization and security controls. Both parties will notify each other of security incidents affecting the interconnection within one hour of discovery and of planned changes to the interconnection 30 days in advance.'),
    B.h1('Section 3 - Topological Drawing'),
    B.p('See Figure 1: FMRA data center firewall <-> IPsec tunnel (AES-256, IKEv2) <-> KAP customer gateway, tenant network 172.31.64.0/20.'),
    B.h1('Section 4 - Memorandum of Understanding'),
    B.p('The purpose of this MOU is to establish terms for the relationship between FMRA and Kestrel regarding the interconnection, including costs, points of contact and the duration of the agreement (three years, reviewed annually).'),
    B.h1('Section 5 - Signatory Authority'),
    B.table([['FMRA', 'Kestrel Compute Corporation'], [`${AO}, Authorizing Official`, 'Ines Carvalho, KAP System Owner'], ['Date: ________', 'Date: ________']]),
  ];
  return { file: 'ISA_MOU_FMRA_KAP.docx', expected: 'UNKNOWN', note: 'Interconnection Security Agreement / MOU between the agency and Kestrel: an agreement, not one of the FedRAMP deliverables.', data: await toDocx(blocks, { font: 'Times New Roman', meta: { title: 'ISA-MOU template (NIST SP 800-47)', creator: ISSO } }) };
}

async function dua(): Promise<EvalDoc> {
  const blocks: Block[] = [
    B.title('DATA USE AGREEMENT', 22),
    B.center(`between the ${AGENCY} and ${PW.org}`, true),
    B.p('Agreement No. FMRA-DUA-2025-031'),
    B.h1('1. Purpose'),
    B.p(`This Data Use Agreement (DUA) sets forth the terms under which ${PW.org} ("Recipient") may receive and use survey response data collected on behalf of the FMRA Office of Public Engagement through the Pollen Survey service.`),
    B.h1('2. Data Covered'),
    B.p('Survey responses from members of the maritime industry, including optional contact e-mail addresses. No Social Security numbers or financial information will be collected.'),
    B.h1('3. Permitted Uses'),
    B.p('Recipient may use the data solely to host, process and deliver survey results to FMRA. Recipient shall not use the data for marketing, analytics for other customers or machine-learning training.'),
    B.h1('4. Safeguards'),
    B.p('Recipient will protect the data in accordance with its FedRAMP authorization and will not disclose the data to third parties other than its sub-processors listed in Attachment A.'),
    B.h1('5. Term and Termination'),
    B.p('This DUA is effective on signature and remains in effect for the period of performance of purchase order FMRA-25-0913. On termination, Recipient will return or destroy the data within 30 days and certify destruction in writing.'),
    B.h1('6. Signatures'),
    B.p('For FMRA: /s/ Elena Vasquez, Director, Office of Public Engagement, 09/15/2025'),
    B.p('For Pollenware, Inc.: /s/ Sam Iverson, CEO, 09/16/2025'),
  ];
  return { file: 'DUA_signed.pdf', expected: 'UNKNOWN', note: 'Signed data-use agreement between the agency and Pollenware: a legal agreement, not a deliverable.', data: await toPdf(blocks, { font: 'Times', meta: { title: 'DUA' }, producer: 'DocuSign', creatorTool: 'DocuSign' }) };
}

async function pmoBulletin(): Promise<EvalDoc> {
  const blocks: Block[] = [
    B.title('FedRAMP Bulletin - October 2025'),
    B.p('News and updates for agencies, cloud service providers and assessors. You are receiving this because you subscribed to FedRAMP updates.'),
    B.h1('In this issue'),
    B.bullets(['Rev5 process material moves to "legacy" status', 'Reminder: annual assessment deadlines', 'New automation tooling and OSCAL validation updates', 'Upcoming agency office hours']),
    B.h1('Rev5 process material moves to legacy'),
    B.p('The FedRAMP PMO continues to consolidate its rules. Agencies with systems in continuous monitoring should continue to review monthly deliverables - POA&Ms, vulnerability scans and inventories - as before while the new rules are phased in.'),
    B.h1('Annual assessment reminders'),
    B.p('CSPs should ensure their 3PAO has scheduled the annual assessment, that the SAP is approved by the authorizing agency before testing begins, and that the SAR is delivered in time for the agency to review it before the anniversary of authorization.'),
    B.h1('OSCAL validation'),
    B.p('GSA has published updated constraint sets for validating OSCAL SSPs. CSPs submitting machine-readable packages should validate their files before upload.'),
    B.h1('Office hours'),
    B.p('Agency ISSOs are invited to office hours on the third Thursday of each month. Register on fedramp.gov/events.'),
    B.p('--'),
    B.p('FedRAMP PMO | General Services Administration | To unsubscribe, reply with UNSUBSCRIBE in the subject line.'),
  ];
  return { file: 'pmo-bulletin-oct.txt', expected: 'UNKNOWN', note: 'FedRAMP PMO newsletter saved as text: mentions SAP, SAR and POA&M but is a bulletin, not a deliverable.', data: toText(blocks) };
}

async function bridgeLetter(): Promise<EvalDoc> {
  const blocks: Block[] = [
    B.center('LEDGERLINE SOFTWARE LLC', true, 13),
    B.center('250 West Spring Street, Suite 400, Columbus, OH 43215'),
    B.p(' '),
    B.p('October 2, 2025'),
    B.bold('SOC 2 Type II Bridge Letter'),
    B.p('To our customers and their auditors:'),
    B.p('Ledgerline Software LLC engaged Hartwell & Rowe CPAs to examine the description of the Ledgerline Grants Manager system and the suitability of the design and operating effectiveness of controls relevant to security, availability and confidentiality for the period July 1, 2024 through June 30, 2025 (the "Report Period"). The SOC 2 Type II report was issued on August 14, 2025.'),
    B.p('This letter covers the period from July 1, 2025 through September 30, 2025 (the "Bridge Period"). Management represents that, to the best of its knowledge:'),
    B.bullets(['There have been no material changes to the system or to the controls described in the SOC 2 report during the Bridge Period.', 'Management is not aware of any material control failures or security incidents that would affect the conclusions in the report.', 'The next SOC 2 Type II examination, covering July 1, 2025 through June 30, 2026, is in progress.']),
    B.p('This letter is provided for informational purposes and is not an audit opinion. It should be read together with the SOC 2 Type II report.'),
    B.p('Sincerely,'),
    B.p('Karina Osei, Director of Compliance, Ledgerline Software LLC'),
  ];
  return { file: 'LGM_SOC2_Bridge_Letter.pdf', expected: 'UNKNOWN', note: "Ledgerline's SOC 2 bridge letter: another framework's assurance letter, not a FedRAMP deliverable.", data: await toPdf(blocks, { font: 'Times', size: 11.5, meta: { title: 'Bridge Letter Q3 2025', creator: 'kosei' } }) };
}

async function purchaseOrder(): Promise<EvalDoc> {
  const blocks: Block[] = [
    B.center(AGENCY.toUpperCase(), true),
    B.title('ORDER FOR SUPPLIES OR SERVICES', 16),
    B.table([['Order Number', 'FMRA-25-0913'], ['Date of Order', '09/12/2025'], ['Contract Number', 'GS-35F-0119Y (GSA MAS)'], ['Contractor', `${PW.org}, 411 Main Street, ${PW.city} 83702, UEI PWX3KJ8LM4N5`], ['Ship To / Deliver To', 'FMRA Office of Public Engagement, 1200 Harbor Point Way SW, Washington, DC 20024'], ['Period of Performance', '10/01/2025 - 09/30/2026']]),
    B.table([['Line', 'Description', 'Qty', 'Unit', 'Unit Price', 'Amount'], ['0001', 'Pollen Survey Government Edition - annual subscription, up to 25 administrator seats', '1', 'YR', '$18,400.00', '$18,400.00'], ['0002', 'Onboarding and configuration services', '16', 'HR', '$165.00', '$2,640.00'], ['0003', 'Premium support', '1', 'YR', '$2,000.00', '$2,000.00'], ['', '', '', '', 'TOTAL', '$23,040.00']]),
    B.p('Accounting and appropriation data: 0925-FMRA-OPE-2510-252A. Invoices shall be submitted through the IPP (Invoice Processing Platform).'),
    B.p('Clauses incorporated by reference: FAR 52.212-4; FAR 52.204-21; FMRA cloud security clauses (FedRAMP authorization must be maintained for the period of performance; loss of authorization is grounds for termination).'),
    B.p('Contracting Officer: /s/ Linda Tran, 09/12/2025'),
  ];
  return { file: 'PO-FMRA-25-0913.pdf', expected: 'UNKNOWN', note: "The agency's purchase order for Pollen Survey subscriptions: procurement, not a deliverable.", data: await toPdf(blocks, { font: 'Courier', size: 9.5, meta: { title: 'PO FMRA-25-0913', creator: 'PRISM' }, producer: 'Oracle BI Publisher 12.2.1.4.0', creatorTool: 'Oracle BI Publisher' }) };
}

function fwdEmail(): EvalDoc {
  const body = `Dana,

Forwarding below - looks like the attachments did not come through on my end either. Can you ask Brightwater to re-send through the portal instead of e-mail? Our gateway strips .xlsx files larger than 10 MB.

Thanks,
Ray

-----Original Message-----
From: Tara Delgado <tdelgado@brightwater-data.com>
Sent: Friday, October 10, 2025 4:47 PM
To: FMRA Cloud Security <cloudsec@fmra.gov>
Cc: Owen Mercer <omercer@brightwater-data.com>
Subject: September ConMon deliverables - Brightwater CaseFlow

Hello FMRA team,

Please find attached the CaseFlow continuous monitoring deliverables for September 2025:

  1. POAM (Final_v7.xlsx)
  2. OS, database and web application scan results (Nessus CSV exports)
  3. Updated integrated inventory
  4. Deviation request for one false positive (BDS-DR-2025-09)

Summary: 24 open POAM items (0 High, 11 Moderate, 13 Low); 3 items closed this month; no late items; no significant changes planned for next month.

Let us know if you have any questions. We are available for the monthly ConMon call on October 16.

Best regards,
Tara Delgado
Compliance Manager | Brightwater Data Systems, Inc.
`;
  return {
    file: 'FW_ September ConMon deliverables.eml',
    expected: 'UNKNOWN',
    note: 'Forwarded transmittal e-mail announcing POAM, scans and inventory whose attachments were stripped: the e-mail itself is no deliverable.',
    data: toEml([['From', 'Ray Kowalski <raymond.kowalski@fmra.gov>'], ['To', `${ISSO} <dana.okafor@fmra.gov>`], ['Subject', 'FW: September ConMon deliverables - Brightwater CaseFlow'], ['Date', 'Mon, 13 Oct 2025 08:12:09 -0400'], ['Message-ID', '<BN0PR09MB7712.fmra.gov>'], ['X-MS-Has-Attach', 'no']], body),
  };
}

function kickoffEmail(): EvalDoc {
  const body = `Hi Dana,

Thanks for the quick turnaround on the comments. Confirming the logistics for the KAP 2025 annual assessment:

- Kickoff call: Tuesday, October 21, 2025, 1:00-2:00 PM ET (Teams link to follow)
- Attendees: Ironbridge (Tomas Mendel, Aiko Brandt), Kestrel (Ines Carvalho, Rahul Menon), FMRA (you, Ray)
- We will walk through the draft SAP, the sampling approach and the penetration test rules of engagement, and agree on the test window (tentatively November 3-21).

Could you let us know whether FMRA wants to observe any of the interviews? We will send the final SAP for signature after the kickoff.

Regards,
Tomas

Tomas Mendel | Assessment Lead | Ironbridge Assurance LLC
tmendel@ironbridge-assure.com | 571-555-0134

> On Oct 14, 2025, at 10:03 AM, Dana Okafor <dana.okafor@fmra.gov> wrote:
>
> Tomas - comments on the draft are in the tracker. Please propose a kickoff date.
`;
  return {
    file: 'RE_ Annual assessment kickoff.eml',
    expected: 'UNKNOWN',
    note: "3PAO's scheduling e-mail for Kestrel's annual assessment kickoff; it mentions the SAP but is correspondence.",
    data: toEml([['From', `Tomas Mendel <tmendel@ironbridge-assure.com>`], ['To', `${ISSO} <dana.okafor@fmra.gov>`], ['Cc', 'Ines Carvalho <icarvalho@kestrel.cloud>'], ['Subject', 'RE: KAP annual assessment kickoff'], ['Date', 'Tue, 14 Oct 2025 14:41:55 -0400'], ['Message-ID', `<${IRONBRIDGE.length}.kickoff@ironbridge-assure.com>`]], body),
  };
}

async function issoMemo(): Promise<EvalDoc> {
  const blocks: Block[] = [
    B.center(AGENCY.toUpperCase(), true),
    B.center('Office of the Chief Information Officer - Cloud Security Branch'),
    B.p('MEMORANDUM FOR RECORD'),
    B.p(`FROM: ${ISSO}, ISSO`),
    B.p(`TO: ${AO}, Authorizing Official`),
    B.p('DATE: October 14, 2025'),
    B.p(`SUBJECT: ISSO Review of ${SC.sys} September 2025 Continuous Monitoring Submission`),
    B.h1('1. Deliverables Received'),
    B.table([['Deliverable', 'Received', 'Assessment'], ['POA&M (SCGC POA&M 2025-09.xlsx)', '10/08/2025', 'Complete'], ['OS scan (.nessus)', '10/08/2025', 'Complete, credentialed'], ['Database and web scans', '10/08/2025', 'Complete'], ['Integrated inventory', '10/08/2025', 'Reconciles to scans except 2 hosts'], ['Deviation requests', '10/09/2025', 'One risk adjustment (POAM-0412)']]),
    B.h1('2. Observations'),
    B.bullets(['36 open items: 2 High, 19 Moderate, 15 Low. One High item is 4 days past its 30-day deadline.', 'Two inventory items (hv-use1-029/030) are not in the September OS scan; CSP to explain.', 'The risk adjustment request for POAM-0412 is supported by 3PAO concurrence; I recommend approval with a 90-day deadline.']),
    B.h1('3. Recommendation'),
    B.p('I recommend that FMRA continue to accept the risk of operating SCGC. I will track the late High item and the inventory discrepancy at the October 16 ConMon meeting and report back.'),
    B.p(`/s/ ${ISSO}`),
  ];
  return { file: 'SCGC_POAM_review.docx', expected: 'UNKNOWN', note: "The agency ISSO's review memo of StrataCore's monthly ConMon submission (misleading name): agency paperwork, not a deliverable.", data: await toDocx(blocks, { font: 'Times New Roman', meta: { title: 'MFR', creator: ISSO, company: AGENCY } }) };
}

async function minutes(): Promise<EvalDoc> {
  const blocks: Block[] = [
    B.bold('Meeting Minutes - Monthly ConMon Review / SAR Debrief'),
    B.table([['Date', 'October 7, 2025, 2:00-3:10 PM ET'], ['System', LL.sys], ['Attendees', `FMRA: ${ISSO}, R. Kowalski; Ledgerline: K. Osei, M. Berger; Calloway & Pine: L. Park`], ['Note taker', 'M. Berger']]),
    B.bold('1. Review of action items from September'),
    B.bullets(['AI-0912-1 (Ledgerline): provide evidence for disabling inactive reviewer accounts - CLOSED.', 'AI-0912-2 (FMRA): confirm records schedule for grant files - OPEN, due 10/31.']),
    B.bold('2. SAR debrief (Calloway & Pine)'),
    B.p('L. Park summarized the annual assessment results: no High findings, 10 Moderate and 9 Low. Dana asked about the false positive claimed for the Tomcat finding; Lena confirmed the backport evidence was reviewed. Ledgerline will add all open findings to the October Plan of Actions & Milestones.'),
    B.bold('3. ConMon status'),
    B.p('Scans for September were received on time. Karina noted that a deviation request for three items will be submitted by 10/10. No significant changes planned; the logging vendor change was completed in August.'),
    B.bold('4. New action items'),
    B.table([['ID', 'Action', 'Owner', 'Due'], ['AI-1007-1', 'Submit deviation request for LGM-0403/0409/0411', 'Ledgerline', '10/10/2025'], ['AI-1007-2', 'Send updated PIA with new contact', 'Ledgerline', '10/24/2025'], ['AI-1007-3', 'Schedule AO briefing on SAR results', 'FMRA', '10/20/2025']]),
    B.p('Next meeting: November 4, 2025.'),
  ];
  return { file: 'LGM SAR debrief.docx', expected: 'UNKNOWN', note: 'Minutes of the monthly ConMon call with a SAR debrief (name says SAR): meeting minutes, not a deliverable.', data: await toDocx(blocks, { font: LL.font, headings: 'bold', meta: { title: 'Minutes', creator: 'mberger' } }) };
}

async function questionnaire(): Promise<EvalDoc> {
  const qs: [string, string, string][] = [
    ['1.1', 'Does your organization hold a current FedRAMP authorization for the offered service?', 'Yes - FedRAMP Tailored LI-SaaS, package FR2406033312'],
    ['1.2', 'List all subcontractors or sub-processors with access to agency data.', 'AWS (hosting), Postmark (transactional e-mail)'],
    ['2.1', 'Is any software in the service developed or maintained outside the United States?', 'No'],
    ['2.2', 'Do you maintain a software bill of materials for the service?', 'Yes, CycloneDX, generated at each release'],
    ['3.1', 'Has your organization experienced a data breach in the last 36 months?', 'No'],
    ['3.2', 'Do you carry cyber liability insurance? Provide limits.', 'Yes, $5M aggregate'],
    ['4.1', 'Are any owners or key personnel foreign nationals or is there foreign ownership, control or influence (FOCI)?', 'No'],
    ['4.2', 'Provide the names of all entities owning 10% or more of the company.', 'Founders (3); Sawtooth Ventures LP'],
    ['5.1', 'Describe how you will notify FMRA of a security incident.', 'E-mail and phone to the FMRA SOC within one hour'],
  ];
  const rows: Cell[][] = [['FMRA Third-Party Risk Questionnaire (Cloud Vendors) - v3'], ['Vendor: Pollenware, Inc.', '', 'Completed by: Sam Iverson, CEO', '', 'Date: 09/05/2025'], [], ['#', 'Question', 'Vendor Response', 'FMRA Reviewer Notes'], ...qs.map(([n, q, a]) => [n, q, a, ''])];
  return { file: 'Pollenware_vendor_questionnaire.xlsx', expected: 'UNKNOWN', note: "The agency's third-party risk questionnaire completed by Pollenware: a vendor questionnaire, not an SCRM plan or any deliverable.", data: await toXlsx([{ name: 'Questionnaire', rows, boldRows: [1, 4] }], { creator: 'FMRA Acquisition', lastModifiedBy: 'siverson' }) };
}

async function incidentReport(): Promise<EvalDoc> {
  const blocks: Block[] = [
    B.title('Post-Incident Report: Degraded application performance, October 3, 2025', 18),
    B.center('Ledgerline Grants Manager | Incident LL-INC-2025-0417 | Severity SEV-3 | Status: Resolved'),
    B.h1('Summary'),
    B.p('Between 13:42 and 15:18 ET on October 3, 2025, applicants experienced timeouts when uploading attachments larger than 20 MB. The cause was exhaustion of the connection pool on the document-processing workers after a configuration change. No Federal data was lost or exposed, and no security controls were bypassed.'),
    B.h1('Timeline (ET)'),
    B.table([['Time', 'Event'], ['13:42', 'Synthetic monitor alerts on upload latency'], ['13:55', 'On-call SRE acknowledges; incident declared SEV-3'], ['14:20', 'Root cause identified: pool size reduced by change CHG-5521'], ['15:05', 'Change rolled back'], ['15:18', 'Service fully restored; monitoring normal']]),
    B.h1('Root Cause'),
    B.p('A normal change intended to reduce database connections lowered the worker connection pool from 64 to 8. The change passed automated tests, which do not exercise large uploads.'),
    B.h1('Corrective Actions'),
    B.bullets(['Add a large-upload scenario to the pre-production load test (owner: SRE, due 10/31).', 'Require capacity review for connection-pool changes in the CCB checklist (owner: Release Management, due 10/17).']),
    B.h1('Customer Impact and Notification'),
    B.p('Agency customers were informed through the status page at 14:02 ET. As no security incident occurred, US-CERT notification was not required.'),
  ];
  return { file: 'LGM-incident-report-2025-10-03.pdf', expected: 'UNKNOWN', note: "Ledgerline's post-incident (outage) report: a single event's report, not an incident response plan.", data: await toPdf(blocks, { font: 'Helvetica', meta: { title: 'LL-INC-2025-0417 PIR', creator: 'sre-oncall' }, producer: 'Confluence PDF export', creatorTool: 'Atlassian Confluence' }) };
}

function changelog(): EvalDoc {
  const blocks: Block[] = [
    B.title('Kestrel Application Platform - Release Notes'),
    B.p('All notable changes to KAP (Government Region) are documented here. Dates are deployment dates to us-gov-west-1.'),
    B.h1('2025.3.2 - 2025-10-09'),
    B.bullets(['Fixed: `kap logs --follow` dropped lines under heavy load.', 'Security: updated base images to address CVE-2024-5535 (OpenSSL).', 'Changed: default session timeout for new orgs lowered to 15 minutes.']),
    B.h1('2025.3.1 - 2025-09-18'),
    B.bullets(['Added: `kap audit export --format ocsf`.', 'Added: customer-managed key rotation schedule in the console.', 'Fixed: route propagation delay after scaling events.']),
    B.h1('2025.3.0 - 2025-08-28'),
    B.bullets(['Added: Node.js 22 buildpack.', 'Deprecated: Python 3.8 buildpack (removal in 2026.1).', 'Changed: egress policy UI redesigned.']),
    B.h1('2025.2.4 - 2025-07-30'),
    B.bullets(['Security: rotated internal service certificates.', 'Fixed: autoscaler ignored min instances after restart.']),
    B.p('Questions? support-gov@kestrel.cloud'),
  ];
  return { file: 'CHANGELOG.md', expected: 'UNKNOWN', note: "Kestrel's platform release notes: routine changes, not a significant change request or CM plan.", data: toMarkdown(blocks) };
}

async function isoCert(): Promise<EvalDoc> {
  const blocks: Block[] = [
    B.p(' '),
    B.title('CERTIFICATE', 30),
    B.center('This is to certify that the Information Security Management System of', false, 12),
    B.center(KC.org.toUpperCase(), true, 16),
    B.center(`1100 Northup Way, ${KC.city}, USA`, false, 11),
    B.center('has been assessed and found to conform to the requirements of', false, 12),
    B.center('ISO/IEC 27001:2022', true, 18),
    B.center('and the controls of ISO/IEC 27017:2015 and ISO/IEC 27018:2019', false, 11),
    B.p(' '),
    B.center('Scope: The design, development, operation and support of the Kestrel Application Platform and associated customer support services, in accordance with Statement of Applicability version 7 dated 2025-04-02.', false, 10.5),
    B.p(' '),
    B.table([['Certificate Number', 'Initial Certification', 'Issue Date', 'Expiry Date'], ['IS 771204', '2019-06-11', '2025-06-20', '2028-06-10']]),
    B.p(' '),
    B.center('For and on behalf of Northstar Certification Services Ltd. (UKAS accredited, No. 0812)', false, 10),
    B.center('Validity of this certificate can be verified at verify.northstar-cert.example', false, 9),
  ];
  return { file: 'KC_ISO27001_certificate.pdf', expected: 'UNKNOWN', note: "Kestrel's ISO/IEC 27001 certificate: another framework's certificate, not a FedRAMP deliverable.", data: await toPdf(blocks, { font: 'Times', meta: null, producer: 'GPL Ghostscript 10.02.1', creatorTool: 'PScript5.dll Version 5.2.2' }) };
}

export async function otherDocs(): Promise<EvalDoc[]> {
  rng = new Rng(0x0dd5);
  const out: EvalDoc[] = [];
  for (const b of [marketplace, brochure, pciMatrix, directive, isaMou, dua, pmoBulletin, bridgeLetter, purchaseOrder, fwdEmail, kickoffEmail, issoMemo, minutes, questionnaire, incidentReport, changelog, isoCert]) out.push(await b());
  return out;
}

