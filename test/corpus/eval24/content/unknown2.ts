import { writeDocx } from '../kit/docx.js';
import { writePdf } from '../kit/pdf.js';
import { writeXlsx } from '../kit/xlsx.js';
import type { Cell } from '../kit/xlsx.js';
import { prose } from '../kit/build.js';
import { bold, bullets, center, p, table, toMarkdown } from '../kit/model.js';
import type { ProseDoc } from '../kit/model.js';
import { ORG, rng } from '../kit/prose.js';
import type { DocSpec } from '../kit/spec.js';
import { csv } from './sheets.js';

const paper = prose({
  seed: 91,
  lead: [center('Compliance as Infrastructure: Lessons from a FedRAMP Moderate Authorization of an Academic Research Cloud', true), center('Miriam K. Okafor, Daniel S. Ishikawa, and Wei-Lin Chao'), center('Allegheny Ridge University, Millbrook, PA, USA'), bold('Abstract'), p('Universities increasingly operate cloud platforms for federally funded research, and federal sponsors increasingly expect those platforms to meet FedRAMP. We report on the twenty-two months it took a mid-sized research university to obtain a FedRAMP Moderate agency authorization for its OpenStack-based research cloud. We quantify the documentation effort (the System Security Plan alone grew to 612 pages), the staffing cost, and the operational burden of continuous monitoring, and we analyze the 26 findings of the independent assessment. We argue that compliance artifacts should be treated as infrastructure: generated from configuration, versioned, and tested. Keywords: FedRAMP, research computing, compliance automation, OSCAL.')],
  meta: { title: 'Compliance as Infrastructure', creator: 'Okafor et al.', subject: 'PEARC 2025' },
  header: 'PEARC \'25, July 20-24, 2025, Columbus, OH',
  sections: [
    { h: '1 Introduction', s: [['Research computing centers have historically optimized for throughput and openness [1]. The arrival of federal security mandates for sponsored research, notably the NIH Security Best Practices for Controlled-Access Data [2] and the requirement by some agencies that externally hosted systems be FedRAMP authorized [3], changes that calculus.', 'In this paper we describe our experience and offer three contributions: an effort model, an analysis of assessment findings, and an open-source toolchain that generates OSCAL artifacts from our configuration repository.']] },
    { h: '2 Background', s: [['FedRAMP authorizations follow the NIST Risk Management Framework [4]. A cloud service provider writes a System Security Plan (SSP) with some fifteen attachments; an accredited third-party assessment organization (3PAO) writes a Security Assessment Plan (SAP), tests the controls, and reports in a Security Assessment Report (SAR); the provider then tracks open findings in a Plan of Action and Milestones (POA&M). An agency authorizing official issues an Authority to Operate (ATO).']] },
    { h: '3 Methodology', s: [['We reconstructed effort from time-tracking records of 14 staff over 22 months and coded each assessment finding by control family, root cause and remediation time.']] },
    { h: '4 Results', extra: [table([['Phase', 'Person-months', 'Share'], ['Readiness and gap analysis', '9.5', '14%'], ['Documentation (SSP and attachments)', '27.0', '40%'], ['Remediation', '18.5', '27%'], ['Assessment support', '7.0', '10%'], ['Continuous monitoring (first 6 months)', '6.0', '9%']], 'Table 3: Effort by phase (person-months)')], s: [['Documentation dominated the effort. Of the 26 findings, 11 arose from documentation inconsistencies rather than technical weaknesses, a pattern also noted by [5].']] },
    { h: '5 Discussion', s: [['Treating the SSP as generated output from infrastructure code reduced the time to update it after a change from days to hours. However, the narrative sections still require expert authorship.']] },
    { h: '6 Conclusion', s: [['Academic clouds can achieve FedRAMP Moderate, but institutions should budget for sustained compliance staffing.']] },
    { h: 'Acknowledgments', s: [['This work was supported in part by the National Science Foundation under award OAC-2201457 and by NIBDS contract 75N97024C00031. Any opinions are those of the authors.']] },
    { h: 'References', extra: [p('[1] C. Stewart et al. Return on investment for research cyberinfrastructure. PEARC 2019. [2] NIH. NOT-OD-24-157, Implementation Update: Security Best Practices. 2024. [3] GSA. FedRAMP Authorization Act, 2022. [4] NIST SP 800-37 Rev. 2. 2018. [5] J. Rivera and P. Chen. Why audits fail: documentation drift in regulated clouds. IEEE S&P Workshops, 2023.')] },
  ],
});

