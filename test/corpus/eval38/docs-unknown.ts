import type { Block, CorpusDoc } from './kit/model.js';
import type { Cell } from './kit/xlsx.js';
import { renderDocx } from './kit/docx.js';
import { renderPdf } from './kit/pdf.js';
import { renderXlsx } from './kit/xlsx.js';
import { renderMarkdown, renderText } from './kit/text.js';
import { pick, seeded } from './kit/rng.js';
import { CUI_BANNER, ORG, approvals, distribution, prose, revisionHistory, sections } from './kit/common.js';

const S = ORG.system;
const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

async function ckl(): Promise<CorpusDoc> {
  const rand = seeded(38201);
  const rules: [string, string, string, string][] = [
    ['V-230221', 'RHEL-08-010000', 'RHEL 8 must be a vendor-supported release.', 'high'],
    ['V-230222', 'RHEL-08-010010', 'RHEL 8 vendor packaged system security patches and updates must be installed and up to date.', 'medium'],
    ['V-230223', 'RHEL-08-010020', 'RHEL 8 must implement NIST FIPS-validated cryptography.', 'high'],
    ['V-230225', 'RHEL-08-010040', 'RHEL 8 must display the Standard Mandatory DoD Notice and Consent Banner before granting local or remote access to the system via a ssh logon.', 'medium'],
    ['V-230264', 'RHEL-08-010370', 'RHEL 8 must prevent the installation of software, patches, service packs, device drivers, or operating system components from a repository without verification they have been digitally signed.', 'high'],
    ['V-230311', 'RHEL-08-010671', 'RHEL 8 must disable the kernel.core_pattern.', 'medium'],
    ['V-230346', 'RHEL-08-020024', 'RHEL 8 must limit the number of concurrent sessions to ten for all accounts and/or account types.', 'low'],
  ];
  const vulns = rules.map(([vid, rid, title, sev]) => {
    const status = pick(rand, ['NotAFinding', 'NotAFinding', 'Open', 'Not_Applicable']);
    const sd = (k: string, v: string): string => `<STIG_DATA><VULN_ATTRIBUTE>${k}</VULN_ATTRIBUTE><ATTRIBUTE_DATA>${esc(v)}</ATTRIBUTE_DATA></STIG_DATA>`;
    return `<VULN>${sd('Vuln_Num', vid)}${sd('Severity', sev)}${sd('Rule_ID', `SV-${vid.slice(2)}r627750_rule`)}${sd('Rule_Ver', rid)}${sd('Rule_Title', title)}${sd('Check_Content', 'Verify the setting with the command shown in the STIG.')}${sd('Fix_Text', 'Configure the operating system as described.')}${sd('CCI_REF', `CCI-00${Math.floor(rand() * 2000) + 100}`)}${sd('STIGRef', 'Red Hat Enterprise Linux 8 Security Technical Implementation Guide :: Version 2, Release: 1 Benchmark Date: 24 Jul 2025')}
<STATUS>${status}</STATUS><FINDING_DETAILS>${status === 'Open' ? 'Setting not present on golden image 2026.02; tracked for next image build.' : 'Verified by SCC 5.10 and manual check.'}</FINDING_DETAILS><COMMENTS></COMMENTS><SEVERITY_OVERRIDE></SEVERITY_OVERRIDE><SEVERITY_JUSTIFICATION></SEVERITY_JUSTIFICATION></VULN>`;
  });
  const data = `<?xml version="1.0" encoding="UTF-8"?>\n<!--DISA STIG Viewer :: 2.17-->\n<CHECKLIST><ASSET><ROLE>Member Server</ROLE><ASSET_TYPE>Computing</ASSET_TYPE><MARKING>CUI</MARKING><HOST_NAME>k8s-wrk-001</HOST_NAME><HOST_IP>10.42.1.21</HOST_IP><HOST_MAC></HOST_MAC><HOST_FQDN>k8s-wrk-001.igs.internal</HOST_FQDN><TARGET_COMMENT></TARGET_COMMENT><TECH_AREA></TECH_AREA><TARGET_KEY>2777</TARGET_KEY><WEB_OR_DATABASE>false</WEB_OR_DATABASE><WEB_DB_SITE></WEB_DB_SITE><WEB_DB_INSTANCE></WEB_DB_INSTANCE></ASSET>\n<STIGS><iSTIG><STIG_INFO><SI_DATA><SID_NAME>version</SID_NAME><SID_DATA>2</SID_DATA></SI_DATA><SI_DATA><SID_NAME>classification</SID_NAME><SID_DATA>UNCLASSIFIED</SID_DATA></SI_DATA><SI_DATA><SID_NAME>stigid</SID_NAME><SID_DATA>RHEL_8_STIG</SID_DATA></SI_DATA><SI_DATA><SID_NAME>title</SID_NAME><SID_DATA>Red Hat Enterprise Linux 8 Security Technical Implementation Guide</SID_DATA></SI_DATA></STIG_INFO>\n${vulns.join('\n')}\n</iSTIG></STIGS></CHECKLIST>\n`;
  return { file: 'RHEL8_k8s-wrk-001.ckl', expected: 'UNKNOWN', note: 'DISA STIG Viewer checklist (.ckl) for one host: a DoD RMF configuration artefact, not a FedRAMP deliverable.', data };
}

