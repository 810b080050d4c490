import { writeDocx } from '../kit/docx.js';
import { writePdf } from '../kit/pdf.js';
import { prose } from '../kit/build.js';
import { bold, bullets, center, p, table } from '../kit/model.js';
import type { ProseDoc } from '../kit/model.js';
import type { DocSpec } from '../kit/spec.js';

const dms = prose({
  seed: 81,
  lead: [bold('Data Management and Sharing Plan'), p('Project title: Multi-omic Signatures of Early Renal Fibrosis in Type 2 Diabetes. Principal Investigator: Priya Venkataraman, M.D., Ph.D., Department of Nephrology, Allegheny Ridge University. Funding opportunity: NIBDS R01, PA-25-117.')],
  meta: { title: 'DMS Plan - Venkataraman R01', creator: 'P. Venkataraman' },
  sections: [
    { h: 'Element 1: Data Type', s: [['The project will generate bulk and single-cell RNA sequencing data from kidney biopsies of approximately 240 consented participants, targeted proteomics of urine samples, and de-identified clinical covariates (age band, sex, HbA1c, eGFR).', 'Raw sequencing reads will total approximately 180 TB; processed count matrices approximately 2 TB.'], ['Data to be preserved and shared: processed count matrices, de-identified clinical covariates, and analysis code. Raw reads will be shared through controlled access because they are potentially identifiable.']] },
    { h: 'Element 2: Related Tools, Software and/or Code', s: [['Analysis pipelines are written in Nextflow and R and will be released under the MIT license on GitHub with a Zenodo DOI at publication.']] },
    { h: 'Element 3: Standards', s: [['Metadata will follow the MINSEQE standard and the Human Cell Atlas metadata schema; clinical variables will be coded with LOINC and SNOMED CT.']] },
    { h: 'Element 4: Data Preservation, Access, and Associated Timelines', s: [['Controlled-access data will be deposited in dbGaP and processed data in the Gene Expression Omnibus no later than the time of publication or the end of the award period, whichever comes first, and will be retained for at least ten years.', 'During the project, data will be stored and analyzed in the Ridgeline Research Cloud, a university-operated environment that holds a FedRAMP Moderate agency authorization; its System Security Plan and continuous monitoring are managed by the Office of Research Computing, not by this project.']] },
    { h: 'Element 5: Access, Distribution, or Reuse Considerations', s: [['Participants consented to broad sharing for health research. Access to individual-level data will be governed by the dbGaP Data Access Committee. No data will be shared that includes the eighteen HIPAA identifiers.']] },
    { h: 'Element 6: Oversight of Data Management and Sharing', s: [['The PI will monitor compliance with this plan quarterly with the lab data manager and report progress in the annual Research Performance Progress Report (RPPR).']] },
  ],
});

function irbLetter(): ProseDoc {
  return {
    meta: { title: 'IRB Approval', creator: 'ARU HRPP' },
    header: 'ALLEGHENY RIDGE UNIVERSITY - HUMAN RESEARCH PROTECTION PROGRAM',
    blocks: [
      center('Allegheny Ridge University', true), center('Institutional Review Board - FWA00021784, IRB00009113'), center('Office for Research Protections, 201 Kern Building, Millbrook, PA 16801'),
      p('Date: February 11, 2025'),
      p('To: Priya Venkataraman, M.D., Ph.D.\nFrom: Harold E. Lindqvist, Ph.D., Chair, Biomedical IRB'),
      p('Re: APPROVAL OF NEW STUDY - STUDY00024517, "Multi-omic Signatures of Early Renal Fibrosis in Type 2 Diabetes"'),
      p('The Institutional Review Board reviewed the above-referenced protocol at its convened meeting of February 6, 2025, and determined that the research meets the criteria for approval at 45 CFR 46.111 and 21 CFR 56.111. The study is approved as of the date of this letter.'),
      table([['Approval category', 'Greater than minimal risk'], ['Approval date', '02/11/2025'], ['Continuing review due', '02/10/2026'], ['Approved enrollment', '260 participants'], ['Funding', 'NIBDS R01 (pending)'], ['Documents approved', 'Protocol v1.3; Consent form v1.2; HIPAA authorization v1.0; Recruitment flyer v1.0']]),
      p('Data security: the IRB accepts the data security plan submitted with the application, under which coded data will be stored in the University\'s Ridgeline Research Cloud environment approved by the Information Security Office for moderate-risk data. The key linking codes to identities will be kept separately by the study coordinator.'),
      p('Investigator responsibilities: you must obtain IRB approval before implementing any change to the research; report unanticipated problems involving risks to participants or others within five business days; and submit a continuing review before the expiration date. Use only the stamped consent documents.'),
      p('This approval does not authorize the use of any facility outside the University without the written agreement of that facility.'),
      p('Sincerely,'), p('Harold E. Lindqvist, Ph.D.\nChair, Biomedical Institutional Review Board'),
    ],
  };
}

