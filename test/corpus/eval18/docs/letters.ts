import type { Block } from '../kit/model.js';
import { b, bullets, h1, p, ps, small, table, title } from '../kit/model.js';
import { G } from '../kit/group.js';
import type { FrontMatter } from '../kit/group.js';
import { renderDocx } from '../kit/docx.js';
import { renderPdf } from '../kit/pdf.js';
import { groupDoc } from './wrap.js';
import type { EvalDoc } from './types.js';

const AGENCY_HEAD = [small('UNITED STATES GOVERNMENT'), b(`${G.agency.toUpperCase()}`), small('Office of the Chief Information Officer • 1201 Constitution Avenue NW • Washington, DC 20230')];

function atoLetter(variant: 'initial' | 'reauth'): Block[] {
  const date = variant === 'initial' ? 'April 14, 2026' : 'March 30, 2027';
  return [
    ...AGENCY_HEAD,
    p(date),
    p(`${G.systemOwner}\nPresident\n${G.sub}\n${G.subAddr}`),
    p(`SUBJECT: ${variant === 'initial' ? 'Authority to Operate' : 'Continued Authority to Operate'} — ${G.cso} (${G.csoShort}), FedRAMP Package ID ${G.fedId}`),
    p(`Dear Mr. Mercer:`),
    p(`${variant === 'initial' ? 'The' : 'Following the annual assessment, the'} ${G.agency} (${G.agencyShort}) has completed its review of the security authorization package for the ${G.cso}, including the System Security Plan, the Security Assessment Plan, the Security Assessment Report prepared by ${G.tpao}, and the Plan of Action and Milestones. Based on this review, I have determined that the risk to agency operations, agency assets and individuals resulting from the operation of the system is acceptable.`),
    p(`Accordingly, I hereby grant ${variant === 'initial' ? 'an' : 'a continued'} Authority to Operate (ATO) for ${G.csoShort} at the FedRAMP High impact level for use by ${G.agencyShort}. This authorization is valid for three (3) years from the date of this letter, provided that the system is operated in accordance with the approved SSP and that the continuous monitoring requirements are met.`),
    p('This authorization is subject to the following conditions:'),
    bullets(
      'The CSP shall remediate all open POA&M items within FedRAMP timeframes and submit monthly continuous monitoring deliverables to the agency repository.',
      'The CSP shall submit a Significant Change Request and obtain approval before implementing any significant change.',
      'The CSP shall report incidents to the agency and the FedRAMP PMO within one hour of identification.',
      'Moderate finding SAR-ANN27-003 shall be remediated within 90 days of the date of this letter.',
    ),
    p('The agency will share this authorization with the FedRAMP PMO so that the package may be listed on the FedRAMP Marketplace and leveraged by other agencies.'),
    p('Sincerely,'),
    p(`/s/ digitally signed\n${G.ao}\n${G.aoTitle}\n${G.agency}`),
    p(`cc: FedRAMP PMO (info@fedramp.gov); ${G.isso}, ISSO; ${G.agencyShort} Chief Information Security Officer`),
  ];
}

function checklistDoc(): Block[] {
  const rows: string[][] = [
    ['#', 'Deliverable', 'Template / Format', 'Included (Y/N)', 'Version / Date', 'Comments'],
    ['1', 'Cover Letter (Transmittal)', 'Agency format', 'Y', '2026-03-20', ''],
    ['2', 'System Security Plan (SSP)', 'FedRAMP SSP template / OSCAL', 'Y', 'v3.0 / 2026-03-18', ''],
    ['2.1', 'Att. 1 Information Security Policies and Procedures', 'CSP format', 'Y', 'v2.0', 'One document per family'],
    ['2.2', 'Att. 2 User Guide', 'CSP format', 'Y', 'v1.3', ''],
    ['2.3', 'Att. 3 Digital Identity Worksheet', 'FedRAMP template', 'Y', 'v1.0', ''],
    ['2.4', 'Att. 4 Privacy Impact Assessment (PTA/PIA)', 'FedRAMP template', 'Y', 'v1.1', ''],
    ['2.5', 'Att. 5 Rules of Behavior', 'FedRAMP template', 'Y', 'v1.2', ''],
    ['2.6', 'Att. 6 Information System Contingency Plan', 'FedRAMP template', 'Y', 'v1.1', ''],
    ['2.7', 'Att. 7 Configuration Management Plan', 'CSP format', 'Y', 'v2.0', ''],
    ['2.8', 'Att. 8 Incident Response Plan', 'CSP format', 'Y', 'v1.0', ''],
    ['2.9', 'Att. 9 CIS and CRM Workbook', 'FedRAMP template', 'Y', 'v2.0', ''],
    ['2.10', 'Att. 10 FIPS 199 Categorization', 'FedRAMP template', 'Y', 'v1.0', ''],
    ['2.11', 'Att. 11 Separation of Duties Matrix', 'CSP format', 'Y', 'v1.1', ''],
    ['2.12', 'Att. 12 FedRAMP Laws and Regulations', 'FedRAMP template', 'Y', 'v1.0', ''],
    ['2.13', 'Att. 13 Integrated Inventory Workbook', 'FedRAMP template', 'Y', '2026-03-05', ''],
    ['2.14', 'Att. 14 Supply Chain Risk Management Plan', 'CSP format', 'Y', 'v1.0', ''],
    ['3', 'Security Assessment Plan (SAP)', 'FedRAMP SAP template', 'Y', 'v1.1 / 2025-10-02', 'Approved by AO'],
    ['4', 'Security Assessment Report (SAR) with appendices and scan files', 'FedRAMP SAR template', 'Y', 'v1.0 / 2026-03-12', ''],
    ['5', 'Plan of Action and Milestones (POA&M)', 'FedRAMP POA&M template', 'Y', '2026-03-15', ''],
    ['6', 'Agency Authority to Operate Letter', 'Agency format', 'Pending', '', 'Expected April 2026'],
    ['7', 'Continuous Monitoring Plan', 'CSP format', 'Y', 'v1.0', ''],
  ];
  return [
    h1('Instructions'),
    p('The CSP completes this checklist and submits it with the initial authorization package. For each deliverable indicate whether it is included, its version and date, and any comments. The agency reviews the checklist for completeness before the package is submitted to the FedRAMP PMO for review.'),
    h1('Package Information'),
    table([['CSP Name', G.sub], ['Cloud Service Offering', G.cso], ['Impact Level', 'High'], ['Sponsoring Agency', G.agency], ['Independent Assessor (3PAO)', G.tpao], ['FedRAMP Package ID', G.fedId]]),
    h1('Package Contents'),
    table(rows),
    h1('Certification'),
    p('I certify that the documents listed above are complete, current and accurately describe the system submitted for FedRAMP authorization.'),
    table([['CSP Representative', G.systemOwner, 'Signature', 'Date'], ['Agency Representative', G.ao, 'Signature', 'Date']]),
  ];
}