async function emass(): Promise<CorpusDoc> {
  const rows: Cell[][] = [
    ['eMASS System Record Export'], ['Generated 03/02/2026 14:22 by karim.osei (Ironbridge)'], [],
    ['Field', 'Value'],
    ['System ID', '8812'], ['System Name', `${S} (IL4)`], ['Acronym', 'IGS-IL4'], ['DoD Component', 'DISA'], ['Registration Type', 'Assess and Authorize'], ['Policy', 'RMF'], ['Authorization Status', 'Provisional Authorization (PA)'], ['Authorization Date', '08/19/2024'], ['Authorization Termination Date', '08/19/2027'], ['Confidentiality', 'Moderate'], ['Integrity', 'Moderate'], ['Availability', 'Moderate'], ['Cloud Impact Level', 'IL4'], ['RMF Activity', 'Monitor Security Controls'], ['Security Control Baseline', 'CNSSI 1253 + FedRAMP+ C/CEs'], ['ISSM', 'Karim Osei'], ['PM/ISO', 'Dana Whitfield'], ['DITPR ID', '21457'], ['Connectivity', 'NIPRNet via BCAP'], ['Overlays', 'Privacy Low; Cloud Computing SRG'], ['Primary Control Set', 'NIST SP 800-53 Revision 4'],
  ];
  const ports: Cell[][] = [['PPSM Registration'], ['Port', 'Protocol', 'Service', 'Direction', 'Boundary'], ['443', 'TCP', 'HTTPS', 'Inbound', 'DoDIN (BCAP)'], ['22', 'TCP', 'SSH', 'Internal', 'Enclave']];
  return { file: 'eMASS_SystemRecord_8812.xlsx', expected: 'UNKNOWN', note: 'eMASS system record export for the DoD IL4 provisional authorization: DoD registration data, not a FedRAMP deliverable.', data: await renderXlsx([{ name: 'System Information', rows, headerRow: 4 }, { name: 'PPSM', rows: ports, headerRow: 2 }], { creator: 'eMASS', company: 'DISA' }) };
}

async function srgMap(): Promise<CorpusDoc> {
  const rows: Cell[][] = [['DoD Cloud Computing SRG - Impact Level Mapping'], [`${S} tenants and data types`], [], ['Tenant / Workload', 'Data Type', 'Impact Level', 'SRG Section', 'Connection Path', 'CSSP', 'Notes']];
  const data: [string, string, string, string, string][] = [
    ['Army PEO tenant', 'CUI (non-NSS)', 'IL4', 'Section 5.2', 'BCAP'], ['Navy logistics tenant', 'CUI', 'IL4', 'Section 5.2', 'BCAP'], ['DLA public site', 'Public', 'IL2', 'Section 5.1', 'Internet'], ['HUD (civilian)', 'Moderate (FedRAMP)', 'N/A - FedRAMP only', '-', 'Internet/TIC'], ['Planned USAF tenant', 'CUI/Mission critical', 'IL5 (not offered)', 'Section 5.2.2.3', 'BCAP'],
  ];
  for (const [t, d, il, sec, path] of data) rows.push([t, d, il, sec, path, il.startsWith('IL') ? 'Commercial CSSP (Tier 2)' : '', il === 'IL5 (not offered)' ? 'Requires dedicated infrastructure' : '']);
  return { file: 'IL_mapping.xlsx', expected: 'UNKNOWN', note: 'DoD Cloud Computing SRG impact-level mapping of tenants and data types: a DoD artefact outside the FedRAMP taxonomy.', data: await renderXlsx([{ name: 'IL Mapping', rows, headerRow: 4 }], { creator: 'Solutions Architecture', title: 'SRG IL mapping' }) };
}

