/** Look-alikes: documents a CSP working in Microsoft 365 also has that are not FedRAMP deliverables. */
import type { Section } from './common.js';
import { AGENCY, CSP, SYS, TPAO } from './common.js';

/** Teams transcript lines: [speaker, text]. */
export const kickoffTranscript: [string, string][] = [
  ['Priya Natarajan', 'Okay, I think everyone is here. This is the ATO kickoff with FGMA, thanks for joining. Recording is on and the transcript is running.'],
  ['Tom Reyes (FGMA)', 'Thanks Priya. From our side we want to understand the timeline for the SSP and when Kestrel will start the SAP.'],
  ['Priya Natarajan', 'So the System Security Plan is at version 2.2, we are closing comments from your ISSO this week. We expect to upload 2.3 to the SharePoint external site by Friday.'],
  ['Marcus Oyelaran (Kestrel)', 'On the 3PAO side we will send the draft Security Assessment Plan two weeks after we get the final SSP and the inventory workbook.'],
  ['Tom Reyes (FGMA)', 'And the POA&M, do you have one yet or will it come out of the SAR?'],
  ['Priya Natarajan', 'We have an internal POA&M from our readiness work, about forty items, mostly scan findings. The formal one will be built from the SAR.'],
  ['Dana Whitfield', 'Just to add, we need the ATO letter by end of June because the grants modernisation program goes live in July.'],
  ['Tom Reyes (FGMA)', 'Understood. Our AO wants a briefing before signing, so plan for a SAR readout meeting in early June.'],
  ['Marcus Oyelaran (Kestrel)', 'That works if testing starts April seventh. We also need the rules of engagement signed off by your SOC.'],
  ['Priya Natarajan', 'Action items: I will send the SSP, Marcus sends the SAP draft, Tom confirms the AO briefing date. Anything else? Okay, thanks all.'],
];

export const sarReadoutTranscript: [string, string][] = [
  ['Marcus Oyelaran', 'Thanks for having us. I will walk through the Security Assessment Report at a high level and then the risk exposure table.'],
  ['Marcus Oyelaran', 'Overall we tested 323 controls, four are partially implemented. Two High findings, twenty-one Moderate, thirty-three Low.'],
  ['Tom Reyes', 'The OpenSSL one on the bastion hosts, is that fixed?'],
  ['Jake Lindqvist', 'Yes, we patched it last week, we will provide the rescan evidence with the POA&M update.'],
  ['Harold Benavides', 'What is your recommendation overall?'],
  ['Marcus Oyelaran', 'Kestrel recommends authorization, conditional on the two Highs being closed within thirty days.'],
  ['Harold Benavides', 'Okay. I would like to see the updated POA&M before I sign the ATO letter. Tom, can you track that?'],
  ['Tom Reyes', 'Will do. Priya, please upload it to the package folder and tag me in Teams.'],
  ['Priya Natarajan', 'Sure, by Thursday. We will also send the deviation request for the self-signed certificate finding.'],
  ['Harold Benavides', 'Fine. Thanks everyone, good work.'],
];

export const oneNoteReadiness = [
  'ATO readiness - weekly notes',
  'Tuesday, March 4, 2025   9:12 AM',
  'Attendees: Priya, Jake, Elena (Cloud Ops), Sam (GRC intern)',
  'Status',
  '  * SSP v2.2 - 41 open comments from FGMA ISSO, Elena owns CM and SC families',
  '  * Inventory workbook - need to reconcile 12 EC2 instances missing from the last Nessus scan',
  '  * Policies - AU and IR procedures still in draft, Jake to finish by 3/14',
  '  * ISCP test - tabletop scheduled 3/20, need the call tree updated',
  'Risks / blockers',
  '  * Kestrel needs scan credentials 5 days before testing - create service account',
  '  * Vendor for the worker image will not fix the self-signed cert until v9 -> probably a deviation request',
  'Decisions',
  '  * Keep Defender for Cloud out of boundary; corporate only',
  '  * Use the FedRAMP POA&M template v2.1, not our Jira export',
  'Next meeting: 3/11. Sam to update the Planner board.',
];

