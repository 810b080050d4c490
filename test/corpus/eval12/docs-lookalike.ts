/** Hard look-alikes written by people: README, ADR, changelog, CCB minutes, SOC 2 bridge letter, vendor questionnaire. */
import { docx, pdf, xlsx } from './kit.js';
import { filler } from './prose.js';
import { CSP, SYS, SYS_SHORT, TPAO, type EvalDoc } from './types.js';

const README = `# cap-compliance

Compliance-as-code for the **${SYS}** (${SYS_SHORT}). This repository is the single source of truth for our FedRAMP
Moderate package: the System Security Plan, POA&M and inventory are *generated* from the sources here and from the
cloud APIs; nobody edits the Word/PDF renderings by hand.

[![pipeline](https://gitlab.cirrusway.us/compliance/cap-compliance/badges/main/pipeline.svg)](#)

## Layout

| path | what |
|---|---|
| \`ssp/src/\` | OSCAL SSP sources (YAML, one file per control family) |
| \`ssp/narrative/\` | Markdown narrative rendered to PDF with pandoc |
| \`attachments/\` | Markdown sources of SSP attachments (CMP, IRP, ISCP, SCRM ...) |
| \`policies/\` | Rego guardrails run against every Terraform plan |
| \`inventory/\` | Lambda that builds the Integrated Inventory Workbook from AWS Config |
| \`poam/\` | Converts Inspector/Trivy/Nessus findings into POA&M items |
| \`docs/adr/\` | Architecture decision records |

## Getting started

\`\`\`bash
make bootstrap          # installs oscal-cli, pandoc, opa
make ssp                # builds build/cap-ssp.json and validates it
make poam MONTH=2025-06 # builds the monthly POA&M
make render-pdf         # renders narrative + attachments
\`\`\`

## Monthly ConMon

1. The scheduled pipeline pulls scan results from Inspector, Trivy artefacts and the Nessus scanner.
2. \`make poam\` merges them into the POA&M; new items get an ID from the findings store.
3. \`make inventory\` regenerates the IIW.
4. The ISSO reviews the diff in the merge request and uploads the package to the agency repository.

## Contributing

Open a merge request; CODEOWNERS requires a review from \`@compliance-eng\` and, for \`ssp/src/\`, from the ISSO.
Do not commit scan exports or anything containing customer data; \`.gitignore\` blocks the usual file names.

## License

Proprietary - ${CSP}. Internal use only.
`;

const ADR = `---
status: accepted
date: 2025-02-11
deciders: [D. Whitfield, P. Raman, compliance-eng]
---

# ADR-0007: Author the SSP in OSCAL YAML and render Word only for reviewers

## Context and problem statement

Our System Security Plan was maintained in a 600-page Word document. Every annual assessment and every significant
change required manual edits in dozens of places, and the SSP drifted from the real configuration. FedRAMP now
accepts OSCAL and is moving toward machine-readable packages. How should we author and publish the SSP?

## Decision drivers

* Single source of truth shared by the SSP, the inventory and the POA&M
* Reviewability in merge requests (diffs per control)
* Agency reviewers still want a readable document
* Validation against the FedRAMP constraints in CI

## Considered options

1. Keep Word as the source and export OSCAL with a converter
2. Author OSCAL JSON directly
3. Author OSCAL YAML split per control family, assemble and validate in CI, render Markdown/PDF for humans

## Decision outcome

Chosen option: **3**, because YAML diffs are readable, the assembly step can inject generated data (inventory,
components from component definitions) and the same build can render the human-readable narrative.

### Consequences

* Good: every control statement has an owner in CODEOWNERS and a review history.
* Good: \`oscal-cli\` and the FedRAMP constraints run on every merge request.
* Bad: reviewers who prefer Word need the rendered PDF; track-changes comments must be transcribed as issues.
* Neutral: the Word template is retired; attachments follow in ADR-0009.

## Links

* Supersedes ADR-0002 (SSP in SharePoint)
* Related: ADR-0011 (Helm baseline values under CCB control)
`;

