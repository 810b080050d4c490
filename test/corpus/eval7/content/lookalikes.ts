import type { EvalDoc } from '../kit/model.js';
import { B, day, H, OL, P, T, TBL, UL } from '../kit/model.js';
import { toDocx } from '../kit/docx.js';
import { toPdf } from '../kit/pdf.js';
import { toMarkdown, toText } from '../kit/text.js';
import { fill, toCsv, workbook, xlsxBytes } from '../kit/xlsx.js';
import { W } from './world.js';

export async function lookalikeDocs(): Promise<EvalDoc[]> {
  const out: EvalDoc[] = [];
  const add = (file: string, note: string, data: Buffer | string) => out.push({ file, expected: 'UNKNOWN', note, data });

  add(
    'Untitled 5e1a.md',
    'Notion notes on SOC 2 Type I readiness gaps against the Trust Services Criteria: another framework, not a FedRAMP deliverable.',
    toMarkdown({
      headings: 'styles',
      blocks: [
        T('🧭 SOC 2 Type I readiness — gap notes'),
        P('Owner: Priya · Auditor shortlist: Prescient, Johanson · Target report date: Q3 2024'),
        H('Where we are'),
        P('Readiness check with Drata shows 71% of tests passing. Most gaps are policy evidence and vendor management. The FedRAMP work will cover a lot of this, but SOC 2 is what commercial customers ask for first, so we keep it on its own track.'),
        H('Gaps by criterion'),
        TBL([
          ['TSC', 'Gap', 'Owner', 'Fix by'],
          ['CC1.4', 'No documented performance reviews for contractors', 'People ops', 'Jun 15'],
          ['CC6.1', 'MFA not enforced on GitHub for 2 contractors', 'Tomás', 'May 20'],
          ['CC6.3', 'Access reviews not evidenced for Q1', 'Priya', 'May 31'],
          ['CC7.2', 'No alert on root login in staging account', 'Tomás', 'May 24'],
          ['CC9.2', 'Vendor list missing risk tiering', 'Finance', 'Jun 30'],
          ['A1.2', 'Backup restore test not documented', 'Lena', 'Jun 10'],
        ]),
        H('Decisions'),
        UL('Type I first (point in time), Type II window starts Oct 1.', 'Availability criteria in scope; Confidentiality yes; Privacy no.', 'Use the auditor\'s bridge letter for the gap between reports.'),
      ],
    }),
  );

  add(
    'HIPAA-SRA-2024.docx',
    'HIPAA Security Rule risk analysis for the commercial healthcare product line: another framework, not a FedRAMP deliverable.',
    await toDocx({
      headings: 'bold',
      date: day('2024-08-19'),
      meta: { title: 'HIPAA Security Risk Assessment', author: W.secLead },
      blocks: [
        T('HIPAA Security Risk Analysis — Fieldnote Clinics (commercial)'),
        P('45 CFR §164.308(a)(1)(ii)(A) — annual risk analysis. Scope: the Fieldnote Clinics product used by two occupational-health customers under Business Associate Agreements. The federal environment is out of scope.'),
        H('Methodology'),
        P('We used the HHS/ONC Security Risk Assessment Tool question set, scored threats by likelihood (1–5) and impact (1–5), and reviewed the administrative, physical and technical safeguards of the Security Rule.'),
        H('Risk summary'),
        TBL([
          ['Threat / vulnerability', 'Safeguard', 'Likelihood', 'Impact', 'Risk', 'Action'],
          ['Lost laptop with ePHI exports', '§164.310(d)', '2', '4', 'Medium', 'Block CSV export of ePHI to unmanaged devices'],
          ['Phishing of clinic admin accounts', '§164.308(a)(5)', '3', '4', 'High', 'Enforce WebAuthn for clinic admins'],
          ['Insufficient audit log review', '§164.312(b)', '3', '3', 'Medium', 'Weekly review with alerting'],
          ['Ransomware on RDS snapshots', '§164.308(a)(7)', '1', '5', 'Medium', 'Cross-account backup vault lock'],
        ]),
        H('Conclusion'),
        P('Residual risk is acceptable after the actions above. Next analysis due August 2025 or on major change.'),
      ],
    }),
  );

  {
    const d = day('2024-05-02');
    const wb = workbook({ creator: W.secLead, date: d });
    const ws = wb.addWorksheet('L2 Self-Assessment');
    fill(ws, [
      ['CMMC Level 2 Self-Assessment (NIST SP 800-171 Rev. 2) — Fieldnote Labs, defense pilot enclave'],
      ['Practice ID', 'Requirement', 'Assessment objective status', 'Evidence', 'Points', 'Result'],
      ['AC.L2-3.1.1', 'Limit system access to authorized users', '6/6 met', 'Okta policy export', 5, 'MET'],
      ['AC.L2-3.1.5', 'Employ the principle of least privilege', '4/4 met', 'IAM permission sets', 3, 'MET'],
      ['AU.L2-3.3.1', 'Create and retain system audit logs', '6/6 met', 'CloudTrail config', 5, 'MET'],
      ['IA.L2-3.5.3', 'Use multifactor authentication', '4/4 met', 'Okta MFA report', 5, 'MET'],
      ['IR.L2-3.6.1', 'Establish an operational incident-handling capability', '6/7 met', 'IR plan draft', 5, 'NOT MET'],
      ['SC.L2-3.13.11', 'Employ FIPS-validated cryptography', '1/1 met', 'KMS, ALB policy', 5, 'MET'],
      ['SI.L2-3.14.1', 'Identify, report and correct system flaws', '3/3 met', 'Dependabot, Trivy', 5, 'MET'],
      [],
      ['SPRS score (110 − deductions)', '', '', '', 105, ''],
    ], { bold: [2], widths: [16, 52, 24, 24, 8, 10] });
    add('assessment.xlsx', 'CMMC Level 2 / NIST SP 800-171 self-assessment with SPRS score: defense framework, not a FedRAMP deliverable.', await xlsxBytes(wb, d));
  }

  add(
    'letter.pdf',
    'Texas DIR TX-RAMP certification letter: a state cloud certification, not a federal agency Authority to Operate.',
    await toPdf({
      headings: 'bold',
      date: day('2024-09-30'),
      meta: { producer: 'Texas DIR' },
      blocks: [
        P('TEXAS DEPARTMENT OF INFORMATION RESOURCES', { bold: true, align: 'center', size: 24 }),
        P('Statewide Data Coordinator — TX-RAMP Program\n300 W. 15th Street, Suite 1300, Austin, Texas 78701', { align: 'center' }),
        P('September 30, 2024'),
        P(`${W.ceo}\n${W.csp}\n${W.address}`),
        P('Re: TX-RAMP Certification — Level 2', { bold: true }),
        P(`Dear ${W.ceo}:`),
        P(`The Texas Department of Information Resources (DIR) has completed its review of the TX-RAMP assessment submitted for the cloud computing service "${W.cso}". Based on the security assessment questionnaire, supporting documentation and the SOC 2 Type I report provided, DIR has determined that the service meets the requirements for TX-RAMP Level 2 certification.`),
        P('This certification allows Texas state agencies and institutions of higher education to enter into or renew contracts for the certified cloud computing service. The certification is valid for three years from the date of this letter, subject to continuous monitoring requirements, including notification of security incidents and significant changes to DIR.'),
        P('This certification does not constitute an endorsement of the product by the State of Texas.'),
        P('Sincerely,\n\nTX-RAMP Program Manager\nTexas Department of Information Resources'),
      ],
    }),
  );

  add(
    'Seed deck v12 - speaker notes.txt',
    'Google Slides plain-text export of a fundraising pitch deck with speaker notes mentioning FedRAMP: marketing material.',
    toText({
      headings: 'bold',
      blocks: [
        P('Fieldnote — Series A — Speaker notes (v12)'),
        P('Slide 1: Fieldnote. Inspections, done right.\nNotes: Open with the story of the poultry plant inspector with three clipboards. Pause.'),
        P('Slide 2: The problem — 7,500 federal inspectors, 1990s software.\nNotes: FSIS alone runs 6,000+ establishments. Paper + legacy desktop app. Data arrives weeks late.'),
        P('Slide 3: Product.\nNotes: Demo video, 45 seconds. Emphasize offline mode and the supervisor dashboard.'),
        P('Slide 4: Traction — $2.1M ARR, 14 state customers, 1 federal pilot.\nNotes: Net revenue retention 131%. Mention the TX-RAMP certification and that SOC 2 Type II lands in Q1.'),
        P('Slide 5: Why now — FedRAMP.\nNotes: We are "FedRAMP In Process" with USDA FSIS as sponsor. Agency ATO expected mid-2025, which unlocks the federal market (~$400M TAM for inspection software). Competitors are 2–3 years behind on authorization. Don\'t go into the control details; if asked, say our 3PAO starts testing in March.'),
        P('Slide 6: Go-to-market.\nNotes: Land with one district, expand to the agency. Reseller via Carahsoft once authorized.'),
        P('Slide 7: Team.\nNotes: Maya (ex-USDS), Daniel (ex-AWS GovCloud), Priya (ran FedRAMP at a unicorn).'),
        P('Slide 8: The ask — $14M Series A.\nNotes: 18 months runway, 40% to engineering, 20% to compliance and security.'),
      ],
    }),
  );

  {
    const d = day('2025-04-22');
    const wb = workbook({ date: d });
    const ws = wb.addWorksheet('Questions');
    fill(ws, [
      ['Vendor Security Assessment Questionnaire — Heartland Poultry Cooperative (SIG Lite 2024 subset)'],
      ['Vendor:', W.csp, 'Completed by:', W.secLead, 'Date:', '2025-04-22'],
      [],
      ['Ref', 'Question', 'Response (Yes/No/N/A)', 'Additional information'],
      ['A.1', 'Is there a documented risk assessment program approved by management?', 'Yes', 'Annual risk assessment; FedRAMP Moderate in progress.'],
      ['B.1', 'Is there an information security policy approved by management and communicated to employees?', 'Yes', 'Policy set v1.3, acknowledged annually.'],
      ['D.2', 'Are all assets inventoried?', 'Yes', 'AWS Config-driven inventory, monthly.'],
      ['E.4', 'Are background checks performed on employees?', 'Yes', 'Checkr, at hire.'],
      ['H.1', 'Is MFA required for remote access?', 'Yes', 'FIDO2 keys for staff.'],
      ['I.3', 'Are vulnerability scans performed at least quarterly?', 'Yes', 'Monthly authenticated scans.'],
      ['J.1', 'Is there a documented incident response plan?', 'Yes', 'Tested annually.'],
      ['K.1', 'Is there a business continuity / disaster recovery plan?', 'Yes', 'RTO 24h / RPO 4h.'],
      ['L.1', 'Do you hold a SOC 2 Type II report?', 'No', 'Type I available under NDA; Type II expected Q3 2025.'],
      ['P.2', 'Is customer data encrypted at rest?', 'Yes', 'AES-256 with AWS KMS.'],
    ], { bold: [4], widths: [6, 70, 20, 50] });
    add('Heartland_SIG_Lite_Fieldnote_responses.xlsx', 'Security questionnaire answer sheet for a commercial customer (SIG Lite subset): not a FedRAMP deliverable.', await xlsxBytes(wb, d));
  }

  add(
    'page-41873.md',
    'Engineering on-call runbook for API 5xx alerts: operational runbook, not the contingency or incident response plan.',
    toMarkdown({
      headings: 'styles',
      blocks: [
        T('Runbook: fic-api 5xx rate above 2%'),
        P('Space: Engineering / On-call · Alert: `fic-api.http.5xx_ratio > 0.02 for 5m` (Datadog monitor 41873220)'),
        H('Triage (first 10 minutes)'),
        OL(
          'Ack the page in PagerDuty; post in #oncall with the monitor link.',
          'Check the deploy timeline: `kubectl -n fic rollout history deploy/fic-api`. Deploy in the last 30 min? Roll back: `kubectl -n fic rollout undo deploy/fic-api`.',
          'Check RDS: CPU, connections (`max_connections` 400), replica lag in the RDS dashboard.',
          'Check the dependency panel: Okta (SSO), S3, KMS throttling.',
        ),
        H('Common causes'),
        TBL([
          ['Symptom', 'Cause', 'Fix'],
          ['502 from ALB, pods restarting', 'OOMKilled after report export', 'Scale fic-reports; cap export size'],
          ['504 on /sync', 'Long-running offline sync batch', 'Check queue depth; increase worker replicas'],
          ['500 with "too many clients"', 'Connection pool leak', 'Restart pods in waves; file bug'],
        ]),
        H('Escalation'),
        P('If not mitigated in 30 minutes or customer-visible for more than 15 minutes, page the secondary and the EM. If you suspect a security event (unexpected admin actions, data export spikes), stop and follow the security incident process — page security.'),
      ],
    }),
  );

  add(
    'Incident Report 2025-05-14.docx',
    'Blameless postmortem of a specific outage (timeline, root cause, action items): not an incident response plan or contingency plan, despite the file name.',
    await toDocx({
      headings: 'bold',
      date: day('2025-05-19'),
      meta: { title: 'Postmortem template', author: W.engMgr },
      blocks: [
        T('Postmortem: offline sync outage, May 14, 2025'),
        TBL([['Severity', 'SEV2'], ['Duration', '2h 47m (13:05–15:52 ET)'], ['Author', W.engMgr], ['Status', 'Action items in progress']], false),
        H('Summary'),
        P('Inspectors could not synchronize offline inspections for 2 hours 47 minutes after a schema migration locked the inspections table. No data was lost; 1,214 queued inspections synced after recovery. No security impact.'),
        H('Timeline (ET)'),
        TBL([
          ['Time', 'Event'],
          ['12:58', 'Release 2025.05.3 deployed with migration 0142 (add index)'],
          ['13:05', 'Sync error rate alert fires'],
          ['13:20', 'Incident declared SEV2; rollback attempted but migration already applied'],
          ['15:30', 'Index built concurrently after killing the blocking migration'],
          ['15:52', 'Sync recovered; backlog drained by 16:40'],
        ]),
        H('Root cause'),
        P('The migration used CREATE INDEX without CONCURRENTLY on a 40 million row table, taking an exclusive lock. The migration linter did not flag it because the rule only checked ALTER TABLE statements.'),
        H('What went well / what did not'),
        UL('Offline mode queued data as designed.', 'Status page update took 40 minutes — too slow.', 'No runbook for long-running migrations.'),
        H('Action items'),
        TBL([
          ['#', 'Action', 'Owner', 'Due'],
          ['1', 'Lint rule: require CONCURRENTLY for index creation', W.devops, '2025-05-30'],
          ['2', 'Status page template for sync degradation', W.cs, '2025-05-23'],
          ['3', 'Runbook: stuck migrations', W.engMgr, '2025-06-06'],
        ]),
      ],
    }),
  );

  add(
    'SAP - pentest scope.pdf',
    'Penetration testing proposal and price quote from a vendor, saved under a misleading name: a sales proposal, not a 3PAO Security Assessment Plan.',
    await toPdf({
      headings: 'bold',
      date: day('2025-01-08'),
      meta: { title: 'Proposal', author: 'RedHarbor Security', producer: 'PandaDoc' },
      header: 'RedHarbor Security, Inc. — Confidential Proposal',
      pageNumbers: true,
      blocks: [
        T('Proposal: Application & Cloud Penetration Test'),
        P(`Prepared for ${W.csp} · Quote Q-2025-0147 · Valid until February 7, 2025`),
        H('Why RedHarbor'),
        P('Our team has delivered more than 300 penetration tests for SaaS companies, including testing aligned with the FedRAMP Penetration Test Guidance for 3PAO-led assessments. Our testers hold OSCP, OSWE and GPEN certifications.'),
        H('Proposed scope'),
        UL('External network penetration test (up to 16 IPs)', 'Authenticated web application test of app and API (2 roles)', 'AWS configuration review (3 accounts)', 'Phishing simulation (up to 40 employees)'),
        H('Timeline'),
        P('Kickoff within 3 weeks of signature; 10 business days of testing; report within 5 business days after testing; one free retest within 60 days.'),
        H('Pricing'),
        TBL([
          ['Item', 'Days', 'Price (USD)'],
          ['External network test', '2', '6,400'],
          ['Web application & API test', '6', '19,200'],
          ['AWS configuration review', '2', '6,400'],
          ['Phishing simulation', '1', '2,500'],
          ['Startup discount (15%)', '', '-5,175'],
          ['Total', '11', '29,325'],
        ]),
        H('Terms'),
        P('50% due at signature, 50% on report delivery. Net 30. Prices exclude travel (none expected). Signing this proposal constitutes acceptance of the RedHarbor Master Services Agreement.'),
        TBL([['Accepted by (Fieldnote Labs)', 'Signature', 'Date'], ['', '', '']]),
      ],
    }),
  );

  add(
    'Jira (4).csv',
    'Jira issue export of the FedRAMP readiness epic (tickets, statuses, assignees): a project tracker, not a POA&M.',
    toCsv([
      ['Summary', 'Issue key', 'Issue id', 'Issue Type', 'Status', 'Priority', 'Assignee', 'Reporter', 'Created', 'Updated', 'Due date', 'Labels', 'Sprint', 'Custom field (Story Points)', 'Parent summary'],
      ['Write CMP and get CCB approval', 'SEC-212', '18840', 'Task', 'Done', 'Medium', W.devops, W.secLead, '14/Oct/24 9:12 AM', '17/Jan/25 4:40 PM', '17/Jan/25', 'fedramp', 'SEC Sprint 24', '5', 'FedRAMP readiness'],
      ['Enable FIPS endpoints for all AWS SDK clients', 'ENG-1933', '18902', 'Story', 'Done', 'High', W.devops, W.secLead, '21/Oct/24 11:02 AM', '04/Dec/24 2:15 PM', '06/Dec/24', 'fedramp;crypto', 'ENG Sprint 61', '8', 'FedRAMP readiness'],
      ['Okta: enforce FIDO2 for fic-prod-operators', 'SEC-219', '18977', 'Task', 'Done', 'High', W.secLead, W.secLead, '28/Oct/24 3:30 PM', '08/Nov/24 10:01 AM', '08/Nov/24', 'fedramp;iam', 'SEC Sprint 25', '3', 'FedRAMP readiness'],
      ['Sanitize rich text in inspection notes (pentest finding)', 'ENG-2240', '19411', 'Bug', 'In Progress', 'High', W.engMgr, W.secLead, '10/Apr/25 8:44 AM', '02/Jun/25 1:20 PM', '08/Jul/25', 'security;pentest', 'ENG Sprint 72', '5', 'FedRAMP readiness'],
      ['Retire legacy-api endpoint', 'ENG-2291', '19503', 'Story', 'To Do', 'Medium', W.devops, W.cto, '18/Jun/25 9:00 AM', '18/Jun/25 9:00 AM', '31/Dec/25', 'tech-debt', '', '13', 'Platform cleanup'],
      ['Automate quarterly access review export', 'SEC-248', '19420', 'Task', 'In Review', 'Medium', W.secLead, W.secLead, '11/Apr/25 10:10 AM', '30/Jun/25 5:05 PM', '07/Jul/25', 'fedramp;iam', 'SEC Sprint 30', '3', 'FedRAMP readiness'],
      ['Book 3PAO for annual assessment', 'SEC-261', '19688', 'Task', 'To Do', 'Low', W.secLead, W.ceo, '01/Aug/25 9:30 AM', '01/Aug/25 9:30 AM', '15/Oct/25', 'fedramp', '', '1', 'FedRAMP ConMon'],
    ]),
  );

  add(
    'MSA_DPA_Heartland_executed.docx',
    'Data Processing Addendum to a commercial customer contract: a legal agreement, not a FedRAMP deliverable.',
    await toDocx({
      headings: 'bold',
      date: day('2025-03-28'),
      meta: { title: 'DPA', author: W.counsel },
      footer: 'Fieldnote DPA v2.1 — Heartland Poultry Cooperative',
      pageNumbers: true,
      blocks: [
        T('DATA PROCESSING ADDENDUM'),
        P(`This Data Processing Addendum ("DPA") forms part of the Master Subscription Agreement dated March 28, 2025 (the "Agreement") between Heartland Poultry Cooperative ("Customer") and ${W.csp} ("Fieldnote"). Capitalized terms not defined here have the meanings given in the Agreement.`),
        H('1. Definitions'),
        P('"Customer Personal Data" means personal data processed by Fieldnote on behalf of Customer under the Agreement. "Sub-processor" means any processor engaged by Fieldnote to process Customer Personal Data. "Security Incident" means a breach of security leading to the accidental or unlawful destruction, loss, alteration, unauthorized disclosure of, or access to Customer Personal Data.'),
        H('2. Processing of Customer Personal Data'),
        P('Fieldnote will process Customer Personal Data only on Customer\'s documented instructions, including as set out in the Agreement and this DPA, and for no other purpose.'),
        H('3. Sub-processors'),
        P('Customer authorizes Fieldnote to engage the Sub-processors listed at fieldnote.com/subprocessors. Fieldnote will notify Customer of new Sub-processors at least 30 days in advance; Customer may object on reasonable data protection grounds.'),
        H('4. Security'),
        P('Fieldnote will implement and maintain the technical and organizational measures described in Annex II, which are at least as protective as those described in Fieldnote\'s current SOC 2 report.'),
        H('5. Security Incidents'),
        P('Fieldnote will notify Customer without undue delay, and in any case within 72 hours, after becoming aware of a Security Incident, and will provide information reasonably requested by Customer.'),
        H('6. Deletion and Return'),
        P('Within 30 days of termination of the Agreement, Fieldnote will delete Customer Personal Data unless retention is required by law.'),
        H('7. Liability'),
        P('Each party\'s liability under this DPA is subject to the limitations of liability in the Agreement.'),
        TBL([
          ['Heartland Poultry Cooperative', W.csp],
          ['By: /s/ Dale Kessler', `By: /s/ ${W.ceo}`],
          ['Title: VP Operations', 'Title: CEO'],
          ['Date: March 28, 2025', 'Date: March 28, 2025'],
        ], false),
      ],
    }),
  );

  add(
    'privacy.md',
    'Public website privacy policy (cookies, marketing e-mail, CCPA rights): not a Privacy Threshold Analysis or Privacy Impact Assessment.',
    toMarkdown({
      headings: 'styles',
      blocks: [
        T('Privacy Policy'),
        P('_Last updated: February 1, 2025_'),
        P(`This Privacy Policy explains how ${W.csp} ("Fieldnote", "we") collects and uses information when you visit fieldnote.com, request a demo, or subscribe to our newsletter. It does not apply to data we process on behalf of our customers in the Fieldnote platform, which is governed by our customer agreements.`),
        H('Information we collect'),
        UL('Information you give us: name, work e-mail, company, phone number when you request a demo or contact sales.', 'Information collected automatically: IP address, browser type, pages visited, collected with cookies and similar technologies (Google Analytics, HubSpot).', 'Information from partners: event registration lists from conferences we sponsor.'),
        H('How we use it'),
        P('To respond to your requests, send marketing communications you can opt out of at any time, improve our website, and comply with law.'),
        H('Cookies'),
        P('You can manage cookies through the cookie banner or your browser settings. Blocking analytics cookies does not affect your ability to use the site.'),
        H('Your rights'),
        P('Depending on where you live (for example California under the CCPA/CPRA), you may have the right to access, delete or correct your personal information and to opt out of "sales" or "sharing". We do not sell personal information. Contact privacy@fieldnote.com.'),
        H('Contact'),
        P(`${W.csp}, ${W.address}`),
      ],
    }),
  );

  add(
    'doc-0097.pdf',
    'Employee handbook excerpt (time off, remote work, equipment, code of conduct): HR material, not Rules of Behavior or policies for the system.',
    await toPdf({
      headings: 'bold',
      date: day('2024-03-01'),
      meta: { title: 'Fieldnote Employee Handbook 2024', producer: 'Google Docs Renderer' },
      header: 'Fieldnote Employee Handbook — 2024 edition — pages 14–19',
      pageNumbers: true,
      blocks: [
        H('4. Time Off'),
        P('Fieldnote offers flexible paid time off. We expect everyone to take at least 15 days per year, plus the 11 company holidays listed in Appendix A. Tell your manager two weeks in advance for absences longer than three days and add them to the team calendar.'),
        P('Sick leave: take the time you need. For absences longer than five working days, talk to People Ops about short-term disability coverage.'),
        H('5. Remote Work'),
        P('We are remote-first with an office in Austin. Your home workspace should be quiet and private enough for customer calls. Fieldnote reimburses up to $600 for home office setup in your first year and $50 per month for internet.'),
        H('6. Company Equipment'),
        P('You will receive a managed laptop. Keep it updated, do not disable the management agent, and report loss or theft to IT within 24 hours. Return all equipment within 5 days of your last day.'),
        H('7. Code of Conduct'),
        UL('Treat colleagues, customers and partners with respect.', 'Avoid conflicts of interest; disclose outside employment.', 'No harassment or discrimination of any kind.', 'Report concerns to People Ops or the anonymous hotline.'),
        H('8. Expenses and Travel'),
        P('Book travel through Navan. Meals on travel days are covered up to $75 per day. Submit receipts within 30 days.'),
      ],
    }),
  );

  add(
    'RE_ FIC SSP review - kickoff and first comments.eml',
    'E-mail from the agency ISSM scheduling the SSP review and listing first comments: correspondence, not a deliverable.',
    [
      'From: Carla Mendez <carla.mendez@usda.gov>',
      `To: Priya Raman <priya.raman@${W.domain}>`,
      `Cc: Maya Okafor <maya.okafor@${W.domain}>, Robert Chen <rchen@keystone-assure.example>`,
      'Subject: RE: FIC SSP review - kickoff and first comments',
      'Date: Wed, 19 Feb 2025 16:42:10 -0500',
      'Message-ID: <CAF3x9mQ1@mail.usda.gov>',
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset="UTF-8"',
      '',
      'Hi Priya,',
      '',
      'Thanks for sending the SSP v0.9 and the attachments. We started the review. A few things before the kickoff call on Monday (Feb 24, 1:00 ET, Teams link to follow):',
      '',
      '1. The authorization boundary diagram does not show the Okta for Government tenant and the Datadog log forwarding path. Please add both and the data flows.',
      '2. AC-2(h): please describe how agency accounts are reviewed, not only operator accounts. The CRM should point to it.',
      '3. The FIPS 199 lists C.3.1.4 but the SSP section 2 does not. Please align.',
      '4. We need the Integrated Inventory Workbook with the SSP, not later. A draft is fine.',
      '5. For IA-2(12) we expect acceptance of PIV credentials through our federation; please confirm in the implementation statement.',
      '',
      'Once these are addressed we can approve the SSP and Keystone can finalize the SAP. Our target for the SSP approval is March 7.',
      '',
      'Thanks,',
      'Carla',
      '',
      'Carla Mendez, CISSP',
      'Information System Security Manager',
      'USDA FSIS Office of the Chief Information Officer',
      '',
      '-----Original Message-----',
      `From: Priya Raman <priya.raman@${W.domain}>`,
      'Sent: Friday, February 14, 2025 5:03 PM',
      'Subject: FIC SSP review - kickoff and first comments',
      '',
      'Hi Carla, attached are the FIC SSP v0.9 and attachments 1-15 for your review. Happy to walk you through the boundary on a call. Best, Priya',
      '',
    ].join('\r\n'),
  );

  add(
    'FSIS letter.pdf',
    'Agency letter of sponsorship / intent to authorize for the FedRAMP "In Process" designation: it states a future ATO, it is not an Authority to Operate.',
    await toPdf({
      headings: 'bold',
      date: day('2024-09-16'),
      meta: {},
      blocks: [
        P('United States Department of Agriculture', { bold: true, align: 'center', size: 24 }),
        P('Food Safety and Inspection Service — Office of the Chief Information Officer', { align: 'center' }),
        P('September 16, 2024', { align: 'right' }),
        P('FedRAMP Program Management Office\nGeneral Services Administration\n1800 F Street NW, Washington, DC 20405'),
        P(`Subject: Agency sponsorship of ${W.cso} for FedRAMP Agency Authorization`, { bold: true }),
        P(`The Food Safety and Inspection Service (FSIS) intends to sponsor ${W.csp} through the FedRAMP Agency Authorization process for ${W.cso} at the Moderate impact level. FSIS has an identified mission need for the service and has designated ${W.agencyIssm}, ISSM, as the agency point of contact.`),
        P('FSIS has held a kickoff meeting with the CSP, reviewed the authorization boundary, and agreed on a work plan in which the 3PAO assessment is expected in the first quarter of calendar year 2025. FSIS anticipates issuing an authorization decision upon successful completion of the assessment and review of the security package.'),
        P('We request that the FedRAMP PMO list the service with the "In Process" designation on the FedRAMP Marketplace. This letter does not constitute an authorization to operate.'),
        P(`Sincerely,\n\n${W.ao}\nChief Information Officer, FSIS`),
      ],
    }),
  );

  {
    const d = day('2025-02-28');
    const wb = workbook({ creator: W.secLead, date: d });
    const ws = wb.addWorksheet('Risk Register');
    fill(ws, [
      ['Fieldnote Labs — Enterprise Risk Register (reviewed quarterly by the leadership team)'],
      ['Risk ID', 'Category', 'Risk description', 'Likelihood (1-5)', 'Impact (1-5)', 'Inherent score', 'Treatment', 'Owner', 'Residual score', 'Review date'],
      ['R-01', 'Financial', 'Runway below 12 months if Series A slips past Q3', 3, 5, 15, 'Bridge note option with existing investors', W.ceo, 10, '2025-03-31'],
      ['R-02', 'Market', 'Federal authorization takes longer than 12 months', 3, 4, 12, 'Dedicated compliance lead; advisory firm', W.ceo, 8, '2025-03-31'],
      ['R-03', 'People', 'Key-person dependency on DevOps Lead', 4, 4, 16, 'Hire second SRE; document runbooks', W.cto, 9, '2025-03-31'],
      ['R-04', 'Security', 'Credential phishing of staff', 3, 4, 12, 'FIDO2 keys for all staff', W.secLead, 4, '2025-03-31'],
      ['R-05', 'Vendor', 'Price increase by observability vendor', 4, 2, 8, 'Evaluate OpenSearch migration', W.cto, 6, '2025-03-31'],
      ['R-06', 'Legal', 'Customer contract liability caps inconsistent', 2, 3, 6, 'Standardize MSA template', W.counsel, 4, '2025-03-31'],
    ], { bold: [2], widths: [8, 12, 50, 10, 10, 10, 40, 16, 10, 12] });
    add('risk_register_Q1.xlsx', 'Company enterprise risk register (financial, people, vendor risks): not a POA&M.', await xlsxBytes(wb, d));
  }

  add(
    'Weekly FedRAMP sync - notes.docx',
    'Meeting minutes of the weekly FedRAMP readiness sync (attendees, updates, action items): not a deliverable.',
    await toDocx({
      headings: 'bold',
      date: day('2025-03-06'),
      meta: { title: 'Meeting notes', author: W.secLead },
      blocks: [
        B('Weekly FedRAMP sync — March 6, 2025'),
        P(`Attendees: ${W.secLead}, ${W.devops}, ${W.cto}, ${W.advisor}. Absent: ${W.ceo}.`),
        B('Updates'),
        UL(
          'SSP: agency comments 1–5 addressed; v1.0 sent to Carla on March 3. Approval expected next week.',
          'SAP: Keystone draft received; fact-check comments due Friday (scope table lists an old subnet).',
          'Inventory: Lambda export works; need to add the ALB and the RDS cluster endpoints manually.',
          'Scans: first full authenticated Nessus run done; 3 highs on the reports image, fix in progress.',
          'Change freeze starts March 17 for the assessment. Announce to engineering on Monday.',
        ),
        B('Decisions'),
        UL('Legacy API stays in scope; document CBC ciphers as a known finding rather than rush a retirement.', 'No new features merged to main during testing except behind flags that are off.'),
        B('Action items'),
        TBL([
          ['Action', 'Owner', 'Due'],
          ['Fix subnet list in SAP scope table and send back to Keystone', W.devops, '2025-03-07'],
          ['Rebuild fic-reports image on patched base', W.engMgr, '2025-03-10'],
          ['Send freeze announcement', W.cto, '2025-03-10'],
          ['Book evidence walkthrough slots with Keystone', W.secLead, '2025-03-12'],
        ]),
      ],
    }),
  );

  add(
    'job-posting-compliance-engineer.txt',
    'Job description for a compliance engineer mentioning FedRAMP, POA&Ms and SSPs: recruiting material, not a deliverable.',
    toText({
      headings: 'bold',
      blocks: [
        T('Senior Compliance Engineer (FedRAMP) — Remote (US) — Fieldnote Labs'),
        P('About Fieldnote: we build inspection software for food-safety and public-health inspectors. We are a 38-person, venture-backed team and recently achieved a FedRAMP Moderate agency authorization.'),
        H('What you will do'),
        P('* Own the monthly continuous monitoring cycle: scan triage, POA&M updates, inventory reconciliation and the agency review call.\n* Keep the SSP and its attachments current as the product changes; write significant change requests with engineering.\n* Automate evidence collection (AWS Config, Okta, GitHub) and move our package to OSCAL.\n* Support the annual 3PAO assessment and SOC 2 Type II audit.'),
        H('What we are looking for'),
        P('* 4+ years in security compliance, with at least one FedRAMP or DoD IL authorization.\n* Working knowledge of NIST SP 800-53 Rev. 5 and AWS.\n* Comfortable with Python or TypeScript and infrastructure as code.\n* US citizenship (required by our agency customers).'),
        H('Compensation'),
        P('$165,000–$195,000 base + equity. Medical, dental, vision; 401(k) with 4% match; home office stipend.'),
        P('Fieldnote is an equal opportunity employer.'),
      ],
    }),
  );
  return out;
}