async function dd2875(): Promise<CorpusDoc> {
  const blocks: Block[] = [
    { t: 'bold', text: 'SYSTEM AUTHORIZATION ACCESS REQUEST (SAAR)' },
    { t: 'small', text: 'DD FORM 2875, AUG 2009 (EG). PRIVACY ACT STATEMENT. AUTHORITY: Executive Order 10450; and Public Law 99-474. PRINCIPAL PURPOSE: To record names, signatures, and other identifiers for the purpose of validating the trustworthiness of individuals requesting access to Department of Defense (DoD) systems and information.' },
    { t: 'table', rows: [['TYPE OF REQUEST', 'INITIAL'], ['DATE', '20260211'], ['SYSTEM NAME', `${S} IL4 Enclave`], ['LOCATION', 'Herndon, VA']] },
    { t: 'bold', text: 'PART I (To be completed by Requestor)' },
    { t: 'table', rows: [['1. NAME', 'Nguyen, Alan T.'], ['2. ORGANIZATION', ORG.csp], ['3. OFFICE SYMBOL/DEPARTMENT', 'Platform Ops'], ['4. PHONE', '703-555-0170'], ['5. OFFICIAL E-MAIL ADDRESS', 'alan.nguyen@ironbridgefed.us'], ['6. JOB TITLE AND GRADE/RANK', 'Site Reliability Engineer / CTR'], ['8. CITIZENSHIP', 'US'], ['9. DESIGNATION OF PERSON', 'Contractor'], ['10. IA TRAINING AND AWARENESS CERTIFICATION REQUIREMENTS', 'Completed Annual Cyber Awareness Challenge 20260105']] },
    { t: 'bold', text: 'PART II ENDORSEMENT OF ACCESS BY INFORMATION OWNER, USER SUPERVISOR OR GOVERNMENT SPONSOR' },
    { t: 'table', rows: [['13. JUSTIFICATION FOR ACCESS', 'Privileged administration of IL4 Kubernetes worker nodes'], ['14. TYPE OF ACCESS REQUIRED', 'PRIVILEGED'], ['16. VERIFICATION OF NEED TO KNOW', 'Yes'], ['17. SUPERVISOR NAME', 'Priya Nair'], ['18. SUPERVISOR SIGNATURE', '/s/ NAIR.PRIYA.1234567890']] },
    { t: 'bold', text: 'PART III SECURITY MANAGER VALIDATES THE BACKGROUND INVESTIGATION OR CLEARANCE INFORMATION' },
    { t: 'table', rows: [['22. TYPE OF INVESTIGATION', 'Tier 3'], ['22a. INVESTIGATION DATE', '20230414'], ['23. IT LEVEL DESIGNATION', 'LEVEL I']] },
    { t: 'bold', text: 'PART IV COMPLETION BY AUTHORIZED STAFF PREPARING ACCOUNT INFORMATION' },
    { t: 'p', text: 'Account created 20260213 by ISSO; user account: anguyen-adm. PIV/CAC certificate mapped.' },
  ];
  return { file: 'DD2875_Nguyen.pdf', expected: 'UNKNOWN', note: 'DD Form 2875 System Authorization Access Request for one user: DoD access form, not a FedRAMP deliverable.', data: await renderPdf(blocks, { title: 'DD Form 2875', creator: 'anguyen', header: 'CUI (when filled in)' }) };
}

async function cssp(): Promise<CorpusDoc> {
  const blocks: Block[] = [
    { t: 'small', text: CUI_BANNER },
    { t: 'title', text: 'Cybersecurity Service Provider (CSSP) Support Agreement' },
    { t: 'subtitle', text: `Between Sentinel Defense CSSP (Tier 2) and ${ORG.csp}` },
    ...revisionHistory([['07/15/2024', '1.0', 'Initial agreement for IL4 PA', 'CSSP Contracts'], ['07/15/2025', '1.1', 'Annual renewal', 'CSSP Contracts']]),
    ...sections('cssp', [
      ['1. Purpose', [`This agreement defines the cybersecurity services that Sentinel Defense CSSP provides to the ${S} IL4 enclave under DoDI 8530.01 and the DoD Cloud Computing SRG, Section 6.`]],
      ['2. Services Provided', ['Protect: vulnerability assessment coordination, IAVM compliance tracking. Monitor, Analyze and Detect: 24x7 monitoring of the IL4 enclave sensor feeds. Respond: incident handling coordination and reporting to JFHQ-DODIN via the DoD CSSP reporting chain. Sustain: CCRI preparation support.']],
      ['3. Subscriber Responsibilities', ['Ironbridge will forward IL4 enclave logs to the CSSP, report incidents within one hour, implement CTOs and TASKORDs, and maintain its IAVM posture.']],
      ['4. Points of Contact', ['CSSP Mission Owner; Ironbridge ISSM; Ironbridge SOC Lead.']],
      ['5. Term and Termination', ['The agreement is valid for one year and renews automatically unless either party gives 90 days notice.']],
    ]),
    ...approvals('Signatures', [['Col. (Ret.) Harold Briggs', 'CSSP Director'], ['Dana Whitfield', 'Ironbridge System Owner']]),
  ];
  return { file: 'CSSP_Agreement_Signed.docx', expected: 'UNKNOWN', note: 'DoD CSSP support agreement for the IL4 enclave (DoDI 8530.01): not a FedRAMP deliverable.', data: await renderDocx(blocks, { title: 'System Security Plan', creator: 'CSSP Contracts', header: CUI_BANNER }) };
}

