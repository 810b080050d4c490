/**
 * SSP attachments, part one: policies and procedures, user guides, digital identity worksheets, privacy
 * assessments, rules of behavior, contingency plans, configuration management plans.
 */
import {
  Rng, book, br, center, day, docx, gap, h1, h2, h3, longDate, p, pdf, revisionTable, saveBook, setRow, signatureBlock,
  table, title, toc, ul, usDate, writeTable,
} from './common.js';
import type { Block, EvalDoc } from './common.js';
import { CORVANE, HARBOR, LUMEN, NIMBUS, QUILL } from './orgs.js';
import type { Provider } from './orgs.js';

export function cover(csp: Provider, lines: string[], version: string, date: Date): Block[] {
  return [gap, gap, center(csp.legal.toUpperCase(), true), gap, ...lines.map((l, i) => title(l, i === 0 ? 'large' : 'medium')), gap, center(`Version ${version}`), center(longDate(date)), gap, center('Controlled Unclassified Information'), br];
}

// ---------------------------------------------------------------- Attachment 1: policies and procedures

function policyCommon(csp: Provider, family: string): Block[] {
  return [
    h1('Purpose'),
    p(`This document establishes the ${family} requirements that ${csp.legal} applies to the ${csp.system} and to the corporate systems that support it. It implements the first control of the ${family} family of NIST SP 800-53 Rev. 5 as tailored by the FedRAMP ${csp.level} baseline.`),
    h1('Scope'),
    p(`This policy applies to all employees, contractors and third parties who administer, develop, operate or support components inside the ${csp.abbrev} authorization boundary, and to all information processed by those components.`),
    h1('Roles and Responsibilities'),
    table(['Role', 'Responsibilities'], [
      ['Chief Information Security Officer', 'Owns this policy; approves exceptions; reports compliance to executive leadership.'],
      ['Information System Security Officer', 'Maintains the procedures; reviews evidence monthly; coordinates with the 3PAO and the agency AO.'],
      ['System Owner', 'Ensures the system is operated in accordance with this policy and funds required remediation.'],
      ['All personnel', 'Follow this policy and the referenced procedures; report suspected violations to security@' + csp.domain + '.'],
    ]),
    h1('Management Commitment'),
    p(`${csp.short} leadership is committed to protecting federal information and has assigned resources to implement and maintain the controls described here.`),
    h1('Coordination Among Organizational Entities'),
    p('Security Engineering coordinates with Human Resources, Legal, Cloud Operations and Customer Support when a requirement of this policy touches their processes.'),
    h1('Compliance'),
    p('Compliance is verified through continuous monitoring, internal audits and the annual independent assessment. Violations may result in disciplinary action up to and including termination of employment or contract.'),
  ];
}

async function accessControlPolicy(): Promise<EvalDoc> {
  const csp = LUMEN;
  const rng = new Rng('eval:pp:ac');
  const body: Block[] = [
    ...cover(csp, ['Access Control Policy and Procedures', `${csp.system}`], '2.3', day(-140)),
    revisionTable(rng, csp.isso.name, ['2.0', '2.1', '2.2', '2.3'], day(-1100), ['Annual review', 'Added Rev 5 AC-2(13)', 'Updated review frequency', 'Annual review; no material changes']),
    h1('Policy Review and Approval'),
    table(['Approver', 'Title', 'Date'], [[csp.ciso.name, csp.ciso.title, usDate(day(-140))]]),
    br,
    ...policyCommon(csp, 'Access Control (AC)'),
    h1('Policy Statements'),
    h2('Account Management (AC-2)'),
    ul(
      'Information system accounts shall be requested through the access-request workflow and approved by the requester\'s manager and the system owner before creation.',
      'Privileged accounts shall be separate from the user\'s everyday account and shall be reviewed monthly.',
      'Accounts inactive for 90 days (35 days for privileged accounts) shall be disabled automatically.',
      'Accounts of separated personnel shall be disabled within the same business day of separation.',
    ),
    h2('Access Enforcement and Least Privilege (AC-3, AC-6)'),
    p('Access to production resources is granted through role-based groups in the identity provider; no standing administrative access exists, and elevation is time-bound (maximum eight hours) and logged.'),
    h2('Unsuccessful Logon Attempts and Session Controls (AC-7, AC-11, AC-12)'),
    p('Accounts are locked for 30 minutes after three consecutive invalid logon attempts within 15 minutes. Sessions lock after 15 minutes of inactivity and terminate after 12 hours.'),
    h2('Remote Access (AC-17)'),
    p('Remote administrative access is permitted only through the approved zero-trust access broker with phishing-resistant MFA; direct SSH or RDP from the internet is prohibited.'),
    h1('Procedures'),
    h2('Provisioning a New Account'),
    ul('Requester opens an "Access Request" ticket and selects the role group.', 'Manager approves in the ticket; for privileged roles the ISSO also approves.', 'Identity Operations assigns the group in Okta; the ticket is closed with the group name and date.', 'The monthly access review verifies each new grant against its ticket.'),
    h2('Quarterly Access Recertification'),
    p('Every quarter the ISSO exports group membership for all production roles and sends each manager a recertification campaign; access not recertified within 14 days is removed.'),
    h2('Emergency ("Break-Glass") Access'),
    p('Two break-glass accounts are stored in a sealed vault; any use pages the security on-call engineer and is reviewed within one business day.'),
    h1('Exceptions'),
    p('Exceptions must be documented on the Security Exception Form, approved by the CISO and tracked as a risk acceptance in the POA&M where they affect a FedRAMP control.'),
    h1('Review Frequency'),
    p('This policy is reviewed at least every three years; the procedures are reviewed at least annually.'),
  ];
  return {
    file: 'LIP-0140.docx',
    expected: 'POLICIES_AND_PROCEDURES',
    format: 'docx',
    note: 'single-family policy + procedures (Access Control) of SSP Attachment 1, title on cover',
    data: await docx({ props: { title: 'Access Control Policy and Procedures', creator: csp.isso.name, company: csp.legal }, footer: `${csp.short} Internal`, body, date: day(-140) }),
  };
}

