import { makeDocx } from '../kit/docx.js';
import type { Block } from '../kit/docx.js';
import { makePdf } from '../kit/pdf.js';
import { makePptx } from '../kit/pptx.js';
import { Rng } from '../kit/rng.js';
import type { CorpusDoc } from '../kit/types.js';
import { dataRows, finishXlsx, headerRow, mergedTitle, newWorkbook, widths } from '../kit/xlsx.js';
import { BLUEFIN, CLIENTS, CONSULTANCY, KESTREL, NORTHWIND, QUILLON } from '../kit/world.js';

export async function statusTrackerXlsx(): Promise<CorpusDoc> {
  const rng = new Rng('status');
  const wb = newWorkbook();
  const dash = wb.addWorksheet('Dashboard');
  mergedTitle(dash, 'A1:H1', `${CONSULTANCY} — FedRAMP Program Status Report — Week of 06/23/2025`, 15);
  headerRow(dash, 3, ['Client', 'CSO', 'Phase', 'Overall', 'Schedule', 'Next Milestone', 'Milestone Date', 'Engagement Lead']);
  dataRows(dash, 4, [
    [KESTREL.csp, KESTREL.cso, 'Assessment (testing complete)', 'Green', 'On track', 'Draft SAR from 3PAO', '07/11/2025', 'Nadia Fairbanks'],
    [BLUEFIN.csp, BLUEFIN.cso, 'Continuous monitoring', 'Amber', '2 POA&M items overdue', 'June ConMon package', '07/07/2025', 'Owen Lachance'],
    [NORTHWIND.csp, NORTHWIND.cso, 'Agency review (LI-SaaS)', 'Green', 'On track', 'Agency ATO decision', '07/30/2025', 'Ravi Subramanian'],
    [QUILLON.csp, QUILLON.cso, 'Continuous monitoring + SCR', 'Amber', 'SCR awaiting AO', 'AO decision on SCR-2025-03', '07/15/2025', 'Nadia Fairbanks'],
  ]);
  widths(dash, [30, 26, 30, 10, 22, 30, 14, 20]);
  const docs = ['System Security Plan', 'Policies and Procedures', 'User Guide', 'Digital Identity Worksheet', 'PTA/PIA', 'Rules of Behavior', 'ISCP', 'CMP', 'IRP', 'CIS/CRM Workbook', 'FIPS 199', 'SoD Matrix', 'Laws and Regulations', 'SCRM Plan', 'Integrated Inventory Workbook', 'SAP (3PAO)', 'SAR (3PAO)', 'POA&M', 'Package Checklist'];
  for (const c of CLIENTS) {
    const ws = wb.addWorksheet(c.short);
    headerRow(ws, 1, ['Deliverable', 'Owner', 'Version', 'Status', '% Complete', 'Due', 'Last Update', 'Notes']);
    dataRows(ws, 2, docs.map((d) => [d, d.includes('3PAO') ? c.threePao : rng.pick([c.isso, 'Tallgrass']), `${rng.int(1, 4)}.${rng.int(0, 9)}`, rng.pick(['Final', 'Final', 'In review', 'Draft', 'Not started']), `${rng.pick([100, 100, 90, 75, 50, 0])}%`, `0${rng.int(6, 9)}/${rng.int(10, 28)}/2025`, '06/23/2025', rng.pick(['', '', 'Waiting for client SME', 'Agency comments received', 'Template converted Rev4 to Rev5'])]));
    widths(ws, [32, 26, 9, 12, 11, 12, 12, 34]);
  }
  const data = await finishXlsx(wb, { title: 'Weekly status', creator: 'Nadia Fairbanks', lastModifiedBy: 'Owen Lachance', created: '2025-01-06T12:00:00Z', modified: '2025-06-23T21:00:00Z' });
  return { file: 'status.xlsx', expected: 'UNKNOWN', note: "Consultancy weekly project status report tracking every client's FedRAMP deliverables (SSP, SAP, SAR, POA&M...) with status and due dates; a tracker, not a deliverable.", data };
}

