import type { Block } from '../kit/blocks.js';
import { bullets, h1, h2, h3, line, numberHeadings, p, table, title, tocOf } from '../kit/blocks.js';
import { acronyms, maintenance, purposeScope, references } from './common.js';
import type { Agency, Csp } from './orgs.js';
import { approvals, distribution, proprietary, revisionHistory } from './orgs.js';

const brk: Block = { kind: 'break' };

function cover(csp: Csp, name: string, version: string, date: string, extra: string[] = []): Block[] {
  return [line(csp.name, true, 'center'), line(csp.cso, false, 'center'), title(name, 48), ...extra.map((e) => line(e, false, 'center')), line(`Version ${version}`, false, 'center'), line(date, false, 'center')];
}

/** Attachment 6: Information System Contingency Plan (NIST SP 800-34 structure). */
export function iscp(csp: Csp, version: string, date: string, withCover: boolean): Block[] {
  const body = numberHeadings([
    ...purposeScope(csp, 'the contingency planning, recovery and reconstitution capability', `It was developed following NIST SP 800-34 Revision 1 and the FedRAMP ISCP template, and satisfies the CP family controls of the FedRAMP ${csp.level} baseline.`),
    h2('Assumptions'),
    bullets(
      'The alternate processing region is fully operational and not affected by the event that disrupted the primary region.',
      'Key personnel identified in Appendix A, or their alternates, are available and can reach the recovery tooling remotely.',
      'Backups are current to the Recovery Point Objective and have been restored successfully in the most recent contingency plan test.',
      'The underlying infrastructure provider maintains its own contingency capability, inherited as documented in the CIS/CRM workbook.',
    ),
    h1('Concept of Operations'),
    h2('System Description'),
    p(`${csp.acronym} runs active-passive across two regions of ${csp.hosting}. Databases replicate asynchronously to the alternate region; object storage is replicated with versioning; container images and infrastructure code are stored in both regions so that the environment can be rebuilt from source.`),
    h2('Three Phases'),
    p('This plan has three phases: Activation and Notification, Recovery, and Reconstitution. The phases are preceded by the detection of an outage and followed by the deactivation of the plan and the after-action review.'),
    h2('Roles and Responsibilities'),
    table([['Role', 'Primary', 'Responsibilities'], ['Contingency Plan Coordinator', csp.isso, 'Activates the plan, coordinates recovery teams, notifies agencies'], ['Information System Owner', csp.iso, 'Authorizes activation; approves return to normal operations'], ['Recovery Team Lead', csp.engineer, 'Directs technical recovery of the platform in the alternate region'], ['Communications Lead', 'Director of Customer Success', 'Customer and agency status updates every four hours']]),
    h1('Activation and Notification'),
    h2('Activation Criteria and Procedure'),
    p(`The plan is activated when an outage of a production service is expected to exceed four hours, when the primary region is declared unavailable by the hosting provider, or when the Incident Response Plan's incident commander requests recovery from a compromise. The Contingency Plan Coordinator activates the plan after consulting the Information System Owner.`),
    h2('Notification Instructions'),
    p(`Recovery staff are notified through the paging system; agency points of contact listed in Appendix B are notified by e-mail and telephone within one hour of activation. Notifications to US-CERT are made by the incident response team when the outage is caused by a security incident.`),
    h2('Outage Assessment'),
    p('The Recovery Team Lead assesses the cause, the expected duration, the components affected and the data at risk, and reports to the coordinator within 60 minutes of activation.'),
    h1('Recovery'),
    h2('Sequence of Recovery Activities'),
    bullets('Fail over DNS to the alternate region load balancers.', 'Promote the replica databases in the alternate region and verify replication lag at the time of promotion.', 'Scale the application services cluster in the alternate region to production capacity.', 'Verify authentication with a test tenant, then open the service to customers.', 'Confirm that audit logging to the SIEM is functioning from the alternate region.'),
    h2('Recovery Procedures'),
    p('Detailed runbooks for each step are kept in the operations wiki and are exercised during the annual functional test. Each runbook lists prerequisites, commands, expected results and the rollback path.'),
    h2('Recovery Escalation'),
    p('If recovery is not complete within the Recovery Time Objective, the coordinator escalates to the Chief Technology Officer and informs the authorizing agency of the revised estimate.'),
    h1('Reconstitution'),
    p('Reconstitution returns the system to normal operations in the primary region once it is available: data is resynchronized, the primary is validated by concurrent processing for at least 24 hours, and the alternate is returned to standby. The Information System Owner declares the end of reconstitution.'),
    h2('Data Backup and Restoration'),
    table([['Data', 'Backup Method', 'Frequency', 'Retention', 'RPO'], ['Customer databases', 'Snapshots and continuous WAL archiving', 'Continuous / daily snapshot', '35 days', '15 minutes'], ['Object storage', 'Cross-region replication with versioning', 'Continuous', '90 days of versions', '1 hour'], ['Configuration and code', 'Git mirrors in both regions', 'On commit', 'Indefinite', '0']]),
    h2('Plan Deactivation'),
    p('After reconstitution the coordinator closes the event, records the timeline, and schedules the after-action review, whose lessons learned are tracked to closure and reflected in the next revision of this plan.'),
    h1('Contingency Plan Testing'),
    p(`The plan is tested annually with a functional exercise that includes failover of a production-like environment. The most recent test and its results are documented in the Contingency Plan Test Report appended to this plan; findings from the test are entered in the POA&M.`),
    table([['Objective', 'Target'], ['Recovery Time Objective (RTO)', '8 hours'], ['Recovery Point Objective (RPO)', '1 hour'], ['Maximum Tolerable Downtime (MTD)', '24 hours']]),
    ...maintenance(csp, 'Information System Contingency Plan', 'Contingency Plan Coordinator'),
    ...acronyms([['ISCP', 'Information System Contingency Plan'], ['RTO', 'Recovery Time Objective'], ['RPO', 'Recovery Point Objective']]),
  ]);
  const history = revisionHistory([['04/02/2024', '1.0', 'Initial plan', csp.isso], ['09/12/2024', '1.1', 'Updated after annual functional test', csp.engineer], [date, version, 'Annual review; new alternate region', csp.isso]], 'Record of Changes');
  const approval = approvals(`By signing below, the approvers confirm that this Information System Contingency Plan for ${csp.cso} is complete and authorize its use.`, [[csp.iso, 'Information System Owner'], [csp.ciso, 'Chief Information Security Officer']]);
  return withCover
    ? [...cover(csp, 'Information System Contingency Plan (ISCP)', version, date), brk, ...history, ...approval, line('Contents', true), tocOf(body, 5), brk, ...body]
    : [...history, proprietary(csp.name), ...body];
}

