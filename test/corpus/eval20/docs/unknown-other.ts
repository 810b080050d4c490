import { big, center, h1, h2, p, pageBreak, space, table, ul, type Block } from '../kit/blocks.js';
import { AGENCY, CSP } from '../kit/cast.js';
import { buildDocx } from '../kit/docx.js';
import { buildPdf } from '../kit/pdf.js';
import { buildXlsx, type Cell } from '../kit/xlsx.js';
import { at, w3c, type DocDef } from '../kit/types.js';

const A = AGENCY;

function sorn(): string {
  return `[Federal Register Volume 91, Number 38 (Thursday, February 26, 2026)]
[Notices]
[Pages 10417-10420]
From the Federal Register Online via the Government Publishing Office [www.gpo.gov]
[FR Doc No: 2026-03871]

-----------------------------------------------------------------------

DEPARTMENT OF COMMUNITY INVESTMENT

Federal Grants Oversight Administration

Privacy Act of 1974; System of Records

AGENCY: Federal Grants Oversight Administration (FGOA), Department of Community Investment.

ACTION: Notice of a modified system of records.

SUMMARY: In accordance with the Privacy Act of 1974, the Federal Grants Oversight Administration proposes to modify
the system of records titled "FGOA-12, Oversight Case Files." The modification reflects the migration of the system
to a commercial cloud service, adds two routine uses, and updates the system location and safeguards.

DATES: This notice is applicable upon publication, subject to a 30-day period in which to comment on the new routine
uses. Please submit comments on or before March 30, 2026.

ADDRESSES: You may submit comments, identified by docket number FGOA-2026-0004, through the Federal eRulemaking
Portal: https://www.regulations.gov, or by mail to the Senior Agency Official for Privacy, ${A.addr}.

FOR FURTHER INFORMATION CONTACT: ${A.privacy}, Senior Agency Official for Privacy, (202) 555-0177, privacy@fgoa.example.gov.

SUPPLEMENTARY INFORMATION: FGOA maintains oversight case files to investigate allegations of waste, fraud and abuse in
Federal grant programs. The records are being migrated to a Software-as-a-Service case management system that holds
a FedRAMP authorization at the Moderate impact level.

SYSTEM NAME AND NUMBER:
    Oversight Case Files, FGOA-12.

SECURITY CLASSIFICATION:
    Unclassified.

SYSTEM LOCATION:
    Records are maintained in a FedRAMP-authorized commercial cloud service hosted in the continental United States,
    under contract with FGOA, and at FGOA Headquarters, ${A.addr}.

SYSTEM MANAGER(S):
    Director, Office of Oversight Investigations, FGOA.

AUTHORITY FOR MAINTENANCE OF THE SYSTEM:
    Inspector General Act of 1978, as amended (5 U.S.C. 401-424); 2 CFR part 200.

PURPOSE(S) OF THE SYSTEM:
    To receive, track, investigate and resolve complaints and referrals concerning Federal grant programs.

CATEGORIES OF INDIVIDUALS COVERED BY THE SYSTEM:
    Complainants, witnesses, subjects of investigations, grant recipient officials, and FGOA staff.

CATEGORIES OF RECORDS IN THE SYSTEM:
    Names, addresses, telephone numbers, e-mail addresses, narrative statements, grant numbers, financial records,
    and investigative reports.

RECORD SOURCE CATEGORIES:
    Individuals, grant recipients, Federal agencies, and public records.

ROUTINE USES OF RECORDS MAINTAINED IN THE SYSTEM, INCLUDING CATEGORIES OF USERS AND PURPOSES OF SUCH USES:
    A. To the Department of Justice when relevant to litigation.
    B. To a congressional office in response to an inquiry made at the request of the individual.
    C. To appropriate agencies when there is a suspected or confirmed breach (OMB M-17-12).
    D. To contractors performing services for FGOA who need access to perform the contract (new).
    E. To another Federal agency's Office of Inspector General for a joint investigation (new).

POLICIES AND PRACTICES FOR STORAGE OF RECORDS:
    Electronic records are stored in the cloud service; paper records in locked cabinets.

POLICIES AND PRACTICES FOR RETRIEVAL OF RECORDS:
    By name of the individual, case number, or grant number.

POLICIES AND PRACTICES FOR RETENTION AND DISPOSAL OF RECORDS:
    Records are retained and disposed of under NARA-approved schedule N1-FGOA-18-2, item 3: destroy 7 years after
    case closure.

ADMINISTRATIVE, TECHNICAL, AND PHYSICAL SAFEGUARDS:
    Access is limited to authorized personnel with a need to know, using multifactor authentication; data is encrypted
    in transit and at rest; the cloud service is subject to continuous monitoring under FedRAMP.

RECORD ACCESS PROCEDURES:
    Individuals seeking access should write to the System Manager, providing full name and case number if known.

CONTESTING RECORD PROCEDURES:
    See record access procedures; state the information being contested and the reason.

NOTIFICATION PROCEDURES:
    See record access procedures.

EXEMPTIONS PROMULGATED FOR THE SYSTEM:
    Investigatory material is exempt under 5 U.S.C. 552a(k)(2); see 12 CFR 1904.12.

HISTORY:
    85 FR 44112 (July 21, 2020).

${A.privacy},
Senior Agency Official for Privacy.
[FR Doc. 2026-03871 Filed 2-25-26; 8:45 am]
BILLING CODE 6790-01-P
`;
}

