/** Documents that are NOT deliverables although they talk about FedRAMP, SSPs, SARs and ATOs. */
import { sections } from '../lib/compose.js';
import type { Sec } from '../lib/compose.js';
import { renderDocx } from '../lib/docx.js';
import type { Csp } from '../lib/parties.js';
import { readFixtureText } from '../lib/paths.js';
import { blankPdf, renderPdf } from '../lib/pdf.js';
import { daysAfter, longDate, usDate } from '../lib/rng.js';
import type { Rng } from '../lib/rng.js';
import type { Block, DocSpec } from '../lib/spec.js';
import type { Draft, Family } from '../lib/types.js';
import { newWorkbook, saveWorkbook, writeTable } from '../lib/xlsx.js';

const spec = (body: Block[], props: DocSpec['props'], date: Date, header?: string): DocSpec => ({ props, body, date, header, numbering: 'none' });
const u = (format: Draft['format'], ext: string, bytes: Buffer, note: string, name?: string, misleading?: boolean): Draft => ({ expected: 'UNKNOWN', format, ext, bytes, note, name, misleading });

function minutes(csp: Csp, tpao: string): Block[] {
  return [
    { kind: 'title', text: 'FedRAMP Weekly Status Meeting – Minutes', size: 'medium' },
    { kind: 'para', text: `Date: ${longDate(daysAfter(-9))}   Time: 10:00–11:00 ET   Location: Teams` },
    { kind: 'para', text: `Attendees: ${csp.owner.name}, ${csp.isso.name}, ${csp.engineer.name} (${csp.short}); ${tpao} assessment team; agency ISSM` },
    ...sections([
      { h: 'Agenda', bullets: ['SSP status and open comments', 'SAR schedule', 'POA&M clean-up', 'AOB'] },
      { h: 'Discussion', p: [`The SSP is at version 2.3; Appendix G (ISCP) and Appendix I (IRP) still need updated contact tables. The agency returned 14 comments on the SSP, 11 of which are closed.`, `${tpao} expects to deliver the draft SAR on May 30. The risk exposure table will be shared informally one week earlier.`, 'The team agreed to close duplicate POA&M items before the next monthly ConMon submission.'] },
      { h: 'Action Items', table: { header: ['#', 'Action', 'Owner', 'Due'], rows: [['1', 'Update SSP Appendix G contacts', csp.isso.name, usDate(daysAfter(-2))], ['2', 'Send inventory workbook to 3PAO', csp.engineer.name, usDate(daysAfter(-5))], ['3', 'Schedule SAR readout with agency', csp.owner.name, usDate(daysAfter(3))]] } },
      { h: 'Next Meeting', p: ['Same time next week.'] },
    ]),
  ];
}

function invoice(csp: Csp, tpao: string, tpaoAddress: string): Block[] {
  return [
    { kind: 'title', text: 'INVOICE', size: 'medium' },
    { kind: 'para', text: `${tpao}\n${tpaoAddress}`, bold: true },
    { kind: 'para', text: `Invoice #: 2025-0417    Invoice date: ${usDate(daysAfter(-15))}    Terms: Net 30` },
    { kind: 'para', text: `Bill to: ${csp.name}, Accounts Payable, ${csp.address}` },
    { kind: 'table', header: ['Item', 'Description', 'Qty', 'Rate', 'Amount'], rows: [['1', 'FedRAMP Initial Assessment – Security Assessment Plan (SAP) development', '1', '$18,500.00', '$18,500.00'], ['2', 'Control testing and penetration test (phase 2 of 3)', '1', '$64,000.00', '$64,000.00'], ['3', 'Security Assessment Report (SAR) drafting – milestone payment', '1', '$12,000.00', '$12,000.00'], ['', 'Travel (not to exceed)', '', '', '$1,850.40']] },
    { kind: 'para', text: 'Total due: $96,350.40', bold: true },
    { kind: 'para', text: 'Please remit by ACH. Reference the invoice number on your payment. Thank you for your business!' },
  ];
}