export async function crosswalkXlsx(): Promise<CorpusDoc> {
  const wb = newWorkbook();
  const ws = wb.addWorksheet('800-53r5 to 27001-2022');
  mergedTitle(ws, 'A1:F1', 'Control Crosswalk — NIST SP 800-53 Rev. 5 (FedRAMP Moderate) to ISO/IEC 27001:2022 Annex A', 14);
  headerRow(ws, 3, ['NIST SP 800-53 Rev. 5 Control', 'Control Name', 'ISO/IEC 27001:2022 Annex A Control', 'ISO Control Title', 'Mapping Strength', 'Notes']);
  dataRows(ws, 4, [
    ['AC-1', 'Policy and Procedures', 'A.5.1; A.5.15', 'Policies for information security; Access control', 'Partial', 'ISO does not require procedures per family'],
    ['AC-2', 'Account Management', 'A.5.16; A.5.18', 'Identity management; Access rights', 'Strong', ''],
    ['AC-6', 'Least Privilege', 'A.8.2', 'Privileged access rights', 'Strong', ''],
    ['AT-2', 'Literacy Training and Awareness', 'A.6.3', 'Information security awareness, education and training', 'Strong', ''],
    ['AU-2', 'Event Logging', 'A.8.15', 'Logging', 'Strong', ''],
    ['AU-6', 'Audit Record Review, Analysis, and Reporting', 'A.8.16', 'Monitoring activities', 'Partial', 'FedRAMP requires weekly review cadence'],
    ['CA-7', 'Continuous Monitoring', 'Clause 9.1', 'Monitoring, measurement, analysis and evaluation', 'Weak', 'ISMS clause, not Annex A'],
    ['CM-2', 'Baseline Configuration', 'A.8.9', 'Configuration management', 'Strong', ''],
    ['CM-8', 'System Component Inventory', 'A.5.9', 'Inventory of information and other associated assets', 'Strong', ''],
    ['CP-2', 'Contingency Plan', 'A.5.30', 'ICT readiness for business continuity', 'Partial', ''],
    ['CP-9', 'System Backup', 'A.8.13', 'Information backup', 'Strong', ''],
    ['IA-2', 'Identification and Authentication (Organizational Users)', 'A.8.5', 'Secure authentication', 'Strong', 'MFA requirement stricter in FedRAMP'],
    ['IR-4', 'Incident Handling', 'A.5.24; A.5.26', 'Incident management planning; Response to incidents', 'Strong', ''],
    ['IR-6', 'Incident Reporting', 'A.6.8', 'Information security event reporting', 'Partial', 'US-CERT/CISA reporting not in ISO'],
    ['PE-3', 'Physical Access Control', 'A.7.2', 'Physical entry', 'Strong', ''],
    ['PS-3', 'Personnel Screening', 'A.6.1', 'Screening', 'Strong', ''],
    ['RA-3', 'Risk Assessment', 'Clause 6.1.2; 8.2', 'Information security risk assessment', 'Strong', ''],
    ['RA-5', 'Vulnerability Monitoring and Scanning', 'A.8.8', 'Management of technical vulnerabilities', 'Strong', 'FedRAMP adds monthly scanning and remediation timelines'],
    ['SA-9', 'External System Services', 'A.5.19; A.5.22', 'Supplier relationships; monitoring of supplier services', 'Partial', ''],
    ['SC-7', 'Boundary Protection', 'A.8.20; A.8.22', 'Networks security; Segregation of networks', 'Strong', ''],
    ['SC-13', 'Cryptographic Protection', 'A.8.24', 'Use of cryptography', 'Partial', 'FIPS 140 validation not required by ISO'],
    ['SI-2', 'Flaw Remediation', 'A.8.8', 'Management of technical vulnerabilities', 'Strong', ''],
    ['SI-4', 'System Monitoring', 'A.8.16', 'Monitoring activities', 'Strong', ''],
    ['SR-3', 'Supply Chain Controls and Processes', 'A.5.21', 'Managing information security in the ICT supply chain', 'Strong', ''],
  ]);
  widths(ws, [14, 40, 22, 50, 14, 40]);
  const data = await finishXlsx(wb, { title: 'NIST-ISO crosswalk', creator: 'Ravi Subramanian', lastModifiedBy: 'Ravi Subramanian', created: '2024-03-11T12:00:00Z', modified: '2025-02-14T12:00:00Z' });
  return { file: 'crosswalk.xlsx', expected: 'UNKNOWN', note: 'Consultancy crosswalk mapping NIST SP 800-53 Rev5 controls to ISO/IEC 27001:2022 Annex A; a reference mapping, not a deliverable.', data };
}