async function disaConn(): Promise<CorpusDoc> {
  const blocks: Block[] = [
    { t: 'bold', text: 'DEFENSE INFORMATION SYSTEMS AGENCY' },
    { t: 'small', text: 'P.O. Box 549, Fort Meade, Maryland 20755-0549' },
    { t: 'p', text: 'MEMORANDUM FOR IRONBRIDGE FEDERAL CLOUD, LLC' },
    { t: 'p', text: 'SUBJECT: Cloud Permission to Connect (CPTC) - Ironbridge GovStack IL4, Boundary Cloud Access Point (BCAP)' },
    { t: 'p', text: 'References: (a) DoD Cloud Computing Security Requirements Guide; (b) DoD Cloud Connection Process Guide; (c) DoD Provisional Authorization for Ironbridge GovStack IL4, 19 August 2024.' },
    ...prose('disa', ['1. The DISA Connection Approval Office (CAO) has reviewed the cloud connection package submitted through the SNAP database for the IL4 enclave and grants permission to connect to the DoDIN through the BCAP.', '2. This approval is contingent on maintaining the DoD PA, continued CSSP coverage, and compliance with all CTOs. The connection is registered under SNAP ID 0078211.', '3. The approval expires with the provisional authorization or upon a significant change to the connection architecture, whichever is earlier.'], 3),
    { t: 'p', text: 'Connection Approval Office, DISA RE' },
  ];
  return { file: 'doc-0802.pdf', expected: 'UNKNOWN', note: 'DISA Cloud Permission to Connect memo for the IL4 enclave: DoD connection approval, not a FedRAMP deliverable.', data: await renderPdf(blocks, { creator: 'DISA CAO' }) };
}

async function flowDown(): Promise<CorpusDoc> {
  const blocks: Block[] = [
    { t: 'bold', text: 'EXHIBIT C - CYBERSECURITY FLOW-DOWN REQUIREMENTS' },
    { t: 'p', text: 'Subcontract No. IBF-SUB-2026-014 between Ironbridge Federal Cloud, LLC ("Contractor") and Northwind Managed Services, Inc. ("Subcontractor")' },
    ...sections('flow', [
      ['C.1 DFARS 252.204-7012, Safeguarding Covered Defense Information and Cyber Incident Reporting', ['Subcontractor shall provide adequate security on all covered contractor information systems, implementing at a minimum NIST SP 800-171, and shall report cyber incidents to the DoD within 72 hours through the DIBNet portal and notify Contractor within the same period.']],
      ['C.2 DFARS 252.204-7019 and -7020, NIST SP 800-171 DoD Assessment Requirements', ['Subcontractor shall have a current assessment score posted in SPRS and shall provide access for a Medium or High assessment on request.']],
      ['C.3 Cybersecurity Maturity Model Certification', ['Prior to award of any task involving CUI, Subcontractor shall hold a current CMMC Level 2 (C3PAO) certification status as required by DFARS 252.204-7021.']],
      ['C.4 FedRAMP Moderate Equivalency for External Cloud Services', ['If Subcontractor uses an external cloud service to store CUI, the service must be FedRAMP Moderate authorized or meet equivalency per the DoD CIO memorandum.']],
      ['C.5 Flow-Down', ['Subcontractor shall include the substance of this Exhibit in all lower-tier subcontracts.']],
    ], 'h2'),
  ];
  return { file: 'Exhibit_C_flowdown.docx', expected: 'UNKNOWN', note: 'Subcontract exhibit flowing down DFARS 7012/7019/7020/CMMC clauses: a contract document, not a FedRAMP deliverable.', data: await renderDocx(blocks, { creator: 'Legal', title: 'Subcontract Exhibit C', headings: 'bold' }) };
}

