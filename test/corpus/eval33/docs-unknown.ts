import type { Block } from './kit/blocks.js';
import { big, bold, bullets, h1, h2, note, p, table } from './kit/blocks.js';
import { buildDocx } from './kit/docx.js';
import { buildPdf } from './kit/pdf.js';
import { toConfluenceHtml, toMarkdown, toPlainText } from './kit/text.js';
import { buildXlsx, toCsv } from './kit/xlsx.js';
import type { EvalDoc } from './world.js';
import { W } from './world.js';

async function readinessNotes(): Promise<EvalDoc> {
  const blocks: Block[] = [
    big('🧭 FedRAMP Readiness Self-Assessment — working notes'),
    note('Not a deliverable. Our own gap notes before we pick a 3PAO. Loosely follows the RAR headings.'),
    h2('Where we are'),
    bullets('SSP: ~60% drafted in Confluence; control statements for AC/AU/CM/IA done, PE/PS/PL not started', 'POA&M: none yet — will be built from the SAR', 'Inventory: AWS Config export works, needs the FedRAMP columns', 'Scanning: Nessus license bought 1/15, authenticated scans not working on EKS yet'),
    h2('Big gaps (from the consultant call 2/4)'),
    table([['Area', 'Gap', 'Owner', 'ETA'], ['FIPS 140', 'Go services not built with BoringCrypto', W.seceng, 'Mar'], ['MFA', 'Two admins still on TOTP', W.isso, 'Feb'], ['Logging', 'No 1-year retention on EKS audit logs', W.sre, 'Mar'], ['Boundary', 'Staging shares the prod VPC peering', W.cto, 'Apr']]),
    h2('Questions for the agency sponsor'),
    bullets('Will DOL accept Panther as SIEM while its FedRAMP authorization is in process?', 'Do they want the SSP in OSCAL or Word?'),
    ...p('Honest take: we are 3–4 months away from being ready for the SAP. — Jonah'),
  ];
  return { file: 'SSP_draft_notes.md', expected: 'UNKNOWN', note: 'Internal readiness self-assessment gap notes (Notion) that mention the SSP and POA&M but are none of the deliverables; misleading file name.', data: toMarkdown(blocks) };
}

async function investorUpdate(): Promise<EvalDoc> {
  const text = `From: Devin Albright <devin@brightwaterlabs.io>
To: investors@brightwaterlabs.io
Date: Mon, 7 Jul 2025 08:12:44 -0700
Subject: Brightwater June update — FedRAMP ATO is (almost) here 🎉

Hi all,

Quick June update. TL;DR: revenue up, burn flat, and the FedRAMP Moderate ATO from the Department of Labor is expected this month.

Highlights
- ARR: $2.41M (+9% MoM). Two new state agencies signed (pilot → annual).
- FedRAMP: the 3PAO (Coldharbor) delivered the Security Assessment Report on June 2 with 1 High (already fixed) and 7 Moderates. We sent DOL our POA&M on June 20. The authorizing official's office told us to expect the ATO letter by mid-July. Once we have it we go live on the FedRAMP Marketplace as "Authorized".
- Team: hired our first dedicated compliance engineer; Jonah (ISSO) now has help with monthly continuous monitoring.

Lowlights
- FedRAMP cost us ~$410k all-in so far (3PAO, advisory, GovCloud duplicate environment). Higher than the $300k we planned.
- Two enterprise deals slipped to Q3 waiting for the ATO.

Asks
- Intros to CIOs at DOE, USDA, or VA who could leverage the DOL package.
- Anyone who has run a federal sales team — we are hiring a VP Public Sector.

Cash: $6.8M in the bank, 22 months of runway.

Thanks for the support,
Devin
`;
  return { file: 'POAM-update.txt', expected: 'UNKNOWN', note: 'Founders\' investor-update e-mail mentioning the SAR, POA&M and ATO; not a deliverable (misleading file name).', data: text };
}