const cuiPlan = prose({
  seed: 82,
  fm: { title: 'CUI Research Enclave: Implementation Project Plan', subtitle: 'Department of Aerospace Engineering - Hypersonics Laboratory (DoD-funded, DFARS 252.204-7012)', version: '0.8', date: 'January 22, 2025' },
  order: ['cover', 'rev', 'dist'],
  meta: { title: 'CUI Enclave Project Plan', creator: 'R. Castellanos' },
  header: 'ARU Research Security - CUI Enclave Project',
  sections: [
    { h: '1 Project Overview', s: [['The Hypersonics Laboratory received an Office of Naval Research award that includes DFARS clause 252.204-7012 and therefore must protect Controlled Unclassified Information (CUI) according to NIST SP 800-171 Revision 2 and prepare for a CMMC Level 2 certification assessment.', 'This project plan sets out the work breakdown, schedule, budget and risks of standing up a dedicated CUI enclave for the laboratory. It is not the enclave\'s security plan; the NIST SP 800-171 System Security Plan and the associated plan of action will be produced as work package 4.']] },
    { h: '2 Objectives and Success Criteria', extra: [bullets('Enclave operational for 12 researchers by August 1, 2025', 'SPRS score of at least 100 submitted by September 30, 2025', 'CMMC Level 2 C3PAO assessment scheduled by December 2025')] },
    { h: '3 Work Breakdown Structure', extra: [table([['WP', 'Work package', 'Lead', 'Start', 'Finish'], ['1', 'Requirements and scoping (CUI flow mapping)', 'Research Security', '02/03/2025', '02/28/2025'], ['2', 'Procurement of VDI and file services (GCC High)', 'Procurement', '03/03/2025', '04/30/2025'], ['3', 'Build and harden', 'ITS Infrastructure', '05/01/2025', '06/30/2025'], ['4', 'SP 800-171 documentation and SPRS self-assessment', 'Information Security', '06/01/2025', '08/31/2025'], ['5', 'Training and onboarding of lab members', 'Research Security', '07/01/2025', '08/01/2025']], 'Table 3-1: Work packages')] },
    { h: '4 Budget', extra: [table([['Item', 'Year 1', 'Year 2'], ['Microsoft 365 GCC High licenses (15)', '$39,600', '$39,600'], ['Hardened workstations (12)', '$30,000', '-'], ['Consulting (readiness review)', '$45,000', '-'], ['0.5 FTE security engineer', '$68,000', '$70,000']], 'Table 4-1: Budget summary')] },
    { h: '5 Risks', extra: [table([['Risk', 'Likelihood', 'Impact', 'Response'], ['GCC High licensing delay', 'Medium', 'High', 'Start procurement early'], ['Researcher resistance to VDI', 'High', 'Medium', 'Pilot with two students'], ['Scope creep to other labs', 'Medium', 'Medium', 'Steering committee gate']], 'Table 5-1: Project risks')] },
    { h: '6 Governance', s: [['The steering committee (Associate VP for Research Security, the CIO delegate, the department chair and the PI) meets monthly. Status is reported through the University project portfolio tool.']] },
  ],
});