function minutes(): string {
  return `---
title: Agency Authorization Kickoff - Meeting Minutes
date: 2025-12-09
author: ${A.cor}
---

# CCMP Agency Authorization Kickoff - Minutes

**Date/time:** December 9, 2025, 10:00-11:30 ET (Teams)
**Called by:** ${A.cor} (COR)
**Note taker:** ${A.cor}

## Attendees

| Name | Organization | Role |
|---|---|---|
| ${A.ciso} | FGOA | CISO (for the AO) |
| Angela Reyes | FGOA | ISSO |
| ${A.pm} | FGOA | Program Manager |
| ${A.co} | FGOA | Contracting Officer |
| ${CSP.isso} | Cirrocloud | ISSO |
| ${CSP.owner} | Cirrocloud | System Owner |
| Daniel Szabo | Brightline (3PAO) | Assessment Lead |

## Agenda

1. Introductions and roles
2. FedRAMP agency authorization process and timeline
3. Package status (SSP draft, attachments)
4. 3PAO schedule
5. Continuous monitoring expectations
6. Action items

## Discussion

- **Process.** ${A.ciso} walked through the four phases (partnership, full assessment, authorization, continuous monitoring). FGOA will review the SSP first; the 3PAO may not start testing until the AO's designee has approved the SSP and the SAP.
- **SSP status.** The CSP's SSP v2.0 is about 85% complete; attachments 3, 4 and 13 are still in draft. FGOA will return comments in a consolidated comment matrix within 15 business days.
- **3PAO.** Brightline proposed testing February 2 - March 6. The SAP draft will be shared by January 12. Penetration testing of the tenant-to-tenant vector needs a second test tenant.
- **ConMon.** Monthly deliverables are due on the 15th per the CDRL (contract mod pending to move from the 10th). Scans must be authenticated; the inventory must match the scan targets.
- **Repository.** The package will go to the FedRAMP secure repository after the ATO.

## Decisions

- Target ATO date: April 17, 2026.
- Comment matrix template: FGOA OCIO standard (Excel).

## Action Items

| # | Action | Owner | Due |
|---|---|---|---|
| 1 | Deliver SSP v2.0 with all attachments | Cirrocloud ISSO | 2025-12-19 |
| 2 | Share SAP draft | Brightline | 2026-01-12 |
| 3 | Provision second test tenant | Cirrocloud | 2026-01-23 |
| 4 | Issue contract modification for CDRL dates | CO | 2026-02-27 |
| 5 | Schedule weekly authorization stand-up | COR | 2025-12-12 |

_Next meeting: December 16, 2025 (weekly stand-up)._
`;
}

