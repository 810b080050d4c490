import type { Block } from '../kit/blocks.js';
import { bullets, h1, h2, line, p, table, title } from '../kit/blocks.js';
import type { Cell, Sheet } from '../kit/xlsx.js';
import type { Agency, Assessor, Csp } from './orgs.js';
import { DESK } from './orgs.js';

const b = (text: string): Cell => ({ bold: text });
const d = (date: string): Cell => ({ date });

/** PMO review comment matrix on a CSP's SSP (comment / response / disposition). */
export function sspCommentMatrix(csp: Csp, date: string): Sheet[] {
  const rows: [string, string, string, string, string, string][] = [
    ['SSP §9.3', 'p. 41', 'The boundary diagram does not show the log forwarding path to the SIEM described in AU-6. Update Figure 9-1 and the data flow diagram.', 'Moderate', 'Figure 9-1 and 10-1 updated in v3.2 to show the forwarder and the SIEM ingest endpoint.', 'Accepted — verify in resubmission'],
    ['SSP AC-2', 'p. 112', 'Part h does not give the notification timeframe for transfers; the parameter is "eight hours" for terminations only.', 'Low', 'Added transfer notification (24 hours) consistent with the HR procedure.', 'Accepted'],
    ['SSP SC-13', 'p. 301', 'CMVP certificate #3920 is historical. Provide an active FIPS 140-3 certificate or open a POA&M item.', 'High', 'Module upgraded; certificate #4718 cited; Appendix Q updated.', 'Open — awaiting evidence'],
    ['Attachment 13', 'Inventory tab', 'Twelve hosts in the inventory are missing from the SAR scan results. Reconcile.', 'High', 'Hosts were decommissioned before testing; inventory corrected.', 'Accepted'],
    ['CIS/CRM', 'CRM tab row 44', 'IA-2(12) customer responsibility statement is blank.', 'Moderate', 'Statement added (PIV acceptance via agency IdP).', 'Accepted'],
    ['SSP §13', 'CM-8', 'Implementation statement refers to the "asset spreadsheet"; reference the Integrated Inventory Workbook attachment instead.', 'Low', 'Corrected.', 'Accepted'],
    ['POA&M', 'V-0004', 'Scheduled completion date exceeds the 180-day window for a Low risk. Provide a deviation request or correct the date.', 'Moderate', 'Date corrected to the 180-day limit.', 'Accepted'],
  ];
  return [
    {
      name: 'Comments',
      rows: [
        [b(`FedRAMP PMO Review — ${csp.cso} authorization package`)],
        ['Package ID', csp.fedrampId, 'Review round', '2', 'Reviewer', DESK.reviewer],
        ['Date returned to CSP', d(date)],
        [],
        [b('Comment #'), b('Document'), b('Location'), b('Comment'), b('Severity'), b('CSP Response'), b('PMO Disposition')],
        ...rows.map((r, i) => [String(i + 1), ...r]),
      ],
      widths: [10, 16, 14, 70, 10, 50, 24],
    },
    { name: 'Legend', rows: [[b('Severity')], ['High — must be resolved before the PMO can accept the package'], ['Moderate — resolve or justify in the resubmission'], ['Low — editorial']] },
  ];
}

/** A review comment matrix on a SAR, as a Word table. */
export function sarCommentMatrix(csp: Csp, a: Assessor, agency: Agency, date: string): Block[] {
  return [
    line(`${agency.name} — Security Review Team`, true),
    title(`Review Comments: ${csp.cso} Security Assessment Report (draft 2)`, 30),
    p(`The table below contains ${agency.short}'s comments on the draft SAR prepared by ${a.name}. Please provide the 3PAO's response in the "Response" column and return the matrix with the revised SAR by ${date}. Comments marked "Blocking" must be resolved before the agency can accept the assessment.`),
    table([
      ['#', 'Section / Page', 'Comment', 'Type', '3PAO / CSP Response', 'Disposition'],
      ['1', 'Exec Summary, p. 3', 'The recommendation paragraph should state the conditions explicitly, including the High risk remediation date.', 'Substantive', '', ''],
      ['2', 'Table 6-1', 'V-003 adjusted risk Low: provide the rationale and the evidence reviewed.', 'Blocking', '', ''],
      ['3', 'Risk Exposure Table', 'Totals do not match Table 6-1 (Moderate open count).', 'Blocking', '', ''],
      ['4', 'Section 4.1', 'State whether database scans were authenticated for the replica instances.', 'Substantive', '', ''],
      ['5', 'Appendix C', 'False positive FP-02 lacks the screenshot referenced in the text.', 'Substantive', '', ''],
      ['6', 'Section 8', 'The penetration test summary omits the client-side vector; state whether it was tested or why not.', 'Substantive', '', ''],
      ['7', 'Throughout', 'Use the system abbreviation consistently (BIC vs BW-IC).', 'Editorial', '', ''],
    ]),
    h1('General Comments'),
    p('The SAR is well organized. The agency appreciates the level of detail in the penetration test appendix. Once the blocking comments are resolved the agency expects to move to its authorization decision; the POA&M must reflect the final risk ratings of the revised SAR.'),
    line(`Reviewer: ${agency.cio}, ${agency.short} OCIO — ${date}`),
  ];
}

