import { makeDocx } from '../kit/docx.js';
import type { Block, CellSpec } from '../kit/docx.js';
import { makePdf } from '../kit/pdf.js';
import type { PdfBlock } from '../kit/pdf.js';
import { Rng } from '../kit/rng.js';
import type { CorpusDoc } from '../kit/types.js';
import { dataRows, finishXlsx, headerRow, mergedTitle, newWorkbook, widths } from '../kit/xlsx.js';
import { BLUEFIN, CONSULTANCY, KESTREL, NORTHWIND, QUILLON } from '../kit/world.js';

export async function bluefinAtoPdf(): Promise<CorpusDoc> {
  const c = BLUEFIN;
  const blocks: PdfBlock[] = [
    { t: 'p', text: 'FEDERAL RECORDS PRESERVATION AGENCY', bold: true, center: true, size: 14 },
    { t: 'p', text: 'Office of the Chief Information Officer', center: true, size: 11 },
    { t: 'p', text: '700 Pennsylvania Avenue NW • Washington, DC 20408', center: true, size: 9 },
    { t: 'spacer', h: 20 },
    { t: 'p', text: 'June 12, 2025' },
    { t: 'p', text: `MEMORANDUM FOR:   ${c.owner}, Chief Operating Officer, ${c.csp}\n                                FedRAMP Program Management Office` },
    { t: 'p', text: `FROM:   ${c.ao}, ${c.aoTitle}` },
    { t: 'p', text: `SUBJECT:   Authority to Operate (ATO) for ${c.cso} (FedRAMP Package ID FR2104127733)`, bold: true },
    { t: 'spacer', h: 8 },
    { t: 'p', text: `The ${c.agency} (FRPA) has completed its review of the security authorization package for ${c.cso}, a FedRAMP High Platform as a Service. The package consists of the System Security Plan (version 4.1, April 11, 2025) and its attachments, the Security Assessment Plan and the Security Assessment Report prepared by ${c.threePao} (May 2, 2025), and the Plan of Action and Milestones dated May 31, 2025.` },
    { t: 'p', text: `Based on the results of the security assessment, the 3PAO recommendation, and my review of the residual risks documented in the Plan of Action and Milestones, I have determined that the risk to agency operations, agency assets, individuals, other organizations and the Nation resulting from the operation of ${c.cso} is acceptable. Accordingly, I hereby grant an Authority to Operate to ${c.cso} for use by FRPA.` },
    { t: 'p', text: 'This authorization is valid for a period of three (3) years from the date of this memorandum, until June 12, 2028, unless a significant change or a deterioration of the security posture requires an earlier reauthorization. The authorization is subject to the following conditions:' },
    {
      t: 'bullets',
      items: [
        'High risks identified in the Security Assessment Report shall be remediated within thirty (30) days and moderate risks within ninety (90) days, and tracked in the POA&M.',
        'The CSP shall deliver the monthly continuous monitoring deliverables (POA&M, vulnerability scan results and inventory) to the FRPA ISSM and the FedRAMP secure repository.',
        'Significant changes shall be submitted for FRPA review before implementation, in accordance with the FedRAMP Significant Change Policies and Procedures.',
        'An annual assessment shall be performed by a FedRAMP-recognized 3PAO.',
      ],
    },
    { t: 'p', text: `FRPA will upload this letter to the FedRAMP secure repository together with the authorization package so that other agencies may leverage it. Questions regarding this authorization may be directed to the FRPA ISSM, Terrence Blake, at terrence.blake@frpa.gov.` },
    { t: 'spacer', h: 20 },
    { t: 'p', text: 'ROURKE.ANGELA.M.1502233871        Digitally signed by ROURKE.ANGELA.M.1502233871\n                                                            Date: 2025.06.12 14:33:10 -04\'00\'', size: 8 },
    { t: 'p', text: `${c.ao}\n${c.aoTitle}\n${c.agency}` },
    { t: 'spacer', h: 10 },
    { t: 'p', text: `cc: ${c.isso}, ISSO, ${c.csp}; FRPA ISSM; FedRAMP PMO (info@fedramp.gov)`, size: 9 },
  ];
  const data = await makePdf({
    page: 'letter',
    font: 'times',
    size: 11,
    meta: { title: 'ATO Memo - Bluefin Records Vault', author: 'FRPA OCIO', creator: 'Microsoft® Word 2019', producer: 'Adobe Acrobat Pro (64-bit) 24.2.20687', created: new Date('2025-06-11T21:00:00Z'), modified: new Date('2025-06-12T18:33:10Z') },
    blocks,
  });
  return { file: 'FRPA signed letter.pdf', expected: 'ATO_LETTER', note: 'Signed agency memorandum granting Bluefin Records Vault an Authority to Operate (authorizing official, conditions, validity).', data };
}