async function policyManual(): Promise<EvalDoc> {
  const csp = CORVANE;
  const rng = new Rng('eval:pp:manual');
  const families: [string, string, string][] = [
    ['AC', 'Access Control', 'Access is granted on a need-to-know basis through role-based groups and is reviewed at least quarterly.'],
    ['AT', 'Awareness and Training', 'All personnel complete security awareness training at onboarding and annually, including insider-threat and social-engineering modules.'],
    ['AU', 'Audit and Accountability', 'Security-relevant events are logged centrally, protected from modification and retained for at least one year online and three years total.'],
    ['CA', 'Assessment, Authorization, and Monitoring', 'The system is assessed annually by an independent assessor and monitored continuously according to the agency-approved strategy.'],
    ['CM', 'Configuration Management', 'Baselines are maintained as code; changes follow the change-control procedure and require security impact analysis.'],
    ['CP', 'Contingency Planning', 'The contingency plan is tested annually and backups are verified by restoration tests.'],
    ['IA', 'Identification and Authentication', 'Users are uniquely identified; privileged and remote access require phishing-resistant multi-factor authentication.'],
    ['IR', 'Incident Response', 'Incidents are handled according to the incident response plan and reported to US-CERT/CISA and the agency within one hour.'],
    ['MA', 'Maintenance', 'Maintenance is scheduled through change control; nonlocal maintenance sessions are strongly authenticated and recorded.'],
    ['MP', 'Media Protection', 'Digital media containing federal data does not leave the data center; sanitization is inherited from the IaaS provider.'],
    ['PE', 'Physical and Environmental Protection', 'Physical and environmental protections are inherited from Microsoft Azure Government; corporate offices hold no federal data.'],
    ['PL', 'Planning', 'The security plan and rules of behavior are maintained and reviewed annually.'],
    ['PS', 'Personnel Security', 'Personnel are screened before access and re-screened per position risk designation; access is removed upon separation.'],
    ['RA', 'Risk Assessment', 'Risk assessments are updated annually and vulnerabilities are scanned monthly and remediated within FedRAMP timeframes.'],
    ['SA', 'System and Services Acquisition', 'Security requirements are included in acquisitions and the secure development life cycle is followed.'],
    ['SC', 'System and Communications Protection', 'Boundary protections, FIPS-validated encryption in transit and at rest and key management are enforced.'],
    ['SI', 'System and Information Integrity', 'Flaws are remediated timely, malicious code protection and system monitoring are deployed, and security alerts are acted on.'],
    ['SR', 'Supply Chain Risk Management', 'Suppliers are assessed before onboarding and monitored; component authenticity is verified.'],
  ];
  const body: Block[] = [
    gap, gap, center(csp.legal, true), center('Document ID: CORV-ISP-001'), center(`Issued ${longDate(day(-200))}`), br,
    revisionTable(rng, csp.isso.name, ['3.0', '3.1', '3.2'], day(-900), ['Consolidated policy manual', 'Rev 5 alignment', 'Annual review']),
    table(['Approval', 'Name', 'Date'], [['CISO', csp.ciso.name, usDate(day(-200))], ['General Manager', csp.owner.name, usDate(day(-199))]]),
    br,
    toc('Contents'),
    br,
    title('Information Security Program - Policies and Procedures Manual', 'medium'),
    h1('Introduction'),
    p(`This manual contains the information security policies of ${csp.legal} for the ${csp.system} and the procedures that implement them. Each chapter corresponds to one NIST SP 800-53 control family and satisfies that family's "-1" control (policy and procedures).`),
    h2('Policy Governance'),
    p('Policies are owned by the CISO, reviewed every three years or upon significant change, and published on the intranet. Procedures are owned by the responsible team lead and reviewed annually.'),
  ];
  for (const [code, name, stmt] of families) {
    body.push(h1(`${name} (${code}) Policy`), h2('Policy'), p(`${stmt} This chapter applies to all personnel and systems within the ${csp.abbrev} authorization boundary.`));
    body.push(h2('Procedures'), ul(...rng.sample([
      'The responsible team maintains a runbook in the operations wiki and links each step to the related control.',
      'Evidence (screenshots, exports or tickets) is uploaded to the compliance evidence library each month.',
      'Deviations from the procedure are logged in the exception register with an expiry date.',
      'The ISSO spot-checks execution of the procedure during the monthly continuous monitoring review.',
      'Procedure owners confirm annually that the runbook still matches the deployed tooling.',
    ], 3)));
    body.push(h2('Roles'), p(rng.pick(['Owner: CISO. Operator: Site Reliability. Reviewer: ISSO.', 'Owner: ISSO. Operator: Security Operations. Reviewer: Compliance.', 'Owner: General Manager. Operator: Human Resources. Reviewer: ISSO.'])));
  }
  return {
    file: 'CORV-001 r3.2.pdf',
    expected: 'POLICIES_AND_PROCEDURES',
    format: 'pdf',
    note: 'all-family policy manual as PDF; title appears only after cover, revision history, approvals and TOC',
    data: await pdf({ props: { creator: csp.isso.name }, footer: 'CORV-ISP-001', body, date: day(-200) }),
  };
}

async function auditProcedure(): Promise<EvalDoc> {
  const csp = QUILL;
  const body: Block[] = [
    h1('Purpose'),
    p(`This standard operating procedure describes how ${csp.short} generates, collects, reviews and retains audit records for the ${csp.system}. It supports the Audit and Accountability policy statements in the ${csp.short} Information Security Policy and implements AU-2, AU-3, AU-6, AU-9, AU-11 and AU-12.`),
    h1('Applicability'),
    p('All production hosts, managed databases, load balancers, the identity provider and the CI/CD system.'),
    h1('Logged Events'),
    table(['Event Category', 'Source', 'Examples'], [
      ['Authentication', 'Okta System Log', 'Successful and failed sign-ins, MFA challenges, password resets'],
      ['Privileged activity', 'OCI Audit, sudo logs', 'Policy changes, instance termination, privilege escalation'],
      ['Application', 'Vault API', 'Record access, export, deletion, sharing changes'],
      ['Network', 'VCN flow logs, WAF', 'Denied connections, blocked requests'],
    ]),
    h1('Procedure'),
    h2('Daily Review'),
    ul('Security analyst reviews the "Daily Security Review" dashboard in the SIEM each business day.', 'Alerts of severity High are triaged within 4 hours; Medium within 1 business day.', 'The review is recorded by closing the daily review ticket with findings noted.'),
    h2('Weekly Correlation'),
    p('Each week the ISSO reviews correlated reports for anomalous administrator behaviour and unusual data exports.'),
    h2('Audit Processing Failures'),
    p('If log ingestion from any source stops for more than 30 minutes, the SIEM raises a "log source silent" alert to the on-call engineer, who restores forwarding and documents the gap.'),
    h1('Retention'),
    p('Audit records are retained online for 90 days and in archival object storage for a total of one year, in line with OMB M-21-31 and the FedRAMP parameter for AU-11.'),
    h1('Review of this Procedure'),
    p('Reviewed annually by the Compliance Lead.'),
    ...signatureBlock([{ name: csp.isso.name, title: csp.isso.title }]),
  ];
  return {
    file: 'qs_au_2025.docx',
    expected: 'POLICIES_AND_PROCEDURES',
    format: 'docx',
    note: 'Audit & Accountability SOP; document title only in metadata (body starts at "1 Purpose")',
    data: await docx({ props: { title: 'Audit and Accountability Standard Operating Procedure', creator: csp.isso.name, company: csp.legal }, body, date: day(-65) }),
  };
}

