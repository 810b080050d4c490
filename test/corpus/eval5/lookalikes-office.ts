// Hard look-alikes in Office and PDF form: business documents that talk about FedRAMP deliverables
// without being one. Every one is expected UNKNOWN.
import type { Block, CellValue, Eval5Doc, PBlock } from './kit.js';
import { docx, int, pdf, pick, rng, xlsx } from './kit.js';

async function boardSlides(): Promise<Eval5Doc> {
  const slide = (title: string, bullets: string[]): PBlock[] => [{ center: title, size: 24, bold: true }, { gap: 18 }, { bullets }, { pageBreak: true }];
  return {
    file: 'Q2_Board_Update_FINAL.pdf',
    expected: 'UNKNOWN',
    note: 'look-alike: board slide deck (landscape PDF) reporting FedRAMP progress — SSP, SAR, ATO mentioned',
    data: await pdf({
      landscape: true,
      title: 'Board of Directors — Q2 2026 Update',
      footer: 'Halcyon Data Systems — Board Confidential — {n}',
      blocks: [
        { gap: 120 },
        { center: 'Board of Directors', size: 30, bold: true },
        { center: 'Q2 2026 Business Update — Federal Segment', size: 18 },
        { pageBreak: true },
        ...slide('Federal ARR grew 41% year over year', ['$18.2M federal ARR; 7 new agency logos', 'Pipeline: $42M, 60% contingent on FedRAMP High', 'Win rate vs. incumbents: 38%']),
        ...slide('FedRAMP: where we are', ['System Security Plan accepted by DOI reviewers in March', 'Security Assessment Report delivered by Keystone; 1 High, 6 Moderate findings', 'Authority to Operate signed April 27 — listed as FedRAMP Authorized', 'Next: High baseline uplift, budget request on slide 6']),
        ...slide('Risks and asks', ['Continuous monitoring cost: 2.5 FTE + $310K/yr 3PAO and tooling', 'Key-person risk in the compliance team', 'Ask: approve $1.4M for the FedRAMP High program']),
        { center: 'Appendix: financial detail', size: 20, bold: true },
        { table: [['Line item', 'FY26', 'FY27'], ['3PAO annual assessment', '$185,000', '$195,000'], ['Scanning tools', '$64,000', '$70,000'], ['Compliance headcount', '$420,000', '$510,000']] },
      ],
    }),
  };
}

async function riskRegister(): Promise<Eval5Doc> {
  const r = rng(401);
  const risks = ['Loss of key compliance staff', 'Single-region dependency for GovCloud workloads', 'Late remediation of scan findings breaches ATO conditions', 'Third-party SaaS used by support team lacks FedRAMP authorization', 'Ransomware on corporate endpoints', 'Customer churn after price increase', 'Regulatory change: FedRAMP 20x', 'Data center power outage at colo'];
  const rows: CellValue[][] = risks.map((t, i) => {
    const l = int(r, 1, 5);
    const im = int(r, 1, 5);
    return [`ERM-${String(i + 1).padStart(3, '0')}`, t, pick(r, ['Operational', 'Strategic', 'Compliance', 'Financial']), l, im, l * im, pick(r, ['CFO', 'CISO', 'COO', 'VP Federal']), pick(r, ['Mitigate', 'Accept', 'Transfer']), pick(r, ['Quarterly review', 'Insurance in place', 'Hiring plan approved']), pick(r, ['Open', 'Monitoring'])];
  });
  return {
    file: 'ERM_Register_2026.xlsx',
    expected: 'UNKNOWN',
    note: 'look-alike: enterprise risk register (likelihood × impact, owners); mentions POA&M deadlines, not a POA&M',
    data: await xlsx([
      { name: 'Register', rows: [['Enterprise Risk Register — FY2026'], ['Maintained by the Risk Committee; reviewed quarterly'], [], ['Risk ID', 'Risk Title', 'Category', 'Likelihood (1-5)', 'Impact (1-5)', 'Score', 'Risk Owner', 'Treatment', 'Controls / Actions', 'Status'], ...rows], bold: [4] },
      { name: 'Heat Map', rows: [['Impact \\ Likelihood', 1, 2, 3, 4, 5], [5, '', '', 'ERM-003', '', ''], [4, '', 'ERM-002', '', '', ''], [3, 'ERM-008', '', '', '', '']] },
    ]),
  };
}

