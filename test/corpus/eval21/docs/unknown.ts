import { renderDocx } from '../kit/docx.js';
import type { ProseDoc } from '../kit/model.js';
import { PDF_TOOLCHAINS, renderPdf } from '../kit/pdf.js';
import { renderAsciiDoc, renderMarkdown, renderPlainText, renderRst } from '../kit/text.js';
import { newWorkbook, putRows, workbookBuffer } from '../kit/xlsx.js';
import { ORG } from './common.js';
import type { Spec } from './common.js';

const D = (y: number, m: number, d: number): Date => new Date(Date.UTC(y, m - 1, d, 16));

const contributing: ProseDoc = {
  title: 'Contributing to compliance-docs',
  body: [
    { p: 'This repository holds the sources of every FedRAMP document we maintain for FCBG: the System Security Plan, its attachments, the POA&M tooling and the continuous monitoring reports. Thanks for helping keep them accurate. Please read this guide before opening a merge request.' },
    { h: 1, text: 'Repository layout' },
    { code: 'ssp/            # SSP chapters, one Markdown file per control family\nattachments/    # ISCP, IRP, CMP, ... (AsciiDoc and reST)\npoam/           # poam.csv + the poam2oscal converter\nbuild/          # Pandoc templates, reference.docx, LaTeX preamble\nmkdocs.yml      # internal preview site', lang: 'text' },
    { h: 1, text: 'Making a change' },
    { ol: ['Create a branch named `docs/<ticket>-<summary>`.', 'Edit the Markdown; run `make preview` to see the rendered site.', 'Run `make lint` (Vale with our style rules, markdownlint, link checker).', 'Open a merge request and request review from @compliance-writers and the control owner.', 'The ISSO approves changes to SSP control statements; nobody merges their own MR.'] },
    { h: 1, text: 'Writing control statements' },
    { p: 'Describe what the system does today, not what it will do. Name the component and the team. Link evidence by ticket ID, not by screenshot. See docs/style-guide.rst for wording rules.' },
    { h: 1, text: 'Releases' },
    { p: 'Tags `ssp-vX.Y` trigger the release pipeline, which renders docx and PDF with Pandoc and uploads them to the package bucket. Never upload hand-edited Word files to the agency: regenerate them.' },
    { admonition: 'WARNING', text: 'Documents are CUI. Do not paste control text into public issue trackers or chat tools outside the boundary.' },
  ],
};

const styleGuide: ProseDoc = {
  title: 'Style Guide for SSP Control Narratives',
  body: [
    { p: 'This guide tells writers how to phrase implementation statements so that reviewers at the 3PAO and the agency can test them. It is not itself part of the authorization package.' },
    { h: 1, text: 'Voice and tense' },
    { ul: ['Use present tense and active voice: "The platform team reviews ..." not "Reviews will be performed".', 'Name a responsible role for every activity.', 'Avoid "should", "may", "as needed": assessors read them as not implemented.'] },
    { h: 1, text: 'Parameters' },
    { p: 'Quote organization-defined parameters exactly as in the FedRAMP baseline, for example "at least every 90 days". Put the value in bold the first time it appears in a part.' },
    { h: 1, text: 'Terminology' },
    { table: { head: ['Use', 'Do not use'], rows: [['authorization boundary', 'perimeter, accreditation boundary'], ['agency customer', 'client'], ['POA&M', 'POAM, PoAM'], ['3PAO', 'auditor']] } },
    { h: 1, text: 'Examples' },
    { code: 'Part a: The identity team disables accounts of users inactive for\n**90 days** using the Okta inactivity automation (ticket SEC-2231).', lang: 'markdown' },
  ],
};

const mkdocs = `site_name: FCBG Compliance Docs (internal preview)
site_url: https://compliance-docs.internal.forgeline.dev/
repo_url: https://git.forgeline.dev/compliance/compliance-docs
edit_uri: -/edit/main/
copyright: Forgeline, Inc. — CUI, internal only
theme:
  name: material
  features:
    - navigation.sections
    - search.highlight
  palette:
    primary: indigo
markdown_extensions:
  - admonition
  - footnotes
  - tables
  - toc:
      permalink: true
  - pymdownx.superfences
plugins:
  - search
  - with-pdf:
      cover_subtitle: FedRAMP Moderate package
      output_path: pdf/fcbg-package.pdf
nav:
  - Home: index.md
  - System Security Plan:
      - Overview: ssp/index.md
      - Access Control (AC): ssp/ac.md
      - Audit and Accountability (AU): ssp/au.md
      - Configuration Management (CM): ssp/cm.md
  - Attachments:
      - ISCP: attachments/iscp.md
      - Incident Response Plan: attachments/irp.md
      - Configuration Management Plan: attachments/cmp.md
  - POA&M: poam/README.md
  - Contributing: CONTRIBUTING.md
extra:
  version: ssp-v2.4
`;

