import { b, h1, h2, p, sig, table, ul } from '../kit/frontmatter.js';
import type { Block, EvalDoc } from '../kit/model.js';
import { docx, md, pdf, withFront } from './helpers.js';
import { AGENCY, CISO, CISO_TITLE, CSO, CSO_ABBR, CSP, CUI, ISSO, PROPRIETARY, SO, SO_TITLE } from './persona.js';

const iscpBody = (): Block[] => [
  h1('1. Introduction and Purpose'),
  p(`This Information System Contingency Plan (ISCP) establishes procedures to recover ${CSO} following a disruption. It is SSP Attachment 6 and implements the CP family of the FedRAMP Moderate baseline, following NIST SP 800-34 Rev. 1, Contingency Planning Guide for Federal Information Systems.`),
  h2('1.1 Applicable Laws, Regulations and Standards'),
  ul('FISMA 2014', 'OMB Circular A-130', 'NIST SP 800-34 Rev. 1', 'NIST SP 800-53 Rev. 5 (CP family)', 'FedRAMP ISCP template guidance'),
  h2('1.2 Assumptions'),
  p('AWS GovCloud (US) regions remain available as documented in the leveraged P-ATO; key personnel or their alternates are reachable; backups are available in the secondary region; the recovery is performed by trained staff following this plan.'),
  h1('2. Concept of Operations'),
  p(`${CSO_ABBR} runs active in us-gov-west-1 with warm standby in us-gov-east-1. The Recovery Time Objective (RTO) is 12 hours and the Recovery Point Objective (RPO) is 1 hour. The Maximum Tolerable Downtime (MTD) agreed with the sponsoring agency in the Business Impact Analysis (Appendix C) is 24 hours.`),
  h2('2.1 Roles and Responsibilities'),
  table([
    ['Role', 'Primary', 'Alternate'],
    ['Contingency Plan Director', SO, CISO],
    ['Contingency Plan Coordinator', ISSO, 'Marco Delgado'],
    ['Recovery Team Lead', 'Marco Delgado', 'Hannah Cho'],
    ['Agency Liaison', 'Dana Whitcomb', 'Lena Vasquez-Hart'],
  ]),
  h1('3. Activation and Notification'),
  p('The plan is activated when an outage is expected to exceed four hours, when the primary region is unavailable, or at the direction of the Contingency Plan Director. The Coordinator notifies the recovery team through the paging system and the agency liaison notifies the agency ISSM and US-CERT reporting contacts as required by the Incident Response Plan.'),
  h1('4. Recovery'),
  h2('4.1 Sequence of Recovery Activities'),
  ul(
    'Declare the disaster and freeze changes in the primary region.',
    'Promote the Amazon RDS cross-region read replica in us-gov-east-1.',
    'Scale the standby EKS node groups to production capacity using the approved Terraform baseline.',
    'Switch Route 53 health-checked records to the secondary load balancer.',
    'Validate application functions with the smoke-test suite and confirm audit logging.',
  ),
  h1('5. Reconstitution'),
  p('Reconstitution returns the system to normal operations in the primary region once it is available, after data is re-synchronised and validated. The system is considered reconstituted when concurrent processing has been validated and the Director declares the end of the contingency event.'),
  h1('6. Plan Testing and Maintenance'),
  p('The ISCP is tested annually with a functional exercise (CP-4); the 2025 test was a full regional failover conducted on October 18, 2025. Results, lessons learned and corrective actions are recorded in the ISCP test report and tracked in the POA&M where they relate to a control weakness.'),
  h1('Appendix A – Key Personnel and Team Member Contact List'),
  table([['Name', 'Role', 'Phone', 'Email'], [SO, 'Director', '(281) 555-0147', 'lena.vasquez-hart@tessellate-ps.example'], [ISSO, 'Coordinator', '(281) 555-0162', 'terrence.albright@tessellate-ps.example']]),
];

