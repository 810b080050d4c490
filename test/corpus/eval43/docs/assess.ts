import type { Entry } from '../kit/entry.js';
import type { Block, ProseDoc } from '../kit/model.js';
import { bullets, h1, h2, p, pb, table, title } from '../kit/model.js';
import { ABBR, AGENCY, CSO, CSP, CUI, FRID, TPAO, approvals, distribution, revisionHistory, toc } from '../kit/front.js';
import { renderDocx } from '../kit/docx-kit.js';
import { renderPdf } from '../kit/pdf-kit.js';
import { esc } from '../kit/xml.js';
import { uuidGen } from '../kit/uuid.js';

const SAP_BODY: Block[] = [
  h1('1 Introduction'),
  p(`This Security Assessment Plan (SAP) describes how ${TPAO}, an A2LA-accredited FedRAMP Third Party Assessment Organization, will assess the security controls of the ${CSO} (${ABBR}) for an initial FedRAMP Moderate agency authorization sponsored by ${AGENCY}. It is based on the SSP version 2.3.`),
  h1('2 Scope'),
  p('The assessment covers all components in the authorization boundary: the applicant portal, agency console, reviewer workspace, public API, document store, Aurora PostgreSQL clusters and management services in AWS GovCloud (US-West). Leveraged services (AWS GovCloud, Login.gov) are out of scope except for the customer responsibilities documented in their CRMs.'),
  table([['Component', 'Location', 'Sampled'], ['Applicant portal (https://apply.ledgerline-gov.example)', 'us-gov-west-1', 'Yes'], ['Agency console', 'us-gov-west-1', 'Yes'], ['Aurora PostgreSQL (3 clusters)', 'us-gov-west-1', '100%'], ['EKS worker nodes (42)', 'us-gov-west-1', '25% sample']]),
  h1('3 Assumptions'),
  bullets(`${CSP} resources, including documentation and individuals with knowledge of the system, will be available within the timeframes identified.`, 'Credentials for authenticated scanning will be provided before testing starts.', 'The system will remain frozen during testing; no significant changes will be deployed.'),
  h1('4 Methodology'),
  p('Controls are tested by examination, interview and test, following the FedRAMP Rev 5 test case workbook. The assessment team will use the test procedures from NIST SP 800-53A Rev 5 for each control objective in the Moderate baseline.'),
  h2('4.1 Vulnerability Scanning'),
  p('Authenticated infrastructure scans with Tenable Nessus 10.7, web application scans with Burp Suite Enterprise, and database configuration scans against CIS benchmarks. Results will be reported in the SAR.'),
  h2('4.2 Penetration Testing'),
  p('Penetration testing follows the FedRAMP Penetration Test Guidance and covers the external, applicant-user, agency-user and tenant-isolation attack vectors; testers will attempt to access another agency\'s applications and to alter a recipient drawdown request.'),
  h1('5 Test Plan'),
  table([['Role', 'Name', 'Organization'], ['Assessment Lead', 'Priya Natarajan', TPAO], ['Penetration Tester', 'Owen Calloway', TPAO], ['CSP Point of Contact', 'Rashid Odum', CSP]]),
  table([['Activity', 'Start', 'End'], ['Kickoff and document review', '04/07/2025', '04/11/2025'], ['On-site interviews and testing', '04/14/2025', '05/02/2025'], ['Penetration test', '04/21/2025', '04/30/2025'], ['SAR delivery', '05/30/2025', '']]),
  h1('6 Rules of Engagement'),
  p('Testing is performed from the assessor IP addresses 198.51.100.20-29. Denial-of-service and social engineering of agency users are out of scope. The CSP may halt testing through the emergency contacts listed below; the assessor will report critical findings within 24 hours.'),
  table([['Rules of Engagement item', 'Agreement'], ['Testing window', 'Weekdays 08:00-20:00 ET'], ['Production data', 'Test tenant only; no real applicant data'], ['Emergency stop', 'CSP ISSO or 3PAO lead']]),
  h1('7 Signatures'),
  p(`The signatures below indicate agreement with this Security Assessment Plan by ${CSP}, ${TPAO} and the authorizing agency.`),
];