/** The desk's own working checklist (not the CSP's package checklist). */
export function deskChecklist(): Block[] {
  return [
    line('FedRAMP PMO — Intake Desk — Internal', true, 'center'),
    title('Intake Desk Working Procedure: Receiving a Package Upload', 32),
    line(`Owner: ${DESK.officer}, Document Control Officer · Rev. E · Last reviewed 02/03/2025`),
    p('Use this list every time a CSP, 3PAO or agency notifies the desk that files were placed in the secure repository. Tick each step in the desk log; do not skip a step because the submitter is known to us. Questions go to the desk lead before anything is renamed or moved.'),
    h1('A. On notification'),
    bullets('Confirm the sender is on the package contact roster (Tracker > Contacts). If not, stop and call the agency POC listed in the roster.', 'Record the notification time and the sender in the desk log.', 'Acknowledge receipt within one business day using template ACK-2.'),
    h1('B. File handling'),
    bullets('Download every file to the quarantine share; let the malware scan finish before opening anything.', 'Compute and record the SHA-256 of each file as received.', 'Rename each file to the desk scheme PKG-<package>-<sequence>.<ext>; record the original name beside the new one. Never change the file extension.', 'Do not open macro-enabled files; ask the submitter for a macro-free version.'),
    h1('C. First look (not a review)'),
    bullets('Note what each file appears to be in the log (SSP, SAR, POA&M, scan export, letter, other).', 'If the submitter says the package is complete, check that the CSP\'s own Initial Authorization Package Checklist is among the files; if it is missing, note it — the desk does not fill it in for the CSP.', 'Check that the ATO letter, if present, is signed. Do not assess content; that is the reviewers\' job.', 'Flag files that are password-protected or corrupt and request replacements.'),
    h1('D. Hand-off'),
    bullets('Move the renamed files to the package folder and set the folder to read-only.', 'Open a review ticket assigned to the review lead with the file list attached.', 'Update the receipt log (workbook "Desk Receipt Log").', 'File this checklist (scanned) in the desk binder for the month.'),
    h1('E. Sign-off'),
    table([['Step block', 'Initials', 'Date'], ['A', '', ''], ['B', '', ''], ['C', '', ''], ['D', '', '']]),
  ];
}

/** The desk's own receipt log workbook. */
export function deskReceiptLog(csps: readonly Csp[]): Sheet[] {
  const docs = ['System Security Plan', 'SSP Attachment 6 ISCP', 'Security Assessment Report', 'POA&M (monthly)', 'Scan export (.nessus)', 'Integrated Inventory', 'ATO letter', 'Package checklist', 'Significant change request', 'Cover e-mail'];
  const rows: Cell[][] = [];
  for (const [ci, csp] of csps.entries()) {
    for (let k = 0; k < 5; k++) {
      const doc = docs[(ci * 3 + k) % docs.length] ?? 'Other';
      rows.push([`PKG-0${231 + ci * 19}-${String(k + 1).padStart(2, '0')}`, csp.short, doc, `${csp.acronym}_${doc.replace(/[^A-Za-z]/g, '').slice(0, 12)}_v${k + 1}`, d(`2025-0${1 + ((ci + k) % 8)}-${String(3 + k * 4).padStart(2, '0')}`), k % 3 === 0 ? 'Returned — wrong version' : 'Filed', DESK.officer.split(' ')[0] ?? 'TV']);
    }
  }
  return [
    { name: 'Receipt Log', rows: [[b('Intake Desk — Receipt Log FY2025 (internal)')], [], [b('Desk No.'), b('CSP'), b('What the file appears to be'), b('Original file name'), b('Received'), b('Status'), b('Logged by')], ...rows] },
    { name: 'Contacts', rows: [[b('CSP'), b('Package contact'), b('Phone')], ...csps.map((c) => [c.short, c.isso, '(202) 555-0142'])] },
  ];
}

