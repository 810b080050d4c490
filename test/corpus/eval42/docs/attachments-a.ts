import { bold, bullets, h2, p, table } from '../kit/blocks.js';
import type { Block } from '../kit/blocks.js';
import { prose } from '../kit/prose.js';
import { renderProse } from '../kit/render.js';
import { makeRng } from '../kit/rng.js';
import type { EvalDoc } from '../kit/world.js';
import { PROPRIETARY_NOTICE, W } from '../kit/world.js';

const title = (text: string): Block => ({ t: 'title', text });
const sub = (text: string): Block => ({ t: 'subtitle', text });
const big = (text: string): Block => ({ t: 'big', text });

/** Policies and procedures (Attachment 1), user guide (2), digital identity (3), PTA/PIA (4), rules of behavior (5). */
export async function buildAttachmentsA(): Promise<EvalDoc[]> {
  const rng = makeRng(4211);
  const out: EvalDoc[] = [];

  // ---- POLICIES_AND_PROCEDURES (docx) ----
  out.push({
    file: 'MGW-AC-IA-Policy-Procedures.docx',
    expected: 'POLICIES_AND_PROCEDURES',
    note: 'SSP Attachment 1: Access Control and Identification & Authentication policy and procedures for GeoWatch, organised by control family with purpose, scope, roles and procedure steps.',
    data: await renderProse('docx', prose(rng, {
      cover: [sub('SSP Attachment 1'), title('Access Control (AC) and Identification and Authentication (IA) Policy and Procedures'), sub(`${W.cso}`)],
      version: '2.1', date: '02/10/2026',
      approvers: [[W.ciso, 'CISO, Policy Owner'], [W.vpEng, 'System Owner']],
      sections: [
        { h: 'Purpose', body: [`This document establishes the access control and identification and authentication policy for ${W.cso} and the procedures that implement it, satisfying the AC-1 and IA-1 requirements of the FedRAMP Moderate baseline. It is reviewed and updated at least annually and following significant changes.`] },
        { h: 'Scope', body: ['The policy applies to all workforce members, contractors and service accounts with access to the GeoWatch production environment, the imagery archive, the STAC catalog and the supporting management accounts. Hardware Division systems are out of scope and governed by the Technology Control Plan.'], ctx: true },
        { h: 'Roles and Responsibilities', body: [table([['Role', 'Responsibility'], ['CISO', 'Owns this policy; approves exceptions'], ['ISSO', 'Coordinates annual review; monitors compliance'], ['Platform SRE Lead', 'Provisions and de-provisions operator accounts'], ['Tenant Administrator (agency)', 'Manages analyst accounts within the agency tenant']])] },
        { h: 'Policy Statements', body: [bullets('Access is granted on least privilege and need-to-know; each tenant is isolated.', 'Privileged access requires phishing-resistant MFA and just-in-time elevation limited to four hours.', 'Accounts inactive for 90 days are disabled automatically; terminated personnel are removed within the same business day.', 'Session lock occurs after 15 minutes of inactivity on the portal and after 10 minutes on administrative consoles.', 'Passwords, where used, meet NIST SP 800-63B memorized-secret requirements and are checked against breached-password lists.')] },
        { h: 'Procedure AC-2-P1: Provisioning an Operator Account', body: ['1. The requester opens an access ticket naming the role and the business justification. 2. The manager approves in the ticket. 3. The Platform SRE Lead verifies training completion and a signed Rules of Behavior. 4. The account is created in the identity provider and mapped to an IAM Identity Center permission set. 5. The ticket is closed with evidence attached.'], ctx: true },
        { h: 'Procedure AC-2-P2: Quarterly Access Review', body: ['Each quarter the ISSO exports account listings from the identity provider, AWS IAM Identity Center and PostGIS, and sends them to account owners. Owners confirm or revoke each entry within ten business days. Revocations are executed by SRE and evidenced in the review record.'] },
        { h: 'Procedure IA-2-P1: Authenticator Management', body: ['Hardware security keys are issued in person or by tracked shipment, registered against the user identity, and revoked upon loss. Service-account credentials for ingest partners are X.509 certificates with a one-year validity issued by the private CA.'], ctx: true },
        { h: 'Enforcement and Exceptions', body: ['Violations are handled under the HR disciplinary process. Exceptions must be requested in writing, risk-assessed by the ISSO, approved by the CISO and recorded with an expiry date not exceeding one year.'] },
      ],
    }), { header: 'MGW Policies and Procedures — AC/IA', footer: PROPRIETARY_NOTICE, meta: { title: 'AC and IA Policy and Procedures', creator: W.isso } }),
  });

  // ---- POLICIES_AND_PROCEDURES (pdf) ----
  out.push({
    file: 'policy_bundle_SC_SI.pdf',
    expected: 'POLICIES_AND_PROCEDURES',
    note: 'SSP Attachment 1 volume for the SC and SI families: System and Communications Protection and System and Information Integrity policy and procedures.',
    data: await renderProse('pdf', prose(rng, {
      cover: [title('Information Security Policies and Procedures'), sub('Volume 4: System and Communications Protection (SC) and System and Information Integrity (SI)'), sub(W.cso)],
      version: '1.4', date: '01/28/2026',
      approvers: [[W.ciso, 'CISO']],
      sections: [
        { h: 'Purpose and Authority', body: ['This volume sets the SC and SI policy for the GeoWatch environment and the procedures that implement it (SC-1, SI-1). Policies are reviewed annually; procedures are reviewed annually and after any significant change.'] },
        { h: 'SC Policy', body: [bullets('All external interfaces terminate on managed load balancers with WAF.', 'Only FIPS 140-validated cryptography is used to protect federal information.', 'Imagery at rest is encrypted with customer-managed KMS keys.', 'Denial-of-service protection is provided by AWS Shield Standard and rate limits on the tile API.')], ctx: true },
        { h: 'SC Procedures', body: ['SC-7-P1 Firewall rule change: rules are modified only through Terraform merge requests approved by two SRE engineers; the security group diff is attached to the change ticket. SC-12-P1 Key rotation: KMS keys rotate annually; the imagery archive key rotation is confirmed in the quarterly key review.'] },
        { h: 'SI Policy', body: [bullets('Flaws are remediated within FedRAMP timelines: High 30 days, Moderate 90 days, Low 180 days.', 'Malicious code protection runs on all EC2 and EKS nodes.', 'Integrity of imagery is verified by SHA-256 checksums recorded at ingest.')], ctx: true },
        { h: 'SI Procedures', body: ['SI-2-P1 Patch management: monthly AMI rebuilds, emergency rebuilds within 72 hours for CISA KEV entries. SI-4-P1 Monitoring: GuardDuty and the SIEM raise alerts to the on-call SRE, triaged per the Incident Response Plan. SI-7-P1 Scene integrity: checksum mismatches quarantine the scene and notify the ingest team.'] },
        { h: 'Compliance', body: ['Compliance with this volume is monitored by the ISSO through continuous monitoring activities, and deviations are tracked in the POA&M.'] },
      ],
    }), { header: 'Meridian Orbital — Policies & Procedures Vol. 4', meta: { title: 'Policies and Procedures Vol 4', creator: W.ciso } }),
  });

  // ---- USER_GUIDE (docx) ----
  out.push({
    file: 'GeoWatch_UG_2026.docx',
    expected: 'USER_GUIDE',
    note: 'SSP Attachment 2: the GeoWatch User Guide explaining how agency analysts and tenant administrators use the service and its security features.',
    data: await renderProse('docx', prose(rng, {
      cover: [big(`${W.cso}`), title('User Guide'), sub('SSP Attachment 2 — for Agency Analysts and Tenant Administrators')],
      version: '4.0', date: '03/01/2026', notice: PROPRIETARY_NOTICE,
      sections: [
        { h: 'About This Guide', body: ['This guide explains how to sign in, search the imagery archive, order tiles and change-detection products, and administer users in your agency tenant. It also describes the security features you are responsible for using correctly.'] },
        { h: 'Signing In', body: ['Open the portal address given by your tenant administrator and choose Sign in with your agency. You are redirected to your agency identity provider; use your PIV card or security key. After 15 minutes without activity the session locks and you must authenticate again.'] },
        { h: 'Searching Imagery', body: ['Use the map search to draw an area of interest or upload a GeoJSON file. Filter by date range, cloud cover, sensor and resolution. Results come from the STAC catalog; each result shows the licence restriction that applies to the scene.', 'Select a scene to preview its quick-look and metadata. Download options depend on your role: analysts can stream tiles; only users with the Export role can download full-resolution GeoTIFF.'] },
        { h: 'Change Detection', body: ['Create a monitoring job by selecting an AOI, a baseline date and a revisit cadence. Results appear as polygons on the change layer with a confidence score. Export polygons as GeoJSON or Shapefile.'], ctx: true },
        { h: 'Administering Your Tenant', body: [bullets('Invite users and assign roles (Viewer, Analyst, Exporter, Tenant Admin).', 'Review the user list at least quarterly and remove users who no longer need access.', 'Download the tenant audit log from Settings > Audit.', 'Set the tenant IP allow-list if your agency requires it.')] },
        { h: 'Security Features and User Responsibilities', body: ['Do not share accounts or download links. Report suspected misuse to your tenant administrator and to GeoWatch support (security@meridianorbital.example). Customer responsibilities are listed in the CIS/CRM Workbook.'] },
        { h: 'Getting Help', body: ['Support is available 24x7 for Severity 1 issues through the service desk; in-app help articles cover common tasks.'] },
      ],
    }), { header: 'GeoWatch User Guide', meta: { title: 'User Guide', creator: 'Docs Team' } }),
  });

  // ---- USER_GUIDE (md) ----
  out.push({
    file: 'README-admin.md',
    expected: 'USER_GUIDE',
    note: 'Markdown export of the GeoWatch User Guide (SSP attachment) covering secure login, roles and administrator tasks.',
    data: await renderProse('md', [
      { t: 'title', text: 'Meridian GeoWatch — User Guide (FedRAMP SSP Attachment 2)' },
      p('Version 4.0, March 2026. This User Guide is provided to agency customers as an attachment to the GeoWatch System Security Plan.'),
      bold('Audience: agency analysts, exporters, tenant administrators.'),
      h2('1. Accessing GeoWatch'), p('GeoWatch is reached only over HTTPS. Sign in through your agency SSO (SAML 2.0). Multi-factor authentication is enforced by your agency identity provider; GeoWatch rejects assertions without an AAL2 authentication context.'),
      h2('2. Roles'), table([['Role', 'Can do'], ['Viewer', 'Browse catalog, view tiles'], ['Analyst', 'Run change detection, annotate'], ['Exporter', 'Download GeoTIFF and vector exports'], ['Tenant Admin', 'Manage users, allow-lists, API keys']]),
      h2('3. Using the STAC API'), p('Create a personal API token under Profile > Tokens. Tokens expire after 30 days and are scoped to your tenant. Example: `GET /stac/v1/search?bbox=-121.9,44.1,-121.3,44.6&datetime=2026-01-01/2026-03-01`.'),
      h2('4. Secure use'), bullets('Lock your workstation when away.', 'Never paste tokens into tickets or chat.', 'Report lost security keys immediately.', 'Respect imagery licence restrictions shown on each scene.'),
      h2('5. Administrator tasks'), p('Tenant administrators review users quarterly, revoke departed users the same day, and download the audit log monthly for their agency records.'),
      p(context2(rng)),
    ]),
  });

  // ---- DIGITAL_IDENTITY_WORKSHEET (docx) ----
  out.push({
    file: 'upload (7).docx',
    expected: 'DIGITAL_IDENTITY_WORKSHEET',
    note: 'SSP Attachment 3 Digital Identity Worksheet selecting IAL2/AAL2/FAL2 for GeoWatch per NIST SP 800-63-3, with the assurance-level questions answered.',
    data: await renderProse('docx', [
      p('SSP ATTACHMENT 3'),
      { t: 'title', text: 'Digital Identity Worksheet' },
      p(`${W.cso} (${W.acronym}) — ${W.csp}`), p('Version 1.2 — 02/20/2026'),
      bold('Revision History'), table([['Date', 'Version', 'Description', 'Author'], ['07/01/2025', '1.0', 'Initial', W.isso], ['02/20/2026', '1.2', 'Updated for federation with agency IdPs', W.isso]]),
      h2('1. Introduction and Purpose'), p('This worksheet documents the digital identity risk assessment for the system in accordance with NIST SP 800-63-3, determining the Identity Assurance Level (IAL), Authenticator Assurance Level (AAL) and Federation Assurance Level (FAL).'),
      h2('2. Digital Identity Level Selection'),
      table([['Question', 'Answer'], ['Does the system require the user to be identity-proofed?', 'Yes — agency users are proofed by their agency (PIV issuance).'], ['Potential impact of inconvenience, distress or damage to standing or reputation', 'Moderate'], ['Potential impact of financial loss', 'Low'], ['Potential impact of harm to agency programs or public interests', 'Moderate'], ['Unauthorized release of sensitive information', 'Moderate'], ['Personal safety', 'Low'], ['Civil or criminal violations', 'Low']]),
      h2('3. Selected Assurance Levels'), table([['Assurance Level', 'Selected', 'Justification'], ['IAL', 'IAL2', 'Identity proofing inherited from agency credential issuance'], ['AAL', 'AAL2', 'PIV or FIDO2 security key; phishing-resistant for privileged users (AAL3)'], ['FAL', 'FAL2', 'Signed and encrypted SAML assertions from agency IdPs']]),
      h2('4. Digital Identity Acceptance Statement'), p('The system owner accepts the selected levels. Compensating controls: none required. The selection is consistent with the FIPS 199 Moderate categorization.'),
      p(context2(rng)),
      bold('System Owner: Helen Voss        Date: 02/20/2026'),
    ], { headings: 'bold', meta: { title: 'SSP-A03-FedRAMP-Digital-Identity-Worksheet', creator: 'FedRAMP' } }),
  });

  // ---- DIGITAL_IDENTITY_WORKSHEET (pdf) ----
  out.push({
    file: 'MGW_A3_DIW_signed.pdf',
    expected: 'DIGITAL_IDENTITY_WORKSHEET',
    note: 'Signed PDF of the Digital Identity Worksheet (IAL/AAL/FAL determination) for the GeoWatch SSP.',
    data: await renderProse('pdf', [
      p(`${W.csp}  |  ${W.cso}`), { t: 'title', text: 'Digital Identity Worksheet' }, { t: 'subtitle', text: 'NIST SP 800-63-3 Digital Identity Determination — SSP Attachment 3' },
      h2('System Information'), table([['System Name', W.cso], ['FIPS 199 Level', 'Moderate'], ['Identity Provider', 'Agency IdPs (SAML 2.0); Okta for CSP administrators']], false),
      h2('Step 1: Impact Assessment'), p('The risk analysis considered each category of harm in SP 800-63-3 Table 6-1 for authentication errors affecting analysts and administrators. Unauthorized access to derived change products could affect sensitive land-management operations; the impact was rated Moderate.'),
      h2('Step 2: Selected Levels'), bullets('Identity Assurance Level: IAL2', 'Authenticator Assurance Level: AAL2 (AAL3 for privileged CSP operators)', 'Federation Assurance Level: FAL2'),
      h2('Step 3: Acceptance'), p('The undersigned accept the digital identity levels determined above for the system.'),
      table([['Role', 'Name', 'Signature', 'Date'], ['System Owner', W.vpEng, '/s/ H. Voss', '02/21/2026'], ['ISSO', W.isso, '/s/ M. Oyelaran', '02/21/2026']]),
      p(context2(rng)),
    ], { footer: 'CUI', meta: { title: 'MGW_A3_DIW_signed' } }),
  });

  // ---- PRIVACY_ASSESSMENT (docx, PTA) ----
  out.push({
    file: 'PTA.docx',
    expected: 'PRIVACY_ASSESSMENT',
    note: 'SSP Attachment 4 Privacy Threshold Analysis for GeoWatch: screening questions on PII collection (user account data only) concluding a PIA is required for account data.',
    data: await renderProse('docx', prose(rng, {
      cover: [title('Privacy Threshold Analysis (PTA)'), sub(`${W.cso} — SSP Attachment 4`)],
      version: '1.1', date: '01/15/2026',
      approvers: [['Alicia Moreno', 'Chief Privacy Officer'], [W.isso, 'ISSO']],
      sections: [
        { h: 'Overview', body: ['This Privacy Threshold Analysis determines whether the system collects, maintains or disseminates personally identifiable information (PII) and whether a Privacy Impact Assessment (PIA) is required.'] },
        { h: 'PTA Questions', body: [table([['#', 'Question', 'Response'], ['1', 'Does the system collect, maintain, use or disseminate PII about members of the public?', 'No. Imagery is collected at resolutions of 30 cm and coarser; the system does not link imagery to individuals.'], ['2', 'Does the system collect PII about federal employees or contractors?', 'Yes: name, work email, agency, role, IP address and authentication logs for user accounts.'], ['3', 'Is a Social Security Number collected?', 'No'], ['4', 'Is the PII retrieved by a personal identifier?', 'Yes, user records are retrieved by email address.'], ['5', 'Is there a System of Records Notice (SORN)?', 'Covered by GSA/GOVT-7 for account data; agency SORN applies to agency data.']])] },
        { h: 'PTA Determination', body: ['Because the system collects PII about federal users and retrieves it by identifier, a PIA is required. The PIA is maintained as part of SSP Attachment 4.'], ctx: true },
        { h: 'Signatures', body: ['Prepared by the ISSO and reviewed by the Chief Privacy Officer.'] },
      ],
    }), { meta: { title: 'PTA', creator: 'Alicia Moreno' }, header: 'Privacy Threshold Analysis' }),
  });

  // ---- PRIVACY_ASSESSMENT (pdf, PIA) ----
  out.push({
    file: 'scan0031.pdf',
    expected: 'PRIVACY_ASSESSMENT',
    note: 'Privacy Impact Assessment for GeoWatch (PIA sections: data collected, purpose, sharing, notice, retention, safeguards), neutral scanner-like file name.',
    data: await renderProse('pdf', prose(rng, {
      cover: [title('Privacy Impact Assessment (PIA)'), sub(`${W.cso}`), sub('FedRAMP SSP Attachment 4')],
      version: '1.1', date: '01/22/2026',
      sections: [
        { h: 'System Overview', body: [`${W.cso} provides imagery search, tiling and change detection to federal agencies. This PIA covers the PII the system holds about its federal users and support contacts.`], ctx: true },
        { h: 'Section 1: Characterization of the Information', body: ['1.1 What information is collected? Name, agency email, phone (optional), role, authentication events and source IP addresses. 1.2 Sources: agency identity providers via SAML assertions and tenant administrators. 1.3 Why: to authenticate users, enforce least privilege, and audit activity.'] },
        { h: 'Section 2: Uses of the Information', body: ['Information is used only for access control, audit, support and billing reconciliation with the agency. No profiling or secondary use occurs.'] },
        { h: 'Section 3: Retention', body: ['Account records are retained for the life of the account plus three years; audit logs for three years per NARA GRS 3.2 item 031.'] },
        { h: 'Section 4: Internal and External Sharing', body: ['PII is not shared outside the CSP except with the sponsoring agency and law enforcement under legal process. Sub-processors: AWS GovCloud (hosting) and the support ticketing system.'] },
        { h: 'Section 5: Notice, Consent and Redress', body: ['Users receive a Privacy Act statement at first login. Requests for access or correction go to the agency privacy office or privacy@meridianorbital.example.'] },
        { h: 'Section 6: Safeguards', body: ['PII is encrypted in transit and at rest, accessible only to authorized SRE staff, and covered by the incident response procedures for privacy breaches (including US-CERT and agency notification within one hour).'], ctx: true },
      ],
    }), { meta: {} }),
  });

  // ---- RULES_OF_BEHAVIOR (docx) ----
  out.push({
    file: 'ROB_privileged_users_v3.docx',
    expected: 'RULES_OF_BEHAVIOR',
    note: 'SSP Attachment 5 Rules of Behavior for GeoWatch privileged users with the acknowledgment and signature section.',
    data: await renderProse('docx', [
      { t: 'title', text: 'Rules of Behavior' }, { t: 'subtitle', text: `${W.cso} — Privileged Users (SSP Attachment 5)` }, p('Version 3.0 | 01/05/2026'),
      bold('Document Revision History'), table([['Date', 'Version', 'Change', 'By'], ['01/10/2024', '1.0', 'Initial', W.isso], ['01/05/2026', '3.0', 'Added JIT elevation and imagery export rules', W.isso]]),
      h2('1. Introduction'), p('These Rules of Behavior describe the responsibilities and expected behavior of every person with privileged access to the GeoWatch production environment. Users must read and sign these rules before access is granted and annually thereafter.'),
      h2('2. Rules'), bullets(
        'I will use privileged access only for authorized administrative tasks recorded in a ticket.',
        'I will not access customer imagery, AOIs or change products unless required to resolve a support case approved by the tenant.',
        'I will not copy imagery or derived products to personal devices, personal cloud storage or removable media.',
        'I will protect my security key and report its loss within one hour.',
        'I will not disable, bypass or alter audit logging, endpoint protection or security tooling.',
        'I will report suspected incidents to the security on-call immediately.',
        'I understand that my activity is monitored and that violations may result in loss of access and disciplinary action.',
      ),
      h2('3. Consequences of Non-Compliance'), p('Non-compliance may lead to revocation of access, disciplinary action up to termination, and referral for civil or criminal prosecution where federal law applies.'),
      p(context2(rng)),
      h2('4. Acknowledgment'), p('I have read and understand the Rules of Behavior and agree to abide by them.'),
      table([['Name', 'Signature', 'Date'], ['', '', '']]),
    ], { header: 'Rules of Behavior — Privileged Users', footer: PROPRIETARY_NOTICE, meta: { title: 'Rules of Behavior', creator: W.isso } }),
  });

  // ---- RULES_OF_BEHAVIOR (txt) ----
  out.push({
    file: 'rules.txt',
    expected: 'RULES_OF_BEHAVIOR',
    note: 'Plain-text Rules of Behavior for GeoWatch general (agency analyst) users, as pasted into the onboarding portal, with acknowledgment statement.',
    data: await renderProse('txt', [
      { t: 'title', text: 'Meridian GeoWatch Rules of Behavior for General Users' },
      p('FedRAMP SSP Attachment 5 (General Users). Effective 01/05/2026.'),
      p('All users of GeoWatch must accept these Rules of Behavior at first login and annually. They apply to agency analysts, exporters and tenant administrators.'),
      h2('Acceptable use'), bullets('Use GeoWatch only for official agency purposes.', 'Access only the imagery and products your role allows.', 'Comply with the licence restrictions attached to each scene; do not redistribute licensed imagery outside your agency.', 'Do not attempt to access other tenants\u2019 data or probe the service for vulnerabilities.'),
      h2('Account security'), bullets('Do not share your account, PIV credential or API tokens.', 'Log out or lock your session when leaving your workstation.', 'Report suspected compromise to your tenant administrator and to GeoWatch support.'),
      h2('Monitoring and consequences'), p('Use of GeoWatch is monitored and recorded. Misuse may result in suspension of access and referral to your agency for action.'),
      h2('Acknowledgment'), p('By selecting "I Accept" you acknowledge that you have read, understand and will comply with these Rules of Behavior.'),
    ]),
  });
  return out;
}

function context2(rng: ReturnType<typeof makeRng>): string {
  return `Context: ${['The service stores imagery in S3 and vector products in PostGIS.', 'Analysts use the portal and the STAC API.', 'Ground stations are outside the boundary.'][rng.int(0, 2)]} This document is maintained by the ISSO and reviewed annually.`;
}