async function stigWaiver(): Promise<CorpusDoc> {
  const blocks: Block[] = [
    { t: 'small', text: CUI_BANNER },
    { t: 'p', text: '14 January 2026' },
    { t: 'p', text: 'MEMORANDUM FOR DISA Authorizing Official, Cloud Provisional Authorizations' },
    { t: 'p', text: 'THROUGH: DoD Mission Owner ISSM, Army PEO tenant' },
    { t: 'p', text: 'SUBJECT: Request for STIG Waiver - RHEL-08-010671 (kernel.core_pattern) on IL4 Kubernetes worker nodes, eMASS System ID 8812' },
    ...prose('waiver', ['1. Ironbridge requests a waiver from the RHEL 8 STIG requirement RHEL-08-010671 for the IL4 worker node image. The container runtime crash diagnostics used by the CSSP depend on a custom core_pattern handler.', '2. Mitigations: core dumps are written to an encrypted volume readable only by root, purged after 24 hours, and excluded from backups. The CAT II finding will be documented as a risk-accepted item in eMASS with a review date of 14 January 2027.', '3. This request applies only to the DoD IL4 enclave under the DoD Provisional Authorization.'], 3),
    { t: 'p', text: 'KARIM OSEI, ISSM, Ironbridge Federal Cloud, LLC' },
    ...distribution(['DISA Cloud PA Team', 'Sentinel Defense CSSP', 'Army PEO ISSM']),
  ];
  return { file: 'waiver_memo.docx', expected: 'UNKNOWN', note: 'DoD STIG waiver memo to the DISA AO for the IL4 enclave (eMASS risk acceptance): not a FedRAMP deliverable.', data: await renderDocx(blocks, { creator: 'Karim Osei' }) };
}

async function legend(): Promise<CorpusDoc> {
  const blocks: Block[] = [
    { t: 'title', text: 'Network Diagram Legend and Conventions (NIPR / SIPR / Commercial)' },
    ...prose('legend', ['This legend accompanies the Visio stencils used in all Ironbridge network diagrams, including those for the DoD IL4 enclave. It is maintained by Network Engineering.'], 1),
    { t: 'table', rows: [['Symbol / Color', 'Meaning'], ['Solid blue line', 'NIPRNet transport (via BCAP)'], ['Solid red line', 'SIPRNet transport - NOT USED by GovStack; shown only on customer reference diagrams'], ['Dashed green line', 'Commercial internet / TIC 3.0 path'], ['Orange box', 'Authorization boundary (FedRAMP or DoD PA as labeled)'], ['Gray cylinder', 'Data store'], ['Padlock icon', 'FIPS 140-validated encryption in transit'], ['Shield icon', 'CSSP sensor / tap']] },
    { t: 'h1', text: 'Labeling Rules' },
    { t: 'bullets', items: ['Every diagram carries a classification banner at top and bottom.', 'Boundary boxes must be labeled with the authorization they belong to.', 'IP addresses are shown as CIDR blocks, never individual hosts.', 'Diagram revisions are tracked in the title block.'] },
  ];
  return { file: 'diagram-legend.md', expected: 'UNKNOWN', note: 'Network diagram legend (NIPR/SIPR/commercial line styles): an engineering convention sheet, not a deliverable.', data: renderMarkdown(blocks) };
}

async function soc2(): Promise<CorpusDoc> {
  const blocks: Block[] = [
    { t: 'title', text: 'SOC 2 Type II Report' },
    { t: 'subtitle', text: `${ORG.csp} - ${S} Commercial Region` },
    { t: 'p', text: 'Report on Controls Relevant to Security, Availability and Confidentiality for the period April 1, 2025 to March 31, 2026' },
    { t: 'h1', text: 'Section I - Independent Service Auditor\'s Report' },
    ...prose('soc', ['We have examined the accompanying description of the system and the suitability of the design and operating effectiveness of controls to provide reasonable assurance that the service commitments and system requirements were achieved based on the trust services criteria relevant to security, availability and confidentiality (AICPA TSP section 100).', 'In our opinion, in all material respects, the controls stated in the description were suitably designed and operated effectively throughout the period.'], 2),
    { t: 'h1', text: 'Section II - Management\'s Assertion' },
    ...prose('soc2', ['Management of Ironbridge is responsible for the description and for the design and operation of controls.'], 1),
    { t: 'h1', text: 'Section IV - Trust Services Criteria, Controls and Tests of Controls' },
    { t: 'table', rows: [['Criteria', 'Control', 'Test Performed', 'Result'], ['CC6.1', 'Logical access requires MFA', 'Inspected configuration; sampled 25 users', 'No exceptions noted'], ['CC7.2', 'Security events are monitored', 'Inspected SIEM alerts for sample of 15 days', 'No exceptions noted'], ['A1.2', 'Backups are performed daily', 'Inspected backup logs', 'Exception: 1 of 25 days missed; remediated']] },
    { t: 'small', text: 'Restricted use: intended solely for Ironbridge, its user entities and their auditors.' },
  ];
  return { file: 'Ironbridge_SOC2_TypeII_2026.pdf', expected: 'UNKNOWN', note: 'SOC 2 Type II report on the commercial region: another framework\'s audit report, not a FedRAMP deliverable.', data: await renderPdf(blocks, { title: 'SOC 2 Type II', creator: 'Brightline CPAs LLP', footer: 'Confidential' }) };
}