export async function riskRegisterXlsx(): Promise<CorpusDoc> {
  const c = QUILLON;
  const wb = newWorkbook();
  const ws = wb.addWorksheet('Enterprise Risk Register');
  mergedTitle(ws, 'A1:M1', `${c.csp} — Enterprise Risk Register — FY2025 Q3`, 14);
  headerRow(ws, 3, ['Risk ID', 'Category', 'Risk Description', 'Cause', 'Consequence', 'Likelihood (1-5)', 'Impact (1-5)', 'Inherent Score', 'Existing Controls', 'Residual Score', 'Risk Owner', 'Treatment', 'Next Review']);
  dataRows(ws, 4, [
    ['ERR-001', 'Strategic', 'Loss of anchor agency customer at contract recompete', 'Competitive pressure; pricing', 'Revenue decline of 18%', 3, 5, 15, 'Account plans; executive sponsorship', 10, 'CEO', 'Mitigate — diversify agency portfolio', '09/30/2025'],
    ['ERR-002', 'Operational', 'Extended outage of the Ashburn data center', 'Utility failure; cooling failure', 'SLA penalties; customer churn', 2, 5, 10, 'Alternate site in Chandler; generators', 6, 'COO', 'Mitigate — annual failover test', '09/30/2025'],
    ['ERR-003', 'Cyber', 'Ransomware affecting corporate IT', 'Phishing; unpatched endpoints', 'Business disruption; reputational damage', 3, 4, 12, 'EDR; email filtering; training', 6, 'CISO', 'Mitigate', '08/31/2025'],
    ['ERR-004', 'Compliance', 'Loss of FedRAMP authorization', 'Failure to meet ConMon obligations', 'Cannot serve federal customers', 2, 5, 10, 'ConMon program; Tallgrass support', 4, 'CISO', 'Mitigate', '08/31/2025'],
    ['ERR-005', 'Financial', 'Hardware cost inflation', 'Supply constraints on GPUs and storage', 'Margin erosion', 4, 3, 12, 'Multi-year purchase agreements', 9, 'CFO', 'Accept', '12/31/2025'],
    ['ERR-006', 'People', 'Attrition of key platform engineers', 'Market demand for cleared engineers', 'Delivery delays', 3, 3, 9, 'Retention bonuses; cross-training', 6, 'CHRO', 'Mitigate', '09/30/2025'],
    ['ERR-007', 'Legal', 'Data residency dispute with a state customer', 'Contract ambiguity', 'Litigation costs', 1, 3, 3, 'Contract review', 2, 'General Counsel', 'Accept', '12/31/2025'],
  ]);
  widths(ws, [10, 12, 40, 28, 28, 10, 10, 10, 34, 10, 14, 30, 12]);
  const data = await finishXlsx(wb, { title: 'ERM Register', creator: 'Enterprise Risk Office', lastModifiedBy: 'Idris Kamara', created: '2023-10-01T12:00:00Z', modified: '2025-07-02T12:00:00Z' });
  return { file: 'risk_register.xlsx', expected: 'UNKNOWN', note: 'Quillon enterprise risk register (strategic, financial, people risks with likelihood/impact scores); not a POA&M.', data };
}