export function kickoffAgenda(csp: Csp, agency: Agency, a: Assessor, date: string): Block[] {
  return [
    title('Agency Authorization Kickoff Meeting', 36),
    line(`${csp.cso} · ${agency.name} · ${a.name} · FedRAMP PMO`, false, 'center'),
    line(`${date}, 1:00–3:00 PM ET · Microsoft Teams (link in invitation) and ${agency.short} HQ Room 4B-210`, false, 'center'),
    h1('Purpose'),
    p(`Establish a shared understanding of the ${csp.cso} system, its authorization boundary and the authorization schedule among the agency, the CSP, the 3PAO and the PMO, and agree on the points of contact and the cadence of working sessions.`),
    h1('Agenda'),
    table([
      ['Time', 'Topic', 'Lead'],
      ['1:00', 'Introductions and roles', agency.short],
      ['1:10', 'FedRAMP agency authorization process overview and PMO expectations', 'FedRAMP PMO'],
      ['1:25', 'CSP company and service overview; customers and use cases', csp.short],
      ['1:45', 'System architecture, authorization boundary and data flows (walk-through of SSP diagrams)', csp.short],
      ['2:15', 'Leveraged services and inheritance; customer responsibilities', csp.short],
      ['2:30', 'Assessment approach and schedule; SAP timeline', a.name],
      ['2:45', 'Package submission logistics: repository, naming, review rounds', 'FedRAMP PMO'],
      ['2:55', 'Action items and next steps', agency.short],
    ]),
    h1('Pre-read'),
    bullets('SSP draft v2.1 (boundary and data flow sections)', 'FIPS 199 categorization', 'Proposed authorization timeline'),
    h1('Expected Outcomes'),
    bullets('Agreement on the boundary to be documented in the SSP', 'Agreed dates for SSP review, SAP delivery and testing', 'Named points of contact for each organization'),
    h1('Attendees'),
    table([['Organization', 'Attendee', 'Role'], [agency.short, agency.ao, 'Authorizing Official'], [agency.short, agency.cio, 'Security reviewer'], [csp.short, csp.iso, 'System Owner'], [csp.short, csp.isso, 'ISSO'], [a.name, a.lead, 'Assessment lead'], ['FedRAMP PMO', DESK.lead, 'Package lead']]),
  ];
}

export function a2laCertificate(a: Assessor): Block[] {
  return [
    title('THE AMERICAN ASSOCIATION FOR LABORATORY ACCREDITATION', 22),
    title('ACCREDITED ORGANIZATION', 36),
    line(a.name.toUpperCase(), true, 'center'),
    line(a.address, false, 'center'),
    p(`is accredited in accordance with International Standard ISO/IEC 17020:2012 Conformity assessment — Requirements for the operation of various types of bodies performing inspection, as a Type A inspection body, and the FedRAMP specific requirements (R311 — Specific Requirements: Federal Risk and Authorization Management Program). This accreditation demonstrates technical competence for a defined scope and the operation of a management system.`),
    p(`The organization is accredited to perform independent assessments of cloud service providers' information systems against the FedRAMP security controls baselines, including security assessment planning, testing, penetration testing and reporting.`),
    line('Presented this 14th day of August 2024.', false, 'center'),
    line('_____________________________', false, 'center'),
    line('Vice President, Accreditation Services', false, 'center'),
    line(`For the Accreditation Council — Certificate Number ${a.a2la} — Valid to September 30, 2026`, false, 'center'),
    p('For the inspection activities to which this accreditation applies, please refer to the organization\'s Inspection Body Scope of Accreditation.'),
  ];
}

export function soc1Bridge(csp: Csp, date: string): Block[] {
  return [
    line(csp.name, true),
    line(csp.address),
    line(date),
    line('To: Customers and user auditors of the ' + csp.cso),
    line('Re: SOC 1 Type 2 Report Bridge Letter (Gap Letter)', true),
    p(`${csp.name} ("${csp.short}") engaged an independent service auditor to examine the description of its ${csp.cso} system and the suitability of the design and operating effectiveness of controls relevant to user entities' internal control over financial reporting, for the period October 1, 2023 through September 30, 2024 (the "Report Period"). The resulting SOC 1 Type 2 report was issued on November 22, 2024.`),
    p(`Because the Report Period does not cover the full fiscal year of many of our customers, this letter covers the period from October 1, 2024 through ${date} (the "Bridge Period"). Management of ${csp.short} confirms that, to the best of its knowledge:`),
    bullets('There have been no material changes to the system description or to the internal control environment described in the SOC 1 report during the Bridge Period.', 'Management is not aware of any material deficiencies or control failures that would affect the conclusions of the service auditor\'s report.', 'The next SOC 1 Type 2 examination, covering October 1, 2024 through September 30, 2025, is in progress and the report is expected in November 2025.'),
    p('This letter is not an attestation by the service auditor and should be read together with the most recent SOC 1 report. It is intended solely for the information of customers and their auditors and should not be used by anyone else.'),
    line('Sincerely,'),
    line(csp.ciso),
    line(`Chief Information Security Officer, ${csp.name}`),
  ];
}