async function kickoffMinutes(): Promise<CorpusDoc> {
  const blocks: Block[] = [
    { t: 'bold', text: 'Meeting Minutes - FedRAMP Agency Authorization Kickoff' },
    { t: 'table', rows: [['Date', 'February 18, 2026, 10:00-12:00 ET'], ['Location', 'HUD HQ, Room 4170 / Teams'], ['Attendees', 'HUD: A. Simmons (AO), M. Lee (ISSO); Ironbridge: D. Whitfield, K. Osei, M. Ruiz; Castlegate: E. Park; FedRAMP PMO: package reviewer'], ['Recorder', 'M. Ruiz']] },
    { t: 'h1', text: 'Agenda' },
    { t: 'bullets', items: ['Introductions', 'System overview and authorization boundary', 'Reuse of DoD PA artifacts', 'Schedule for SSP review, SAP, testing, SAR', 'Action items'] },
    { t: 'h1', text: 'Discussion' },
    ...prose('kick', ['D. Whitfield presented the system architecture and the authorization boundary. The agency asked why the IL4 enclave is excluded; K. Osei explained that it shares only corporate common controls.', 'The PMO reviewer cautioned that DoD PA artifacts (SCTM, eMASS exports, STIG checklists) cannot be submitted in place of FedRAMP templates, though they may be used as evidence during testing.', 'E. Park confirmed the 3PAO will deliver the SAP within three weeks of SSP approval; testing is targeted for April.'], 3),
    { t: 'h1', text: 'Action Items' },
    { t: 'table', rows: [['#', 'Action', 'Owner', 'Due'], ['1', 'Resubmit SSP with Attachment 13 inventory updated', 'Ironbridge', '03/06/2026'], ['2', 'Provide agency comments on boundary', 'HUD ISSO', '02/27/2026'], ['3', 'Draft SAP', 'Castlegate', '03/20/2026']] },
    { t: 'small', text: 'Next meeting: March 4, 2026.' },
  ];
  return { file: 'SSP_final.docx', expected: 'UNKNOWN', note: 'Minutes of the authorization kickoff meeting (agenda, discussion, action items); the file name misleadingly says SSP.', data: await renderDocx(blocks, { title: 'Ironbridge GovStack System Security Plan', creator: 'Melissa Ruiz', headings: 'bold' }) };
}

async function purpleTeamRoe(): Promise<CorpusDoc> {
  const blocks: Block[] = [
    { t: 'p', text: 'MEMORANDUM' },
    { t: 'p', text: 'TO: Ironbridge SOC, Platform Operations   FROM: Tom Becker, Incident Response Manager   DATE: 9 September 2026' },
    { t: 'p', text: 'SUBJECT: Rules of Engagement - Internal Purple Team Exercise "IRON HARBOR" (Q3 FY26)' },
    ...sections('roe', [
      ['Purpose', ['Ironbridge Red Cell will emulate a ransomware affiliate against the corporate IT network and the staging environment to exercise SOC detection and the incident response playbooks. This is an internal training exercise; it is not a 3PAO assessment and its results are not submitted to any authorizing official.']],
      ['Scope and Restrictions', ['In scope: corporate AD, staging Kubernetes cluster, phishing of volunteers. Out of scope: production, the IL4 enclave, customer data, DoS. Trusted agents: SOC Lead and CISO only.']],
      ['Communications and Stop Procedure', ['Red Cell lead checks in with the trusted agent every four hours; the code word CANDLE stops all activity immediately.']],
      ['Deconfliction', ['Real alerts take precedence; the trusted agent deconflicts within 15 minutes.']],
    ]),
  ];
  return { file: 'upload (5).docx', expected: 'UNKNOWN', note: 'Rules-of-engagement memo for an internal purple-team training exercise: not a 3PAO Security Assessment Plan.', data: await renderDocx(blocks, { creator: 'Tom Becker', headings: 'bold' }) };
}