function architecture(csp: Csp): Sec[] {
  return [
    { h: 'Overview', p: [`${csp.cso} is a multi-tenant ${csp.model} platform hosted in ${csp.region}. This overview is intended for new engineers and solution architects; it is not a compliance document.`] },
    { h: 'Logical Architecture', p: ['Requests enter through a global load balancer and web application firewall, reach stateless API services on Kubernetes, and persist to managed PostgreSQL and object storage. Asynchronous work is queued and processed by worker pools.'] },
    { h: 'Tenancy Model', p: ['Every tenant has its own encryption key and database schema; row-level security enforces isolation in shared tables.'] },
    { h: 'Observability', p: ['Metrics, traces and logs are collected with OpenTelemetry and retained for 30 days in the observability stack.'] },
    { h: 'Deployment', p: ['Blue/green deployments through the CI/CD pipeline; infrastructure is defined in Terraform. The same architecture supports our FedRAMP Moderate environment, with FIPS-validated cryptography enabled.'] },
    { h: 'Roadmap', bullets: ['Move search to a managed service', 'Adopt service mesh mTLS everywhere', 'Regional read replicas for reporting'] },
  ];
}

function coverEmail(csp: Csp, agencyEmail: string): string {
  return [
    `From: ${csp.isso.name} <${csp.isso.email}>`,
    `To: ${agencyEmail}`,
    `Cc: ${csp.owner.email}`,
    `Subject: ${csp.cso} - FedRAMP package submission (SSP, SAR, POA&M)`,
    `Date: ${daysAfter(-4).toUTCString()}`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset="utf-8"',
    '',
    'Good afternoon,',
    '',
    `Please find the ${csp.cso} authorization package uploaded to the FedRAMP secure repository today:`,
    '',
    '  - System Security Plan v3.0 with appendices A through Q',
    '  - Security Assessment Plan and Security Assessment Report from our 3PAO',
    '  - Plan of Action and Milestones (March)',
    '  - Integrated Inventory Workbook',
    '',
    'Let us know if you need anything else to finalize the ATO letter.',
    '',
    'Thanks,',
    csp.isso.name,
    csp.isso.title,
    '',
  ].join('\r\n');
}

function salesCsv(rng: Rng, kind: 'sales' | 'leads'): string {
  const regions = ['Northeast', 'Southeast', 'Midwest', 'West', 'Federal'];
  if (kind === 'sales') {
    const lines = ['order_id,order_date,region,sales_rep,product,units,unit_price,total'];
    for (let i = 0; i < 60; i++) {
      const units = rng.int(1, 40);
      const price = rng.pick([49, 99, 249, 1200]);
      lines.push(`SO-${10400 + i},${usDate(daysAfter(-rng.int(1, 90)))},${rng.pick(regions)},${rng.pick(['J. Alvarez', 'M. Chen', 'K. Osei', 'R. Patel'])},${rng.pick(['Starter', 'Pro', 'Enterprise', 'Support Plan'])},${units},${price},${units * price}`);
    }
    return lines.join('\n') + '\n';
  }
  const lines = ['"Lead ID";"Company";"Contact";"Title";"Source";"Interest";"Score"'];
  for (let i = 0; i < 45; i++) {
    lines.push(`"L${7700 + i}";"${rng.pick(['County of Plainview', 'State DOT', 'City Water Authority', 'Regional Hospital', 'University Lab'])}";"${rng.pick(['A. Smith', 'B. Jones', 'C. Brown'])}";"${rng.pick(['IT Director', 'CISO', 'Procurement Officer'])}";"${rng.pick(['Webinar', 'Trade show', 'Referral'])}";"${rng.pick(['FedRAMP Moderate offering', 'StateRAMP', 'Pricing'])}";"${rng.int(10, 99)}"`);
  }
  return lines.join('\r\n') + '\r\n';
}

const LUNCH: readonly Block[] = [
  { kind: 'title', text: 'Friday Team Lunch', size: 'medium' },
  { kind: 'para', text: 'Menu', bold: true },
  { kind: 'bullets', items: ['Caesar salad (vegetarian option available)', 'Grilled chicken sandwich', 'Mushroom risotto', 'Lemon bars and fresh fruit', 'Iced tea, sparkling water'] },
  { kind: 'para', text: 'Please reply by Thursday noon with dietary restrictions. Pick-up at 12:15 in the 4th floor kitchen.' },
];