export async function iscpDocx(): Promise<EvalDoc> {
  return docx('CVG ISCP v2.4.docx', 'CONTINGENCY_PLAN', 'The CSO\'s Information System Contingency Plan (SSP Attachment 6) following NIST SP 800-34.', {
    blocks: withFront(
      {
        kicker: 'SSP Attachment 6',
        title: 'Information System Contingency Plan (ISCP)',
        subtitle: [CSO, 'FedRAMP Moderate'],
        version: '2.4',
        date: 'February 20, 2026',
        revisions: [
          ['2025-03-01', '2.0', 'Multi-region design', 'T. Albright'],
          ['2025-11-02', '2.3', 'Lessons learned from October failover test', 'T. Albright'],
          ['2026-02-20', '2.4', 'Updated contact list', 'H. Cho'],
        ],
      },
      iscpBody(),
    ),
    header: `${CSO} ISCP`,
    footer: CUI,
    meta: { title: 'ISCP', creator: 'Terrence Albright', subject: 'Contingency Planning' },
  });
}

export async function iscpPdf(): Promise<EvalDoc> {
  return pdf('Document1.pdf', 'CONTINGENCY_PLAN', 'The Information System Contingency Plan exported to PDF, metadata left as "Document1".', {
    blocks: withFront(
      { title: `${CSO} Information System Contingency Plan`, subtitle: ['FedRAMP SSP Attachment 6'], version: '2.3', date: 'November 2, 2025', revisions: [['2025-11-02', '2.3', 'Lessons learned from October failover test', 'T. Albright']], revisionsFirst: true },
      iscpBody(),
    ),
    header: 'ISCP – CivicVault GovCloud – v2.3',
    footer: CUI,
    meta: { title: 'Document1', creator: 'talbright' },
  });
}

const cmpBody = (): Block[] => [
  h1('1. Purpose'),
  p(`This Configuration Management Plan (CMP) describes how ${CSP} establishes and maintains the integrity of ${CSO} through configuration identification, change control, configuration status accounting and configuration audits. It is SSP Attachment 7 and implements the CM family of the FedRAMP Moderate baseline following NIST SP 800-128.`),
  h1('2. Roles'),
  table([
    ['Role', 'Responsibilities'],
    ['Change Control Board (CCB)', 'Reviews and approves normal and significant changes; chaired by the System Owner.'],
    ['Configuration Manager', 'Maintains the baseline configurations and the configuration item register.'],
    ['ISSO', 'Performs security impact analysis (CM-4) for each change and decides whether a change is significant under the FedRAMP Significant Change Policies and Procedures.'],
  ]),
  h1('3. Configuration Identification'),
  p('Configuration items include infrastructure-as-code modules, container images, Kubernetes manifests, database schemas, hardened AMIs and the application source tree. Each item is versioned in Git and tagged with the release identifier.'),
  h1('4. Baseline Configurations'),
  p('Baselines follow CIS Benchmarks Level 1 for Amazon Linux 2023, Kubernetes (EKS) and PostgreSQL, with documented deviations. Baselines are reviewed at least annually and when components are installed or upgraded (CM-2).'),
  h1('5. Configuration Change Control'),
  h2('5.1 Change Types'),
  table([
    ['Type', 'Approval', 'Examples'],
    ['Standard', 'Pre-approved', 'Patching within the approved baseline, scaling'],
    ['Normal', 'CCB', 'New feature release, firewall rule change'],
    ['Emergency', 'CCB chair, retrospective CCB', 'Fix of an actively exploited vulnerability'],
    ['Significant', 'CCB and sponsoring agency AO before implementation', 'New external service, new data type, change of cryptographic module'],
  ]),
  h2('5.2 Change Workflow'),
  p('Changes are raised as pull requests linked to a change ticket; the pipeline runs static analysis, container and IaC scans, and deploys to staging. Security impact analysis is recorded in the ticket. Production deployment requires two approvals and runs only from the protected main branch.'),
  h1('6. Configuration Monitoring and Audits'),
  p('AWS Config rules and the container admission controller detect drift from the baseline continuously; monthly configuration scans are provided with the continuous monitoring deliverables. Quarterly audits compare the Integrated Inventory Workbook with the discovered inventory.'),
];

export async function cmpDocx(): Promise<EvalDoc> {
  return docx('cmp.docx', 'CONFIGURATION_MANAGEMENT_PLAN', 'The CSO\'s Configuration Management Plan (SSP Attachment 7): CCB, baselines, change types and audits.', {
    blocks: withFront(
      { kicker: 'SSP Attachment 7', title: 'Configuration Management Plan', subtitle: [CSO], version: '1.6', date: 'January 27, 2026', revisions: [['2025-08-10', '1.5', 'EKS admission controller', 'G. Okafor'], ['2026-01-27', '1.6', 'Significant change criteria updated', 'T. Albright']], legal: true },
      cmpBody(),
    ),
    header: 'Configuration Management Plan',
    footer: PROPRIETARY,
    headings: 'bold',
    meta: {},
  });
}

