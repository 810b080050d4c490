/** 3PAO deliverables in prose: Security Assessment Plans and Security Assessment Reports (Word and PDF). */
import {
  Rng, br, center, day, docx, gap, h1, h2, h3, longDate, p, pdf, revisionTable, signatureBlock, table, title, toc, ul, usDate,
} from './common.js';
import type { Block, EvalDoc } from './common.js';
import { CONTROLS } from './controls.js';
import { BRIGHTLINE, CORVANE, HARBOR, KESTREL, LUMEN, MERIDIAN, QUILL } from './orgs.js';
import type { Assessor, Provider } from './orgs.js';

function hosts(csp: Provider, rng: Rng, n: number): string[][] {
  return Array.from({ length: n }, (_, i) => [
    `${csp.abbrev.toLowerCase()}-${rng.pick(['app', 'db', 'web', 'k8s', 'bastion', 'ci'])}-${String(i + 1).padStart(2, '0')}`,
    rng.ip(csp.prefix),
    rng.pick(['Amazon Linux 2023', 'Ubuntu 22.04 LTS', 'Windows Server 2022', 'Bottlerocket 1.19', 'PostgreSQL 15 (managed)']),
    rng.pick(['Infrastructure', 'Database', 'Web application', 'Container platform']),
  ]);
}

function sapBody(csp: Provider, a: Assessor, rng: Rng, kind: string): Block[] {
  const start = day(-95);
  return [
    h1('Introduction'),
    p(`${a.legal} (${a.short}) has been engaged by ${csp.legal} to perform the ${kind} of the ${csp.system}. This plan describes the scope, methodology, schedule and rules of engagement of that assessment. It is based on the ${csp.system} System Security Plan version 3.2 and its attachments.`),
    h2('Purpose'),
    p('The purpose of this plan is to obtain agreement from the CSP and the authorizing official on what will be tested, how, when and by whom, before testing begins.'),
    h1('Scope'),
    h2('Controls to be Assessed'),
    p(`All controls of the FedRAMP Rev. 5 ${csp.level} baseline will be assessed, including the FedRAMP-specified core controls; inherited controls are assessed by review of the leveraged system's authorization package.`),
    h2('Locations and Components'),
    table(['Hostname', 'IP Address', 'Operating System / Software', 'Scan Type'], hosts(csp, rng, 14)),
    h2('Web Applications and APIs'),
    table(['Application', 'URL', 'Roles Tested'], [['Tenant web UI', `https://gov.${csp.domain}`, 'Tenant admin, end user, unauthenticated'], ['Public API', `https://api.gov.${csp.domain}/v2`, 'API client with tenant token'], ['Operations console', 'internal only', 'Platform administrator']]),
    h1('Assumptions'),
    ul('The CSP will provide credentials for authenticated scans at least five business days before testing.', 'The environment will be frozen (no changes) during testing except for emergency fixes coordinated with the assessment lead.', 'Documentation listed in the SSP will be current and available.'),
    h1('Methodology'),
    p('Controls are assessed using the examine, interview and test methods of NIST SP 800-53A Rev. 5 with the FedRAMP Security Assessment Test Cases. Technical testing consists of:'),
    table(['Test Type', 'Tool', 'Version', 'Purpose'], [
      ['Infrastructure vulnerability scanning (authenticated)', 'Tenable Nessus Professional', '10.8', 'OS and network service vulnerabilities'],
      ['Configuration compliance', 'Nessus compliance audits (CIS)', '10.8', 'Baseline configuration verification'],
      ['Web application scanning', 'Burp Suite Professional', '2025.5', 'OWASP Top 10 and API testing'],
      ['Database scanning', 'Nessus database audits', '10.8', 'Database configuration and vulnerabilities'],
      ['Penetration testing', 'Manual, with Kali Linux tooling', '2025.2', 'Attack vectors per FedRAMP Penetration Test Guidance'],
    ]),
    h2('Penetration Test Attack Vectors'),
    ul('External to corporate', 'External untrusted to internal untrusted', 'External to CSP target system', 'Tenant to CSP management system', 'Tenant to tenant', 'Mobile application (not applicable)', 'Client-side application and agents'),
    h1('Test Plan'),
    h2('Assessment Team'),
    table(['Name', 'Role', 'Contact'], [[a.lead.name, 'Assessment Lead', a.lead.email], ['Gordon Estabrook', 'Penetration Tester', `gestabrook@${a.lead.email.split('@')[1] ?? ''}`], ['Yara Nakashima', 'Control Assessor', `ynakashima@${a.lead.email.split('@')[1] ?? ''}`]]),
    h2('Schedule'),
    table(['Activity', 'Start', 'End'], [
      ['Kickoff and documentation review', usDate(start), usDate(day(-88))],
      ['Control interviews and examination', usDate(day(-87)), usDate(day(-74))],
      ['Vulnerability scanning', usDate(day(-80)), usDate(day(-76))],
      ['Penetration testing', usDate(day(-75)), usDate(day(-66))],
      ['Out-brief', usDate(day(-62)), usDate(day(-62))],
      ['Draft report delivered', usDate(day(-45)), usDate(day(-45))],
    ]),
    h1('Rules of Engagement'),
    p('The following rules govern technical testing and are agreed to by signature of both parties.'),
    h2('Disclosures'),
    ul('Testing may cause temporary performance degradation; denial-of-service testing will not be performed.', 'Assessors will not exfiltrate real customer data; proof of access is demonstrated with CSP-provided test tenants.', 'Any discovery of a prior compromise stops testing and is reported immediately to the CSP ISSO.'),
    h2('Testing Windows'),
    p('Scanning and penetration testing take place Monday through Friday, 08:00-20:00 Eastern, unless otherwise agreed in writing.'),
    h2('Source IP Addresses of the Testers'),
    table(['Source', 'IP Address'], [['Assessor scan appliance', '198.51.100.24'], ['Penetration testing VPS', '203.0.113.77']]),
    h2('Points of Contact During Testing'),
    table(['Organization', 'Name', 'Phone'], [[csp.short, csp.isso.name, csp.isso.phone], [csp.short, csp.engineer.name, csp.engineer.phone], [a.short, a.lead.name, a.lead.phone]]),
    h2('Signatures'),
    ...signatureBlock([{ name: csp.owner.name, title: `${csp.owner.title}, ${csp.short}` }, { name: a.lead.name, title: `${a.lead.title}, ${a.short}` }]),
  ];
}