const poster = `PEARC'25 Poster Abstract (submitted 2025-03-01)

Title: From 612 Pages to a Pipeline: Generating FedRAMP OSCAL Artifacts from Research-Cloud Configuration

Authors: Wei-Lin Chao (graduate student), Miriam K. Okafor, Daniel S. Ishikawa - Allegheny Ridge University

Abstract (250 words max):
Research computing centers seeking FedRAMP authorization spend most of their effort writing and maintaining documents: a System Security Plan, its attachments, and monthly continuous-monitoring deliverables. We present a prototype that generates OSCAL component definitions and SSP fragments directly from the Ansible inventory and Terraform state of an OpenStack research cloud. The prototype extracts 214 of 323 Moderate-baseline implementation statements' technical parameters automatically, flags drift between documented and deployed configuration nightly, and emits an inventory in the FedRAMP workbook layout. In a three-month trial, the time to update documentation after an infrastructure change fell from a median of 3.5 days to 40 minutes. We discuss limitations, notably the narrative content that auditors expect and the difficulty of mapping shared responsibilities. The poster will show the architecture, the mapping approach, and lessons for other campuses.

Poster category: Systems and System Software
Student poster: yes
Funding: NSF OAC-2201457
`;

const syllabus = prose({
  seed: 92,
  lead: [center('CYBR 6420: Security Compliance and Authorization of Cloud Systems', true), center('Spring 2025 - 3 credits - Tuesdays and Thursdays 2:00-3:15 p.m., Hammond 214'), p('Instructor: Dr. Miriam K. Okafor (adjunct), Office hours Thursday 3:30-4:30 p.m. or by appointment. Teaching assistant: Wei-Lin Chao.')],
  meta: { title: 'CYBR6420 Syllabus S25', creator: 'M. Okafor' },
  header: 'CYBR 6420 Syllabus - Spring 2025',
  sections: [
    { h: 'Course Description', s: [['This graduate course examines how cloud systems are assessed and authorized for government use. Students learn the NIST Risk Management Framework, FedRAMP, StateRAMP, CMMC and ISO/IEC 27001, and practice writing and reviewing compliance artifacts.']] },
    { h: 'Learning Outcomes', extra: [bullets('Explain the roles of CSPs, 3PAOs, agencies and the FedRAMP PMO.', 'Write control implementation statements for a fictional system.', 'Critique a sample security assessment report.', 'Build a plan of action and milestones from scan output.')] },
    { h: 'Weekly Schedule', extra: [table([['Week', 'Topic', 'Reading', 'Due'], ['1', 'Why compliance? Risk and trust', 'NIST SP 800-37 ch. 1-2', ''], ['2', 'Categorization with FIPS 199', 'FIPS 199; SP 800-60', 'Quiz 1'], ['3-4', 'Writing the System Security Plan', 'FedRAMP SSP template', 'Lab 1'], ['5', 'Assessment planning (SAP)', 'SP 800-53A', ''], ['6', 'Vulnerability scanning lab', 'Nessus documentation', 'Lab 2'], ['7', 'The SAR and the POA&M', 'FedRAMP SAR template', 'Midterm'], ['8', 'Continuous monitoring', 'FedRAMP ConMon guide', ''], ['9-10', 'CMMC and SP 800-171', 'SP 800-171r3', 'Lab 3'], ['11', 'OSCAL and automation', 'NIST OSCAL docs', ''], ['12-14', 'Team project presentations', '', 'Final project']], 'Table 1: Course schedule')] },
    { h: 'Grading', extra: [table([['Component', 'Weight'], ['Labs (3)', '30%'], ['Quizzes', '10%'], ['Midterm', '20%'], ['Team project', '30%'], ['Participation', '10%']])] },
    { h: 'Academic Integrity', s: [['Students are expected to follow the University Code of Academic Integrity. Use of generative AI is permitted for brainstorming but not for graded writing unless the assignment says otherwise.']] },
    { h: 'Accommodations', s: [['Students with disabilities should contact Student Disability Resources to arrange accommodations.']] },
  ],
});