export function cmpMd(): EvalDoc {
  return md('configuration-management-plan.md', 'CONFIGURATION_MANAGEMENT_PLAN', 'The Configuration Management Plan kept as Markdown in the compliance repository.', {
    blocks: [
      { t: 'p', text: '---\ndocument: CVG-CMP\nversion: 1.6\nowner: Configuration Manager\nstatus: approved\n---' },
      { t: 'title', text: `${CSO} Configuration Management Plan (CMP)` },
      p('> FedRAMP SSP Attachment 7. Source of truth for the Word copy submitted with the authorization package.'),
      table([['Version', 'Date', 'Change'], ['1.5', '2025-08-10', 'EKS admission controller'], ['1.6', '2026-01-27', 'Significant change criteria updated']]),
      ...cmpBody(),
    ],
  });
}

const irpBody = (): Block[] => [
  h1('1. Introduction'),
  p(`This Incident Response Plan (IRP) provides ${CSP} with a formal, focused and coordinated approach to responding to security incidents affecting ${CSO}. It is SSP Attachment 8 and implements IR-8 and the IR family of the FedRAMP Moderate baseline, following NIST SP 800-61 Rev. 2 and the FedRAMP Incident Communications Procedures.`),
  h1('2. Incident Response Team'),
  table([
    ['Role', 'Name', 'Responsibilities'],
    ['Incident Commander', CISO, 'Declares incidents, directs response, approves external notifications'],
    ['IR Lead', ISSO, 'Coordinates triage, containment and evidence handling'],
    ['Communications Lead', 'Dana Whitcomb', 'Notifies the sponsoring agency, FedRAMP PMO and US-CERT/CISA'],
    ['Legal Counsel', 'Office of General Counsel', 'Breach notification obligations and law enforcement liaison'],
  ]),
  h1('3. Incident Categories and Severity'),
  table([
    ['Severity', 'Description', 'Initial response'],
    ['SEV-1', 'Confirmed compromise of federal data or loss of availability of the production system', 'Immediately; 24x7'],
    ['SEV-2', 'Suspected compromise, malware on a system component, privileged account misuse', 'Within 1 hour'],
    ['SEV-3', 'Policy violation or attempted attack without impact', 'Next business day'],
  ]),
  h1('4. Incident Handling Phases'),
  h2('4.1 Preparation'),
  p('Playbooks, forensic tooling, out-of-band communications and an annual tabletop exercise (IR-3) with the sponsoring agency.'),
  h2('4.2 Detection and Analysis'),
  p('Alerts from the SIEM, GuardDuty, endpoint detection and user reports are triaged by the 24x7 Security Operations Center within 15 minutes.'),
  h2('4.3 Containment, Eradication and Recovery'),
  p('Containment isolates affected workloads by moving them to a quarantine security group and revoking credentials. Eradication removes the root cause; recovery restores from known-good images and validated backups.'),
  h2('4.4 Post-Incident Activity'),
  p('A lessons-learned review is held within 10 business days; control weaknesses identified are added to the POA&M.'),
  h1('5. Reporting Requirements'),
  p('Incidents are reported to CISA (US-CERT) within one hour of identification as required by the FedRAMP Incident Communications Procedures, to the sponsoring agency ISSM and to the FedRAMP PMO at info@fedramp.gov. Status updates are provided daily until the incident is closed.'),
];

export async function irpDocx(): Promise<EvalDoc> {
  return docx('IRP_2026_FINAL.docx', 'INCIDENT_RESPONSE_PLAN', 'The CSO\'s Incident Response Plan (SSP Attachment 8) with team, severities, phases and FedRAMP reporting.', {
    blocks: withFront(
      { title: 'Incident Response Plan', subtitle: [`${CSO} (${CSO_ABBR})`, 'FedRAMP SSP Attachment 8'], version: '3.0', date: 'March 1, 2026', revisions: [['2025-04-01', '2.0', 'FedRAMP IR template', 'P. Natarajan'], ['2026-03-01', '3.0', 'Tabletop lessons learned', 'T. Albright']], dist: ['Security Operations Center | Tessellate', `${AGENCY} ISSM | Agency`] },
      irpBody(),
    ),
    header: `${CSO} Incident Response Plan v3.0`,
    footer: CUI,
    meta: { title: 'Incident Response Plan', creator: 'Priya Natarajan', lastModifiedBy: 'Terrence Albright', keywords: 'IRP; IR-8; FedRAMP' },
  });
}