export function marketplaceRequest(csp: Csp, agency: Agency, date: string): Block[] {
  return [
    title('FedRAMP Marketplace — "In Process" Designation Request', 30),
    line(`Submitted ${date} by ${csp.isso} (${csp.name})`),
    p('Complete this form to request that the FedRAMP PMO list the cloud service offering below as "In Process" on the FedRAMP Marketplace. The PMO will verify the information with the sponsoring agency before listing.'),
    h1('Section A. Cloud Service Provider'),
    table([['Field', 'Response'], ['Legal company name', csp.name], ['Headquarters address', csp.address], ['Company website', `https://www.${csp.domain.split('.').slice(1).join('.')}`], ['Primary contact for Marketplace listing', csp.isso], ['Small business?', 'No']], false),
    h1('Section B. Cloud Service Offering'),
    table([['Field', 'Response'], ['CSO name as it should appear on the Marketplace', csp.cso], ['Service model', csp.model], ['Deployment model', 'Government Community Cloud'], ['Impact level sought', csp.level], ['Short description (max 1,000 characters)', `${csp.cso} gives agencies a managed ${csp.model.split(' (')[0]?.toLowerCase() ?? 'service'} with tenant isolation, FIPS-validated encryption and agency identity federation.`], ['Logo file', 'attached (PNG, 600x300)']], false),
    h1('Section C. Authorization Path'),
    table([['Field', 'Response'], ['Authorization path', 'Agency Authorization'], ['Sponsoring agency', agency.name], ['Agency point of contact', agency.ao], ['Date of agency kickoff meeting', date], ['3PAO selected', 'Yes'], ['Expected assessment start', 'Q3 FY2025']], false),
    h1('Section D. Attestation'),
    p('I attest that the information above is accurate and that the sponsoring agency has agreed to work with us toward an Agency Authorization. I understand that the "In Process" designation may be removed if progress is not demonstrated within 12 months.'),
    table([['Name', 'Title', 'Signature', 'Date'], [csp.iso, 'Information System Owner', '', date]]),
  ];
}

export function sponsorshipLoi(csp: Csp, agency: Agency, date: string): Block[] {
  return [
    line(agency.name.toUpperCase(), true, 'center'),
    line(agency.address, false, 'center'),
    line(''),
    line(date),
    line('FedRAMP Program Management Office'),
    line('General Services Administration'),
    line('1800 F Street NW, Washington, DC 20405'),
    line(`Subject: Letter of Intent to Sponsor ${csp.cso} for FedRAMP Agency Authorization`, true),
    p(`Dear FedRAMP PMO,`),
    p(`The ${agency.name} (${agency.short}) intends to sponsor ${csp.name}'s ${csp.cso} for a FedRAMP Agency Authorization at the ${csp.level} impact level. ${agency.short} has a current requirement for this service in support of its grants and records programs and has engaged with ${csp.short} through a pilot in the agency's development environment.`),
    p(`${agency.short} has designated ${agency.ao} as the Authorizing Official for this effort and will assign a security review team to review the System Security Plan, the Security Assessment Plan and the Security Assessment Report as they become available. ${agency.short} understands that the authorization decision will be made only after the full security assessment and the agency's review of the complete package, and this letter does not constitute an authorization to operate or a commitment to issue one.`),
    p(`We request that the PMO designate ${csp.cso} as "In Process" on the FedRAMP Marketplace and schedule an intake call with the agency, the CSP and its 3PAO.`),
    line('Sincerely,'),
    line(''),
    line(agency.cio),
    line(`Chief Information Officer, ${agency.name}`),
  ];
}

export function riskAcceptanceMemo(csp: Csp, agency: Agency, date: string): Block[] {
  return [
    line(`${agency.name} — Office of the Chief Information Officer`, true),
    line('MEMORANDUM', true),
    line(`DATE: ${date}`),
    line(`TO: ${csp.iso}, Information System Owner, ${csp.name}`),
    line(`FROM: ${agency.ao}, ${agency.aoTitle}`),
    line(`SUBJECT: Acceptance of Residual Risk — ${csp.cso} POA&M item V-0122 (SWEET32 on legacy integration endpoint)`, true),
    p(`${csp.short} submitted Deviation Request DR-0032 on ${date.replace(/\d{2},/, '02,')} asking that the POA&M item above be designated an operational requirement. The agency security team reviewed the request, the mitigating controls and the 3PAO's concurrence.`),
    p(`I have determined that the residual risk of continuing to support the 3DES cipher suite on the dedicated integration endpoint, restricted to the IP ranges of the two agencies that depend on it, is acceptable to ${agency.short} until December 31, 2025. This acceptance is limited to the endpoint and the cipher suites named in the deviation request; it does not extend to any other component.`),
    h2('Conditions'),
    bullets('The POA&M item remains open and is reported monthly with the status of the two agencies\' migrations.', 'The WAF allow-list restricting the endpoint is reviewed monthly and any change is reported to the agency ISSO.', 'The acceptance is void if traffic from any other source reaches the endpoint.'),
    p(`This memorandum will be filed with the ${agency.short} authorization record for the system. It does not modify the Authority to Operate or its other terms.`),
    line(agency.ao),
  ];
}