const thesis = prose({
  seed: 93,
  lead: [center('Chapter 3', true), center('The FedRAMP Authorization Process as an Institutional Problem', true), p('This chapter is part of the doctoral dissertation "Governing Shared Cyberinfrastructure: Security Compliance in American Research Universities" submitted by Wei-Lin Chao to the Graduate School of Allegheny Ridge University in partial fulfillment of the requirements for the degree of Doctor of Philosophy in Information Sciences and Technology.')],
  meta: { title: 'Chao_Dissertation_Ch3', creator: 'Wei-Lin Chao' },
  header: 'Chapter 3. The FedRAMP Authorization Process as an Institutional Problem',
  sections: [
    { h: '3.1 Introduction', s: [['Chapter 2 described the history of research cyberinfrastructure funding. This chapter turns to the authorization process itself and asks how an institution organized around faculty autonomy responds to a regime designed for commercial vendors.', 'I draw on 31 semi-structured interviews with staff and faculty and on document analysis of the authorization package of one university research cloud, anonymized here as Site A.']] },
    { h: '3.2 The Agency Authorization Path', s: [['In the agency path, a cloud service provider partners with a sponsoring agency, writes a System Security Plan, and engages a third-party assessor who plans the assessment in a Security Assessment Plan and reports in a Security Assessment Report. The provider then develops a Plan of Action and Milestones, and the agency decides whether to issue an Authority to Operate [Chao 2023, p. 14].', 'Interviewees described the SSP as "a book nobody reads except the assessor" (Interview 7) and the monthly POA&M as "the real document" (Interview 19).']] },
    { h: '3.3 Compliance Work as Invisible Labor', s: [['Following Star and Strauss (1999), I treat compliance documentation as a form of articulation work. Staff at Site A reported spending between 20 and 60 percent of their time on documentation during the authorization year.']], extra: [table([['Role', 'Interviews', 'Median share of time on compliance'], ['Security staff', '6', '55%'], ['Systems engineers', '11', '25%'], ['Research facilitators', '5', '10%'], ['Faculty', '9', '2%']], 'Table 3.1: Interviewees and reported compliance effort')] },
    { h: '3.4 Discussion', s: [['The findings suggest that the authorization process reshapes the professional identity of research computing staff, moving them from enablers of science toward stewards of risk.']] },
    { h: '3.5 Summary', s: [['This chapter has shown that FedRAMP compliance is experienced at Site A as an institutional rather than technical problem. Chapter 4 examines how faculty perceive the resulting constraints.']] },
  ],
});