async function sapWord(): Promise<EvalDoc> {
  const csp = LUMEN;
  const a = KESTREL;
  const rng = new Rng('eval:sap:word');
  const body: Block[] = [
    gap, gap,
    title('Security Assessment Plan (SAP)'),
    title(`${csp.system} (${csp.abbrev})`, 'medium'),
    center(`Initial FedRAMP ${csp.level} Agency Authorization`),
    center(`Prepared by ${a.legal}, ${a.address}`),
    center(`Prepared for ${csp.legal}`),
    center(`Version 1.1 - ${longDate(day(-100))}`),
    br,
    revisionTable(rng, a.lead.name, ['1.0', '1.1'], day(-220), ['Draft for agency review', 'Incorporated agency comments on penetration test scope']),
    br,
    toc(),
    br,
    ...sapBody(csp, a, rng, 'initial FedRAMP security assessment'),
  ];
  return {
    file: 'KAP-LIP-2025-v1.1.docx',
    expected: 'SAP',
    format: 'docx',
    note: 'FedRAMP-template-shaped SAP by the 3PAO with rules of engagement, title on cover',
    data: await docx({ props: { title: 'Security Assessment Plan', creator: a.lead.name, company: a.legal }, look: 'fedramp', body, date: day(-100) }),
  };
}

async function sapPdf(): Promise<EvalDoc> {
  const csp = QUILL;
  const a = MERIDIAN;
  const rng = new Rng('eval:sap:pdf');
  const body: Block[] = [
    title('2025 Annual Assessment - Test Plan and Rules of Engagement'),
    center(`${csp.system}  |  ${a.legal}`),
    table(['Engagement', 'Details'], [['Client', csp.legal], ['Assessment type', 'Annual assessment (FedRAMP ConMon year 2)'], ['Assessor', a.legal], ['Sponsoring agency', 'U.S. Department of Education']]),
    ...sapBody(csp, a, rng, 'annual assessment'),
    h1('Annual Control Selection'),
    p('In addition to the FedRAMP core controls, the following controls are selected for this year\'s one-third rotation and for changes since the last assessment:'),
    table(['Control', 'Reason for Selection'], CONTROLS.filter(() => rng.chance(0.25)).map(([id, name]) => [`${id} ${name}`, rng.pick(['Core control', 'Rotation', 'Changed since last assessment', 'Open POA&M item'])])),
  ];
  return {
    file: 'meridian-qrv-aa25.pdf',
    expected: 'SAP',
    format: 'pdf',
    note: 'annual assessment plan retitled "Test Plan and Rules of Engagement" (no "Security Assessment Plan" title), PDF',
    data: await pdf({ props: { title: 'QRV 2025 Annual Assessment Test Plan', creator: a.lead.name }, header: `${a.short} - Confidential`, body, date: day(-90) }),
  };
}