export async function kestrelAtoPdf(): Promise<CorpusDoc> {
  const c = KESTREL;
  const blocks: PdfBlock[] = [
    { t: 'p', text: 'United States Department of Agriculture', center: true, size: 10 },
    { t: 'p', text: 'NATIONAL RURAL LENDING ADMINISTRATION', center: true, bold: true, size: 13 },
    { t: 'p', text: '1400 Independence Avenue SW, Washington, DC 20250', center: true, size: 9 },
    { t: 'spacer', h: 24 },
    { t: 'p', text: 'August 18, 2025' },
    { t: 'p', text: `${c.owner}\nVice President, Government Platforms\n${c.csp}\n${c.address}` },
    { t: 'p', text: `Re: Agency Authority to Operate — ${c.cso}`, bold: true },
    { t: 'p', text: `Dear Mr. Okafor:` },
    { t: 'p', text: `I am pleased to inform you that the National Rural Lending Administration (NRLA) has granted an Authority to Operate (ATO) to ${c.cso} at the FedRAMP Moderate impact level, effective on the date of this letter.` },
    { t: 'p', text: `This decision is based on my review of the ${c.short} System Security Plan, the Security Assessment Report and recommendation from ${c.threePao}, and the Plan of Action and Milestones addressing the findings of the assessment. I accept the residual risk to NRLA operations and assets, as documented in the authorization package, under the condition that the open high findings are remediated by September 17, 2025.` },
    { t: 'p', text: 'The ATO remains in effect as long as the system maintains an acceptable risk posture through continuous monitoring, consistent with the FedRAMP Continuous Monitoring Strategy Guide. NRLA will review the monthly continuous monitoring deliverables and may revoke this authorization if the security posture deteriorates.' },
    { t: 'p', text: 'NRLA will provide a copy of this letter to the FedRAMP PMO so that the package can be listed as FedRAMP Authorized on the Marketplace.' },
    { t: 'spacer', h: 14 },
    { t: 'p', text: 'Sincerely,' },
    { t: 'spacer', h: 26 },
    { t: 'p', text: `/s/ ${c.ao}` },
    { t: 'p', text: `${c.ao}\n${c.aoTitle}\nNational Rural Lending Administration` },
  ];
  const data = await makePdf({
    page: 'letter',
    font: 'times',
    size: 11,
    meta: { creator: 'RICOH MP C4504ex', producer: 'RICOH MP C4504ex', created: new Date('2025-08-18T16:02:55Z') },
    blocks,
  });
  return { file: 'scan0007.pdf', expected: 'ATO_LETTER', note: 'Scanned (OCR text) agency letter from the NRLA authorizing official granting Kestrel GovAnalytics an Authority to Operate.', data };
}