export async function iprLetterPdf(): Promise<CorpusDoc> {
  const c = NORTHWIND;
  const data = await makePdf({
    page: 'letter',
    font: 'times',
    size: 11,
    meta: { title: 'In Process Request Letter', author: 'OCGO OCIO', producer: 'Adobe Acrobat Pro (64-bit) 24.1.20643', created: new Date('2024-10-08T12:00:00Z') },
    blocks: [
      { t: 'p', text: 'OFFICE OF COMMUNITY GRANTS OVERSIGHT', center: true, bold: true, size: 13 },
      { t: 'p', text: 'Office of the Chief Information Officer', center: true },
      { t: 'spacer', h: 20 },
      { t: 'p', text: 'October 8, 2024' },
      { t: 'p', text: 'FedRAMP Program Management Office\nGeneral Services Administration\n1800 F Street NW, Washington, DC 20405' },
      { t: 'p', text: `Subject: Agency confirmation for FedRAMP "In Process" designation — ${c.cso} (${c.csp})`, bold: true },
      { t: 'p', text: `The ${c.agency} (OCGO) confirms that it is actively working with ${c.csp} toward an Agency Authorization of ${c.cso} at the FedRAMP Tailored Low Impact Software as a Service (LI-SaaS) level.` },
      { t: 'p', text: 'OCGO has reviewed the draft system security documentation, has identified an authorizing official and points of contact, and has agreed to a work plan with the CSP. The CSP has contracted a FedRAMP-recognized 3PAO, and we anticipate an authorization decision in the third quarter of fiscal year 2025.' },
      { t: 'p', text: 'This letter requests that the FedRAMP PMO list the service as "In Process" on the FedRAMP Marketplace with OCGO as the sponsoring agency. This letter does not grant an Authority to Operate and does not represent an authorization decision by OCGO; any authorization will be issued separately after review of the complete security package.' },
      { t: 'table', header: true, rows: [['Role', 'Name', 'Email'], ['Authorizing Official', c.ao, 'patricia.onwuachi@ocgo.gov'], ['Agency ISSM (POC)', 'Derek Lundgren', 'derek.lundgren@ocgo.gov']] },
      { t: 'spacer', h: 14 },
      { t: 'p', text: `/s/\n${c.ao}\n${c.aoTitle}` },
    ],
  });
  return { file: 'Agency IPR letter.pdf', expected: 'UNKNOWN', note: "Agency letter requesting the FedRAMP 'In Process' designation; it explicitly does not grant an ATO, so it is not an ATO letter.", data };
}

export async function emailThreadTxt(): Promise<CorpusDoc> {
  const c = KESTREL;
  const data = `From: Priya Raman <praman@${c.domain}>
Sent: Tuesday, July 15, 2025 4:52 PM
To: Renee Castellanos <rcastellanos@ardentassurance.com>
Cc: Nadia Fairbanks <nfairbanks@tallgrasscompliance.com>; Tomas Ibarra <tibarra@${c.domain}>
Subject: RE: KGA SAR draft - CSP comments

Renee,

Thanks for the quick turnaround. Our consolidated comments on the draft SAR are
below; the marked-up copy is in the shared folder (KGA SAR draft 1 - CSP comments.docx).

1. V-003 (TLS 1.0/1.1 on the legacy API) - the v1 endpoint was retired on 07/02
   (CHG-20931). Can you validate and move it to "remediated during testing" or
   at least note the closure evidence?
2. T-006 (inactive accounts) - agreed, POA&M item KGA-0034 opened with a 90-day
   due date.
3. PT-002 (stored XSS) - we agree on the finding but think Likelihood should be
   Moderate because the field is only editable by Analyst role. Happy to discuss.
4. Executive summary counts: the risk summary table shows 4 moderates but the
   appendix lists 5. Minor, but NRLA will notice.

We'll update the POA&M once the final SAR is issued and send it with the
package checklist.

Priya

-----Original Message-----
From: Renee Castellanos <rcastellanos@ardentassurance.com>
Sent: Friday, July 11, 2025 6:03 PM
To: Priya Raman <praman@${c.domain}>
Subject: KGA SAR draft

Priya - attached is the draft Security Assessment Report for KGA. Please send
factual-accuracy comments by 07/16. Note that the risk ratings and the
authorization recommendation are the 3PAO's independent judgement; we will
consider evidence of remediation but not requests to change ratings without it.

Regards,
Renee Castellanos, CISSP, CISA
Assessment Lead | Ardent Assurance Partners LLC
`;
  return { file: 'RE_ KGA SAR draft - CSP comments.txt', expected: 'UNKNOWN', note: 'Email thread (saved as text) between the CSP and the 3PAO commenting on a draft SAR; correspondence, not the SAR.', data };
}