async function blogPost(): Promise<EvalDoc> {
  const blocks: Block[] = [
    big('Our Road to FedRAMP: What a 30-Person Startup Learned'),
    ...p('By Priya Raman, CTO · 9 min read'),
    ...p('When the Department of Labor asked whether Tidepool was FedRAMP authorized, we said "not yet" and started a fourteen-month journey. This post is the story — the parts that went well, and the parts we would do differently.'),
    h2('1. Pick your sponsor first'),
    ...p('Agency authorization needs an agency that wants you. Ours came from a pilot that went well. Without a sponsor the Joint Authorization Board route was not realistic for a company of our size.'),
    h2('2. The System Security Plan is a product, not a document'),
    ...p('Our SSP ended up at 480 pages. We wrote it in Confluence, generated Word from it, and eventually moved to OSCAL. Treat it like code: owners, reviews, versioning.'),
    h2('3. GovCloud from day one'),
    ...p('We built a separate environment in AWS GovCloud. Terraform made it possible to keep both environments identical, except for FIPS endpoints.'),
    h2('4. The assessment is a sprint'),
    ...p('The 3PAO spent five weeks with us. Be ready with evidence folders per control family, and expect the penetration testers to find something. Ours found a tenant isolation bug we fixed in two days.'),
    h2('5. Continuous monitoring never ends'),
    ...p('Every month: scans, POA&M, inventory. Automate it or hire for it. We did both.'),
    ...p('If you are a startup starting your own FedRAMP journey, reach out — we are happy to share what we learned. Tidepool is now listed on the FedRAMP Marketplace.'),
  ];
  return { file: 'road-to-fedramp.html', expected: 'UNKNOWN', note: 'Company blog post about the FedRAMP journey; marketing content, not a deliverable.', data: toConfluenceHtml(blocks, { space: 'Marketing', breadcrumbs: ['Marketing', 'Blog drafts'], pageTitle: 'Blog: Road to FedRAMP', createdBy: W.cto, modifiedBy: 'Sam Ortiz', modified: 'Aug 12, 2025' }) };
}

async function consultantProposal(): Promise<EvalDoc> {
  const blocks: Block[] = [
    bold(W.consultant),
    big('Proposal: FedRAMP Moderate Advisory Services'),
    ...p(`Prepared for ${W.csp} · October 21, 2024 · Proposal HCP-2024-118`),
    h1('1. Understanding of your needs'),
    ...p('Brightwater Labs seeks an agency authorization for Tidepool at the Moderate impact level with the Department of Labor as sponsor. You have a strong AWS engineering team but no prior federal compliance experience and no documentation package.'),
    h1('2. Scope of services'),
    table([['Phase', 'Activities', 'Deliverables we help you produce', 'Duration'], ['1 Gap assessment', 'Interviews, architecture review, boundary definition', 'Gap report, roadmap', '4 weeks'], ['2 Documentation', 'Authoring support for SSP and attachments', 'SSP drafts, policies, IRP, ISCP, CMP', '12 weeks'], ['3 Assessment support', '3PAO selection, SAP review, evidence coordination', 'Evidence tracker', '8 weeks'], ['4 ConMon setup', 'Scan, POA&M and inventory automation', 'Runbooks', '4 weeks']]),
    h1('3. Team'),
    ...p('Engagement lead: Ingrid Halvorsen, CISSP, former FedRAMP PMO reviewer. Senior consultants: two, part time.'),
    h1('4. Fees'),
    table([['Phase', 'Fee (USD)'], ['1', '28,000'], ['2', '96,000'], ['3', '44,000'], ['4', '22,000'], ['Total (fixed fee)', '190,000']]),
    h1('5. Assumptions and terms'),
    bullets('Brightwater provides a technical point of contact with 50% availability.', 'Travel not expected; billed at cost if required.', 'Halvorsen is not the 3PAO and does not perform the independent assessment.', 'Proposal valid for 60 days.'),
    bold('Acceptance'),
    table([['For Brightwater Labs', 'For Halvorsen Compliance Partners'], ['Name / Signature / Date', 'Ingrid Halvorsen, Managing Partner']]),
  ];
  return { file: 'HCP Proposal - Brightwater FedRAMP.pdf', expected: 'UNKNOWN', note: 'A consultant\'s proposal for FedRAMP advisory services (scope, fees); not a FedRAMP deliverable.', data: await buildPdf(blocks, { title: 'Proposal', author: 'Ingrid Halvorsen' }) };
}