const SAR_BODY: Block[] = [
  h1('Executive Summary'),
  p(`${TPAO} performed an independent assessment of the ${CSO} (${ABBR}) from April 14 through May 2, 2025 in accordance with the approved Security Assessment Plan. This Security Assessment Report (SAR) documents the results and the residual risk to the agency.`),
  h1('1 Risk Exposure'),
  table([['Risk Level', 'Assessment Test Cases', 'OS Scans', 'Web Scans', 'Database Scans', 'Penetration Test', 'Total', '% of Total'], ['High', '0', '0', '1', '0', '0', '1', '3%'], ['Moderate', '6', '4', '3', '2', '1', '16', '46%'], ['Low', '9', '5', '2', '1', '1', '18', '51%'], ['Operationally Required', '1', '0', '0', '0', '0', '1', '']]),
  h1('2 Summary of Findings'),
  p('The High finding concerns a stored cross-site scripting weakness in the reviewer comment field (WEB-01) that could allow a reviewer to execute script in a programme officer\'s session. Moderate findings include incomplete quarterly access reviews for two agency tenants (AC-2), missing FIPS mode on one bastion host (SC-13), and database audit logging gaps (AU-12).'),
  table([['ID', 'Control', 'Description', 'Risk', 'Status'], ['V-001', 'SI-10', 'Stored XSS in reviewer comments', 'High', 'Open'], ['V-002', 'AC-2', 'Access review evidence missing for 2 tenants', 'Moderate', 'Open'], ['V-003', 'SC-13', 'FIPS mode disabled on bastion', 'Moderate', 'Closed during testing'], ['V-004', 'AU-12', 'pgaudit not enabled on reporting replica', 'Moderate', 'Open']]),
  h1('3 Deviations and False Positives'),
  p('Two scanner findings were validated as false positives (TLS ciphers on an internal load balancer) and one finding is operationally required (legacy SOAP endpoint required by Grants.gov S2S). See Table 5-1.'),
  h1('4 Authorization Recommendation'),
  p(`${TPAO} attests that the security controls are implemented as described in the SSP with the exceptions noted. Based on the residual risk and the planned remediation in the POA&M, ${TPAO} recommends that ${AGENCY} authorize the ${CSO} to operate.`),
  p('Assessment Lead: Priya Natarajan, CISSP, 3PAO Accreditation 3910.01'),
];

export function sapDocx(): ProseDoc {
  return { header: `${TPAO} | Security Assessment Plan | ${ABBR}`, footer: CUI, meta: { title: 'Security Assessment Plan', author: 'Priya Natarajan', lastModifiedBy: 'onc' }, blocks: [title(TPAO, 28), title(`Security Assessment Plan (SAP) for the ${CSO}`, 44), p(`FedRAMP Moderate Initial Assessment  |  Version 1.1  |  March 21, 2025  |  FedRAMP ID ${FRID}`), pb(), ...revisionHistory([['03/07/2025', '1.0', 'Draft for agency review', 'P. Natarajan'], ['03/21/2025', '1.1', 'Agency comments incorporated', 'P. Natarajan']]), ...distribution(['Authorizing Official @ USDA NIFA', `ISSO @ ${CSP}`]), pb(), ...toc(SAP_BODY), ...SAP_BODY, ...approvals([['Priya Natarajan', '3PAO Assessment Lead'], ['Marisol Ventura', 'CSP System Owner'], ['Dr. Leonard Whitfield', 'Agency Authorizing Official']], 'Signatures:')] };
}

export function sarDocx(): ProseDoc {
  return { header: `${ABBR} Security Assessment Report - ${TPAO}`, footer: 'CUI', headings: 'bold', meta: {}, blocks: [table([[`${TPAO}`, 'Security Assessment Report'], ['System', CSO], ['Version', '1.0 FINAL, May 30, 2025']]), pb(), ...revisionHistory([['05/16/2025', '0.9', 'Draft SAR', 'P. Natarajan'], ['05/30/2025', '1.0', 'Final SAR', 'P. Natarajan']], true), ...SAR_BODY] };
}

