import type { Block, EvalDoc } from '../kit/model.js';
import { day, H, OL, P, T, TBL, UL } from '../kit/model.js';
import { toDocx } from '../kit/docx.js';
import { toPdf } from '../kit/pdf.js';
import { toMarkdown } from '../kit/text.js';
import { approvalBlock, revisionTable, W } from './world.js';

const roles: Block = TBL([
  ['Role', 'Responsibilities'],
  ['System Owner (CEO)', 'Approves this policy; provides resources for its implementation.'],
  ['Head of Security & Compliance (ISSO)', 'Maintains the policy and procedures; performs reviews; reports exceptions.'],
  ['DevOps Lead', 'Implements technical enforcement in AWS GovCloud and Okta; maintains automation.'],
  ['Engineering Manager', 'Ensures engineers follow the procedures; approves access requests for their team.'],
]);

function accessControl(): Block[] {
  return [
    H('1. Purpose'),
    P(`This document establishes the Access Control (AC) policy and the procedures that implement it for ${W.cso} (${W.abbr}), satisfying NIST SP 800-53 Rev. 5 control AC-1 and the AC family of the FedRAMP Moderate baseline. It is Attachment 1 of the ${W.abbr} System Security Plan.`),
    H('2. Scope'),
    P(`The policy applies to all ${W.csp} employees and contractors with access to the ${W.abbr} production environment, to the AWS GovCloud accounts inside the authorization boundary, and to the Okta for Government tenant. Agency customer administrators are covered by the customer responsibilities in the CRM and by the User Guide.`),
    H('3. Roles and Responsibilities'),
    roles,
    H('4. Management Commitment and Coordination'),
    P(`${W.csp} leadership is committed to least privilege and separation of duties. The policy is coordinated with the Configuration Management Plan, the Incident Response Plan and the Separation of Duties Matrix.`),
    H('5. Compliance'),
    P('Compliance is verified through quarterly access reviews, continuous monitoring of CloudTrail and Okta logs, and the annual assessment by the 3PAO. Violations are handled under the HR disciplinary process and may result in termination of access.'),
    H('6. Policy Statements'),
    H('6.1 Account Management (AC-2)', 2),
    UL(
      'Every account is individually assigned; shared accounts are prohibited except the AWS root user, which is sealed (hardware MFA in the office safe, use requires two people).',
      'Access is granted on approved request and removed within 24 hours of termination.',
      'Inactive operator accounts are disabled after 90 days.',
      'Privileged access is reviewed quarterly; non-privileged access annually.',
    ),
    H('6.2 Least Privilege (AC-6)', 2),
    P('Users receive the minimum permission set needed for their job. Production write access is time-bound (maximum 8 hours) through the just-in-time elevation workflow, and every elevation is logged and reviewed.'),
    H('6.3 Session Controls (AC-11, AC-12)', 2),
    P('Application sessions lock after 15 minutes of inactivity and terminate after 12 hours. Operator sessions in SSM Session Manager end after 20 minutes idle.'),
    H('6.4 Remote Access (AC-17)', 2),
    P('Remote administrative access uses SSM Session Manager only; inbound SSH and RDP are blocked. MFA with FIDO2 keys is required.'),
    H('7. Procedures'),
    H('7.1 Requesting Access', 2),
    OL(
      'The requester opens a SEC access ticket in Jira naming the system, permission set and business justification.',
      'The Engineering Manager approves the business need; the Head of Security & Compliance approves production access.',
      'The DevOps Lead adds the Okta group membership through a Terraform pull request that references the ticket.',
      'The requester confirms access and acknowledges the Rules of Behavior in the onboarding checklist.',
    ),
    H('7.2 Quarterly Access Review', 2),
    OL(
      'On the first business day of each quarter the compliance bot exports Okta group membership and IAM Identity Center assignments.',
      'Managers confirm or revoke each entry within ten business days.',
      'Revocations are executed within 24 hours and the export with decisions is stored as evidence.',
    ),
    H('7.3 Termination', 2),
    P('HR triggers deprovisioning in Rippling; Okta suspends the user automatically and the DevOps Lead confirms revocation of any break-glass credentials within the same business day.'),
    H('8. Review and Update'),
    P('This policy is reviewed at least annually and the procedures at least annually, and after significant changes, audit findings or incidents.'),
  ];
}