/** Attachment 7: Configuration Management Plan. */
export function cmp(csp: Csp, version: string, date: string): Block[] {
  const body = numberHeadings([
    ...purposeScope(csp, 'how configuration items are identified, baselined, changed, monitored and audited', 'It implements the CM family of the FedRAMP baseline and describes the Configuration Control Board (CCB).'),
    h1('Roles and Responsibilities'),
    table([['Role', 'Responsibility'], ['Configuration Control Board (CCB)', 'Reviews and approves normal changes; chaired by the VP of Engineering; the ISSO holds a security veto'], ['Configuration Manager', 'Maintains the configuration item register and baselines; reports unauthorized changes'], ['Change Requester', 'Raises change requests with impact analysis and rollback plan'], ['ISSO', 'Performs security impact analysis; determines whether a change is significant under FedRAMP\'s significant change policy']]),
    h1('Configuration Identification'),
    p(`Configuration items include infrastructure code, container images, operating system images, application releases, database schemas, network policies and third-party software. Each item is identified by repository and version; the deployed items are reconciled monthly against the Integrated Inventory Workbook.`),
    h2('Baseline Configurations'),
    p('Baselines are defined as code and derived from CIS Benchmarks and DISA STIGs where available. Each baseline has an owner, a version and a record of approved deviations. Baselines are reviewed annually and when a new major version of a component is introduced.'),
    h1('Configuration Change Control'),
    h2('Change Types'),
    table([['Type', 'Description', 'Approval'], ['Standard', 'Pre-approved, low-risk, repeatable (e.g., scaling, certificate rotation)', 'Pre-approved by the CCB; logged'], ['Normal', 'Any other planned change', 'CCB approval after security impact analysis'], ['Emergency', 'Needed to restore service or fix an actively exploited vulnerability', 'On-call director approval; CCB review within 2 business days']]),
    h2('Security Impact Analysis'),
    p(`The ISSO reviews each normal change for its effect on security controls. A change that alters the authorization boundary, adds an external service, changes cryptographic modules or alters the risk posture is treated as a potential significant change: ${csp.short} submits a Significant Change Request to the authorizing agency at least 30 days before implementing it and does not implement it without the agency's approval.`),
    h2('Change Workflow'),
    bullets('The requester opens a change ticket with description, reason, components, test plan and rollback plan.', 'Automated checks run in the pipeline: unit tests, static analysis, container image scanning and policy-as-code checks against the baseline.', 'The CCB reviews normal changes at its twice-weekly meeting.', 'Approved changes deploy through the pipeline; manual changes to production are blocked by IAM policy.', 'The requester verifies the change and closes the ticket; the configuration manager updates the register.'),
    h1('Configuration Monitoring'),
    p('Configuration drift is detected daily by the cloud security posture tool and by authenticated compliance scans monthly. Unauthorized changes raise an alert to the Security Operations Center and are handled as security events under the Incident Response Plan.'),
    h1('Configuration Audits'),
    p('The configuration manager audits a sample of 25 changes each quarter for complete approvals, test evidence and post-implementation verification. Results are reported to the CCB and exceptions become POA&M items when they reflect a control weakness.'),
    h1('Tools'),
    table([['Tool', 'Purpose'], ['Git (self-hosted)', 'Source and infrastructure-as-code version control'], ['Terraform', 'Infrastructure provisioning'], ['Ticketing system', 'Change requests and approvals'], ['Image pipeline', 'Hardened golden image builds'], ['Posture management tool', 'Drift detection']]),
    ...maintenance(csp, 'Configuration Management Plan', 'Configuration Manager'),
    ...acronyms([['CCB', 'Configuration Control Board'], ['CMP', 'Configuration Management Plan'], ['STIG', 'Security Technical Implementation Guide']]),
  ]);
  return [...cover(csp, 'Configuration Management Plan', version, date), ...revisionHistory([[date, version, 'Annual update', csp.engineer]]), proprietary(csp.name), brk, ...body];
}