export const redTeamRoe: Section[] = [
  ['Purpose', `This memorandum authorises the internal Red Team of ${CSP} to conduct an adversary emulation exercise against the corporate Microsoft 365 tenant and employee endpoints from 10 to 21 March 2025. It is an internal exercise and is not part of any FedRAMP or third-party assessment.`],
  ['Scope', 'In scope: corporate Entra ID tenant, Exchange Online, SharePoint Online, Windows 11 endpoints enrolled in Intune, and phishing of volunteers who opted in. Out of scope: the NimbusLedger GovCloud Platform production environment, customer data, and any third-party systems.'],
  ['Rules', ['No destructive actions or data exfiltration beyond canary files.', 'Stop and notify the CISO immediately on discovering evidence of real compromise.', 'Daily check-in with the White Cell at 16:00.', 'All activity from the designated red team laptops with asset tags RT-01 to RT-04.']],
  ['Authorisation', 'Approved by the Chief Information Security Officer and the General Counsel. The trusted agent is the Director of IT.'],
];

export const hipaaPolicy: Section[] = [
  ['Purpose', `This policy establishes how ${CSP} protects electronic protected health information (ePHI) it may receive as a business associate under the HIPAA Security Rule (45 CFR Part 164, Subpart C) for its commercial healthcare clearinghouse customers.`],
  ['Administrative Safeguards', 'The Security Official conducts an annual risk analysis under 164.308(a)(1)(ii)(A), maintains a sanction policy, and reviews information system activity. Workforce members receive HIPAA training at hire and annually.'],
  ['Physical Safeguards', 'Facility access controls, workstation use and security, and device and media controls are applied in accordance with 164.310.'],
  ['Technical Safeguards', 'Access control, audit controls, integrity, person or entity authentication and transmission security are implemented per 164.312. ePHI is encrypted at rest and in transit.'],
  ['Breach Notification', 'Breaches of unsecured PHI are reported to the covered entity without unreasonable delay and no later than 30 days after discovery, per the business associate agreement.'],
  ['Applicability', 'This policy applies to the commercial Nimbus Health Ledger product. It does not apply to the GovCloud platform, which is governed by its own FedRAMP documentation.'],
];

export const jobDescription: Section[] = [
  ['About the Role', `${CSP} is hiring an Information System Security Officer (ISSO) to support our FedRAMP Moderate authorized ${SYS}. You will own the day-to-day security compliance of the platform and be the main point of contact for agency ISSOs.`],
  ['What You Will Do', ['Maintain the System Security Plan and its attachments', 'Coordinate annual assessments with our 3PAO', 'Prepare monthly continuous monitoring deliverables: POA&M, scan results, inventory', 'Review audit logs and lead incident response coordination', 'Draft significant change requests and deviation requests']],
  ['What You Bring', ['5+ years in federal security compliance (FedRAMP, FISMA, NIST RMF)', 'Hands-on experience with NIST SP 800-53 Rev. 5', 'CISSP or CISM preferred', 'Ability to obtain a Public Trust clearance']],
  ['Benefits', 'Hybrid work (Arlington, VA), 401(k) match, 20 days PTO, annual training budget. Nimbus Ledger Systems is an equal opportunity employer.'],
];

export const soc2Bridge: Section[] = [
  ['Bridge Letter', `To the customers of ${CSP}: Our most recent SOC 2 Type II report, issued by Harlow & Pike LLP, covered the period October 1, 2023 through September 30, 2024 for the Nimbus Ledger commercial and government services, against the Trust Services Criteria for Security, Availability and Confidentiality.`, 'This bridge letter covers the period from October 1, 2024 to March 31, 2025, the date of this letter. Management is not aware of any material changes to the system of internal control described in the report, nor of any material failures of controls, during the bridge period.', 'The next SOC 2 Type II report, covering October 1, 2024 through September 30, 2025, is expected to be issued in November 2025.', 'This letter is provided for the information of customers and their auditors and does not replace the independent service auditor\'s report.'],
];

export const isoCertificate = [
  'CERTIFICATE OF REGISTRATION',
  'This is to certify that the Information Security Management System of',
  CSP,
  '1200 Wilson Blvd, Suite 800, Arlington, VA 22209, USA',
  'has been assessed and registered by Meridian Certification Services as conforming to the requirements of',
  'ISO/IEC 27001:2022',
  'Scope: The information security management system supporting the development, operation and support of cloud-based financial ledger software services, in accordance with the Statement of Applicability version 4.1 dated 12 January 2025.',
  'Certificate number: MCS-ISMS-40771   Initial certification: 14 March 2022   Issue date: 14 March 2025   Expiry date: 13 March 2028',
  'The validity of this certificate depends on successful annual surveillance audits. Verify at www.meridiancert.example/verify.',
  'Signed on behalf of Meridian Certification Services: Olivia Fairbanks, Managing Director',
];