export async function irpScan(): Promise<EvalDoc> {
  return pdf(
    'scan_20260302_114455.pdf',
    'INCIDENT_RESPONSE_PLAN',
    'The signed Incident Response Plan (SSP Attachment 8) as scanned from paper with an OCR text layer.',
    {
      blocks: [
        { t: 'p', text: 'SSP ATTACHMENT 8', center: true },
        { t: 'title', text: 'Incident Response Plan' },
        { t: 'p', text: `${CSO} | Version 3.0 | March 1, 2026`, center: true },
        ...irpBody(),
        b('Approval'),
        sig([CISO, CISO_TITLE], 'Priya Natarajan'),
        sig([SO, SO_TITLE], 'Lena Vasquez-Hart'),
      ],
      header: 'CVG Incident Response Plan - CUI',
    },
    { ocr: { seed: 'irp-scan', rate: 0.035, stamp: 'SIGNED COPY' } },
  );
}

const fipsBody = (): Block[] => [
  h1('1. Introduction and Purpose'),
  p(`This document provides the FIPS 199 security categorization of ${CSO}, prepared in accordance with FIPS Publication 199, Standards for Security Categorization of Federal Information and Information Systems, and NIST SP 800-60 Volumes I and II. It is SSP Attachment 10.`),
  h1('2. Scope'),
  p('The categorization covers all information types processed, stored or transmitted by the system within the authorization boundary.'),
  h1('3. System Description'),
  p(`${CSO} is a multi-tenant software-as-a-service offering that supports case management for federal housing finance oversight programs.`),
  h1('4. Methodology'),
  p('Each information type was identified using NIST SP 800-60 Volume II, the provisional impact levels were reviewed, adjusted where justified, and the high-water mark was taken across confidentiality, integrity and availability.'),
  h1('5. Information Types and Security Impact Levels'),
  table([
    ['Information Type', 'NIST SP 800-60 ID', 'Confidentiality', 'Integrity', 'Availability'],
    ['Housing Assistance', 'D.16.1', 'Moderate', 'Moderate', 'Moderate'],
    ['Regulatory Compliance and Enforcement', 'C.2.8.12', 'Moderate', 'Moderate', 'Low'],
    ['Information Security', 'C.3.5.5', 'Moderate', 'Moderate', 'Low'],
    ['System Development', 'C.3.5.1', 'Low', 'Moderate', 'Low'],
  ]),
  h1('6. Security Categorization'),
  p('SC CivicVault GovCloud = {(confidentiality, MODERATE), (integrity, MODERATE), (availability, MODERATE)}. The overall FIPS 199 security categorization of the system is MODERATE.'),
  h1('7. Approval'),
  sig([SO, SO_TITLE]),
];

export async function fipsDocx(): Promise<EvalDoc> {
  return docx('FIPS199_Categorization.docx', 'FIPS_199', 'The FIPS 199 security categorization (SSP Attachment 10) with SP 800-60 information types and the Moderate high-water mark.', {
    blocks: withFront(
      { kicker: 'SSP Attachment 10', title: 'FIPS 199 Categorization', subtitle: [CSO], version: '1.1', date: 'October 3, 2025', revisions: [['2025-10-03', '1.1', 'Added C.3.5.5', 'D. Whitcomb']], toc: false },
      fipsBody(),
    ),
    footer: CUI,
    meta: { title: 'FIPS 199', creator: 'Dana Whitcomb' },
  });
}

export async function fipsScan(): Promise<EvalDoc> {
  return pdf(
    'SSP_final.pdf',
    'FIPS_199',
    'A signed, scanned FIPS 199 categorization (SSP Attachment 10); the file name says SSP but the content is only the categorization.',
    {
      blocks: [{ t: 'p', text: 'Attachment 10', center: true }, { t: 'title', text: 'FIPS 199 Security Categorization' }, { t: 'p', text: CSO, center: true }, ...fipsBody().map((blk) => (blk.t === 'sig' ? { ...blk, signed: 'L Vasquez-Hart' } : blk))],
      header: 'FIPS 199 Categorization - CivicVault GovCloud',
    },
    { ocr: { seed: 'fips-scan', rate: 0.03 } },
  );
}