/** Attachment 8: Incident Response Plan. */
export function irp(csp: Csp, version: string, date: string): Block[] {
  const body = numberHeadings([
    ...purposeScope(csp, 'the incident response capability', 'It follows NIST SP 800-61 and the FedRAMP Incident Communications Procedures and implements the IR family of controls.'),
    h1('Incident Response Team'),
    table([['Role', 'Name', 'Responsibility'], ['Incident Commander', csp.ciso, 'Owns the response; declares severity; approves external notifications'], ['IR Lead', csp.isso, 'Coordinates investigation and containment'], ['Forensics', 'Security Operations', 'Evidence collection and analysis with chain of custody'], ['Communications', 'Legal and Communications', 'Customer, agency and public communications']]),
    h1('Incident Categories and Severity'),
    table([['Severity', 'Definition', 'Initial Response'], ['SEV-1', 'Confirmed compromise of federal data or the platform control plane', '15 minutes, 24x7'], ['SEV-2', 'Suspected compromise or significant control failure', '1 hour'], ['SEV-3', 'Policy violation or isolated malware on a managed endpoint', '1 business day']]),
    h1('Incident Handling'),
    h2('Preparation'),
    p('The team maintains jump kits, access to the forensic account, pre-approved containment playbooks for the most likely scenarios (credential compromise, exposed storage, ransomware in corporate IT, malicious insider) and a contact list for agencies and the FedRAMP PMO.'),
    h2('Detection and Analysis'),
    p('Events come from the SIEM, the endpoint detection tool, the cloud provider\'s threat detection service, customer reports and vulnerability disclosures. The on-call analyst triages each alert, opens an incident record when an event meets the incident definition, and assigns a provisional severity.'),
    h2('Containment, Eradication and Recovery'),
    p('Containment actions are chosen to preserve evidence: credentials are revoked, affected workloads are isolated by security group changes and snapshotted before rebuild. Eradication removes the cause; recovery restores from known-good images and is coordinated with the Information System Contingency Plan when a failover is needed.'),
    h2('Post-Incident Activity'),
    p('Every SEV-1 and SEV-2 incident receives a written post-incident review within ten business days. Corrective actions become tickets; those that reflect control weaknesses are added to the POA&M.'),
    h1('Reporting Requirements'),
    p(`${csp.short} reports confirmed or suspected incidents affecting federal information to the affected agencies' incident response teams, to CISA through the incident reporting system, and to the FedRAMP PMO within one hour of identification, and provides updates as the investigation progresses, as required by the FedRAMP Incident Communications Procedures.`),
    table([['Recipient', 'When', 'How'], ['Affected agency SOC', 'Within 1 hour of identification', 'Phone and e-mail listed in the agency contact sheet'], ['CISA', 'Within 1 hour', 'CISA incident reporting portal'], ['FedRAMP PMO', 'Within 1 hour', 'info@fedramp.gov with the package ID']]),
    h1('Testing and Exercises'),
    p('The plan is tested annually with a tabletop exercise that includes agency participation when possible. Exercise results, observations and improvements are documented in an after-action report.'),
    ...maintenance(csp, 'Incident Response Plan', 'IR Lead'),
    ...references(['NIST SP 800-61 Revision 2, Computer Security Incident Handling Guide', 'FedRAMP Incident Communications Procedures', 'CISA Federal Incident Notification Guidelines']),
  ]);
  return [title(`${csp.cso} Incident Response Plan`, 44), line(`${csp.name} — Version ${version} — ${date}`, false, 'center'), brk, ...distribution([[csp.ciso, 'CISO'], [csp.isso, 'ISSO'], [csp.iso, 'System Owner'], ['SOC on-call', 'Security Operations']]), line('Contents', true), tocOf(body), brk, ...body];
}