export function engagementLetter(csp: Csp, a: Assessor, date: string): Block[] {
  return [
    line(a.name, true),
    line(a.address),
    line(date),
    line(`${csp.iso}`),
    line(`${csp.name}, ${csp.address}`),
    line('Re: Engagement Letter — FedRAMP Initial Security Assessment Services', true),
    p(`Dear ${csp.iso.split(' ')[0] ?? 'Sir or Madam'},`),
    p(`This letter confirms the terms under which ${a.name} ("the 3PAO") will provide independent security assessment services to ${csp.name} ("the Client") for the ${csp.cso} in support of a FedRAMP Agency Authorization at the ${csp.level} impact level.`),
    h2('Scope of Services'),
    bullets('Development of the Security Assessment Plan in the FedRAMP template, for approval by the Client and the sponsoring agency.', 'Execution of the security assessment, including control testing, vulnerability scanning and penetration testing.', 'Delivery of the Security Assessment Report with the 3PAO\'s authorization recommendation.', 'Participation in the agency and PMO review meetings (up to six meetings).'),
    h2('Independence'),
    p('The 3PAO has not provided advisory or consulting services to the Client for this system in the past two years and will not do so during the engagement, consistent with ISO/IEC 17020 and the A2LA R311 requirements.'),
    h2('Fees and Schedule'),
    p('Fees are fixed at USD 248,500, invoiced 30% on SAP approval, 50% on delivery of the draft SAR and 20% on acceptance of the final SAR. Travel is billed at cost. The engagement is expected to start within 30 days of this letter.'),
    h2('Client Responsibilities'),
    p('The Client will provide complete documentation, timely access to personnel and systems, credentials for authenticated scanning, and a frozen system during testing.'),
    h2('Limitation of Liability and Confidentiality'),
    p('Each party\'s liability is limited to the fees paid under this letter, except for breaches of confidentiality. Both parties will protect the other\'s confidential information and use it only for the engagement.'),
    p('Please sign and return a copy of this letter to indicate your agreement.'),
    table([['For the 3PAO', 'For the Client'], [`${a.lead}, Managing Principal`, `${csp.iso}, Information System Owner`], ['Signature: ____________', 'Signature: ____________']]),
  ];
}

export function incidentReport(csp: Csp, agency: Agency, date: string): Block[] {
  return [
    title(`Security Incident Report — ${csp.short}-IR-2025-0007`, 32),
    line(`Reported by ${csp.name} to ${agency.name} SOC, CISA and the FedRAMP PMO`),
    line(`Initial report ${date} 09:14 ET · Update 3 (final)`),
    h1('Summary'),
    p(`On ${date} at 07:52 ET the ${csp.short} Security Operations Center detected anomalous API calls using the access key of a CI/CD service account from an IP address outside the pipeline's egress range. The key had been exposed in a build log that was briefly readable by a third-party build cache. The key was revoked at 08:06 ET. No customer data was accessed; the attacker listed two storage buckets containing build artifacts and attempted, unsuccessfully, to create an IAM user.`),
    h1('Classification'),
    table([['Field', 'Value'], ['Incident category', 'CAT 1 — Unauthorized access (attempted)'], ['Functional impact', 'None'], ['Information impact', 'None — no federal data accessed'], ['Recoverability', 'Regular'], ['US-CERT / CISA ticket', 'INC-2025-31877']], false),
    h1('Timeline (ET)'),
    table([['Time', 'Event'], ['07:52', 'SIEM alert: access key used from unknown ASN'], ['07:58', 'On-call analyst confirms anomaly; SEV-2 declared'], ['08:06', 'Key revoked; service account disabled'], ['09:14', 'Initial notification to agency SOC, CISA and FedRAMP PMO'], ['13:40', 'Log review complete; scope confirmed'], ['Day 3', 'Root cause: build log redaction rule did not match new key format']]),
    h1('Actions Taken and Planned'),
    bullets('Rotated all CI/CD credentials and moved the pipeline to short-lived federated credentials.', 'Fixed log redaction and purged affected logs from the build cache.', 'Added a detection for access key use outside known egress ranges (already in place) to the weekly review dashboard.', 'POA&M item V-0131 opened for the control weakness (IA-5(7)).'),
    h1('Point of Contact'),
    p(`${csp.isso}, ISSO — available 24x7 through the ${csp.short} SOC hotline.`),
  ];
}

export function fedrampReadyEmail(csp: Csp): string {
  return [
    'From: FedRAMP PMO <info@fedramp.example>',
    `To: ${csp.iso} <${csp.iso.split(' ')[0]?.toLowerCase() ?? 'owner'}@${csp.domain}>`,
    `Cc: ${DESK.mailbox}`,
    'Date: Tue, 11 Mar 2025 15:02:44 -0400',
    `Subject: FedRAMP Ready designation — ${csp.cso}`,
    `Message-ID: <ready-${csp.fedrampId.toLowerCase()}@pmo.fedramp.example>`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: 8bit',
    '',
    `Good afternoon ${csp.iso.split(' ')[0] ?? ''},`,
    '',
    `Congratulations. The FedRAMP PMO has reviewed the Readiness Assessment Report (RAR) for ${csp.cso} submitted by your 3PAO and has determined that the service meets the requirements for the FedRAMP Ready designation at the ${csp.level} impact level.`,
    '',
    'What this means:',
    '- Your listing on the FedRAMP Marketplace will show the "FedRAMP Ready" status within five business days.',
    '- The Ready designation is valid for one year from today. To keep it, you need to be "In Process" with an agency partner before it lapses, or have the RAR refreshed.',
    '- FedRAMP Ready is not an authorization. Agencies will still need the full package (SSP, SAP, SAR, POA&M) and their own ATO decision.',
    '',
    'Please confirm the Marketplace listing details below by replying to this message:',
    '',
    `  CSP: ${csp.name}`,
    `  CSO: ${csp.cso}`,
    `  Service model: ${csp.model}`,
    `  FedRAMP ID: ${csp.fedrampId}`,
    '',
    'If you are already speaking with a sponsoring agency, let us know so that we can set up the intake call. The intake desk copied here will log the designation against your package record.',
    '',
    'Best regards,',
    'FedRAMP PMO — Readiness Team',
    '',
  ].join('\r\n');
}

