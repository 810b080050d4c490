/** Look-alike archive documents that are none of the FedRAMP deliverables (all UNKNOWN). */
import { type Block, rng, p, bold, table, h1, h2 } from './kit.js';
import { emit, DISTILLER, DISTILLER7 } from './emit.js';
import { type Doc, CSP, SYS, revisionHistory, approvals, distribution, paras, sections } from './front.js';

async function decomMemo(): Promise<Doc> {
  const r = rng(4801);
  const pool = [
    'The legacy Exchange 2003 mail relay (MAILRLY01) and the Solaris 8 file server FS01 reached end of support and are being retired.',
    'All shares on FS01 were copied to FS02 during the first migration; the copy was verified with checksums and the migration manifest.',
    'Hard drives will be sanitized with a three-pass overwrite and then physically destroyed by the certified disposal vendor.',
    'DNS records, firewall rules and monitoring checks referencing the retired hosts will be removed in the same change window.',
    'Owners of records still held only on FS01 must contact Records Management before the cutover date.',
    'The hardware will be removed from the rack and recorded in the hardware disposal log.',
  ];
  const blocks: Block[] = [
    bold('MEMORANDUM', 16),
    p('TO: IT Operations; Records Management; Facilities\nFROM: Infrastructure Manager\nDATE: 14 October 2013\nSUBJECT: Decommissioning of legacy file server FS01 and mail relay MAILRLY01'),
    ...paras(r, pool, 4),
    h2('Schedule'),
    table([['Step', 'Date', 'Owner'], ['Final backup', '21 Oct 2013', 'Backup team'], ['Power down', '28 Oct 2013', 'Ops'], ['Sanitization', '04 Nov 2013', 'Disposal vendor'], ['Certificate of destruction filed', '15 Nov 2013', 'Records Mgmt']]),
    p('Questions to the infrastructure manager. This memo does not change any system security documentation.'),
  ];
  return { file: 'FS01_decom_memo.docx', expected: 'UNKNOWN', note: 'Internal memo decommissioning a legacy file server and mail relay; not a FedRAMP deliverable (not a change request form).', data: await emit(blocks, { fmt: 'docx', flavor: 'word2007', props: { title: 'Memo', creator: 'infra' } }) };
}

async function internalAudit(): Promise<Doc> {
  const r = rng(4802);
  const pool = [
    'Internal Audit performed a review of the information security program against NIST SP 800-53 Revision 3 as part of the 2010 annual audit plan.',
    'The review was performed by the corporate internal audit department and is intended for the Audit Committee of the Board of Directors.',
    'We noted that user access reviews for the finance application were not evidenced for two of four quarters.',
    'Management has agreed to implement a quarterly attestation process by the end of Q2 2011.',
    'The overall rating for the area reviewed is Needs Improvement.',
    'This report is not an assessment by an independent third party and does not express an opinion on any system authorization.',
    'Observations are rated High, Medium or Low based on the internal audit rating scale in Appendix 1.',
  ];
  const blocks: Block[] = [
    bold('CORPORATE INTERNAL AUDIT', 12),
    bold('Internal Audit Report IA-2010-14: Information Security Governance Review', 14),
    p(`${CSP} - Report to the Audit Committee - January 2011`),
    ...distribution(['Chief Executive Officer', 'Chief Financial Officer', 'Audit Committee Chair', 'CIO']),
    ...sections(r, ['Executive Summary', 'Background', 'Audit Objectives and Scope', 'Observations and Management Action Plans', 'Overall Rating'], pool, 2),
  ];
  return { file: 'IA-2010-14.pdf', expected: 'UNKNOWN', note: 'Rev 3-era corporate internal audit report to the Audit Committee; not a 3PAO SAR nor any FedRAMP deliverable.', data: await emit(blocks, { fmt: 'pdf', producer: DISTILLER, title: 'Microsoft Word - IA-2010-14 final.doc', version: '1.3' }) };
}