/** Attachment 15-style Supply Chain Risk Management Plan. */
export function scrmp(csp: Csp, version: string, date: string, withCover = true): Block[] {
  const body = numberHeadings([
    ...purposeScope(csp, 'how supply chain risks to the system are identified, assessed and managed', 'It implements the SR family of NIST SP 800-53 Revision 5 controls in the FedRAMP baseline, follows NIST SP 800-161 Revision 1, and responds to the requirements of Executive Order 14028 on software supply chain security.'),
    h1('Supply Chain Risk Management Team'),
    p(`The SCRM team is chaired by ${csp.ciso} and includes Procurement, Legal, Platform Engineering and the ISSO. The team meets monthly and reports to the executive risk committee quarterly.`),
    h1('Supplier Identification and Criticality'),
    p('Suppliers are inventoried in the vendor management system. Each supplier of a component inside the authorization boundary is assessed for criticality based on its access to federal data, its role in the availability of the service, and the difficulty of replacement.'),
    table([['Tier', 'Criteria', 'Examples', 'Assessment'], ['Tier 1', 'Hosts or processes federal data, or provides components in the boundary', 'Infrastructure provider, identity provider, container base images', 'Annual security review; FedRAMP authorization or equivalent evidence'], ['Tier 2', 'Provides software used in the boundary without data access', 'Open-source libraries, monitoring agents', 'Provenance and SBOM review; vulnerability monitoring'], ['Tier 3', 'No access to the boundary', 'Office supplies, facilities', 'Standard procurement terms']]),
    h1('Controls Over Acquired Components'),
    h2('Provenance and Software Bills of Materials'),
    p('Every container image deployed to production has a software bill of materials (SBOM) in SPDX format produced by the build pipeline and signed. Open-source components are pulled only from the internal artifact mirror, which verifies signatures and checksums and blocks packages younger than 72 hours.'),
    h2('Acquisition Strategies and Contract Terms'),
    p('Contracts with Tier 1 suppliers include notification of breaches within 24 hours, flow-down of FedRAMP security requirements, the right to assess, and disclosure of foreign ownership, control or influence. Products from vendors prohibited by Section 889 of the FY2019 NDAA and by FAR 52.204-23 are excluded.'),
    h2('Component Authenticity'),
    p('Hardware is procured only through authorized distributors; tamper-evident packaging is inspected on receipt. Counterfeit or suspect components are quarantined and reported to the supplier and, where required, to GIDEP.'),
    h1('Supply Chain Risk Assessment'),
    p('Risk assessments for Tier 1 suppliers consider threat intelligence, the supplier\'s security posture, concentration risk and geopolitical factors. Results are recorded in the vendor risk register; risks above tolerance are escalated to the executive risk committee.'),
    h1('Monitoring and Notification'),
    p(`Suppliers are monitored continuously through vulnerability feeds and annually through questionnaires. A supplier incident that affects the boundary is handled under the Incident Response Plan, and ${csp.short} informs authorizing agencies through the continuous monitoring channel.`),
    ...maintenance(csp, 'Supply Chain Risk Management Plan', 'SCRM team chair'),
    ...acronyms([['SBOM', 'Software Bill of Materials'], ['SCRM', 'Supply Chain Risk Management'], ['SPDX', 'Software Package Data Exchange']]),
  ]);
  const history = revisionHistory([[date, version, 'Initial SCRM plan for Rev5 transition', csp.isso]]);
  // Without a cover the title lives only in the document properties, as when an author starts from a blank page.
  return withCover ? [...cover(csp, 'Supply Chain Risk Management Plan', version, date, [`FedRAMP ${csp.level}`]), brk, ...history, brk, ...body] : [...history, proprietary(csp.name), ...body];
}

/** Attachment 1: Information Security Policies and Procedures (one family per volume, as CSPs often split them). */
export function policies(csp: Csp, version: string, date: string, families: readonly (readonly [string, string])[]): Block[] {
  const body: Block[] = [];
  for (const [code, name] of families) {
    body.push(h1(`${name} (${code}) Policy`));
    body.push(h2('Purpose'), p(`This policy establishes the requirements of ${csp.name} for ${name.toLowerCase()} for the ${csp.cso} and implements control ${code}-1 of the NIST SP 800-53 Revision 5 FedRAMP ${csp.level} baseline.`));
    body.push(h2('Scope'), p(`The policy applies to all ${csp.short} employees, contractors and third parties who design, operate, or support ${csp.acronym}, and to all components within its authorization boundary.`));
    body.push(h2('Roles and Responsibilities'), p(`The Chief Information Security Officer owns this policy. The Information System Owner ensures the policy is implemented; the ISSO monitors compliance and reports exceptions. Managers ensure their staff are aware of and comply with the policy.`));
    body.push(h2('Policy Statements'), bullets(...familyStatements(code)));
    body.push(h2('Management Commitment and Coordination'), p('Management is committed to providing resources for the implementation of this policy. The policy is coordinated with Legal, Human Resources and Procurement where their processes are involved.'));
    body.push(h2('Compliance'), p('Violations may result in disciplinary action up to and including termination of employment or contract. Exceptions require a documented risk acceptance approved by the CISO and are reviewed annually.'));
    body.push(h1(`${name} (${code}) Procedures`));
    body.push(p(`The following procedures implement the ${name} policy. They are reviewed and updated at least annually and following significant changes, as required by ${code}-1.c.`));
    for (const [i, step] of familyProcedures(code).entries()) body.push(h3(`Procedure ${code}-P${i + 1}`), p(step));
    body.push(h2('Review and Update'), p(`The ${name} policy is reviewed every year and the procedures at least annually. Last review: ${date}. Next review due: one year from the approval date.`));
  }
  return [
    line('INFORMATION SECURITY POLICIES AND PROCEDURES', true, 'center'),
    title(`${csp.cso}`, 36),
    line(families.map(([c]) => c).join(' · '), false, 'center'),
    line(`${csp.name} · Version ${version} · ${date}`, false, 'center'),
    brk,
    ...revisionHistory([[date, version, 'Annual policy review; Rev5 parameters', csp.ciso]]),
    ...approvals('The policies below are approved for use.', [[csp.ciso, 'Chief Information Security Officer'], ['Dana Whitlock', 'Chief Executive Officer']]),
    brk,
    ...numberHeadings(body),
  ];
}