const CHECKLIST_ITEMS: [string, string, string][] = [
  ['1', 'FedRAMP Initial Authorization Package Checklist (this document)', 'Checklist'],
  ['2', 'Authority to Operate (ATO) letter signed by the agency authorizing official', 'ATO Letter'],
  ['3', 'System Security Plan (SSP) on the current FedRAMP Rev. 5 template', 'SSP'],
  ['4', 'SSP Appendix A — FedRAMP Security Controls', 'SSP'],
  ['5', 'SSP Appendix C — Information Security Policies and Procedures (all families)', 'SSP Appendix'],
  ['6', 'SSP Appendix D — User Guide', 'SSP Appendix'],
  ['7', 'SSP Appendix E — Digital Identity Worksheet', 'SSP Appendix'],
  ['8', 'Privacy Threshold Analysis and Privacy Impact Assessment', 'SSP Appendix'],
  ['9', 'SSP Appendix F — Rules of Behavior', 'SSP Appendix'],
  ['10', 'SSP Appendix G — Information System Contingency Plan and test results', 'SSP Appendix'],
  ['11', 'SSP Appendix H — Configuration Management Plan', 'SSP Appendix'],
  ['12', 'SSP Appendix I — Incident Response Plan', 'SSP Appendix'],
  ['13', 'SSP Appendix J — CIS and CRM Workbook', 'SSP Appendix'],
  ['14', 'SSP Appendix K — FIPS 199 Categorization', 'SSP Appendix'],
  ['15', 'Separation of Duties Matrix (SSP Section 11)', 'SSP Appendix'],
  ['16', 'SSP Appendix M — Integrated Inventory Workbook', 'SSP Appendix'],
  ['17', 'SSP Appendix L — CSO-Specific Required Laws and Regulations', 'SSP Appendix'],
  ['18', 'Supply Chain Risk Management Plan', 'SSP Appendix'],
  ['19', 'Security Assessment Plan (SAP) approved by the agency', '3PAO'],
  ['20', 'Security Assessment Report (SAR) with 3PAO recommendation', '3PAO'],
  ['21', 'SAR Appendices: risk exposure table, test case workbook, scan results, penetration test report', '3PAO'],
  ['22', 'Plan of Action and Milestones (POA&M) on the FedRAMP template', 'CSP'],
  ['23', 'Continuous Monitoring Plan', 'CSP'],
];

export async function kestrelChecklistXlsx(): Promise<CorpusDoc> {
  const c = KESTREL;
  const rng = new Rng('kestrel-checklist');
  const wb = newWorkbook();
  const ws = wb.addWorksheet('Checklist');
  mergedTitle(ws, 'A1:G1', 'FedRAMP Initial Authorization Package Checklist', 16);
  dataRows(ws, 2, [['CSP Name:', c.csp, null, 'CSO Name:', c.cso], ['Impact Level:', 'Moderate', null, 'Authorizing Agency:', c.agency], ['Package ID:', 'F2410221837', null, 'Date Submitted:', '08/20/2025']]);
  headerRow(ws, 6, ['Item #', 'Required Document', 'Owner', 'Included? (Y/N)', 'File Name in Repository', 'Template Version Verified', 'Comments']);
  dataRows(
    ws,
    7,
    CHECKLIST_ITEMS.map(([n, doc, owner]) => [n, doc, owner, 'Y', `KGA_${doc.split(' ')[0]?.replace(/[^A-Za-z]/g, '')}_${rng.int(1, 9)}.${rng.int(0, 9)}.${n === '22' ? 'xlsx' : 'docx'}`, 'Yes', n === '10' ? 'CP test report attached as Appendix G-1' : '']),
  );
  const q = CHECKLIST_ITEMS.length + 9;
  headerRow(ws, q, ['#', 'Package Completeness Questions', 'Response']);
  dataRows(ws, q + 1, [
    ['Q1', 'Are all SSP appendices provided using the current FedRAMP templates?', 'Yes'],
    ['Q2', 'Does the SAR include a 3PAO authorization recommendation?', 'Yes'],
    ['Q3', 'Are all SAR findings reflected in the POA&M with matching identifiers?', 'Yes'],
    ['Q4', 'Is the ATO letter signed by the agency authorizing official?', 'Yes'],
    ['Q5', 'Has the package been uploaded to the FedRAMP secure repository?', 'Pending PMO access'],
  ]);
  widths(ws, [8, 70, 14, 14, 34, 16, 36]);
  const data = await finishXlsx(wb, { title: 'FedRAMP Initial Authorization Package Checklist', creator: c.isso, lastModifiedBy: c.isso, created: '2025-08-01T12:00:00Z', modified: '2025-08-20T14:30:00Z' });
  return { file: 'KGA_Package_Checklist.xlsx', expected: 'AUTHORIZATION_CHECKLIST', note: 'Kestrel FedRAMP Initial Authorization Package Checklist workbook listing each required package item with Y/N and file names.', data };
}