async function okrs(): Promise<EvalDoc> {
  const rows = [
    ['Objective', 'Key Result', 'Owner', 'Target', 'Q3 status', 'Confidence'],
    ['Win FedRAMP Moderate ATO', 'ATO letter signed by DOL', W.ceo, 'by 07/31', 'On track', '0.8'],
    ['Win FedRAMP Moderate ATO', 'SAR findings: zero open High at ATO', W.seceng, '0', 'Done', '1.0'],
    ['Win FedRAMP Moderate ATO', 'Monthly ConMon package delivered by 5th of month', W.isso, '3/3 months', 'At risk', '0.5'],
    ['Grow public sector', '3 new agency customers leveraging the DOL package', 'VP Sales', '3', '1 signed', '0.4'],
    ['Grow public sector', 'Public sector pipeline', 'VP Sales', '$4M', '$2.7M', '0.6'],
    ['Scale engineering', 'p95 ingestion latency under 4 min', W.cto, '< 4 min', '5.1 min', '0.5'],
    ['Scale engineering', 'Hire 4 engineers (2 cleared)', W.cto, '4', '2', '0.5'],
  ];
  return { file: 'Q3 OKRs - Company.csv', expected: 'UNKNOWN', note: 'Company OKR sheet export (objectives, key results, owners) that mentions the ATO and ConMon; not a deliverable.', data: toCsv(rows) };
}

async function hiringPlan(): Promise<EvalDoc> {
  return {
    file: 'Hiring Plan 2025.xlsx',
    expected: 'UNKNOWN',
    note: 'Headcount/hiring plan workbook including FedRAMP-related roles; not a deliverable.',
    data: await buildXlsx([
      { name: '2025 Plan', rows: [['Role', 'Team', 'Level', 'Start (target)', 'Salary band', 'Status', 'Why'], ['Compliance Engineer', 'Security', 'L4', '2025-04-01', '165-190k', 'Hired', 'FedRAMP continuous monitoring: monthly scans, POA&M, inventory'], ['VP Public Sector', 'Sales', 'VP', '2025-08-01', '240-270k + OTE', 'Interviewing', 'Sell to agencies leveraging the ATO'], ['Site Reliability Engineer (US person)', 'Platform', 'L5', '2025-06-01', '185-215k', 'Offer out', 'GovCloud on-call requires US persons'], ['Solutions Engineer - Federal', 'Sales', 'L4', '2025-09-01', '160-180k', 'Open', ''], ['Privacy Counsel (fractional)', 'G&A', '-', '2025-02-01', 'hourly', 'Contracted', 'PTA/PIA review']], headerRows: [1], widths: [36, 12, 8, 14, 16, 14, 60] },
      { name: 'Budget', rows: [['Quarter', 'New heads', 'Cost (loaded)'], ['Q1', 2, 96000], ['Q2', 2, 118000], ['Q3', 3, 171000], ['Q4', 1, 52000]], headerRows: [1] },
    ], { creator: 'Rippling export', lastModifiedBy: W.ceo }),
  };
}

async function jiraEpic(): Promise<EvalDoc> {
  const rows = [
    ['Issue key', 'Issue Type', 'Summary', 'Status', 'Assignee', 'Epic Link', 'Sprint', 'Created', 'Labels'],
    ['TDP-1402', 'Epic', 'FedRAMP Moderate readiness', 'In Progress', W.isso, '', '', '2024-11-02', 'fedramp'],
    ['TDP-1410', 'Story', 'Build Go services with BoringCrypto (FIPS 140)', 'Done', W.seceng, 'TDP-1402', 'Sprint 41', '2024-11-05', 'fedramp;sc-13'],
    ['TDP-1411', 'Story', 'Enable 1-year retention on EKS audit logs', 'Done', W.sre, 'TDP-1402', 'Sprint 41', '2024-11-05', 'fedramp;au-11'],
    ['TDP-1415', 'Task', 'Export inventory from AWS Config into FedRAMP workbook columns', 'In Review', W.sre, 'TDP-1402', 'Sprint 43', '2024-11-18', 'fedramp;cm-8'],
    ['TDP-1420', 'Task', 'Write SSP section 9 ports and protocols', 'To Do', W.isso, 'TDP-1402', '', '2024-12-01', 'fedramp;ssp'],
    ['TDP-1433', 'Bug', 'Nessus authenticated scan fails on ng-b (SSM permissions)', 'In Progress', W.sre, 'TDP-1402', 'Sprint 44', '2025-01-16', 'fedramp;ra-5'],
    ['TDP-1440', 'Story', 'Disable TOTP factor in Okta for admins', 'To Do', W.isso, 'TDP-1402', '', '2025-01-20', 'fedramp;ia-2'],
  ];
  return { file: 'Jira (4).csv', expected: 'UNKNOWN', note: 'Jira epic export of FedRAMP readiness engineering tickets; a work tracker, not a POA&M or any deliverable.', data: toCsv(rows) };
}