async function commentMatrix(): Promise<Buffer> {
  const head = ['#', 'Reviewer', 'Document', 'Section / Page', 'Comment', 'Comment Type', 'Recommended Change', 'CSP Response', 'Disposition', 'Status'];
  const rows: Cell[][] = [
    ['FGOA Review Comment Matrix'],
    ['Document under review: CCMP System Security Plan v2.0 and attachments (received 12/19/2025)'],
    ['Review period: 12/22/2025 - 01/14/2026 | Consolidated by the COR'],
    [],
    head,
    [1, 'A. Reyes (ISSO)', 'SSP', '9.1 / p. 14', 'Boundary diagram omits the logging pipeline to the SIEM.', 'Major', 'Add SIEM forwarders and the log bucket to Figure 9-1.', 'Added in v3.0.', 'Accepted', 'Closed'],
    [2, 'A. Reyes (ISSO)', 'SSP', 'AC-2 / p. 41', 'Part j says quarterly review for privileged users; FGOA requires monthly.', 'Critical', 'Change to monthly.', 'Changed to monthly.', 'Accepted', 'Closed'],
    [3, 'S. Ortiz (Privacy)', 'Attachment 4 PTA', 'Q5', 'SORN reference should be FGOA-12 (modified notice pending).', 'Minor', 'Update reference.', 'Updated.', 'Accepted', 'Closed'],
    [4, 'R. Boateng (CISO)', 'SSP', 'RA-5 / p. 188', 'State that database scans are authenticated.', 'Major', 'Add statement and scanner policy name.', 'Added.', 'Accepted', 'Closed'],
    [5, 'A. Reyes (ISSO)', 'Attachment 13 Inventory', 'Row 22', 'Bastion host missing from inventory.', 'Major', 'Add asset.', 'Bastion is SSM-only; added anyway.', 'Accepted with comment', 'Closed'],
    [6, 'M. Whitfield (COR)', 'SSP', 'Cover', 'Use the contract number on the cover page.', 'Admin', 'Add 70FGOA26C00000042.', 'Not a FedRAMP template field; added to document properties.', 'Partially accepted', 'Closed'],
    [7, 'A. Reyes (ISSO)', 'Attachment 6 ISCP', '4 / p. 9', 'RTO for case intake (8h) inconsistent with SLA exhibit (12h).', 'Major', 'Align.', 'Open - waiting for product decision.', '', 'Open'],
  ];
  return buildXlsx(
    {
      sheets: [{ name: 'SSP Comments', rows, headerRows: [5], widths: [4, 18, 20, 14, 50, 10, 36, 36, 16, 8] }],
      core: { title: 'OCIO Comment Matrix Template', creator: 'OCIO', lastModifiedBy: A.cor, created: w3c('2022-02-01'), modified: w3c('2026-01-15') },
    },
    at('2026-01-15'),
  );
}

async function soc2(): Promise<Buffer> {
  const test = (id: string, ctrl: string, t: string): string[] => [id, ctrl, t, 'No exceptions noted.'];
  const blocks: Block[] = [
    big(CSP.name, 16),
    big('SOC 2 Type II Report', 22),
    center('Report on Cirrocloud Analytics\' Description of Its Case Management Platform and on the Suitability of the Design and Operating Effectiveness of Its Controls Relevant to Security and Availability'),
    center('For the period October 1, 2024 to September 30, 2025'),
    space,
    center('Holloway & Finch LLP, Certified Public Accountants'),
    p('This report is intended solely for the information and use of Cirrocloud, user entities and prospective user entities, and is not intended to be and should not be used by anyone other than these specified parties.'),
    pageBreak,
    h1('Section I - Independent Service Auditor\'s Report'),
    p('We have examined Cirrocloud\'s accompanying description of its Case Management Platform titled "Cirrocloud\'s Description of Its Case Management Platform" throughout the period October 1, 2024 to September 30, 2025, based on the criteria for a description of a service organization\'s system in DC section 200, and the suitability of the design and operating effectiveness of controls stated in the description to provide reasonable assurance that Cirrocloud\'s service commitments and system requirements were achieved based on the trust services criteria relevant to security and availability (applicable trust services criteria) set forth in TSP section 100.'),
    h2('Opinion'),
    p('In our opinion, in all material respects, the description presents the system that was designed and implemented throughout the period in accordance with the description criteria, and the controls stated in the description were suitably designed and operated effectively to provide reasonable assurance that the service commitments and system requirements were achieved based on the applicable trust services criteria.'),
    p('Holloway & Finch LLP, Reston, Virginia, November 21, 2025'),
    h1('Section II - Management\'s Assertion'),
    p('We have prepared the accompanying description of the Case Management Platform and we confirm, to the best of our knowledge and belief, that the description presents the system fairly and that the controls operated effectively throughout the period.'),
    h1('Section III - Description of the System'),
    p('The Case Management Platform is delivered as SaaS to commercial and public-sector customers from AWS. Complementary user entity controls are listed at the end of this section. Complementary subservice organization controls are expected of AWS and Okta (carve-out method).'),
    h1('Section IV - Trust Services Criteria, Related Controls and Tests of Controls'),
    table([['TSC', 'Control', 'Test performed by the service auditor', 'Results'], test('CC6.1', 'Logical access is restricted through SSO with MFA.', 'Inspected SSO configuration; reperformed login for a sample of 25 users.'), test('CC6.2', 'Access requests are approved before provisioning.', 'Selected 40 new users and inspected approvals.'), test('CC7.2', 'Security events are monitored 24x7.', 'Inspected SIEM alert rules and a sample of 25 alerts.'), test('CC8.1', 'Changes are approved and tested.', 'Selected 60 changes and inspected tickets.'), ['A1.2', 'Backups are performed and restores tested.', 'Inspected backup configuration and the annual restore test.', 'Exception: one quarterly restore test was not documented. Management response in Section V.']]),
    h1('Section V - Other Information Provided by Management'),
    p('Management\'s response to the exception: the restore test was performed but evidence was not retained; procedures were updated in October 2025.'),
  ];
  return buildPdf({ blocks, header: 'Cirrocloud SOC 2 Type II - Confidential', headerFromPage2: true, footer: '{PAGE}', info: { title: 'SOC 2 Type 2 Report FY25', author: 'Holloway & Finch LLP' }, serif: true }, at('2025-11-21'));
}

