import { renderDocx } from '../kit/docx.js';
import { b, cmt, h1, i, ol, p, paras, s, table, title, ul } from '../kit/model.js';
import { renderPdf } from '../kit/pdf.js';
import { renderMarkdown } from '../kit/text.js';
import type { Cell } from '../kit/xlsx.js';
import { renderXlsx } from '../kit/xlsx.js';
import type { EvalDoc } from './common.js';
import { ORG } from './common.js';

export async function unknownDocsB(): Promise<EvalDoc[]> {
  const out: EvalDoc[] = [];

  out.push({
    file: 'Q3 Board Update - Security.docx',
    expected: 'UNKNOWN',
    note: 'Q3 board update on security and compliance (FedRAMP/CMMC status, metrics, asks); a board document, not a deliverable.',
    data: await renderDocx(
      [
        p({ text: 'Q3 2026 Board Update — Security & Compliance', bold: true, size: 22 }),
        p(i(`Prepared by ${ORG.isso} for the October 22 board meeting. Pre-read; 10 minutes on the agenda.`)),
        h1('TL;DR'),
        ul('FedRAMP Moderate: 3PAO assessment done, SAR delivered 9/18 with 0 High / 3 Moderate / 3 Low. ATO letter expected Q4.', 'CMMC L2: final status achieved in May; SPRS 110. Next C3PAO assessment 2028.', 'No security incidents this quarter.', 'Ask: approve 1 GRC engineer headcount (budgeted in FY27 plan, pulling forward to Q1).'),
        h1('Where we are on FedRAMP'),
        table([['Milestone', 'Planned', 'Actual / forecast'], ['Agency sponsor (USCG) kickoff', 'Apr 2026', 'Apr 21 ✓'], ['SSP accepted', 'Jun 2026', 'Jun 19 ✓'], ['3PAO testing', 'Aug 2026', 'Jul 20–Aug 21 ✓'], ['SAR', 'Sep 2026', 'Sep 18 ✓'], ['ATO', 'Oct 2026', [s('Oct 30'), { text: ' early Nov' }]], ['FedRAMP Marketplace "Authorized"', 'Dec 2026', 'Jan 2027 (PMO review)']]),
        h1('Cost'),
        p('FY26 compliance spend $610k vs $580k budget (overrun = pen-test retest + extra 3PAO days for the boundary change we backed out).'),
        h1('Risks'),
        ul('ConMon workload: monthly scans/POA&M/inventory to each leveraging agency — 2 people is not enough once a second agency leverages.', 'Pipeline: two deals (~$3.1M ACV) are gated on "FedRAMP Authorized" status.'),
        p(cmt('Board may ask about AI features and FedRAMP.', ORG.ceo, 'Dana — one sentence answer: significant change after ATO, Q1')),
      ],
      { headings: 'bold', title: 'none', props: { mode: 'core', title: 'Board deck notes template', creator: ORG.ceo, created: '2025-01-12T00:00:00Z', modified: '2026-10-18T22:00:00Z' } },
    ),
  });

  out.push({
    file: 'Cyber_Application_2026_completed.pdf',
    expected: 'UNKNOWN',
    note: 'Cyber-insurance renewal application form completed by the security team (revenue, controls questions, prior claims); not a FedRAMP deliverable.',
    data: await renderPdf(
      [
        title('Cyber and Technology Errors & Omissions Insurance Application', 'Renewal — Policy Period 07/15/2026 to 07/15/2027'),
        h1('Section 1 — Applicant Information'),
        table([['Named Insured', ORG.csp], ['Address', ORG.city], ['Annual revenue (last FY)', '$14.2M'], ['Employees', '61'], ['Industry', 'Software publisher — government SaaS'], ['Website', 'kestrelforge.io']], false),
        h1('Section 2 — Data and Operations'),
        table([['Question', 'Answer'], ['Approximate number of PII records held', '< 10,000 (user account data)'], ['Do you process payment card data?', 'No'], ['Do you hold PHI?', 'No'], ['Do you provide services to government entities?', 'Yes — DoD and DHS components']]),
        h1('Section 3 — Security Controls'),
        table([['Control', 'Yes/No', 'Details'], ['MFA for all remote access and privileged accounts', 'Yes', 'FIDO2 for admins'], ['EDR on all endpoints and servers', 'Yes', 'CrowdStrike Falcon'], ['Offline / immutable backups', 'Yes', 'S3 object lock, cross-region'], ['Email filtering / DMARC enforcement', 'Yes', 'p=reject'], ['Security awareness training with phishing simulation', 'Yes', 'quarterly'], ['Incident response plan tested in last 12 months', 'Yes', 'tabletop 2026-03'], ['Compliance certifications', 'Yes', 'CMMC L2 (2026); FedRAMP Moderate in process']]),
        h1('Section 4 — Loss History'),
        p('Has the applicant experienced any cyber incident, claim or loss in the past 5 years? No.'),
        h1('Section 5 — Requested Limits'),
        table([['Coverage', 'Limit', 'Retention'], ['Aggregate', '$5,000,000', '$50,000'], ['Ransomware sublimit', '$2,500,000', '$50,000'], ['Tech E&O', '$5,000,000', '$50,000']]),
        h1('Declaration'),
        p('The undersigned declares that the statements set forth herein are true. Signed: Marcus Hale, CEO — 06/20/2026'),
      ],
      { info: { title: 'Cyber Application (fillable)', producer: 'Adobe LiveCycle Designer 11.0', created: '2026-06-20T15:00:00Z' }, pageNumbers: true },
    ),
  });

  out.push({
    file: 'Meeting notes - USCG kickoff.docx',
    expected: 'UNKNOWN',
    note: 'Minutes of the agency/3PAO/CSP FedRAMP kickoff meeting (attendees, decisions, action items about the SSP, SAP and schedule); meeting minutes, not a deliverable.',
    data: await renderDocx(
      [
        p(b('USCG x Kestrel Forge — FedRAMP Agency Authorization Kickoff')),
        p('Apr 21, 2026 · 13:00–14:30 ET · Teams'),
        p(b('Attendees: '), `${ORG.isso}, ${ORG.secEng}, ${ORG.ceo}, ${ORG.cto} (Kestrel Forge); Cmdr. R. Vance (ISSM), Lt. Cmdr. P. Navarro (privacy), J. Whitfield (cloud program office) (USCG); ${ORG.leadAssessor} (Brightline, 3PAO)`),
        h1('Agenda'),
        ol('Intros and roles', 'System overview and boundary', 'Package timeline', 'Review process and templates', 'Open questions'),
        h1('Notes'),
        ...paras(`Kestrel Forge walked through the KMC boundary diagram. ISSM asked whether the corporate M365 GCC High tenant is in the boundary: answer no, it is the CMMC enclave and does not touch KMC data. ISSM OK with that as long as the SSP says so in section 7.

USCG will use the FedRAMP Rev5 templates and their own review checklist. Comments on the SSP will come in a comment matrix; Kestrel Forge responds in the same matrix within 10 business days.

Brightline confirmed they can start testing July 20 if the SAP is approved by July 15. Penetration testing window agreed in principle (business hours ET).`),
        h1('Decisions'),
        ul('Moderate baseline confirmed (FIPS 199 draft reviewed in the meeting).', 'Agency will not require a separate agency-specific control overlay for the initial ATO.', 'Monthly ConMon meetings start the month after ATO.'),
        h1('Action Items'),
        table([['#', 'Action', 'Owner', 'Due'], ['1', 'Send SSP v0.9 and attachments to ISSM', ORG.isso, '2026-05-11'], ['2', 'Send agency review checklist + comment matrix template', 'Cmdr. Vance', '2026-04-28'], ['3', 'Draft SAP and send for agency review', ORG.leadAssessor, '2026-06-30'], ['4', 'Confirm privacy office needs a PIA, not just PTA', 'Lt. Cmdr. Navarro', '2026-05-05'], ['5', [s('Decide if Bedrock is in scope'), { text: ' — NOT in scope for initial ATO' }], ORG.cto, 'done']]),
        p(i('Next meeting: May 19, 2026.')),
      ],
      { headings: 'styles', title: 'none', props: { mode: 'none' } },
    ),
  });

  const risks: Cell[][] = [
    ['Risk ID', 'Risk', 'Category', 'Likelihood (1-5)', 'Impact (1-5)', 'Inherent Score', 'Treatment', 'Treatment plan', 'Owner', 'Residual Score', 'Last Reviewed'],
    ['R-01', 'Key-person dependency on 2-person security team', 'People', 4, 4, 16, 'Mitigate', 'Hire GRC engineer Q1; document runbooks', ORG.ceo, 9, '2026-10-01'],
    ['R-02', 'FedRAMP ATO slips past Q4, delaying gated deals', 'Business', 3, 4, 12, 'Mitigate', 'Weekly agency check-ins; fast POA&M closure', ORG.isso, 8, '2026-10-01'],
    ['R-03', 'Ransomware on corporate endpoints', 'Security', 2, 5, 10, 'Mitigate', 'EDR, immutable backups, MFA, insurance', ORG.secEng, 4, '2026-10-01'],
    ['R-04', 'Loss of AWS GovCloud region', 'Availability', 1, 5, 5, 'Mitigate', 'Warm standby in us-gov-east-1', ORG.sre, 3, '2026-09-15'],
    ['R-05', 'Supplier compromise (CI/CD dependency)', 'Supply chain', 3, 4, 12, 'Mitigate', 'Signed images, SBOM, Renovate review', ORG.vpe, 6, '2026-09-15'],
    ['R-06', 'Export-control (ITAR) data uploaded by a customer', 'Legal', 2, 4, 8, 'Transfer/Accept', 'Contract terms; US-persons-only support', ORG.counsel, 6, '2026-08-30'],
    ['R-07', 'Burnout from ConMon workload', 'People', 4, 3, 12, 'Mitigate', 'Automate evidence collection (SEC-430)', ORG.isso, 8, '2026-10-01'],
  ];
  out.push({
    file: 'risk-register.xlsx',
    expected: 'UNKNOWN',
    note: 'Enterprise risk register (likelihood x impact scoring, treatment, owners) kept in Google Sheets; not a POA&M or any FedRAMP deliverable.',
    data: await renderXlsx({
      sheets: [
        { name: 'How to use', rows: [['Enterprise risk register — reviewed quarterly by the exec team'], ['Score = likelihood x impact. >=12 goes to the board.'], ['Control-level findings go to the POA&M (KMC) or CMMC POA&M, NOT here.']] },
        { name: 'Register', rows: risks, headerRow: 1, freeze: true, notes: { B2: 'Marcus: headcount approved?' } },
      ],
      props: { mode: 'none' },
    }),
  });

  out.push({
    file: 'jd-grc-engineer.md',
    expected: 'UNKNOWN',
    note: 'Job description for a GRC engineer (FedRAMP ConMon and CMMC duties); a job posting, not a deliverable.',
    data: renderMarkdown(
      [
        title('GRC Engineer (FedRAMP / CMMC) — Arlington, VA or remote (US)'),
        p('Kestrel Forge builds mission software for defense and homeland security customers. Our two-person security team took us through CMMC Level 2 and a FedRAMP Moderate assessment; we need a third person to keep it all running.'),
        h1('What you will do'),
        ul('Own the monthly continuous monitoring cycle: scan results, POA&M updates, inventory, and the agency ConMon meeting.', 'Keep the SSP and its attachments current as the platform changes; draft significant change requests.', 'Automate evidence collection (we like Python, Terraform and OSCAL).', 'Run the CMMC annual affirmation and SPRS updates.', 'Answer customer security questionnaires (CAIQ, SIG Lite).'),
        h1('What you bring'),
        ul('3+ years in GRC for FedRAMP, DoD or similar regulated cloud environments.', 'Working knowledge of NIST SP 800-53 Rev5 and 800-171.', 'Comfort reading Terraform and Kubernetes manifests.', 'US citizenship (required by customer contracts); ability to obtain a Secret clearance.'),
        h1('Compensation'),
        p('$145k–$175k base + equity, 401k 4% match, health/dental/vision 100% covered for employees.'),
        p(i('Kestrel Forge is an equal opportunity employer.')),
      ],
      { frontMatter: { title: 'GRC Engineer', department: 'Security', location: 'Arlington, VA / Remote', status: 'draft' } },
    ),
  });

  out.push({
    file: 'RE_ SAR draft - comments.txt',
    expected: 'UNKNOWN',
    note: 'Plain-text email thread between the CSP and the 3PAO about comments on the draft SAR and delivery dates; an email about a deliverable, not the deliverable.',
    data: `From: Dana Okafor <dokafor@kestrelforge.io>
To: Carla Jimenez <cjimenez@brightline-assure.com>
Cc: Theo Lindqvist <tlindqvist@kestrelforge.io>
Date: Mon, 14 Sep 2026 17:22:09 -0400
Subject: RE: KMC SAR draft - our comments

Carla,

Thanks for the draft SAR. Our comments are below; nothing that changes a risk level except #2.

1. Exec summary says 322 controls tested, appendix says 323. Typo?
2. KMC-2026-004 (reflected input, export endpoint) was fixed on 8/19 and you retested on 8/20 — can the risk exposure table show it as closed during testing rather than open?
3. Section 3 still references SSP v0.9; the assessed version was v1.0 (6/19).
4. Please attach the raw .nessus files to the SAR package rather than linking to your SharePoint; the agency can't reach it.

If you can turn these by Thursday we can still make the 9/18 date the ISSM is expecting. POA&M is ready to go out as soon as the SAR is final.

Thanks,
Dana

-----Original Message-----
From: Carla Jimenez <cjimenez@brightline-assure.com>
Sent: Friday, September 11, 2026 4:51 PM
To: Dana Okafor <dokafor@kestrelforge.io>
Subject: KMC SAR draft

Dana,

Attached is the draft Security Assessment Report for your factual accuracy review. Please send comments by 9/15 COB. We will issue the final SAR with the authorization recommendation on 9/18 as planned.

Regards,
Carla Jimenez, CISSP, CCSP
Lead Assessor | Brightline Assurance Partners, LLC
`,
  });

  out.push({
    file: 'Bridge_Letter_Q3_2026.pdf',
    expected: 'UNKNOWN',
    note: 'SOC 2 bridge letter from a subprocessor (HR platform) covering the gap after its SOC 2 Type II period; a vendor attestation letter, not a FedRAMP deliverable.',
    data: await renderPdf(
      [
        p(b('Peoplewise, Inc.')),
        p('1200 Market Street, San Francisco, CA 94102'),
        p('October 5, 2026'),
        p(b('SOC 2 Bridge Letter')),
        ...paras(`To our customers:

Peoplewise, Inc. ("Peoplewise") engaged an independent CPA firm to examine its controls relevant to Security, Availability and Confidentiality for the period April 1, 2025 through March 31, 2026 (the "Report Period"), resulting in a SOC 2 Type II report issued on May 22, 2026.

This letter covers the period from April 1, 2026 through September 30, 2026 (the "Bridge Period"). To the best of our knowledge, there have been no material changes to our system or internal controls during the Bridge Period that would adversely affect the conclusions of the SOC 2 Type II report, and we are not aware of any material security incidents affecting customer data.

Our next SOC 2 Type II examination covers April 1, 2026 through March 31, 2027 and is expected to be issued in May 2027.

This letter is provided for the information of Peoplewise customers and their auditors and should be read in conjunction with the SOC 2 Type II report. It is not an auditor's report.`),
        p('Sincerely,'),
        p('Greg Tanaka, Chief Information Security Officer, Peoplewise, Inc.'),
      ],
      { info: { title: 'Bridge Letter', author: 'Peoplewise Security', producer: 'macOS Version 15.5 Quartz PDFContext', created: '2026-10-05T17:00:00Z' } },
    ),
  });

  const comments: Cell[][] = [
    ['Comment #', 'Document', 'Section / Page', 'Reviewer', 'Comment', 'Severity', 'CSP Response', 'Disposition'],
    [1, 'SSP v0.9', '7 / p.14', 'R. Vance', 'State explicitly that the M365 GCC High tenant is outside the boundary.', 'Moderate', 'Added paragraph to section 7.', 'Closed'],
    [2, 'SSP v0.9', 'AC-2(3) / p.61', 'R. Vance', 'Parameter for inactivity not stated (FedRAMP: 90 days for users).', 'High', 'Parameter added; automation ticket SEC-421.', 'Closed'],
    [3, 'SSP v0.9', 'CM-6 / p.88', 'J. Whitfield', 'Which STIG version? Deviations must be listed or referenced.', 'Moderate', 'Referenced CMP appendix C exceptions register.', 'Open'],
    [4, 'Att. 4 PTA', 'Q2', 'P. Navarro', 'User PII triggers PIA; complete section 2.', 'High', 'PIA completed in v1.1.', 'Closed'],
    [5, 'SSP v0.9', '10 / p.22', 'R. Vance', 'Provide FIPS 140 certificate numbers for each module.', 'Moderate', 'Table 10-1 updated with cert numbers.', 'Closed'],
    [6, 'Att. 6 ISCP', '2.2', 'J. Whitfield', 'RTO 8h is inconsistent with the MTD stated in the BIA.', 'Low', 'Fixed MTD to 24h.', 'Closed'],
  ];
  out.push({
    file: 'USCG_Review_Comments_SSP_v0.9.xlsx',
    expected: 'UNKNOWN',
    note: 'Agency review comment matrix on the SSP and attachments (comment, CSP response, disposition); a review artefact, not a deliverable.',
    data: await renderXlsx({
      sheets: [
        { name: 'Instructions', rows: [['USCG Cloud Program Office — Package Review Comment Matrix'], ['CSP: respond in column G within 10 business days. Do not delete rows.']] },
        { name: 'Comments', rows: comments, headerRow: 1, freeze: true },
      ],
      props: { mode: 'core', title: 'Comment Matrix Template', creator: 'USCG CG-6', lastModifiedBy: ORG.isso, created: '2022-02-01T00:00:00Z', modified: '2026-06-17T20:00:00Z' },
    }),
  });

  out.push({
    file: 'RoE_Ironbark_2026.docx',
    expected: 'UNKNOWN',
    note: 'Rules-of-engagement memo for a commercial penetration test by a non-3PAO vendor (customer-contract pentest, explicitly not the FedRAMP assessment); a vendor engagement memo, not a SAP.',
    data: await renderDocx(
      [
        p(b('MEMORANDUM — Rules of Engagement')),
        table([['To', `${ORG.sre}, ${ORG.vpe}`], ['From', ORG.secEng], ['Date', '2026-11-30'], ['Re', 'Ironbark Security Labs commercial pentest (Quote Q-26-0419), Dec 7–18']], false),
        ...paras(`This memo sets the rules of engagement for the commercial penetration test that Northwind Aerospace requires under our subcontract (clause H.12). It is not part of the FedRAMP assessment: the 3PAO's annual assessment and its test plan are separate and are not affected by this engagement. Findings from this test will be triaged like any other finding; anything in the FedRAMP boundary that is confirmed goes on the POA&M.`),
        h1('Targets'),
        ul('app.kestrelmission.us and api.kestrelmission.us — staging tenant "ironbark-test" only, NO production tenants', 'Public IPs of the staging ALB (list in ticket SEC-447)', 'AWS staging account (read-only role kmc-pentest-ro)'),
        h1('Constraints'),
        ul('Testing window: 09:00–18:00 ET weekdays.', 'No DoS, no social engineering, no physical.', 'Source IPs 203.0.113.64/28 allowlisted in staging WAF only.', 'Stop immediately and call Theo (571-555-0103) on any sign of production impact or real customer data.'),
        h1('Comms'),
        p('Daily 15-min check-in at 17:30. Critical findings by phone within 1 hour. Final report to security@ only (it contains exploit details).'),
        p(cmt('Approved — Dana 11/30', ORG.isso, 'also tell the agency ISSM as a courtesy, not required')),
      ],
      { headings: 'bold', title: 'none', props: { mode: 'none' } },
    ),
  });

  out.push({
    file: 'training-notes.txt',
    expected: 'UNKNOWN',
    note: 'Speaker notes of the annual security awareness training deck (phishing, CUI handling, reporting); training material, not a deliverable.',
    data: `Security Awareness 2026 — speaker notes (Dana)
(paste of the Google Slides speaker notes, slide by slide)

Slide 1 — Welcome
Thanks for showing up live. This counts for your annual AT-2 training and the CMMC awareness requirement. ~40 min. Quiz at the end in Vanta.

Slide 2 — Why we care
We handle CUI in the enclave and federal mission data in KMC. Our customers are DoD and DHS. One bad click = a reportable incident, a 72-hour DFARS report, and an agency phone call. Not fun.

Slide 3 — Phishing
Last quarter's simulation: 7 of 61 clicked, 2 entered credentials (FIDO2 saved us). Look at the sender domain, hover links, and when in doubt hit the Report button. Reporting a real one is always a win, even if you clicked.

Slide 4 — CUI basics
CUI stays in GCC High. Never in Slack, never in KMC staging, never in ChatGPT or any AI tool. Banner markings stay on exports.

Slide 5 — Laptops and keys
Lock your screen. YubiKey on your keyring, not in the laptop bag. Lost key or laptop -> security@ within an hour.

Slide 6 — Social engineering
"I'm from the agency, I need an export of tenant X" — no. Agency requests come through the ticket queue with a known contact.

Slide 7 — Insider threat
Tell us about unusual requests or behavior. Anonymous form linked in the handbook.

Slide 8 — Reporting
security@kestrelforge.io, #security-help, or call Theo / me. You will never get in trouble for reporting.

Slide 9 — Quiz + questions
10 questions, 80% to pass, two attempts.
`,
  });
  return out;
}