async function onboardingPage(): Promise<EvalDoc> {
  const blocks: Block[] = [
    h1('Welcome to Brightwater Engineering 👋'),
    ...p('This page gets you from laptop to first deploy. Read the Security section before you request production access.'),
    h2('Week 1 checklist'),
    bullets('Pick up your laptop (Jamf enrolled) and your two YubiKeys from IT.', 'Complete security awareness training in KnowBe4 and sign the Rules of Behavior in Rippling.', 'Clone the monorepo; run make bootstrap.', 'Ship a tiny PR (docs fix is fine) — your buddy approves it.'),
    h2('Environments'),
    table([['Env', 'Account', 'Access'], ['dev', 'tdp-dev (commercial)', 'Everyone'], ['staging', 'tdp-staging (commercial)', 'Everyone'], ['prod (FedRAMP)', 'tdp-prod (GovCloud)', 'US persons, JIT approval']]),
    h2('Security things you must know'),
    bullets('Production is inside our FedRAMP boundary. Never copy customer data out of GovCloud.', 'All prod changes go through a PR and the CCB label; see the Configuration Management Plan.', 'If you see something weird, page #sec-oncall. See the Incident Response Plan for what happens next.'),
    h2('Useful links'),
    bullets('Architecture overview', 'Runbooks', 'On-call handbook', 'Coding standards'),
  ];
  return { file: 'Engineering-Onboarding_1015809.html', expected: 'UNKNOWN', note: 'Confluence engineering onboarding wiki page that references the RoB, CMP and IRP; not itself a deliverable.', data: toConfluenceHtml(blocks, { space: 'Engineering', breadcrumbs: ['Engineering', 'Engineering Home', 'People'], pageTitle: 'Engineering Onboarding', createdBy: W.cto, modifiedBy: W.sre, modified: 'Jan 09, 2025', tree: ['Dev environment setup', 'Buddy program'] }) };
}

async function battlecard(): Promise<EvalDoc> {
  const blocks: Block[] = [
    big('Battlecard: Tidepool vs. DataHarbor Gov'),
    ...p('Internal — Sales only. Last updated Aug 2025.'),
    h2('Why we win'),
    bullets('FedRAMP Moderate authorized (DOL sponsor) — DataHarbor is "In Process" only.', 'Row-level tenant isolation validated by a 3PAO penetration test.', 'Agencies can leverage our package: send them to the FedRAMP Marketplace listing.'),
    h2('Landmines to lay'),
    bullets('Ask: "Can you share your SAR with our AO?" — they cannot yet.', 'Ask about FIPS 140 validated encryption for data at rest.'),
    h2('Objection handling'),
    table([['Objection', 'Response'], ['"You are a small company"', 'Point to continuous monitoring: monthly scans and POA&M reviewed by DOL.'], ['"DataHarbor is cheaper"', 'TCO: no separate gov tenant fee; compliance inherited via the CRM.']]),
    h2('Pricing guardrails'),
    ...p('Floor: $48k/yr for agencies under 500 users. Discounts above 20% need CEO approval.'),
  ];
  return { file: 'FedRAMP-SSP-v3.docx', expected: 'UNKNOWN', note: 'Sales battlecard against a competitor mentioning FedRAMP status; a misleading SSP file name, not a deliverable.', data: await buildDocx(blocks, { meta: { title: 'FedRAMP SSP v3', creator: 'Sam Ortiz' } }) };
}