const riskRows: Cell[][] = [
  ['ORCC Enterprise Risk Register - FY2025 Q3'], ['Owner: Director of Research Computing. Reviewed quarterly by the Research Computing Advisory Board.'], [],
  ['Risk ID', 'Risk Title', 'Category', 'Description', 'Likelihood (1-5)', 'Impact (1-5)', 'Inherent Score', 'Existing Controls', 'Treatment', 'Risk Owner', 'Residual Score', 'Review Date', 'Trend'],
  ['R-01', 'Loss of key security staff', 'People', 'Only one person holds deep knowledge of the compliance program.', 4, 4, 16, 'Documentation; cross-training', 'Mitigate: hire second analyst', 'D. Ishikawa', 9, '04/15/2025', 'Stable'],
  ['R-02', 'Federal funding reduction', 'Financial', 'Indirect cost rate cap could cut the ORCC budget.', 3, 5, 15, 'Diversified recharge', 'Accept and monitor', 'VP Research', 12, '04/15/2025', 'Rising'],
  ['R-03', 'Data center cooling failure', 'Operational', 'Single chiller plant for the North Campus hall.', 2, 5, 10, 'Redundant CRAC units', 'Mitigate: capital request', 'Facilities', 6, '04/15/2025', 'Stable'],
  ['R-04', 'Loss of FedRAMP authorization', 'Compliance', 'Failure to meet continuous monitoring obligations.', 2, 5, 10, 'Monthly ConMon process', 'Mitigate', 'M. Okafor', 5, '04/15/2025', 'Falling'],
  ['R-05', 'Reputational harm from research data breach', 'Reputational', 'Breach of participant data in any campus system.', 2, 5, 10, 'Data security policy AD-97', 'Mitigate', 'CISO', 6, '04/15/2025', 'Stable'],
  ['R-06', 'GPU supply constraints', 'Strategic', 'Vendor lead times exceed 9 months.', 4, 3, 12, 'Early procurement', 'Accept', 'D. Ishikawa', 9, '04/15/2025', 'Stable'],
];

const hecvat: Cell[][] = [
  ['HECVAT - Higher Education Community Vendor Assessment Toolkit (Lite) v3.06'], ['Vendor: LabArchive Cloud Notebooks, Inc.   Product: LabArchive ELN Enterprise   Completed for: Allegheny Ridge University Procurement'], [],
  ['ID', 'Question', 'Vendor Answer', 'Additional Information', 'Analyst Notes (institution use)'],
  ['GNRL-01', 'Vendor name', 'LabArchive Cloud Notebooks, Inc.', '', ''],
  ['COMP-01', 'Do you have a dedicated software and system development team(s)?', 'Yes', 'Engineering team of 42', ''],
  ['DOCU-01', 'Have you undergone a SSAE 18/SOC 2 audit?', 'Yes', 'SOC 2 Type II, period ending 09/30/2024', 'Report received'],
  ['DOCU-02', 'Do you conform with a specific industry standard security framework (e.g. NIST Cybersecurity Framework, CIS Controls, ISO 27001, etc.)?', 'Yes', 'ISO 27001:2022 certified', ''],
  ['DOCU-05', 'Can you provide overall system and/or application architecture diagrams?', 'Yes', 'Under NDA', ''],
  ['HFIH-01', 'Is your solution FedRAMP authorized?', 'No', 'Not pursuing; commercial cloud hosted on AWS us-east-1', 'Not suitable for Level 4 data'],
  ['APPL-03', 'Do you support single sign-on via SAML 2.0 / InCommon?', 'Yes', 'InCommon member', ''],
  ['AAAI-04', 'Does your solution support multi-factor authentication?', 'Yes', 'Via institution IdP', ''],
  ['DATA-02', 'Is institutional data encrypted at rest?', 'Yes', 'AES-256', ''],
  ['DATA-06', 'Will institutional data be stored outside the United States?', 'No', '', ''],
  ['VULN-01', 'Are vulnerability scans performed against the application?', 'Yes', 'Quarterly third-party penetration test', ''],
  ['INCD-01', 'Do you have a formal incident response plan?', 'Yes', 'Customer notification within 72 hours', 'Contract to require 24h'],
  ['BCPL-01', 'Do you have a business continuity plan?', 'Yes', '', ''],
  ['PRIV-01', 'Does your service collect student data covered by FERPA?', 'No', '', ''],
];