// ---------------------------------------------------------------- Attachment 2: user guide

async function adminGuide(): Promise<EvalDoc> {
  const csp = HARBOR;
  const body: Block[] = [
    ...cover(csp, ['HarborDesk Service Management', 'Agency Administrator Guide'], '2025.3', day(-40)),
    toc(),
    br,
    h1('About this Guide'),
    p('This guide is for agency tenant administrators. It explains how to sign in, manage users and roles, configure the security settings that are the customer\'s responsibility, and export audit data.'),
    h1('Getting Started'),
    h2('Signing In with Your Agency Identity Provider'),
    p('HarborDesk does not store agency passwords. Your tenant is configured to redirect sign-in to your agency SAML 2.0 identity provider; users authenticate with their PIV card or agency-approved MFA.'),
    ul('Go to https://gov.harbordesk.com/<tenant>.', 'Select "Sign in with agency SSO".', 'Complete authentication at your agency IdP.', 'You are returned to the HarborDesk home page.'),
    h2('First-Time Configuration Checklist'),
    ul('Upload your IdP metadata under Settings > Authentication.', 'Map IdP groups to HarborDesk roles.', 'Set the session inactivity timeout (default 15 minutes, maximum 30).', 'Restrict access by IP range if your agency requires it.'),
    h1('Roles and Privileges'),
    table(['Role', 'Privileged?', 'What the role can do'], [
      ['Tenant Administrator', 'Yes', 'Configure authentication, manage roles, view audit logs, configure integrations'],
      ['Service Desk Agent', 'No', 'Create, update and resolve tickets assigned to their groups'],
      ['Change Manager', 'No', 'Approve or reject change requests'],
      ['Requester', 'No', 'Submit requests and view their own tickets'],
      ['Auditor (read-only)', 'No', 'View tickets and audit logs; cannot change data'],
    ]),
    h1('Managing Users'),
    h2('Provisioning with SCIM'),
    p('Enable SCIM 2.0 provisioning under Settings > Users > Provisioning and paste the bearer token into your IdP. Users deactivated in the IdP are deactivated in HarborDesk within five minutes.'),
    h2('Deactivating a User Manually'),
    p('Open Users, select the account, choose Deactivate. Deactivated users cannot sign in; their tickets remain.'),
    h1('Security Settings'),
    table(['Setting', 'Location', 'Default', 'Recommendation'], [
      ['Session timeout', 'Settings > Security', '15 min', 'Keep at 15 minutes or less'],
      ['IP allow list', 'Settings > Security > Network', 'Off', 'Enable with agency egress ranges'],
      ['Attachment types', 'Settings > Tickets', 'Common office formats', 'Block executables'],
      ['Audit log export', 'Settings > Audit', 'Off', 'Stream to agency SIEM via syslog over TLS'],
    ]),
    h1('Exporting Audit Logs'),
    p('Audit logs record sign-ins, role changes, configuration changes and record exports. They can be downloaded as CSV for up to 90 days or streamed continuously to your SIEM.'),
    h1('Getting Help'),
    p(`Contact HarborDesk Government Support at support-gov@${csp.domain} or (415) 555-0100, 24x7. Report suspected security incidents to security@${csp.domain}.`),
  ];
  return {
    file: 'hd_admin_2025.3.docx',
    expected: 'USER_GUIDE',
    format: 'docx',
    note: 'SaaS "Agency Administrator Guide" (never says "User Guide"), roles, security settings',
    data: await docx({ props: { title: 'HarborDesk Agency Administrator Guide', creator: 'HarborDesk Documentation Team', company: csp.legal }, body, date: day(-40) }),
  };
}

async function userManual(): Promise<EvalDoc> {
  const csp = LUMEN;
  const rng = new Rng('eval:ug:manual');
  const chapters: [string, string[]][] = [
    ['Navigating the Workspace', ['The left navigation bar lists Dashboards, Datasets, Reports and Admin.', 'Use the search box to find any object you have permission to view.']],
    ['Connecting Data Sources', ['Supported sources: S3 buckets in your agency account (via cross-account role), SFTP drop, CSV upload, PostgreSQL over private link.', 'Credentials are stored encrypted and are never displayed after entry.']],
    ['Building Dashboards', ['Drag a dataset onto the canvas, choose a visualization, and apply filters.', 'Dashboards are private until shared with a group.']],
    ['Sharing and Permissions', ['Share with groups, not individuals, so access follows your identity provider.', 'Public links are disabled for government tenants.']],
    ['Scheduling Reports', ['Reports can be emailed as PDF to addresses in your agency domain only.', 'Schedules run in UTC.']],
    ['Account and Session Security', ['Sessions end after 15 minutes of inactivity.', 'Three failed sign-ins lock the account for 30 minutes; your tenant admin can unlock it sooner.']],
    ['Administrator Functions', ['Tenant administrators manage groups, data retention and audit exports.', 'All administrator actions are written to the tenant audit log.']],
  ];
  const body: Block[] = [
    ...cover(csp, ['Lumenfield Insight Platform', 'User Manual - Release 2025.2'], '2025.2', day(-60)),
    toc(),
    br,
    h1('Introduction'),
    p('This manual describes how agency analysts and administrators use the Lumenfield Insight Platform. Features available only to administrators are marked [Admin].'),
  ];
  for (const [name, bullets] of chapters) {
    body.push(h1(name), p(`This chapter covers ${name.toLowerCase()}.`), ul(...bullets));
    for (let k = 1; k <= 3; k++) body.push(h2(`${name}: Task ${k}`), p(rng.pick(['Select the object, then choose Actions > Edit.', 'Open the gear menu and select Settings.', 'Confirm the change; a toast notification shows the result.', 'Changes are recorded in the activity history of the object.'])));
  }
  body.push(h1('Troubleshooting'), table(['Symptom', 'Cause', 'Resolution'], [['"Access denied" on a dashboard', 'You are not in a group the dashboard is shared with', 'Ask the owner to share it'], ['Data source shows "stale"', 'Role trust policy changed', 'Re-run the connection wizard']]));
  return {
    file: 'insight-2025.2.pdf',
    expected: 'USER_GUIDE',
    format: 'pdf',
    note: 'product "User Manual" as PDF, chapters of tasks, title on cover',
    data: await pdf({ props: { title: 'Lumenfield Insight Platform User Manual', creator: 'Lumenfield Docs' }, header: 'Lumenfield Insight Platform - User Manual', body, date: day(-60) }),
  };
}