async function marketplaceDraft(): Promise<EvalDoc> {
  const blocks: Block[] = [
    bold('DRAFT — FedRAMP Marketplace listing copy (to send to PMO)'),
    big('Tidepool Data Platform'),
    table([['Field', 'Value'], ['Cloud Service Provider', W.csp], ['Service Model', 'SaaS'], ['Deployment Model', 'Government Community Cloud'], ['Impact Level', 'Moderate'], ['Status', 'Authorized (pending)'], ['Authorizing agency', W.agency], ['3PAO', W.threePao], ['Package ID', W.fedrampId]]),
    h2('Service description (max 1,000 characters)'),
    ...p('Tidepool lets agencies ingest, validate, and publish tabular data at scale. Built on AWS GovCloud, Tidepool provides tenant-isolated workspaces, SAML/PIV sign-in, full audit logging, and FIPS 140 validated encryption.'),
    h2('Point of contact'),
    ...p('fedsales@brightwaterlabs.io · (415) 555-0100'),
    note('Marketing: check logo dimensions (PMO wants 250x250 PNG).'),
  ];
  return { file: 'marketplace listing.docx', expected: 'UNKNOWN', note: 'Draft copy for the FedRAMP Marketplace listing; marketing text, not a package deliverable.', data: await buildDocx(blocks, { meta: { creator: 'Sam Ortiz' } }) };
}

async function securityFaq(): Promise<EvalDoc> {
  const blocks: Block[] = [
    big('Tidepool Security FAQ'),
    ...p('Answers to the questions our customers ask most often. For a full questionnaire (CAIQ, SIG Lite), contact security@brightwaterlabs.io.'),
    h2('Is Tidepool FedRAMP authorized?'),
    ...p('Yes. Tidepool Data Platform holds a FedRAMP Moderate agency ATO from the U.S. Department of Labor. Agencies can request our package through the FedRAMP secure repository.'),
    h2('Where is my data stored?'),
    ...p('Federal tenants: AWS GovCloud (US-West), replicated to US-East. Commercial tenants: AWS us-west-2.'),
    h2('Do you encrypt data?'),
    ...p('Yes, with FIPS 140 validated modules in transit (TLS 1.2+) and at rest (AES-256 via AWS KMS).'),
    h2('Do you have a SOC 2 report?'),
    ...p('Yes, SOC 2 Type II covering Security and Availability, available under NDA.'),
    h2('How do you handle vulnerabilities?'),
    ...p('We scan continuously and fix High issues within 30 days. Report a vulnerability at security@brightwaterlabs.io or through our VDP.'),
    h2('Can I pen test Tidepool?'),
    ...p('Yes, with 10 business days notice and our testing terms signed.'),
  ];
  return { file: 'security-faq.md', expected: 'UNKNOWN', note: 'Public customer security FAQ page; not a FedRAMP deliverable.', data: toMarkdown(blocks) };
}

async function vendorReview(): Promise<EvalDoc> {
  const blocks: Block[] = [
    big('Vendor Security Review: Loom (video messaging)'),
    ...p(`Requested by: Marketing · Reviewer: ${W.seceng} · Date: 03/18/2025 · Decision: Approved with conditions`),
    h2('Data involved'),
    ...p('Screen recordings for product demos and internal async updates. No customer data, no federal data, no production access.'),
    h2('Assessment'),
    table([['Area', 'Evidence', 'Result'], ['Certifications', 'SOC 2 Type II (2024), ISO 27001', 'OK'], ['SSO', 'Okta SAML supported on Business+', 'OK'], ['Data residency', 'US', 'OK'], ['Sub-processors', 'AWS, Google Cloud', 'OK'], ['FedRAMP', 'Not authorized', 'Must stay outside the FedRAMP boundary']]),
    h2('Conditions'),
    bullets('Not to be used to record anything from GovCloud consoles or agency data.', 'Enforce SSO and disable public sharing links.', 'Review again in 12 months.'),
  ];
  return { file: 'upload (7).docx', expected: 'UNKNOWN', note: 'Internal vendor security review of a corporate SaaS tool outside the boundary; not a deliverable.', data: await buildDocx(blocks, { meta: { title: 'Vendor review template' }, boldHeadings: true }) };
}