async function datasheet(): Promise<Doc> {
  const blocks: Block[] = [
    bold('HALVORSEN VAULTLINE 200', 22, true),
    bold('Managed Tape Vaulting Service - Product Datasheet', 12, true),
    p('END OF LIFE NOTICE: VaultLine 200 was retired on 30 June 2012 and replaced by HGHP Backup.'),
    p('VaultLine 200 provides off-site tape rotation, climate-controlled storage and 4-hour media retrieval within the Washington metropolitan area.'),
    table([['Feature', 'VaultLine 200'], ['Media supported', 'LTO-3, LTO-4, DLT'], ['Retrieval SLA', '4 hours (standard), 2 hours (priority)'], ['Encryption', 'Customer-managed (AES-256 on LTO-4)'], ['Chain of custody', 'Barcode scanning at every hand-off'], ['Pricing', 'Per slot per month']]),
    p('Ask your account executive about migrating to HGHP Backup, our FedRAMP-ready cloud backup service.'),
    p('(c) 2009 Halvorsen Data Services, Inc. All rights reserved. Specifications subject to change without notice.'),
  ];
  return { file: 'VL200_datasheet.pdf', expected: 'UNKNOWN', note: 'Marketing datasheet of a retired tape vaulting product; not a deliverable.', data: await emit(blocks, { fmt: 'pdf', producer: 'Adobe PDF Library 8.0', creator: 'Adobe InDesign CS3 (5.0.4)', title: 'VL200 datasheet', version: '1.4' }) };
}

async function newsletter(): Promise<Doc> {
  const blocks: Block[] = [
    { kind: 'h', level: 1, text: 'Halvorsen Customer Connection - Spring 2012 Newsletter' },
    p('In this issue: our FedRAMP journey, new Denver data center, customer spotlight, and holiday support hours.'),
    { kind: 'h', level: 2, text: 'Our FedRAMP journey' },
    p(`We are pleased to share that our ${SYS} has completed its independent security assessment and our System Security Plan has been reviewed by our sponsoring agency. Over the coming months we will publish updates as our package moves through the authorization process. Customers do not need to take any action.`),
    { kind: 'h', level: 2, text: 'New Denver data center' },
    p('Our second data center in Denver opened in March with 2,000 square feet of raised floor and N+1 cooling. It serves as the alternate processing site for HGHP.'),
    { kind: 'h', level: 2, text: 'Customer spotlight' },
    p('A county government migrated 140 virtual servers to our platform in six weeks. "The migration was painless," said their IT director.'),
    { kind: 'h', level: 2, text: 'Support hours' },
    p('Our service desk remains available 24x7x365. To unsubscribe from this newsletter, reply with REMOVE in the subject line.'),
  ];
  return { file: 'SSP_update.txt', expected: 'UNKNOWN', note: 'Plain-text customer newsletter that mentions the SSP and assessment in passing; misleading file name, not a deliverable.', data: await emit(blocks, { fmt: 'txt' }) };
}

async function orgChart(): Promise<Doc> {
  const blocks: Block[] = [
    bold('Organization Chart - Information Technology Division (SUPERSEDED)', 14),
    p('Superseded by the March 2015 reorganization. Retained for records purposes only.'),
    h1('Chief Information Officer'),
    p('Reports to the Chief Operating Officer. Direct reports: Director of Infrastructure, Director of Security and Compliance, Director of Applications, Manager of Records and Information Management.'),
    h1('Director of Security and Compliance'),
    p('Direct reports: Information System Security Officer (HGHP), Security Operations Center Manager (6 analysts), Compliance Analyst (2).'),
    h1('Director of Infrastructure'),
    p('Direct reports: Data Center Manager (Ashburn), Data Center Manager (Denver), Network Engineering Lead, Storage and Backup Lead.'),
    h1('Manager of Records and Information Management'),
    p('Direct reports: Records Analyst (2), Imaging Technician. Responsible for the file plan, retention schedule and compliance archive.'),
    table([['Position', 'Incumbent (2013)', 'Location'], ['CIO', 'G. Halvorsen', 'Arlington'], ['Dir. Security & Compliance', 'S. Whitcombe', 'Arlington'], ['ISSO', 'D. Lindqvist', 'Ashburn'], ['Records Manager', 'J. Abernathy', 'Arlington']]),
  ];
  return { file: 'Untitled 1.docx', expected: 'UNKNOWN', note: 'Superseded IT division org chart description converted by LibreOffice; not a deliverable.', data: await emit(blocks, { fmt: 'docx', flavor: 'libreoffice', props: { title: 'Untitled 1' } }) };
}