async function quickGuide(): Promise<EvalDoc> {
  const csp = QUILL;
  const body: Block[] = [
    table(['Document Control', ''], [
      ['Document Title', 'Records Vault Customer User Guide'],
      ['System', csp.system],
      ['Audience', 'Agency records managers and end users'],
      ['Owner', csp.owner.name],
      ['Last Reviewed', usDate(day(-90))],
    ]),
    h1('Overview'),
    p('Records Vault stores agency records with retention schedules applied, supports legal holds, and provides full-text search across the records you are allowed to see.'),
    h1('Logging In'),
    p('Use your agency single sign-on link. If you see "No tenant found", contact your records officer to be added.'),
    h1('Uploading Records'),
    ul('Choose Upload, select files (up to 2 GB each).', 'Pick the records series; the retention schedule is applied automatically.', 'Add metadata fields required by your agency.'),
    h1('Searching and Retrieving'),
    p('Search supports phrase queries in quotes, field filters such as series:"Case Files", and date ranges.'),
    h1('Legal Holds'),
    p('Records managers can place a hold on a search result set. Held records cannot be deleted until the hold is released.'),
    h1('Your Responsibilities'),
    ul('Do not upload classified information.', 'Protect exported records according to your agency policy.', 'Report lost devices or suspected compromise to your agency help desk and to Quillstone support.'),
  ];
  return {
    file: 'rv_cust_2025.docx',
    expected: 'USER_GUIDE',
    format: 'docx',
    note: 'short customer guide; title only inside a document-control table, no cover, no metadata title',
    data: await docx({ props: { creator: csp.owner.name, company: csp.legal }, body, date: day(-90) }),
  };
}

// ---------------------------------------------------------------- Attachment 3: digital identity worksheet

async function diwWord(): Promise<EvalDoc> {
  const csp = LUMEN;
  const body: Block[] = [
    ...cover(csp, ['Digital Identity Worksheet', csp.system], '1.2', day(-300)),
    h1('Introduction and Purpose'),
    p('This worksheet documents the digital identity assurance levels selected for the system in accordance with NIST SP 800-63-3, Digital Identity Guidelines, and OMB M-19-17. It records the identity assurance level (IAL), authenticator assurance level (AAL) and federation assurance level (FAL).'),
    h1('Information System Name/Title'),
    table(['Unique Identifier', 'Information System Name', 'Abbreviation'], [['F2306141187', csp.system, csp.abbrev]]),
    h1('Digital Identity Level Definitions'),
    table(['Level', 'Identity Assurance (IAL)', 'Authenticator Assurance (AAL)', 'Federation Assurance (FAL)'], [
      ['1', 'Self-asserted attributes; no identity proofing', 'Single-factor authentication', 'Bearer assertion signed by IdP'],
      ['2', 'Remote or in-person identity proofing', 'Two distinct factors; approved cryptography', 'Bearer assertion, signed and encrypted to RP'],
      ['3', 'In-person or supervised remote proofing', 'Hardware-based authenticator with verifier impersonation resistance', 'Holder-of-key assertion'],
    ]),
    h1('Review of Risk and Impact'),
    table(['Category of Harm', 'Potential Impact Level'], [
      ['Inconvenience, distress, or damage to standing or reputation', 'Moderate'],
      ['Financial loss or agency liability', 'Moderate'],
      ['Harm to agency programs or public interests', 'Moderate'],
      ['Unauthorized release of sensitive information', 'Moderate'],
      ['Personal safety', 'Low'],
      ['Civil or criminal violations', 'Moderate'],
    ]),
    h1('Digital Identity Level Selection'),
    p('Based on the impact analysis above, the following levels are selected:'),
    table(['Assurance', 'Selected Level', 'Rationale'], [
      ['IAL', 'IAL2', 'Agency users are proofed by their agency (PIV issuance); internal staff are proofed by HR with document verification.'],
      ['AAL', 'AAL2 (AAL3 for privileged users)', 'Phishing-resistant authenticators are required for administrators.'],
      ['FAL', 'FAL2', 'SAML assertions are signed and encrypted to the relying party.'],
    ]),
    p('[X] Level 2: Moderate (IAL2/AAL2/FAL2)        [ ] Level 1        [ ] Level 3'),
    h1('Approval'),
    ...signatureBlock([{ name: csp.owner.name, title: 'System Owner' }]),
  ];
  return {
    file: 'lip-1.2.docx',
    expected: 'DIGITAL_IDENTITY_WORKSHEET',
    format: 'docx',
    note: 'FedRAMP-style Digital Identity Worksheet (IAL/AAL/FAL selection), title on cover',
    data: await docx({ props: { title: 'Digital Identity Worksheet', creator: csp.isso.name, company: csp.legal }, look: 'fedramp', body, date: day(-300) }),
  };
}

async function diwXlsx(): Promise<EvalDoc> {
  const csp = CORVANE;
  const wb = book({ creator: csp.isso.name, date: day(-410), company: csp.legal, title: 'E-Authentication Level Determination' });
  const ws = wb.addWorksheet('DIL Determination');
  setRow(ws, 1, [`${csp.system} - E-Authentication / Digital Identity Level Determination (NIST SP 800-63-3)`]);
  ws.getRow(1).font = { bold: true, size: 13 };
  writeTable(ws, 3, ['#', 'Question', 'Response (Yes/No)', 'Notes'], [
    [1, 'Does the system require users to authenticate?', 'Yes', 'All users authenticate via Entra ID (Azure Government)'],
    [2, 'Does the system allow users to access PII of others?', 'Yes', 'Caseworkers view claimant PII'],
    [3, 'Could a compromised credential cause financial loss to the agency?', 'Yes', 'Case disposition affects benefits'],
    [4, 'Could a compromised credential endanger personal safety?', 'No', ''],
    [5, 'Is the system accessed by members of the public?', 'No', 'Agency staff and contractors only'],
    [6, 'Are federation assertions used?', 'Yes', 'Agency IdPs via SAML 2.0 / OIDC'],
  ], { width: 28 });
  const ws2 = wb.addWorksheet('Assurance Levels');
  writeTable(ws2, 1, ['Component', 'Selected Level', 'Justification'], [
    ['Identity Assurance Level (IAL)', 'IAL3', 'Privileged users proofed in person at badge issuance'],
    ['Authenticator Assurance Level (AAL)', 'AAL3', 'PIV/CAC or FIDO2 hardware keys for all users'],
    ['Federation Assurance Level (FAL)', 'FAL2', 'Encrypted assertions'],
  ], { width: 40 });
  setRow(ws2, 6, ['Overall Digital Identity Level', 'Level 3']);
  return {
    file: 'ccg_0522.xlsx',
    expected: 'DIGITAL_IDENTITY_WORKSHEET',
    format: 'xlsx',
    note: 'workbook using the legacy name "E-Authentication Level Determination", sheets "DIL Determination"/"Assurance Levels"',
    data: await saveBook(wb, day(-410)),
  };
}