function familyStatements(code: string): string[] {
  const map: Record<string, string[]> = {
    AC: ['Access is granted on the principle of least privilege and requires documented approval.', 'Privileged access is reviewed monthly and all access quarterly.', 'Accounts inactive for 90 days are disabled automatically.', 'Sessions lock after 15 minutes of inactivity.'],
    AT: ['All personnel complete security awareness training before access and annually.', 'Role-based training is required for privileged users, developers and incident responders.', 'Training records are retained for at least one year.'],
    AU: ['Systems generate audit records for the events defined by the organization.', 'Audit records are protected from unauthorized modification and retained for one year.', 'Audit logs are reviewed at least weekly and alerts in real time.'],
    IR: ['Incidents are reported immediately through the security hotline or the ticketing system.', 'The incident response capability is tested annually.', 'Incidents affecting federal data are reported to agencies and CISA within one hour.'],
    PS: ['Personnel are screened before access according to position risk designation.', 'Access is revoked within eight hours of termination.', 'Third-party personnel sign access agreements.'],
  };
  return map[code] ?? ['Requirements are implemented as described in the System Security Plan.'];
}

function familyProcedures(code: string): string[] {
  const map: Record<string, string[]> = {
    AC: ['Access requests are submitted in the identity governance portal, approved by the manager and the system owner, and provisioned automatically to the target groups.', 'The ISSO runs the monthly privileged access review report, distributes it to managers, and removes access not re-certified within five business days.', 'Termination notifications from Human Resources trigger automatic disablement; the IAM team verifies removal within eight hours.'],
    AT: ['New hires are enrolled in awareness training by HR on day one; access is provisioned only after completion is recorded.', 'Annual phishing simulations are run quarterly; users who fail complete remedial training within 14 days.'],
    AU: ['Log sources are onboarded to the SIEM through the log onboarding checklist, which confirms parsing, time synchronization and retention.', 'The SOC reviews the weekly audit summary and documents the review in the SOC ticket queue.'],
    IR: ['The on-call analyst opens an incident ticket, assigns severity and pages the IR lead for SEV-1 and SEV-2.', 'Communications to agencies follow the templates in the Incident Response Plan.'],
    PS: ['HR initiates the background investigation through the screening vendor and records the result before the start date.', 'Transfers trigger an access review by the gaining and losing managers within five business days.'],
  };
  return map[code] ?? ['See the System Security Plan.'];
}

/** Attachment 5: Rules of Behavior. */
export function rulesOfBehavior(csp: Csp, privileged: boolean, date: string): Block[] {
  const rules = [
    'I will use the system only for purposes authorized by my role and in accordance with law and agency policy.',
    'I will not share my account, my password or my authenticator with anyone, and I will report a lost or stolen authenticator immediately.',
    'I will protect federal information from unauthorized disclosure and will not copy it to personal devices, personal e-mail or unapproved cloud storage.',
    'I will lock my workstation when I leave it and log out at the end of each session.',
    'I will report suspected security incidents, including phishing attempts, to the security team immediately.',
    'I understand that my use of the system is monitored and recorded, and that I have no expectation of privacy on the system.',
    'I will not attempt to bypass security controls, escalate my privileges or access data I am not authorized to access.',
    'I will complete security awareness training before receiving access and annually thereafter.',
  ];
  const priv = [
    'I will use privileged access only from managed workstations through the approved access proxy, and only for authorized administrative tasks.',
    'I will not use a privileged account for e-mail, web browsing or other non-administrative activities.',
    'I will make production changes only through the approved change management process, except during declared emergencies.',
    'I will not access customer data unless a support ticket authorizes it, and I will record the ticket number in the session justification.',
  ];
  return [
    line(csp.name, true),
    title(`${csp.cso} Rules of Behavior${privileged ? ' for Privileged Users' : ''}`, 40),
    line(`Effective ${date}`),
    h1('Introduction'),
    p(`These Rules of Behavior apply to every person who is granted ${privileged ? 'privileged (administrative) ' : ''}access to the ${csp.cso}. They describe the responsibilities and expected behavior of users with regard to information and system usage, as required by control PL-4 of NIST SP 800-53 and by OMB Circular A-130. Users must read and sign these rules before receiving access and must re-acknowledge them annually and whenever they are revised.`),
    h1('Rules'),
    bullets(...rules),
    ...(privileged ? [h1('Additional Rules for Privileged Users'), bullets(...priv)] : []),
    h1('Social Media and Public Communications'),
    p(`Users will not post information about the system, its architecture, its customers or its security controls on social media or in public forums, and will refer press inquiries to ${csp.short} Communications.`),
    h1('Consequences of Non-Compliance'),
    p('Non-compliance may result in suspension of access, disciplinary action up to termination of employment or contract, and civil or criminal penalties where applicable.'),
    h1('Acknowledgment'),
    p('I have read and understand these Rules of Behavior and agree to comply with them. I understand that violations may result in the actions described above.'),
    table([['Printed Name', ''], ['Organization', ''], ['Signature', ''], ['Date', '']], false),
  ];
}