function infosecMaster(): Block[] {
  const fam = (code: string, name: string, text: string): Block[] => [H(`${code} — ${name}`, 2), P(text)];
  return [
    T('Information Security Policies and Procedures'),
    P(`${W.csp} — ${W.cso}    Version 1.3    Effective January 6, 2025`),
    revisionTable([
      ['2024-06-01', '1.0', 'Initial policy set (SOC 2 oriented)', W.secLead],
      ['2024-10-15', '1.2', 'Re-organized by NIST SP 800-53 Rev. 5 family for FedRAMP', W.secLead],
      ['2025-01-06', '1.3', 'Added PT, SR families; procedure references per family', W.secLead],
    ]),
    H('1. Introduction'),
    P(`This document contains the information security policies and the associated procedures of ${W.csp} that apply to ${W.cso}. Each section addresses the "-1" control of one NIST SP 800-53 Rev. 5 family, as required by the FedRAMP Moderate baseline, and states the policy, the roles, the procedure that implements it and the review frequency. Policies are reviewed at least annually and procedures at least annually.`),
    H('2. Policies by Control Family'),
    ...fam('AC', 'Access Control', 'Access is granted on least privilege and need to know, approved by the requester\'s manager and the ISSO, reviewed quarterly for privileged accounts. Procedure: AC-PR-01 Access Request and Review.'),
    ...fam('AT', 'Awareness and Training', 'All personnel complete security awareness training at hire and annually, plus role-based training for privileged users and insider-threat awareness. Procedure: AT-PR-01.'),
    ...fam('AU', 'Audit and Accountability', 'Security-relevant events are logged centrally, retained 90 days online and one year in archive, and reviewed weekly. Procedure: AU-PR-01 Log Review.'),
    ...fam('CA', 'Assessment, Authorization and Monitoring', 'The system is assessed annually by an accredited 3PAO; the POA&M is updated monthly; continuous monitoring deliverables are provided to the authorizing agency. Procedure: CA-PR-01.'),
    ...fam('CM', 'Configuration Management', 'Baselines are defined as code; every change follows the change control process of the Configuration Management Plan. Procedure: CM-PR-01.'),
    ...fam('CP', 'Contingency Planning', 'The Information System Contingency Plan is tested annually; backups are taken daily and restored quarterly. Procedure: CP-PR-01.'),
    ...fam('IA', 'Identification and Authentication', 'Users are uniquely identified; privileged users use phishing-resistant MFA; passwords follow SP 800-63B. Procedure: IA-PR-01.'),
    ...fam('IR', 'Incident Response', 'Incidents are handled according to the Incident Response Plan and reported to the agency and CISA within one hour of identification. Procedure: IR-PR-01.'),
    ...fam('MA', 'Maintenance', 'Maintenance is performed by authorized personnel through approved tools only; physical maintenance is inherited from AWS. Procedure: MA-PR-01.'),
    ...fam('MP', 'Media Protection', 'No removable media is used in the boundary; media protection for the data center is inherited from AWS GovCloud. Procedure: MP-PR-01.'),
    ...fam('PE', 'Physical and Environmental Protection', 'Fully inherited from AWS GovCloud (US). The corporate office holds no federal data.'),
    ...fam('PL', 'Planning', 'The SSP and the Rules of Behavior are maintained and reviewed annually. Procedure: PL-PR-01.'),
    ...fam('PS', 'Personnel Security', 'Personnel are screened before access; access is revoked at termination. Procedure: PS-PR-01.'),
    ...fam('PT', 'PII Processing and Transparency', 'PII is processed only for the purposes stated in the PIA. Procedure: PT-PR-01.'),
    ...fam('RA', 'Risk Assessment', 'Risk assessments are performed annually; vulnerability scans monthly. Procedure: RA-PR-01.'),
    ...fam('SA', 'System and Services Acquisition', 'External services must be FedRAMP authorized at the same or higher level. Procedure: SA-PR-01.'),
    ...fam('SC', 'System and Communications Protection', 'Boundary protection and FIPS-validated encryption in transit and at rest. Procedure: SC-PR-01.'),
    ...fam('SI', 'System and Information Integrity', 'Flaws are remediated within FedRAMP timelines; malicious code protection and monitoring are in place. Procedure: SI-PR-01.'),
    ...fam('SR', 'Supply Chain Risk Management', 'Suppliers are assessed according to the Supply Chain Risk Management Plan. Procedure: SR-PR-01.'),
    H('3. Exceptions'),
    P('Exceptions require a written risk acceptance by the System Owner and the ISSO, are time-bound (at most one year) and, for findings, are tracked in the POA&M.'),
    H('4. Enforcement'),
    P('Violations of these policies may result in disciplinary action up to and including termination of employment or contract.'),
    ...approvalBlock([
      [W.ceo, 'Chief Executive Officer'],
      [W.secLead, 'Head of Security & Compliance'],
    ]),
  ];
}