async function riskRegister(): Promise<Buffer> {
  const head = ['Risk ID', 'Date Identified', 'Category', 'Risk Statement (If ... then ...)', 'Likelihood (1-5)', 'Impact (1-5)', 'Score', 'Risk Owner', 'Response', 'Mitigation / Contingency', 'Trigger', 'Status', 'Last Review'];
  const r = (id: string, d: string, c: string, s: string, l: number, i: number, o: string, resp: string, m: string, t: string, st: string): Cell[] => [id, d, c, s, l, i, l * i, o, resp, m, t, st, '2026-03-30'];
  const rows: Cell[][] = [
    ['Oversight Case Management Modernization - Program Risk Register'],
    [`Program Manager: ${A.pm} | Maintained by: ${A.cor} (COR) | Reviewed at the monthly program review`],
    [],
    head,
    r('R-01', '2025-11-20', 'Schedule', 'If the 3PAO assessment slips, then the ATO and go-live dates slip.', 3, 4, A.pm, 'Mitigate', 'Weekly authorization stand-up; early SAP review', 'SAP not approved by 01/30', 'Closed'),
    r('R-02', '2025-11-20', 'Security', 'If the SAR reports high findings, then the AO may not grant the ATO on time.', 2, 5, A.ciso, 'Mitigate', 'Readiness scan before testing', 'High findings in SAR', 'Closed - 0 high'),
    r('R-03', '2025-12-09', 'Resources', 'If the FGOA ISSO is not available for monthly ConMon reviews, then deliverables go unreviewed.', 3, 3, A.ciso, 'Mitigate', 'Backup ISSO designated', 'Review backlog > 30 days', 'Open'),
    r('R-04', '2026-01-15', 'Technical', 'If the BI connector cannot use TLS 1.2, then reporting must run on a deprecated protocol.', 4, 3, A.pm, 'Accept', 'Deviation request; vendor upgrade June 2026', 'Vendor slips', 'Open'),
    r('R-05', '2026-02-02', 'Contract', 'If significant changes add cost, then a modification and funds are needed.', 3, 2, A.co, 'Mitigate', 'Scope changes routed through the CO', 'SCR received', 'Open'),
    r('R-06', '2026-03-02', 'Data', 'If legacy records fail migration validation, then cutover is delayed.', 2, 4, A.pm, 'Mitigate', 'Pilot migration with 10% sample', 'Error rate > 1%', 'Open'),
  ];
  return buildXlsx(
    {
      sheets: [
        { name: 'Risk Register', rows, headerRows: [4], widths: [8, 12, 12, 60, 10, 10, 8, 18, 10, 40, 24, 14, 12] },
        { name: 'Heat Map', rows: [['Impact \\ Likelihood', 1, 2, 3, 4, 5], [5, '', 'R-02', '', '', ''], [4, '', 'R-06', 'R-01', '', ''], [3, '', '', 'R-03', 'R-04', ''], [2, '', '', 'R-05', '', '']] },
      ],
      core: { title: 'Risk Register', creator: A.pm, lastModifiedBy: A.cor, created: w3c('2025-11-20'), modified: w3c('2026-03-30') },
    },
    at('2026-03-30'),
  );
}

