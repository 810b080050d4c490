import type { Block, EvalDoc } from '../kit/model.js';
import { B, day, H, P, T, TBL, UL } from '../kit/model.js';
import { toDocx } from '../kit/docx.js';
import { toPdf } from '../kit/pdf.js';
import { W } from './world.js';

const box = (on: boolean) => (on ? '☒' : '☐');

function scrForm(o: {
  id: string;
  date: string;
  title: string;
  desc: string;
  kind: string[];
  controls: string;
  sia: string;
  plan: string;
}): Block[] {
  const kinds = [
    'Adding a new leveraged service or component',
    'Change of cloud service provider / data center',
    'New data type or new user population',
    'Change to the authorization boundary',
    'Change to cryptographic modules',
    'Other (describe)',
  ];
  return [
    TBL([
      ['CSP name', W.csp],
      ['Cloud service offering', W.cso],
      ['FedRAMP Package ID', W.fedrampId],
      ['Impact level', 'Moderate'],
      ['Request number', o.id],
      ['Date submitted', o.date],
      ['Requested implementation date', '60 days after AO approval'],
    ], false),
    H('Section 1: Description of the proposed change'),
    P(o.title, { bold: true }),
    P(o.desc),
    H('Section 2: Type of change'),
    P(kinds.map((k) => `${box(o.kind.includes(k))} ${k}`).join('\n')),
    H('Section 3: Security impact analysis'),
    P(o.sia),
    TBL([['Controls affected', o.controls]], false),
    H('Section 4: Assessment plan'),
    P(o.plan),
    H('Section 5: Approvals'),
    TBL([
      ['Role', 'Name', 'Signature / Date'],
      ['CSP System Owner', W.ceo, ''],
      ['3PAO', W.assessLead, ''],
      ['Agency Authorizing Official', W.ao, ''],
    ]),
  ];
}

function drForm(o: { id: string; type: string; poam: string; weakness: string; justification: string; evidence: string[] }): Block[] {
  return [
    TBL([
      ['CSP', W.csp],
      ['System', W.cso],
      ['Deviation request ID', o.id],
      ['Related POA&M ID', o.poam],
      ['Date', '2025-06-20'],
    ], false),
    H('Deviation request type'),
    P(['Risk Adjustment', 'False Positive', 'Operational Requirement'].map((t) => `${box(t === o.type)} ${t}`).join('    ')),
    H('Weakness information'),
    P(o.weakness),
    H('Justification'),
    P(o.justification),
    H('Supporting evidence'),
    UL(...o.evidence),
    H('Agency decision'),
    TBL([['Decision', '☐ Approved   ☐ Denied'], ['Authorizing Official / designee', ''], ['Date', '']], false),
  ];
}