function auditPolicy(): Block[] {
  return [
    T('audit & accountability policy and procedures (AU)'),
    P(`Owner: ${W.secLead}   Reviewers: ${W.devops}, ${W.cto}   Status: Approved   Last reviewed: 2025-01-09`),
    P('Part of the FIC information security policy set (SSP Attachment 1). Supersedes the "Logging standard" page from 2023.'),
    H('Purpose'),
    P(`Defines what ${W.cso} logs, how logs are protected and retained, and how they are reviewed. Addresses AU-1 through AU-12 of the FedRAMP Moderate baseline.`),
    H('Policy'),
    UL(
      'AU-2: auditable events are defined in the table below and reviewed annually with the agency.',
      'AU-3: each record contains event type, time (UTC), source, outcome, identity and resource.',
      'AU-4/AU-11: logs are retained for 90 days in Datadog for Government and one year in the S3 log archive with Object Lock (compliance mode).',
      'AU-6: logs are reviewed weekly by the security team; alerts are triaged within one business day.',
      'AU-8: all systems use Amazon Time Sync Service.',
      'AU-9: only the security team can read the log archive; nobody can delete it before retention ends.',
    ),
    H('Events captured'),
    TBL([
      ['Source', 'Events', 'Destination'],
      ['AWS CloudTrail (org trail)', 'Management events, S3 data events on sensitive buckets', 'fic-logarchive S3, Datadog'],
      ['Okta', 'Sign-in, MFA, admin changes', 'Datadog via log stream'],
      ['fic-api', 'Login, role change, export, record delete', 'Datadog'],
      ['EKS', 'Kubernetes audit log', 'CloudWatch → Datadog'],
    ]),
    H('Procedure: weekly log review'),
    OL(
      'Open the "FIC weekly review" dashboard in Datadog every Monday.',
      'Review failed logons, privilege elevations, IAM policy changes and data exports of the past 7 days.',
      'For each anomaly, open a SEC ticket; escalate per the Incident Response Plan if it is an incident.',
      'Record the review in the AU-6 evidence log (date, reviewer, tickets opened).',
    ),
    H('Procedure: audit failure'),
    P('If log delivery stops for more than 15 minutes, Datadog pages the on-call engineer (AU-5). The on-call engineer restores delivery and notes the gap in the evidence log.'),
    H('Review'),
    P('This policy and procedure are reviewed annually and after any significant change.'),
  ];
}

export async function policyDocs(): Promise<EvalDoc[]> {
  const ac = await toDocx({
    headings: 'styles',
    header: `Security & Compliance  /  Policies  /  Access Control Policy and Procedures`,
    footer: 'Exported from Confluence on 2025-01-10. Uncontrolled when printed.',
    date: day('2025-01-10'),
    meta: { title: 'Access Control Policy and Procedures', author: 'Confluence' },
    blocks: [
      T('Access Control Policy and Procedures'),
      TBL([
        ['Document owner', W.secLead],
        ['Version', '1.2'],
        ['Approved by', `${W.ceo} (CEO), 2025-01-08`],
        ['Applies to', `${W.cso} production environment`],
      ], false),
      revisionTable([
        ['2024-07-22', '1.0', 'First version', W.secLead],
        ['2024-12-02', '1.1', 'Aligned with FedRAMP Moderate AC parameters', W.secLead],
        ['2025-01-08', '1.2', 'JIT elevation procedure added', W.devops],
      ]),
      ...accessControl(),
    ],
  });
  const master = await toPdf({
    headings: 'bold',
    header: `${W.csp}  |  Information Security Policies and Procedures  |  Internal`,
    pageNumbers: true,
    date: day('2025-01-06'),
    meta: { producer: 'Skia/PDF m131' },
    blocks: infosecMaster().slice(1),
  });
  const au = toMarkdown({ headings: 'styles', blocks: auditPolicy() });
  return [
    { file: 'AC-policy-v1.2.docx', expected: 'POLICIES_AND_PROCEDURES', note: 'Confluence export of the Access Control policy and procedures (AC-1) of the FIC SSP attachment 1.', data: ac },
    { file: 'doc-0412.pdf', expected: 'POLICIES_AND_PROCEDURES', note: 'Google Docs PDF of the CSP master information security policy set organised by NIST 800-53 family; title only in the page header, no metadata title.', data: master },
    { file: 'upload (3).md', expected: 'POLICIES_AND_PROCEDURES', note: 'Notion export of the Audit and Accountability policy and procedures, lower-case title.', data: au },
  ];
}