function transmittal(): string {
  return `Return-Path: <praman@cirrocloud.example.com>
Received: from mail.cirrocloud.example.com (mail.cirrocloud.example.com [203.0.113.25])
	by mx.fgoa.example.gov with ESMTPS id 4Qx7Lm2Zb9z1; Mon, 20 Apr 2026 09:14:31 -0400 (EDT)
From: Priya Raman <praman@cirrocloud.example.com>
To: Marcus Whitfield <marcus.whitfield@fgoa.example.gov>
Cc: Angela Reyes <angela.reyes@fgoa.example.gov>, Daniel Szabo <dszabo@brightline.example.com>
Subject: RE: FedRAMP package transmittal - CCMP initial authorization package (FINAL)
Date: Mon, 20 Apr 2026 09:14:22 -0400
Message-ID: <CAJ8x2mQ_ccmp_pkg_0420@mail.cirrocloud.example.com>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Marcus,

As discussed on Friday's stand-up, the final initial authorization package for the Cirrocloud Case Management
Platform (CCMP) has been uploaded to the FGOA SharePoint library "CCMP Authorization / 04 Final Package". The
files are:

  - CCMP System Security Plan v3.2 (docx) and OSCAL JSON export
  - Attachments 1-13 (policies and procedures, user guide, DIW, PTA/PIA, rules of behavior, ISCP, CMP, IRP,
    CIS/CRM workbook, FIPS 199, separation of duties matrix, laws and regulations, integrated inventory)
  - Security Assessment Plan v1.1 and Security Assessment Report v1.0 (from Brightline, Daniel is copied)
  - POA&M dated 03/31/2026 (FedRAMP template v2.1)
  - March scan results (OS, database, web)
  - FedRAMP Initial Authorization Package Checklist

Please note that the SAR and SAP come directly from Brightline; we have not modified them. Once Dr. Okafor signs
the ATO letter, we can upload everything to the FedRAMP secure repository together with the checklist.

Let me know if the AO briefing on the 14th raised anything we still need to address.

Thanks,
Priya

--
Priya Raman | Information System Security Officer
Cirrocloud Analytics, Inc. | (703) 555-0142

-----Original Message-----
From: Marcus Whitfield <marcus.whitfield@fgoa.example.gov>
Sent: Friday, April 17, 2026 4:02 PM
Subject: FedRAMP package transmittal - CCMP initial authorization package

Priya - please send the transmittal for the final package so I can log the CDRL receipts (A001-A005). - Marcus
`;
}

function tracker(): string {
  const items = [
    ['A001', 'System Security Plan', 'SSP', '2026-03-06', 'Accepted'],
    ['A001', 'Information System Contingency Plan', 'Attachment 6', '2025-12-19', 'Accepted'],
    ['A002', 'Security Assessment Plan', 'SAP', '2026-01-29', 'Approved'],
    ['A003', 'Security Assessment Report', 'SAR', '2026-03-27', 'Accepted'],
    ['A004', 'Plan of Action and Milestones - March', 'POA&M', '2026-03-31', 'In review'],
    ['A005', 'Vulnerability Scan Results - March', 'Scans', '2026-03-31', 'In review'],
    ['A006', 'Integrated Inventory Workbook - March', 'Inventory', '2026-03-31', 'In review'],
  ].map(([cdrl, title, kind, received, status], i) => ({ ID: i + 1, Title: title, CDRL: cdrl, DeliverableType: kind, Received: received, Status: status, ReviewerEmail: 'angela.reyes@fgoa.example.gov', Modified: '2026-04-01T13:22:05Z' }));
  return JSON.stringify({ 'odata.metadata': 'https://fgoa.sharepoint.example.gov/sites/OAM/_api/$metadata#SP.ListData.CCMPDeliverablesListItems', source: 'CCMP Deliverables Tracker (SharePoint list export)', exportedBy: A.cor, exportedAt: '2026-04-01T13:30:00Z', value: items }, null, 2);
}

