/** SAP, SAR, agency ATO letters, and the OSCAL derivatives (SSP, SAP, SAR, POA&M) of the real FedRAMP fixtures. */
import { readFileSync } from 'node:fs';
import YAML from 'yaml';
import { fixture } from '../../support/fixtures.js';
import { CSO, CSO_SHORT, CSP, ENG_BANK, TPAO, approvals, distribution, headerTable, revisionHistory, toc } from './front.js';
import type { EvalDoc } from './front.js';
import { blocksToPdf, docx, para, pdf, rng } from './kit.js';
import type { Block, PdfLine } from './kit.js';

const SAP_BANK = [
  `${TPAO} will assess the ${CSO_SHORT} controls of the FedRAMP Rev. 5 High baseline using the test procedures of NIST SP 800-53A Rev. 5 and the FedRAMP SAP test case workbook.`,
  'Assessment methods are examine, interview and test; each control will be assessed with at least one method and privileged controls with all three.',
  'Vulnerability scanning will use Tenable Nessus (authenticated) for operating systems, Tenable/Qualys for databases and Burp Suite Professional for web applications, with scanner policies approved by the AO.',
  'Penetration testing follows the FedRAMP Penetration Test Guidance and covers the external, tenant-to-tenant, management plane and social engineering attack vectors.',
  'Sampling: the 3PAO will select 10 percent of hypervisor hosts (minimum 25) per AZ and every unique baseline configuration from the IIW.',
  'Testing will be performed from 2025-04-07 through 2025-05-02 from the 3PAO test lab and from an assessor workstation inside MGMT-VPC.',
  'The system will be frozen during testing; changes other than emergency security patches require 3PAO notification.',
  'Rules of engagement: testing windows, IP ranges, points of contact and the stop-test procedure are listed in Appendix B and signed by the CSP and the 3PAO.',
];

async function sapDocx(): Promise<EvalDoc> {
  const r = rng(81);
  const blocks: Block[] = [
    { table: [['Document ID', 'Title', 'Version', 'Classification'], ['BAP-CGC-2025-SAP', 'Security Assessment Plan (SAP) - CGC-High Annual Assessment 2025', '1.0 FINAL', 'CUI']] },
    { p: `Prepared by ${TPAO} for ${CSP}`, italic: true },
    ...revisionHistory([['2025-03-03', '0.9', 'Draft for CSP review', 'K. Osei (3PAO Lead)'], ['2025-03-12', '1.0', 'AO comments addressed', 'K. Osei (3PAO Lead)']]),
    ...toc(['Introduction', 'Scope', 'Assumptions', 'Methodology', 'Test Plan', 'Rules of Engagement', 'Signatures']),
    { h: 1, text: '1 Introduction' },
    { p: `${para(r, SAP_BANK, 2)} ${para(r, ENG_BANK, 2)}` },
    { h: 1, text: '2 Scope' },
    { p: para(r, SAP_BANK, 3) },
    { table: [['Component', 'Location', 'Sample size', 'Method'], ['Hypervisor hosts', 'us-gov-east-1, us-gov-west-1', '25 per AZ', 'Authenticated scan + config review'], ['Control plane APIs', 'Both regions', 'All endpoints', 'Web app scan + manual test'], ['Metadata databases', 'MGMT-VPC', 'All', 'DB scan'], ['PAW fleet', 'Corporate', '10', 'Examine']] },
    { h: 1, text: '3 Assumptions' },
    { bullets: ['CSP resources will be available for interviews as scheduled.', 'Security controls that have been inherited will not be retested.', 'The CSP will provide a current IIW before scanning starts.'] },
    { h: 1, text: '4 Methodology' },
    { p: `${para(r, SAP_BANK, 3)} ${para(r, ENG_BANK, 1)}` },
    { h: 1, text: '5 Test Plan' },
    { table: [['Test ID', 'Control', 'Method', 'Procedure'], ['TC-AC-02-01', 'AC-2', 'Examine/Test', 'Select 25 accounts; verify approvals and disablement'], ['TC-AU-06-01', 'AU-6', 'Interview/Examine', 'Review weekly audit review records'], ['TC-CP-04-01', 'CP-4', 'Examine', 'Review ISCP test report'], ['TC-RA-05-01', 'RA-5', 'Test', 'Independent authenticated scans'], ['TC-SC-13-01', 'SC-13', 'Examine', 'Verify CMVP certificates']] },
    { h: 1, text: '6 Rules of Engagement' },
    { p: para(r, SAP_BANK, 2) },
    { table: [['Item', 'Value'], ['Test window', 'Mon-Fri 20:00-06:00 ET'], ['Source IPs', '198.51.100.16/28'], ['Stop-test contact', 'CGC SOC +1 555 0100']] },
    ...approvals([['Kwame Osei', '3PAO Assessment Lead'], ['Rhea Castellanos', 'CSP System Owner']]),
  ];
  return {
    file: 'BAP_CGC_2025_SAP_v1.0.docx',
    expected: 'SAP',
    note: 'Security Assessment Plan by the 3PAO for the CGC-High 2025 annual assessment (scope, sampling, methodology, test cases, RoE).',
    data: await docx({ title: 'SAP', creator: 'Kwame Osei', header: `${TPAO} | CUI`, blocks }),
  };
}