const facilities = prose({
  seed: 83,
  lead: [bold('FACILITIES & OTHER RESOURCES'), p('Allegheny Ridge University - Venkataraman Laboratory')],
  meta: { title: 'Facilities', creator: 'ARU Office of Sponsored Programs' },
  header: 'Venkataraman, Priya - Facilities & Other Resources',
  sections: [
    { h: 'Laboratory', s: [['The Venkataraman laboratory occupies 1,800 square feet in the Biomedical Research Building with two biosafety cabinets, a 10x Genomics Chromium X controller, and a -80 C freezer farm on emergency power.']] },
    { h: 'Computing and Data Security', s: [['Computational analyses will be performed on the Ridgeline Research Cloud operated by the University\'s Office of Research Computing. The environment provides GPU nodes, 4 PB of object storage and a managed workflow service, and it holds a FedRAMP Moderate authority to operate from a federal health research agency. It is staffed by 14 engineers and a dedicated information security officer.', 'Data are encrypted in transit and at rest; access requires multifactor authentication through the University identity provider.'], ['The campus HPC cluster (48,000 cores) is available for non-sensitive workloads at no charge to investigators.']] },
    { h: 'Core Facilities', s: [['The Genomics Core provides Illumina NovaSeq X sequencing; the Proteomics Core provides Orbitrap Astral mass spectrometry. Both cores charge internal recharge rates approved by the University cost office.']] },
    { h: 'Clinical Resources', s: [['Participants will be recruited through the ARU Health nephrology clinics, which see more than 6,000 patients with diabetic kidney disease per year.']] },
    { h: 'Intellectual Environment', s: [['The Center for Kidney Research hosts a weekly seminar and an annual retreat, and the Clinical and Translational Science Institute provides biostatistics consultation.']] },
  ],
});

const dataPolicy = prose({
  seed: 84,
  fm: { title: 'Research Data Security Policy (AD-97)', subtitle: 'University Policy - Office of the Vice President for Research and Office of the CIO', version: 'Rev. 3', date: 'Effective July 1, 2024' },
  order: ['cover', 'rev'],
  meta: { title: 'AD97 Research Data Security', creator: 'University Policy Office' },
  header: 'ALLEGHENY RIDGE UNIVERSITY POLICY AD-97',
  sections: [
    { h: 'Purpose', s: [['This University policy establishes the classification of research data and the minimum security standards for each class, so that investigators meet the expectations of sponsors, research participants and the law.']] },
    { h: 'Scope', s: [['This policy applies to all faculty, staff, students and affiliates who create, collect or use research data in the course of University research, regardless of where the data are stored.']] },
    { h: 'Definitions', s: [['Research data means recorded factual material commonly accepted in the scientific community as necessary to validate research findings. Principal Investigator means the individual responsible for the conduct of a sponsored project.']] },
    { h: 'Data Classification', extra: [table([['Level', 'Description', 'Examples'], ['Level 1 - Public', 'Data intended for public release', 'Published datasets'], ['Level 2 - Internal', 'Unpublished research data with low risk', 'Lab notebooks'], ['Level 3 - Moderate', 'Data protected by law or agreement', 'Coded human-subjects data, FERPA records'], ['Level 4 - High', 'Data whose disclosure would cause serious harm', 'Identifiable health data, CUI, export-controlled data']], 'Table 1: Research data classification levels')] },
    { h: 'Policy Statements', s: [['Principal Investigators are responsible for classifying their research data at the start of each project and recording the classification in the data management plan.', 'Level 3 and Level 4 data must be stored only in environments approved by the University Information Security Office for that level; a list of approved environments is maintained on the research security website.'], ['Research data belong to the University unless a sponsored agreement provides otherwise; investigators who leave the University may take copies with the approval of the Vice President for Research.']] },
    { h: 'Responsibilities', s: [['The Vice President for Research oversees this policy; department heads ensure their units are aware of it; the University CISO publishes the minimum security standards.']] },
    { h: 'Exceptions and Enforcement', s: [['Exceptions may be granted by the CISO in writing for a fixed period. Violations are handled under the applicable faculty, staff or student conduct policy.']] },
    { h: 'Cross References', extra: [bullets('AD-95 Information Assurance and IT Security', 'RA-11 Human Subjects Research', 'RA-18 Export Compliance', 'HR-99 Background Checks')] },
  ],
});