export async function northwindChecklistDocx(): Promise<CorpusDoc> {
  const c = NORTHWIND;
  const rows: CellSpec[][] = [['#', 'Package Item', 'Included', 'Notes'], ...CHECKLIST_ITEMS.filter(([n]) => !['15', '18'].includes(n)).map(([n, doc]): CellSpec[] => [n, doc, { text: '', checks: [[n !== '23', 'Yes']] }, n === '23' ? 'LI-SaaS: ConMon plan replaced by annual attestation' : ''])];
  const data = await makeDocx({
    seed: 'northwind-checklist',
    headings: 'bold',
    core: { title: 'checklist', creator: 'Ellen Marsh', lastModifiedBy: 'Ellen Marsh', created: '2025-02-10T12:00:00Z', modified: '2025-02-24T17:00:00Z' },
    body: [
      { t: 'title', text: 'FedRAMP Initial Authorization Package Checklist', size: 18, center: false },
      { t: 'kv', rows: [['CSP', c.csp], ['Cloud Service Offering', `${c.cso} (FedRAMP Tailored LI-SaaS)`], ['Authorizing Agency', c.agency], ['Prepared by', `${c.isso}, with ${CONSULTANCY}`], ['Date', 'February 24, 2025']] },
      { t: 'p', text: 'Instructions followed: each item below has been uploaded to the agency package folder. Items marked as not included are explained in the Notes column.' },
      { t: 'table', rows, widths: [6, 60, 12, 22] },
      { t: 'p', text: 'CSP attestation: I attest that the package listed above is complete and accurately reflects the current state of the system.' },
      { t: 'kv', rows: [['Name / Title', `${c.owner}, CEO`], ['Signature', ''], ['Date', '']] },
    ],
    pageNumbers: false,
  });
  return { file: 'checklist.docx', expected: 'AUTHORIZATION_CHECKLIST', note: 'Northwind FedRAMP Initial Authorization Package Checklist in Word: table of package items with checkboxes and CSP attestation.', data };
}