/** Attachment 2: User Guide. */
export function userGuide(csp: Csp, version: string): Block[] {
  return numberHeadings([
    h1('About This Guide'),
    p(`This User Guide explains how agency administrators and end users work with ${csp.cso}. It covers sign-in, tenant administration, roles and permissions, the security features customers are responsible for configuring, and how to get help. It is provided as Attachment 2 to the ${csp.acronym} System Security Plan; customer-configurable security settings are also summarized in the Customer Responsibility Matrix.`),
    h1('Getting Started'),
    h2('Supported Browsers'),
    p('The web console supports the two most recent versions of Chrome, Edge, Firefox and Safari. TLS 1.2 or later is required; older browsers are refused.'),
    h2('Signing In'),
    p(`Browse to https://${csp.domain}/ and select your agency. You are redirected to your agency's identity provider; after you authenticate with your PIV card or your agency's multi-factor method, you return to the ${csp.acronym} dashboard.`),
    h2('The Dashboard'),
    p('The dashboard shows your recent items, notifications and, for administrators, the tenant health panel with license use and security alerts.'),
    h1('Tenant Administration'),
    h2('Configuring Federation'),
    p('Administrators configure SAML 2.0 or OpenID Connect federation under Settings > Identity. Upload your identity provider metadata, map the group claims to roles, and test the connection with a non-administrator account before enforcing it. Local passwords can be disabled once federation works.'),
    h2('Managing Users and Roles'),
    table([['Role', 'What it can do'], ['Tenant Administrator', 'Manage users, roles, federation, retention and API keys'], ['Auditor', 'Read-only access to all records and the audit log'], ['Editor', 'Create and modify records in assigned workspaces'], ['Viewer', 'Read records in assigned workspaces']]),
    h2('Session and Password Settings'),
    p('Administrators can shorten the idle session timeout (default 15 minutes, maximum 30) and restrict sign-in to agency IP ranges under Settings > Security.'),
    h2('API Keys'),
    p('API keys are scoped to a workspace and a role, expire after at most 365 days, and can be restricted to source IP ranges. Rotate keys before they expire; the dashboard warns 30 days ahead.'),
    h1('Working with Records'),
    h2('Creating and Editing'),
    p('Select New in a workspace, choose a record type and complete the required fields, which are marked with an asterisk. Records save automatically every 30 seconds; the version history panel lists every saved version with its author and time, and any version can be restored by an Editor.'),
    h2('Searching'),
    p('The search bar accepts words, quoted phrases and field filters such as status:open or owner:me. Results respect your permissions: records in workspaces you cannot read never appear, even as counts.'),
    h2('Sharing and Exporting'),
    p('Records can be shared with other users of the same tenant by role or by name. Sharing outside the tenant is not possible. Exports are limited to users with the Auditor or Tenant Administrator role.'),
    h1('Notifications'),
    p('Users receive notifications in the application and, if enabled by the tenant administrator, by e-mail. E-mail notifications never contain record content, only a link that requires sign-in.'),
    h1('Accessibility'),
    p('The web console conforms to WCAG 2.1 Level AA and Section 508. Keyboard shortcuts are listed under Help > Keyboard Shortcuts; screen reader users can switch to the simplified layout under Profile > Display.'),
    h1('Troubleshooting'),
    table([['Symptom', 'What to do'], ['Redirect loop at sign-in', 'Clear cookies for the service domain; confirm that your agency identity provider sends the required NameID format'], ['"Access denied" on a workspace', 'Ask your tenant administrator to check your role assignment'], ['Session ends unexpectedly', 'The idle timeout may be shorter than the default; check with your administrator'], ['API returns 401', 'The API key has expired or is restricted to other source IP ranges']]),
    h1('Security Features for Customers'),
    p('Customers are responsible for managing their users, reviewing access, configuring federation with multi-factor authentication and reviewing the tenant audit log. The audit log is available under Settings > Audit and can be streamed to your SOC through the syslog-over-TLS or HTTPS export.'),
    h2('Data Export and Retention'),
    p('Retention rules can be set per workspace. Exports produce encrypted archives downloadable for seven days. Deleted records are purged after the retention period plus 30 days.'),
    h1('Getting Help'),
    p(`Open a support request at https://support.${csp.domain}/ or call the 24x7 line listed in your contract. Report suspected security incidents immediately by phone and include your tenant ID.`),
    h1('Release Notes'),
    p(`This guide reflects release ${version}. Changes to security-relevant behavior are announced 30 days in advance in the customer notices.`),
  ]);
}

/** Attachment 3: Digital Identity Worksheet. */
export function digitalIdentity(csp: Csp, agency: Agency, date: string): Block[] {
  const ial = csp.level === 'Low' ? '1' : '2';
  const aal = csp.level === 'High' ? '3' : '2';
  return [
    line(`${csp.name}`, true),
    line(csp.cso),
    title('Digital Identity Worksheet', 44),
    line(`Date: ${date}`),
    h1('Introduction and Purpose'),
    p(`This worksheet documents the digital identity acceptance decision for ${csp.cso} following NIST SP 800-63-3, Digital Identity Guidelines, and OMB M-19-17. It determines the Identity Assurance Level (IAL), the Authenticator Assurance Level (AAL) and the Federation Assurance Level (FAL) required for users of the system, based on the potential impact of an authentication error.`),
    h1('Potential Impact of Authentication Errors'),
    table([['Impact Category', 'Potential Impact Level'], ['Inconvenience, distress or damage to standing or reputation', csp.level], ['Financial loss or agency liability', csp.level], ['Harm to agency programs or public interests', csp.level === 'High' ? 'High' : 'Moderate'], ['Unauthorized release of sensitive information', csp.level], ['Personal safety', 'Low'], ['Civil or criminal violations', csp.level === 'Low' ? 'Low' : 'Moderate']]),
    h1('Digital Identity Level Selection'),
    p(`Using the decision trees in Section 6 of NIST SP 800-63-3, the system requires IAL${ial}, AAL${aal} and FAL${csp.level === 'Low' ? '1' : '2'}. Agency users are identity-proofed by their agencies and federate to ${csp.acronym}; ${csp.short} relies on the agency's proofing and authenticators through federation.`),
    table([['Assurance', 'Level Selected', 'Justification'], ['IAL', `IAL${ial}`, 'Agencies proof users for PIV issuance; no self-asserted identities for federal users'], ['AAL', `AAL${aal}`, `Multi-factor authentication with ${aal === '3' ? 'hardware-based, verifier-impersonation-resistant authenticators' : 'phishing-resistant authenticators where available'}`], ['FAL', csp.level === 'Low' ? 'FAL1' : 'FAL2', 'Signed and encrypted SAML assertions from the agency identity provider']]),
    h1('Implementation Notes'),
    p(`Privileged ${csp.short} operators authenticate at AAL${aal} with FIDO2 security keys. The choice is reflected in the IA control implementations of the SSP. ${agency.short} has reviewed this determination as part of the partnership.`),
    h1('Approval'),
    table([['Role', 'Name', 'Signature / Date'], ['Information System Owner', csp.iso, ''], ['ISSO', csp.isso, '']]),
  ];
}