function scr(variant: 'region' | 'crypto'): Block[] {
  const change = variant === 'region'
    ? ['Addition of a new data centre (availability zone 3) in US-East-Federal-1 and migration of 40% of the hypervisor fleet to it.', 'New data centre / change of physical location', 'PE family, CP-6/CP-7, SC-7, CM-8']
    : ['Replacement of the hardware security modules of the key management service by a new model (FIPS 140-3 Level 3) from a different vendor.', 'Change to cryptographic modules / new third-party component', 'SC-12, SC-13, SC-28, SR-3, SR-5'];
  return [
    h1('Section A — CSP and System Information'),
    table([['CSP Name', G.sub], ['Cloud Service Offering', G.cso], ['FedRAMP Package ID', G.fedId], ['Impact Level', 'High'], ['Authorizing Agency', G.agency], ['3PAO', G.tpao], ['Date of Request', variant === 'region' ? '2026-08-12' : '04/11/2026']]),
    h1('Section B — Description of the Proposed Change'),
    p(change[0] ?? ''),
    table([['Type of significant change (FedRAMP Significant Change Policies and Procedures)', change[1] ?? ''], ['Affected controls', change[2] ?? ''], ['Planned implementation date', variant === 'region' ? '15/01/2027' : '01/03/2027'], ['Does the change affect the authorization boundary?', variant === 'region' ? 'Yes' : 'No']]),
    h1('Section C — Security Impact Analysis'),
    ...ps(
      variant === 'region'
        ? 'The new facility is operated by the same colocation provider under its existing FedRAMP authorization; physical and environmental controls are inherited. Network segmentation, logging and monitoring are extended with the same baselines. The SSP sections 9 and 10, the boundary and network diagrams and the inventory will be updated before implementation.'
        : 'The new HSMs hold a FIPS 140-3 Level 3 validation certificate. Key migration uses the vendor-supported wrapped export between modules inside the HSM enclave. The change reduces risk by replacing modules whose validation moves to the historical list in 2027.',
      'The ISSO assessed the change against the FedRAMP criteria and concluded that it constitutes a significant change requiring AO approval and a 3PAO assessment of the affected controls before implementation.',
    ),
    h1('Section D — Assessment Approach'),
    ...ps(`${G.tpao} will prepare a SAP addendum covering the affected controls; results will be documented in a SAR addendum. Updated SSP, inventory and POA&M will be submitted with the SAR addendum.`),
    h1('Section E — Approvals'),
    table([['Role', 'Name', 'Signature', 'Date'], ['CSP System Owner', G.systemOwner, '', ''], ['Agency AO', G.ao, '', '']]),
  ];
}