async function soc2Bridge(): Promise<EvalDoc> {
  const blocks: Block[] = [
    ...p('Brightwater Labs, Inc.', '535 Mission Street, 14th Floor, San Francisco, CA 94105', 'April 4, 2025'),
    bold('SOC 2 Bridge Letter'),
    ...p(
      'To our customers and prospective customers:',
      'Brightwater Labs, Inc. engaged Marlow & Finch LLP to examine the description of the Tidepool system and the suitability of the design and operating effectiveness of controls relevant to the Security and Availability Trust Services Criteria for the period January 1, 2024 to December 31, 2024. The resulting SOC 2 Type II report was issued on February 28, 2025.',
      'This letter covers the period from January 1, 2025 through March 31, 2025 (the "bridge period"). Management confirms that, to the best of its knowledge, there have been no material changes to the system or the controls described in the report during the bridge period, and no known control failures or security incidents that would affect the conclusions of the report, other than the migration of the federal environment to AWS GovCloud, which is covered by a separate FedRAMP authorization effort.',
      'The next SOC 2 Type II examination will cover calendar year 2025 and is expected to be issued in February 2026.',
      'This letter is not a substitute for the SOC 2 report and should be read together with it.',
    ),
    ...p('Sincerely,', W.ceo, 'Chief Executive Officer'),
  ];
  return { file: 'doc-0519.pdf', expected: 'UNKNOWN', note: 'SOC 2 bridge letter (another framework\'s attestation); not a FedRAMP deliverable.', data: await buildPdf(blocks, { title: 'SOC 2 Bridge Letter', author: W.ceo }) };
}

async function kickoffMinutes(): Promise<EvalDoc> {
  const blocks: Block[] = [
    bold('Meeting notes — FedRAMP kickoff with DOL and Coldharbor'),
    ...p('Date: April 14, 2025, 10:00–11:30 ET (Teams)', `Attendees: ${W.ao} (DOL, AO), Luis Pereira (DOL ISSO), ${W.leadAssessor} and ${W.assessor} (Coldharbor), ${W.ceo}, ${W.isso}, ${W.seceng} (Brightwater)`),
    h2('Agenda'),
    bullets('Introductions', 'Assessment timeline', 'Evidence logistics', 'Communication plan'),
    h2('Discussion'),
    ...p('Gareth walked through the assessment timeline: documentation review starting tomorrow, scans the week of 4/21, pen test 4/28–5/9, SAR draft by 5/27. DOL confirmed the SAP was approved on 4/10. Luis asked for weekly status emails during testing. Jonah confirmed that the SSP is frozen during testing and that any emergency change will be communicated to both DOL and Coldharbor the same day.'),
    h2('Action items'),
    table([['#', 'Action', 'Owner', 'Due'], ['1', 'Create scanner accounts in Okta', W.isso, '4/15'], ['2', 'Share evidence folder with Coldharbor', W.seceng, '4/15'], ['3', 'Send weekly status emails to DOL', W.isso, 'Fridays'], ['4', 'Confirm pen test source IPs on WAF allow-list', W.sre, '4/25']]),
    ...p('Next meeting: 4/21 weekly check-in.'),
  ];
  return { file: 'Kickoff notes 2025-04-14.docx', expected: 'UNKNOWN', note: 'Minutes of the assessment kickoff meeting mentioning the SAP and SAR; meeting notes are not a deliverable.', data: await buildDocx(blocks, { meta: { title: 'Meeting notes', creator: W.isso } }) };
}

async function riskRegister(): Promise<EvalDoc> {
  return {
    file: 'Risk Register - Company.xlsx',
    expected: 'UNKNOWN',
    note: 'Corporate enterprise risk register (business and security risks, likelihood/impact); not a POA&M and not a deliverable.',
    data: await buildXlsx([{ name: 'Register', rows: [['Risk ID', 'Category', 'Risk description', 'Likelihood (1-5)', 'Impact (1-5)', 'Score', 'Owner', 'Treatment', 'Review date'], ['R-01', 'Commercial', 'ATO slips past Q3; federal deals stall', 4, 4, 16, W.ceo, 'Weekly FedRAMP standup; consultant support', '2025-06-30'], ['R-02', 'Security', 'Key engineer departure leaves GovCloud on-call thin', 3, 4, 12, W.cto, 'Hire 2 cleared SREs', '2025-06-30'], ['R-03', 'Financial', 'FedRAMP cost overrun vs. budget', 4, 3, 12, 'CFO', 'Monthly spend review', '2025-06-30'], ['R-04', 'Vendor', 'SIEM vendor not FedRAMP authorized', 3, 3, 9, W.seceng, 'Track vendor status; fallback to Splunk Cloud Gov', '2025-09-30'], ['R-05', 'Legal', 'State privacy law changes for dataset contents', 2, 3, 6, 'Counsel', 'Monitor', '2025-12-31']], headerRows: [1], widths: [8, 12, 60, 14, 12, 8, 16, 50, 14] }], { creator: 'CFO' }),
  };
}