/** Attachment 4: Privacy Threshold Analysis (and, when needed, Privacy Impact Assessment). */
export function privacy(csp: Csp, agency: Agency, date: string, pia: boolean): Block[] {
  const pta: Block[] = [
    h1('Privacy Threshold Analysis'),
    p(`The Privacy Threshold Analysis (PTA) determines whether ${csp.cso} collects, maintains or disseminates personally identifiable information (PII) and whether a Privacy Impact Assessment (PIA) is required under Section 208 of the E-Government Act of 2002.`),
    table([['Question', 'Answer'], ['1. Does the system collect, maintain, use or disseminate PII about members of the public?', pia ? 'Yes — names, mailing addresses, case numbers submitted by agency users' : 'No'], ['2. Does the system collect PII about federal employees or contractors?', 'Yes — user name, work e-mail, agency, role (for account management only)'], ['3. Is a Social Security Number collected?', pia ? 'Yes, in case records created by agencies' : 'No'], ['4. Is the PII retrieved by a personal identifier?', pia ? 'Yes' : 'No'], ['5. Is a System of Records Notice (SORN) required?', pia ? `Covered by the agency SORN ${agency.short}-14` : 'No']]),
    h2('PTA Determination'),
    p(pia ? 'Based on the answers above, a PIA is required. The PIA follows.' : 'Based on the answers above, the system collects only minimal business contact information for account management; a full PIA is not required. This determination is reviewed annually.'),
  ];
  const piaBlocks: Block[] = pia
    ? [
        h1('Privacy Impact Assessment'),
        h2('Section 1: Characterization of the Information'),
        p('Case records contain the names, addresses, telephone numbers, case numbers and, where the agency program requires it, Social Security Numbers of members of the public. The information is entered by agency staff or uploaded from agency systems.'),
        h2('Section 2: Uses of the Information'),
        p('The information is used by agency staff to administer the program for which the case was opened. The CSP does not use the information for any other purpose and does not sell or share it.'),
        h2('Section 3: Retention'),
        p('Records are retained according to the agency records schedule configured in the tenant; the CSP destroys data within 30 days after the retention period or contract termination.'),
        h2('Section 4: Internal and External Sharing'),
        p('No sharing occurs except as directed by the agency. Sub-processors (the infrastructure provider) do not have logical access to the data, which is encrypted with tenant-scoped keys.'),
        h2('Section 5: Notice'),
        p('Notice is provided by the agency through its SORN and Privacy Act statements on its intake forms.'),
        h2('Section 6: Access, Redress and Correction'),
        p('Individuals request access or correction through the agency Privacy Act process; the system supports correction and annotation of records.'),
        h2('Section 7: Technical Access and Security'),
        p('Access is role-based; privileged CSP staff cannot view case content without a customer-approved support ticket. All access is logged and reviewed.'),
      ]
    : [];
  return [
    title(pia ? 'Privacy Threshold Analysis and Privacy Impact Assessment' : 'Privacy Threshold Analysis (PTA)', 40),
    line(`${csp.cso} (${csp.acronym})`, true, 'center'),
    line(`Prepared by ${csp.name} for ${agency.name} — ${date}`, false, 'center'),
    h1('System Information'),
    table([['Item', 'Value'], ['System Name', csp.cso], ['System Owner', csp.iso], ['Privacy Point of Contact', csp.isso], ['FIPS 199 Level', csp.level]], false),
    ...pta,
    ...piaBlocks,
    h1('Signatures'),
    table([['Reviewer', 'Signature', 'Date'], [`${csp.iso}, System Owner`, '', ''], [`Senior Agency Official for Privacy, ${agency.short}`, '', '']]),
  ];
}

