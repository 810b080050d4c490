/** Prose deliverables (docx / pdf / markdown) of the SSP package and the assessment cycle. */
import { type Block, type PdfLine, docx, frontMatter, numbered, pdf, sections, xlsx } from './kit.js';
import { filler } from './prose.js';
import { CSP, FR_ID, SYS, SYS_SHORT, TPAO, type EvalDoc } from './types.js';

export type Sec = { h: string; body: string[]; table?: string[][] };
function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619) >>> 0;
  return h;
}
/** A section: author-written lead paragraph(s) + seeded filler on the topic. */
export function S(h: string, lead: string | string[], topic: string, n = 2, table?: string[][]): Sec {
  const leads = Array.isArray(lead) ? lead : [lead];
  return { h, body: [...leads, ...filler(hash(h + '|' + topic + '|' + leads.join('').length), topic, n)], ...(table ? { table } : {}) };
}

const REV: [string, string, string, string][] = [
  ['2023-09-14', '1.0', 'Initial release for agency authorization', 'K. Osei'],
  ['2024-06-03', '1.1', 'Annual review; updated for Rev5 transition', 'M. Laurent'],
  ['2025-05-28', '2.0', 'Regenerated from compliance-as-code sources; migrated to GovCloud east', 'compliance-bot / D. Whitfield'],
];
const APPROVERS: [string, string][] = [
  ['Dana Whitfield', 'Information System Owner, Cirrusway, Inc.'],
  ['Priya Raman', 'Chief Information Security Officer, Cirrusway, Inc.'],
];
const LEGAL = 'This document contains confidential information of Cirrusway, Inc. and is provided to federal agencies, FedRAMP and authorized third-party assessors solely for the purpose of evaluating the security of the Cirrusway Application Platform. Controlled Unclassified Information (CUI) - handle in accordance with agency policy.';

export function docFront(toc: string[], extra: Partial<Parameters<typeof frontMatter>[0]> = {}): Block[] {
  return frontMatter({ org: CSP, revisions: REV, approvers: APPROVERS, toc, ...extra });
}

export function mdFront(fields: Record<string, string | string[]>): string {
  const lines = Object.entries(fields).map(([k, v]) => (Array.isArray(v) ? `${k}:\n${v.map((x) => `  - ${x}`).join('\n')}` : `${k}: "${v}"`));
  return `---\n${lines.join('\n')}\n---\n\n`;
}
export function md(secs: Sec[], numbered = false): string {
  return secs
    .map((s, i) => {
      let t = `## ${numbered ? `${i + 1} ` : ''}${s.h}\n\n${s.body.join('\n\n')}\n`;
      if (s.table) t += '\n' + s.table.map((r, j) => `| ${r.join(' | ')} |` + (j === 0 ? `\n|${r.map(() => '---').join('|')}|` : '')).join('\n') + '\n';
      return t;
    })
    .join('\n');
}
export function pandocPdf(title: string, author: string, date: string, secs: Sec[], meta: { title?: string; author?: string; subject?: string } = {}, abstract?: string): Promise<Buffer> {
  const lines: PdfLine[] = [{ gap: 40 }, { title }, { sub: author }, { sub: date }, { gap: 20 }];
  if (abstract) lines.push({ p: 'Abstract. ' + abstract }, { gap: 10 });
  const body = numbered(secs.map((s) => ({ h: s.h, body: s.table ? [...s.body, s.table.map((r) => r.join('  |  ')).join('\n')] : s.body })));
  return pdf({ lines: [...lines, ...body], meta: { ...meta, creator: 'LaTeX via pandoc' } });
}

// ------------------------------------------------------------------ SSP (pandoc PDF)