async function sapPdf(): Promise<EvalDoc> {
  const r = rng(82);
  const lines: PdfLine[] = [
    { t: TPAO, bold: true, size: 12 },
    { t: 'Significant Change Assessment', size: 11 },
    { t: 'Security Assessment Plan', bold: true, size: 22, gap: 20 },
    { t: `${CSO} - GPU Instance Families (SCR CGC-SCR-2025-002)`, size: 12 },
    { rule: true },
    ...blocksToPdf([
      { h: 1, text: '1. Purpose' },
      { p: `This Security Assessment Plan describes how the 3PAO will assess the controls affected by the significant change. ${para(r, SAP_BANK, 2)}` },
      { h: 1, text: '2. Controls in Scope' },
      { table: [['Control ID', 'Reason in scope', 'Test method'], ['CM-8', 'New asset types', 'Examine IIW'], ['SC-7', 'New boundary interface', 'Test'], ['RA-5', 'New components', 'Authenticated scans'], ['SA-22', 'Firmware supportability', 'Examine']] },
      { h: 1, text: '3. Methodology and Tools' },
      { p: para(r, SAP_BANK, 3) },
      { h: 1, text: '4. Schedule and Rules of Engagement' },
      { p: para(r, SAP_BANK, 2) },
    ]),
  ];
  return {
    file: 'sca_plan.pdf',
    expected: 'SAP',
    note: 'PDF Security Assessment Plan for a significant-change assessment of CGC-High by the 3PAO (controls in scope, tools, schedule, RoE).',
    data: await pdf({ title: 'Security Assessment Plan', author: TPAO, lines }),
  };
}

const SAR_BANK = [
  `${TPAO} performed the assessment between 2024-04-08 and 2024-05-03 following the approved SAP.`,
  'Of the 410 controls of the High baseline, 396 were found to be fully satisfied; the remaining findings are listed in the risk exposure table.',
  'All High risks identified during testing were remediated and validated before the end of the assessment except those with approved operational requirements.',
  'Scan results were correlated with the IIW; 100 percent of inventory items were scanned with credentials.',
  'Penetration testing did not achieve tenant-to-tenant access or compromise of the management plane.',
  'Each open risk has been entered into the POA&M by the CSP.',
];