const CHANGELOG = `# Changelog

All notable changes to the compliance package sources are documented in this file.
The format is based on [Keep a Changelog](https://keepachangelog.com/en/1.1.0/), and this project adheres to
[Semantic Versioning](https://semver.org/spec/v2.0.0.html).

## [4.2.0] - 2025-06-12
### Added
- SSP: control statements for the Managed Redis service (AC-3, SC-8, SC-28) after SCR-2025-03 approval.
- Inventory: \`Diagram Label\` column (Rev5 IIW edition).
- POA&M: Inspector findings now map to the \`Weakness Source Identifier\` column.
### Changed
- Render pipeline switched from wkhtmltopdf to pandoc + xelatex.
- RA-5 statement updated to describe continuous container scanning.
### Fixed
- Duplicate POA&M IDs when a CVE appeared in two images (#412).

## [4.1.3] - 2025-05-02
### Fixed
- FedRAMP constraint frr189 warning on authorization-type prop.
- Broken back-matter link to the boundary diagram.

## [4.1.0] - 2025-03-28
### Added
- OSCAL component definition for EKS, imported during SSP assembly.
### Removed
- Legacy Word SSP template (see ADR-0007).

## [4.0.0] - 2024-12-16
### Changed
- Rev5 transition: baseline import switched to FedRAMP_rev5_MODERATE-baseline_profile.json.
`;