async function contract(): Promise<Doc> {
  const r = rng(4806);
  const pool = [
    'Vendor shall provide the Services described in each Statement of Work executed under this Agreement.',
    'Fees are payable within thirty (30) days of receipt of a correct invoice.',
    'Each party shall protect the Confidential Information of the other party with at least the same degree of care it uses for its own.',
    'Vendor shall maintain commercial general liability insurance of not less than $2,000,000 per occurrence.',
    'This Agreement shall be governed by the laws of the Commonwealth of Virginia.',
    'Either party may terminate this Agreement for convenience upon ninety (90) days written notice.',
    'Vendor shall notify Customer of any security breach affecting Customer data within twenty-four (24) hours.',
    'Neither party shall be liable for indirect, incidental or consequential damages.',
  ];
  const heads = ['Definitions', 'Services', 'Fees and Payment', 'Term and Termination', 'Confidentiality', 'Data Security', 'Warranties', 'Limitation of Liability', 'Insurance', 'General'];
  const blocks: Block[] = [
    bold('MASTER SERVICES AGREEMENT', 18, true),
    p(`This Master Services Agreement ("Agreement") is entered into as of June 1, 2008 by and between ${CSP} ("Customer") and Ironbridge Media Destruction LLC ("Vendor").`),
    ...sections(r, heads, pool, 1),
    p('IN WITNESS WHEREOF, the parties have executed this Agreement as of the Effective Date.'),
    ...approvals([['G. Halvorsen', `CEO, ${CSP}`], ['L. Ferraro', 'President, Ironbridge Media Destruction LLC']]),
  ];
  return { file: 'Ironbridge MSA 2008 - ARCHIVED.docx', expected: 'UNKNOWN', note: 'Archived master services agreement with a media destruction vendor; a contract, not a deliverable.', data: await emit(blocks, { fmt: 'docx', flavor: 'word2007', props: { title: 'MSA', creator: 'legal' } }) };
}

function shareIndex(): Doc {
  const files = [
    ['FedRAMP\\2011\\SSP\\SSP_v2.doc', '2,184,704', '03/14/2011 09:26'],
    ['FedRAMP\\2011\\SSP\\COPYOF~1.DOC', '2,180,096', '03/15/2011 11:02'],
    ['FedRAMP\\2011\\SAP\\SAP_Final_v7.doc', '884,224', '04/28/2011 16:40'],
    ['FedRAMP\\2011\\SAR\\Security Assessment Report FINAL.pdf', '3,911,227', '06/30/2011 08:15'],
    ['FedRAMP\\2011\\POAM\\POAM_2011-07.xls', '141,312', '07/31/2011 17:55'],
    ['FedRAMP\\2011\\ATO\\ltr-2011-0819.pdf', '212,430', '08/19/2011 13:01'],
    ['FedRAMP\\2012\\ConMon\\scans\\HGHP_Jan2012.nessus', '18,233,119', '02/02/2012 06:00'],
    ['FedRAMP\\2012\\ConMon\\inventory\\Inventory_Jan2012.xls', '96,768', '02/03/2012 10:12'],
    ['Records\\FilePlan\\File Plan 2010.xls', '64,512', '01/10/2010 09:00'],
    ['Records\\Disposal\\Disposal Log.xls', '52,224', '11/15/2013 15:30'],
  ];
  const lines = [
    'Directory listing of \\\\FS02\\compliance  (exported for migration audit, 2014-06-27)',
    'Volume in drive \\\\FS02\\compliance is COMPLIANCE   Volume Serial Number is 3C1A-77E2',
    '',
    ...files.map(([f, s, d]) => `${d ?? ""}    ${(s ?? "").padStart(12)}  ${f ?? ""}`),
    '',
    `          ${files.length} File(s)     26,929,577 bytes`,
    '',
    'Note: this index was produced with "dir /s /-c > index.txt" and is kept with the migration manifest. It lists file names only; the documents themselves are held in the records system.',
  ];
  return { file: 'index.txt', expected: 'UNKNOWN', note: 'Directory listing of the compliance share naming SSP, SAP, SAR and POA&M files; an index, not any of those documents.', data: lines.join('\r\n') + '\r\n' };
}