async function roe(): Promise<Buffer> {
  return buildDocx(
    {
      blocks: [
        p(`${CSP.name} - Offensive Security Team`),
        big('Rules of Engagement', 22),
        center('Internal Red Team Exercise "GRANITE" - Q2 2026'),
        table([['Exercise', 'GRANITE-26Q2'], ['Sponsor', `${CSP.ciso}, CISO`], ['Red team lead', 'Tobias Nguyen, OSCE3'], ['White cell', 'Security Operations manager (trusted agent)'], ['Window', '05/11/2026 - 05/22/2026']], false),
        h1('1. Purpose', true),
        p('This document authorizes Cirrocloud\'s internal red team to emulate a financially motivated threat actor against the corporate network and the CCMP staging environment, to measure the detection and response capability of the SOC. It is an internal exercise. It is not the FedRAMP assessment and does not replace the independent 3PAO penetration test, which Brightline performs under its own approved assessment plan.'),
        h1('2. Scope', true),
        table([['In scope', 'Out of scope'], ['Corporate Okta tenant (test accounts only)\nCorporate endpoints in the "RT-Targets" group\nCCMP staging (stg.ccmp.internal)', 'CCMP production and any federal data\nAWS GovCloud production accounts\nPhysical intrusion\nPhishing of employees outside the pre-approved list']]),
        h1('3. Permitted and Prohibited Actions', true),
        ul('Permitted: password spraying against test accounts, exploitation of staging hosts, lateral movement within staging, credential harvesting from staging.', 'Prohibited: denial of service, destruction or modification of data, persistence beyond the window, any action against production.'),
        h1('4. Communications and Stop Conditions', true),
        p('The white cell can halt the exercise at any time with the code word "BASALT". Any accidental contact with production or federal data stops the exercise immediately and is reported to the CISO and, if required, to the agency as an incident.'),
        h1('5. Reporting', true),
        p('A findings report is delivered to the CISO within 15 business days. Findings affecting the CCMP production baseline are entered into the corporate risk register and, where they affect FedRAMP controls, into the POA&M.'),
        h1('6. Authorization', true),
        table([['Name', 'Role', 'Signature / Date'], [CSP.ciso, 'CISO (sponsor)', ''], ['Tobias Nguyen', 'Red team lead', ''], ['General Counsel', 'Legal', '']]),
      ],
      header: ['INTERNAL - RED TEAM - NEED TO KNOW'],
      core: { title: 'RoE template v2', creator: 'offsec', created: w3c('2024-01-08'), modified: w3c('2026-04-28') },
    },
    at('2026-04-28'),
  );
}

export const unknownOther: DocDef[] = [
  { file: 'sorn.txt', expected: 'UNKNOWN', note: 'Federal Register Privacy Act system of records notice (SORN) for the case files; a Privacy Act notice, not the PTA/PIA deliverable.', make: async () => sorn() },
  { file: 'kickoff-minutes.md', expected: 'UNKNOWN', note: 'COR\'s minutes of the authorization kickoff meeting (attendees, agenda, action items) discussing SSP, SAP and ConMon.', make: async () => minutes() },
  { file: 'SSP_comments_consolidated.xlsx', expected: 'UNKNOWN', note: 'Agency review comment matrix on the SSP (comment, response, disposition columns); the file name says SSP but it is not one.', make: commentMatrix },
  { file: 'SOC2_TypeII_2025.pdf', expected: 'UNKNOWN', note: 'The CSP\'s SOC 2 Type II report (AICPA trust services criteria); another framework\'s audit report, not a SAR.', make: soc2 },
  { file: 'Program_Risk_Register.xlsx', expected: 'UNKNOWN', note: 'Agency program risk register (likelihood/impact/owner/mitigation) for the acquisition program; not a POA&M.', make: riskRegister },
  { file: 'Re_ FedRAMP package transmittal.eml', expected: 'UNKNOWN', note: 'CSP e-mail transmitting the final package and listing its documents; a transmittal, not a deliverable.', make: async () => transmittal() },
  { file: 'deliverables-tracker.json', expected: 'UNKNOWN', note: 'SharePoint list export (non-OSCAL JSON) of the COR\'s deliverables tracker with titles like System Security Plan.', make: async () => tracker() },
  { file: 'Pentest_RoE_internal.docx', expected: 'UNKNOWN', note: 'Rules of engagement for the CSP\'s internal red-team exercise, stated not to be the 3PAO assessment plan.', make: roe },
];