export async function lookalikeDocs(): Promise<EvalDoc[]> {
  const minutes = await docx({
    meta: { title: 'Meeting Notes', creator: 'Teams' },
    blocks: [
      { bold: `CCB Weekly - ${SYS_SHORT} Change Control Board Minutes` },
      { p: 'Date: 2025-06-10 10:00-10:45 ET   Location: Teams   Chair: Dana Whitfield   Scribe: M. Laurent' },
      { p: 'Attendees: D. Whitfield (System Owner), P. Raman (CISO), K. Osei (ISSO), R. Banerjee (SRE lead), T. Nguyen (Dev lead), J. Park (Customer Success)' },
      { bold: 'Agenda' },
      { bullets: ['Review of last week action items', 'CR-1182 EKS 1.29 -> 1.30 upgrade', 'CR-1190 new WAF managed rule group', 'CR-1193 Helm baseline: readOnlyRootFilesystem for all system pods', 'Monthly ConMon status', 'AOB'] },
      { bold: 'Discussion and Decisions' },
      { table: [['Item', 'Discussion', 'Decision'], ['CR-1182', 'Upgrade tested in staging for 2 weeks; no API deprecations affecting tenants. ISSO confirmed it is not a significant change (minor version, same boundary).', 'Approved for 2025-06-17 window'], ['CR-1190', 'Rule group may block legitimate large uploads; run in count mode first.', 'Approved in count mode; revisit 2025-06-24'], ['CR-1193', 'Two vendor charts need patches.', 'Deferred'], ['ConMon', 'June scans complete; 3 new High findings, all with fixes available; POA&M update due 2025-07-05.', 'Noted']] },
      ...filler(4242, 'the change backlog', 2).map((p) => ({ p })),
      { bold: 'Action Items' },
      { table: [['#', 'Action', 'Owner', 'Due'], ['1', 'Schedule EKS upgrade comms to tenants', 'J. Park', '2025-06-12'], ['2', 'Patch vendor charts for CR-1193', 'T. Nguyen', '2025-06-20'], ['3', 'Confirm with agency ISSO that CR-1182 needs no SCR', 'K. Osei', '2025-06-13']] },
      { p: 'Next meeting: 2025-06-17.' },
    ],
  });
  const bridge = await pdf({
    meta: { title: 'Bridge Letter', author: CSP },
    lines: [
      { title: CSP },
      { sub: '1 Federal Plaza, Suite 900, Washington, DC 20001' },
      { gap: 20 },
      { right: 'July 1, 2025' },
      { p: 'To: Customers and Prospective Customers of the Cirrusway Application Platform' },
      { p: 'RE: SOC 2 Type II Bridge Letter (Gap Letter) for the period October 1, 2024 through June 30, 2025' },
      { p: `${CSP} engaged an independent CPA firm to examine the description of its Cirrusway Application Platform system and the suitability of design and operating effectiveness of controls relevant to the Security, Availability and Confidentiality Trust Services Criteria for the period October 1, 2023 through September 30, 2024. The SOC 2 Type II report was issued on November 15, 2024 with an unqualified opinion.` },
      { p: 'This letter covers the period from the end of the examination period to the date of this letter. Management confirms that, to the best of its knowledge: (1) there have been no material changes to the system of internal control described in the report; (2) there have been no significant security incidents affecting customer data; (3) management is not aware of any material deficiencies in controls relevant to the Trust Services Criteria.' },
      { p: 'The next SOC 2 Type II examination covering October 1, 2024 through September 30, 2025 is in progress, and the report is expected in November 2025.' },
      { p: 'This letter is provided for informational purposes only and does not constitute an opinion by the service auditor. It should be read in conjunction with the SOC 2 Type II report.' },
      { gap: 24 },
      { p: 'Sincerely,' },
      { p: 'Priya Raman, Chief Information Security Officer' },
      { p: 'Anton Lindqvist, Chief Financial Officer' },
    ],
  });
  const qa: [string, string, string][] = [
    ['1.1', 'Does your organization have a documented information security program approved by management?', 'Yes - see ISMS overview; CISO reports to CEO.'],
    ['1.2', 'Do you hold a current SOC 2 Type II report or ISO 27001 certificate?', 'Yes - SOC 2 Type II (Nov 2024); FedRAMP Moderate agency ATO.'],
    ['2.1', 'Is customer data encrypted at rest and in transit?', 'Yes - AES-256 via AWS KMS (FIPS 140-3), TLS 1.2+.'],
    ['2.2', 'Where is customer data stored?', 'AWS GovCloud (US) us-gov-west-1 and us-gov-east-1.'],
    ['3.1', 'Do you perform background checks on personnel with access to customer data?', 'Yes - federal suitability for privileged staff.'],
    ['3.2', 'Is MFA required for all administrative access?', 'Yes - FIDO2/PIV.'],
    ['4.1', 'Do you perform annual penetration tests by an independent party?', `Yes - ${TPAO}.`],
    ['4.2', 'How quickly are critical vulnerabilities remediated?', 'Within 15 days (policy); High 30 days.'],
    ['5.1', 'Do you have a business continuity plan tested at least annually?', 'Yes.'],
    ['6.1', 'Do you use subprocessors? List them.', 'AWS GovCloud; Okta for Government (FedRAMP High); ServiceNow (FedRAMP Moderate).'],
  ];
  const questionnaire = await xlsx(
    [
      { name: 'Cover', rows: [['Third-Party Security Assessment Questionnaire'], ['Requesting organization: Meridian Health Systems (commercial prospect)'], [`Respondent: ${CSP}`], ['Due: 2025-06-27']] },
      { name: 'Questions', rows: [['Ref', 'Question', 'Vendor Response', 'Evidence / Comments'], ...qa.map(([r, q, a]) => [r, q, a, ''])], headerRow: 1, widths: [6, 70, 60, 30] },
    ],
    { creator: 'Meridian Vendor Risk' },
  );
  return [
    { file: 'README.md', expected: 'UNKNOWN', note: 'README of the compliance-as-code repository describing how the SSP/POA&M/inventory are generated; not a deliverable.', data: README },
    { file: 'SSP-update.md', expected: 'UNKNOWN', note: 'Architecture decision record (ADR-0007) about authoring the SSP in OSCAL YAML; misleading name, it is not an SSP.', data: ADR },
    { file: 'CHANGELOG.md', expected: 'UNKNOWN', note: 'Keep-a-Changelog changelog of the compliance package sources; not a deliverable.', data: CHANGELOG },
    { file: 'ccb-2025-06-10.docx', expected: 'UNKNOWN', note: 'Change Control Board meeting minutes (decisions, action items); not a CM plan nor a change request.', data: minutes },
    { file: 'doc-0801.pdf', expected: 'UNKNOWN', note: 'SOC 2 Type II bridge letter from the CSP to customers; not a FedRAMP deliverable.', data: bridge },
    { file: 'Security_Questionnaire_Response.xlsx', expected: 'UNKNOWN', note: 'Third-party vendor security questionnaire answered for a commercial prospect; not a deliverable.', data: questionnaire },
  ];
}