export async function quillonScrDocx(): Promise<CorpusDoc> {
  const c = QUILLON;
  const body: Block[] = [
    { t: 'table', header: false, rows: [[{ text: 'FedRAMP Significant Change Request (SCR) Form', bold: true, shade: '1F3864', span: 2 }], ['SCR Number', 'QFG-SCR-2025-03'], ['Date Submitted', 'May 22, 2025'], ['Requested Implementation Date', 'September 2, 2025']], widths: [35, 65] },
    { t: 'h1', text: 'Section 1 — CSP and System Information' },
    { t: 'kv', rows: [['CSP Name', c.csp], ['Cloud Service Offering', c.cso], ['FedRAMP Package ID', 'F2203157702'], ['Impact Level', 'High'], ['Authorizing Agency', c.agency], ['ISSO', `${c.isso} (isso@${c.domain})`], ['3PAO', c.threePao]] },
    { t: 'h1', text: 'Section 2 — Description of the Proposed Change' },
    { t: 'p', text: `${c.csp} requests approval to add a managed Kubernetes service ("FedGrid Kubernetes Engine") to the ${c.cso} authorization boundary. The service provides customer-dedicated control planes running on the existing hypervisor clusters in Ashburn and Chandler and introduces new components: a control plane provisioning service, a container registry with image signing, and a cluster autoscaler integrated with the existing compute API.` },
    { t: 'p', text: 'The change introduces new software components, new ports and protocols (TCP 6443 for the Kubernetes API, restricted to customer tenant networks) and new data flows between the registry and the worker nodes. No change is made to the physical locations, the FIPS 199 categorization or the leveraged services.' },
    { t: 'h1', text: 'Section 3 — Type of Change' },
    {
      t: 'checks',
      items: [
        [true, 'Adding a new service or capability to the authorization boundary'],
        [false, 'Moving to a new data center or changing the physical location of components'],
        [true, 'Adding new technology or a new underlying component'],
        [false, 'Changing the FIPS 199 security categorization'],
        [false, 'Changing the cryptographic modules'],
        [false, 'Adding or changing a leveraged FedRAMP-authorized service'],
        [false, 'Change of 3PAO or of the CSP legal entity'],
      ],
    },
    { t: 'h1', text: 'Section 4 — Security Impact Analysis' },
    { t: 'p', text: 'The security impact analysis was performed by the Quillon security architecture team and reviewed by the ISSO. The analysis identified the following control areas as affected by the change and summarizes how they will be implemented for the new service.' },
    {
      t: 'table',
      rows: [
        ['Control', 'Impact', 'Planned Implementation'],
        ['AC-2, AC-6', 'New administrative roles for cluster operators', 'Roles mapped to PingFederate groups; JIT elevation; quarterly review'],
        ['CM-2, CM-6, CM-7', 'New baseline for control plane nodes', 'CIS Kubernetes Benchmark v1.9 hardened images; admission policies'],
        ['RA-5', 'Container images must be scanned', 'Registry scanning on push and monthly scans of running images'],
        ['SC-7, SC-8', 'New API endpoint and internal traffic', 'mTLS between components with FIPS-validated OpenSSL provider'],
        ['AU-2, AU-12', 'New audit sources', 'Kubernetes audit logs forwarded to QRadar'],
        ['SR-3, SR-11', 'New open-source supply chain', 'Signed images, SBOM per release, provenance verification'],
      ],
      widths: [18, 32, 50],
    },
    { t: 'h1', text: 'Section 5 — Proposed Assessment Approach' },
    { t: 'p', text: `${c.threePao} will assess the change under a separate Security Assessment Plan covering the affected controls listed above, vulnerability scanning of the new components and a targeted penetration test of the Kubernetes API and tenant isolation. The updated SSP, inventory and CIS/CRM workbook will be provided with the assessment results.` },
    { t: 'h1', text: 'Section 6 — Approvals' },
    { t: 'table', rows: [['Role', 'Name', 'Signature / Date'], ['CSP System Owner', c.owner, ''], ['CSP ISSO', c.isso, ''], ['Agency AO (decision)', c.ao, '[ ] Approved   [ ] Approved with conditions   [ ] Not approved']] },
  ];
  const data = await makeDocx({
    seed: 'quillon-scr',
    headings: 'bold',
    core: { title: 'Significant Change Request Form', creator: 'FedRAMP', lastModifiedBy: c.isso, created: '2024-01-10T12:00:00Z', modified: '2025-05-22T13:10:00Z' },
    header: `${c.short} SCR 2025-03 | CUI`,
    body,
  });
  return { file: 'QFG SCR - new k8s service.docx', expected: 'SIGNIFICANT_CHANGE_REQUEST', note: 'Quillon FedRAMP Significant Change Request form (title in a table cell) to add a managed Kubernetes service: change type checkboxes, security impact analysis, approvals.', data };
}