async function diwPdf(): Promise<EvalDoc> {
  const csp = NIMBUS;
  const body: Block[] = [
    h1('Purpose'),
    p(`This attachment records the identity, authenticator and federation assurance levels chosen for the ${csp.system} and the reasoning behind them, as required by the FedRAMP SSP template (Attachment 3).`),
    h1('Users in Scope'),
    table(['User Population', 'Access Type', 'Authenticator'], [['Nimbuswerk operators', 'Privileged console and API', 'YubiKey FIPS (PIV-derived)'], ['Customer account owners', 'Console and API', 'FIDO2 or agency PIV via federation'], ['Automation identities', 'API', 'Mutual TLS client certificates']]),
    h1('Identity Assurance Level (IAL)'),
    p('Operators are proofed in person by Nimbuswerk Security with two forms of government-issued identification: IAL3. Customer account owners are proofed by their agency: IAL2 minimum.'),
    h1('Authenticator Assurance Level (AAL)'),
    p('All console and API access requires a hardware cryptographic authenticator: AAL3.'),
    h1('Federation Assurance Level (FAL)'),
    p('Federated sign-in accepts only signed and encrypted SAML assertions: FAL2.'),
    h1('Determination'),
    table(['Assurance Type', 'Level'], [['IAL', '3'], ['AAL', '3'], ['FAL', '2']]),
    p(`Approved by ${csp.owner.name}, ${csp.owner.title}, ${longDate(day(-250))}.`),
  ];
  return {
    file: 'NFC-SSP-2024.pdf',
    expected: 'DIGITAL_IDENTITY_WORKSHEET',
    format: 'pdf',
    note: 'digital identity determination as PDF; document name only in the page header ("SSP Attachment 3 - Digital Identity Requirements")',
    data: await pdf({ props: { creator: csp.isso.name }, header: `${csp.system} - SSP Attachment 3 - Digital Identity Requirements`, body, date: day(-250) }),
  };
}

// ---------------------------------------------------------------- Attachment 4: privacy

async function pta(): Promise<EvalDoc> {
  const csp = HARBOR;
  const body: Block[] = [
    title('Privacy Threshold Analysis (PTA)'),
    center(`${csp.system}  -  ${longDate(day(-120))}`),
    h1('System Information'),
    table(['Item', 'Response'], [['System name', csp.system], ['System owner', `${csp.owner.name}, ${csp.owner.email}`], ['Privacy point of contact', `${csp.isso.name}, ${csp.isso.email}`], ['Sponsoring agency', 'U.S. Small Business Administration']]),
    h1('Threshold Questions'),
    table(['#', 'Question', 'Yes/No', 'Explanation'], [
      ['1', 'Does the system collect, maintain, use or disseminate personally identifiable information (PII)?', 'Yes', 'Names, work email addresses and work phone numbers of agency staff who submit tickets.'],
      ['2', 'Does the system collect PII from members of the public?', 'No', 'Only federal employees and contractors.'],
      ['3', 'Does the system collect Social Security numbers?', 'No', ''],
      ['4', 'Is PII retrieved by a personal identifier?', 'Yes', 'Tickets can be retrieved by requester name.'],
      ['5', 'Does the system share PII with other systems or organizations?', 'No', 'Except the agency\'s own integrations.'],
      ['6', 'Is the PII covered by an existing System of Records Notice (SORN)?', 'Yes', 'GSA/GOVT-7 and agency-specific SORNs cover employee contact data.'],
    ]),
    h1('Determination'),
    p('Because the system contains PII about federal staff retrieved by personal identifier, a Privacy Impact Assessment is required. The PIA is included in this attachment package and should be reviewed by the agency Senior Agency Official for Privacy.'),
    ...signatureBlock([{ name: csp.isso.name, title: 'Privacy Point of Contact' }, { name: csp.owner.name, title: 'System Owner' }]),
  ];
  return {
    file: 'hdsm-0322.docx',
    expected: 'PRIVACY_ASSESSMENT',
    format: 'docx',
    note: 'Privacy Threshold Analysis with threshold question table',
    data: await docx({ props: { title: 'Privacy Threshold Analysis', creator: csp.isso.name, company: csp.legal }, body, date: day(-120) }),
  };
}

async function pia(): Promise<EvalDoc> {
  const csp = CORVANE;
  const qa: [string, string][] = [
    ['What information is collected, used, disseminated, or maintained in the system?', 'Claimant name, date of birth, mailing address, telephone number, case number, benefit determinations and supporting documents uploaded by caseworkers; employee names and work contact information.'],
    ['Why is the information being collected?', 'To manage adjudication of cases on behalf of the sponsoring agency.'],
    ['What is the intended use of the information?', 'Case intake, routing, adjudication, appeals and reporting to oversight bodies.'],
    ['With whom will the information be shared?', 'Within the agency program office; with other federal agencies only as permitted by the routine uses in the SORN.'],
    ['What opportunities do individuals have to decline to provide information or consent to particular uses?', 'Notice is provided at collection by the agency; the CSP does not collect directly from individuals.'],
    ['How will the information be secured?', 'FIPS 140-2 validated encryption in transit and at rest, role-based access, audit logging and annual independent assessment under FedRAMP High.'],
    ['Is a System of Records Notice required?', 'Yes. The agency has published a SORN covering the case files.'],
    ['How long is the information retained?', 'According to the agency records schedule (seven years after case closure), after which records are destroyed using NIST SP 800-88 methods.'],
  ];
  const body: Block[] = [
    ...cover(csp, ['Privacy Impact Assessment', csp.system], '3.0', day(-180)),
    h1('Overview'),
    p(`This Privacy Impact Assessment (PIA) is conducted in accordance with Section 208 of the E-Government Act of 2002 and OMB M-03-22. It analyzes how personally identifiable information is handled by the ${csp.system}, a case management service provided to federal agencies.`),
    h1('Privacy Analysis'),
  ];
  qa.forEach(([q, a], i) => body.push(h2(`Question ${i + 1}`), p(q), p(`Response: ${a}`)));
  body.push(
    h1('Privacy Risks and Mitigations'),
    table(['Risk', 'Mitigation'], [['Over-collection of PII in free-text notes', 'Caseworker training; DLP pattern detection on notes'], ['Unauthorized access by CSP staff', 'Just-in-time privileged access with approval; customer-managed keys'], ['Retention beyond schedule', 'Automated retention jobs with monthly verification']]),
    h1('Review and Approval'),
    ...signatureBlock([{ name: csp.isso.name, title: 'Privacy Officer (CSP)' }, { name: 'Agency Senior Agency Official for Privacy', title: 'Sponsoring Agency' }]),
  );
  return {
    file: 'ccg-v3.docx',
    expected: 'PRIVACY_ASSESSMENT',
    format: 'docx',
    note: 'full Privacy Impact Assessment (E-Gov Act s.208 questions)',
    data: await docx({ props: { title: 'Privacy Impact Assessment', creator: csp.isso.name, company: csp.legal }, body, date: day(-180) }),
  };
}