async function sla(): Promise<Eval5Doc> {
  const blocks: Block[] = [
    { p: 'Service Level Agreement', bold: true, center: true, size: 22 },
    { p: 'Nimbus Ledger for Government — Exhibit C to Master Subscription Agreement', center: true },
    { h1: '1. Definitions' },
    { p: '“Monthly Uptime Percentage” means total minutes in a calendar month minus minutes of Unavailability, divided by total minutes. “Service Credit” means a credit against future fees.' },
    { h1: '2. Service Commitment' },
    { p: 'Nimbus Ledger will use commercially reasonable efforts to make the Service available with a Monthly Uptime Percentage of at least 99.9%.' },
    { table: [['Monthly Uptime Percentage', 'Service Credit'], ['< 99.9% but >= 99.0%', '10%'], ['< 99.0% but >= 95.0%', '25%'], ['< 95.0%', '50%']] },
    { h1: '3. Security Incident Notification' },
    { p: 'Provider will notify Customer of a confirmed security incident affecting Customer Data within one hour, consistent with its FedRAMP incident response obligations, and will provide updates until resolution.' },
    { h1: '4. Support Response Times' },
    { table: [['Severity', 'Response', 'Update cadence'], ['P1 — Service down', '30 minutes', 'Hourly'], ['P2 — Degraded', '2 hours', 'Every 4 hours'], ['P3 — Question', '1 business day', 'As needed']] },
    { h1: '5. Exclusions' },
    { p: 'Scheduled maintenance announced 72 hours in advance, Customer-caused outages and force majeure events are excluded. Disaster recovery objectives are described in Provider’s contingency plan, available to Customer on request.' },
    { h1: '6. Claims' },
    { p: 'Customer must request Service Credits within 30 days of the end of the affected month.' },
  ];
  return { file: 'Exhibit_C_SLA.docx', expected: 'UNKNOWN', note: 'look-alike: service level agreement exhibit mentioning incidents and contingency plan', data: await docx({ title: 'SLA', blocks }) };
}

async function responsibilityFaq(): Promise<Eval5Doc> {
  return {
    file: 'Shared-Responsibility-FAQ.pdf',
    expected: 'UNKNOWN',
    note: 'look-alike: marketing FAQ on customer responsibilities (talks about CRM and inherited controls, not the workbook)',
    data: await pdf({
      title: 'Security in the Cloud: Your Questions Answered',
      footer: 'orioncivic.example/trust  •  {n}',
      blocks: [
        { center: 'Security in the Cloud: Your Questions Answered', size: 20, bold: true },
        { center: 'A plain-language guide to shared responsibility on Orion Civic Cloud', size: 12 },
        { gap: 16 },
        { h: 'Who is responsible for what?' },
        { p: 'Think of it like renting an apartment in a secure building: we lock the front door, staff the lobby and maintain the fire alarms; you decide who gets a key to your unit. Orion Civic Cloud is FedRAMP Moderate authorized, so most controls are inherited by your agency out of the box.' },
        { h: 'Do I need to fill in a Customer Responsibility Matrix?' },
        { p: 'No! Our authorization package already contains the CIS/CRM workbook. Your ISSO can request it through the FedRAMP Marketplace. This FAQ summarizes the handful of things you will want to configure.' },
        { h: 'What should my team do on day one?' },
        { bullets: ['Connect your identity provider and require PIV or phishing-resistant MFA.', 'Turn on audit log streaming to your SIEM.', 'Review user access every quarter.'] },
        { h: 'Is my data encrypted?' },
        { p: 'Always — in transit with TLS 1.2+ and at rest with FIPS 140-validated encryption. You can even bring your own keys.' },
        { h: 'Still have questions?' },
        { p: 'Our federal customer success team would love to help: trust@orioncivic.example.' },
      ],
    }),
  };
}