const changelog = `# Changelog

All notable changes to the FedRAMP document set are recorded here. The format follows
[Keep a Changelog](https://keepachangelog.com/en/1.1.0/); versions are the SSP release tags.

## [ssp-v2.4] - 2025-06-09
### Added
- SSP §9: warm standby in us-gov-east-1 (SCR-2025-03 approved by NHDA on 2025-04-22).
- ISCP: failover procedure for the registry tier.
### Changed
- POA&M export: new \`BOD 22-01 Due Date\` column populated from the KEV feed.
- CM-6 narrative now references the OPA policy bundle instead of the Ansible role.
### Fixed
- Inventory export duplicated ALB entries (#412).

## [ssp-v2.3] - 2025-03-14
### Added
- Significant change request SCR-2025-03 rendered from \`scr/2025-03.md\`.
### Changed
- AC-2(3) inactivity threshold documented as 90 days (SAR finding KAP-01).

## [ssp-v2.2] - 2025-02-03
### Changed
- Agency comments round 1 resolved (58 comments).
- POA&M V-0110 moved to Closed after rescan.

## [ssp-v2.0] - 2024-11-18
### Changed
- Rev5 transition: all control statements rewritten; Word template dropped in favour of Pandoc.
`;

const rfc: ProseDoc = {
  title: 'RFC-0007: Compliance documents as code',
  author: `${ORG.eng} <jonas.whitfield@forgeline.dev>`,
  date: '2024-08-12',
  body: [
    { h: 1, text: 'Status' },
    { p: 'Accepted (2024-09-03). Supersedes the Word-based workflow.' },
    { h: 1, text: 'Context' },
    { p: 'Our SSP was a 600-page Word file edited by eleven people. Merge conflicts were resolved by e-mail; the POA&M was a spreadsheet nobody trusted. The agency asked for OSCAL for the next annual assessment.' },
    { h: 1, text: 'Decision' },
    { p: 'We keep every document as Markdown, AsciiDoc or reST in Git, render docx with Pandoc and a reference.docx that mimics the FedRAMP template styles, render PDF with LaTeX, and generate OSCAL JSON for the SSP and POA&M from the same sources with our converter.' },
    { h: 2, text: 'Pipeline' },
    { ol: ['Lint (Vale, markdownlint, link check).', 'Render docx/PDF; diff against the previous release.', 'Generate OSCAL; validate with oscal-cli against the FedRAMP constraints.', 'Publish to the package bucket; notify the ISSO.'] },
    { h: 1, text: 'Consequences' },
    { p: 'Writers need Git training. Tables with merged cells are hard in Markdown; we use list-tables in reST for those. Reviewers outside engineering receive rendered docx with tracked changes generated by the diff step.' },
    { h: 1, text: 'Alternatives considered' },
    { ul: ['Keep Word with SharePoint co-authoring: rejected, no review workflow.', 'A commercial GRC tool: rejected for cost and lock-in; revisit in 2026.'] },
  ],
};

const blog: ProseDoc = {
  title: 'How we got FedRAMP Moderate in 14 months',
  body: [
    { p: 'Last week the National Hydrographic Data Administration granted Forgeline Cloud Build for Government an Authority to Operate. This post is about what it took from the engineering side, what we would do again, and what we would not.' },
    { h: 1, text: 'Start with the boundary' },
    { p: 'We spent the first two months drawing the authorization boundary, and it was time well spent. Every later argument (is the corporate Okta in scope? what about our status page?) was settled by pointing at the diagram.' },
    { h: 1, text: 'Docs as code' },
    { p: 'Our SSP, POA&M and attachments live in Git. When the 3PAO asked for evidence that a control statement matched reality, we linked the Terraform that implements it. Rendering to Word with Pandoc kept the agency reviewers happy.' },
    { h: 1, text: 'The assessment' },
    { p: 'Kestrel ran a three-week assessment. The penetration test focused on tenant isolation in our runner fleet, which held up. Fourteen findings went onto our POA&M; most were configuration drift we had already ticketed.' },
    { h: 1, text: 'What we would do differently' },
    { ul: ['Automate the monthly scan upload from day one.', 'Hire a technical writer earlier.', 'Freeze the system for testing with a feature flag, not a code freeze.'] },
    { p: 'If you are a federal team, you can request access at forgeline.dev/government. We are hiring compliance engineers, too.' },
  ],
};