function projectPlan(csp: Csp, rng: Rng): Promise<Buffer> {
  const wb = newWorkbook({ creator: csp.owner.name, date: daysAfter(-8), company: csp.name, title: 'FedRAMP project plan' });
  const ws = wb.addWorksheet('Timeline');
  const tasks = ['Kick-off with sponsoring agency', 'Draft SSP and appendices', 'Agency review of SSP', 'SAP development (3PAO)', 'SAP approval', '3PAO testing window', 'SAR delivery', 'Build POA&M from SAR findings', 'Agency risk review', 'ATO letter signed', 'PMO review', 'Start continuous monitoring'];
  let d = daysAfter(-120);
  writeTable(ws, 1, ['WBS', 'Task', 'Owner', 'Start', 'Finish', '% Complete'], tasks.map((t, i) => {
    const start = d;
    d = daysAfter(rng.int(7, 25), d);
    return [`1.${i + 1}`, t, rng.pick(['CSP', '3PAO', 'Agency', 'PMO']), start, d, i < 6 ? 100 : i < 8 ? 50 : 0];
  }), { width: 22 });
  return saveWorkbook(wb, daysAfter(-8));
}

function componentDefinition(csp: Csp, rng: Rng): string {
  const doc = {
    'component-definition': {
      uuid: rng.uuid(),
      metadata: { title: `${csp.cso} – Component Definition for Managed PostgreSQL`, 'last-modified': '2025-02-20T12:00:00Z', version: '0.3', 'oscal-version': '1.1.2' },
      components: [
        {
          uuid: rng.uuid(),
          type: 'service',
          title: 'Managed PostgreSQL',
          description: 'Database service used by the platform.',
          'control-implementations': [
            {
              uuid: rng.uuid(),
              source: 'https://raw.githubusercontent.com/GSA/fedramp-automation/master/dist/content/rev5/baselines/json/FedRAMP_rev5_MODERATE-baseline_profile.json',
              description: 'FedRAMP Moderate controls satisfied by the component.',
              'implemented-requirements': ['sc-28', 'cp-9', 'au-2'].map((c) => ({ uuid: rng.uuid(), 'control-id': c, description: `The component supports ${c.toUpperCase()}.` })),
            },
          ],
        },
      ],
    },
  };
  return JSON.stringify(doc, null, 2) + '\n';
}