export function meetingMinutes(csp: Csp, agency: Agency, a: Assessor): Block[] {
  return [
    title(`Weekly sync — ${csp.cso} authorization`, 30),
    p(`Attendees: ${agency.cio} (${agency.short}), ${csp.isso} and ${csp.engineer} (${csp.short}), ${a.lead} (${a.name}), ${DESK.lead} (PMO). Notes taken by ${DESK.officer}.`),
    h1('1. Status'),
    bullets('SSP v3.1 frozen on 3/14; agency approval of the SSP recorded in the tracker.', `SAP signed by ${agency.short}; testing started Monday. No issues with scanner credentials so far.`, 'Inventory: 4 hosts added since the SSP freeze — 3PAO will scan them and note the delta in the SAR.'),
    h1('2. Open questions'),
    bullets('Does the SAR need to include the decommissioned reporting cluster? — 3PAO: no, it left the boundary before testing; CSP to update the inventory.', 'When will the POA&M be built? — CSP: within 5 business days of the draft SAR.', `Who signs the ATO letter? — ${agency.short}: the AO, ${agency.ao}; signed PDF through the agency's e-signature system.`),
    h1('3. Action items'),
    table([['#', 'Action', 'Owner', 'Due'], ['1', 'Send updated inventory to 3PAO', csp.isso, 'Fri'], ['2', 'Share pen test schedule with agency SOC', a.lead, 'Wed'], ['3', 'Confirm repository folder for the final package', DESK.officer, 'Thu']]),
    h1('4. Next meeting'),
    p('Same time next week. Agenda: testing progress, early findings, SAR drafting schedule.'),
  ];
}

export function riskRegister(csp: Csp): Sheet[] {
  const risks: [string, string, string, string, string, string, string][] = [
    ['ER-01', 'Key person dependency on the two platform architects', 'Operational', 'Medium', 'High', 'Cross-training; documentation sprint', csp.iso],
    ['ER-02', 'Loss of the largest commercial customer affects FedRAMP investment', 'Strategic', 'Low', 'High', 'Diversify pipeline; board review quarterly', 'CEO'],
    ['ER-03', 'Price increases from the infrastructure provider', 'Financial', 'Medium', 'Medium', 'Reserved capacity; multi-year agreement', 'CFO'],
    ['ER-04', 'Delay of agency authorization beyond FY2025', 'Strategic', 'Medium', 'High', 'Weekly sync with agency; PMO engagement', csp.iso],
    ['ER-05', 'Regulatory change (FedRAMP 20x) requires new tooling', 'Compliance', 'High', 'Medium', 'Budget for OSCAL tooling in FY2026', csp.ciso],
    ['ER-06', 'Hiring market for cleared engineers', 'People', 'High', 'Medium', 'Recruiting partner; retention bonuses', 'VP People'],
    ['ER-07', 'Concentration of production in one cloud region pair', 'Operational', 'Low', 'High', 'Evaluate third region in FY2026', csp.engineer],
  ];
  return [
    { name: 'Enterprise Risk Register', rows: [[b(`${csp.name} — Enterprise Risk Register (Board Risk Committee)`)], ['Reviewed quarterly by the Executive Risk Committee. Likelihood and impact on the corporate 3x3 scale.'], [], [b('Risk ID'), b('Risk'), b('Category'), b('Likelihood'), b('Impact'), b('Treatment'), b('Risk Owner'), b('Trend')], ...risks.map((r, i) => [...r, i % 2 === 0 ? 'Stable' : 'Increasing'])] },
    { name: 'Heat Map', rows: [[b('Impact \\ Likelihood'), b('Low'), b('Medium'), b('High')], ['High', 'ER-02, ER-07', 'ER-01, ER-04', ''], ['Medium', '', 'ER-03', 'ER-05, ER-06']] },
  ];
}