async function ptaPiaPdf(): Promise<EvalDoc> {
  const csp = QUILL;
  const body: Block[] = [
    table(['Form', 'Combined PTA / PIA'], [['System', csp.system], ['Prepared by', `${csp.isso.name} (${csp.isso.email})`], ['Date', usDate(day(-75))], ['Sponsoring agency', 'U.S. Department of Education']]),
    h1('Section A - Does the System Contain PII?'),
    p('Yes. The vault stores agency records that may include names, addresses and student identifiers. Quillstone does not determine what agencies upload; the PII inventory is provided by each agency.'),
    h1('Section B - Sources and Categories of Individuals'),
    ul('Members of the public who correspond with the agency', 'Federal employees and contractors', 'Students and borrowers (Department of Education tenants)'),
    h1('Section C - Uses and Sharing'),
    p('Records are used only for the agency\'s records management purposes. Quillstone staff do not access record content except at the documented request of the agency for support.'),
    h1('Section D - Safeguards'),
    p('Encryption with keys in OCI Vault HSMs, access by agency-controlled roles, immutable audit trail, and annual 3PAO assessment.'),
    h1('Section E - Conclusion'),
    p('The system handles PII; privacy risks are moderate and mitigated by the safeguards above. The agency privacy office should confirm SORN coverage for each tenant.'),
  ];
  return {
    file: 'QRV_0417.pdf',
    expected: 'PRIVACY_ASSESSMENT',
    format: 'pdf',
    note: 'combined PTA/PIA PDF whose name appears only in a table cell ("Combined PTA / PIA")',
    data: await pdf({ props: { creator: csp.isso.name }, body, date: day(-75) }),
  };
}

// ---------------------------------------------------------------- Attachment 5: rules of behavior

const ROB_RULES = [
  'I will use my access only for authorized business purposes and only to the extent needed for my job duties.',
  'I will not share my credentials, authenticators or sessions with anyone, and I will lock my screen whenever I leave my workstation.',
  'I will not attempt to bypass security controls, escalate my privileges, or access data I am not authorized to view.',
  'I will not copy federal data to personal devices, personal cloud storage, or removable media.',
  'I will report suspected security incidents, lost authenticators or policy violations to the Security Operations Center immediately, and in any case within one hour.',
  'I understand that my activity is logged and monitored and that I have no expectation of privacy when using the system.',
  'I will complete security awareness training annually and role-based training before receiving privileged access.',
  'I will use only approved, company-managed devices for administrative access.',
];

async function robPrivileged(): Promise<EvalDoc> {
  const csp = LUMEN;
  const body: Block[] = [
    title('Rules of Behavior'),
    title('Privileged Users', 'medium'),
    center(csp.system),
    h1('Introduction'),
    p(`These Rules of Behavior apply to everyone with privileged (administrative) access to the ${csp.system}. They implement PL-4 and must be read and signed before access is granted and re-acknowledged annually.`),
    h1('Rules'),
    ul(...ROB_RULES),
    ul('I will use my privileged account only for administrative tasks, and my non-privileged account for email, browsing and other everyday work.', 'I will perform production changes only under an approved change record.'),
    h1('Consequences of Non-Compliance'),
    p('Violations may result in loss of access, disciplinary action up to and including termination, and referral to law enforcement.'),
    h1('Acknowledgment'),
    p('I acknowledge that I have read, understand and will comply with these Rules of Behavior.'),
    table(['Printed Name', 'Signature', 'Date'], [['', '', ''], ['', '', '']]),
  ];
  return {
    file: 'LIP_rev0124.docx',
    expected: 'RULES_OF_BEHAVIOR',
    format: 'docx',
    note: 'privileged-user Rules of Behavior with acknowledgment table',
    data: await docx({ props: { title: 'Rules of Behavior - Privileged Users', creator: csp.isso.name, company: csp.legal }, body, date: day(-160) }),
  };
}

async function robAcceptableUse(): Promise<EvalDoc> {
  const csp = HARBOR;
  const body: Block[] = [
    title('Acceptable Use Policy and Rules of Behavior Acknowledgment'),
    center(`${csp.legal} - Government Cloud Workforce`),
    h1('Why You Are Receiving This'),
    p(`You are being granted access to systems that process U.S. Government data in the ${csp.system} environment. Federal requirements (NIST SP 800-53 PL-4 and PS-6) require that you acknowledge the following rules before access is provisioned.`),
    h1('Expected Behavior'),
    ul(...ROB_RULES.slice(0, 6)),
    h1('Prohibited Activities'),
    ul('Installing unapproved software on company devices', 'Connecting production systems to personal networks or hotspots', 'Using generative AI tools with customer data', 'Forwarding customer data to personal email'),
    h1('Monitoring'),
    p('Use of company systems is monitored. Evidence of misuse will be shared with Human Resources and, where appropriate, with the sponsoring agency.'),
    h1('Signature'),
    p('Employee name: ____________________    Employee ID: __________    Signature: ____________________    Date: __________'),
  ];
  return {
    file: 'onboarding-packet-04.pdf',
    expected: 'RULES_OF_BEHAVIOR',
    format: 'pdf',
    note: 'retitled "Acceptable Use Policy and Rules of Behavior Acknowledgment" signature form as PDF',
    data: await pdf({ props: { title: 'AUP and RoB Acknowledgment', creator: 'BrightHarbor People Team' }, body, date: day(-30) }),
  };
}

async function robInternal(): Promise<EvalDoc> {
  const csp = NIMBUS;
  const body: Block[] = [
    h1('Scope'),
    p(`Applies to all Nimbuswerk employees and contractors with any logical access to ${csp.system}, including read-only and support roles.`),
    h1('General Rules'),
    ul(...ROB_RULES),
    h1('Additional Rules for Remote Work'),
    ul('Work only from a private location where screens cannot be overlooked.', 'Use the corporate VPN client; split tunneling is disabled.', 'Never print federal data at home.'),
    h1('Acknowledgment'),
    p('Acknowledged electronically in the learning management system; the acknowledgment record is retained for the duration of employment plus three years.'),
  ];
  return {
    file: 'nfc-internal-2024.docx',
    expected: 'RULES_OF_BEHAVIOR',
    format: 'docx',
    note: 'internal users rules; title only in the running page header ("System Access Agreement and Rules of Behavior")',
    data: await docx({ props: { creator: csp.isso.name, company: csp.legal }, header: `${csp.short} - System Access Agreement and Rules of Behavior (Internal Users)`, body, date: day(-210) }),
  };
}

// ---------------------------------------------------------------- Attachment 6: contingency plan