async function pentestRoe(): Promise<EvalDoc> {
  const blocks: Block[] = [
    bold('MEMORANDUM'),
    ...p('To: Acme Health Security Team', `From: ${W.seceng}, Brightwater Labs`, 'Date: November 3, 2025', 'Re: Rules of engagement for Acme Health\'s penetration test of its Tidepool commercial workspace'),
    ...p(
      'Acme Health has asked to conduct its own penetration test against its Tidepool commercial workspace as part of its annual vendor review. This memo confirms the ground rules agreed on our call of October 30.',
      'In scope: the commercial console at app.tidepool.io for workspace acme-health, and the public API with Acme\'s own API keys. Out of scope: the GovCloud environment, other tenants, Brightwater corporate systems, social engineering, and denial-of-service.',
      'Window: November 17–21, 2025, 09:00–18:00 Pacific. Source IPs: 203.0.113.40/29. Contact during testing: #acme-pentest shared Slack channel; emergency: (415) 555-0191.',
      'Findings are shared with Brightwater under the existing NDA. Brightwater will respond with remediation timelines within 10 business days.',
    ),
    ...p(`Acknowledged: ____________ (Acme Health)    ____________ (${W.seceng})`),
  ];
  return { file: 'ROE memo - Acme pentest.pdf', expected: 'UNKNOWN', note: 'Rules-of-engagement memo for a commercial customer\'s own pentest of its workspace; not a 3PAO Security Assessment Plan.', data: await buildPdf(blocks, { title: 'ROE memo' }) };
}

async function boardNotes(): Promise<EvalDoc> {
  const blocks: Block[] = [
    big('Board meeting — Q2 2025 — speaker notes'),
    h2('Slide 1 — Headlines'),
    bullets('ARR $2.41M; net retention 128%.', 'FedRAMP: SAR delivered June 2, one High found and fixed; POA&M submitted; ATO expected July.'),
    h2('Slide 4 — FedRAMP economics'),
    ...p('Spend to date $410k vs. $300k plan. Recurring: ~$15k/month ConMon (scanning licenses, GovCloud duplicate infra, compliance engineer). Expect payback with 3 agency customers.'),
    h2('Slide 6 — Asks of the board'),
    bullets('Approve VP Public Sector hire.', 'Approve $1.2M additional GovCloud commit with AWS.'),
    h2('Slide 7 — Risks'),
    ...p('Timing of the ATO letter is in DOL\'s hands. The agency signaled no blockers.'),
  ];
  return { file: 'Board Q2 notes.txt', expected: 'UNKNOWN', note: 'Speaker notes of a board presentation that discuss FedRAMP progress; not a deliverable.', data: toPlainText(blocks) };
}

async function jobDescription(): Promise<EvalDoc> {
  const blocks: Block[] = [
    big('Compliance Engineer (FedRAMP)'),
    ...p('Brightwater Labs · Remote (US) · Full-time · US person required'),
    h2('About the role'),
    ...p('You will own our FedRAMP continuous monitoring program: monthly vulnerability scans, POA&M upkeep, inventory updates, significant change requests, and the annual assessment with our 3PAO. You will also maintain our System Security Plan and its attachments as the system evolves.'),
    h2('What you will do'),
    bullets('Run and triage monthly OS, database and web scans; drive remediation within FedRAMP timelines.', 'Maintain the POA&M and deviation requests and present them to our agency customers.', 'Automate evidence collection in AWS GovCloud.', 'Support SOC 2 and customer security questionnaires.'),
    h2('What you bring'),
    bullets('3+ years in FedRAMP, FISMA or DoD RMF compliance.', 'Hands-on AWS experience; scripting in Python or Go.', 'Clear writing.'),
    h2('Compensation'),
    ...p('$165,000–$190,000 + equity. Benefits: health, 401(k), 20 days PTO.'),
  ];
  return { file: 'JD_compliance_engineer.docx', expected: 'UNKNOWN', note: 'Job description for a FedRAMP compliance engineer; not a deliverable.', data: await buildDocx(blocks, { meta: { creator: 'Rippling' } }) };
}