export async function kestrelScrPdf(): Promise<CorpusDoc> {
  const c = KESTREL;
  const blocks: PdfBlock[] = [
    { t: 'p', text: c.csp, bold: true },
    { t: 'p', text: c.address, size: 9 },
    { t: 'spacer', h: 14 },
    { t: 'p', text: 'October 6, 2025' },
    { t: 'p', text: `To: ${c.ao}, ${c.aoTitle}, ${c.agency}\nCc: FedRAMP PMO; ${c.threePao}` },
    { t: 'p', text: `Subject: Significant Change Request — ${c.cso} — Addition of document summarization feature`, bold: true },
    { t: 'p', text: `In accordance with the FedRAMP Significant Change Policies and Procedures and the conditions of our Authority to Operate, ${c.csp} requests the agency's approval of the following significant change to ${c.cso} before it is implemented in production.` },
    { t: 'h2', text: '1. Description of the change' },
    { t: 'p', text: 'We propose to add an optional document summarization feature that sends loan file excerpts selected by agency analysts to a large language model hosted in Amazon Bedrock in AWS GovCloud (US), which is covered by the existing leveraged AWS GovCloud authorization. Customer administrators must enable the feature per tenant. Prompts and outputs are not retained by the model provider.' },
    { t: 'h2', text: '2. Why the change is significant' },
    { t: 'p', text: 'The change introduces a new data flow of federal information to a service not previously used within the boundary, new IAM roles and new logging sources. It therefore meets the FedRAMP definition of a significant change (new technology and new data flow).' },
    { t: 'h2', text: '3. Security impact analysis' },
    { t: 'table', rows: [['Control', 'Effect of the change', 'Mitigation'], ['AC-4', 'New flow of tenant data to the model endpoint', 'VPC endpoint only; tenant-scoped IAM policies'], ['AU-2', 'New events to audit', 'Invocation logs to CloudTrail and Splunk'], ['SC-28', 'Temporary storage of prompts', 'Encrypted with tenant KMS key, 24-hour TTL'], ['SA-9', 'New external service usage', 'Service covered by the AWS GovCloud P-ATO'], ['PT-2, PT-3', 'Processing of PII in loan files', 'PIA updated; feature disabled by default']], widths: [15, 45, 40] },
    { t: 'h2', text: '4. Assessment' },
    { t: 'p', text: `${c.threePao} has reviewed this request and will perform a targeted assessment of the affected controls before go-live. The updated SSP, inventory, data flow diagram and PIA will be provided to the agency with the assessment report.` },
    { t: 'h2', text: '5. Requested decision' },
    { t: 'p', text: 'We request the agency decision by November 3, 2025 to allow deployment in the December release.' },
    { t: 'spacer', h: 20 },
    { t: 'p', text: `${c.owner}\nSystem Owner, ${c.cso}` },
  ];
  const data = await makePdf({ page: 'letter', meta: { title: 'KGA SCR-2025-01', author: c.isso, creator: 'Microsoft® Word for Microsoft 365', producer: 'Microsoft® Word for Microsoft 365', created: new Date('2025-10-06T14:00:00Z'), modified: new Date('2025-10-06T14:00:00Z') }, footer: (n, t) => `${n}/${t}`, blocks });
  return { file: 'doc-2203.pdf', expected: 'SIGNIFICANT_CHANGE_REQUEST', note: 'Kestrel significant change request letter (subject line) to the agency AO to add an AI summarization feature, with security impact analysis.', data };
}

export async function kestrelDeviationDocx(): Promise<CorpusDoc> {
  const c = KESTREL;
  const rows: CellSpec[][] = [
    [{ text: 'FedRAMP Deviation Request Form', bold: true, shade: 'D9E2F3', span: 2 }],
    ['CSP / System', `${c.csp} / ${c.cso}`],
    ['Deviation Request ID', 'DR-2025-014'],
    ['POA&M ID(s)', 'KGA-0031'],
    ['Date of Request', '07/08/2025'],
    ['Deviation Type', { text: '', checks: [[false, 'Risk Adjustment (RA)'], [true, 'False Positive (FP)'], [false, 'Operational Requirement (OR)']] }],
    ['Weakness Name', 'OpenSSL 3.0.x < 3.0.12 Multiple Vulnerabilities (Nessus plugin 185161)'],
    ['Affected Assets', 'kga-app-07, kga-app-08, kga-app-11 (10.40.3.0/24)'],
    ['Original Risk Rating', 'Moderate'],
    ['Justification', 'The scanner reports the version string of the openssl package shipped with the base image. The vendor backported the fix for CVE-2023-5678 to package release 1:3.0.8-1.amzn2023.0.12, which is installed on all listed assets. The plugin relies on the upstream version number and does not account for the vendor backport.'],
    ['Evidence Attached', { text: '', checks: [[true, 'Package changelog showing backported fix'], [true, 'rpm -q output from each asset'], [true, 'Amazon Linux Security Center advisory ALAS2023-2024-437'], [false, 'Vendor statement']] }],
    ['CSP Approval', `${c.isso}, ISSO — signed 07/08/2025`],
    ['3PAO Review (RA and FP only)', `${c.threePao}: reviewed evidence, concurs — 07/14/2025`],
    ['Agency AO Decision', { text: '', checks: [[false, 'Approved'], [false, 'Denied'], [false, 'More information required']] }],
  ];
  const data = await makeDocx({
    seed: 'kestrel-dr',
    headings: 'bold',
    core: { title: 'DR-2025-014', creator: c.isso, lastModifiedBy: c.isso, created: '2025-07-08T12:00:00Z', modified: '2025-07-14T16:00:00Z' },
    body: [{ t: 'table', header: false, rows, widths: [30, 70] }],
    pageNumbers: false,
  });
  return { file: 'DR-2025-014.docx', expected: 'DEVIATION_REQUEST', note: 'Short Kestrel FedRAMP Deviation Request form (false positive) laid out as one big table with checkboxes.', data };
}

