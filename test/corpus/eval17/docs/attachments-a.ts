import { renderDocx } from '../kit/docx.js';
import type { Block } from '../kit/model.js';
import { b, h1, h2, i, ol, p, paras, pb, s, table, title, ul } from '../kit/model.js';
import { GOOGLE_PDF, renderPdf } from '../kit/pdf.js';
import { renderMarkdown } from '../kit/text.js';
import type { EvalDoc } from './common.js';
import { CUI_BANNER, ORG, approvals, revisionHistory, toc } from './common.js';

function accessControlPolicy(): Block[] {
  return [
    ...revisionHistory([
      ['2025-02-03', '1.0', 'CMMC L2 AC policy (800-171 3.1.x)', ORG.isso],
      ['2026-04-14', '2.0', 'Rewritten for NIST SP 800-53 Rev5 AC family / FedRAMP Moderate', ORG.isso],
      ['2026-09-30', '2.1', 'Annual review; added AC-2(13) disable within 1 hour for high-risk users', ORG.secEng],
    ]),
    ...approvals([[ORG.ceo, 'CEO'], [ORG.isso, ORG.issoTitle]]),
    pb(),
    h1('1 Purpose'),
    p(`This document establishes the Access Control (AC) policy and procedures for ${ORG.cso} and the Kestrel Forge corporate environment that supports it. It addresses AC-1 and is one of the family policies and procedures that together form SSP Attachment 1, Information Security Policies and Procedures.`),
    h1('2 Scope'),
    p('This policy applies to all Kestrel Forge employees, contractors and systems that store, process or transmit federal customer data within the KMC authorization boundary, and to the corporate identity provider and endpoints used to administer it.'),
    h1('3 Roles and Responsibilities'),
    table([
      ['Role', 'Responsibilities'],
      ['System Owner (CEO)', 'Approves this policy; accepts residual risk for access exceptions.'],
      ['ISSO', 'Maintains the policy; reviews privileged access monthly; approves privileged requests.'],
      ['Engineering managers', 'Approve access requests for their teams; confirm transfers within 24 hours.'],
      ['People Ops', 'Triggers provisioning and deprovisioning from the HRIS.'],
    ]),
    h1('4 Management Commitment and Coordination'),
    p('Kestrel Forge leadership is committed to least privilege. Coordination among the security team, engineering and People Ops occurs in the weekly security sync and is recorded in meeting notes.'),
    h1('5 Compliance'),
    p('Compliance with this policy is verified through monthly privileged access reviews, quarterly user access reviews, continuous monitoring of Okta and CloudTrail events, and the annual 3PAO assessment.'),
    h1('6 Policy'),
    h2('6.1 Account Management (AC-2)'),
    ul(
      'Accounts are provisioned only through Okta lifecycle management from the HRIS.',
      'Privileged accounts require ISSO approval and are reviewed monthly.',
      'Accounts inactive for 90 days are disabled automatically (AC-2(3)).',
      'Accounts of terminated personnel are disabled within 4 hours of separation; within 1 hour for involuntary separation.',
    ),
    h2('6.2 Access Enforcement (AC-3) and Least Privilege (AC-6)'),
    p('Role-based access control is enforced in the KMC application and in AWS through permission sets mapped from Okta groups. Production write access is limited to the SRE on-call group through just-in-time elevation (max 4 hours).'),
    h2('6.3 Unsuccessful Logon Attempts (AC-7)'),
    p('Accounts lock after 3 consecutive invalid attempts within 15 minutes, for 30 minutes or until released by an administrator.'),
    h2('6.4 Session Termination (AC-12) and Remote Access (AC-17)'),
    p('Sessions end after 15 minutes of inactivity for privileged users and 30 minutes for tenant users. Remote administrative access is only through AWS Systems Manager Session Manager.'),
    h1('7 Procedures'),
    h2('7.1 Requesting Access'),
    ol(
      'Requester opens an ACCESS ticket naming the role from the Separation of Duties Matrix.',
      'Manager approves in the ticket; for privileged roles the ISSO approves second.',
      'Okta group membership is granted by automation; the ticket records the change id.',
      'Requester confirms Rules of Behavior acknowledgement before first use.',
    ),
    h2('7.2 Monthly Privileged Access Review'),
    ol(
      'Security Engineering exports Okta group membership for kmc-prod-* groups and AWS IAM Identity Center assignments.',
      'ISSO compares the export with the HRIS roster and open ACCESS tickets.',
      'Discrepancies are removed within 2 business days and recorded in the review log.',
    ),
    h1('8 Review'),
    p('This policy and its procedures are reviewed at least annually and after significant changes, audit findings or incidents.'),
  ];
}