export const dlpIncident: Section[] = [
  ['Alert Summary', [['Field', 'Value'], ['Alert ID', 'da7f3c2e-0b19-4d5e-9a61-2c44e8f1b073'], ['Policy', 'U.S. Financial Data - Exchange & SharePoint'], ['Severity', 'Medium'], ['Status', 'Resolved'], ['User', 'jake.lindqvist@nimbusledger.com'], ['Detected', '2025-02-11 14:32 UTC']]],
  ['Events', 'A document containing 14 instances of the sensitive information type "U.S. Bank Account Number" was shared externally from SharePoint site /sites/GRC to an external guest account. The policy tip was overridden with the business justification "Sending test data to auditor".'],
  ['Investigation Notes', 'The security analyst confirmed with the user that the file contained synthetic test data generated for the assessment. No customer data was involved. The external share was revoked and the user was reminded of the data handling procedure.'],
  ['Resolution', 'Classified as false positive - synthetic data. Closed by SOC analyst E. Mora on 2025-02-12.'],
];

export const powerBi: Section[] = [
  ['ConMon KPI Dashboard - February 2025', 'Data refreshed 3/3/2025 6:00 AM. Source: GRC SharePoint lists, Tenable.io, Jira.'],
  ['Open findings by severity', [['Severity', 'Open', 'Overdue', 'Trend'], ['High', '2', '0', 'down'], ['Moderate', '19', '3', 'flat'], ['Low', '31', '5', 'up']]],
  ['Mean time to remediate (days)', [['Month', 'High', 'Moderate', 'Low'], ['Nov', '21', '64', '120'], ['Dec', '18', '70', '131'], ['Jan', '25', '58', '117'], ['Feb', '16', '61', '109']]],
  ['Deliverable timeliness', 'Monthly ConMon package delivered on time 11 of the last 12 months. Scan coverage 98.6% of inventory.'],
];

export const secureScore = [
  ['Microsoft Secure Score report', ''],
  ['Tenant', 'nimbusledger.onmicrosoft.com'],
  ['Date', '2025-03-01'],
  ['Current score', '612.4 / 780 (78.5%)'],
];

export const emlScheduling = {
  from: 'Tom Reyes <thomas.reyes@fgma.example.gov>',
  to: 'Priya Natarajan <priya.natarajan@nimbusledger.com>',
  cc: 'Marcus Oyelaran <moyelaran@kestrelassurance.example>',
  subject: 'RE: SAR readout and ATO letter timing',
  body: [
    'Priya,',
    '',
    'Thanks for the update. Our AO is available on June 4 at 10:00 ET for the SAR readout. Please send a Teams invite to the distribution list below and include Marcus so Kestrel can present the risk exposure table.',
    '',
    `Before the meeting we need the updated POA&M uploaded to the package folder, and confirmation that the two High findings are on track for closure. Once the AO has reviewed those, we will route the ATO letter for signature. Realistically that means mid-June at the earliest.`,
    '',
    'Also a reminder that the FGMA ISSO team is on leave the week of June 16, so please do not plan any significant changes that week.',
    '',
    'Thanks,',
    'Tom',
    '',
    'Thomas Reyes',
    `ISSO, Office of the CIO, ${AGENCY}`,
  ],
};

export const emlTraining = {
  from: 'Viva Learning <no-reply@microsoft.com>',
  to: 'grc-team@nimbusledger.com',
  cc: '',
  subject: 'Reminder: Annual security awareness training due in 7 days',
  body: [
    'Hello GRC Team,',
    '',
    'This is a reminder that the following assignments are due in 7 days:',
    '',
    '  - Security Awareness 2025: Phishing and Social Engineering (25 min)',
    '  - Insider Threat Awareness (15 min)',
    '  - Role-based training: Privileged Users of the GovCloud platform (40 min)',
    '',
    'Completion is required to keep access to systems that process federal customer data, as stated in the Rules of Behavior you signed. Open Viva Learning in Microsoft Teams to start.',
    '',
    `If you have questions contact training@nimbusledger.com. This message was sent by ${CSP} through Microsoft Viva Learning.`,
  ],
};

export const tpaoContractNote = TPAO;
