import { readFileSync } from 'node:fs';
import YAML from 'yaml';
import { fixture } from '../../../support/fixtures.js';
import { renderDocx } from '../kit/docx.js';
import type { Block } from '../kit/model.js';
import { b, cmt, h1, h2, h3, p, paras, pb, s, table, title, ul } from '../kit/model.js';
import { GOOGLE_PDF, renderPdf } from '../kit/pdf.js';
import type { EvalDoc } from './common.js';
import { CUI_BANNER, ORG, PROPRIETARY, approvals, revisionHistory, toc } from './common.js';

interface Ctl {
  readonly id: string;
  readonly name: string;
  readonly status: string;
  readonly origin: string;
  readonly role: string;
  readonly parts: readonly (readonly [string, string])[];
}

const CONTROLS: readonly Ctl[] = [
  {
    id: 'AC-2',
    name: 'Account Management',
    status: 'Implemented',
    origin: 'Service Provider Corporate; Service Provider System Specific',
    role: 'KMC Platform Administrator; ISSO',
    parts: [
      ['a', 'KMC defines the following account types: federal customer tenant users, tenant administrators, Kestrel Forge privileged operators (break-glass and day-to-day), and non-person service accounts used by Kubernetes workloads. Prohibited account types are shared interactive accounts and anonymous access to the tenant API.'],
      ['b', 'Account managers are assigned per account type. Tenant administrators at the customer agency manage tenant users. The Kestrel Forge Director of Security & Compliance is the account manager for privileged operator accounts.'],
      ['c', 'Group and role membership prerequisites are enforced in Okta for Government Moderate (FedRAMP authorized, leveraged). Membership in the kmc-prod-operators group requires a completed background investigation, signed Rules of Behavior and completion of role-based training.'],
      ['d', 'Authorized users, group and role membership and access authorizations are recorded in the Okta group rules and mirrored to the access register reviewed monthly.'],
      ['e', 'Requests for privileged accounts are submitted as Jira Service Management tickets (project ACCESS) and require approval from the requester\'s manager and the ISSO before provisioning.'],
      ['f', 'Accounts are created, enabled, modified, disabled and removed through Okta lifecycle management driven by the HRIS (Rippling) feed; manual changes are prohibited except for break-glass recovery.'],
      ['g', 'Use of accounts is monitored through Okta System Log and AWS CloudTrail, streamed to the SIEM (Elastic Security, self-hosted in the boundary) with alerting on dormant account reuse.'],
      ['h', 'Account managers are notified within 24 hours when accounts are no longer required, when users are terminated or transferred, or when system usage changes, through the HRIS offboarding workflow.'],
      ['i', 'Access is authorized on the basis of a valid access authorization, intended system usage and the attributes defined in the Separation of Duties Matrix (SSP Attachment 11).'],
      ['j', 'Accounts are reviewed for compliance with account management requirements monthly for privileged accounts and quarterly for all other accounts.'],
    ],
  },
  {
    id: 'AC-17',
    name: 'Remote Access',
    status: 'Implemented',
    origin: 'Service Provider System Specific',
    role: 'Site Reliability Engineering',
    parts: [
      ['a', 'Remote administrative access to KMC is allowed only through AWS Systems Manager Session Manager initiated from managed, CrowdStrike-protected laptops after Okta authentication with a phishing-resistant authenticator (FIDO2 security key). No SSH or RDP port is exposed to the internet.'],
      ['b', 'Each type of remote access is authorized by the ISSO before connection is allowed, and sessions are recorded to an encrypted S3 bucket retained for one year.'],
    ],
  },
  {
    id: 'AU-2',
    name: 'Event Logging',
    status: 'Implemented',
    origin: 'Shared (Service Provider and Customer Responsibility)',
    role: 'Security Engineering',
    parts: [
      ['a', 'KMC logs the event types listed in Table 13-3: successful and unsuccessful logon, privileged function use, object access to mission data sets, policy changes, account changes, process tracking on worker nodes and all API administrative calls.'],
      ['b', 'Event logging is coordinated with the sponsoring agency\'s SOC; the agency receives tenant-scoped audit events through the tenant audit export API.'],
      ['c', 'The selected event types support after-the-fact investigations of incidents as described in the Incident Response Plan (Attachment 8).'],
      ['d', 'The event types are reviewed and updated annually and after any significant change.'],
    ],
  },
  {
    id: 'CM-6',
    name: 'Configuration Settings',
    status: 'Partially Implemented',
    origin: 'Service Provider System Specific',
    role: 'Platform Engineering',
    parts: [
      ['a', 'Configuration settings follow the CIS Amazon EKS Benchmark v1.5 and the DISA STIG for Amazon Linux 2023 as tailored in the Configuration Management Plan (Attachment 7). Container images are built on hardened base images.'],
      ['b', 'Settings are implemented through Terraform and Kyverno admission policies; drift is detected nightly.'],
      ['c', 'Deviations are documented in the baseline exceptions register. Partially implemented: 14 STIG settings on the bastion-less build hosts are tracked on the POA&M (items V-2026-031 through V-2026-044).'],
      ['d', 'Changes to configuration settings are monitored and controlled through the change control board.'],
    ],
  },
  {
    id: 'IA-2(1)',
    name: 'Multi-factor Authentication to Privileged Accounts',
    status: 'Implemented',
    origin: 'Service Provider Corporate',
    role: 'Identity Engineering',
    parts: [['Req.', 'All privileged users authenticate with Okta FastPass bound to the device or a FIDO2 hardware key. SMS and voice factors are disabled at the org level. AAL3 applies to privileged users as recorded in the Digital Identity Worksheet.']],
  },
  {
    id: 'IR-4',
    name: 'Incident Handling',
    status: 'Implemented',
    origin: 'Service Provider Corporate',
    role: 'Incident Commander (on-call rotation)',
    parts: [
      ['a', 'Kestrel Forge implements an incident handling capability consistent with the Incident Response Plan, covering preparation, detection and analysis, containment, eradication and recovery.'],
      ['b', 'Incident handling activities are coordinated with contingency planning activities.'],
      ['c', 'Lessons learned are incorporated into procedures, training and testing after each incident and each annual tabletop exercise.'],
      ['d', 'The rigor, intensity, scope and results of incident handling activities are comparable and predictable across the organization.'],
    ],
  },
  {
    id: 'RA-5',
    name: 'Vulnerability Monitoring and Scanning',
    status: 'Implemented',
    origin: 'Service Provider System Specific',
    role: 'Security Engineering',
    parts: [
      ['a', 'Operating systems and container hosts are scanned monthly with authenticated Tenable Nessus scans; web applications with Burp Suite Enterprise; databases with Nessus database compliance audits. Container images are scanned in CI before promotion.'],
      ['b', 'Scanning tools use CVE, CVSS and the CISA KEV catalog to enumerate flaws and assess impact.'],
      ['c', 'Scan reports are analyzed by Security Engineering within five business days.'],
      ['d', 'High-risk vulnerabilities are remediated within 30 days, moderate within 90 days and low within 180 days of discovery; findings not remediated are tracked on the POA&M.'],
      ['e', 'Scan results are shared monthly with the agency ConMon point of contact together with the updated POA&M and inventory.'],
    ],
  },
  {
    id: 'SC-8(1)',
    name: 'Cryptographic Protection',
    status: 'Implemented',
    origin: 'Inherited from AWS GovCloud (US) FedRAMP High P-ATO; Service Provider System Specific',
    role: 'Platform Engineering',
    parts: [['Req.', 'All data in transit is protected with TLS 1.2 or 1.3 using FIPS 140-3 validated modules: AWS-LC FIPS (certificate #4816) on the Application Load Balancers and BoringCrypto in the Go services. Internal service traffic uses Istio mTLS with FIPS-validated Envoy builds.']],
  },
  {
    id: 'SC-28',
    name: 'Protection of Information at Rest',
    status: 'Implemented',
    origin: 'Shared (Service Provider and Inherited)',
    role: 'Platform Engineering',
    parts: [['Req.', 'Mission data at rest in Amazon RDS for PostgreSQL, Amazon S3 and EBS volumes is encrypted with AES-256 using AWS KMS customer managed keys (FIPS 140-3 Level 3 HSMs). Key rotation is annual.']],
  },
  {
    id: 'SI-4',
    name: 'System Monitoring',
    status: 'Implemented',
    origin: 'Service Provider System Specific',
    role: 'Security Engineering',
    parts: [
      ['a', 'The system is monitored for attacks and indicators of potential attacks using GuardDuty, VPC Flow Logs, CrowdStrike Falcon on nodes and Elastic Security detection rules.'],
      ['b', 'Unauthorized local, network and remote connections are identified through flow log analytics.'],
      ['c', 'Monitoring devices are deployed at the ingress ALB, within the service mesh and on every node.'],
    ],
  },
];