const threatModel: ProseDoc = {
  title: 'Threat Model: Multi-tenant Build Runners',
  subtitle: 'STRIDE analysis, revision 3',
  author: 'Forgeline Security Engineering',
  date: 'March 2025',
  body: [
    { h: 1, text: 'Scope' },
    { p: 'This threat model covers the build runner fleet: the job scheduler, the Firecracker microVMs, the image cache and the secrets broker. It is an internal engineering artifact used to prioritise security work; it feeds the risk assessment but is not a compliance deliverable.^[The FedRAMP risk assessment (RA-3) cites this model as one input.]' },
    { h: 1, text: 'System Model' },
    { p: 'Jobs arrive from the API, are queued in SQS, and are picked up by the scheduler which boots a microVM from the golden image, injects short-lived credentials through the secrets broker and streams logs back to the console.' },
    { h: 1, text: 'Threats' },
    { table: { head: ['ID', 'STRIDE', 'Threat', 'Mitigation', 'Residual'], rows: [['T1', 'E', 'Guest-to-host escape from microVM', 'Firecracker jailer, seccomp, dedicated nodes', 'Low'], ['T2', 'I', 'Cross-tenant cache poisoning', 'Per-tenant cache namespaces, content hashes', 'Low'], ['T3', 'S', 'Stolen job token reused', 'Token bound to job ID and microVM identity, 15 min TTL', 'Low'], ['T4', 'D', 'Crypto-mining abuse exhausts fleet', 'Per-tenant quotas, anomaly detection', 'Medium'], ['T5', 'T', 'Tampered base image', 'Signed images verified at boot', 'Low']], widths: [1, 1, 3, 4, 1] } },
    { h: 1, text: 'Open Questions' },
    { p: 'Should customer-supplied runner images be allowed on shared nodes? Current answer: no; revisit when nested virtualization is available on GovCloud instance types.' },
  ],
};

const runbook = `# Runbook: registry failover to us-gov-east-1

**Owner:** platform-oncall · **Last tested:** 2025-06-18 · **Pager:** \`fcbg-registry-critical\`

> This is the hands-on procedure the on-call engineer follows. Policy, roles and
> notification duties are in the ISCP; do not change them here.

## When to use

- Registry 5xx rate > 20% for 10 minutes in us-gov-west-1 **and** the AWS Health
  Dashboard shows a regional event, or
- the incident commander asks for failover.

## Steps

1. Announce in \`#inc-<id>\`: "Starting registry failover, ETA 40 min".
2. Freeze deploys: \`fl deploy freeze --env prod --reason "failover"\`.
3. Promote the Aurora replica:
   \`\`\`sh
   aws rds failover-global-cluster --region us-gov-east-1 \\
     --global-cluster-identifier fcbg-registry --target-db-cluster-identifier fcbg-registry-east
   \`\`\`
4. Scale node groups: \`fl cluster scale registry-east --min 6 --desired 9\`.
5. Flip DNS: run the \`route53-failover\` pipeline with \`target=east\`.
6. Verify: \`curl -sf https://registry.fcbg.forgeline.us/v2/ && fl smoke registry\`.
7. Unfreeze deploys once smoke tests pass twice.

## Rollback

Run the same pipeline with \`target=west\` after the primary is healthy for 1 hour.

## Known issues

- Image pulls may 404 for ~2 min while the CDN cache warms.
- The smoke test fails if the \`fcbg-smoke\` tenant token expired; rotate it first.
`;

const apiRef: ProseDoc = {
  title: 'FCBG REST API Reference',
  subtitle: 'API version 2',
  author: ORG.csp,
  date: 'Jun 02, 2025',
  body: [
    { h: 1, text: 'Authentication' },
    { p: 'All requests require a bearer token in the Authorization header. Personal access tokens and OIDC workload tokens are accepted. Requests without a token receive 401.' },
    { h: 1, text: 'Projects' },
    { h: 2, text: 'GET /api/v2/projects' },
    { p: 'Lists the projects visible to the caller. Query parameters: page (integer, default 1), per_page (integer, max 100), search (string).' },
    { code: 'curl -H "Authorization: Bearer $FCBG_TOKEN" \\\n  https://api.fcbg.forgeline.us/api/v2/projects?per_page=20', lang: 'sh' },
    { h: 2, text: 'POST /api/v2/projects' },
    { table: { head: ['Field', 'Type', 'Required', 'Description'], rows: [['name', 'string', 'yes', 'Project name, unique in the organization'], ['visibility', 'string', 'no', 'private (default) or internal'], ['default_branch', 'string', 'no', 'Defaults to main']] } },
    { h: 1, text: 'Pipelines' },
    { h: 2, text: 'POST /api/v2/projects/{id}/pipelines' },
    { p: 'Creates a pipeline for a ref. Returns 201 with the pipeline object. Rate limited to 60 requests per minute per token.' },
    { h: 2, text: 'GET /api/v2/pipelines/{id}/jobs' },
    { p: 'Lists the jobs of a pipeline with their status: created, pending, running, success, failed, canceled.' },
    { h: 1, text: 'Errors' },
    { table: { head: ['Status', 'Meaning'], rows: [['400', 'Invalid parameters'], ['401', 'Missing or invalid token'], ['403', 'Token lacks the required scope'], ['404', 'Resource not found or not visible'], ['429', 'Rate limit exceeded; see Retry-After']] } },
  ],
};