function cpBody(csp: Provider, rng: Rng, long: boolean): Block[] {
  const out: Block[] = [
    h1('Introduction'),
    p(`This plan establishes procedures to recover the ${csp.system} following a disruption. It follows NIST SP 800-34 Rev. 1 and applies the FedRAMP ${csp.level} requirements for CP-2, CP-4, CP-9 and CP-10.`),
    h2('Background'),
    p('The plan has three phases: Activation and Notification, Recovery, and Reconstitution.'),
    h2('Scope'),
    p(`The plan covers all components inside the authorization boundary hosted in ${csp.iaas}. It does not cover corporate IT or customer-owned systems.`),
    h2('Assumptions'),
    ul('The alternate region is available and unaffected by the event.', 'Backups are current to within the recovery point objective.', 'Key personnel or their alternates are reachable.', 'The identity provider and DNS services remain available.'),
    h1('Concept of Operations'),
    h2('System Description'),
    p('Production runs active in a primary region with infrastructure-as-code capable of rebuilding the stack in the alternate region. Databases replicate asynchronously; object storage replicates cross-region.'),
    h2('Roles and Responsibilities'),
    table(['Role', 'Primary', 'Alternate', 'Responsibilities'], [
      ['Contingency Plan Coordinator', csp.owner.name, csp.engineer.name, 'Declares disruption, activates the plan, coordinates recovery'],
      ['Recovery Team Lead', csp.engineer.name, 'On-call SRE', 'Executes recovery runbooks'],
      ['Security Lead', csp.isso.name, csp.ciso.name, 'Assesses security impact, notifies agencies and FedRAMP if required'],
      ['Communications', 'Customer Success Director', 'Support Manager', 'Status page and agency notifications'],
    ]),
    h1('Business Impact Analysis Summary'),
    table(['Mission/Business Process', 'Maximum Tolerable Downtime', 'RTO', 'RPO'], [
      ['User authentication and access', '24 hours', '4 hours', '15 minutes'],
      ['Core application services', '24 hours', '8 hours', '1 hour'],
      ['Reporting and exports', '72 hours', '24 hours', '24 hours'],
    ]),
    h1('Activation and Notification'),
    h2('Activation Criteria'),
    ul('Complete loss of the primary region or availability zone failures affecting more than one tier', 'Outage expected to exceed the RTO', 'Data corruption requiring restore from backup', 'Security incident requiring rebuild of the environment'),
    h2('Notification Procedures'),
    p('The on-call engineer pages the Contingency Plan Coordinator, who convenes a bridge within 30 minutes and notifies affected agencies within one hour using the call tree in Appendix A.'),
    h1('Recovery'),
    h2('Sequence of Recovery Activities'),
    ul('Freeze deployments and confirm scope of impact.', 'Promote the replica database in the alternate region.', 'Apply infrastructure code to the alternate region with the DR variable set.', 'Switch DNS weighted records to the alternate region.', 'Validate application health checks and run smoke tests.', 'Confirm security tooling (logging, EDR, WAF) is operating in the alternate region.'),
    h2('Recovery Procedures'),
    p('Detailed runbooks are stored in the operations repository under /runbooks/dr and are referenced by step number.'),
    h1('Reconstitution'),
    p('After the primary region is restored, data is re-synchronized, traffic is returned during a scheduled maintenance window, and the plan is deactivated by the Coordinator. Lessons learned are recorded and the plan is updated.'),
    h1('Plan Testing, Training and Maintenance'),
    p('The plan is tested annually with a functional exercise (failover to the alternate region) and all team members receive contingency training within 10 days of assuming a role and annually thereafter. Results are recorded in the contingency plan test report.'),
  ];
  if (long) {
    out.push(h1('Appendices'));
    for (const [name, rows] of [
      ['Appendix A - Personnel Contact List', [[csp.owner.name, csp.owner.phone, csp.owner.email], [csp.isso.name, csp.isso.phone, csp.isso.email], [csp.engineer.name, csp.engineer.phone, csp.engineer.email], [csp.ciso.name, csp.ciso.phone, csp.ciso.email]]],
      ['Appendix B - Vendor Contact List', [['Cloud provider enterprise support', '1-800-555-0150', 'case portal'], ['Identity provider support', '1-888-555-0133', 'support portal'], ['DNS provider', '1-877-555-0199', 'noc@dns.example']]],
    ] as [string, string[][]][]) {
      out.push(h2(name), table(['Name', 'Phone', 'Email'], rows));
    }
    out.push(h2('Appendix C - Backup and Restoration Procedures'));
    for (let i = 1; i <= 12; i++) out.push(h3(`Procedure C.${i}`), p(rng.pick(['Verify the latest automated snapshot completed successfully and record its identifier.', 'Restore the snapshot into an isolated subnet and run integrity checks against row counts.', 'Rotate the restoration credentials after use.', 'Record the elapsed time against the RTO and report deviations to the Coordinator.'])));
    out.push(h2('Appendix D - Alternate Processing Site'), p('The alternate region is geographically separated from the primary region by more than 250 miles and is not susceptible to the same hazards.'));
  }
  return out;
}

async function iscpRetitled(): Promise<EvalDoc> {
  const csp = LUMEN;
  const rng = new Rng('eval:cp:iscp');
  const body: Block[] = [
    ...cover(csp, ['Lumenfield ISCP v4.1 - Business Continuity & DR', csp.system], '4.1', day(-100)),
    revisionTable(rng, csp.isso.name, ['3.0', '4.0', '4.1'], day(-800), ['Initial ISCP', 'Added alternate region us-gov-east-1', 'Post-exercise updates']),
    br,
    toc(),
    br,
    ...cpBody(csp, rng, true),
  ];
  return {
    file: 'Lumenfield_v4.1_final.docx',
    expected: 'CONTINGENCY_PLAN',
    format: 'docx',
    note: 'real-world retitling "ISCP v4.1 - Business Continuity & DR", long with appendices',
    data: await docx({ props: { title: 'Lumenfield ISCP v4.1 - Business Continuity & DR', creator: csp.engineer.name, company: csp.legal }, body, date: day(-100) }),
  };
}

async function drPlanPdf(): Promise<EvalDoc> {
  const csp = CORVANE;
  const rng = new Rng('eval:cp:dr');
  const body: Block[] = [
    gap, center(csp.legal, true), center('CUI'), br,
    revisionTable(rng, csp.engineer.name, ['1.0', '1.1', '2.0'], day(-700), ['Initial release', 'BIA refresh', 'Azure Government paired-region failover']),
    table(['Approver', 'Title', 'Date'], [[csp.owner.name, csp.owner.title, usDate(day(-45))], [csp.isso.name, 'ISSO', usDate(day(-45))]]),
    br,
    title('Disaster Recovery and Continuity of Operations Plan', 'medium'),
    center(csp.system),
    ...cpBody(csp, rng, true),
  ];
  return {
    file: 'ccg-plan-2.0.pdf',
    expected: 'CONTINGENCY_PLAN',
    format: 'pdf',
    note: 'PDF "Disaster Recovery and Continuity of Operations Plan", title after revision history/approvals',
    data: await pdf({ props: { creator: csp.engineer.name }, footer: 'Corvane - CUI', body, date: day(-45) }),
  };
}