export async function ndaDocx(): Promise<CorpusDoc> {
  const c = QUILLON;
  const clauses: [string, string][] = [
    ['1. Purpose', `The parties wish to evaluate and carry out a business relationship concerning FedRAMP compliance advisory services for ${c.cso} (the "Purpose"), and in connection with the Purpose each party may disclose Confidential Information to the other.`],
    ['2. Confidential Information', 'Confidential Information means all non-public information disclosed by a party, whether orally or in writing, including security documentation, system architecture, vulnerability information, assessment results, and Controlled Unclassified Information (CUI) received from federal customers, that is marked or reasonably understood to be confidential.'],
    ['3. Obligations', 'The receiving party shall use Confidential Information solely for the Purpose, protect it with at least the degree of care it uses for its own confidential information and no less than reasonable care, and limit disclosure to its employees and contractors with a need to know who are bound by written obligations at least as protective as this Agreement. CUI shall be handled in accordance with 32 CFR Part 2002.'],
    ['4. Exclusions', 'Obligations do not apply to information that is or becomes public through no fault of the receiving party, was known to the receiving party before disclosure, is independently developed, or is rightfully received from a third party without restriction.'],
    ['5. Compelled Disclosure', 'If required by law to disclose Confidential Information, the receiving party shall give prompt notice to allow the disclosing party to seek a protective order.'],
    ['6. Return or Destruction', 'Upon request or termination, the receiving party shall return or destroy all Confidential Information, including copies on backup media within a reasonable time, and certify the destruction in writing.'],
    ['7. Term', 'This Agreement remains in effect for three (3) years from the Effective Date; obligations regarding CUI and vulnerability information survive for five (5) years after termination.'],
    ['8. No License; No Warranty', 'No license is granted under any intellectual property right. Confidential Information is provided "as is".'],
    ['9. Governing Law', 'This Agreement is governed by the laws of the Commonwealth of Virginia, without regard to its conflict of laws principles.'],
    ['10. Entire Agreement', 'This Agreement is the entire agreement of the parties on its subject matter and may be amended only in writing signed by both parties.'],
  ];
  const body: Block[] = [
    { t: 'title', text: 'MUTUAL NONDISCLOSURE AGREEMENT', size: 16 },
    { t: 'p', text: `This Mutual Nondisclosure Agreement (the "Agreement") is entered into as of April 2, 2025 (the "Effective Date") by and between ${c.csp}, a Delaware limited liability company with offices at ${c.address}, and ${CONSULTANCY}, a Virginia limited liability company with offices at 8200 Greensboro Drive, Suite 900, McLean, VA 22102.` },
    ...clauses.flatMap(([h, t]): Block[] => [{ t: 'p', text: h, bold: true }, { t: 'p', text: t, align: 'justify' }]),
    { t: 'p', text: 'IN WITNESS WHEREOF, the parties have executed this Agreement as of the Effective Date.' },
    { t: 'table', rows: [[c.csp, CONSULTANCY], ['By: ______________________', 'By: ______________________'], [`Name: ${c.owner}`, 'Name: Nadia Fairbanks'], ['Title: President', 'Title: Managing Director']] },
  ];
  const data = await makeDocx({ seed: 'nda', headings: 'bold', font: 'Times New Roman', core: { title: 'Mutual NDA', creator: 'Legal', lastModifiedBy: 'Paul Echeverria', created: '2025-03-28T12:00:00Z', modified: '2025-04-02T12:00:00Z' }, body });
  return { file: 'NDA_Quillon_Tallgrass.docx', expected: 'UNKNOWN', note: 'Mutual nondisclosure agreement between Quillon and the consultancy covering security documentation and CUI; a contract.', data };
}