export const unknowns: Family = async (ctx) => {
  const [c0, c1, c2] = ctx.parties.csps;
  const [t0, t1] = ctx.parties.assessors;
  const [a0] = ctx.parties.agencies;
  const r = (l: string): Rng => ctx.rng.fork(l);
  const date = daysAfter(-9);
  if (ctx.set === 'train') {
    return [
      u('docx', 'docx', await renderDocx(spec(minutes(c0, t0.name), { creator: c0.isso.name, title: 'Meeting minutes' }, date)), 'weekly status meeting minutes that mention the SSP, Appendix G (ISCP), the SAR and the POA&M'),
      u('pdf', 'pdf', await renderPdf(spec(invoice(c1, t1.name, t1.address), { creator: t1.name }, date), { producer: 'QuickBooks Online' }), `3PAO invoice from ${t1.name} billing for SAP and SAR work`),
      u('docx', 'docx', await renderDocx({ ...spec([{ kind: 'title', text: `${c2.cso} Architecture Overview` }, ...sections(architecture(c2))], { creator: c2.engineer.name, title: `${c2.cso} Architecture Overview` }, date), numbering: 'literal' }), 'generic architecture overview for engineers (mentions FedRAMP Moderate once)'),
      u('text', 'eml', Buffer.from(coverEmail(c0, a0.reviewer.email), 'utf8'), 'cover email listing the package contents (SSP, SAP, SAR, POA&M, inventory)'),
      u('oscal-json', 'json', Buffer.from(readFixtureText('oscal', 'FedRAMP_rev5_LOW-baseline-resolved-profile_catalog.excerpt.json'), 'utf8'), 'OSCAL catalog (excerpt of the FedRAMP Rev5 LOW resolved baseline): not a deliverable'),
      u('csv', 'csv', Buffer.from(salesCsv(r('sales'), 'sales'), 'utf8'), 'random CSV of sales orders'),
      u('pdf', 'pdf', await blankPdf(1, date), 'empty (blank, text-less) PDF named ssp.pdf', 'ssp.pdf', true),
      u('docx', 'docx', await renderDocx(spec([...LUNCH], { creator: c1.owner.name }, date)), 'a lunch menu named SSP.docx', 'SSP.docx', true),
    ];
  }
  return [
    u('pdf', 'pdf', await renderPdf(spec([{ kind: 'title', text: `Monthly ConMon Review – ${c0.cso}`, size: 'medium' }, ...sections([{ h: 'Agenda', bullets: ['POA&M status: 3 overdue moderate items', 'Scan results: new High on db hosts (plugin 201198)', 'Pending significant change request: region migration', 'Deviation requests awaiting agency decision', 'Annual assessment planning (SAP kickoff in June)'] }, { h: 'Attendees', p: [`${c0.isso.name}; ${a0.reviewer.name}; ${t0.lead.name}`] }])], { creator: c0.isso.name }, date)), 'ConMon meeting agenda naming POA&M, scans, SCR, DRs and the SAP'),
    u('docx', 'docx', await renderDocx({ ...spec(sections([{ h: 'Understanding of Need', p: [`${c1.short} seeks a FedRAMP Moderate authorization for ${c1.cso} with agency sponsorship.`] }, { h: 'Proposed Approach', bullets: ['Readiness review and gap assessment', 'Security Assessment Plan (SAP) development', 'Full security assessment and penetration test', 'Security Assessment Report (SAR) with authorization recommendation'] }, { h: 'Pricing', table: { header: ['Phase', 'Fee'], rows: [['Readiness', '$35,000'], ['Assessment', '$145,000']] } }, { h: 'Why us', p: [`${t1.name} has performed over 40 FedRAMP assessments.`] }]), { creator: t1.lead.name, title: `Proposal for FedRAMP Assessment Services – ${c1.short}` }, date), numbering: 'auto' }), `3PAO proposal/statement of work for ${c1.short} (mentions SAP, SAR, pen test)`),
    u('oscal-xml', 'xml', Buffer.from(readFixtureText('oscal', 'FedRAMP_rev5_LOW-baseline_profile.xml'), 'utf8'), 'OSCAL profile (FedRAMP Rev5 LOW baseline): not a deliverable'),
    u('pdf', 'pdf', await renderPdf(spec([{ kind: 'title', text: 'FOR IMMEDIATE RELEASE', size: 'medium' }, { kind: 'para', text: `${c2.name} Achieves FedRAMP Authorization for ${c2.cso}`, bold: true }, { kind: 'para', text: `SEATTLE – ${longDate(daysAfter(-3))} – ${c2.name} today announced that ${c2.cso} has received an Agency Authority to Operate (ATO) and is now listed as FedRAMP Authorized on the FedRAMP Marketplace. The authorization follows a full security assessment by an accredited 3PAO, review of the System Security Plan and Security Assessment Report, and sponsorship by a federal agency.` }, { kind: 'para', text: `"This milestone reflects our commitment to security," said ${c2.owner.name}.` }, { kind: 'para', text: `Media contact: press@${c2.domain}` }], { creator: 'Marketing', title: 'Press release' }, date)), 'press release announcing an ATO (mentions ATO, SSP, SAR, 3PAO)'),
    u('xlsx', 'xlsx', await projectPlan(c0, r('plan')), 'FedRAMP project plan workbook whose tasks name SSP, SAP, SAR, POA&M and the ATO letter'),
    u('csv', 'csv', Buffer.from(salesCsv(r('leads'), 'leads'), 'utf8'), 'semicolon-separated marketing leads export'),
    u('docx', 'docx', await renderDocx({ ...spec(sections([{ h: 'Parties', p: [`This Mutual Non-Disclosure Agreement is entered into by ${c1.name} and ${t0.name}.`] }, { h: 'Confidential Information', p: ['Confidential Information includes, without limitation, the System Security Plan, security assessment results, vulnerability scan data, network diagrams and any other information relating to the security of the disclosing party\'s systems.'] }, { h: 'Obligations', p: ['The receiving party shall protect Confidential Information with at least the degree of care it uses for its own information.'] }, { h: 'Term', p: ['Three years from the effective date.'] }]), { creator: 'Legal' }, date), numbering: 'literal' }), 'mutual NDA that names the SSP as confidential information, uploaded as "System Security Plan v3.docx"', 'System Security Plan v3.docx', true),
    u('oscal-json', 'json', Buffer.from(componentDefinition(c0, r('cdef')), 'utf8'), 'OSCAL component-definition (not a deliverable)'),
  ];
};