function sspSecs(): Sec[] {
  return [
    S('Information System Name and Identifier', `This System Security Plan describes the ${SYS} (${SYS_SHORT}), FedRAMP package ID ${FR_ID}, a platform-as-a-service offered by ${CSP} to federal agencies.`, 'system identification', 1),
    S('Information System Categorization', 'The system is categorized as Moderate impact for confidentiality, integrity and availability in accordance with FIPS 199 and NIST SP 800-60; the full categorization is in Attachment 10 (FIPS 199).', 'security categorization', 1, [['Security Objective', 'Low, Moderate or High'], ['Confidentiality', 'Moderate'], ['Integrity', 'Moderate'], ['Availability', 'Moderate']]),
    S('Digital Identity Determination', 'The digital identity level is IAL2 / AAL2 / FAL2 as recorded in the Digital Identity Worksheet (Attachment 3).', 'digital identity', 1),
    S('Information System Owner and Authorizing Officials', `The System Owner is Dana Whitfield, ${CSP}. The Authorizing Official is designated by the sponsoring agency.`, 'roles and contacts', 1),
    S('General System Description', `${SYS_SHORT} provides managed Kubernetes clusters, a build service, a managed PostgreSQL service and a web console. All components run in AWS GovCloud (US) and leverage FedRAMP High authorized AWS services.`, 'the system description', 2),
    S('System Environment and Inventory', 'The authorization boundary diagram, network diagram and data flow diagrams are maintained as code (diagrams-as-code) and rendered at each release. The inventory is provided in Attachment 13, the Integrated Inventory Workbook, generated nightly from the AWS Config aggregator.', 'the authorization boundary', 2),
    S('System Interconnections', 'There are no dedicated interconnections. External services used include the corporate identity provider (FedRAMP Moderate authorized) and a FedRAMP authorized ticketing service.', 'external services', 1),
    S('Minimum Security Controls', 'Control implementation statements for each control of the FedRAMP Rev5 Moderate baseline follow. AC-2 Account Management: accounts are provisioned from the HR system of record; inactive accounts are disabled after 35 days. AC-2 Control Origination: Service Provider System Specific. Implementation Status: Implemented.', 'access control implementation', 2),
    S('AU-2 Event Logging', 'Implementation Status: Implemented. Part a: the platform logs authentication events, privileged commands and Kubernetes API audit events. Part b: event types are coordinated with the Security Operations team.', 'event logging', 2),
    S('CM-2 Baseline Configuration', 'Implementation Status: Implemented. Baseline configurations are defined in Terraform and Helm; drift is detected by AWS Config and reconciled by Argo CD.', 'baseline configuration', 2),
    S('RA-5 Vulnerability Monitoring and Scanning', 'Implementation Status: Implemented. Container images are scanned in CI and at runtime; hosts are scanned monthly with authenticated scans; results feed the POA&M.', 'vulnerability management', 2),
  ];
}

// ------------------------------------------------------------------ SAP / SAR

function sapSecs(): Sec[] {
  return [
    S('Introduction', `${TPAO} has been engaged by ${CSP} to perform the 2025 annual assessment of the ${SYS}. This Security Assessment Plan (SAP) describes the scope, methodology, schedule and rules of engagement for that assessment.`, 'the assessment', 1),
    S('Purpose', 'The purpose of this plan is to obtain the approval of the authorizing official for the assessment approach before testing begins.', 'assessment approval', 1),
    S('Scope', 'The assessment covers the controls selected for annual assessment (core controls, controls changed since the last assessment and a one-third rotation of the remaining controls), all components listed in the Integrated Inventory Workbook dated 30 May 2025, and the web console.', 'assessment scope', 2, [['Component', 'Location', 'Tested'], ['EKS worker nodes (AL2023)', 'us-gov-west-1 / us-gov-east-1', 'Sampled (25%)'], ['RDS PostgreSQL 15', 'us-gov-west-1', 'All'], ['Web console', 'https://console.cap.cirrusway.us', 'All']]),
    S('Assumptions', 'The CSP will provide read-only accounts to the AWS organization and to the Git repositories hosting infrastructure code before the kick-off meeting.', 'assessment logistics', 1),
    S('Methodology', 'Controls will be assessed with the examine, interview and test methods described in NIST SP 800-53A Rev 5 using the FedRAMP SAR test case workbook. Automated evidence exported from the compliance pipeline is accepted where the assessor can independently reproduce it.', 'test methodology', 2),
    S('Test Plan', 'Vulnerability scanning will be performed by the assessor with authenticated OS, database and web application scans. Penetration testing follows the FedRAMP Penetration Test Guidance and covers external, tenant-to-tenant, and CI/CD supply-chain vectors.', 'testing', 2, [['Activity', 'Start', 'End'], ['Kick-off', '2025-06-23', '2025-06-23'], ['Control testing', '2025-06-24', '2025-07-11'], ['Penetration test', '2025-07-07', '2025-07-18'], ['SAR delivery', '2025-08-01', '2025-08-01']]),
    S('Rules of Engagement', 'Testing windows are Monday to Friday 20:00-04:00 ET. Denial-of-service, social engineering of federal users and physical testing are out of scope. The assessor will halt testing and notify the CSP security lead upon discovery of a critical vulnerability.', 'the rules of engagement', 1),
    S('Signatures', `The signatures below indicate agreement with this Security Assessment Plan. ${TPAO} Lead Assessor: ______________   ${CSP} System Owner: ______________`, 'approval of this plan', 0),
  ];
}