const postmortem = `---
title: "Incident 2025-05-14: elevated build queue latency"
date: 2025-05-16
status: resolved
components: [Build runners]
---

# Postmortem: elevated build queue latency (May 14, 2025)

**Summary.** Between 14:02 and 15:47 UTC, build jobs on FCBG waited up to 38 minutes
before starting. No data was lost or exposed. This was not a security incident.

## Impact

- 2,314 jobs delayed more than 5 minutes across 61 organizations.
- Console and registry were unaffected.

## Timeline (UTC)

| Time  | Event |
|-------|-------|
| 14:02 | Queue depth alarm fires |
| 14:09 | On-call acknowledges; scheduler pods healthy |
| 14:31 | Root cause found: node group hit the EC2 vCPU quota after an AMI roll |
| 15:10 | Quota increase approved by AWS |
| 15:47 | Queue drained |

## Root cause

The weekly golden-image roll doubled the node group during the surge window; the
account's vCPU quota had not been raised when we added the new instance family.

## What went well / what did not

- Alarms fired quickly; the runbook for queue latency was accurate.
- We had no alarm on service quota utilisation.

## Action items

- [x] Raise vCPU quota with 50% headroom (PLAT-1882)
- [ ] Alarm at 80% of every EC2 quota (PLAT-1883)
- [ ] Stagger AMI rolls outside 13:00–17:00 UTC (PLAT-1884)
`;

function sbom(): string {
  const comps = [
    ['golang.org/x/net', '0.26.0', 'pkg:golang/golang.org/x/net@v0.26.0', 'BSD-3-Clause'],
    ['github.com/aws/aws-sdk-go-v2', '1.27.2', 'pkg:golang/github.com/aws/aws-sdk-go-v2@v1.27.2', 'Apache-2.0'],
    ['github.com/jackc/pgx/v5', '5.6.0', 'pkg:golang/github.com/jackc/pgx/v5@v5.6.0', 'MIT'],
    ['openssl-libs', '3.0.8-1.amzn2023.0.12', 'pkg:rpm/amazonlinux/openssl-libs@3.0.8-1.amzn2023.0.12?arch=x86_64', 'Apache-2.0'],
    ['glibc', '2.34-52.amzn2023.0.10', 'pkg:rpm/amazonlinux/glibc@2.34-52.amzn2023.0.10?arch=x86_64', 'LGPL-2.1-or-later'],
  ];
  return JSON.stringify({
    bomFormat: 'CycloneDX', specVersion: '1.5', serialNumber: 'urn:uuid:5e0a1f3c-8f7d-4a41-9d2e-7b3c0e8f2a19', version: 1,
    metadata: { timestamp: '2025-06-09T12:00:00Z', tools: { components: [{ type: 'application', name: 'syft', version: '1.7.0' }] }, component: { type: 'container', name: 'registry.fcbg.forgeline.us/platform/console', version: 'sha256:9b1c0f' }, supplier: { name: ORG.csp } },
    components: comps.map(([name, version, purl, lic]) => ({ type: 'library', 'bom-ref': purl, name, version, purl, licenses: [{ license: { id: lic } }] })),
    dependencies: [{ ref: comps[0]![2], dependsOn: [] }],
  }, null, 2);
}

const tfReadme = `# terraform-aws-fcbg-log-archive

Terraform module that creates the FedRAMP log archive account resources for FCBG:
an Object Lock S3 bucket, a KMS key with a FIPS endpoint policy, and the organization
CloudTrail trail. Used by the \`live/prod\` stack; satisfies AU-4, AU-9 and AU-11 as
described in the SSP.

## Usage

\`\`\`hcl
module "log_archive" {
  source          = "git::https://git.forgeline.dev/platform/terraform-aws-fcbg-log-archive.git?ref=v3.2.0"
  org_id          = "o-8f2k1x9d0q"
  retention_days  = 1095
  kms_admin_roles = ["arn:aws-us-gov:iam::111122223333:role/security-admin"]
}
\`\`\`

## Requirements

| Name | Version |
|------|---------|
| terraform | >= 1.6 |
| aws | >= 5.40 |

## Inputs

| Name | Description | Type | Default | Required |
|------|-------------|------|---------|:--------:|
| org_id | AWS Organizations ID | \`string\` | n/a | yes |
| retention_days | Object Lock retention in days | \`number\` | \`365\` | no |
| kms_admin_roles | Roles allowed to administer the key | \`list(string)\` | \`[]\` | no |

## Outputs

| Name | Description |
|------|-------------|
| bucket_arn | ARN of the archive bucket |
| kms_key_arn | ARN of the archive key |
| trail_arn | ARN of the organization trail |
`;