function sarBlocks(seed: number): Block[] {
  const r = rng(seed);
  return [
    headerTable('BAP-CGC-2024-SAR', 'Security Assessment Report (SAR)', '1.0 FINAL', 'CUI // 3PAO Proprietary'),
    { p: `${CSO} | FedRAMP High | Annual Assessment`, bold: true },
    ...distribution(['Corvane FSO', 'U.S. Department of Energy AO', 'USDA OCIO ISSO', 'FedRAMP PMO (via repository)']),
    { h: 1, text: '1 Executive Summary' },
    { p: `${para(r, SAR_BANK, 3)} ${para(r, ENG_BANK, 1)}` },
    { h: 1, text: '2 Risk Exposure Table' },
    {
      table: [
        ['ID', 'Control', 'Risk Name', 'Likelihood', 'Impact', 'Risk Exposure', 'Status'],
        ['SAR-T-017', 'AC-2(12)', 'Atypical usage detection not tuned for service accounts', 'Moderate', 'High', 'Moderate', 'Open - POA&M V-2203'],
        ['SAR-T-031', 'SI-4', 'Incomplete log forwarding for storage nodes', 'Moderate', 'Moderate', 'Moderate', 'Open'],
        ['SAR-V-004', 'RA-5', 'OpenSSH regreSSHion on 3 bastions', 'High', 'High', 'High', 'Closed during testing'],
        ['SAR-W-002', 'SC-8', 'TLS 1.0 on legacy endpoint', 'Low', 'Moderate', 'Low', 'Open - OR'],
      ],
    },
    { table: [['Risk Level', 'Open', 'Closed during testing', 'Total'], ['High', '0', '1', '1'], ['Moderate', '2', '3', '5'], ['Low', '4', '2', '6']] },
    { h: 1, text: '3 Assessment Methodology and Deviations from the SAP' },
    { p: para(r, SAR_BANK, 2) },
    { h: 1, text: '4 Authorization Recommendation' },
    { p: `${TPAO} attests that the security controls of ${CSO_SHORT} are implemented as described in the SSP and recommends that the system be authorized at the High impact level. The residual risk is Moderate.` },
    ...approvals([['Kwame Osei', '3PAO Assessment Lead'], ['Priya Raman', '3PAO Quality Review']]),
  ];
}

async function sarDocx(): Promise<EvalDoc> {
  return {
    file: 'Final Report.docx',
    expected: 'SAR',
    note: 'Security Assessment Report by the 3PAO for CGC-High annual assessment with risk exposure tables and authorization recommendation.',
    data: await docx({ title: 'BAP-CGC-2024-SAR', creator: 'Priya Raman', header: 'Brightline Assurance Partners - 3PAO Proprietary', blocks: sarBlocks(91) }),
  };
}

async function sarPdf(): Promise<EvalDoc> {
  const blocks = sarBlocks(92);
  blocks[0] = headerTable('BAP-CGC-2025-SAR-PaaS', 'Security Assessment Report - CGC Database PaaS Significant Change', '1.0');
  return {
    file: 'SAR_signed.pdf',
    expected: 'SAR',
    note: 'PDF Security Assessment Report for a significant change assessment (risk exposure table, recommendation) signed by the 3PAO.',
    data: await pdf({ author: TPAO, footer: 'Brightline Assurance Partners | CUI', lines: blocksToPdf(blocks) }),
  };
}

// ------------------------------------------------------------------------------------------------ ATO letters

function letter(agency: string, office: string, addr: string, date: string, subject: string, paras: string[], signer: string, title: string): PdfLine[] {
  return [
    { t: agency.toUpperCase(), bold: true, center: true, size: 13 },
    { t: office, center: true, size: 10 },
    { t: addr, center: true, size: 9 },
    { rule: true },
    { t: date, gap: 10 },
    { t: 'Ms. Rhea Castellanos', gap: 8 },
    { t: 'System Owner, Corvane Government Cloud' },
    { t: CSP },
    { t: '1400 Meridian Parkway, Herndon, VA 20171' },
    { t: `SUBJECT: ${subject}`, bold: true, gap: 10 },
    { t: 'Dear Ms. Castellanos:', gap: 6 },
    ...paras.map((p) => ({ t: p, gap: 4 })),
    { t: 'Sincerely,', gap: 12 },
    { t: '/s/ digitally signed', gap: 16 },
    { t: signer },
    { t: title },
    { t: 'cc: FedRAMP PMO (info@fedramp.gov); Agency ISSO', gap: 10, size: 9 },
  ];
}