async function jobDesc(): Promise<CorpusDoc> {
  const blocks: Block[] = [
    { t: 'title', text: 'Job Description - Information System Security Manager (ISSM), FedRAMP and DoD Programs' },
    { t: 'p', text: 'Location: Herndon, VA (hybrid). Clearance: Active Secret required. Req ID 26-0173.' },
    { t: 'h1', text: 'About the Role' },
    ...prose('job', ['The ISSM leads authorization activities for Ironbridge GovStack under both the DoD Cloud Computing SRG (IL4) and FedRAMP Moderate. You will own the SSP, manage POA&M remediation with engineering, coordinate 3PAO assessments, and represent Ironbridge in eMASS and the FedRAMP repository.'], 1),
    { t: 'h1', text: 'Responsibilities' },
    { t: 'bullets', items: ['Maintain the System Security Plan and attachments', 'Run monthly continuous monitoring (scans, POA&M, inventory)', 'Coordinate CSSP reporting and CCRI readiness', 'Prepare significant change requests and deviation requests', 'Mentor ISSOs'] },
    { t: 'h1', text: 'Qualifications' },
    { t: 'bullets', items: ['DoD 8140 IAM Level III (CISSP or CASP+)', '7+ years in RMF/FedRAMP authorization', 'Experience with ACAS, SCC, STIG Viewer and eMASS', 'Excellent writing skills'] },
    { t: 'p', text: 'Ironbridge is an Equal Opportunity Employer. Salary range: $165,000 - $205,000.' },
  ];
  return { file: 'ISSM_JD.txt', expected: 'UNKNOWN', note: 'Job description for an ISSM position that mentions SSP, POA&M and scans: an HR document, not a deliverable.', data: renderText(blocks) };
}

async function questionnaire(): Promise<CorpusDoc> {
  const qs: [string, string, string][] = [
    ['Does your organization maintain an information security program approved by management?', 'Yes', 'ISMS policy approved 2025-11'], ['Is customer data encrypted at rest?', 'Yes', 'AES-256, FIPS 140-3 modules'], ['Do you hold a FedRAMP authorization?', 'In process', 'Agency ATO expected Q2 2026; DoD IL4 PA held'], ['Do you perform annual penetration tests?', 'Yes', 'Third-party, annually'], ['Do you have a documented incident response plan?', 'Yes', 'Tested annually'], ['Do subcontractors have access to customer data?', 'No', ''], ['Where is customer data stored?', 'US only', 'AWS GovCloud (US)'], ['Do you support SAML SSO?', 'Yes', ''],
  ];
  const rows: Cell[][] = [['Third-Party Vendor Security Assessment Questionnaire'], ['Requesting organization: Lakeshore Regional Health System - Procurement'], ['Vendor: Ironbridge Federal Cloud, LLC'], [], ['#', 'Question', 'Response', 'Comments / Evidence'], ...qs.map(([q, r, c], i) => [i + 1, q, r, c])];
  return { file: 'Vendor_Questionnaire_Lakeshore.xlsx', expected: 'UNKNOWN', note: 'A prospective commercial customer\'s vendor security questionnaire answered by the CSP: not a FedRAMP deliverable.', data: await renderXlsx([{ name: 'Questionnaire', rows, headerRow: 5 }], { creator: 'Sales Engineering' }) };
}

async function projectPlan(): Promise<CorpusDoc> {
  const tasks: [string, string, string, string, string][] = [
    ['1', 'FedRAMP Agency Authorization', '2026-01-05', '2026-07-31', ''], ['1.1', 'Convert DoD SSP to FedRAMP template', '2026-01-05', '2026-02-13', 'K. Osei'], ['1.2', 'Complete SSP attachments', '2026-01-19', '2026-03-06', 'M. Ruiz'], ['1.3', 'Agency SSP review', '2026-03-09', '2026-03-20', 'HUD'], ['1.4', '3PAO prepares SAP', '2026-03-09', '2026-03-20', 'Castlegate'], ['1.5', 'Assessment testing', '2026-04-06', '2026-04-24', 'Castlegate'], ['1.6', 'SAR delivered', '2026-05-08', '2026-05-08', 'Castlegate'], ['1.7', 'POA&M built from SAR', '2026-05-11', '2026-05-15', 'Ironbridge'], ['1.8', 'Agency ATO decision', '2026-05-18', '2026-06-02', 'HUD'], ['1.9', 'PMO review', '2026-06-03', '2026-07-31', 'FedRAMP PMO'],
  ];
  const head = 'WBS,Task Name,Start,Finish,Resource Names,% Complete,Predecessors';
  const lines = tasks.map(([w, n, s, f, r], i) => `${w},"${n}",${s},${f},${r},${i < 7 ? 100 : 20},${i > 1 ? tasks[i - 1]?.[0] ?? '' : ''}`);
  return { file: 'FedRAMP_project_schedule.csv', expected: 'UNKNOWN', note: 'Project schedule (MS Project CSV export) of the authorization effort: a project plan, not a deliverable.', data: [head, ...lines].join('\r\n') + '\r\n' };
}