function controlBlocks(ctls: readonly Ctl[], withComments: boolean): Block[] {
  const out: Block[] = [];
  ctls.forEach((c, n) => {
    out.push(h3(`${c.id} ${c.name}`));
    out.push(
      table(
        [
          [`${c.id}`, 'Control Summary Information'],
          ['Responsible Role:', c.role],
          ['Implementation Status:', c.status],
          ['Control Origination:', c.origin],
        ],
        true,
      ),
    );
    out.push(table([[`${c.id} What is the solution and how is it implemented?`, ''], ...c.parts.map(([k, t]) => [`Part ${k}`, withComments && n === 3 && k === 'c' ? [cmt(t, ORG.secEng, 'TODO confirm POA&M IDs after Oct scan import')] : t])], true));
  });
  return out;
}

function sspBody(version: string, date: string, comments: boolean, controls: readonly Ctl[]): Block[] {
  return [
    p(b('Prepared by')),
    table([
      ['Identification of Organization that Prepared this Document', ''],
      ['Organization Name', ORG.csp],
      ['Street Address', ORG.city],
      ['Point of Contact', `${ORG.isso}, ${ORG.issoTitle}`],
    ]),
    p(b('Prepared for')),
    table([
      ['Identification of Cloud Service Provider', ''],
      ['Organization Name', ORG.csp],
      ['Sponsoring Agency', `${ORG.agencyDept}, ${ORG.agency}`],
    ]),
    ...revisionHistory([
      ['2026-03-30', '0.1', 'Converted from CMMC L2 SSP (CUI enclave) to FedRAMP Rev5 SSP template', ORG.isso],
      ['2026-05-11', '0.9', 'Draft for agency kickoff review', ORG.secEng],
      ['2026-06-19', '1.0', 'Addressed agency comments (52 of 57 closed)', ORG.isso],
      ['2026-09-25', '1.2', [s('Updated boundary for Bedrock'), { text: ' Bedrock pulled from scope; boundary diagram v6' }], ORG.secEng],
      [date, version, 'Post-SAR updates; CM-6 and RA-5 narratives; inventory alignment', ORG.isso],
    ]),
    ...approvals([
      [ORG.ceo, 'Chief Executive Officer, System Owner'],
      [ORG.isso, ORG.issoTitle],
      [ORG.cto, 'Chief Technology Officer'],
    ]),
    pb(),
    ...toc([
      '1 Introduction',
      '2 Purpose',
      '3 System Information',
      '4 System Owner',
      '5 Assignment of Security Responsibility',
      '6 Leveraged FedRAMP-Authorized Services',
      '7 External Systems and Services Not Having FedRAMP Authorization',
      '8 Illustrated Architecture and Narratives',
      '9 Services, Ports, and Protocols',
      '10 Cryptographic Modules Implemented for Data At Rest (DAR) and Data In Transit (DIT)',
      '11 Separation of Duties',
      '12 SSP Appendices List',
      'Appendix A FedRAMP Moderate Security Controls',
    ]),
    pb(),
    h1('1 Introduction'),
    ...paras(`This System Security Plan (SSP) describes how ${ORG.cso} (${ORG.abbr}) implements the security and privacy controls of the FedRAMP Rev5 Moderate baseline. It is the central document of the authorization package: the Security Assessment Plan and Security Assessment Report prepared by ${ORG.threePao} refer to the control implementations described here, and the Plan of Action and Milestones tracks every control that is not yet fully implemented.

This SSP replaces the CMMC Level 2 System Security Plan that described our CUI enclave. Narratives that were written for NIST SP 800-171 requirements were rewritten against SP 800-53 Rev5 control parts; do not copy text back from the old enclave SSP.`),
    h1('2 Purpose'),
    p(`The purpose of this SSP is to provide an overview of the security requirements for ${ORG.cso} and to describe the controls in place or planned to meet those requirements. The SSP also delineates responsibilities and expected behavior of all individuals who access the system.`),
    h1('3 System Information'),
    table([
      ['Unique Identifier', 'Information System Name', 'Information System Abbreviation'],
      [ORG.fedrampId, ORG.cso, ORG.abbr],
    ]),
    p(b('Security Categorization. '), `${ORG.abbr} is categorized as Moderate according to FIPS 199 (Confidentiality Moderate, Integrity Moderate, Availability Moderate). The categorization and the information types from NIST SP 800-60 are documented in the FIPS 199 Categorization (Attachment 10 in the Rev5 numbering).`),
    p(b('Digital Identity Determination. '), 'The digital identity level is IAL2 / AAL2 / FAL2 for customer users and AAL3 for privileged users, as recorded in the Digital Identity Worksheet.'),
    h1('4 System Owner'),
    table([
      ['Name', ORG.ceo],
      ['Title', 'Chief Executive Officer'],
      ['Company / Organization', ORG.csp],
      ['Address', ORG.city],
      ['Phone Number', '(571) 555-0142'],
      ['Email Address', 'mhale@kestrelforge.io'],
    ]),
    h1('5 Assignment of Security Responsibility'),
    p(`The Information System Security Officer (ISSO) for ${ORG.abbr} is ${ORG.isso}. The ISSO is supported by ${ORG.secEng}, ${ORG.secEngTitle}. Both are full-time employees; the security team is intentionally small and relies on engineering owners for control operation, which is reflected in the Separation of Duties Matrix.`),
    h1('6 Leveraged FedRAMP-Authorized Services'),
    table([
      ['CSP/CSO Name', 'FedRAMP Package ID', 'Impact Level', 'Nature of Agreement'],
      ['Amazon Web Services GovCloud (US)', 'F1603047866', 'High', 'Enterprise agreement'],
      ['Okta for Government Moderate', 'FR1823859286', 'Moderate', 'Subscription'],
      ['CrowdStrike Falcon Platform for Government', 'FR1827263425', 'Moderate', 'Subscription'],
    ]),
    h1('7 External Systems and Services Not Having FedRAMP Authorization'),
    p('GitHub Enterprise Cloud (source code only; no federal data) and PagerDuty (alert metadata only). Both are documented with data flows and compensating measures; neither stores, processes or transmits federal customer data.'),
    h1('8 Illustrated Architecture and Narratives'),
    ...paras(`${ORG.abbr} runs in a dedicated AWS GovCloud (US-West) organization with separate accounts for production, staging, security tooling and log archive. Customer traffic enters through AWS WAF and an internet-facing Application Load Balancer, terminates TLS on FIPS endpoints, and reaches the mission services on Amazon EKS (three node groups across three availability zones). Mission data lives in Amazon RDS for PostgreSQL (Multi-AZ) and in S3 buckets with object lock for evidence exports.

The authorization boundary diagram (Figure 8-1) and the data flow diagrams (Figures 8-2 through 8-4) are maintained in Lucid and exported with each SSP revision. Every component in the boundary appears in the Integrated Inventory Workbook.`),
    h1('9 Services, Ports, and Protocols'),
    table([
      ['Port (TCP/UDP)', 'Protocol', 'Service', 'Purpose', 'Used By'],
      ['443/TCP', 'HTTPS', 'ALB / KMC web and API', 'Customer access', 'Agency users, integrations'],
      ['5432/TCP', 'PostgreSQL over TLS', 'RDS', 'Application data', 'KMC services (internal)'],
      ['15443/TCP', 'mTLS', 'Istio east-west gateway', 'Service mesh', 'Internal'],
      ['53/UDP', 'DNS', 'Route 53 Resolver', 'Name resolution', 'Internal'],
    ]),
    h1('10 Cryptographic Modules Implemented for Data At Rest (DAR) and Data In Transit (DIT)'),
    table([
      ['Type', 'FIPS 140 Validated?', 'Module / Certificate', 'Description'],
      ['DIT', 'Yes', 'AWS-LC FIPS 2.0, cert #4816', 'TLS on ALB and CloudFront (GovCloud) endpoints'],
      ['DIT', 'Yes', 'BoringCrypto, cert #4735', 'Go services and Envoy sidecars'],
      ['DAR', 'Yes', 'AWS KMS HSM, cert #4884', 'Envelope encryption for RDS, S3, EBS'],
    ]),
    h1('11 Separation of Duties'),
    p('Separation of duties is described in the Separation of Duties Matrix (Attachment 11). Developers cannot deploy to production without a second approver; security tooling administrators cannot alter log archive retention.'),
    h1('12 SSP Appendices List'),
    ul(
      'Appendix A — FedRAMP Moderate Security Controls',
      'Attachment 1 — Information Security Policies and Procedures',
      'Attachment 2 — User Guide',
      'Attachment 3 — Digital Identity Worksheet',
      'Attachment 4 — PTA / PIA',
      'Attachment 5 — Rules of Behavior',
      'Attachment 6 — Information System Contingency Plan',
      'Attachment 7 — Configuration Management Plan',
      'Attachment 8 — Incident Response Plan',
      'Attachment 9 — CIS / CRM Workbook',
      'Attachment 10 — FIPS 199 Categorization',
      'Attachment 11 — Separation of Duties Matrix',
      'Attachment 12 — FedRAMP Laws and Regulations',
      'Attachment 13 — Integrated Inventory Workbook',
      'Supply Chain Risk Management Plan',
    ),
    pb(),
    h1('Appendix A FedRAMP Moderate Security Controls'),
    p('Control narratives below follow the Rev5 Moderate baseline. Only a subset is reproduced in this excerpt of the working document; the full appendix is maintained in the OSCAL export.'),
    ...(comments ? [p(cmt('Families AT, PE and PS are inherited or corporate and are documented in the CRM.', ORG.isso, 'Theo - make sure CRM tab matches this'))] : []),
    h2('Access Control (AC)'),
    ...controlBlocks(controls.filter((c) => c.id.startsWith('AC')), comments),
    h2('Audit and Accountability (AU)'),
    ...controlBlocks(controls.filter((c) => c.id.startsWith('AU')), comments),
    h2('Configuration Management (CM)'),
    ...controlBlocks(controls.filter((c) => c.id.startsWith('CM')), comments),
    h2('Identification and Authentication (IA)'),
    ...controlBlocks(controls.filter((c) => c.id.startsWith('IA')), comments),
    h2('Incident Response (IR)'),
    ...controlBlocks(controls.filter((c) => c.id.startsWith('IR')), comments),
    h2('Risk Assessment (RA)'),
    ...controlBlocks(controls.filter((c) => c.id.startsWith('RA')), comments),
    h2('System and Communications Protection (SC)'),
    ...controlBlocks(controls.filter((c) => c.id.startsWith('SC')), comments),
    h2('System and Information Integrity (SI)'),
    ...controlBlocks(controls.filter((c) => c.id.startsWith('SI')), comments),
  ];
}