export async function caiqXlsx(): Promise<CorpusDoc> {
  const c = KESTREL;
  const wb = newWorkbook();
  const ws = wb.addWorksheet('CAIQv4.0.3');
  mergedTitle(ws, 'A1:F1', `Consensus Assessments Initiative Questionnaire (CAIQ) v4.0.3 — ${c.csp} — completed for a commercial customer due diligence request`, 12);
  headerRow(ws, 3, ['Question ID', 'Question', 'CSP CAIQ Answer', 'SSRM Control Ownership', 'CSP Implementation Description (Optional/Recommended)', 'CCM Control ID']);
  const qs: [string, string, string, string, string][] = [
    ['A&A-01.1', 'Are audit and assurance policies, procedures, and standards established, documented, approved, communicated, applied, evaluated, and maintained?', 'Yes', 'CSP-owned', 'Annual internal audit plan; FedRAMP annual assessment by 3PAO.'],
    ['A&A-02.1', 'Are independent audit and assurance assessments conducted according to relevant standards at least annually?', 'Yes', 'CSP-owned', 'FedRAMP Moderate annual assessment; SOC 2 Type 2 planned.'],
    ['AIS-01.1', 'Are application security policies and procedures established, documented, approved, communicated, applied, evaluated, and maintained?', 'Yes', 'CSP-owned', 'Secure SDLC standard v2.'],
    ['BCR-01.1', 'Are business continuity management and operational resilience policies and procedures established and maintained?', 'Yes', 'CSP-owned', 'BCP and ISCP tested annually.'],
    ['CCC-01.1', 'Are risk management policies and procedures associated with changing organizational assets established?', 'Yes', 'CSP-owned', 'Change management via Jira and CAB.'],
    ['CEK-01.1', 'Are cryptography, encryption, and key management policies and procedures established?', 'Yes', 'Shared CSP and CSC', 'AWS KMS; customer-managed keys optional.'],
    ['DCS-01.1', 'Are policies and procedures for the secure disposal of equipment used outside the organization\'s premises established?', 'NA', 'Third-party outsourced', 'Inherited from AWS.'],
    ['DSP-01.1', 'Are policies and procedures established for the classification, protection, and handling of data throughout its lifecycle?', 'Yes', 'Shared CSP and CSC', 'Data classification standard.'],
    ['GRC-01.1', 'Are information governance program policies and procedures sponsored by organizational leadership established?', 'Yes', 'CSP-owned', 'Security steering committee chaired by CEO.'],
    ['HRS-01.1', 'Are background verification policies and procedures of all new employees established?', 'Yes', 'CSP-owned', 'Background checks for all staff.'],
    ['IAM-01.1', 'Are identity and access management policies and procedures established?', 'Yes', 'Shared CSP and CSC', 'Okta SSO with phishing-resistant MFA.'],
    ['IVS-01.1', 'Are infrastructure and virtualization security policies and procedures established?', 'Yes', 'Shared CSP and 3rd-party', 'AWS GovCloud shared responsibility.'],
    ['LOG-01.1', 'Are logging and monitoring policies and procedures established?', 'Yes', 'CSP-owned', 'Splunk SIEM; 1-year retention.'],
    ['SEF-01.1', 'Are policies and procedures for security incident management established?', 'Yes', 'CSP-owned', 'IR plan tested annually.'],
    ['STA-01.1', 'Are policies and procedures implementing the shared security responsibility model (SSRM) established?', 'Yes', 'CSP-owned', 'Customer responsibility matrix published.'],
    ['TVM-01.1', 'Are policies and procedures established to identify, report, and prioritize the remediation of vulnerabilities?', 'Yes', 'CSP-owned', 'Monthly scanning; High 30 days.'],
    ['UEM-01.1', 'Are policies and procedures established for all endpoints?', 'Yes', 'CSP-owned', 'MDM and EDR on all corporate endpoints.'],
  ];
  dataRows(ws, 4, qs.map(([id, q, a, o, d]) => [id, q, a, o, d, id.split('.')[0] ?? id]));
  widths(ws, [12, 70, 14, 22, 50, 12]);
  const data = await finishXlsx(wb, { title: 'CAIQv4.0.3', creator: 'Cloud Security Alliance', lastModifiedBy: c.isso, created: '2022-01-01T12:00:00Z', modified: '2025-04-17T12:00:00Z' });
  return { file: 'CAIQ_v4_Kestrel.xlsx', expected: 'UNKNOWN', note: 'CSA CAIQ v4 vendor security questionnaire completed by Kestrel for a commercial customer; not a FedRAMP deliverable.', data };
}

