import type { Block } from '../kit/blocks.js';
import { bold, bullets, p, table } from '../kit/blocks.js';
import { prose } from '../kit/prose.js';
import { renderProse } from '../kit/render.js';
import { makeRng } from '../kit/rng.js';
import type { EvalDoc } from '../kit/world.js';
import { W } from '../kit/world.js';

const title = (text: string): Block => ({ t: 'title', text });
const sub = (text: string): Block => ({ t: 'subtitle', text });

/** SAP (docx), SAR (docx, pdf), ATO letters (pdf, docx). */
export async function buildAssessment(): Promise<EvalDoc[]> {
  const rng = makeRng(4233);
  const out: EvalDoc[] = [];
  out.push({
    file: 'Cobalt_MGW_2026.docx',
    expected: 'SAP',
    note: 'Security Assessment Plan written by the 3PAO for GeoWatch: scope, test methodology, sampling, penetration test plan and rules of engagement.',
    data: await renderProse('docx', prose(rng, {
      cover: [p(`Prepared by ${W.threePao} for ${W.csp}`), title('Security Assessment Plan (SAP)'), sub(`${W.cso} — FedRAMP Moderate Initial Assessment`)],
      version: '1.0', date: '03/20/2026', notice: 'This document is the property of Cobalt Ridge Assurance, LLC and the named CSP. CUI.',
      revisions: [['03/06/2026', '0.9', 'Draft for CSP review', W.leadAssessor], ['03/20/2026', '1.0', 'Final for agency approval', W.leadAssessor]],
      approvers: [[W.leadAssessor, 'Lead Assessor, Cobalt Ridge'], [W.vpEng, 'System Owner (acknowledgment)']],
      sections: [
        { h: 'Introduction', body: [`${W.threePao}, an A2LA-accredited FedRAMP 3PAO, will perform an independent assessment of ${W.cso} against the FedRAMP Rev5 Moderate baseline. This plan describes the scope, methodology and schedule, and is submitted for agency approval before testing begins.`] },
        { h: 'Scope', body: ['In scope: the authorization boundary described in SSP v3.2, including the ingest endpoint, tiling service, change-detection workers, STAC API, portal, PostGIS, and supporting AWS services. Out of scope: ground stations, the Hardware Division network and AWS GovCloud inherited controls.', table([['Component', 'Location', 'Testing'], ['Portal / STAC API', 'us-gov-west-1 EKS', 'Web app scan, manual pen test'], ['PostGIS (RDS)', 'us-gov-west-1', 'Database scan, config review'], ['Tile servers', 'EKS', 'OS scan, config review'], ['Ingest endpoint', 'EC2', 'OS scan, mTLS testing']])] },
        { h: 'Assessment Methodology', body: ['Controls are assessed using examine, interview and test methods per NIST SP 800-53A Rev. 5 and the FedRAMP test case workbook. Sampling of evidence follows the FedRAMP sampling methodology; the inventory sample is drawn from the Integrated Inventory Workbook dated 03/01/2026.'], ctx: true },
        { h: 'Vulnerability Scanning Plan', body: ['Authenticated OS scans with Tenable Nessus, database scans, and web application scans with Burp Suite Enterprise will cover 100% of the inventory. Scanner configuration files and credentials are documented in Appendix B.'] },
        { h: 'Penetration Test Plan', body: ['Attack vectors per the FedRAMP Penetration Test Guidance: external to corporate, external to CSP target system, tenant-to-tenant, mobile (not applicable), client-side (social engineering of SRE staff), and insider threat. Tests include cross-tenant STAC item access attempts and signed-URL tampering on GeoTIFF downloads.'] },
        { h: 'Rules of Engagement', body: [bullets('Testing window: 04/06/2026 through 04/24/2026, 08:00-20:00 MT; no denial-of-service testing.', 'Source IP addresses: 198.51.100.24 and 198.51.100.25.', 'Stop-work: the lead assessor halts testing and calls the CSP ISSO on discovery of a critical exposure or a production impact.', 'Test data: assessor tenants only; no access to agency imagery.')] },
        { h: 'Schedule and Deliverables', body: [table([['Milestone', 'Date'], ['SAP approval by agency', '04/01/2026'], ['Kick-off', '04/06/2026'], ['Testing complete', '04/24/2026'], ['Draft Security Assessment Report', '05/15/2026']])] },
      ],
    }), { header: 'Cobalt Ridge Assurance — SAP', footer: 'CUI', meta: { title: 'SAP', creator: W.leadAssessor } }),
  });

  const sarSections = [
    { h: 'Executive Summary', body: [`${W.threePao} assessed ${W.cso} from 04/06/2026 to 04/24/2026 against the FedRAMP Moderate baseline (323 controls). This Security Assessment Report documents the results, the risks identified and the 3PAO's authorization recommendation.`] },
    { h: 'Assessment Scope and Methodology', body: ['The assessment followed the agency-approved Security Assessment Plan v1.0. Testing included documentation review, interviews, authenticated vulnerability scanning of 100% of inventory and a penetration test.'], ctx: true },
    { h: 'Risk Exposure Table', body: [table([['ID', 'Control', 'Weakness', 'Initial Risk', 'Adjusted Risk', 'Status'], ['MGW-2026-01', 'AC-2(3)', 'Inactive tenant admin accounts not disabled after 90 days', 'Moderate', 'Moderate', 'Open'], ['MGW-2026-02', 'SC-8', 'Tile cache endpoint accepted TLS 1.1 from internal subnet', 'Moderate', 'Low', 'Open'], ['MGW-2026-03', 'RA-5', 'OpenSSL package outdated on ingest hosts', 'High', 'High', 'Open'], ['MGW-2026-04', 'AU-6', 'Weekly review of STAC bulk-download alerts not evidenced', 'Low', 'Low', 'Open'], ['MGW-2026-05', 'CM-6', 'Two EKS nodes deviating from CIS benchmark', 'Low', 'Low', 'Closed during testing']])] },
    { h: 'Summary of Risks', body: [table([['Risk Level', 'Count'], ['High', '1'], ['Moderate', '1'], ['Low', '3'], ['Operationally Required', '0']])] },
    { h: 'Penetration Test Results', body: ['No cross-tenant access was achieved. Signed GeoTIFF URLs could not be replayed after expiry. One finding (MGW-2026-02) was raised from the internal-network vector.'] },
    { h: 'Authorization Recommendation', body: [`Based on the results, ${W.threePao} recommends that the agency grant an authorization to operate for ${W.cso}, contingent on remediation of the High finding within 30 days and tracking of all open findings in the POA&M. The system meets the FedRAMP readiness threshold for a Moderate authorization.`] },
  ];
  out.push({
    file: 'SSP_review_comments.docx',
    expected: 'SAR',
    note: 'Security Assessment Report by the 3PAO with risk exposure table and authorization recommendation; misleading file name suggesting SSP comments.',
    data: await renderProse('docx', prose(rng, { cover: [title('Security Assessment Report'), sub(`${W.cso}`), sub(`Prepared by ${W.threePao}`)], version: '1.0', date: '05/15/2026', approvers: [[W.leadAssessor, 'Lead Assessor'], ['Nadia Fairbanks', '3PAO Quality Reviewer']], sections: sarSections }), { header: 'SAR — CUI', meta: { title: 'FedRAMP SSP Comments', creator: W.leadAssessor } }),
  });
  out.push({
    file: 'MGW SAR v1.0 FINAL.pdf',
    expected: 'SAR',
    note: 'PDF Security Assessment Report for GeoWatch (executive summary, risk exposure table, recommendation).',
    data: await renderProse('pdf', prose(rng, { cover: [p('CUI'), title(`${W.cso} Security Assessment Report (SAR)`), sub('FedRAMP Moderate — Initial Assessment')], version: '1.0', date: '05/15/2026', sections: sarSections }), { headings: 'bold', header: 'Cobalt Ridge Assurance', meta: { title: 'Security Assessment Report', creator: W.threePao } }),
  });

  const atoBody = (agency: string, ao: string, aoTitle: string, date: string): Block[] => [
    p(agency.toUpperCase()), p('Office of the Chief Information Officer'), p('1400 Independence Avenue SW, Washington, DC 20250'), p(date),
    p(`MEMORANDUM FOR: ${W.vpEng}, ${W.csp}`), p('CC: FedRAMP Program Management Office'),
    bold(`SUBJECT: Authority to Operate (ATO) for ${W.cso}`),
    p(`Based on my review of the security authorization package for ${W.cso}, including the System Security Plan, the Security Assessment Report prepared by ${W.threePao} and the Plan of Action and Milestones, I have determined that the risk to agency operations, agency assets and individuals resulting from the operation of the system is acceptable.`),
    p(`Accordingly, I hereby grant an Authority to Operate for ${W.cso} at the FIPS 199 Moderate impact level. This authorization is valid for three years from the date of this letter, subject to continuous monitoring requirements, and may be revoked if the risk posture changes.`),
    p('Conditions: (1) remediate the High finding MGW-2026-03 within 30 days; (2) submit monthly continuous monitoring deliverables (POA&M, scans, inventory) through the FedRAMP secure repository; (3) report incidents per the FedRAMP Incident Communications Procedures.'),
    p(context0(rng)),
    p(`${ao}`), p(`${aoTitle}`), p('Authorizing Official'), p('Digitally signed by ' + ao + ' Date: ' + date),
  ];
  out.push({ file: 'signed_letter.pdf', expected: 'ATO_LETTER', note: 'Signed agency Authority to Operate memorandum from the USDA Forest Service authorizing official for GeoWatch.', data: await renderProse('pdf', atoBody(W.agency, W.ao, W.aoTitle, 'June 12, 2026'), { meta: { title: 'ATO Memo', creator: 'USDA OCIO' } }) });
  out.push({ file: 'BLM ATO MGW.docx', expected: 'ATO_LETTER', note: 'Word authority-to-operate letter from a second agency (Bureau of Land Management) leveraging the GeoWatch FedRAMP package.', data: await renderProse('docx', atoBody('U.S. Department of the Interior, Bureau of Land Management', 'Marcus T. Delgado', 'Chief Information Officer, BLM', 'September 3, 2026'), { headings: 'bold', meta: { title: 'Letter template' } }) });
  return out;
}

function context0(rng: ReturnType<typeof makeRng>): string {
  return rng.pick(['This ATO covers the agency tenant of the service as described in the SSP.', 'The agency will review the continuous monitoring deliverables monthly.']);
}