// ---------------------------------------------------------------- SAR

interface Finding {
  id: string;
  control: string;
  name: string;
  desc: string;
  likelihood: string;
  impact: string;
  risk: 'High' | 'Moderate' | 'Low';
  rec: string;
  status: string;
}

const WEAKNESSES: [string, string, string][] = [
  ['RA-5', 'Outdated OpenSSL on bastion hosts', 'Authenticated scans identified OpenSSL 3.0.7 with multiple known vulnerabilities on two bastion hosts.'],
  ['AC-2', 'Inactive accounts not disabled', 'Three accounts inactive for more than 90 days remained enabled in the identity provider.'],
  ['CM-6', 'CIS benchmark deviations', 'Configuration compliance scans found 14 failed CIS Level 1 checks across worker nodes.'],
  ['SC-8', 'TLS 1.0 enabled on legacy endpoint', 'The legacy SOAP endpoint accepted TLS 1.0 connections.'],
  ['AU-6', 'Audit review not evidenced', 'The weekly audit review could not be evidenced for 4 of 12 sampled weeks.'],
  ['SI-10', 'Reflected cross-site scripting', 'The report search parameter reflected unsanitized input in an error message.'],
  ['CP-4', 'Contingency plan test incomplete', 'The annual functional test did not include restoration of the reporting database.'],
  ['IA-5', 'Service account passwords not rotated', 'Two database service credentials were older than the 365-day rotation requirement.'],
  ['SA-22', 'Unsupported component', 'A container base image used an end-of-life Node.js 16 runtime.'],
  ['PS-7', 'Contractor off-boarding delay', 'One contractor account remained active six days after contract end.'],
  ['SC-7', 'Overly permissive security group', 'A management security group allowed SSH from 0.0.0.0/0 although no host listened on port 22.'],
  ['CA-7', 'Monthly deliverables late', 'Two monthly ConMon packages were delivered after the agreed date.'],
];

function findings(rng: Rng, n: number): Finding[] {
  return rng.sample(WEAKNESSES, n).map(([control, name, desc], i) => {
    const risk = rng.pick(['High', 'Moderate', 'Moderate', 'Low', 'Low'] as const);
    return {
      id: `${String(i + 1).padStart(3, '0')}`,
      control,
      name,
      desc,
      likelihood: rng.pick(['Low', 'Moderate', 'High']),
      impact: rng.pick(['Low', 'Moderate', 'High']),
      risk,
      rec: rng.pick(['Remediate and provide evidence to the 3PAO.', 'Apply vendor patch and rescan.', 'Update the procedure and retrain staff.', 'Reconfigure to the approved baseline.']),
      status: rng.pick(['Open', 'Open', 'Remediated during testing']),
    };
  });
}

function riskExposure(fs: Finding[]): Block {
  return table(
    ['ID', 'Control', 'Weakness', 'Description', 'Likelihood', 'Impact', 'Risk Level', 'Recommendation', 'Status'],
    fs.map((f) => [f.id, f.control, f.name, f.desc, f.likelihood, f.impact, f.risk, f.rec, f.status]),
    'Risk Exposure Table',
  );
}