export async function kickoffPptx(): Promise<CorpusDoc> {
  const c = QUILLON;
  const slides = [
    { title: `${c.cso} — Significant Change Support`, bullets: ['Engagement kickoff', `${CONSULTANCY} and ${c.csp}`, 'May 5, 2025'], notes: 'Welcome everyone. Introductions: Nadia (engagement lead), Ravi (OSCAL), Hana and Raymond for Quillon.' },
    { title: 'Objectives', bullets: ['Prepare the significant change request for the managed Kubernetes service', 'Update SSP, inventory and CIS/CRM for the new components', 'Coordinate the targeted 3PAO assessment with Cobalt Ridge', 'Keep monthly ConMon on schedule during the change'], notes: 'Emphasize that the AO must approve before go-live.' },
    { title: 'Timeline', bullets: ['May: security impact analysis and SCR draft', 'June: SCR submitted to DCI AO', 'July–August: 3PAO assessment of affected controls', 'September 2: target go-live (subject to AO decision)'] },
    { title: 'Roles and RACI', bullets: ['Quillon ISSO — accountable for SCR content and submission', 'Tallgrass — drafting, reviews, package hygiene', 'Cobalt Ridge — independent assessment (SAP and report)', 'DCI AO — decision'] },
    { title: 'Risks and dependencies', bullets: ['Engineering capacity during the freeze', 'Image signing not yet in place', 'Agency review time for the SCR (typically 30 days)'], notes: 'Image signing is the long pole; raise at the steering committee.' },
    { title: 'Next steps', bullets: ['Weekly working session on Tuesdays', 'SIA workshop May 8', 'Share architecture diagrams by May 9'] },
  ];
  const data = await makePptx(slides, { title: 'Kickoff', creator: 'Nadia Fairbanks', lastModifiedBy: 'Nadia Fairbanks', revision: 14, created: '2025-05-01T12:00:00Z', modified: '2025-05-05T13:00:00Z' }, CONSULTANCY);
  return { file: 'kickoff.pptx', expected: 'UNKNOWN', note: 'Engagement kickoff slide deck (with speaker notes) for the Quillon significant change support project; a presentation, not the SCR itself.', data };
}

export async function jobPostingMd(): Promise<CorpusDoc> {
  const data = `## Senior FedRAMP Compliance Analyst

**${CONSULTANCY}** · McLean, VA (hybrid) or remote (US) · Full-time · Requisition TCG-117

### About us
We help cloud service providers earn and keep their FedRAMP authorizations. Our team writes and maintains
security packages for SaaS, PaaS and IaaS providers at the Low, Moderate and High impact levels.

### What you will do
- Write and update System Security Plans and their appendices (policies and procedures, contingency plans,
  configuration management plans, incident response plans) with client subject-matter experts.
- Run monthly continuous monitoring for two to three clients: review scan results, maintain POA&Ms and
  integrated inventories, draft deviation requests.
- Prepare clients for 3PAO assessments: evidence indexes, SAP walkthroughs, SAR remediation plans.
- Convert documents from the Rev 4 attachment structure to the Rev 5 templates, and help clients move to OSCAL.

### What you bring
- 4+ years in federal security compliance (FedRAMP, FISMA, DoD CC SRG, or CMMC).
- Working knowledge of NIST SP 800-53 Rev. 5, SP 800-37 and SP 800-53A.
- Clear technical writing. You can explain AC-2(3) to an engineer and to an authorizing official.
- Familiarity with AWS GovCloud, Azure Government or Google Assured Workloads.
- Nice to have: CISSP, CISA, CCSP or CAP; OSCAL experience; Python or PowerShell for automation.

### Compensation and benefits
Salary range $135,000–$165,000 depending on experience, annual bonus, 401(k) with 5% match, medical, dental,
vision, 20 days PTO plus federal holidays, $3,000 annual training budget.

*Tallgrass is an equal opportunity employer. Some client work requires US citizenship.*
`;
  return { file: 'job-posting.md', expected: 'UNKNOWN', note: 'Job description for a FedRAMP compliance analyst at the consultancy (mentions SSP, POA&M, SAR work); not a deliverable.', data };
}