async function atoDoe(): Promise<EvalDoc> {
  const lines = letter(
    'Department of Energy',
    'Office of the Chief Information Officer',
    '1000 Independence Avenue SW, Washington, DC 20585',
    'March 20, 2025',
    `Authority to Operate (ATO) for ${CSO}`,
    [
      `The Department of Energy (DOE) has reviewed the FedRAMP security authorization package for ${CSO}, including the System Security Plan, the Security Assessment Plan, the Security Assessment Report prepared by ${TPAO} and the Plan of Action and Milestones.`,
      'Based on this review and the risk determination, I accept the residual risk to agency operations, agency assets and individuals, and I hereby grant an Authority to Operate for CGC-High at the FIPS 199 High impact level.',
      'This ATO is valid for three years from the date of this letter provided that the continuous monitoring requirements are met, including monthly POA&M updates, vulnerability scan results and inventory, and annual assessments by an accredited 3PAO.',
      'Significant changes must be submitted to DOE for approval before implementation. DOE may revoke this authorization if the security posture of the system changes materially.',
    ],
    'Ann M. Kwiatkowski',
    'Authorizing Official, DOE Office of the CIO',
  );
  return {
    file: 'DOE-ATO-signed.pdf',
    expected: 'ATO_LETTER',
    note: 'DOE Authority to Operate letter granting an ATO to CGC-High at the High impact level, signed by the authorizing official.',
    data: await pdf({ title: 'ATO Letter', author: 'DOE OCIO', serif: true, lines }),
  };
}

async function atoUsdaLeverage(): Promise<EvalDoc> {
  const lines = letter(
    'United States Department of Agriculture',
    'Office of the Chief Information Officer - Cybersecurity and Privacy Operations Center',
    '1400 Independence Avenue SW, Washington, DC 20250',
    'April 2, 2025',
    `Agency Authority to Operate - leveraging the FedRAMP authorization of ${CSO_SHORT} (Package ID F1907112233)`,
    [
      `USDA has reviewed the FedRAMP authorization package of ${CSO} in the FedRAMP secure repository, including the most recent SAR and the current POA&M, and the ATO issued by the Department of Energy.`,
      'Leveraging that FedRAMP authorization, I grant an Authority to Operate for USDA use of CGC-High for USDA mission systems up to the High impact level, effective the date of this letter.',
      'Customer responsibilities listed in the CRM remain the responsibility of the USDA system owners and will be documented in their own system security plans.',
      'This authorization remains in effect while Corvane maintains its FedRAMP authorization and provides continuous monitoring deliverables to USDA monthly.',
    ],
    'Marcus D. Whitfield',
    'Authorizing Official, USDA',
  );
  return {
    file: 'letter.pdf',
    expected: 'ATO_LETTER',
    note: 'USDA leveraged ATO letter granting an agency Authority to Operate based on the existing FedRAMP package of CGC-High.',
    data: await pdf({ lines }),
  };
}

async function atoDhsDocx(): Promise<EvalDoc> {
  const blocks: Block[] = [
    { p: 'U.S. Department of Homeland Security', bold: true, center: true, size: 28 },
    { p: 'Washington, DC 20528', center: true },
    { p: 'MEMORANDUM FOR: Rhea Castellanos, System Owner, Corvane Government Cloud' },
    { p: 'FROM: Component Chief Information Security Officer and Authorizing Official, DHS Headquarters' },
    { p: `SUBJECT: Authority to Operate Decision - ${CSO}` },
    { p: 'DATE: January 27, 2025' },
    { p: `After review of the security authorization package for ${CSO} (SSP v4.1, SAR by ${TPAO}, POA&M dated December 2024) and the FedRAMP High authorization, I have determined that the risk to DHS operations from the use of this service is acceptable.` },
    { p: 'Accordingly, DHS grants an Authority to Operate (ATO) for CGC-High for DHS Headquarters workloads. This ATO expires January 27, 2028 and is contingent on the continuous monitoring program described in the SSP.' },
    { p: 'The following conditions apply: (1) open High findings must be remediated within 30 days; (2) DHS will receive monthly ConMon deliverables; (3) any significant change requires an SCR approved by DHS.' },
    { table: [['Authorizing Official', 'Signature', 'Date'], ['Eleanor J. Pryce', '/s/ Eleanor J. Pryce', '01/27/2025']] },
  ];
  return {
    file: 'DHS ATO memo.docx',
    expected: 'ATO_LETTER',
    note: 'DHS memorandum granting an Authority to Operate for CGC-High with conditions, signed by the AO (docx).',
    data: await docx({ title: 'Memo Template FY23', creator: 'DHS OCIO', blocks }),
  };
}