function deviation(): Block[] {
  return [
    h1('Deviation Request Information'),
    table([['CSP', G.sub], ['System', G.cso], ['Deviation Request ID', 'DR-2026-031'], ['POA&M ID', 'V-2026-088'], ['Date submitted', '19/10/2026']]),
    h1('Deviation Type'),
    table([['☐ False Positive (FP)', '☒ Risk Adjustment (RA)', '☐ Operational Requirement (OR)']], false),
    h1('Vulnerability Details'),
    table([['Scanner / Source', 'Tenable Nessus, monthly OS scan October 2026'], ['Plugin / Identifier', '187315'], ['CVE', 'CVE-2023-48795'], ['Name', 'SSH Terrapin Prefix Truncation Weakness'], ['Affected assets', 'bastion-01.fed.nfcp.internal, bastion-02.fed.nfcp.internal'], ['Original risk rating', 'Moderate'], ['Proposed adjusted risk rating', 'Low']]),
    h1('Justification'),
    ...ps(
      'The affected SSH service listens only on the management VLAN reachable exclusively from the privileged access gateway, which enforces strict-kex and disables the ChaCha20-Poly1305 and EtM MAC combinations. Exploitation requires an active man-in-the-middle position on the management network, which is not reachable from the internet or tenant networks.',
      'Compensating controls: network isolation (SC-7), privileged session recording (AC-6(9)), and host intrusion detection (SI-4). The vendor fix will be deployed with the next image rebuild in January 2027.',
    ),
    h1('Evidence'),
    bullets('Gateway SSH configuration export (sshd_config, 2026-10-17)', 'Firewall rule set for the management VLAN', 'Nessus plugin output for both hosts'),
    h1('Approvals'),
    table([['Role', 'Name', 'Decision', 'Date'], ['CSP ISSO', G.isso, 'Submitted', '19/10/2026'], ['Agency AO / designee', G.ao, '', '']]),
  ];
}

const fm = (docId: string, version: string, date: string, extra: Partial<FrontMatter> = {}): FrontMatter => ({
  docId,
  version,
  status: 'Submitted',
  owner: `${G.isso}, ISSO`,
  approver: `${G.systemOwner}, System Owner`,
  reviewer: G.complianceLead,
  date,
  revisions: [[version, date, 'D. Whitfield', 'Issued to the authorizing official']],
  ...extra,
});

export async function letterDocs(): Promise<EvalDoc[]> {
  const out: EvalDoc[] = [];
  out.push({
    file: 'ATO_signed.pdf', expected: 'ATO_LETTER',
    note: 'Agency Authority to Operate letter signed by the FGAA authorizing official, PDF on agency letterhead.',
    data: await renderPdf({ blocks: atoLetter('initial'), meta: { title: 'NFCP ATO Letter', creator: 'FGAA OCIO' } }, { pageSize: 'Letter', producer: 'Adobe Acrobat Pro (64-bit) 24.4', creatorTool: 'Adobe Acrobat Pro (64-bit) 24.4' }),
  });
  out.push({
    file: 'letter-2027-03-30.docx', expected: 'ATO_LETTER',
    note: 'Continued Authority to Operate letter after the annual assessment, as the agency sent it in Word.',
    data: await renderDocx({ blocks: atoLetter('reauth'), meta: { creator: 'FGAA OCIO', title: '' }, footer: `${G.agency} — Official Use` }),
  });
  out.push({
    file: 'package_index.docx', expected: 'AUTHORIZATION_CHECKLIST',
    note: 'FedRAMP Initial Authorization Package Checklist completed by the CSP (deliverables, included Y/N, versions, certification).',
    data: await renderDocx(groupDoc(fm('GCO-FED-CHK-001', '1.0', '20/03/2026'), [title('FedRAMP Initial Authorization Package Checklist', 32), p(G.cso)], checklistDoc(), { place: 'after-control', meta: { title: 'Initial Authorization Package Checklist', creator: G.complianceLead } })),
  });
  out.push({
    file: 'NFCP_SCR_2026-08_AZ3.docx', expected: 'SIGNIFICANT_CHANGE_REQUEST',
    note: 'FedRAMP Significant Change Request form for a new data centre, with security impact analysis and approvals.',
    data: await renderDocx(groupDoc(fm('GCO-FED-SCR-2026-02', '1.0', '12/08/2026'), [title('Significant Change Request (SCR) Form', 36), p(`${G.cso} — FedRAMP High`)], scr('region'), { place: 'after-control', meta: { title: 'Significant Change Request', creator: G.isso } })),
  });
  out.push({
    file: 'doc-1288.pdf', expected: 'SIGNIFICANT_CHANGE_REQUEST',
    note: 'Significant Change Request for replacing the HSMs, as PDF with bold headings and no Info title.',
    data: await renderPdf(groupDoc(fm('GCO-FED-SCR-2026-05', '1.0', '04.11.2026'), [b('FedRAMP SIGNIFICANT CHANGE REQUEST'), p('Request for approval of a significant change to an authorized system')], scr('crypto'), { place: 'after-control', headings: 'bold' }), { pageSize: 'Letter', noInfoTitle: true }),
  });
  out.push({
    file: 'DR-2026-031.docx', expected: 'DEVIATION_REQUEST',
    note: 'FedRAMP Deviation Request (risk adjustment) for a POA&M item, with justification and evidence.',
    data: await renderDocx(groupDoc(fm('GCO-FED-DR-2026-031', '1.0', '19/10/2026'), [title('FedRAMP Deviation Request Form', 36), p('Risk Adjustment — POA&M item V-2026-088')], deviation(), { place: 'after-control', meta: { title: 'Deviation Request', creator: G.isso } })),
  });
  return out;
}