const soc2: ProseDoc = {
  title: 'SOC 2 Type II Report',
  subtitle: `Report on ${ORG.csp}'s Description of Its Forgeline Cloud Platform and on the Suitability of the Design and Operating Effectiveness of Its Controls Relevant to Security and Availability`,
  author: 'Harrow & Vance CPAs LLP',
  date: 'For the period October 1, 2023 to September 30, 2024',
  body: [
    { h: 1, text: "Independent Service Auditor's Report" },
    { p: `To the management of ${ORG.csp}: Scope. We have examined Forgeline's accompanying description of its Forgeline Cloud Platform system throughout the period October 1, 2023 to September 30, 2024 based on the criteria for a description of a service organization's system in DC section 200, and the suitability of the design and operating effectiveness of controls stated in the description to provide reasonable assurance that Forgeline's service commitments and system requirements were achieved based on the trust services criteria relevant to security and availability (applicable trust services criteria) set forth in TSP section 100.` },
    { p: 'Service Organization\'s Responsibilities. Forgeline is responsible for its service commitments and system requirements and for designing, implementing and operating effective controls within the system.' },
    { p: 'Opinion. In our opinion, in all material respects, the description presents the system that was designed and implemented throughout the period in accordance with the description criteria, and the controls stated in the description were suitably designed and operated effectively.' },
    { h: 1, text: "Management's Assertion" },
    { p: 'We have prepared the accompanying description of the Forgeline Cloud Platform for user entities of the system during some or all of the period and their auditors.' },
    { h: 1, text: 'Trust Services Criteria, Related Controls and Tests of Controls' },
    { table: { head: ['Criteria', 'Control', 'Test performed', 'Result'], rows: [['CC6.1', 'Access to production requires SSO and MFA', 'Inspected IdP policy; sampled 25 users', 'No exceptions noted'], ['CC6.2', 'Access requests are approved', 'Sampled 25 new hires', 'No exceptions noted'], ['CC7.2', 'Security events are monitored', 'Inspected alert configuration and 10 alerts', 'No exceptions noted'], ['A1.2', 'Backups are performed and tested', 'Inspected backup jobs and restore test', 'Exception: one quarterly restore test late']] } },
    { p: 'Complementary user entity controls are listed in Section 3 and must be in place at user entities for the controls to be effective.' },
  ],
};

const minutes: ProseDoc = {
  title: 'FedRAMP weekly sync — meeting notes',
  date: '2025-07-17',
  body: [
    { p: `Attendees: ${ORG.isso} (ISSO), ${ORG.eng} (Platform), Colm Brannigan (Kestrel), Tomas Ferreira (NHDA ISSM). Apologies: ${ORG.cto}.` },
    { h: 1, text: 'Agenda' },
    { ol: ['Assessment status', 'Evidence requests', 'POA&M preparation', 'AOB'] },
    { h: 1, text: 'Assessment status' },
    { p: 'Kestrel finished interviews for AC, AU, CM and IA. Penetration testing starts Monday from the agreed source range. The system is frozen since July 7; one emergency change (OpenSSL patch) was reported to the 3PAO the same day.' },
    { h: 1, text: 'Evidence requests' },
    { p: 'Twelve requests are open in the tracker; eight are due Friday. Colm needs the access review export for Q2 and the last two weeks of log review tickets.' },
    { h: 1, text: 'POA&M preparation' },
    { p: 'Marisol will seed the POA&M from the draft SAR findings once Kestrel shares them (expected August 22). Tomas asked that deviation requests be submitted separately, not as POA&M comments.' },
    { h: 1, text: 'Action items' },
    { table: { head: ['Owner', 'Action', 'Due'], rows: [[ORG.eng, 'Upload Q2 access review export', '2025-07-18'], [ORG.isso, 'Send log review tickets', '2025-07-18'], ['Colm Brannigan', 'Share draft findings list', '2025-07-31']] } },
  ],
};

async function riskRegister(): Promise<Buffer> {
  const wb = newWorkbook({ creator: ORG.ciso, title: 'Enterprise Risk Register FY25' });
  const ws = wb.addWorksheet('Risk Register');
  putRows(ws, 1, [['Forgeline Enterprise Risk Register — FY2025 Q2'], ['Owner: CISO; reviewed quarterly by the Risk Committee'], []]);
  putRows(ws, 4, [['Risk ID', 'Category', 'Risk Description', 'Owner', 'Likelihood (1-5)', 'Impact (1-5)', 'Inherent Score', 'Treatment', 'Mitigations', 'Residual Score', 'Trend', 'Next Review'],
    ['ER-01', 'Strategic', 'Loss of the NHDA sponsorship delays FedRAMP authorization', 'CEO', 2, 5, 10, 'Mitigate', 'Executive sponsor meetings monthly', 6, 'Down', '2025-09-30'],
    ['ER-02', 'Operational', 'Key-person dependency on the two SREs who know the runner fleet', 'VP Engineering', 3, 4, 12, 'Mitigate', 'Runbooks; cross-training; hire two SREs', 8, 'Flat', '2025-09-30'],
    ['ER-03', 'Security', 'Supply chain compromise of an open-source dependency', 'CISO', 3, 5, 15, 'Mitigate', 'Pinned deps, SBOM, malicious-package feed', 9, 'Flat', '2025-09-30'],
    ['ER-04', 'Financial', 'AWS GovCloud costs exceed plan by more than 20%', 'CFO', 3, 3, 9, 'Accept', 'Savings plans; monthly review', 6, 'Up', '2025-09-30'],
    ['ER-05', 'Compliance', 'Failure to meet monthly continuous monitoring deadlines', 'ISSO', 2, 4, 8, 'Mitigate', 'Automated scan upload; calendar', 4, 'Down', '2025-09-30'],
    ['ER-06', 'Legal', 'Customer data residency requirements outside the US', 'General Counsel', 2, 3, 6, 'Avoid', 'GovCloud only for federal tenants', 2, 'Flat', '2025-12-31']], true);
  return workbookBuffer(wb);
}