async function nda(): Promise<EvalDoc> {
  const blocks: Block[] = [
    big('Mutual Non-Disclosure Agreement'),
    ...p(
      `This Mutual Non-Disclosure Agreement (the "Agreement") is entered into as of January 13, 2025 (the "Effective Date") between ${W.csp}, a Delaware corporation ("Brightwater"), and ${W.threePao}, a Virginia limited liability company ("Coldharbor").`,
      '1. Purpose. The parties wish to exchange Confidential Information in connection with a potential engagement for independent security assessment services (the "Purpose").',
      '2. Confidential Information. "Confidential Information" means any non-public information disclosed by a party, including system architecture, security documentation, vulnerability information and pricing, whether marked or not.',
      '3. Obligations. The receiving party shall use Confidential Information only for the Purpose, protect it with at least reasonable care, and disclose it only to employees and contractors with a need to know who are bound by obligations no less protective.',
      '4. Exclusions. Obligations do not apply to information that is public through no fault of the receiving party, already known, independently developed, or rightfully received from a third party.',
      '5. Term. This Agreement remains in effect for three (3) years from the Effective Date; obligations survive for three (3) years after termination.',
      '6. Governing Law. This Agreement is governed by the laws of the State of Delaware.',
    ),
    table([['Brightwater Labs, Inc.', 'Coldharbor Assurance LLC'], [`By: ${W.ceo}\nTitle: CEO`, 'By: Helena Marsh\nTitle: Managing Director']]),
  ];
  return { file: 'NDA_Coldharbor_signed.pdf', expected: 'UNKNOWN', note: 'Mutual NDA between the CSP and its 3PAO; a contract, not a deliverable.', data: await buildPdf(blocks, { producer: 'DocuSign', title: 'Mutual NDA' }) };
}

async function sig(): Promise<EvalDoc> {
  return {
    file: 'SIG Lite 2025 - Brightwater responses.xlsx',
    expected: 'UNKNOWN',
    note: 'Customer vendor-security questionnaire (SIG Lite style) answered by the CSP; not a FedRAMP deliverable.',
    data: await buildXlsx([{ name: 'Questions', rows: [['Ques Num', 'Question/Request', 'Response', 'Additional Information'], ['A.1', 'Is there a formal risk assessment process?', 'Yes', 'Annual, plus FedRAMP continuous monitoring'], ['B.1', 'Is there an information security policy approved by management?', 'Yes', 'Reviewed annually'], ['D.1', 'Is there an asset management program?', 'Yes', 'AWS Config-based inventory'], ['G.4', 'Are vulnerability scans performed?', 'Yes', 'Monthly authenticated scans'], ['H.2', 'Is MFA required for remote access?', 'Yes', 'FIDO2'], ['J.1', 'Is there an incident management program?', 'Yes', 'Tested annually'], ['K.1', 'Is there a business continuity plan?', 'Yes', 'RTO 8h, RPO 1h'], ['P.1', 'Does the organization hold a SOC 2 report?', 'Yes', 'Type II, 2024']], headerRows: [1], widths: [8, 70, 10, 50] }], { creator: 'Shared Assessments', lastModifiedBy: W.seceng }),
  };
}

export const unknownDocs: (() => Promise<EvalDoc>)[] = [readinessNotes, investorUpdate, blogPost, consultantProposal, okrs, hiringPlan, jiraEpic, onboardingPage, battlecard, marketplaceDraft, securityFaq, vendorReview, soc2Bridge, kickoffMinutes, riskRegister, pentestRoe, boardNotes, jobDescription, nda, sig];