async function soc2(): Promise<Doc> {
  const r = rng(4809);
  const pool = [
    'We have examined the description of Halvorsen Data Services colocation and managed hosting system throughout the period October 1, 2010 to September 30, 2011.',
    'The description was prepared based on the criteria for a description of a service organization system set forth in AICPA Trust Services Principles and Criteria.',
    'In our opinion, in all material respects, the controls stated in the description were suitably designed and operated effectively to meet the criteria for security and availability.',
    'This report is intended solely for the information and use of the service organization and user entities, and is not intended to be used by anyone other than these specified parties.',
    'Complementary user entity controls are listed in Section 4 and should be considered by user entities.',
    'Tests of operating effectiveness consisted of inquiry, observation, inspection and reperformance.',
  ];
  const blocks: Block[] = [
    bold('REPORT ON CONTROLS AT A SERVICE ORGANIZATION RELEVANT TO SECURITY AND AVAILABILITY (SOC 2 TYPE II)', 13, true),
    p(`${CSP} - Colocation and Managed Hosting System - For the period October 1, 2010 to September 30, 2011`),
    bold('Section 1 - Independent Service Auditor\'s Report'),
    ...paras(r, pool, 3),
    bold('Section 2 - Management\'s Assertion'),
    ...paras(r, pool, 2),
    bold('Section 4 - Trust Services Criteria, Related Controls and Tests of Controls'),
    table([['Criteria', 'Control', 'Test', 'Result'], ['CC6.1', 'Logical access requires unique IDs', 'Inspected access listing', 'No exceptions noted'], ['A1.2', 'Backups performed daily', 'Inspected backup logs for a sample of 25 days', 'No exceptions noted']]),
  ];
  return { file: 'SAR_2011.pdf', expected: 'UNKNOWN', note: 'SOC 2 Type II service auditor report (AICPA); not a FedRAMP SAR despite the file name.', data: await emit(blocks, { fmt: 'pdf', producer: DISTILLER7, title: 'SOC 2 Type II Report FY2011', version: '1.4' }) };
}

async function isoCert(): Promise<Doc> {
  const blocks: Block[] = [
    bold('CERTIFICATE OF REGISTRATION', 20, true),
    p('This is to certify that the Information Security Management System of', ),
    bold(CSP, 14, true),
    p('1400 Wilson Blvd, Arlington, VA 22209, USA and data centers in Ashburn, VA and Denver, CO'),
    p('has been assessed and registered as conforming to the requirements of ISO/IEC 27001:2005 for the following scope: the provision of colocation, managed hosting and cloud infrastructure services, in accordance with the Statement of Applicability version 3 dated 12 January 2012.'),
    p('Certificate No. IS 588214    Original registration date: 20 February 2012    Expiry date: 19 February 2015'),
    p('Signed on behalf of the certification body: ______________________  Managing Director'),
    p('This certificate remains the property of the certification body and is subject to the terms and conditions of contract. Validity may be verified at the certification body website.'),
  ];
  return { file: 'cert.pdf', expected: 'UNKNOWN', note: 'ISO/IEC 27001 certificate of registration; another framework, not a deliverable.', data: await emit(blocks, { fmt: 'pdf', producer: 'Acrobat Distiller 8.1.0 (Windows)', version: '1.4' }) };
}

async function cabMinutes(): Promise<Doc> {
  const blocks: Block[] = [
    bold('Change Advisory Board - Meeting Minutes', 14),
    p('Date: 12 March 2013, 10:00-11:00    Location: Arlington Conf Rm B / bridge line\nAttendees: P. Restrepo (chair), D. Lindqvist, S. Whitcombe, M. Tran, N. Pereira\nApologies: K. Halvorsen'),
    h2('1. Review of previous actions'),
    p('Action 2013-09 (update jump host image) closed. Action 2013-11 (review backup retention) carried over.'),
    h2('2. Changes reviewed'),
    table([['CR #', 'Title', 'Risk', 'Decision'], ['CR-1304', 'Apply Oracle January CPU to DB cluster', 'Low', 'Approved'], ['CR-1307', 'Replace hypervisor cluster (see significant change request)', 'High', 'Deferred pending AO approval'], ['CR-1311', 'Update NTP servers', 'Low', 'Approved']]),
    h2('3. Any other business'),
    p('The ISSO reminded the board that changes to the authorization boundary must be submitted to the agency as significant change requests before implementation. Next meeting 19 March 2013.'),
    p('Minutes recorded by M. Tran.'),
  ];
  return { file: 'CAB minutes 2013-03-12.docx', expected: 'UNKNOWN', note: 'Change advisory board meeting minutes that mention a significant change request; minutes are not a deliverable.', data: await emit(blocks, { fmt: 'docx', flavor: 'word2010compat', props: { title: 'Minutes', creator: 'mtran' } }) };
}