const equipment: Cell[][] = [['Tag Number', 'Description', 'Manufacturer', 'Model', 'Serial Number', 'Building', 'Room', 'Custodian Dept', 'Acquisition Date', 'Acquisition Cost', 'Fund Source', 'Federal Award Number', 'Title Vests In', 'Last Physical Inventory']];
{
  const r = rng(94);
  const items: [string, string, string, number][] = [['Confocal microscope', 'Zeiss', 'LSM 980', 612000], ['Ultra-low freezer -80C', 'Thermo Fisher', 'TSX60086A', 14200], ['Flow cytometer', 'BD', 'FACSymphony A5', 498000], ['Mass spectrometer', 'Thermo Fisher', 'Orbitrap Astral', 1150000], ['Liquid nitrogen storage system', 'Chart MVE', 'HEco 1500', 38600], ['Centrifuge, floor model', 'Beckman Coulter', 'Avanti JXN-26', 41200], ['Single-cell controller', '10x Genomics', 'Chromium X', 96500], ['Autoclave', 'Steris', 'Amsco Lab 250', 88000], ['GPU compute chassis (research cluster)', 'Dell', 'XE9680', 286000]];
  items.forEach(([d, m, mo, cost], i) => equipment.push([`E${String(218400 + i * 37)}`, d, m, mo, `SN${Math.floor(r() * 1e8)}`, i === 8 ? 'North Campus Data Center' : 'Biomedical Research Bldg', i === 8 ? 'DC-C14' : `${200 + i * 11}`, i === 8 ? 'Research Computing' : 'Nephrology', `0${(i % 9) + 1}/15/202${i % 4 + 1}`, cost, i % 3 === 0 ? 'Federal' : 'Institutional', i % 3 === 0 ? 'R01DK13' + String(2000 + i) : '', i % 3 === 0 ? 'University' : 'University', '06/30/2024']));
}

const dua = prose({
  seed: 95,
  fm: { title: 'Data Use Agreement', subtitle: `between ${ORG.agency} and ${ORG.uni}`, version: 'DUA-2025-0147', date: 'Effective April 1, 2025', titleStyle: 'bold' },
  order: ['cover'],
  meta: { title: 'DUA template v4', creator: 'NIBDS Office of Technology Transfer' },
  header: 'DUA-2025-0147',
  sections: [
    { h: '1. Parties and Purpose', s: [[`This Data Use Agreement ("Agreement") is entered into by ${ORG.agency} ("Provider") and ${ORG.uni} ("Recipient") to permit Recipient to use the Limited Data Set described in Attachment A for the research project titled "Multi-omic Signatures of Early Renal Fibrosis" (the "Project").`]] },
    { h: '2. Permitted Uses and Disclosures', s: [['Recipient shall use the data only for the Project and shall not use or further disclose the data other than as permitted by this Agreement or as required by law.']] },
    { h: '3. Safeguards', s: [['Recipient shall use appropriate administrative, physical and technical safeguards to prevent use or disclosure of the data other than as provided by this Agreement, including storage only in an environment holding a current authority to operate at the Moderate impact level or higher.']] },
    { h: '4. Reporting', s: [['Recipient shall report to Provider any use or disclosure of the data not provided for by this Agreement within five (5) business days of becoming aware of it.']] },
    { h: '5. Re-identification', s: [['Recipient shall not identify the information or contact the individuals to whom the data pertain.']] },
    { h: '6. Term and Termination', s: [['This Agreement is effective on the date above and remains in effect for three years, unless terminated earlier by either party upon thirty days written notice. Upon termination Recipient shall destroy the data and certify destruction in writing.']] },
    { h: '7. Miscellaneous', s: [['This Agreement shall be governed by federal law. Nothing in this Agreement confers any rights on any third party.']] },
    { h: 'Signatures', extra: [table([['For Provider', 'For Recipient'], ['Name: Janet Oyelaran, Director, Office of Technology Transfer', 'Name: Karen L. Whitfield, Associate VP for Research Administration'], ['Date:', 'Date:']])] },
  ],
});