function scPolicyMd(): string {
  const blocks: Block[] = [
    title('System and Communications Protection (SC) Policy and Procedures'),
    p(i(`Part of SSP Attachment 1, Information Security Policies and Procedures — ${ORG.cso}. Owner: ${ORG.secEng}. Approved by ${ORG.ceo} 2026-09-30.`)),
    h1('Purpose'),
    p('Defines the SC family policy (SC-1) for KMC and the procedures engineers follow to meet it. Supersedes the CMMC "SC domain" page (archived).'),
    h1('Scope'),
    p('Everything inside the KMC FedRAMP authorization boundary, plus CI/CD that deploys into it.'),
    h1('Roles'),
    table([['Role', 'Who', 'Duty'], ['Policy owner', ORG.secEng, 'maintain, annual review'], ['Approver', ORG.ceo, 'approve'], ['Platform eng', 'platform team', 'implement boundary + crypto configs']]),
    h1('Policy statements'),
    ul(
      '**SC-7 Boundary protection**: all ingress through WAF + ALB; no public IPs on nodes; egress through NAT with domain allowlist (Network Firewall).',
      '**SC-8 / SC-8(1)**: TLS 1.2+ everywhere, FIPS-validated modules only (see SSP section 10). mTLS inside the mesh.',
      '**SC-12 / SC-13**: keys in AWS KMS (FIPS 140-3 L3); rotation yearly; no app-managed long-lived keys.',
      '**SC-28**: encryption at rest for RDS, S3, EBS, EFS with CMKs.',
      '**SC-39**: process isolation via separate pods/namespaces per tenant-facing service.',
    ),
    h1('Procedures'),
    h2('Opening a new ingress path'),
    ol('Open a change request (CCB) with the data flow.', 'Update the boundary diagram + ports/protocols table in the SSP.', 'Terraform PR needs platform + security approval.', 'Post-deploy: run the external Nessus scan against the new listener.'),
    h2('Certificate and key rotation'),
    ol('ACM certs auto-renew; alarm if < 20 days.', 'KMS CMK rotation is enabled by Terraform module `kms-cmk` — check `enable_key_rotation = true`.', 'Record rotation evidence in the ConMon evidence folder monthly.'),
    h1('Review'),
    p('Annual, or when a significant change touches the boundary. ~~Quarterly~~ (changed 2026-09, too much churn for a 2-person team).'),
  ];
  return renderMarkdown(blocks, { frontMatter: { title: 'SC Policy and Procedures', space: 'security', tags: ['fedramp', 'policy', 'attachment-1'], updated: '2026-09-30' } });
}