async function penTestQuote(): Promise<Eval5Doc> {
  return {
    file: 'Q-2026-0187_Redline_Security.pdf',
    expected: 'UNKNOWN',
    note: 'look-alike: penetration-test vendor quote (scope, rules of engagement summary, pricing) — not a SAP',
    data: await pdf({
      letterhead: ['REDLINE OFFENSIVE SECURITY, INC.', '500 Congress Ave, Suite 900, Austin, TX 78701  •  sales@redline-sec.example'],
      footer: 'Quote Q-2026-0187 — valid 30 days — Page {n}',
      blocks: [
        { center: 'QUOTATION', size: 18, bold: true },
        { table: [['Quote #', 'Date', 'Prepared for'], ['Q-2026-0187', 'March 9, 2026', 'Tamarack Software, LLC — J. Whitcombe']] },
        { h: 'Proposed Services' },
        { p: 'Redline will perform a penetration test aligned with the FedRAMP Penetration Test Guidance to support your upcoming annual assessment. Our report can be provided to your 3PAO for inclusion in the Security Assessment Report.' },
        { table: [['Item', 'Description', 'Qty', 'Unit price', 'Total'], ['1', 'External network penetration test (up to 64 IPs)', '1', '$18,500', '$18,500'], ['2', 'Web application test — FedCase portal and API', '2', '$14,000', '$28,000'], ['3', 'Tenant-to-tenant isolation testing', '1', '$9,500', '$9,500'], ['4', 'Social engineering (phishing) campaign', '1', '$6,000', '$6,000'], ['', 'Total (USD)', '', '', '$62,000']] },
        { h: 'Assumptions and Rules of Engagement (summary)' },
        { bullets: ['Testing performed remotely during business hours.', 'Client provides test accounts in two tenants.', 'A detailed test plan will be agreed after purchase order.'] },
        { h: 'Terms' },
        { p: 'Net 30. 50% due on purchase order. Prices exclude travel. Acceptance: signature below or purchase order referencing this quote.' },
        { p: 'Accepted by: ____________________  Date: __________' },
      ],
    }),
  };
}

async function onboardingGuide(): Promise<Eval5Doc> {
  const blocks: Block[] = [
    { p: 'Brightline Assurance LLC', center: true },
    { p: 'New Assessor Onboarding Guide', bold: true, center: true, size: 22 },
    { p: 'FedRAMP Practice — for staff in their first 90 days', center: true },
    { h1: 'Welcome' },
    { p: 'Welcome to the FedRAMP practice! This guide explains how our engagements run and where to find templates. It is internal and is not shared with clients.' },
    { h1: 'Week 1: Accounts and Training' },
    { bullets: ['Collect laptop and YubiKey from IT.', 'Complete A2LA ISO/IEC 17020 impartiality training.', 'Read the FedRAMP SAP and SAR templates in the knowledge base.'] },
    { h1: 'How an Engagement Runs' },
    { table: [['Phase', 'Our deliverable', 'Your role as junior assessor'], ['Planning', 'Security Assessment Plan', 'Draft the inventory sampling section'], ['Testing', 'Test case workbook', 'Execute examine and interview procedures'], ['Reporting', 'Security Assessment Report', 'Write findings in the risk exposure table'], ['ConMon', 'Annual assessment', 'Support the lead assessor']] },
    { h1: 'Writing a Good Finding' },
    { p: 'State the condition, the criteria (control and parameter), the cause, and the risk. Avoid opinions; cite evidence IDs.' },
    { h1: 'Independence Rules' },
    { p: 'Never help a CSP write its System Security Plan or remediate findings you are assessing.' },
    { h1: 'Who to Ask' },
    { p: 'Your buddy, the practice lead (E. Varga) or #fedramp-practice in Slack.' },
  ];
  return { file: 'Brightline_Onboarding_FedRAMP_Practice.docx', expected: 'UNKNOWN', note: 'look-alike: 3PAO staff onboarding guide describing SAP/SAR writing', data: await docx({ header: 'Brightline internal', blocks }) };
}

async function lessonsLearned(): Promise<Eval5Doc> {
  return {
    file: 'ATO-retrospective.pdf',
    expected: 'UNKNOWN',
    note: 'look-alike: lessons-learned report on an ATO effort (mentions SSP, SAR, POA&M, PMO review)',
    data: await pdf({
      title: 'Lessons Learned: Our First Agency ATO',
      header: 'Tamarack Software — Program Retrospective',
      footer: '{n}',
      blocks: [
        { center: 'Lessons Learned Report', size: 20, bold: true },
        { center: 'FedCase Agency Authorization, 2024–2025', size: 13 },
        { h: 'Background' },
        { p: 'This report captures what went well and what we would do differently in our first FedRAMP agency authorization, from partnership to PMO review. It is intended for Tamarack leadership and future program teams.' },
        { h: 'What went well' },
        { bullets: ['Early agency engagement: the sponsor reviewed the SSP in two rounds instead of the expected four.', 'Automated evidence collection cut 3PAO testing time by a week.', 'The POA&M was generated directly from the SAR risk exposure table.'] },
        { h: 'What did not go well' },
        { bullets: ['We underestimated the effort for SSP attachments; the ISCP and IRP were rewritten twice.', 'Scan credentials expired during testing, delaying the SAR by nine days.', 'PMO review returned the package once for inconsistent inventory data.'] },
        { h: 'Recommendations' },
        { table: [['#', 'Recommendation', 'Owner', 'Due'], ['1', 'Freeze the environment two weeks before 3PAO testing', 'Engineering', 'Next assessment'], ['2', 'Own the inventory in one system of record', 'Cloud Ops', 'Q3'], ['3', 'Budget 30% more time for attachments', 'PMO', 'Planning']] },
        { h: 'Timeline' },
        { p: 'Kick-off March 2024; SSP approved August 2024; testing October 2024; SAR December 2024; ATO February 2025; FedRAMP Authorized April 2025.' },
      ],
    }),
  };
}