const minutes = prose({
  seed: 85,
  lead: [center('University Faculty Senate', true), center('Committee on Information Technology and Research Computing'), center('Minutes of the Meeting of March 4, 2025, 3:30 p.m., 102 Kern Building and Zoom'), p('Present: Prof. A. Moreau (chair), Prof. J. Oduya, Prof. L. Haskins, Prof. K. Brandt, Dr. D. Ishikawa (ex officio, ORCC), Ms. S. Turner (ITS), two student representatives. Absent: Prof. R. Sato.')],
  meta: { title: 'Minutes 2025-03-04', creator: 'Senate Office' },
  sections: [
    { h: '1. Call to Order and Approval of the Minutes', s: [['The chair called the meeting to order at 3:32 p.m. The minutes of February 4 were approved as distributed.']] },
    { h: '2. Report of the Director of Research Computing', s: [['Dr. Ishikawa reported that the Ridgeline Research Cloud had completed the assessment phase of its FedRAMP authorization and that the independent assessor\'s report was expected in May; the sponsoring agency would then decide on an authority to operate.', 'Prof. Haskins asked whether the compliance work would raise prices for non-federal projects. Dr. Ishikawa answered that the FY26 recharge rates would rise by about four percent, driven mostly by the monthly vulnerability scanning and reporting obligations.']] },
    { h: '3. Student Computing Fee Proposal', s: [['Ms. Turner presented the proposal to fold the student technology fee into tuition. Discussion focused on transparency; the committee asked for a breakdown by college.']] },
    { h: '4. Generative AI Tools in Teaching', s: [['The committee discussed the draft guidance on generative AI tools. Prof. Brandt moved to endorse the guidance with the amendment that syllabi state course-level rules; seconded and carried 6-0-1.']] },
    { h: '5. New Business', s: [['The committee will invite the CISO to the April meeting to discuss the research data security policy revision.']] },
    { h: '6. Adjournment', s: [['The meeting adjourned at 4:55 p.m. Respectfully submitted, K. Brandt, secretary.']] },
  ],
});

export const unknown1: DocSpec[] = [
  { file: 'Venkataraman_DMS_Plan.docx', expected: 'UNKNOWN', note: 'NIH-style Data Management and Sharing Plan for a grant; mentions the authorized cloud but is not a FedRAMP deliverable.', build: () => writeDocx(dms) },
  { file: 'STUDY00024517_approval.pdf', expected: 'UNKNOWN', note: 'IRB approval letter for a human-subjects study: an approval letter, but not an agency ATO.', build: () => writePdf(irbLetter(), { producer: 'Kuali Protocols PDF Generator' }) },
  { file: 'CUI_Enclave_ProjectPlan_v0.8.docx', expected: 'UNKNOWN', note: 'Project plan (WBS, budget, risks) for a NIST SP 800-171 CUI enclave of a DoD-funded lab; not a FedRAMP deliverable.', build: () => writeDocx(cuiPlan) },
  { file: 'Facilities.pdf', expected: 'UNKNOWN', note: 'Grant proposal Facilities & Other Resources section describing the cloud\'s security in a paragraph.', build: () => writePdf(facilities, { producer: 'macOS Quartz PDFContext', creatorTool: 'Word' }) },
  { file: 'AD97-Research-Data-Security-Policy.docx', expected: 'UNKNOWN', note: 'University-wide research data classification policy, not the system\'s FedRAMP policies and procedures.', build: () => writeDocx(dataPolicy) },
  { file: 'Senate_ITRC_Minutes_2025-03-04.docx', expected: 'UNKNOWN', note: 'Faculty senate IT committee minutes mentioning the FedRAMP assessment status.', build: () => writeDocx(minutes) },
];