function sarSecs(): Sec[] {
  return [
    S('Executive Summary', `${TPAO} performed the annual assessment of the ${SYS} between 24 June and 18 July 2025 in accordance with the approved Security Assessment Plan. This Security Assessment Report (SAR) presents the results.`, 'the assessment results', 2),
    S('Purpose and Scope', 'This report documents the findings from control testing, vulnerability scanning and penetration testing of the components listed in the Integrated Inventory Workbook.', 'the assessment scope', 1),
    S('Summary of Risks', 'The table below summarises the risk exposure identified during the assessment.', 'residual risk', 1, [['Risk Level', 'Assessment Test Cases', 'OS Scans', 'Web Scans', 'DB Scans', 'Penetration Test', 'Total'], ['High', '0', '1', '0', '0', '0', '1'], ['Moderate', '2', '3', '1', '0', '1', '7'], ['Low', '3', '4', '2', '1', '0', '10'], ['Total', '5', '8', '3', '1', '1', '18']]),
    S('Risks Known for Interconnected Systems', 'No interconnections exist.', 'external services', 1),
    S('Risk Exposure Table', 'Appendix A (Risk Exposure Table) lists each weakness with its identifier, control, likelihood, impact, risk level and recommended remediation. Operationally required risks and false positives are documented with supporting evidence.', 'risk exposure', 2),
    S('Authorization Recommendation', `${TPAO} attests that the ${SYS} has been assessed as described in this report. Based on the results, ${TPAO} recommends that the authorizing official grant continued authorization. The one High risk (CVE-2024-6387 on the bastion AMI) has been remediated and verified during the assessment window.`, 'the recommendation', 1),
  ];
}

// ------------------------------------------------------------------ ATO letters

function atoLines(agency: string, office: string, ao: string, date: string, sys: string, exp: string): PdfLine[] {
  return [
    { title: agency },
    { sub: office },
    { sub: '1800 F Street NW, Washington, DC 20405' },
    { gap: 24 },
    { right: date },
    { gap: 12 },
    { p: `MEMORANDUM FOR: Dana Whitfield, Information System Owner, ${CSP}` },
    { p: `FROM: ${ao}, Authorizing Official` },
    { p: `SUBJECT: Authority to Operate (ATO) for ${sys}` },
    { gap: 8 },
    { p: `${agency} has reviewed the security authorization package for ${sys}, including the System Security Plan, the Security Assessment Report prepared by ${TPAO}, and the Plan of Action and Milestones. Based on that review, I have determined that the risk to agency operations, agency assets and individuals resulting from the operation of the system is acceptable.` },
    { p: `Accordingly, I grant an Authority to Operate for ${sys} at the FIPS 199 Moderate impact level. This authorization is valid until ${exp} unless a significant change or a deterioration in the security posture requires reauthorization sooner.` },
    { p: 'This ATO is conditioned upon the following: (1) the CSP will remediate open POA&M items within FedRAMP timeframes; (2) the CSP will deliver monthly continuous monitoring artifacts (scan results, updated POA&M and inventory) to the agency repository; (3) the CSP will submit significant change requests before implementing changes that affect the authorization boundary.' },
    { p: 'The agency will leverage this authorization and make the package available through the FedRAMP secure repository to other agencies considering use of the service.' },
    { gap: 30 },
    { p: '/s/ digitally signed' },
    { p: ao },
    { p: `Authorizing Official, ${agency}` },
    { gap: 12 },
    { p: 'cc: Agency Chief Information Security Officer; FedRAMP PMO (info@fedramp.gov); Agency Information System Security Manager' },
  ];
}