async function vendorQuestionnaire(): Promise<Buffer> {
  const wb = newWorkbook({ creator: 'Procurement', title: 'Vendor Security Assessment Questionnaire' });
  const ws = wb.addWorksheet('Questionnaire');
  putRows(ws, 1, [['Third-Party Security Questionnaire (Lite) — Harbor Analytics Group, Procurement'], ['Vendor: Forgeline, Inc. — completed by Marisol Tran, 2025-04-30'], []]);
  putRows(ws, 4, [['Ref', 'Domain', 'Question', 'Response (Yes/No/NA)', 'Comments'],
    ['A.1', 'Governance', 'Does the organization maintain an information security program approved by management?', 'Yes', 'ISMS aligned with NIST CSF 2.0'],
    ['A.4', 'Governance', 'Is there an independent audit report (SOC 2, ISO 27001) available?', 'Yes', 'SOC 2 Type II, period ending 2024-09-30'],
    ['B.2', 'Access Control', 'Is MFA required for all remote access to production?', 'Yes', 'FIDO2'],
    ['C.1', 'Data Protection', 'Is customer data encrypted at rest?', 'Yes', 'AES-256 via AWS KMS'],
    ['D.3', 'Vendor Management', 'Do you assess your own subprocessors annually?', 'Yes', ''],
    ['E.2', 'Incident Management', 'Will you notify us of a breach within 72 hours?', 'Yes', '24 hours contractually'],
    ['F.1', 'Business Continuity', 'Is there a tested disaster recovery plan?', 'Yes', 'Tested annually'],
    ['G.5', 'Privacy', 'Do you process data of EU residents?', 'No', 'Commercial platform only; GovCloud for federal']], true);
  return workbookBuffer(wb);
}

const redTeamMemo: ProseDoc = {
  title: 'MEMORANDUM',
  body: [
    { table: { head: ['', ''], rows: [['TO', 'Platform Engineering, SRE, Support leads'], ['FROM', `${ORG.ciso}, CISO`], ['DATE', 'September 2, 2025'], ['SUBJECT', 'Rules of engagement — internal purple-team exercise "Driftwood" (commercial platform)']] } },
    { p: 'Our internal red team will run a purple-team exercise against the commercial Forgeline Cloud Platform from September 15 to 26. This memo sets the rules of engagement so that on-call staff know what to expect. The exercise is an internal training activity; it is not part of any third-party assessment and does not involve the FedRAMP environment (FCBG), which is out of scope.' },
    { h: 1, text: 'Objectives' },
    { ul: ['Exercise detection of credential theft from CI jobs.', 'Measure time to contain a compromised runner.', 'Train new SOC analysts on our playbooks.'] },
    { h: 1, text: 'Rules' },
    { ul: ['Targets: commercial staging and production in us-east-1 only.', 'No denial of service, no access to customer repository contents, no phishing of non-engineering staff.', 'The red team lead carries the stop-work phone; anyone can call a halt.', 'Findings go to the internal security backlog, not to customers.'] },
    { h: 1, text: 'Contacts' },
    { table: { head: ['Name', 'Role', 'Phone'], rows: [['Bram Kowalczyk', 'Red team lead', '+1 720 555 0161'], [ORG.ciso, 'CISO / exercise sponsor', '+1 720 555 0102']] } },
  ],
};

const jobDescription: ProseDoc = {
  title: 'Senior Compliance Engineer (FedRAMP)',
  subtitle: 'Forgeline, Inc. — Denver, CO or remote (US) — Full time',
  body: [
    { h: 1, text: 'About the role' },
    { p: 'We run Forgeline Cloud Build for Government, a FedRAMP Moderate authorized service. You will own our continuous monitoring program: monthly scans and POA&M updates, significant change requests, the annual assessment with our 3PAO, and the SSP, which we keep as code.' },
    { h: 1, text: 'What you will do' },
    { ul: ['Keep the SSP and its attachments accurate as the platform changes.', 'Run the monthly ConMon cycle and meet agency deadlines.', 'Work with engineers to remediate findings within FedRAMP timeframes.', 'Prepare evidence for the annual assessment and answer 3PAO questions.', 'Automate: OSCAL generation, scan ingestion, inventory exports.'] },
    { h: 1, text: 'What you bring' },
    { ul: ['3+ years with FedRAMP or DoD IL authorizations.', 'Comfort with Git, Markdown and scripting (Python or Go).', 'Working knowledge of NIST SP 800-53 Rev5 and AWS.', 'US citizenship (required for access to the federal environment).'] },
    { h: 1, text: 'Compensation' },
    { p: 'Salary range $165,000–$195,000 plus equity and benefits. Forgeline is an equal opportunity employer.' },
  ],
};