function sarBody(csp: Provider, a: Assessor, rng: Rng, fs: Finding[], label: string): Block[] {
  const count = (r: string): number => fs.filter((f) => f.risk === r).length;
  return [
    h1('Executive Summary'),
    p(`${a.legal} performed the ${label} of the ${csp.system} between ${longDate(day(-80))} and ${longDate(day(-62))}. The assessment followed the agency-approved Security Assessment Plan and tested the controls of the FedRAMP Rev. 5 ${csp.level} baseline.`),
    table(['Risk Level', 'Open', 'Remediated During Testing', 'Total'], ['High', 'Moderate', 'Low'].map((r) => [r, String(fs.filter((f) => f.risk === r && f.status === 'Open').length), String(fs.filter((f) => f.risk === r && f.status !== 'Open').length), String(count(r))])),
    h1('Purpose'),
    p('This report documents the results of the assessment, including the risks identified and the assessor\'s recommendation to the authorizing official.'),
    h1('Scope and System Overview'),
    p(`The ${csp.system} is a ${csp.model} offering hosted in ${csp.iaas}. All components listed in the SAP were tested; no deviations from the approved scope occurred.`),
    h1('Assessment Methodology'),
    p('Controls were assessed using examination of documentation and evidence, interviews with personnel, and technical testing (authenticated vulnerability scanning, web application scanning, database scanning and penetration testing). Each weakness was assigned a likelihood and impact per NIST SP 800-30, producing the risk levels below.'),
    h1('Security Assessment Results'),
    riskExposure(fs),
    h2('Non-Conforming Controls'),
    p('Weaknesses listed above remain open unless marked remediated during testing; remediation was verified by the assessor before closure.'),
    h2('Vulnerability Scan Summary'),
    table(['Scan', 'Hosts/Apps', 'High', 'Moderate', 'Low'], [['Infrastructure', String(rng.int(40, 120)), String(rng.int(0, 3)), String(rng.int(2, 15)), String(rng.int(10, 40))], ['Web application', '3', '0', String(rng.int(1, 4)), String(rng.int(2, 9))], ['Database', String(rng.int(2, 6)), '0', String(rng.int(0, 3)), String(rng.int(1, 5))]]),
    h1('Authorization Recommendation'),
    p(`Based on the results of this assessment, ${a.short} recommends that the authorizing official grant ${csp.legal} an authorization to operate for the ${csp.system} at the FedRAMP ${csp.level} impact level, provided the open High and Moderate risks are tracked in the Plan of Action and Milestones and remediated within FedRAMP timeframes.`),
    p(`The system ${count('High') > 2 ? 'does not currently meet' : 'meets'} the FedRAMP threshold of no open High risks and fewer than the allowed number of Moderate risks at the time of authorization.`),
    h1('Attestation'),
    ...signatureBlock([{ name: a.lead.name, title: `${a.lead.title}, ${a.legal}` }]),
    h1('Appendices'),
    ul('Appendix A - Risk Exposure Table (Excel)', 'Appendix B - Security Test Case Procedures (Excel)', 'Appendix C - Infrastructure Scan Results', 'Appendix D - Database Scan Results', 'Appendix E - Web Application Scan Results', 'Appendix F - Penetration Test Report', 'Appendix G - Auxiliary Documents'),
  ];
}

async function sarAnnualWord(): Promise<EvalDoc> {
  const csp = CORVANE;
  const a = BRIGHTLINE;
  const rng = new Rng('eval:sar:annual');
  const fs = findings(rng, 9);
  const body: Block[] = [
    gap, gap,
    title('Annual Assessment Report 2025'),
    title(csp.system, 'medium'),
    center(`Prepared by ${a.legal} for ${csp.legal}`),
    center(longDate(day(-40))),
    br,
    revisionTable(rng, a.lead.name, ['0.9', '1.0'], day(-120), ['Draft for CSP factual accuracy review', 'Final']),
    br,
    ...sarBody(csp, a, rng, fs, '2025 annual assessment'),
  ];
  return {
    file: 'BCA_CCG_2025_final.docx',
    expected: 'SAR',
    format: 'docx',
    note: 'retitled "Annual Assessment Report 2025" (never "Security Assessment Report"), risk exposure table, recommendation',
    data: await docx({ props: { title: 'Annual Assessment Report 2025', creator: a.lead.name, company: a.legal }, body, date: day(-40) }),
  };
}

async function sarPdf(): Promise<EvalDoc> {
  const csp = HARBOR;
  const a = KESTREL;
  const rng = new Rng('eval:sar:pdf');
  const fs = findings(rng, 12);
  const body: Block[] = [
    gap, center(a.legal, true), center(a.address), br,
    table(['Document Information', ''], [['Client', csp.legal], ['System', csp.system], ['Engagement', 'Initial FedRAMP Moderate Agency Authorization'], ['Report date', usDate(day(-30))], ['Classification', 'CUI']]),
    revisionTable(rng, a.lead.name, ['1.0', '1.1'], day(-80), ['Initial', 'Agency comments']),
    br,
    toc(),
    br,
    title('Security Assessment Report', 'medium'),
    ...sarBody(csp, a, rng, fs, 'initial security assessment'),
  ];
  for (const f of fs) body.push(h3(`Finding ${f.id}: ${f.name}`), p(`${f.desc} Affected control: ${f.control}. Risk: ${f.risk}.`), p(`Recommendation: ${f.rec}`));
  return {
    file: 'kestrel-hdsm-final.pdf',
    expected: 'SAR',
    format: 'pdf',
    note: 'SAR as PDF; title only after document information, revision history and TOC',
    data: await pdf({ props: { creator: a.lead.name }, header: `${a.short} | CUI`, body, date: day(-30) }),
  };
}

export async function assessmentDocs(): Promise<EvalDoc[]> {
  return [await sapWord(), await sapPdf(), await sarAnnualWord(), await sarPdf()];
}