const job: ProseDoc = {
  meta: {},
  blocks: [
    { kind: 'title', text: 'Research Computing Security Engineer II (Job ID 158823)' },
    p('Department: Office of Research Computing and Cyberinfrastructure. Location: Millbrook campus, hybrid. Salary grade: IT5 ($92,000 - $118,000). Full-time, benefits eligible. Application deadline: April 18, 2025.'),
    { kind: 'h', level: 1, text: 'About the role' },
    p('Allegheny Ridge University seeks a security engineer to help operate the Ridgeline Research Cloud, a FedRAMP Moderate community cloud that supports federally funded biomedical research. You will work alongside the information security officer on continuous monitoring, vulnerability management and security engineering.'),
    { kind: 'h', level: 1, text: 'Responsibilities' },
    bullets('Run monthly authenticated vulnerability scans and track remediation in the POA&M.', 'Maintain the integrated inventory and configuration baselines.', 'Support the annual assessment by the third-party assessor.', 'Engineer logging and detection content for the SIEM.', 'Help researchers design secure workflows for sensitive data.'),
    { kind: 'h', level: 1, text: 'Required qualifications' },
    bullets('Bachelor\'s degree and four years of relevant experience, or an equivalent combination.', 'Experience with Linux administration and a scripting language.', 'Familiarity with NIST SP 800-53.'),
    { kind: 'h', level: 1, text: 'Preferred qualifications' },
    bullets('CISSP, GIAC or Security+ certification.', 'Experience in a FedRAMP or FISMA environment.', 'Experience in higher education or research computing.'),
    p('Allegheny Ridge University is an equal opportunity employer. This position requires a background check. To apply, submit a resume and cover letter through the ARU careers portal.'),
  ],
};

const roeMemo: ProseDoc = {
  meta: { title: 'Memo', creator: 'ARU Information Security Office' },
  header: 'ARU Information Security Office - Internal',
  blocks: [
    bold('MEMORANDUM'),
    table([['TO:', 'Deans, Department Heads and IT Directors'], ['FROM:', `${ORG.ciso}, University Chief Information Security Officer`], ['DATE:', 'September 2, 2025'], ['RE:', 'Fall 2025 Campus Red-Team Exercise - Rules of Engagement']]),
    p('This memorandum announces the annual red-team exercise of the University enterprise network, to be conducted by the Information Security Office with the student Red Team Club from September 22 to October 10, 2025, and sets the rules of engagement that the exercise will follow.'),
    bold('Scope'),
    p('In scope: the enterprise campus network (128.118.0.0/16), public University web sites, the central e-mail service, and a phishing simulation to staff. Out of scope: ARU Health clinical systems, the Ridgeline Research Cloud and any other system with its own external compliance regime, research instruments, student personal devices, and building management systems.'),
    bold('Rules of engagement'),
    bullets('No denial-of-service, no destruction or modification of data, no physical intrusion.', 'Testers stop and notify the ISO immediately if they encounter regulated data (FERPA, HIPAA, CUI).', 'All activity originates from the addresses 128.118.250.10-20 and is logged.', 'Findings are reported to system owners only, through the ISO ticket queue.'),
    bold('Contact'),
    p('Questions: security@aru.edu. Unit IT directors who believe a system should be excluded must reply by September 15. The results will be summarized for the IT Council in November; this is an internal exercise and is not an assessment for any external authorization.'),
  ],
};