function userGuide(admin: boolean): Block[] {
  return [
    h1('1 About This Guide'),
    p(`This User Guide explains how federal customers use ${ORG.cso} and how tenant administrators configure the security features that are the customer's responsibility under the Customer Responsibility Matrix. It is SSP Attachment 2.`),
    h1('2 Getting Access'),
    ...paras(`Your agency's tenant administrator invites you from Admin > Users > Invite. You will receive an email from noreply@kestrelmission.us with a link valid for 24 hours. KMC uses your agency's identity provider through SAML 2.0 or OIDC federation; PIV/CAC login is supported when your agency IdP supports it.

If your agency does not federate, KMC local accounts require a password of at least 14 characters and a phishing-resistant authenticator (FIDO2 security key or platform authenticator).`),
    h1('3 Navigating KMC'),
    table([['Area', 'What it does'], ['Mission Board', 'Plans, tasks and timelines for a mission or exercise'], ['Data Fusion', 'Imports logistics feeds (CSV, NIEM XML, API) and reconciles them'], ['Reports', 'Exports to PDF/CSV; exports are watermarked with the user name'], ['Admin', 'Tenant administration (administrators only)']]),
    h1('4 Working With Mission Data'),
    p('Imports are virus-scanned and validated before they become available. Uploaded files larger than 2 GB must be split. Data marked CUI in your agency must be labelled with the CUI banner option when you create a data set; KMC applies the banner to every export.'),
    ...(admin
      ? [
          h1('5 Tenant Administration'),
          h2('5.1 Security settings you are responsible for'),
          ul('Session timeout (default 30 minutes; may be reduced).', 'IP allowlist for your tenant (recommended).', 'Federation configuration and attribute mapping.', 'Quarterly review of your users and roles (Admin > Access Review exports a CSV).', 'Audit log export to your SIEM (Admin > Audit > Export API key).'),
          h2('5.2 Roles'),
          table([['Role', 'Permissions'], ['Tenant Admin', 'Manage users, roles, settings, audit export'], ['Planner', 'Create and edit missions'], ['Analyst', 'Import and fuse data'], ['Viewer', 'Read only']]),
        ]
      : []),
    h1(admin ? '6 Getting Help' : '5 Getting Help'),
    p('Contact support at support@kestrelmission.us or (571) 555-0100, 24x7 for Severity 1. Report suspected security incidents to security@kestrelforge.io immediately; do not wait for a ticket response.'),
  ];
}

function digitalIdentity(): Block[] {
  return [
    h1('Introduction and Purpose'),
    p(`This Digital Identity Worksheet documents the digital identity level selection for ${ORG.cso} in accordance with NIST SP 800-63-3 and the FedRAMP requirement that the CSP identify the identity assurance level (IAL), authenticator assurance level (AAL) and federation assurance level (FAL) appropriate for the system.`),
    h1('Information System Name/Title'),
    table([['CSP Name', 'Information System Name', 'Information System Abbreviation', 'FIPS 199 Level'], [ORG.csp, ORG.cso, ORG.abbr, 'Moderate']]),
    h1('Digital Identity Level Definitions'),
    table([['Level', 'Description'], ['IAL2', 'Evidence supports the real-world existence of the claimed identity and verifies the applicant is appropriately associated with it (remote or in-person identity proofing).'], ['AAL2', 'High confidence that the claimant controls authenticators bound to the subscriber account; two distinct factors required.'], ['AAL3', 'Very high confidence; hardware-based authenticator and verifier impersonation resistance.'], ['FAL2', 'Assertion is encrypted so only the relying party can decrypt it.']]),
    h1('Review Maximum Potential Impact Levels'),
    table([['Category', 'Potential Impact'], ['Inconvenience, distress, or damage to standing or reputation', 'Moderate'], ['Financial loss or agency liability', 'Low'], ['Harm to agency programs or public interests', 'Moderate'], ['Unauthorized release of sensitive information', 'Moderate'], ['Personal safety', 'Low'], ['Civil or criminal violations', 'Low']]),
    h1('Digital Identity Acceptance Statement'),
    ...paras(`Based on the impact assessment, the selected levels are IAL2, AAL2 and FAL2 for federal customer users. Privileged Kestrel Forge operators authenticate at AAL3 with FIDO2 hardware keys. Customer identity proofing is performed by the agency identity provider through federation; KMC relies on the agency's assertion.

The Authorizing Official accepts these levels as part of the authorization decision. Any change to authentication mechanisms is evaluated as a potential significant change.`),
    table([['Identity Assurance Level (IAL)', 'Authenticator Assurance Level (AAL)', 'Federation Assurance Level (FAL)'], ['IAL2', 'AAL2 (AAL3 privileged)', 'FAL2']]),
  ];
}