export function trainingNotes(): Block[] {
  return [
    title('Speaker notes — "FedRAMP 101 for new intake desk staff" (deck v4)', 24),
    p('Slide 1 — Welcome. Introduce yourself and the desk. Say that the goal of the session is to know what each document in a package is for, not to review it. Reviews belong to the PMO reviewers and the agency.'),
    p('Slide 2 — The four phases. Partnership, assessment, authorization, continuous monitoring. Ask the room which phase produces the SAR (answer: assessment, written by the 3PAO). Mention that the system is frozen during testing.'),
    p('Slide 3 — The SSP and its attachments. Walk through the list: policies and procedures, user guide, digital identity worksheet, PTA/PIA, rules of behavior, ISCP, CMP, IRP, CIS/CRM, FIPS 199, separation of duties, laws and regulations, inventory. Point out that the inventory is also a monthly ConMon deliverable.'),
    p('Slide 4 — SAP and SAR. The SAP says how the 3PAO will test; the SAR says what it found, with the risk exposure table and the recommendation. Show where the recommendation usually sits (executive summary).'),
    p('Slide 5 — POA&M. One row per weakness; header row starts with "POAM ID". Remind people that the desk never edits a POA&M, even to fix an obvious typo.'),
    p('Slide 6 — The ATO letter comes from the agency, signed by the AO. A letter of intent to sponsor is not an ATO. A FedRAMP Ready e-mail is not an ATO either.'),
    p('Slide 7 — Things that are NOT package deliverables but land on our desk anyway: review comment matrices, kickoff agendas, engagement letters, 3PAO accreditation certificates, SOC reports and bridge letters, incident reports. Log them, file them in the "correspondence" folder, do not count them toward completeness.'),
    p('Slide 8 — Naming. Show the PKG-nnnn-nn scheme and the receipt log. Original names go into the log; never rename the extension.'),
    p('Slide 9 — Quiz. Ten files, sort them into deliverable or correspondence. Leave five minutes.'),
    p('Slide 10 — Questions. Remind everyone of the desk mailbox and the escalation path to the desk lead.'),
  ];
}

export function caiq(csp: Csp): Sheet[] {
  const qs: [string, string, string, string][] = [
    ['A&A-01.1', 'Are audit and assurance policies, procedures, and standards established, documented, approved, communicated, applied, evaluated, and maintained?', 'Yes', 'Covered by the internal audit charter and annual audit plan.'],
    ['A&A-02.1', 'Are independent audit and assurance assessments conducted according to relevant standards at least annually?', 'Yes', 'SOC 2 Type 2, ISO 27001 surveillance audits and FedRAMP annual assessment.'],
    ['BCR-01.1', 'Are business continuity management and operational resilience policies and procedures established?', 'Yes', 'See the business continuity policy; system-level plans exist for each product.'],
    ['CCC-01.1', 'Are risk management policies and procedures associated with changing organizational assets established?', 'Yes', 'Change management standard; CAB for production changes.'],
    ['CEK-03.1', 'Are data at-rest and in-transit cryptographically protected using cryptographic libraries certified to approved standards?', 'Yes', 'FIPS 140-validated modules in the government offering; commercial offering uses the same libraries.'],
    ['DSP-05.1', 'Is data flow documentation created to identify what data is processed and where it is stored and transmitted?', 'Yes', 'Data flow diagrams maintained per product.'],
    ['IAM-14.1', 'Are strong authentication capabilities implemented for all access to systems?', 'Yes', 'MFA enforced for workforce; customers can enforce MFA through SSO.'],
    ['SEF-01.1', 'Are security incident management policies and procedures established?', 'Yes', 'Incident response standard and product-specific playbooks.'],
    ['TVM-01.1', 'Are threat and vulnerability management policies and procedures established?', 'Yes', 'Monthly authenticated scanning; annual third-party penetration test.'],
  ];
  return [
    { name: 'CAIQv4.0.3', rows: [[b('Consensus Assessments Initiative Questionnaire v4.0.3')], [`Respondent: ${csp.name} — completed for a commercial enterprise customer's vendor risk review`], [], [b('Question ID'), b('Question'), b('CSP CAIQ Answer'), b('SSRM Control Ownership'), b('CSP Implementation Description (Optional/Recommended)')], ...qs.map(([id, q, a, c]) => [id, q, a, 'CSP-owned', c])] },
    { name: 'Version', rows: [['CAIQ version', '4.0.3'], ['Cloud Security Alliance', 'STAR Level 1 self-assessment']] },
  ];
}

export function pentestRoe(csp: Csp, date: string): Block[] {
  return [
    line(`${csp.name} — Internal Memorandum`, true),
    line(`Date: ${date}`),
    line('To: Red Team; Site Reliability Engineering; SOC'),
    line(`From: ${csp.ciso}, CISO`),
    line('Subject: Rules of engagement for the Q2 internal red team exercise (commercial platform)', true),
    p(`This memo sets the rules of engagement for the internal red team exercise against the commercial multi-tenant platform in the us-east-2 commercial region. The exercise is an internal purple-team activity run by ${csp.short}'s own red team; it is not part of any FedRAMP assessment and the government environment is out of scope.`),
    h2('In scope'),
    bullets('Commercial production web tier and APIs (*.app.example-commercial.test)', 'Corporate identity provider (phishing simulation with pre-approved pretexts only)', 'Commercial Kubernetes clusters in us-east-2'),
    h2('Out of scope'),
    bullets(`The ${csp.cso} government environment and its management plane`, 'Customer-owned assets and third-party SaaS', 'Physical intrusion and social engineering of the help desk'),
    h2('Rules'),
    bullets('Testing window 20:00–06:00 ET on weekdays, 18 days starting the Monday after this memo.', 'No denial of service; no destructive actions; no exfiltration of real customer data — use the seeded canary records.', 'Stop and call the SOC lead immediately if a real intruder\'s artifacts are found.', 'The SOC is not told the window in advance; the white cell (CISO office) can halt the exercise at any time.'),
    h2('Deconfliction'),
    p('The red team registers its source IPs and tool hashes with the white cell. If the SOC escalates an alert to a SEV-1, the white cell confirms within 15 minutes whether the activity is part of the exercise.'),
    h2('Reporting'),
    p('The red team delivers a findings report within two weeks of the end of the exercise. Findings are handled through the commercial vulnerability management process.'),
  ];
}