async function cpMetadataOnly(): Promise<EvalDoc> {
  const csp = QUILL;
  const rng = new Rng('eval:cp:meta');
  const body: Block[] = [
    table(['Plan Approval', ''], [['Approved by', `${csp.owner.name}, ${csp.owner.title}`], ['Date', usDate(day(-150))], ['Next review', usDate(day(215))]]),
    ...cpBody(csp, rng, false),
  ];
  return {
    file: 'qrv-2025-b.docx',
    expected: 'CONTINGENCY_PLAN',
    format: 'docx',
    note: 'contingency plan whose title is only in document metadata; body starts with approval table then "Introduction"',
    data: await docx({ props: { title: 'Information System Contingency Plan', creator: csp.engineer.name, company: csp.legal }, body, date: day(-150) }),
  };
}

// ---------------------------------------------------------------- Attachment 7: configuration management plan

function cmBody(csp: Provider): Block[] {
  return [
    h1('Purpose and Scope'),
    p(`This plan defines how ${csp.short} identifies, baselines, controls and audits the configuration of the ${csp.system}. It implements CM-1 through CM-11 and SA-10 as tailored for FedRAMP ${csp.level}.`),
    h1('Roles and Responsibilities'),
    table(['Role', 'Responsibilities'], [
      ['Change Control Board (CCB)', 'Reviews and approves normal changes weekly; chaired by the System Owner; ISSO is a voting member'],
      ['Change Requester', 'Submits change records with implementation, test and back-out plans'],
      ['ISSO', 'Performs security impact analysis; determines whether a change is significant under FedRAMP guidance'],
      ['Configuration Manager', 'Maintains baselines and the configuration item inventory'],
    ]),
    h1('Configuration Items'),
    p('Configuration items include infrastructure code, container images, operating system images, network and firewall rules, application code, third-party libraries and security tooling configuration. Each CI is recorded in the CMDB with an owner.'),
    h1('Baseline Configurations'),
    p('Operating system images are hardened to the applicable CIS Benchmark Level 1 (or DISA STIG where available), scanned monthly for compliance, and rebuilt rather than patched in place. Deviations are documented in the baseline exceptions list.'),
    h1('Configuration Change Control'),
    table(['Change Type', 'Approval', 'Examples'], [
      ['Standard', 'Pre-approved by CCB', 'Patching from approved images, certificate renewals'],
      ['Normal', 'CCB', 'New features, infrastructure changes, new ports or services'],
      ['Emergency', 'System Owner + ISSO, retroactive CCB review', 'Fixes for active incidents or KEV vulnerabilities'],
    ]),
    h2('Security Impact Analysis'),
    p('Every normal and emergency change receives a security impact analysis by the ISSO. Changes that alter the authorization boundary, add new external services or change cryptographic modules are escalated as potential significant changes and submitted to the authorizing official before implementation.'),
    h2('Testing and Validation'),
    p('Changes are tested in staging, scanned for vulnerabilities, and validated after deployment against the baseline.'),
    h1('Configuration Monitoring and Auditing'),
    p('Drift detection runs continuously; the Configuration Manager performs a quarterly functional configuration audit comparing the CMDB to the deployed environment and to the integrated inventory workbook.'),
    h1('Tools'),
    ul('Git repositories with protected branches and mandatory reviews', 'CI/CD pipeline with signed artifacts', 'Drift detection and compliance scanning', 'CMDB within the service management tool'),
  ];
}

async function cmpWord(): Promise<EvalDoc> {
  const csp = HARBOR;
  const rng = new Rng('eval:cm:word');
  const body: Block[] = [
    ...cover(csp, ['Configuration Management Plan', csp.system], '1.6', day(-85)),
    revisionTable(rng, csp.isso.name, ['1.4', '1.5', '1.6'], day(-600), ['Annual review', 'Added emergency change path', 'Added container image baselines']),
    br,
    ...cmBody(csp),
  ];
  return {
    file: 'HDSM_SSP_v1.6.docx',
    expected: 'CONFIGURATION_MANAGEMENT_PLAN',
    format: 'docx',
    note: 'Configuration Management Plan, title on cover',
    data: await docx({ props: { title: 'Configuration Management Plan', creator: csp.isso.name, company: csp.legal }, body, date: day(-85) }),
  };
}

async function cmProcPdf(): Promise<EvalDoc> {
  const csp = NIMBUS;
  const body: Block[] = [
    title('Change and Configuration Management Procedures'),
    center(`${csp.system} - Federal Operations`),
    ...cmBody(csp),
    h1('Network Device Configuration'),
    p('Switch and firewall configurations are backed up nightly to the configuration repository and compared against golden templates; unauthorized differences raise a ticket to Network Engineering.'),
  ];
  return {
    file: 'fedops-07.pdf',
    expected: 'CONFIGURATION_MANAGEMENT_PLAN',
    format: 'pdf',
    note: 'retitled "Change and Configuration Management Procedures" PDF',
    data: await pdf({ props: { title: 'Change and Configuration Management Procedures', creator: csp.engineer.name }, body, date: day(-130) }),
  };
}

async function cmpHeaderOnly(): Promise<EvalDoc> {
  const csp = CORVANE;
  const body: Block[] = [
    table(['Version', 'Date', 'Owner'], [['2.0', usDate(day(-70)), csp.isso.name]]),
    ...cmBody(csp),
  ];
  return {
    file: 'corvane-2.0.docx',
    expected: 'CONFIGURATION_MANAGEMENT_PLAN',
    format: 'docx',
    note: 'CM plan whose title is only in the running header',
    data: await docx({ props: { creator: csp.isso.name, company: csp.legal }, header: `${csp.system} | Configuration Management Plan | v2.0`, body, date: day(-70) }),
  };
}

export async function attachmentsA(): Promise<EvalDoc[]> {
  return [
    await accessControlPolicy(), await policyManual(), await auditProcedure(),
    await adminGuide(), await userManual(), await quickGuide(),
    await diwWord(), await diwXlsx(), await diwPdf(),
    await pta(), await pia(), await ptaPiaPdf(),
    await robPrivileged(), await robAcceptableUse(), await robInternal(),
    await iscpRetitled(), await drPlanPdf(), await cpMetadataOnly(),
    await cmpWord(), await cmProcPdf(), await cmpHeaderOnly(),
  ];
}