const isoCert: ProseDoc = {
  title: 'CERTIFICATE OF REGISTRATION',
  body: [
    { p: 'This is to certify that the Information Security Management System of', center: true },
    { p: `${ORG.csp}`, center: true, bold: true, size: 16 },
    { p: `${ORG.addr}, United States`, center: true },
    { p: 'has been assessed and found to conform to the requirements of', center: true },
    { p: 'ISO/IEC 27001:2022', center: true, bold: true, size: 16 },
    { p: 'for the following scope: the development, operation and support of the Forgeline Cloud Platform (hosted source control, continuous integration and artifact management) in accordance with the Statement of Applicability version 4, dated 2024-11-05. Controls of ISO/IEC 27017:2015 are included.', center: true },
    { p: 'Certificate number: IS 771203   Original registration: 2022-01-17   Current issue: 2025-01-17   Expiry: 2028-01-16', center: true },
    { p: 'Signed on behalf of Northgate Certification Services Ltd, accredited by ANAB (AB-0931). The validity of this certificate depends on successful surveillance audits. Verify at northgate-cert.example/verify.', center: true },
  ],
};

function trackerCsv(): string {
  const rows = [
    ['Task', 'Workstream', 'Owner', 'Status', 'Due', 'Depends on', 'Notes'],
    ['Finish AC and IA narratives', 'SSP', 'Jonas Whitfield', 'Done', '2024-10-15', '', ''],
    ['Agency review round 1', 'SSP', 'Marisol Tran', 'Done', '2025-01-31', 'Finish AC and IA narratives', '58 comments, see "NHDA comments" board'],
    ['Select 3PAO', 'Assessment', 'Priya Raman', 'Done', '2025-03-01', '', 'Kestrel chosen; contract signed'],
    ['SAP review and agency approval', 'Assessment', 'Marisol Tran', 'In progress', '2025-07-03', 'Select 3PAO', ''],
    ['System freeze', 'Assessment', 'Devin Achterberg', 'Not started', '2025-07-07', 'SAP review and agency approval', 'Feature flag, no code freeze'],
    ['Build POA&M from SAR', 'Authorization', 'Marisol Tran', 'Not started', '2025-08-29', '', ''],
    ['Upload package to repository', 'Authorization', 'Marisol Tran', 'Not started', '2025-09-20', 'Build POA&M from SAR', 'Includes checklist + ATO letter'],
  ];
  return `${rows.map((r) => r.map((c) => (c === '' ? '' : `"${c.replace(/"/g, '""')}"`)).join(',')).join('\n')}\n`;
}

const trainingNotes: ProseDoc = {
  title: 'Security Awareness Training 2025 — Speaker Notes',
  body: [
    { h: 1, text: 'Slide 1 — Welcome' },
    { p: 'Welcome everyone. This is the annual security awareness session every Forgeline employee takes. It takes 40 minutes, and there is a short quiz at the end that the LMS records.' },
    { h: 1, text: 'Slide 4 — Phishing' },
    { p: 'Last year 3 percent of our phishing simulation recipients clicked. Remember: use the Report button, and never enter your Okta password on a page you reached from an e-mail.' },
    { h: 1, text: 'Slide 7 — Working with federal customers' },
    { p: 'Our government environment has extra rules. Only cleared, trained staff can access it, and everyone who does signs the Rules of Behavior. If you are not sure whether something is in the federal boundary, ask in #fedramp-help before touching it.' },
    { h: 1, text: 'Slide 11 — Reporting incidents' },
    { p: 'If you see something odd, report it to security@forgeline.dev or page the security on-call. You will never get in trouble for a false alarm.' },
    { h: 1, text: 'Slide 14 — Quiz' },
    { p: 'Ten questions, 80 percent to pass. You can retake it once today.' },
  ],
};