// ------------------------------------------------------------------------------------------------ OSCAL derivatives

function readFixture(rel: string): string {
  return readFileSync(fixture(rel), 'utf8');
}

function ssOscalJson(): EvalDoc {
  const d = JSON.parse(readFixture('oscal/FedRAMP-SSP-OSCAL-Template.json')) as { 'system-security-plan': { metadata: Record<string, unknown>; 'system-characteristics': Record<string, unknown> } };
  const ssp = d['system-security-plan'];
  ssp.metadata['title'] = `${CSO} System Security Plan`;
  ssp.metadata['last-modified'] = '2025-03-10T00:00:00Z';
  ssp.metadata['version'] = '4.2';
  ssp['system-characteristics']['system-name'] = CSO;
  ssp['system-characteristics']['system-name-short'] = CSO_SHORT;
  return {
    file: 'upload (4).json',
    expected: 'SSP',
    note: 'OSCAL JSON system-security-plan derived from the FedRAMP SSP template, retitled for CGC-High.',
    data: JSON.stringify(d, null, 2),
  };
}

function sspOscalYaml(): EvalDoc {
  const d = YAML.parse(readFixture('oscal/FedRAMP-SSP-OSCAL-Template.yaml')) as { 'system-security-plan': { metadata: Record<string, unknown>; 'system-characteristics': Record<string, unknown> } };
  const ssp = d['system-security-plan'];
  ssp.metadata['title'] = 'CGC-High SSP (OSCAL)';
  ssp['system-characteristics']['system-name'] = CSO;
  return {
    file: 'cgc_ssp.yaml',
    expected: 'SSP',
    note: 'OSCAL YAML system-security-plan (FedRAMP template re-encoded) for CGC-High.',
    data: YAML.stringify(d, { lineWidth: 0 }),
  };
}

function sapOscalJson(): EvalDoc {
  const d = JSON.parse(readFixture('oscal/FedRAMP-SAP-OSCAL-Template.json')) as { 'assessment-plan': { metadata: Record<string, unknown> } };
  d['assessment-plan'].metadata['title'] = `${CSO_SHORT} FedRAMP Security Assessment Plan (SAP) - 2025 Annual`;
  return {
    file: 'ap.json',
    expected: 'SAP',
    note: 'OSCAL JSON assessment-plan (FedRAMP SAP template) retitled for the CGC-High 2025 annual assessment.',
    data: JSON.stringify(d),
  };
}

function sarOscalXml(): EvalDoc {
  const x = readFixture('oscal/AwesomeCloudSAR.xml').replace('<title>AwesomeCloud Security Assessment Report</title>', `<title>${CSO_SHORT} Security Assessment Report - ConMon Q1</title>`);
  return {
    file: 'CGC_SSP_v4.xml',
    expected: 'SAR',
    note: 'OSCAL XML assessment-results (GSA AwesomeCloud SAR, retitled); the misleading file name says SSP.',
    data: x,
  };
}

function poamOscalJson(): EvalDoc {
  const d = JSON.parse(readFixture('oscal/FedRAMP-POAM-OSCAL-Template.json')) as { 'plan-of-action-and-milestones': { metadata: Record<string, unknown> } };
  d['plan-of-action-and-milestones'].metadata['title'] = `${CSO_SHORT} Plan of Action and Milestones`;
  d['plan-of-action-and-milestones'].metadata['last-modified'] = '2025-03-01T00:00:00Z';
  return {
    file: 'poam-oscal-2025-03.json',
    expected: 'POAM',
    note: 'OSCAL JSON plan-of-action-and-milestones from the FedRAMP POA&M template, retitled for CGC-High.',
    data: JSON.stringify(d, null, 1),
  };
}

export async function assessDocs(): Promise<EvalDoc[]> {
  const docs = await Promise.all([sapDocx(), sapPdf(), sarDocx(), sarPdf(), atoDoe(), atoUsdaLeverage(), atoDhsDocx()]);
  return [...docs, ssOscalJson(), sspOscalYaml(), sapOscalJson(), sarOscalXml(), poamOscalJson()];
}