export async function quillonDeviationXlsx(): Promise<CorpusDoc> {
  const c = QUILLON;
  const wb = newWorkbook();
  const ws = wb.addWorksheet('Deviation Requests');
  mergedTitle(ws, 'A1:N1', `FedRAMP Deviation Request Form — ${c.cso} — Q2 2025`, 14);
  dataRows(ws, 2, [['CSP:', c.csp, null, 'Impact Level:', 'High', null, 'Submitted to:', c.agency]]);
  headerRow(ws, 4, ['DR ID', 'POA&M ID', 'Deviation Type (FP / RA / OR)', 'Weakness Name', 'Plugin / Source ID', 'Assets', 'Original Risk Rating', 'Proposed Adjusted Risk Rating', 'Justification', 'Mitigating Factors / Compensating Controls', 'Evidence Provided', 'Date Submitted', '3PAO Concurrence', 'AO Decision']);
  dataRows(ws, 5, [
    ['QFG-DR-0112', 'QFG-V-0007', 'RA', 'Linux kernel privilege escalation (CVE-2024-1086)', '191620', '14 hypervisor hosts', 'High', 'Moderate', 'Exploitation requires local unprivileged user namespaces, which are disabled on the hypervisor hosts (user.max_user_namespaces=0).', 'Namespaces disabled; hosts reachable only from management VLAN; EDR rule for nf_tables exploitation.', 'sysctl output; EDR rule export; network ACL', '06/02/2025', 'Concur (Cobalt Ridge, 06/09/2025)', 'Pending'],
    ['QFG-DR-0113', 'QFG-V-0015', 'FP', 'Apache Tomcat 9.0.x < 9.0.83 Request Smuggling', '186365', 'qfg-web-03', 'Moderate', 'N/A', 'Tomcat is not installed; plugin matched a banner from the embedded monitoring agent.', 'N/A', 'Package list; netstat output', '06/02/2025', 'Concur (Cobalt Ridge, 06/09/2025)', 'Approved 06/20/2025'],
    ['QFG-DR-0114', 'QFG-V-0021', 'OR', 'TLS 1.0 and 1.1 enabled on legacy API endpoint', '104743', 'legacy-api.quillonfederal.com', 'High', 'High', 'Two agency customers depend on a legacy integration that cannot negotiate TLS 1.2 until their planned upgrade in Q4 2025.', 'Endpoint restricted by IP allow-list to the two agency networks; monitoring of all sessions.', 'Agency letters; WAF allow-list', '06/05/2025', 'N/A (OR)', 'Pending'],
  ]);
  widths(ws, [13, 12, 14, 34, 12, 20, 12, 14, 50, 40, 28, 12, 22, 18]);
  const data = await finishXlsx(wb, { title: 'FedRAMP Deviation Request Form', creator: 'FedRAMP PMO', lastModifiedBy: 'Raymond Achebe', created: '2023-06-01T12:00:00Z', modified: '2025-06-05T19:00:00Z' });
  return { file: 'deviation_requests_Q2.xlsx', expected: 'DEVIATION_REQUEST', note: 'Quillon FedRAMP deviation request workbook: risk adjustment, false positive and operational requirement requests tied to POA&M IDs.', data };
}