export async function sspDocs(): Promise<EvalDoc[]> {
  const out: EvalDoc[] = [];

  // 1. Google Docs export: Title style, comments left in, no docProps at all.
  out.push({
    file: 'Final_v7.docx',
    expected: 'SSP',
    note: 'FedRAMP Rev5 Moderate System Security Plan for Kestrel Mission Cloud exported from Google Docs (Title style, comments, control summary tables); it is the SSP.',
    data: await renderDocx(
      [title('System Security Plan', ORG.cso, 'FedRAMP Moderate — Agency Authorization', `${ORG.csp} | Version 1.3 | 2026-10-02`), p({ text: PROPRIETARY, italic: true, size: 9 }), ...sspBody('1.3', '2026-10-02', true, CONTROLS)],
      { headings: 'styles', title: 'style', header: CUI_BANNER, footer: `${ORG.abbr} SSP v1.3`, pageNumbers: true, props: { mode: 'none' } },
    ),
  });

  // 2. PDF via Google's Download as PDF, earlier draft; cover page.
  out.push({
    file: 'doc-0412.pdf',
    expected: 'SSP',
    note: 'Earlier v0.9 draft of the same FedRAMP System Security Plan downloaded from Google Docs as PDF; SSP regardless of draft status.',
    data: await renderPdf(
      [
        title('Kestrel Mission Cloud (KMC)', 'System Security Plan', 'FedRAMP Moderate Baseline — DRAFT v0.9 for agency review', 'May 11, 2026'),
        ...sspBody('0.9', '2026-05-11', false, CONTROLS.slice(0, 7)),
      ],
      { info: { title: 'KMC_SSP_Rev5_v0.9', producer: GOOGLE_PDF.producer, created: '2026-05-11T14:02:11Z' }, header: 'CUI', pageNumbers: true, cover: true },
    ),
  });

  // 3. OSCAL JSON: FedRAMP's SSP template (test/fixtures/oscal) filled in with KMC's names.
  const tpl = JSON.parse(readFileSync(fixture('oscal/FedRAMP-SSP-OSCAL-Template.json'), 'utf8')) as {
    'system-security-plan': { metadata: Record<string, unknown>; 'system-characteristics': Record<string, unknown> };
  };
  const ssp = tpl['system-security-plan'];
  ssp.metadata.title = `${ORG.cso} System Security Plan`;
  ssp.metadata['last-modified'] = '2026-10-02T16:20:00Z';
  ssp.metadata.version = '1.3';
  ssp['system-characteristics']['system-name'] = ORG.cso;
  ssp['system-characteristics']['system-name-short'] = ORG.abbr;
  out.push({
    file: 'export (2).json',
    expected: 'SSP',
    note: 'OSCAL JSON system-security-plan (FedRAMP template, fixture test/fixtures/oscal/FedRAMP-SSP-OSCAL-Template.json) re-titled for KMC; an SSP.',
    data: JSON.stringify(tpl, null, 2) + '\n',
  });

  // 4. OSCAL YAML written by the team's own export script: small but a real SSP model.
  const uuid = (n: number): string => `5f0c1e2a-7b3d-4c8e-9a1f-${String(n).padStart(12, '0')}`;
  const yamlSsp = {
    'system-security-plan': {
      uuid: uuid(1),
      metadata: {
        title: 'Kestrel Mission Cloud (KMC) - FedRAMP Moderate SSP',
        'last-modified': '2026-10-02T16:20:00Z',
        version: '1.3',
        'oscal-version': '1.1.2',
        roles: [{ id: 'system-owner', title: 'System Owner' }, { id: 'isso', title: 'Information System Security Officer' }],
        parties: [{ uuid: uuid(2), type: 'organization', name: ORG.csp }, { uuid: uuid(3), type: 'person', name: ORG.isso }],
      },
      'import-profile': { href: 'https://raw.githubusercontent.com/GSA/fedramp-automation/master/dist/content/rev5/baselines/json/FedRAMP_rev5_MODERATE-baseline_profile.json' },
      'system-characteristics': {
        'system-ids': [{ 'identifier-type': 'https://fedramp.gov', id: ORG.fedrampId }],
        'system-name': ORG.cso,
        'system-name-short': ORG.abbr,
        description: 'Mission planning and logistics data fusion SaaS for federal defense and homeland security customers.',
        'security-sensitivity-level': 'fips-199-moderate',
        'system-information': {
          'information-types': [
            {
              uuid: uuid(4),
              title: 'Logistics Management',
              categorizations: [{ system: 'https://doi.org/10.6028/NIST.SP.800-60v2r1', 'information-type-ids': ['C.3.4.3'] }],
              'confidentiality-impact': { base: 'fips-199-moderate' },
              'integrity-impact': { base: 'fips-199-moderate' },
              'availability-impact': { base: 'fips-199-moderate' },
            },
          ],
        },
        'security-impact-level': {
          'security-objective-confidentiality': 'fips-199-moderate',
          'security-objective-integrity': 'fips-199-moderate',
          'security-objective-availability': 'fips-199-moderate',
        },
        status: { state: 'under-development' },
        'authorization-boundary': { description: `All KMC components in the ${ORG.region} production, staging, security and log-archive accounts.` },
      },
      'system-implementation': {
        users: [{ uuid: uuid(5), title: 'Platform Administrator', 'role-ids': ['admin'], props: [{ name: 'privilege-level', value: 'privileged' }] }],
        components: [{ uuid: uuid(6), type: 'this-system', title: ORG.cso, description: 'The system as a whole.', status: { state: 'operational' } }],
      },
      'control-implementation': {
        description: 'FedRAMP Rev5 Moderate control implementations for KMC.',
        'implemented-requirements': CONTROLS.map((c, n) => ({
          uuid: uuid(100 + n),
          'control-id': c.id.toLowerCase().replace('(', '.').replace(')', ''),
          props: [{ name: 'implementation-status', ns: 'https://fedramp.gov/ns/oscal', value: c.status === 'Implemented' ? 'implemented' : 'partial' }],
          statements: c.parts.map(([k, t], m) => ({
            'statement-id': `${c.id.toLowerCase().replace('(', '.').replace(')', '')}_smt${/^[a-z]$/.test(k) ? `.${k}` : ''}`,
            uuid: uuid(1000 + n * 20 + m),
            'by-components': [{ 'component-uuid': uuid(6), uuid: uuid(5000 + n * 20 + m), description: t }],
          })),
        })),
      },
    },
  };
  out.push({
    file: 'kmc-ssp.oscal.yaml',
    expected: 'SSP',
    note: 'OSCAL YAML system-security-plan from the team export script (FIPS 199 moderate, implemented requirements); an SSP.',
    data: '# generated by ssp-export (eng wiki: /security/oscal) - do not edit by hand\n' + YAML.stringify(yamlSsp, { lineWidth: 0 }),
  });
  return out;
}