export async function sodDocx(): Promise<EvalDoc> {
  const body: Block[] = [
    h1('1. Purpose'),
    p(`This Separation of Duties Matrix documents how duties are divided among roles for ${CSO} to prevent malevolent activity without collusion, as required by AC-5. It is SSP Attachment 11.`),
    h1('2. Matrix'),
    table([
      ['Function', 'Developer', 'Release Manager', 'Cloud Ops Engineer', 'Security Analyst', 'ISSO', 'Agency Admin'],
      ['Write application code', 'X', '', '', '', '', ''],
      ['Approve production change', '', 'X', '', '', 'X', ''],
      ['Deploy to production', '', 'X', '', '', '', ''],
      ['Administer cloud infrastructure', '', '', 'X', '', '', ''],
      ['Review audit logs', '', '', '', 'X', 'X', ''],
      ['Modify audit configuration', '', '', '', '', 'X', ''],
      ['Create tenant users', '', '', '', '', '', 'X'],
      ['Grant privileged CSP access', '', '', '', '', 'X', ''],
    ]),
    h1('3. Conflicting Role Combinations'),
    ul('Developer and Release Manager', 'Cloud Ops Engineer and Security Analyst (audit log review)', 'Any CSP role and Agency Admin'),
    p('Conflicts are enforced by the identity governance tool; requests that would combine conflicting roles are rejected automatically and logged.'),
  ];
  return docx('roles-matrix-v3.docx', 'SEPARATION_OF_DUTIES_MATRIX', 'The Separation of Duties Matrix (SSP Attachment 11) in Word: functions by role and conflicting combinations.', {
    blocks: withFront({ kicker: 'SSP Attachment 11', title: 'Separation of Duties Matrix', subtitle: [CSO], version: '3.0', date: '2026-02-02', revisions: [['2026-02-02', '3.0', 'Added release manager role', 'T. Albright']], toc: false }, body),
    footer: CUI,
    meta: { title: 'SoD', creator: 'Terrence Albright' },
  });
}

export async function lawsDocx(): Promise<EvalDoc> {
  const body: Block[] = [
    p(`The following laws, regulations, standards and guidance apply to ${CSO} and are referenced throughout the System Security Plan. This is SSP Attachment 12, FedRAMP Laws and Regulations.`),
    h1('Laws and Regulations'),
    table([
      ['Identification Number', 'Title', 'Date', 'Link'],
      ['44 U.S.C. 3551 et seq.', 'Federal Information Security Modernization Act of 2014 (FISMA)', 'December 2014', 'https://www.congress.gov/bill/113th-congress/senate-bill/2521'],
      ['5 U.S.C. 552a', 'Privacy Act of 1974', 'December 1974', 'https://www.justice.gov/opcl/privacy-act-1974'],
      ['Pub. L. 107-347', 'E-Government Act of 2002', 'December 2002', 'https://www.congress.gov/107/plaws/publ347/PLAW-107publ347.pdf'],
      ['Pub. L. 117-263', 'FedRAMP Authorization Act (NDAA FY2023, Title LIX)', 'December 2022', 'https://www.congress.gov/bill/117th-congress/house-bill/7776'],
      ['OMB A-130', 'Managing Information as a Strategic Resource', 'July 2016', 'https://www.whitehouse.gov/omb'],
      ['OMB M-24-15', 'Modernizing the Federal Risk and Authorization Management Program', 'July 2024', 'https://www.whitehouse.gov/omb'],
    ]),
    h1('Standards and Guidance'),
    table([
      ['Identification Number', 'Title', 'Date'],
      ['FIPS 140-3', 'Security Requirements for Cryptographic Modules', 'March 2019'],
      ['FIPS 199', 'Standards for Security Categorization of Federal Information and Information Systems', 'February 2004'],
      ['FIPS 200', 'Minimum Security Requirements for Federal Information and Information Systems', 'March 2006'],
      ['NIST SP 800-53 Rev. 5', 'Security and Privacy Controls for Information Systems and Organizations', 'September 2020'],
      ['NIST SP 800-37 Rev. 2', 'Risk Management Framework for Information Systems and Organizations', 'December 2018'],
      ['NIST SP 800-63-3', 'Digital Identity Guidelines', 'June 2017'],
    ]),
  ];
  return docx('laws_regs.docx', 'LAWS_AND_REGULATIONS', 'The FedRAMP Laws and Regulations attachment (SSP Attachment 12) listing the federal laws, OMB memoranda and NIST standards that apply.', {
    blocks: withFront({ kicker: 'SSP Attachment 12', title: 'FedRAMP Laws and Regulations', subtitle: [CSO], version: '1.0', date: 'June 30, 2025', revisions: [['2025-06-30', '1.0', 'Initial', 'D. Whitcomb']], toc: false }, body),
    meta: { title: 'Laws and Regulations', creator: 'Dana Whitcomb' },
  });
}