async function cabMinutes(): Promise<Eval5Doc> {
  const blocks: Block[] = [
    { p: 'Change Advisory Board — Meeting Minutes', bold: true, size: 18 },
    { p: 'Date: April 22, 2026, 10:00–11:00 ET  |  Chair: T. Ruiz  |  Scribe: M. Laurent' },
    { p: 'Attendees: K. Osei, T. Ruiz, M. Laurent, S. Chen (ISSO), R. Patel (Ops)' },
    { h1: 'Agenda' },
    { bullets: ['Review of last week’s changes', 'CHG-8812 OpenSearch migration', 'CHG-8830 Kernel patching cadence', 'AOB'] },
    { h1: 'Discussion' },
    { p: 'CHG-8812: S. Chen noted the OpenSearch migration is likely a significant change under FedRAMP criteria. Decision: prepare a Significant Change Request for the agency before any production work; K. Osei to draft by May 11.' },
    { p: 'CHG-8830: approved as a standard change. Patches follow the monthly cycle; findings past due go to the POA&M.' },
    { h1: 'Action Items' },
    { table: [['#', 'Action', 'Owner', 'Due'], ['1', 'Draft SCR form for OpenSearch migration', 'K. Osei', '2026-05-11'], ['2', 'Update CMP section 5 wording', 'T. Ruiz', '2026-05-01'], ['3', 'Confirm 3PAO availability for change assessment', 'S. Chen', '2026-05-04']] },
    { p: 'Next meeting: April 29, 2026.' },
  ];
  return { file: 'CAB_minutes_2026-04-22.docx', expected: 'UNKNOWN', note: 'look-alike: CAB minutes deciding to prepare a significant change request (not the request)', data: await docx({ blocks }) };
}

async function procurementChecklist(): Promise<Eval5Doc> {
  const items: [string, string][] = [
    ['Is the cloud service listed as FedRAMP Authorized on the Marketplace?', 'Yes'],
    ['Has the agency issued or leveraged an ATO letter?', 'Leveraging DOI ATO'],
    ['Has the ISSO reviewed the SSP, SAR and POA&M in the secure repository?', 'In progress'],
    ['Section 508 VPAT received?', 'Yes'],
    ['Supply chain (SCRM) vendor questionnaire complete?', 'Yes'],
    ['Privacy Office consulted on PIA needs?', 'Yes'],
    ['Contract includes FedRAMP continuous monitoring clause?', 'Yes'],
    ['Funding certified by budget office?', 'Pending'],
  ];
  return {
    file: 'Acq_Checklist_HGRP.xlsx',
    expected: 'UNKNOWN',
    note: 'look-alike: agency procurement/acquisition checklist referencing ATO, SSP, SAR — not the FedRAMP package checklist',
    data: await xlsx([
      { name: 'Acquisition Checklist', rows: [['Bureau of Land Management — IT Acquisition Review Checklist (Cloud Services)'], ['Requisition', 'REQ-26-004417', 'Vendor', 'Halcyon Data Systems, Inc.'], [], ['#', 'Review item', 'Response', 'Reviewer', 'Date'], ...items.map(([q, a], i) => [i + 1, q, a, pick(rng(402 + i), ['CO', 'COR', 'ISSO', 'Privacy']), '2026-05-06'])], bold: [4] },
      { name: 'Approvals', rows: [['Role', 'Name', 'Decision'], ['Contracting Officer', 'D. Whitfield', 'Approve'], ['CIO delegate', 'P. Ames', '']] },
    ]),
  };
}

export async function officeLookalikeDocs(): Promise<Eval5Doc[]> {
  return Promise.all([boardSlides(), riskRegister(), sla(), responsibilityFaq(), penTestQuote(), onboardingGuide(), lessonsLearned(), cabMinutes(), procurementChecklist()]);
}