export async function agencyDocs(): Promise<EvalDoc[]> {
  const ato1 = await toPdf({
    headings: 'bold',
    date: day('2025-06-12'),
    meta: { producer: 'Adobe Acrobat Pro 2024' },
    footer: 'FSIS OCIO  |  1400 Independence Avenue, SW  |  Washington, D.C. 20250',
    blocks: [
      P('United States Department of Agriculture', { bold: true, size: 26, align: 'center' }),
      P('Food Safety and Inspection Service\nOffice of the Chief Information Officer\nWashington, D.C. 20250', { align: 'center' }),
      P('June 12, 2025', { align: 'right' }),
      B('MEMORANDUM FOR'),
      P(`${W.ceo}\nChief Executive Officer, ${W.csp}`),
      B('FROM'),
      P(`${W.ao}\n${W.aoTitle}`),
      B('SUBJECT'),
      P(`Authority to Operate (ATO) for ${W.cso} (${W.abbr}), FedRAMP Package ${W.fedrampId}`),
      P(`The Food Safety and Inspection Service has completed its review of the security authorization package for ${W.cso}, including the System Security Plan version 1.1, the Security Assessment Plan and Security Assessment Report prepared by ${W.threePao}, and the Plan of Action and Milestones dated May 16, 2025.`),
      P('Based on the results of the security assessment, the residual risks documented in the Security Assessment Report, and the corrective actions planned in the Plan of Action and Milestones, I have determined that the risk to agency operations, agency assets, and individuals resulting from the operation of the system is acceptable.'),
      P(`Accordingly, I hereby grant an Authority to Operate for ${W.cso} at the FedRAMP Moderate impact level. This authorization is valid for three years from the date of this memorandum, until June 12, 2028, provided that ${W.csp} maintains the continuous monitoring program described in its System Security Plan, delivers monthly continuous monitoring deliverables to the FSIS ISSM, and remediates the open findings within the timelines in the POA&M.`),
      P('This authorization may be revoked at any time if the security posture of the system changes significantly or if continuous monitoring deliverables are not provided. Significant changes must be approved in advance through the FedRAMP significant change process.'),
      P(`Questions may be directed to ${W.agencyIssm}, Information System Security Manager, FSIS OCIO.`),
      P('\n\n______________________________\n' + `${W.ao}\n${W.aoTitle}`),
      P(`cc: ${W.agencyIssm}, ISSM; FedRAMP PMO (info@fedramp.gov)`, { size: 16 }),
    ],
  });
  const ato2 = await toDocx({
    headings: 'bold',
    date: day('2025-10-03'),
    meta: { title: 'Letter template 2023', author: 'OCIO Front Office' },
    header: 'U.S. SMALL BUSINESS ADMINISTRATION\nOFFICE OF THE CHIEF INFORMATION OFFICER\n409 Third Street, SW, Washington, DC 20416',
    blocks: [
      P('October 3, 2025'),
      P(`${W.ceo}\nChief Executive Officer\n${W.csp}\n${W.address}`),
      P(`RE: Agency Authorization to Operate — ${W.cso}, FedRAMP ID ${W.fedrampId}`, { bold: true }),
      P(`Dear Ms. Okafor:`),
      P(`The U.S. Small Business Administration (SBA) has reviewed the FedRAMP security authorization package for ${W.cso} available in the FedRAMP secure repository, including the ${W.agencyShort} Authority to Operate dated June 12, 2025, the System Security Plan, the Security Assessment Report by ${W.threePao}, and the most recent continuous monitoring deliverables.`),
      P(`Based on this review, SBA accepts the residual risk of using ${W.cso} for the Office of Field Operations inspection scheduling pilot, and I hereby grant an Authority to Operate for SBA's use of the service at the Moderate impact level. This ATO expires on June 12, 2028, in line with the sponsoring agency's authorization, unless revoked earlier.`),
      P('As a condition of this authorization, Fieldnote Labs shall provide SBA with access to monthly continuous monitoring deliverables (POA&M, vulnerability scan results and inventory), notify SBA of incidents within one hour, and obtain approval for significant changes.'),
      P('Please upload this letter to the FedRAMP repository so that the FedRAMP PMO can record SBA as a leveraging agency.'),
      P('Sincerely,'),
      P(`\n\n${W.ao2}\nChief Information Officer and Authorizing Official\nU.S. Small Business Administration`),
    ],
  });
  const ato3 = await toPdf({
    headings: 'bold',
    date: day('2025-06-12'),
    meta: { title: 'Authorization Decision', author: W.agencyIssm },
    blocks: [
      TBL([['FSIS OCIO — Security Authorization Decision Document', 'System: ' + W.cso + '\nPackage: ' + W.fedrampId]], false),
      TBL([
        ['Decision', `${box(true)} Authority to Operate (ATO)    ${box(false)} ATO with conditions    ${box(false)} Denial of Authorization to Operate`],
        ['Authorization termination date', 'June 12, 2028'],
        ['Impact level', 'Moderate (FIPS 199)'],
        ['Authorizing Official', `${W.ao}, ${W.aoTitle}`],
        ['Security control assessor', W.threePao],
        ['ISSM', W.agencyIssm],
      ], false),
      B('Terms and conditions'),
      UL(
        'Continuous monitoring deliverables (POA&M, scans, inventory) are due to the ISSM by the 15th of each month.',
        'High findings open at authorization must be closed within 30 days; moderate within 90 days.',
        'The CSP must submit a Significant Change Request before any change to the authorization boundary.',
      ),
      B('Authorization statement'),
      P(`Having reviewed the security authorization package and the residual risk, I authorize the operation of ${W.cso} for use by FSIS. I accept the risk to agency operations, assets and individuals described in the Security Assessment Report and Plan of Action and Milestones.`),
      TBL([['Authorizing Official signature', 'Date'], [`/s/ ${W.ao}`, '06/12/2025']]),
    ],
  });
  const scr1 = await toDocx({
    headings: 'bold',
    date: day('2025-09-08'),
    meta: { title: 'SCR form', author: W.secLead },
    footer: 'CUI',
    blocks: [
      T('Significant Change Request (SCR) Form'),
      P(`${W.cso} — submitted to ${W.agencyShort} ISSM for Authorizing Official approval`),
      ...scrForm({
        id: 'SCR-2025-03',
        date: 'September 8, 2025',
        title: 'Replace Datadog for Government with Amazon OpenSearch Service (GovCloud) for security log analytics',
        desc: 'Fieldnote plans to move centralized log search and SIEM detection rules from Datadog for Government to Amazon OpenSearch Service in AWS GovCloud, inside the existing authorization boundary. Log sources and retention do not change; the data flow from CloudTrail, EKS and the application to the analytics platform changes.',
        kind: ['Adding a new leveraged service or component'],
        controls: 'AU-4, AU-6, AU-7, AU-9, AU-11, SI-4, SA-9, CM-8',
        sia: 'The new component is covered by the AWS GovCloud High P-ATO. Access uses fine-grained access control mapped to Okta groups. Encryption at rest uses the existing KMS keys. The change removes one external service from the boundary. No new ports are exposed to the internet.',
        plan: `${W.threePao} will assess the affected controls and scan the new domain before production use; the results will be provided as a SAR addendum.`,
      }),
    ],
  });
  const scr2 = await toPdf({
    headings: 'bold',
    date: day('2026-01-20'),
    meta: {},
    pageNumbers: true,
    blocks: [
      P('[DRAFT v0.2 — do not send]', { bold: true }),
      B('significant change request — AI summary feature'),
      ...scrForm({
        id: 'SCR-2026-01',
        date: 'January 20, 2026',
        title: 'Introduce inspection report summarization using Amazon Bedrock in AWS GovCloud',
        desc: 'A new "summarize findings" function sends the text of inspection notes to Amazon Bedrock (Anthropic Claude model, GovCloud region) and stores the generated summary with the record. This is a new capability that processes federal data with a new service.',
        kind: ['Adding a new leveraged service or component', 'Other (describe)'],
        controls: 'AC-4, SA-9, SC-7, SI-10, PT-2, RA-3, CM-4',
        sia: 'Federal data leaves the application tier to a managed AI service within the GovCloud boundary. Prompts and outputs are logged; no model training on customer data. PIA update required for the new processing purpose.',
        plan: 'Keystone to perform targeted testing of the new data flow and prompt-injection testing of the feature.',
      }),
    ],
  });
  const dr1 = await toDocx({
    headings: 'styles',
    date: day('2025-06-20'),
    meta: { title: 'FedRAMP Deviation Request Form', author: W.secLead },
    blocks: [
      T('FedRAMP Deviation Request Form'),
      ...drForm({
        id: 'DR-2025-002',
        type: 'Risk Adjustment',
        poam: 'V-0005',
        weakness: 'Nessus plugin 156899 (SSL/TLS recommended cipher suites): TLS 1.2 CBC-mode cipher suites enabled on legacy-api.fieldnote-gov.com. Original risk rating: Moderate.',
        justification: 'The legacy API endpoint is reachable only from the agency egress IP ranges through the ALB listener rule and WAF IP set, and all clients negotiate GCM suites. Exploitation requires an on-path attacker inside agency networks. We request adjusting the risk from Moderate to Low until the endpoint is retired on 2025-12-31.',
        evidence: ['WAF IP set export (2025-06-18)', 'ALB access logs showing negotiated cipher suites (30 days)', 'Retirement plan ticket ENG-2291'],
      }),
    ],
  });
  const dr2 = await toPdf({
    headings: 'bold',
    date: day('2025-07-02'),
    meta: { title: 'poam-update-june' },
    header: `${W.csp} — deviation request`,
    blocks: [
      B('Deviation Request — False Positive'),
      P(`Submitted with the June 2025 continuous monitoring deliverables for ${W.cso}.`),
      ...drForm({
        id: 'DR-2025-004',
        type: 'False Positive',
        poam: 'V-0019',
        weakness: 'Nessus plugin 187315 reports an outdated OpenSSH package on EKS worker nodes (Bottlerocket 1.20.3).',
        justification: 'Bottlerocket does not ship OpenSSH on worker nodes; the admin container that contains it is disabled. The plugin matches the package name in the host control container image manifest. Authenticated check with `apiclient` confirms the admin container is not running on any node.',
        evidence: ['apiclient get settings.host-containers output from all 9 nodes', 'Bottlerocket 1.20.3 release notes', 'Nessus plugin output'],
      }),
    ],
  });
  const items = [
    ['1', 'Cover letter from the CSP', 'Y', 'FIC package cover letter 2025-06-13'],
    ['2', 'System Security Plan (SSP)', 'Y', 'FIC SSP v1.1'],
    ['3', 'SSP Attachment 1 — Information Security Policies and Procedures', 'Y', 'Policy set v1.3'],
    ['4', 'SSP Attachment 2 — User Guide', 'Y', 'v1.1'],
    ['5', 'SSP Attachment 3 — Digital Identity Worksheet', 'Y', 'v1.0'],
    ['6', 'SSP Attachment 4 — PTA / PIA', 'Y', 'PTA + PIA v1.0'],
    ['7', 'SSP Attachment 5 — Rules of Behavior', 'Y', 'v1.1'],
    ['8', 'SSP Attachment 6 — Information System Contingency Plan (ISCP)', 'Y', 'v1.0'],
    ['9', 'SSP Attachment 7 — Configuration Management Plan', 'Y', 'v1.1'],
    ['10', 'SSP Attachment 8 — Incident Response Plan', 'Y', 'v1.0'],
    ['11', 'SSP Attachment 9 — CIS/CRM Workbook', 'Y', 'v1.0'],
    ['12', 'SSP Attachment 10 — FIPS 199', 'Y', 'v1.0'],
    ['13', 'SSP Attachment 11 — Separation of Duties Matrix', 'Y', 'v1.0'],
    ['14', 'SSP Attachment 12 — Laws and Regulations', 'Y', 'v1.0'],
    ['15', 'SSP Attachment 13 — Integrated Inventory Workbook', 'Y', 'May 2025'],
    ['16', 'SSP Attachment 15 — Supply Chain Risk Management Plan', 'Y', 'v1.0'],
    ['17', 'Security Assessment Plan (SAP)', 'Y', 'Keystone SAP v1.0'],
    ['18', 'Security Assessment Report (SAR) and attachments', 'Y', 'Keystone SAR v1.0'],
    ['19', 'Plan of Action and Milestones (POA&M)', 'Y', '2025-05-16'],
    ['20', 'Agency ATO letter', 'Y', 'FSIS ATO memo 2025-06-12'],
    ['21', 'Continuous Monitoring Plan / strategy', 'Y', 'v1.0'],
  ];
  const checklist = await toDocx({
    headings: 'bold',
    date: day('2025-06-13'),
    meta: {},
    blocks: [
      T('FedRAMP Initial Authorization Package Checklist'),
      P(`CSP: ${W.csp}    CSO: ${W.cso}    Package ID: ${W.fedrampId}    Authorization type: Agency (${W.agencyShort})`),
      P('Instructions: indicate for each item whether it is included in the package uploaded to the FedRAMP secure repository, and the document name and version.', { italic: true }),
      TBL([['#', 'Package item', 'Included (Y/N)', 'Document name / version / date'], ...items]),
      B('Attestation'),
      P(`I attest that the package is complete and that the documents listed above are the versions reviewed by the authorizing agency. — ${W.secLead}, ISSO, June 13, 2025`),
    ],
  });
  return [
    { file: 'signed.pdf', expected: 'ATO_LETTER', note: 'USDA FSIS "MEMORANDUM FOR" granting the Authority to Operate, letterhead and AO signature block.', data: ato1 },
    { file: 'SBA letter.docx', expected: 'ATO_LETTER', note: 'Leveraging agency (SBA) letter granting an ATO, letterhead in the page header, subject in a RE: line; stale metadata title.', data: ato2 },
    { file: 'FedRAMP_SAR_final.pdf', expected: 'ATO_LETTER', note: 'Agency authorization decision document granting the ATO; misleading file name saying SAR.', data: ato3 },
    { file: 'Fieldnote_request_0908.docx', expected: 'SIGNIFICANT_CHANGE_REQUEST', note: 'Significant Change Request form for replacing the log analytics service.', data: scr1 },
    { file: 'doc-0733.pdf', expected: 'SIGNIFICANT_CHANGE_REQUEST', note: 'Draft significant change request PDF for an AI feature; lower-case bold title and draft marker.', data: scr2 },
    { file: 'form.docx', expected: 'DEVIATION_REQUEST', note: 'FedRAMP Deviation Request form asking for a risk adjustment of a POA&M item.', data: dr1 },
    { file: 'poam-update-june.pdf', expected: 'DEVIATION_REQUEST', note: 'False-positive deviation request PDF; misleading file name and metadata title about the POA&M.', data: dr2 },
    { file: 'checklist.docx', expected: 'AUTHORIZATION_CHECKLIST', note: 'FedRAMP Initial Authorization Package Checklist as a Word table with included flags.', data: checklist },
  ];
}