export const unknownSpecs: Spec[] = [
  { file: 'CONTRIBUTING.md', expected: 'UNKNOWN', note: 'Repository CONTRIBUTING guide for the compliance-docs repo; mentions SSP/POA&M but is not a deliverable.', build: () => Promise.resolve(renderMarkdown(contributing)) },
  { file: 'style-guide.rst', expected: 'UNKNOWN', note: 'Internal style guide for writing SSP control narratives (reST); explicitly not part of the package.', build: () => Promise.resolve(renderRst(styleGuide, { fieldList: { Owner: 'compliance-writers' } })) },
  { file: 'mkdocs.yml', expected: 'UNKNOWN', note: 'MkDocs build configuration of the docs site; nav lists SSP and attachments but it is configuration.', build: () => Promise.resolve(mkdocs) },
  { file: 'CHANGELOG.md', expected: 'UNKNOWN', note: 'Changelog of SSP/POA&M releases in Keep a Changelog format.', build: () => Promise.resolve(changelog) },
  { file: 'rfc-0007.adoc', expected: 'UNKNOWN', note: 'AsciiDoc design RFC for the compliance-docs-as-code pipeline.', build: () => Promise.resolve(renderAsciiDoc(rfc, { attributes: { status: 'accepted' } })) },
  { file: 'how-we-got-fedramp.md', expected: 'UNKNOWN', note: 'Engineering blog post (Hugo front matter) about obtaining the FedRAMP ATO.', build: () => Promise.resolve(renderMarkdown(blog, { frontMatter: { title: blog.title, date: '2025-09-23', author: ORG.eng, tags: ['fedramp', 'compliance', 'engineering'], draft: 'false' }, titleAsHeading: false })) },
  { file: 'threat-model-runners.pdf', expected: 'UNKNOWN', note: 'pdfLaTeX two-column STRIDE threat model of the runner fleet; internal engineering artifact.', build: () => renderPdf(threatModel, { columns: 2, titlePage: false, runningHeader: 'section', meta: { ...PDF_TOOLCHAINS.pdflatex, title: 'threat-model.tex' }, date: D(2025, 3, 11) }) },
  { file: 'runbook-registry-failover.md', expected: 'UNKNOWN', note: 'On-call runbook for regional failover (points to the ISCP, is not it).', build: () => Promise.resolve(runbook) },
  { file: 'api-reference.pdf', expected: 'UNKNOWN', note: 'Sphinx PDF REST API reference (endpoints, parameters, errors), not the FedRAMP User Guide.', build: () => renderPdf(apiRef, { columns: 1, titlePage: true, toc: true, runningHeader: 'section', meta: { ...PDF_TOOLCHAINS.sphinx, title: 'FCBG API Reference' }, date: D(2025, 6, 2) }) },
  { file: 'postmortem-2025-05-14.md', expected: 'UNKNOWN', note: 'Status-page incident postmortem for a latency outage (not a security incident, not the IRP).', build: () => Promise.resolve(postmortem) },
  { file: 'console.cdx.json', expected: 'UNKNOWN', note: 'CycloneDX SBOM of the console container image.', build: () => Promise.resolve(sbom()) },
  { file: 'README.md', expected: 'UNKNOWN', note: 'Terraform module README for the log archive module (inputs/outputs tables).', build: () => Promise.resolve(tfReadme) },
  { file: 'SOC2_TypeII_2024.pdf', expected: 'UNKNOWN', note: 'SOC 2 Type II report (auditor opinion, trust services criteria tests) — another framework, not a SAR.', build: () => renderPdf(soc2, { columns: 1, titlePage: true, runningHeader: 'section', hyphenate: false, meta: { ...PDF_TOOLCHAINS.word, title: 'Forgeline SOC 2 Type 2 Report 2024' }, date: D(2024, 11, 20) }) },
  { file: 'meeting-notes-2025-07-17.docx', expected: 'UNKNOWN', note: 'Pandoc docx minutes of the weekly FedRAMP sync discussing SAP, SAR and POA&M.', build: () => renderDocx(minutes, { flavor: 'pandoc' }) },
  { file: 'risk-register-FY25.xlsx', expected: 'UNKNOWN', note: 'Enterprise risk register workbook (likelihood/impact scores), not a POA&M.', build: riskRegister },
  { file: 'Security_Questionnaire_Forgeline.xlsx', expected: 'UNKNOWN', note: 'A commercial customer vendor security questionnaire answered by the CSP.', build: vendorQuestionnaire },
  { file: 'SAP-draft.docx', expected: 'UNKNOWN', note: 'CISO memo with rules of engagement for an internal purple-team exercise on the commercial platform; misleading name, not a SAP.', build: () => renderDocx(redTeamMemo, { flavor: 'word', cover: 'bigbold', footer: 'Forgeline Internal', meta: { title: 'Security Assessment Plan', creator: ORG.ciso } }) },
  { file: 'job-senior-compliance-engineer.txt', expected: 'UNKNOWN', note: 'Job description for a FedRAMP compliance engineer (plain text).', build: () => Promise.resolve(renderPlainText(jobDescription)) },
  { file: 'ISO27001_certificate.pdf', expected: 'UNKNOWN', note: 'ISO/IEC 27001 certificate of registration.', build: () => renderPdf(isoCert, { columns: 1, family: 'helvetica', titlePage: false, runningHeader: false, footer: false, ligatures: false, hyphenate: false, justify: false, meta: { creator: 'Adobe InDesign 19.4 (Macintosh)', producer: 'Adobe PDF Library 17.0', title: 'Certificate IS 771203' }, date: D(2025, 1, 17) }) },
  { file: 'fedramp-tracker.csv', expected: 'UNKNOWN', note: 'Airtable export of the FedRAMP project plan (tasks, owners, due dates).', build: () => Promise.resolve(trackerCsv()) },
  { file: 'awareness-2025-notes.txt', expected: 'UNKNOWN', note: 'Speaker notes of the annual security awareness training deck.', build: () => Promise.resolve(renderPlainText(trainingNotes, { numbered: false })) },
];