/** Attachment 10: FIPS 199 Categorization. */
export function fips199(csp: Csp, date: string, titleInTable = false): Block[] {
  const types = [
    ['C.3.5.1', 'System Development', 'Low', 'Moderate', 'Low'],
    ['C.3.5.8', 'Information Security', 'Moderate', 'Moderate', 'Low'],
    ['C.2.8.9', 'Personnel Identity and Authentication', 'Moderate', 'Moderate', 'Moderate'],
    ['D.20.1', 'Record Retention', 'Low', csp.level === 'High' ? 'High' : 'Moderate', 'Low'],
  ];
  const head: Block[] = titleInTable
    ? [table([['Document Title', 'FIPS 199 Security Categorization'], ['Cloud Service Offering', csp.cso], ['Organization', csp.name], ['Date', date], ['Document Owner', csp.isso]], false)]
    : [line(csp.name, true), title('FIPS 199 Security Categorization', 40), line(`${csp.cso} — ${date}`)];
  return [
    ...head,
    h1('Introduction and Purpose'),
    p(`This document provides the security categorization of ${csp.cso} according to Federal Information Processing Standard (FIPS) Publication 199, Standards for Security Categorization of Federal Information and Information Systems, using the information types of NIST SP 800-60 Volume II Revision 1. The categorization determines the FedRAMP baseline the system implements.`),
    h1('Scope'),
    p(`The categorization covers the information processed, stored and transmitted within the ${csp.acronym} authorization boundary on behalf of federal customers, and the system's own operational information (audit records, configuration data, authentication data).`),
    h1('System Description'),
    p(`${csp.cso} is a ${csp.model} hosted in ${csp.hosting}.`),
    h1('Methodology'),
    p('Each information type was assigned provisional impact levels for confidentiality, integrity and availability from SP 800-60, adjusted where special factors apply, and the system categorization is the high-water mark of the adjusted levels, expressed as SC system = {(confidentiality, impact), (integrity, impact), (availability, impact)}.'),
    h1('Information Types and Impact Levels'),
    table([['ID', 'Information Type', 'Confidentiality', 'Integrity', 'Availability'], ...types]),
    h1('Security Categorization'),
    p(`SC ${csp.acronym} = {(confidentiality, ${csp.level.toUpperCase()}), (integrity, ${csp.level.toUpperCase()}), (availability, ${csp.level === 'High' ? 'HIGH' : 'MODERATE'})}. The overall system security categorization is ${csp.level.toUpperCase()}, and the FedRAMP ${csp.level} baseline applies.`),
    h1('Approvals'),
    table([['Name', 'Role', 'Signature', 'Date'], [csp.iso, 'System Owner', '', ''], [csp.isso, 'ISSO', '', '']]),
  ];
}

/** Attachment 12 in prose form: the laws and regulations that apply. */
export function lawsDoc(csp: Csp, date: string): Block[] {
  const rows: string[][] = [
    ['Federal Information Security Modernization Act of 2014 (FISMA)', 'Public Law 113-283', 'Law'],
    ['E-Government Act of 2002, Section 208', 'Public Law 107-347', 'Law'],
    ['Privacy Act of 1974', '5 U.S.C. § 552a', 'Law'],
    ['OMB Circular A-130, Managing Information as a Strategic Resource', 'OMB A-130', 'Regulation/Policy'],
    ['OMB Memorandum M-17-12, Preparing for and Responding to a Breach of PII', 'M-17-12', 'Policy'],
    ['OMB Memorandum M-22-09, Moving the U.S. Government Toward Zero Trust', 'M-22-09', 'Policy'],
    ['FIPS 140-3, Security Requirements for Cryptographic Modules', 'FIPS 140-3', 'Standard'],
    ['FIPS 199, Standards for Security Categorization', 'FIPS 199', 'Standard'],
    ['FIPS 200, Minimum Security Requirements', 'FIPS 200', 'Standard'],
    ['NIST SP 800-37 Rev. 2, Risk Management Framework', 'SP 800-37', 'Guidance'],
    ['NIST SP 800-53 Rev. 5, Security and Privacy Controls', 'SP 800-53', 'Guidance'],
    ['NIST SP 800-61 Rev. 2, Incident Handling Guide', 'SP 800-61', 'Guidance'],
    ['NIST SP 800-63-3, Digital Identity Guidelines', 'SP 800-63', 'Guidance'],
    ['Binding Operational Directive 22-01, Known Exploited Vulnerabilities', 'BOD 22-01', 'Directive'],
    ['Binding Operational Directive 18-01, Enhance Email and Web Security', 'BOD 18-01', 'Directive'],
  ];
  return [
    title('FedRAMP Laws and Regulations', 40),
    line(`Applicable to ${csp.cso} — ${csp.name}`, false, 'center'),
    line(date, false, 'center'),
    p(`The following laws, regulations, standards and guidance apply to the ${csp.cso}. This attachment lists them by reference and is maintained with the System Security Plan; agency-specific requirements from the ${csp.short} partnership agreements are listed at the end.`),
    h1('Applicable Laws and Regulations'),
    table([['Title', 'Reference', 'Type'], ...rows.filter((r) => r[2] !== 'Standard' && r[2] !== 'Guidance')]),
    h1('Applicable Standards and Guidance'),
    table([['Title', 'Reference', 'Type'], ...rows.filter((r) => r[2] === 'Standard' || r[2] === 'Guidance')]),
    h1('Agency-Specific Requirements'),
    p('Agency-specific requirements, such as records management schedules and data residency, are captured in the agency\'s contract and addressed in the SSP control implementations where they add to the baseline.'),
  ];
}