function sapXml(): string {
  const u = uuidGen(4320);
  const objectives = ['ac-2', 'ac-3', 'au-2', 'cm-6', 'ia-2', 'ra-5', 'sc-7', 'sc-13'];
  return `<?xml version="1.0" encoding="UTF-8"?>
<assessment-plan xmlns="http://csrc.nist.gov/ns/oscal/1.0" uuid="${u()}">
  <metadata>
    <title>${esc(`Security Assessment Plan (SAP) for the ${CSO}`)}</title>
    <last-modified>2025-03-21T16:00:00Z</last-modified>
    <version>1.1</version>
    <oscal-version>1.0.4</oscal-version>
    <role id="assessor"><title>Assessor</title></role>
    <party uuid="${u()}" type="organization"><name>${esc(TPAO)}</name></party>
    <party uuid="${u()}" type="organization"><name>${esc(CSP)}</name></party>
  </metadata>
  <import-ssp href="./lfgc-ssp-oscal.json"/>
  <local-definitions>
    <activity uuid="${u()}">
      <title>Authenticated vulnerability scanning</title>
      <description><p>Monthly-equivalent Nessus scan of all EKS nodes and bastions with credentials provided by the CSP.</p></description>
    </activity>
  </local-definitions>
  <terms-and-conditions>
    <part name="assumptions" ns="https://fedramp.gov/ns/oscal"><title>Assumptions</title><part name="assumption"><p>The CSP will freeze the system during testing.</p></part></part>
    <part name="methodology" ns="https://fedramp.gov/ns/oscal"><title>Methodology</title><p>Examine, interview and test per NIST SP 800-53A Rev 5 and the FedRAMP test case workbook.</p></part>
    <part name="rules-of-engagement" ns="https://fedramp.gov/ns/oscal"><title>Rules of Engagement</title><part name="disclosures"><p>Testing from 198.51.100.20-29; no denial of service; test tenant only.</p></part></part>
  </terms-and-conditions>
  <reviewed-controls>
    <control-selection>
${objectives.map((c) => `      <include-control control-id="${c}"/>`).join('\n')}
    </control-selection>
  </reviewed-controls>
  <assessment-subjects type="component">
    <include-all/>
  </assessment-subjects>
  <tasks uuid="${u()}" type="milestone"><title>On-site testing complete</title><timing><on-date date="2025-05-02T00:00:00Z"/></timing></tasks>
</assessment-plan>
`;
}

function sarJson(): string {
  const u = uuidGen(4330);
  const obs = [['Stored cross-site scripting in reviewer comments', 'si-10', 'high'], ['Access review evidence missing for two agency tenants', 'ac-2', 'moderate'], ['pgaudit not enabled on reporting replica', 'au-12', 'moderate']] as const;
  const doc = {
    'assessment-results': {
      uuid: u(),
      metadata: { title: `Security Assessment Report (SAR) for the ${CSO}`, 'last-modified': '2025-05-30T12:00:00Z', version: '1.0', 'oscal-version': '1.1.2', parties: [{ uuid: u(), type: 'organization', name: TPAO }] },
      'import-ap': { href: './sap-lfgc.xml' },
      results: [
        {
          uuid: u(), title: 'Initial FedRAMP Moderate Assessment', description: 'Results of the initial assessment of the grants-management SaaS.', start: '2025-04-14T13:00:00Z', end: '2025-05-02T21:00:00Z',
          'reviewed-controls': { 'control-selections': [{ 'include-all': {} }] },
          observations: obs.map(([t, c]) => ({ uuid: u(), title: t, description: `Observed during testing of ${c.toUpperCase()}.`, methods: ['TEST'], collected: '2025-04-24T15:00:00Z' })),
          risks: obs.map(([t, , lvl]) => ({ uuid: u(), title: t, description: t, statement: 'Could allow unauthorized access to application or award data.', props: [{ name: 'risk-level', ns: 'https://fedramp.gov/ns/oscal', value: lvl }], status: 'open' })),
          findings: obs.map(([t, c]) => ({ uuid: u(), title: t, description: t, target: { type: 'objective-id', 'target-id': `${c}_obj`, status: { state: 'not-satisfied' } } })),
          remarks: `${TPAO} recommends that the agency authorize the system to operate.`,
        },
      ],
    },
  };
  return JSON.stringify(doc, null, 1);
}

export const assessEntries: Entry[] = [
  { file: 'Kestrel_SAP_v1.1.docx', expected: 'SAP', note: '3PAO Security Assessment Plan with scope, methodology, test schedule and rules of engagement.', build: () => renderDocx(sapDocx()) },
  { file: 'doc-0901.pdf', expected: 'SAP', note: 'The SAP printed to PDF with bold-paragraph headings; metadata absent.', build: () => renderPdf({ ...sapDocx(), headings: 'bold', meta: {} }, { noMetadata: true }) },
  { file: 'sap-lfgc.xml', expected: 'SAP', note: 'OSCAL 1.0.4 assessment-plan in XML.', build: async () => sapXml() },
  { file: 'SAR_FINAL.docx', expected: 'SAR', note: 'Security Assessment Report with risk exposure table, findings and authorization recommendation; no metadata, title in a table cell.', build: () => renderDocx(sarDocx()) },
  { file: 'SAP_final.pdf', expected: 'SAR', note: 'The SAR printed to PDF; file name misleadingly says SAP.', build: () => renderPdf({ ...sarDocx(), header: 'Security Assessment Report', meta: { title: 'SAR' } }) },
  { file: 'results.json', expected: 'SAR', note: 'OSCAL assessment-results JSON (SAR) with observations, risks and findings.', build: async () => sarJson() },
];