async function jobDesc(): Promise<Doc> {
  const blocks: Block[] = [
    { kind: 'h', level: 1, text: 'Position Description: Information System Security Officer (ISSO)' },
    p('**Department:** Security and Compliance  **Reports to:** Director of Security and Compliance  **Grade:** IT-5  **Location:** Ashburn, VA'),
    { kind: 'h', level: 2, text: 'Summary' },
    p('The ISSO maintains the security authorization of the HGHP platform, coordinates assessments with the third-party assessment organization and prepares continuous monitoring deliverables for the sponsoring agency.'),
    { kind: 'h', level: 2, text: 'Duties' },
    p('- Maintain the System Security Plan and its attachments\n- Coordinate the annual assessment with the 3PAO\n- Track POA&M items to closure and submit monthly scan results and inventory\n- Prepare significant change requests and deviation requests\n- Advise the system owner on security risks'),
    { kind: 'h', level: 2, text: 'Qualifications' },
    p('Bachelor degree or equivalent experience; 5+ years in information assurance; CISSP or CISM; working knowledge of NIST SP 800-53 and FedRAMP; ability to obtain a Public Trust clearance.'),
    p('Halvorsen Data Services is an equal opportunity employer.'),
  ];
  return { file: 'ISSO_JD_2012.md', expected: 'UNKNOWN', note: 'Job description for an ISSO listing FedRAMP deliverables as duties; an HR document, not a deliverable.', data: await emit(blocks, { fmt: 'md' }) };
}

async function trainingNotes(): Promise<Doc> {
  const blocks: Block[] = [
    p('Speaker notes - Annual Security Awareness Training 2012 (slides 1-14)'),
    p('Slide 1: Welcome. Training takes about 40 minutes. Completion is tracked in the LMS and is required for continued system access.'),
    p('Slide 3: Phishing. Show the fake invoice example. Ask the room how many clues they see. Remind them to use the Report Phish button.'),
    p('Slide 5: Passwords. Minimum 12 characters, no reuse of last 24. Tokens are personal - never share them.'),
    p('Slide 7: Clean desk. Lock screens (Windows+L). Shred printed customer data in the blue bins.'),
    p('Slide 9: Incidents. Call the SOC at x4400. Better to report something that turns out to be nothing.'),
    p('Slide 11: Rules of behavior. Remind staff they signed the rules of behavior at onboarding; the full text is on the intranet, not in this deck.'),
    p('Slide 14: Quiz. 10 questions, pass mark 80%. Thank everyone.'),
  ];
  return { file: 'awareness_2012_notes.txt', expected: 'UNKNOWN', note: 'Speaker notes of a security awareness training deck; not a deliverable.', data: await emit(blocks, { fmt: 'txt' }) };
}

async function pentestRoe(): Promise<Doc> {
  const r = rng(4814);
  const blocks: Block[] = [
    bold('Rules of Engagement - Corporate Network Penetration Test (PCI DSS 11.3)', 14),
    p(`Between ${CSP} (corporate IT, cardholder data environment) and Redline Security Consulting. Out of scope: the HGHP FedRAMP boundary.`),
    ...revisionHistory(r, 2, 2013),
    h2('Scope'),
    p('In scope: corporate payment network 10.20.0.0/16 and the e-commerce web site. Testing is performed to satisfy PCI DSS requirement 11.3 for the corporate billing environment.'),
    h2('Testing window and contacts'),
    table([['Item', 'Value'], ['Window', '5-9 August 2013, 20:00-04:00 ET'], ['Tester source IP', '203.0.113.50'], ['Emergency stop', 'Corporate NOC x4400']]),
    h2('Authorization'),
    p('By signing, the corporate CIO authorizes Redline to perform the tests above. Findings will be reported in a penetration test report to the PCI compliance manager.'),
    ...approvals([['G. Halvorsen', 'CIO'], ['R. Ames', 'Redline Security Consulting']]),
  ];
  return { file: 'Final_v3.docx', expected: 'UNKNOWN', note: 'Rules-of-engagement memo for a PCI DSS corporate network pentest outside the FedRAMP boundary; not a SAP.', data: await emit(blocks, { fmt: 'docx', flavor: 'word2007', props: { title: 'ROE', creator: 'pci' } }) };
}

export async function unknownProseDocs(): Promise<Doc[]> {
  return Promise.all([decomMemo(), internalAudit(), datasheet(), newsletter(), orgChart(), contract(), Promise.resolve(shareIndex()), soc2(), isoCert(), cabMinutes(), jobDesc(), trainingNotes(), pentestRoe()]);
}