async function riskRegister(): Promise<CorpusDoc> {
  const rand = seeded(38211);
  const risks = ['Key staff attrition in GRC team', 'Delay in 3PAO availability', 'AWS GovCloud region outage', 'Agency sponsor priorities change', 'Cost overrun on IL5 pursuit', 'Supplier ransomware event', 'Insider misuse of privileged access', 'Dependency on single HSM vendor'];
  const rows: Cell[][] = [['Enterprise Risk Register - FY2026 Q2'], [], ['Risk ID', 'Risk Title', 'Category', 'Likelihood (1-5)', 'Impact (1-5)', 'Score', 'Owner', 'Treatment', 'Status', 'Review Date']];
  risks.forEach((r, i) => {
    const l = 1 + Math.floor(rand() * 5);
    const im = 1 + Math.floor(rand() * 5);
    rows.push([`ERM-${String(i + 1).padStart(3, '0')}`, r, pick(rand, ['Strategic', 'Operational', 'Financial', 'Security']), l, im, l * im, pick(rand, ['COO', 'CISO', 'CFO', 'VP Federal']), pick(rand, ['Mitigate', 'Accept', 'Transfer']), 'Open', '2026-06-30']);
  });
  return { file: 'risk_register_Q2.xlsx', expected: 'UNKNOWN', note: 'Corporate enterprise risk register (likelihood x impact, owners): not a POA&M or any deliverable.', data: await renderXlsx([{ name: 'Register', rows, headerRow: 3 }], { creator: 'ERM Office', title: 'POA&M' }) };
}

async function isoCert(): Promise<CorpusDoc> {
  const blocks: Block[] = [
    { t: 'title', text: 'CERTIFICATE' },
    { t: 'p', text: 'This is to certify that the Information Security Management System of' },
    { t: 'bold', text: 'Ironbridge Federal Cloud, LLC' },
    { t: 'p', text: '13530 Dulles Technology Drive, Herndon, VA 20171, United States' },
    { t: 'p', text: 'has been assessed and found to conform to the requirements of ISO/IEC 27001:2022 for the following scope: The provision of cloud platform services (managed Kubernetes, managed databases, object storage) including supporting operations, in accordance with the Statement of Applicability version 4 dated 2025-10-01.' },
    { t: 'table', rows: [['Certificate No.', 'IS 781204'], ['Original certification', '2023-11-20'], ['Current issue', '2025-11-20'], ['Expiry', '2028-11-19']] },
    { t: 'small', text: 'Signed on behalf of the certification body. This certificate remains the property of the certification body and is subject to surveillance audits. Validity can be verified in the online certificate directory.' },
  ];
  return { file: 'ISO27001_cert.pdf', expected: 'UNKNOWN', note: 'ISO/IEC 27001 certificate of the CSP: another framework\'s certificate, not a FedRAMP deliverable.', data: await renderPdf(blocks, { title: 'Certificate', creator: 'Certification Body' }) };
}

async function trainingNotes(): Promise<CorpusDoc> {
  const blocks: Block[] = [
    { t: 'bold', text: 'Speaker notes - "Living with Two Authorizations: DoD PA and FedRAMP" (all-hands training, 45 min)' },
    { t: 'h2', text: 'Slide 1 - Title' },
    { t: 'p', text: 'Welcome everyone. Today is about how our daily work changes now that we run under a DoD provisional authorization and are pursuing a FedRAMP agency authorization with HUD.' },
    { t: 'h2', text: 'Slide 2 - Two vocabularies' },
    { t: 'p', text: 'In DoD land we say CCI, STIG, eMASS, CSSP and CTO. In FedRAMP land we say SSP attachments, ConMon, POA&M, significant change. Same controls, different paperwork. Please do not send a .ckl file to the agency when they ask for scan results.' },
    { t: 'h2', text: 'Slide 3 - Monthly rhythm' },
    { t: 'p', text: 'Every month we deliver scans, the POA&M and the inventory. Patch High findings within 30 days, Moderate in 90, Low in 180. KEV items follow the CISA due dates.' },
    { t: 'h2', text: 'Slide 4 - Change' },
    { t: 'p', text: 'Any change that touches the boundary goes to the CCB first; Karim decides whether it needs a significant change request. Do not deploy new services without that decision.' },
    { t: 'h2', text: 'Slide 5 - Questions' },
    { t: 'p', text: 'Quiz link is in the LMS; completion is required by March 31.' },
  ];
  return { file: 'allhands_notes.txt', expected: 'UNKNOWN', note: 'Speaker notes of an internal training deck about DoD vs FedRAMP vocabulary: training material, not a deliverable.', data: renderText(blocks) };
}

export const unknownDocs: (() => Promise<CorpusDoc>)[] = [ckl, emass, srgMap, dd2875, cssp, disaConn, flowDown, stigWaiver, legend, soc2, kickoffMinutes, purpleTeamRoe, jobDesc, questionnaire, projectPlan, riskRegister, isoCert, trainingNotes];