export async function attachmentDocsA(): Promise<EvalDoc[]> {
  const out: EvalDoc[] = [];
  out.push({
    file: 'AC Policy & Procedures v2.1.docx',
    expected: 'POLICIES_AND_PROCEDURES',
    note: 'Access Control policy and procedures (AC-1) for KMC, part of SSP Attachment 1 Information Security Policies and Procedures; Google export with bold-paragraph headings.',
    data: await renderDocx([title('Access Control Policy and Procedures', ORG.cso, 'Attachment 1 — Information Security Policies and Procedures', 'Version 2.1 — September 30, 2026'), ...accessControlPolicy()], {
      headings: 'bold',
      title: 'big-bold',
      header: `${ORG.csp} — Internal`,
      pageNumbers: true,
      props: { mode: 'core', title: 'AC Policy & Procedures v2.1', created: '2026-09-30T12:00:00Z' },
    }),
  });
  out.push({ file: 'sc-policy.md', expected: 'POLICIES_AND_PROCEDURES', note: 'Engineering-wiki markdown of the System and Communications Protection policy and procedures (SC-1), part of SSP Attachment 1; POLICIES_AND_PROCEDURES.', data: scPolicyMd() });
  out.push({
    file: 'KMC_User_Guide.docx',
    expected: 'USER_GUIDE',
    note: 'Customer-facing KMC User Guide (SSP Attachment 2) with tenant-administrator security settings; USER_GUIDE.',
    data: await renderDocx([title(`${ORG.cso} User Guide`, 'For federal customer users and tenant administrators', 'Release 2026.10'), ...toc(['1 About This Guide', '2 Getting Access', '3 Navigating KMC', '4 Working With Mission Data', '5 Tenant Administration', '6 Getting Help']), pb(), ...userGuide(true)], {
      headings: 'styles',
      title: 'style',
      footer: '© 2026 Kestrel Forge, Inc.',
      pageNumbers: true,
      props: { mode: 'none' },
    }),
  });
  out.push({
    file: 'guide.md',
    expected: 'USER_GUIDE',
    note: 'Markdown end-user guide for KMC from the docs site (access, navigation, data handling, help); USER_GUIDE.',
    data: renderMarkdown([title('Kestrel Mission Cloud — User Guide'), p('_Applies to: all tenant users. Administrators: see the Admin Guide section in the PDF edition._'), ...userGuide(false)], { frontMatter: { title: 'KMC User Guide', sidebar_position: '2', description: 'How to use Kestrel Mission Cloud' } }),
  });
  out.push({
    file: 'Digital_Identity_Worksheet_KMC.docx',
    expected: 'DIGITAL_IDENTITY_WORKSHEET',
    note: 'FedRAMP Digital Identity Worksheet (SP 800-63-3 IAL/AAL/FAL selection) for KMC; DIGITAL_IDENTITY_WORKSHEET.',
    data: await renderDocx([title('Digital Identity Worksheet', ORG.cso), ...revisionHistory([['2026-05-02', '1.0', 'Initial', ORG.isso]]), ...digitalIdentity()], {
      headings: 'styles',
      title: 'style',
      header: CUI_BANNER,
      props: { mode: 'core', title: 'FedRAMP SSP Attachment 3 Digital Identity Worksheet', creator: 'FedRAMP', lastModifiedBy: ORG.isso, created: '2023-06-30T00:00:00Z', modified: '2026-05-02T17:00:00Z' },
    }),
  });
  out.push({
    file: 'doc-0977.pdf',
    expected: 'DIGITAL_IDENTITY_WORKSHEET',
    note: 'PDF of a signed Digital Identity Worksheet (e-authentication level selection) for KMC; DIGITAL_IDENTITY_WORKSHEET.',
    data: await renderPdf(
      [title('Digital Identity Worksheet', `${ORG.cso} (${ORG.abbr})`, 'FedRAMP Moderate'), ...digitalIdentity(), p(b('Signed: '), `${ORG.isso}, ${ORG.issoTitle} — 2026-06-19`), p(s('Signed: Jordan Wells, former CTO'), ' (left company)')],
      { info: { title: 'Untitled document', producer: GOOGLE_PDF.producer, created: '2026-06-19T18:11:00Z' }, pageNumbers: true },
    ),
  });
  return out;
}