export function transmittalMemo(csp: Csp, agency: Agency, date: string): Block[] {
  return [
    line('FedRAMP Program Management Office', true),
    line('Intake and Document Control Desk'),
    line(date),
    line(`To: ${agency.cio}, ${agency.name}`),
    line(`Subject: Transmittal — resubmitted package documents, ${csp.cso} (${csp.fedrampId})`, true),
    p(`The following documents were received from ${csp.name} on ${date} in response to the PMO's review round 2 and have been placed in the package folder of the secure repository. This transmittal lists what was received; it is not a review of the documents and does not change the status of any review.`),
    table([['Desk No.', 'Document as submitted', 'Version', 'Note'], ['PKG-0231-14', 'System Security Plan', '3.2', 'Replaces 3.1'], ['PKG-0231-15', 'Integrated Inventory Workbook', 'March', 'Monthly'], ['PKG-0231-16', 'POA&M', 'March', 'Monthly'], ['PKG-0231-17', 'CIS/CRM Workbook', '2.3', 'IA-2(12) statement added'], ['PKG-0231-18', 'Comment matrix with CSP responses', 'Round 2', 'For reviewer']]),
    p('Please let the desk know if the agency needs the files transferred to its own repository. Questions about content go to the package lead.'),
    line(`${DESK.officer}, Document Control Officer`),
    line(DESK.mailbox),
  ];
}

export function soc2Excerpt(csp: Csp): Block[] {
  return [
    title(`${csp.name}`, 28),
    title('SOC 2® Type 2 Report', 40),
    line(`Report on ${csp.short}'s Description of Its Cloud Platform Services System and on the Suitability of the Design and Operating Effectiveness of Its Controls Relevant to Security, Availability and Confidentiality`, false, 'center'),
    line('For the period October 1, 2023 to September 30, 2024', false, 'center'),
    { kind: 'break' },
    h1('Section I — Independent Service Auditor\'s Report'),
    p(`To the Management of ${csp.name}:`),
    h2('Scope'),
    p(`We have examined ${csp.short}'s accompanying description of its cloud platform services system titled "${csp.short}'s Description of Its Cloud Platform Services System" throughout the period October 1, 2023 to September 30, 2024, based on the criteria for a description of a service organization's system set forth in DC Section 200, 2018 Description Criteria for a Description of a Service Organization's System in a SOC 2® Report, and the suitability of the design and operating effectiveness of controls stated in the description to provide reasonable assurance that ${csp.short}'s service commitments and system requirements were achieved based on the trust services criteria relevant to security, availability and confidentiality set forth in TSP Section 100, 2017 Trust Services Criteria.`),
    h2('Service Organization\'s Responsibilities'),
    p(`${csp.short} is responsible for its service commitments and system requirements and for designing, implementing and operating effective controls within the system to provide reasonable assurance that those commitments and requirements were achieved.`),
    h2('Opinion'),
    p('In our opinion, in all material respects, the description presents the system that was designed and implemented throughout the period in accordance with the description criteria, and the controls stated in the description were suitably designed and operated effectively throughout the period to provide reasonable assurance that the service commitments and system requirements were achieved based on the applicable trust services criteria.'),
    line('Harrow, Pell & Lindqvist LLP — Certified Public Accountants — November 22, 2024'),
    h1('Section IV — Trust Services Criteria, Related Controls and Tests of Controls (excerpt)'),
    table([['Criteria', 'Control', 'Test Performed', 'Result'], ['CC6.1', 'Logical access to production requires MFA through the corporate IdP.', 'Inspected IdP policy; observed login for a sample of 25 engineers.', 'No exceptions noted.'], ['CC6.2', 'Access is approved by the manager before provisioning.', 'Inspected tickets for 40 new accounts.', 'No exceptions noted.'], ['CC7.2', 'Security events are monitored by the SOC 24x7.', 'Inspected SIEM alert rules and 25 alert tickets.', 'No exceptions noted.'], ['A1.2', 'Backups are performed daily and restores tested quarterly.', 'Inspected backup logs and restore test records.', 'One exception: Q2 restore test not documented.']]),
  ];
}