const tcp = prose({
  seed: 96,
  fm: { title: 'Technology Control Plan', subtitle: 'Export-controlled research - Hypersonics Laboratory (ITAR Category XV(e))', version: '2', date: 'February 2025' },
  order: ['cover', 'appr'],
  meta: { title: 'TCP Hypersonics', creator: 'ARU Office of Export Compliance' },
  header: 'ARU Technology Control Plan - Hypersonics Laboratory',
  sections: [
    { h: '1. Purpose', s: [['This Technology Control Plan (TCP) describes the measures the laboratory will take to prevent unauthorized access by foreign persons to export-controlled technical data under the International Traffic in Arms Regulations (ITAR), 22 CFR 120-130, and the Export Administration Regulations.']] },
    { h: '2. Description of the Controlled Items', s: [['Technical data concerning thermal protection materials for hypersonic vehicles received from the sponsor under a DoD contract.']] },
    { h: '3. Physical Security', s: [['Controlled data and hardware are kept in room 118 of the Aerospace Research Building, accessible by card reader limited to personnel listed in Appendix A. Visitors are escorted.']] },
    { h: '4. Information Security', s: [['Electronic technical data are stored only in the CUI enclave described in the laboratory\'s NIST SP 800-171 documentation. Storage in general University services or in the Ridgeline Research Cloud is prohibited.']] },
    { h: '5. Personnel Screening and Training', s: [['All personnel are screened by the Office of Export Compliance for U.S. person status and complete export control training before access and annually.']] },
    { h: '6. Publication and Shipping', s: [['Publications are reviewed by the sponsor before submission. No controlled item is shipped abroad without a license.']] },
    { h: '7. Certification', s: [['The PI and each participant certify that they have read and will comply with this TCP.']] },
  ],
});

export const unknown2: DocSpec[] = [
  { file: 'pearc25_okafor_final.pdf', expected: 'UNKNOWN', note: 'Research paper about the FedRAMP authorization of an academic cloud (abstract, results, references); names SSP/SAR/POA&M but is none of them.', build: () => writePdf(paper, { producer: 'pdfTeX-1.40.26', creatorTool: 'LaTeX with acmart 2.08' }) },
  { file: 'poster_abstract.txt', expected: 'UNKNOWN', note: 'Conference poster abstract about generating OSCAL artifacts.', build: () => Promise.resolve(poster) },
  { file: 'CYBR6420_Syllabus_Spring2025.docx', expected: 'UNKNOWN', note: 'Graduate course syllabus on security compliance covering SSP, SAP, SAR and POA&M as topics.', build: () => writeDocx(syllabus) },
  { file: 'chapter3.pdf', expected: 'UNKNOWN', note: 'Doctoral thesis chapter analyzing the FedRAMP process at a university.', build: () => writePdf(thesis, { producer: 'pdfTeX-1.40.25', creatorTool: 'LaTeX with hyperref' }) },
  { file: 'POAM_Q3.xlsx', expected: 'UNKNOWN', note: 'Enterprise risk register (likelihood x impact scores) of the research computing office; misleading file name says POA&M.', build: () => writeXlsx([{ name: 'Risk Register', headerRow: 4, rows: riskRows }], { title: 'Risk Register', creator: 'ORCC' }) },
  { file: 'HECVAT_Lite_LabArchive.xlsx', expected: 'UNKNOWN', note: 'HECVAT vendor security questionnaire filled by an ELN vendor for university procurement.', build: () => writeXlsx([{ name: 'HECVAT Lite', headerRow: 4, rows: hecvat }], { title: 'HECVAT Lite', creator: 'EDUCAUSE' }) },
  { file: 'inventory.csv', expected: 'UNKNOWN', note: 'Property-control capital equipment list (lab instruments, tags, acquisition cost, federal award); not the FedRAMP integrated inventory despite the name.', build: () => Promise.resolve(csv(equipment)) },
  { file: 'DUA-2025-0147.docx', expected: 'UNKNOWN', note: 'Data use agreement between the agency and the university for a limited data set.', build: () => writeDocx(dua) },
  { file: 'job-158823.md', expected: 'UNKNOWN', note: 'Job posting for a research computing security engineer mentioning POA&M and scans as duties.', build: () => Promise.resolve(toMarkdown(job, true)) },
  { file: 'RoE_memo_fall2025.pdf', expected: 'UNKNOWN', note: 'CISO memo announcing a campus red-team exercise with rules of engagement; not a 3PAO SAP and excludes the cloud.', build: () => writePdf(roeMemo, { sans: true, producer: 'Microsoft Word for Microsoft 365' }) },
  { file: 'TCP_Hypersonics_v2.docx', expected: 'UNKNOWN', note: 'Export-control Technology Control Plan for an ITAR lab.', build: () => writeDocx(tcp) },
];