// ------------------------------------------------------------------ build

export async function proseDocs(): Promise<EvalDoc[]> {
  const docs: EvalDoc[] = [];
  const add = (file: string, expected: EvalDoc['expected'], note: string, data: Buffer | string): void => {
    docs.push({ file, expected, note, data });
  };

  // SSP - pandoc PDF of the narrative
  add('narrative.pdf', 'SSP', 'Pandoc-rendered PDF of the markdown SSP narrative (title block, author, date, numbered sections with control implementation statements).',
    await pandocPdf(`${SYS} System Security Plan`, `${CSP} - Security Compliance Engineering`, 'June 12, 2025', sspSecs(), { title: 'narrative.md', author: 'compliance-bot' }, 'Rendered from ssp/narrative/*.md at commit 7c1e2f9. FedRAMP Rev5 Moderate.'));

  // SAP docx (3PAO) and SAP markdown
  add('Final_v7.docx', 'SAP', 'Security Assessment Plan docx by the 3PAO: scope, methodology, test schedule, rules of engagement, signature block.',
    await docx({
      meta: { title: 'FedRAMP SAP Template', creator: 'FedRAMP PMO', lastModifiedBy: 'J. Alvarez' },
      header: `${TPAO} | ${SYS} SAP | Controlled Unclassified Information`,
      footer: 'Page',
      blocks: [
        { big: `${SYS}` },
        { center: 'Security Assessment Plan' },
        { center: 'Annual Assessment 2025 - Version 1.1' },
        { center: `Prepared by ${TPAO}` },
        { pagebreak: true },
        ...docFront(['Introduction', 'Purpose', 'Scope', 'Assumptions', 'Methodology', 'Test Plan', 'Rules of Engagement', 'Signatures'], { approvers: [['Jorge Alvarez', `Lead Assessor, ${TPAO}`], ['Dana Whitfield', `System Owner, ${CSP}`]] }),
        ...sections(sapSecs()),
      ],
    }));
  add('sap.md', 'SAP', 'Markdown source (with YAML front matter) of the 3PAO Security Assessment Plan for a significant-change assessment.',
    mdFront({ title: `Security Assessment Plan - ${SYS_SHORT} Managed Redis Significant Change`, author: TPAO, date: '2025-04-02', version: '0.9', classification: 'CUI' }) +
      `# Security Assessment Plan\n\n> Prepared by ${TPAO} for ${CSP}. Scope limited to the Managed Redis significant change request SCR-2025-03.\n\n` +
      md([
        S('Scope', 'The assessment covers the new ElastiCache-based Managed Redis service, its control plane integration and the controls listed in the significant change request: AC-3, AC-6, SC-8, SC-28, CM-2, CM-6, RA-5 and SI-2.', 'the change assessment', 1),
        S('Methodology', 'Examine, interview and test per NIST SP 800-53A. Authenticated vulnerability scans of the new node group and a focused penetration test of the tenant isolation boundary.', 'test methodology', 1),
        S('Schedule', 'Testing 2025-04-14 through 2025-04-25; SAR delivery 2025-05-09.', 'scheduling', 0),
        S('Rules of Engagement', 'No denial-of-service testing. Testing from assessor IP 198.51.100.24 only. Critical findings are reported to the CSP within 2 hours.', 'rules of engagement', 1),
      ], true));

  // SAR docx + PDF
  add('poam-final.docx', 'SAR', 'Security Assessment Report docx by the 3PAO (risk summary, risk exposure, authorization recommendation); the file name misleadingly says POA&M.',
    await docx({
      meta: { title: 'SAR', creator: TPAO },
      header: `${SYS} Security Assessment Report - CUI`,
      footer: `${TPAO} - Proprietary`,
      blocks: [
        { table: [[`${SYS}`], ['Security Assessment Report'], ['Annual Assessment - August 1, 2025'], [`Prepared by ${TPAO}, 1200 Wilson Blvd, Arlington VA`]], header: false },
        { pagebreak: true },
        ...docFront(['Executive Summary', 'Purpose and Scope', 'Summary of Risks', 'Risks Known for Interconnected Systems', 'Risk Exposure Table', 'Authorization Recommendation'], { legal: LEGAL }),
        ...sections(sarSecs(), 'bold'),
      ],
    }));
  add('doc-0577.pdf', 'SAR', 'Security Assessment Report (PDF export) for a significant-change assessment, with risk summary and authorization recommendation.',
    await pdf({
      header: `${TPAO} - Security Assessment Report - ${SYS_SHORT} Managed Redis`,
      footer: 'CUI',
      meta: { title: 'Microsoft Word - SAR_Redis_v1.0.docx', author: 'jalvarez' },
      lines: [
        { gap: 60 }, { title: 'Security Assessment Report' }, { sub: `${SYS} - Managed Redis Significant Change` }, { sub: `Prepared by ${TPAO}` }, { sub: 'May 9, 2025' }, { page: true },
        ...numbered(sarSecs().map((s) => ({ h: s.h, body: s.table ? [...s.body, s.table.map((r) => r.join('   ')).join('\n')] : s.body }))),
      ],
    }));

  // ATO letters
  add('signed.pdf', 'ATO_LETTER', 'Signed agency memorandum granting an Authority to Operate, with conditions and authorizing official signature.',
    await pdf({ meta: { title: 'ATO Memo', author: 'HUD OCIO' }, lines: atoLines('U.S. Department of Housing and Urban Development', 'Office of the Chief Information Officer', 'Marcus T. Ellery', 'July 28, 2025', SYS, 'July 28, 2028') }));
  add('CAP_ATO_SBA.pdf', 'ATO_LETTER', 'Second agency ATO letter (leveraging agency) granting authority to operate the platform.',
    await pdf({ meta: {}, footer: 'SBA OCIO', lines: atoLines('U.S. Small Business Administration', 'Office of the Chief Information Officer - Cybersecurity Division', 'Renee Okafor', 'October 3, 2025', `${SYS} (${SYS_SHORT})`, 'October 3, 2028') }));

  // Authorization checklist xlsx + docx
  const items: [string, string, string][] = [
    ['1', 'FedRAMP Initial Authorization Package Checklist (this document)', 'Y'],
    ['2', 'System Security Plan (SSP)', 'Y'],
    ['3', 'SSP Appendix A - FedRAMP Security Controls', 'Y'],
    ['4', 'Attachment 1 - Information Security Policies and Procedures', 'Y'],
    ['5', 'Attachment 2 - User Guide', 'Y'],
    ['6', 'Attachment 3 - Digital Identity Worksheet', 'Y'],
    ['7', 'Attachment 4 - Privacy Threshold Analysis / Privacy Impact Assessment', 'Y'],
    ['8', 'Attachment 5 - Rules of Behavior', 'Y'],
    ['9', 'Attachment 6 - Information System Contingency Plan', 'Y'],
    ['10', 'Attachment 7 - Configuration Management Plan', 'Y'],
    ['11', 'Attachment 8 - Incident Response Plan', 'Y'],
    ['12', 'Attachment 9 - CIS/CRM Workbook', 'Y'],
    ['13', 'Attachment 10 - FIPS 199', 'Y'],
    ['14', 'Attachment 11 - Separation of Duties Matrix', 'Y'],
    ['15', 'Attachment 12 - FedRAMP Laws and Regulations', 'Y'],
    ['16', 'Attachment 13 - Integrated Inventory Workbook', 'Y'],
    ['17', 'Security Assessment Plan (SAP)', 'Y'],
    ['18', 'Security Assessment Report (SAR) with Risk Exposure Table', 'Y'],
    ['19', 'Plan of Action and Milestones (POA&M)', 'Y'],
    ['20', 'Agency Authority to Operate (ATO) Letter', 'N'],
    ['21', 'Continuous Monitoring Strategy', 'Y'],
  ];
  add('package_check.xlsx', 'AUTHORIZATION_CHECKLIST', 'FedRAMP Initial Authorization Package Checklist workbook: package items with included/file name/comments columns.',
    await xlsx([
      {
        name: 'Checklist',
        rows: [
          ['FedRAMP Initial Authorization Package Checklist'],
          [`CSP: ${CSP}`, `CSO: ${SYS}`, `Package ID: ${FR_ID}`, 'Impact: Moderate'],
          [],
          ['#', 'Package Item', 'Included (Y/N)', 'File Name', 'Version / Date', 'Comments'],
          ...items.map(([n, t, y]) => [n, t, y, y === 'Y' ? `CAP_${t.split(' ')[0]}_${n}.pdf` : '', '2025-07', y === 'N' ? 'Pending agency signature' : '']),
        ],
        headerRow: 4,
        widths: [5, 70, 14, 30, 14, 30],
      },
      { name: 'Instructions', rows: [['Complete this checklist and upload it with the initial authorization package. All items marked Y must be present in the repository before PMO review.']] },
    ], { creator: 'FedRAMP PMO' }));
  add('upload (3).docx', 'AUTHORIZATION_CHECKLIST', 'Initial Authorization Package Checklist in docx table form with the CSP sign-off.',
    await docx({
      meta: { title: 'Checklist', creator: 'Dana Whitfield' },
      blocks: [
        { bold: 'FedRAMP Initial Authorization Package Checklist' },
        { p: `Cloud Service Provider: ${CSP}    Cloud Service Offering: ${SYS}    Sponsoring Agency: HUD` },
        { p: 'Instructions: indicate whether each required item is included in the package submitted to the FedRAMP secure repository and give the file name.' },
        { table: [['#', 'Item', 'Included', 'Location in Repository'], ...items.map(([n, t, y]) => [n, t, y === 'Y' ? 'Yes' : 'No', y === 'Y' ? `/Initial Package/${n.padStart(2, '0')}` : 'To follow'])] },
        { p: 'CSP Attestation: I attest that the package items listed above are complete and current.' },
        { p: 'Signature: ______________________   Date: ____________' },
      ],
    }));

  // Significant change requests
  const scrTable: string[][] = [
    ['Field', 'Response'],
    ['CSP Name', CSP],
    ['Cloud Service Offering', SYS],
    ['FedRAMP Package ID', FR_ID],
    ['Date of Request', '2025-03-03'],
    ['Type of Change', 'New component / service added within the authorization boundary'],
    ['Short Description', 'Introduce Managed Redis (ElastiCache for Redis with in-transit and at-rest encryption) as a tenant-facing data service.'],
    ['Reason for Change', 'Customer demand for a managed cache with FedRAMP coverage.'],
    ['Security Controls Impacted', 'AC-3, AC-6, CM-2, CM-6, RA-5, SC-8, SC-28, SI-2'],
    ['SSP Sections Impacted', 'Sections 8, 9, 10 and Attachment 13 inventory'],
    ['3PAO Assessment Required', `Yes - ${TPAO} will submit a SAP and SAR for the change`],
    ['Planned Implementation Date', '2025-06-02'],
  ];
  add('SCR-2025-03.docx', 'SIGNIFICANT_CHANGE_REQUEST', 'Significant Change Request form (CSP) for a new service in the boundary, with impacted controls and 3PAO assessment plan.',
    await docx({
      meta: { title: 'Significant Change Request Form', creator: CSP },
      header: 'FedRAMP Significant Change Request',
      blocks: [
        { big: 'Significant Change Request Form' },
        { p: 'Submit this form to the authorizing agency at least 30 days before the planned change. Changes may not be implemented until the agency approves the request.' },
        { table: scrTable },
        { h2: 'Description of the Change' },
        ...filler(77, 'the Managed Redis change', 2).map((p) => ({ p })),
        { h2: 'Security Impact Analysis' },
        { p: 'The change introduces a new data store for tenant data. Encryption uses FIPS 140-3 validated modules. Network access is restricted to tenant VPC endpoints. No new external interconnections are introduced.' },
        ...filler(78, 'the security impact analysis', 1).map((p) => ({ p })),
        { h2: 'CSP Signature' },
        { p: 'Dana Whitfield, System Owner        Date: 2025-03-03' },
      ],
    }));
  add('doc-0613.pdf', 'SIGNIFICANT_CHANGE_REQUEST', 'Pandoc-rendered significant change request for migrating the CI runners to a new region, with impact analysis.',
    await pandocPdf('Significant Change Request: CI Runner Migration to us-gov-east-1', `${CSP} - Security Compliance`, 'August 20, 2025', [
      S('Request Summary', `${CSP} requests agency approval for a significant change to the ${SYS} (${FR_ID}): the relocation of CI/CD build runners from us-gov-west-1 to us-gov-east-1 and the adoption of ephemeral Firecracker-based runners.`, 'the change', 1),
      S('Type of Change', 'Change to the authorization boundary and data flows; new hosting location within AWS GovCloud (US).', 'change categorization', 0),
      S('Security Impact Analysis', 'Controls affected: CM-2, CM-3, CM-6, SC-7, AU-2, CP-9. The runners handle tenant source code and build secrets. Network isolation is preserved by dedicated VPCs.', 'the security impact analysis', 2),
      S('Assessment Approach', `${TPAO} will perform a targeted assessment of the affected controls; the SAP will be submitted with this request.`, 'the targeted assessment', 1),
      S('Request for Approval', 'The CSP requests approval to implement the change on 2025-10-06.', 'approval', 0),
    ], { title: 'scr-ci-runners.md' }));

  // Deviation requests
  add('DR_V-0240.xlsx', 'DEVIATION_REQUEST', 'FedRAMP Deviation Request form workbook (risk adjustment) for a POA&M item, with justification and evidence.',
    await xlsx([
      {
        name: 'Deviation Request',
        rows: [
          ['FedRAMP Deviation Request Form'],
          [],
          ['CSP', CSP, 'System', SYS],
          ['DR Number', 'DR-2025-014', 'Date Submitted', '2025-07-02'],
          ['Deviation Type', 'Risk Adjustment (RA)'],
          [],
          ['POA&M ID', 'Vulnerability Name', 'Scanner', 'Plugin / CVE', 'Original Risk Rating', 'Proposed Adjusted Risk Rating', 'Asset(s)', 'Justification', 'Mitigating Factors', 'Evidence Attached'],
          ['V-0240', 'TLS 1.0 enabled on legacy metrics endpoint', 'Nessus', '104743', 'Moderate', 'Low', 'internal-metrics ALB', 'The endpoint is reachable only from the monitoring VPC; no federal data traverses it.', 'Security group restricts source to 10.60.0.0/24; WAF not applicable; endpoint decommission planned 2025-10.', 'sg-rules.png, flow-logs-sample.csv'],
          [],
          ['CSP Approver', 'Priya Raman, CISO'],
          ['Agency AO Decision', '(to be completed by the agency)'],
        ],
        headerRow: 7,
        widths: [12, 34, 12, 14, 14, 16, 22, 50, 50, 24],
      },
    ], { creator: 'Priya Raman' }));
  add('request.docx', 'DEVIATION_REQUEST', 'Deviation request (operational requirement) in docx: DR form fields, POA&M reference, rationale and approvals.',
    await docx({
      meta: {},
      blocks: [
        { table: [['FedRAMP Deviation Request'], [`${CSP} - ${SYS}`]], header: false },
        { table: [['Item', 'Value'], ['Deviation Request ID', 'DR-2025-019'], ['Deviation Type', 'Operational Requirement (OR)'], ['Related POA&M ID', 'V-0232'], ['Weakness', 'Outdated glibc in legacy build-runner image used by tenants pinned to Ubuntu 20.04 toolchains'], ['Original Risk Rating', 'Moderate'], ['Detection Source', 'Trivy (CI)'], ['CVE', 'CVE-2023-4911']] },
        { bold: 'Justification for Operational Requirement' },
        { p: 'Remediating the weakness would break builds for 14 agency tenants who depend on the legacy toolchain image until their own migration milestones in Q4 2025. The image is used only inside ephemeral, non-privileged build pods with no access to production data.' },
        ...filler(91, 'the operational requirement', 2).map((p) => ({ p })),
        { bold: 'Compensating Controls' },
        { bullets: ['Build pods run as non-root with seccomp RuntimeDefault', 'No setuid binaries present in the image', 'Image retirement date enforced by admission policy on 2025-12-31'] },
        { bold: 'Approvals' },
        { table: [['Role', 'Name', 'Date'], ['CSP System Owner', 'Dana Whitfield', '2025-07-09'], ['Agency AO', '', '']] },
      ],
    }));

  return docs;
}