const scrmBody = (): Block[] => [
  h1('1. Purpose and Scope'),
  p(`This Supply Chain Risk Management Plan (SCRMP) describes how ${CSP} identifies, assesses and mitigates supply chain risks to ${CSO}. It implements SR-2 and the SR family of the FedRAMP Moderate baseline, following NIST SP 800-161 Rev. 1, and is submitted as SSP Attachment 15.`),
  h1('2. SCRM Roles'),
  table([
    ['Role', 'Responsibility'],
    ['SCRM Team (SR-2(1))', 'Procurement, Legal, Security Compliance and Engineering; meets quarterly'],
    ['Vendor Risk Analyst', 'Performs supplier assessments and monitors supplier risk signals'],
    ['Engineering', 'Maintains the software bill of materials (SBOM) and component provenance'],
  ]),
  h1('3. Supplier Identification and Criticality'),
  p('Critical suppliers are those whose products or services are within the authorization boundary or process federal data: the IaaS provider, the container base image provider, the identity governance vendor and the SIEM vendor. Criticality is reviewed annually and at contract renewal.'),
  h1('4. Supplier Assessment (SR-6)'),
  p('Critical suppliers are assessed before contract award and annually: FedRAMP authorization status, SOC 2 Type II reports, secure development attestations (OMB M-22-18 common form), foreign ownership, and vulnerability disclosure practices.'),
  h1('5. Acquisition Strategies and Controls (SR-5)'),
  p('Contracts include notification of compromise clauses, flow-down of FedRAMP requirements, and the right to audit. Software components are pulled only from internal mirrors after signature verification; SBOMs in SPDX format are produced for every release.'),
  h1('6. Component Authenticity (SR-11)'),
  p('Anti-counterfeit measures rely on cryptographic signature verification of container images (Sigstore cosign) and package checksums; suspected counterfeit components are reported to the vendor, the sponsoring agency and CISA.'),
  h1('7. Notification Agreements (SR-8)'),
  p('Suppliers must notify Tessellate within 72 hours of a supply chain compromise affecting products used in the boundary; the SCRM team assesses impact and follows the Incident Response Plan.'),
];

export async function scrmDocx(): Promise<EvalDoc> {
  return docx('SCRM Plan.docx', 'SUPPLY_CHAIN_RISK_MANAGEMENT_PLAN', 'The CSO\'s Supply Chain Risk Management Plan (SR-2, NIST SP 800-161) submitted with the SSP.', {
    blocks: withFront({ kicker: 'SSP Attachment 15', title: 'Supply Chain Risk Management Plan', subtitle: [CSO], version: '1.2', date: 'February 14, 2026', revisions: [['2025-09-30', '1.0', 'Initial plan for Rev5 SR family', 'D. Whitcomb'], ['2026-02-14', '1.2', 'SBOM and M-22-18 attestations', 'D. Whitcomb']] }, scrmBody()),
    header: 'Supply Chain Risk Management Plan',
    footer: CUI,
    meta: { title: 'SCRMP', creator: 'Dana Whitcomb', subject: 'SR-2' },
  });
}

export async function scrmPdf(): Promise<EvalDoc> {
  return pdf('doc-0433.pdf', 'SUPPLY_CHAIN_RISK_MANAGEMENT_PLAN', 'The Supply Chain Risk Management Plan exported to PDF.', {
    blocks: withFront({ title: `${CSO} Supply Chain Risk Management Plan (SCRMP)`, version: '1.2', date: 'February 14, 2026', revisions: [['2026-02-14', '1.2', 'SBOM and M-22-18 attestations', 'D. Whitcomb']], coverTable: true }, scrmBody()),
    header: `${CSO_ABBR} SCRMP v1.2`,
    footer: CUI,
    meta: { creator: 'Dana Whitcomb', created: '2026-02-14T21:03:00Z' },
  });
}

