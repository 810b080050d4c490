import { renderDocx } from '../kit/docx.js';
import { approvals, h, p, revisionHistory, table, ul } from '../kit/front.js';
import { renderPdf } from '../kit/pdf.js';
import { renderMarkdown } from '../kit/text.js';
import type { Block, Eval35Doc } from '../kit/types.js';
import { renderXlsx } from '../kit/xlsx.js';
import { cover } from './ssp-family.js';
import { HELIX, NORTHWIND, TARRAGON } from './world.js';

const plan = (intro: string, sections: [string, string[]][]): Block[] => [p(intro), ...sections.flatMap(([t, ps]) => [h(t), ...ps.map(p)])];

export async function attachmentDocs(): Promise<Eval35Doc[]> {
  const n = NORTHWIND;
  const x = HELIX;
  const t = TARRAGON;
  const out: Promise<Eval35Doc>[] = [];

  out.push(
    renderDocx({
      meta: { title: 'Digital Identity Worksheet', creator: n.isso[0] },
      blocks: [
        ...cover(n, 'Digital Identity Worksheet', '1.1', 'February 2026'),
        h('1. Introduction and Purpose'),
        p('This Digital Identity Worksheet documents the digital identity level selected for Northwind Ledger Cloud following NIST SP 800-63-3, Digital Identity Guidelines, and its companion volumes 800-63A (enrollment and identity proofing), 800-63B (authentication and lifecycle management) and 800-63C (federation and assertions).'),
        h('2. Digital Identity Level Definitions'),
        table(['Assurance', 'Level 1', 'Level 2', 'Level 3'], ['IAL', 'Self-asserted', 'Remote or in-person proofing', 'In-person proofing'], ['AAL', 'Single factor', 'Two factors', 'Hardware-based two factors'], ['FAL', 'Bearer assertion, signed', 'Bearer assertion, signed and encrypted', 'Holder-of-key assertion']),
        h('3. Review of Risk and Impact Profiles'),
        table(['Potential Impact Category', 'Impact'], ['Inconvenience, distress or damage to standing or reputation', 'Moderate'], ['Financial loss or agency liability', 'Moderate'], ['Harm to agency programs or public interests', 'Low'], ['Unauthorized release of sensitive information', 'Moderate'], ['Personal safety', 'Low'], ['Civil or criminal violations', 'Low']),
        h('4. Digital Identity Level Selection'),
        p('Based on the impact profile above, Northwind selects IAL2, AAL2 and FAL2 for all privileged and non-privileged users. Phishing-resistant authenticators are required for privileged users.'),
        table(['Digital Identity Acceptance Statement', 'Selected'], ['Identity Assurance Level (IAL)', 'IAL2'], ['Authenticator Assurance Level (AAL)', 'AAL2'], ['Federation Assurance Level (FAL)', 'FAL2']),
        ...approvals([[n.owner[0], n.owner[1], n.company]]),
      ],
    }).then((data) => ({ file: 'NLC Attachment 3.docx', expected: 'DIGITAL_IDENTITY_WORKSHEET' as const, note: 'Northwind Digital Identity Worksheet: SP 800-63-3 impact profile and IAL/AAL/FAL selection.', data })),
  );

  out.push(
    renderPdf({
      meta: { title: 'scan0042' },
      header: 'Helix CaseFlow  –  E-Authentication / Digital Identity',
      blocks: [
        { kind: 'title', text: 'Digital Identity Worksheet', size: 20 },
        p(`System: ${x.system} (${x.short})   Impact level: High   Date: 12/18/2025`),
        p('Instructions: complete the table below for each user population, then select the overall identity assurance, authenticator assurance and federation assurance levels according to NIST SP 800-63-3 Section 6.'),
        table(['User population', 'IAL', 'AAL', 'FAL', 'Rationale'], ['Agency caseworkers', 'IAL2 (agency PIV)', 'AAL3', 'FAL2', 'PIV derived; agency-proofed'], ['Tenant administrators', 'IAL2', 'AAL3', 'FAL2', 'Privileged within tenant'], ['Helix operations', 'IAL2', 'AAL3', 'N/A', 'YubiKey FIPS, no federation']),
        h('Impact assessment'),
        p('Unauthorized access could expose benefit claimant PII and adjudication records, resulting in high impact to personal privacy and agency programs. Therefore AAL3 is required for all users; IAL2 is sufficient because identity proofing is performed by the agencies for PIV issuance.'),
        h('Selected Digital Identity Levels'),
        p('IAL2 / AAL3 / FAL2'),
        h('Approval'),
        p(`${x.owner[0]}, ${x.owner[1]}        Signed 12/18/2025`),
      ],
    }).then((data) => ({ file: 'scan0042.pdf', expected: 'DIGITAL_IDENTITY_WORKSHEET' as const, note: 'Helix Digital Identity Worksheet as a scanned-style PDF; IAL/AAL/FAL selection per user population.', data })),
  );

  out.push(
    renderDocx({
      meta: { title: 'PTA', creator: t.isso[0] },
      headings: 'bold',
      blocks: [
        ...cover(t, 'Privacy Threshold Analysis (PTA)', '1.0', 'January 2026'),
        p('The Privacy Threshold Analysis determines whether a Privacy Impact Assessment is required for the system. Answer every question; if any answer in Section 2 is "Yes", a PIA must be completed.'),
        h('1. System Information'),
        table(['Question', 'Answer'], ['System name', t.system], ['Owner', t.owner[0]], ['Privacy POC', t.isso[0]]),
        h('2. PII Questions'),
        table(['#', 'Question', 'Yes/No'], ['1', 'Does the system collect, maintain, use or disseminate Personally Identifiable Information (PII) about members of the public?', 'No'], ['2', 'Does the system collect PII about federal employees or contractors beyond user account data (name, e-mail, work phone)?', 'No'], ['3', 'Does the system contain Social Security Numbers?', 'No'], ['4', 'Is the system a System of Records under the Privacy Act (requires a SORN)?', 'No']),
        h('3. Determination'),
        p('The system processes only user account information (name, business e-mail address) for authentication. No PIA is required. The PTA is reviewed annually or upon a change to the types of information processed.'),
        ...approvals([[t.isso[0], 'Privacy Point of Contact', t.company], [t.owner[0], t.owner[1], t.company]]),
      ],
    }).then((data) => ({ file: 'TI-PTA-2026.docx', expected: 'PRIVACY_ASSESSMENT' as const, note: 'Tarragon Privacy Threshold Analysis (PII questions and determination) — SSP privacy attachment.', data })),
  );

  out.push(
    renderPdf({
      meta: { title: 'Privacy Impact Assessment', creator: x.isso[0] },
      header: 'Helix CaseFlow Privacy Impact Assessment – CUI',
      blocks: [
        { kind: 'title', text: 'Privacy Impact Assessment (PIA)' },
        p(`${x.system} – Version 2.0 – January 2026`),
        ...revisionHistory([['01/20/2026', '2.0', 'Updated for new document intake module', x.isso[0]]]),
        ...plan('This PIA follows the E-Government Act of 2002, Section 208, and OMB M-03-22.', [
          ['Section 1: Characterization of the Information', ['The system collects names, dates of birth, Social Security Numbers, addresses, income and medical documentation submitted by benefit applicants through agency caseworkers.']],
          ['Section 2: Uses of the Information', ['PII is used solely to adjudicate benefit claims and is not used for matching programs without a computer matching agreement.']],
          ['Section 3: Retention', ['Records are retained per the agency records schedule (GRS 1.2 / agency-specific) and destroyed with NIST SP 800-88 sanitization.']],
          ['Section 4: Internal Sharing and Disclosure', ['Access is limited to caseworkers and supervisors assigned to the case; audit logs record every view of SSN fields.']],
          ['Section 5: External Sharing and Disclosure', ['Data is shared only with the Treasury payment system under an ISA/MOU.']],
          ['Section 6: Notice', ['Applicants receive a Privacy Act statement on the agency forms; the applicable SORN is cited by each agency.']],
          ['Section 7: Access, Redress and Correction', ['Individuals request access or correction through the agency FOIA/Privacy Act office.']],
          ['Section 8: Technical Access and Security', ['PII is encrypted at rest with FIPS 140-3 modules, masked in the UI, and exports are watermarked.']],
        ]),
      ],
    }).then((data) => ({ file: 'HCF_PIA_v2.pdf', expected: 'PRIVACY_ASSESSMENT' as const, note: 'Helix Privacy Impact Assessment with the standard PIA sections.', data })),
  );

  const rob = (csp: typeof n): Block[] => [
    h('1. Purpose'),
    p(`These Rules of Behavior describe the responsibilities and expected behavior of all users of ${csp.system}. Users must read and sign these rules before they receive access and annually thereafter.`),
    h('2. Rules for Privileged Users'),
    ul('Use privileged accounts only for administrative tasks; use a separate non-privileged account for e-mail and web browsing.', 'Never share credentials or hardware authenticators.', 'Access production only through approved, MFA-protected access paths.', 'Do not copy customer data to unapproved locations or removable media.', 'Report suspected security incidents to the SOC immediately.'),
    h('3. Rules for Non-Privileged Users'),
    ul('Lock your workstation when unattended.', 'Do not attempt to access data you are not authorized to see.', 'Comply with the acceptable use policy; there is no expectation of privacy on the system.'),
    h('4. Consequences of Non-Compliance'),
    p('Violations may result in loss of access, disciplinary action, and civil or criminal penalties.'),
    h('5. Acknowledgement'),
    p('I have read and understand the Rules of Behavior and agree to comply with them.'),
    table(['User Name', 'Signature', 'Date'], ['', '', '']),
  ];
  out.push(
    renderDocx({ meta: { title: 'Rules of Behavior', creator: n.isso[0] }, header: 'NLC Rules of Behavior', blocks: [...cover(n, 'Rules of Behavior', '2.0', 'January 2026'), ...rob(n)] }).then((data) => ({
      file: 'NLC_Attachment5_ROB.docx',
      expected: 'RULES_OF_BEHAVIOR' as const,
      note: 'Northwind Rules of Behavior with privileged/non-privileged rules and user acknowledgement.',
      data,
    })),
  );
  out.push(
    renderPdf({ meta: {}, headings: 'bold', blocks: [p(t.company), { kind: 'title', text: `${t.system} – User Rules of Behavior` }, ...rob(t)] }).then((data) => ({
      file: 'Attachment_final (2).pdf',
      expected: 'RULES_OF_BEHAVIOR' as const,
      note: 'Tarragon Rules of Behavior as an unsigned PDF without metadata.',
      data,
    })),
  );

  const iscp = (csp: typeof n): Block[] =>
    plan(`This Information System Contingency Plan (ISCP) establishes procedures to recover ${csp.system} following a disruption, in accordance with NIST SP 800-34 Rev 1 and control CP-2.`, [
      ['1. Introduction and Concept of Operations', [`The ISCP applies to the components of the ${csp.short} authorization boundary. It is activated by the Contingency Planning Coordinator when an outage is expected to exceed the Maximum Tolerable Downtime.`]],
      ['2. Business Impact Analysis Summary', ['Recovery Time Objective (RTO): 12 hours. Recovery Point Objective (RPO): 1 hour. Maximum Tolerable Downtime (MTD): 24 hours.']],
      ['3. Roles and Responsibilities', ['Contingency Planning Director, Contingency Planning Coordinator, Outage and Damage Assessment Lead, Technical Recovery Team, and Communications Lead are defined with primary and alternate contacts in Appendix A.']],
      ['4. Activation and Notification Phase', ['Activation criteria: loss of a region, data corruption, or a security incident that requires rebuild. Notifications are sent through PagerDuty and the call tree in Appendix B.']],
      ['5. Recovery Phase', ['Sequence of recovery: network and identity, data tier restoration from cross-region snapshots, application tier redeploy from pipelines, validation by smoke tests.']],
      ['6. Reconstitution Phase', ['Concurrent processing, validation data testing, functionality testing, recovery declaration, notification to users, cleanup, backing up restored systems, and event documentation.']],
      ['7. Plan Testing and Maintenance', ['The ISCP is tested annually with a functional exercise (CP-4) and updated after tests and significant changes.', 'Results of each exercise are documented in an after-action report; corrective actions are tracked in the POA&M where they represent control weaknesses. Training for contingency roles (CP-3) is provided within 30 days of assignment and annually thereafter.']],
    ]).concat([
      h('Appendix A – Personnel Contact List'),
      table(['Contingency Role', 'Primary', 'Alternate', 'Phone'], ['Contingency Planning Director', csp.owner[0], 'Deputy CTO', '(555) 010-2000'], ['Contingency Planning Coordinator', csp.isso[0], 'Security Engineer on call', '(555) 010-2001'], ['Technical Recovery Team Lead', 'Cloud Operations Manager', 'Senior SRE', '(555) 010-2002'], ['Communications Lead', 'Customer Success Director', 'Support Manager', '(555) 010-2003']),
      h('Appendix B – Recovery Procedures Summary'),
      table(['Step', 'Action', 'Responsible', 'Target time'], ['1', 'Declare disaster; open bridge', 'CP Coordinator', 'T+30 min'], ['2', 'Fail over DNS to alternate region', 'Technical Recovery Team', 'T+2 h'], ['3', 'Restore database from latest cross-region snapshot', 'DBA on call', 'T+6 h'], ['4', 'Redeploy application tier from pipeline', 'SRE', 'T+8 h'], ['5', 'Validate with smoke tests and customer canaries', 'QA / SRE', 'T+10 h'], ['6', 'Notify customers and agency AO', 'Communications Lead', 'T+12 h']),
      h('Appendix C – Alternate Processing and Storage Sites'),
      p('Backups are replicated to the alternate region (CP-6) at least hourly and retained for 35 days; the alternate processing site (CP-7) is a warm standby with infrastructure defined in the same Terraform modules.'),
    ]);
  out.push(
    renderDocx({ meta: { title: 'Information System Contingency Plan', creator: n.isso[0] }, blocks: [...cover(n, 'Information System Contingency Plan (ISCP)', '4.0', 'March 2026'), ...revisionHistory([['03/05/2026', '4.0', 'Annual update after CP-4 exercise', n.isso[0]]]), ...iscp(n)] }).then((data) => ({
      file: 'NLC_ISCP_v4.docx',
      expected: 'CONTINGENCY_PLAN' as const,
      note: 'Northwind ISCP per NIST SP 800-34 (BIA, activation, recovery, reconstitution).',
      data,
    })),
  );
  out.push(
    renderPdf({ meta: { title: 'Document1' }, header: 'HCF Contingency Plan', blocks: [{ kind: 'title', text: 'Helix CaseFlow Information System Contingency Plan' }, ...iscp(x)] }).then((data) => ({
      file: 'doc-0519.pdf',
      expected: 'CONTINGENCY_PLAN' as const,
      note: 'Helix ISCP as PDF with stale "Document1" metadata.',
      data,
    })),
  );

  const cmp = (csp: typeof n): Block[] =>
    plan(`This Configuration Management Plan (CMP) describes how ${csp.company} manages the configuration of ${csp.system} throughout the system development life cycle, implementing the CM family of NIST SP 800-53.`, [
      ['Configuration Control Board', ['The Configuration Control Board (CCB) is chaired by the System Owner and meets weekly; the ISSO has a veto on changes with security impact. Emergency changes are reviewed retroactively within two business days.']],
      ['Configuration Items and Baselines', ['Configuration items include infrastructure-as-code modules, container images, hardened OS images and database parameter groups. Baselines are versioned in Git and tagged at each release.']],
      ['Change Control Process', ['Requests are submitted as change tickets, classified (standard, normal, emergency), analyzed for security impact (CM-4), tested in staging, approved by the CCB, deployed through the pipeline, and verified.']],
      ['Significant Change Determination', ['Changes meeting the FedRAMP significant change criteria are escalated to the agency AO through the Significant Change Request process before implementation.']],
      ['Configuration Monitoring', ['Drift is detected by configuration compliance scans and reported monthly with continuous monitoring deliverables.', 'Unauthorized changes detected by monitoring are treated as security events and routed to the Incident Response Team for analysis.']],
      ['Roles and Responsibilities', ['The Configuration Manager maintains the CM database and baselines; developers submit change requests; the ISSO performs security impact analyses; Cloud Operations implements approved changes; Quality Assurance verifies changes in staging.']],
    ]).concat([
      table(['Change Type', 'Approval', 'Examples', 'Lead Time'], ['Standard', 'Pre-approved by CCB', 'OS patching within approved baseline, certificate renewal', 'None'], ['Normal', 'CCB', 'New feature release, security group change', '5 business days'], ['Emergency', 'ISSO + System Owner, CCB retroactive', 'Critical vulnerability fix, incident containment', 'Immediate'], ['Significant', 'Agency AO via SCR', 'New interconnection, boundary change, new data type', '30 business days']),
      h('Tools'),
      ul('Git (GitHub Enterprise Cloud) for code and infrastructure definitions', 'Jira for change requests and CCB minutes', 'Terraform and Packer for baselines', 'Configuration compliance scanning with CIS benchmark policies'),
    ]);
  out.push(
    renderDocx({ meta: { title: 'Configuration Management Plan', creator: t.isso[0] }, blocks: [...cover(t, 'Configuration Management Plan', '2.2', 'November 2025'), ...cmp(t)] }).then((data) => ({
      file: 'TI_CMP_2.2.docx',
      expected: 'CONFIGURATION_MANAGEMENT_PLAN' as const,
      note: 'Tarragon Configuration Management Plan (CCB, baselines, change control).',
      data,
    })),
  );
  out.push(
    Promise.resolve(renderMarkdown({ blocks: [{ kind: 'title', text: 'Northwind Ledger Cloud – Configuration Management Plan' }, p('Owner: Cloud Operations | Version 3.0 | Reviewed 2026-01-20'), ...cmp(n)] })).then((data) => ({
      file: 'cmp.md',
      expected: 'CONFIGURATION_MANAGEMENT_PLAN' as const,
      note: 'Northwind Configuration Management Plan kept in Markdown.',
      data,
    })),
  );

  const irp = (csp: typeof n): Block[] =>
    plan(`This Incident Response Plan (IRP) establishes the capability of ${csp.company} to prepare for, detect, analyze, contain, eradicate and recover from security incidents affecting ${csp.system}, consistent with NIST SP 800-61 and the FedRAMP Incident Communications Procedures.`, [
      ['Incident Response Team', ['The Incident Response Team (IRT) consists of the Incident Commander, the ISSO, SOC analysts, Cloud Operations and Legal. Contact details are in Appendix A.']],
      ['Incident Categories and Severity', ['Incidents are classified by functional impact, information impact and recoverability, using the CISA Federal Incident Notification Guidelines.']],
      ['Reporting', ['Incidents are reported to US-CERT/CISA within one hour of identification, to the FedRAMP PMO and to affected agency customers, per the FedRAMP Incident Communications Procedures.']],
      ['Containment, Eradication and Recovery', ['Playbooks cover compromised credentials, malware on a node, data exfiltration and denial of service.']],
      ['Post-Incident Activity', ['Lessons-learned meetings are held within two weeks; the IRP is updated accordingly. The plan is tested annually (IR-3).', 'Evidence is preserved with chain of custody; logs relevant to the incident are retained for at least three years.']],
      ['Training', ['Incident response training (IR-2) is provided to IRT members within 30 days of assignment and annually; tabletop exercises include agency customer points of contact where possible.']],
    ]).concat([
      h('Appendix A – Severity Matrix'),
      table(['Severity', 'Definition', 'Initial response', 'Notification'], ['SEV-1', 'Confirmed compromise of customer data or control plane', '15 minutes', 'CISA 1 h, FedRAMP PMO, agency ISSOs'], ['SEV-2', 'Suspected compromise, malware on production node', '30 minutes', 'CISA 1 h, agency ISSOs'], ['SEV-3', 'Policy violation without data exposure', '4 hours', 'Internal; monthly ConMon report'], ['SEV-4', 'Unsuccessful attack, scanning', 'Next business day', 'Internal']),
      h('Appendix B – Incident Reporting Form'),
      table(['Field', 'Entry'], ['Incident ID', ''], ['Date/time detected', ''], ['Reporter', ''], ['Systems affected', ''], ['Functional / information impact', ''], ['Actions taken', '']),
    ]);
  out.push(
    renderDocx({ meta: { title: 'Incident Response Plan', creator: x.isso[0] }, blocks: [...cover(x, 'Incident Response Plan', '3.1', 'October 2025'), ...irp(x)] }).then((data) => ({
      file: 'HCF-IRP.docx',
      expected: 'INCIDENT_RESPONSE_PLAN' as const,
      note: 'Helix Incident Response Plan (team, categories, US-CERT reporting, playbooks).',
      data,
    })),
  );
  out.push(
    renderPdf({ meta: { title: 'Security Assessment Plan Template' }, header: `${t.system} Incident Response Plan`, blocks: [{ kind: 'title', text: 'Incident Response Plan' }, p(t.system), ...irp(t)] }).then((data) => ({
      file: 'TI-IRP-2025.pdf',
      expected: 'INCIDENT_RESPONSE_PLAN' as const,
      note: 'Tarragon Incident Response Plan; metadata title is stale from a SAP template, content is an IRP.',
      data,
    })),
  );

  const cisRows = ['AC-1', 'AC-2', 'AC-2(1)', 'AC-3', 'AC-7', 'AU-2', 'CM-6', 'IA-2', 'IA-2(1)', 'SC-7', 'SC-13', 'SI-2'];
  out.push(
    renderXlsx(
      [
        {
          name: 'CIS Worksheet',
          rows: [
            ['Control Implementation Summary (CIS) Worksheet', null, null, null, null, null, null, null, null, null, null],
            [`CSP: ${n.company}   System: ${n.system}   Baseline: Moderate`],
            ['Control ID', 'Implemented', 'Partially Implemented', 'Planned', 'Alternative Implementation', 'Not Applicable', 'Service Provider Corporate', 'Service Provider System Specific', 'Service Provider Hybrid', 'Configured by Customer', 'Provided by Customer', 'Shared', 'Inherited'],
            ...cisRows.map((id, i) => [id, 'X', null, null, null, null, i % 3 === 0 ? 'X' : null, i % 3 === 1 ? 'X' : null, null, i % 4 === 2 ? 'X' : null, null, i % 5 === 3 ? 'X' : null, id.startsWith('SC') ? 'X' : null]),
          ],
          boldRows: [1, 3],
        },
        {
          name: 'CRM Worksheet',
          rows: [
            ['Customer Responsibility Matrix'],
            ['Control ID', 'Can Be Inherited from CSP', 'Specific Inheritance and Customer Agency/CSP Responsibilities'],
            ['AC-2', 'Partial', 'Customers manage their own tenant user accounts and perform account reviews.'],
            ['IA-2', 'Partial', 'Customers federate with their IdP and enforce PIV/MFA for their users.'],
            ['SC-7', 'Yes', 'Fully inherited; no customer responsibility.'],
          ],
          boldRows: [2],
        },
      ],
      { title: 'CIS CRM Workbook', creator: n.isso[0] },
    ).then((data) => ({ file: 'NLC_CIS_CRM_Workbook.xlsx', expected: 'CIS_CRM_WORKBOOK' as const, note: 'Northwind CIS/CRM workbook: CIS worksheet with implementation/origination columns and CRM sheet.', data })),
  );
  out.push(
    renderXlsx(
      [
        { name: 'Instructions', rows: [['This workbook is SSP Attachment 9. Complete the CIS tab for every control of the baseline and the CRM tab for every control with customer responsibility.']] },
        {
          name: 'CRM',
          rows: [
            [null, 'Helix CaseFlow – Customer Responsibility Matrix (High)'],
            [],
            ['Control ID', 'Can Be Inherited from CSP', 'Specific Inheritance and Customer Agency/CSP Responsibilities'],
            ['AC-2(3)', 'No', 'Agency disables accounts of departed caseworkers within its IdP.'],
            ['AC-20', 'No', 'Agency defines terms for use of external systems.'],
            ['AT-2', 'No', 'Agency provides security awareness training to its users.'],
            ['IA-8', 'Partial', 'Agency configures SAML federation; Helix accepts PIV-derived assertions.'],
            ['PS-3', 'Yes', 'Helix personnel screening is inherited.'],
          ],
        },
        {
          name: 'CIS',
          rows: [
            ['Control ID', 'Implemented', 'Partially Implemented', 'Planned', 'Alternative Implementation', 'Not Applicable', 'Service Provider Corporate', 'Service Provider System Specific', 'Service Provider Hybrid', 'Configured by Customer', 'Provided by Customer', 'Shared', 'Inherited'],
            ['AC-2(3)', 'X', null, null, null, null, null, 'X', null, null, null, 'X', null],
            ['AT-2', 'X', null, null, null, null, 'X', null, null, null, 'X', null, null],
            ['PE-3', 'X', null, null, null, null, null, null, null, null, null, null, 'X'],
          ],
        },
      ],
      {},
    ).then((data) => ({ file: 'upload (7).xlsx', expected: 'CIS_CRM_WORKBOOK' as const, note: 'Helix CIS/CRM workbook with CRM tab first and no metadata.', data })),
  );

  const fipsTable = (rows: string[][]): Block => table(['Information Type', 'NIST SP 800-60 ID', 'Confidentiality', 'Integrity', 'Availability'], ...rows);
  out.push(
    renderDocx({
      meta: { title: 'FIPS 199 Categorization', creator: n.isso[0] },
      blocks: [
        ...cover(n, 'FIPS 199 Categorization', '1.2', 'February 2026'),
        h('1. Introduction'),
        p('This document records the security categorization of Northwind Ledger Cloud in accordance with FIPS PUB 199, Standards for Security Categorization of Federal Information and Information Systems, and NIST SP 800-60 Volumes I and II.'),
        h('2. Information Types'),
        fipsTable([['Financial Management – Accounting', 'C.3.1.4', 'Moderate', 'Moderate', 'Low'], ['Funds Control', 'C.3.1.2', 'Moderate', 'Moderate', 'Low'], ['Information Security', 'C.3.5.5', 'Low', 'Moderate', 'Low']]),
        h('3. Security Categorization'),
        p('SC Northwind Ledger Cloud = {(confidentiality, MODERATE), (integrity, MODERATE), (availability, LOW)}. The overall FIPS 199 impact level (high-water mark) is MODERATE.'),
        ...approvals([[n.owner[0], n.owner[1], n.company]]),
      ],
    }).then((data) => ({ file: 'NLC-FIPS199.docx', expected: 'FIPS_199' as const, note: 'Northwind FIPS 199 categorization with SP 800-60 information types and high-water mark.', data })),
  );
  out.push(
    renderPdf({
      meta: { title: 'Attachment 10' },
      blocks: [
        p('Attachment 10'),
        { kind: 'title', text: 'FIPS PUB 199 Security Categorization Report' },
        p(`${t.system}  –  prepared by ${t.isso[0]}, 11/15/2025`),
        fipsTable([['Information and Technology Management', 'C.3.5.1', 'Low', 'Low', 'Low'], ['Customer Services', 'C.2.1.1', 'Low', 'Low', 'Low']]),
        p('Provisional impact levels were reviewed against the special factors in SP 800-60 Vol. II; no adjustments were made. The system is categorized LOW and qualifies for the FedRAMP Tailored LI-SaaS baseline.'),
      ],
    }).then((data) => ({ file: 'Att10.pdf', expected: 'FIPS_199' as const, note: 'Tarragon FIPS 199 categorization report (information types and impact levels).', data })),
  );

  const duties = ['Approve access requests', 'Provision accounts', 'Review audit logs', 'Approve changes (CCB)', 'Deploy to production', 'Manage encryption keys', 'Perform access reviews'];
  out.push(
    renderXlsx(
      [
        {
          name: 'SoD Matrix',
          rows: [
            [`${x.system} Separation of Duties Matrix`],
            ['Function / Duty', 'System Owner', 'ISSO', 'Cloud Operations', 'Developers', 'SOC Analyst', 'Tenant Admin'],
            ...duties.map((d, i) => [d, i % 3 === 0 ? 'A' : null, i % 2 === 0 ? 'R' : 'A', i % 2 === 1 ? 'X' : null, i === 3 ? 'R' : null, i === 2 ? 'X' : null, null]),
            [],
            ['Legend: X = performs, A = approves, R = reviews. No single individual may both perform and approve the same function.'],
          ],
          boldRows: [1, 2],
        },
      ],
      { title: 'Separation of Duties Matrix', creator: x.isso[0] },
    ).then((data) => ({ file: 'HCF SOD Matrix v2.xlsx', expected: 'SEPARATION_OF_DUTIES_MATRIX' as const, note: 'Helix separation of duties matrix (duties by role, legend).', data })),
  );
  out.push(
    renderDocx({
      meta: { title: 'Separation of Duties Matrix', creator: t.isso[0] },
      blocks: [
        ...cover(t, 'Separation of Duties Matrix', '1.0', 'January 2026'),
        p('This matrix implements AC-5, Separation of Duties, by identifying the duties of individuals that must be separated to prevent malevolent activity without collusion.'),
        table(['Duty', 'Security', 'Operations', 'Engineering', 'Management'], ...duties.map((d, i) => [d, i % 2 ? 'Approve' : 'Review', i % 2 ? 'Perform' : '—', i === 4 ? 'Request' : '—', i === 3 ? 'Approve' : '—'])),
        p('Conflicts: no person who deploys to production may approve the same change; key custodians are distinct from system administrators.'),
      ],
    }).then((data) => ({ file: 'AC-5 matrix.docx', expected: 'SEPARATION_OF_DUTIES_MATRIX' as const, note: 'Tarragon separation of duties matrix in Word (AC-5).', data })),
  );

  const laws = [
    ['Computer Fraud and Abuse Act [PL 99-474, 18 USC 1030]', 'Law'],
    ['E-Authentication Guidance for Federal Agencies [OMB M-04-04]', 'OMB Memo'],
    ['Federal Information Security Modernization Act of 2014 (FISMA) [PL 113-283]', 'Law'],
    ['Freedom of Information Act As Amended in 2002 [PL 104-232, 5 USC 552]', 'Law'],
    ['Homeland Security Presidential Directive 12 (HSPD-12)', 'Directive'],
    ['Privacy Act of 1974 as amended [5 USC 552a]', 'Law'],
    ['Managing Information as a Strategic Resource [OMB Circular A-130]', 'OMB Circular'],
    ['Security and Privacy Controls for Information Systems and Organizations [NIST SP 800-53 Rev 5]', 'Standard'],
    ['Guide for Conducting Risk Assessments [NIST SP 800-30 Rev 1]', 'Guidance'],
    ['Standards for Security Categorization [FIPS PUB 199]', 'Standard'],
  ];
  out.push(
    renderXlsx(
      [
        {
          name: 'Laws and Regulations',
          rows: [['FedRAMP Laws and Regulations'], [`System: ${n.system}`], ['Identification Number', 'Title', 'Date', 'Link', 'Type'], ...laws.map(([title, type], i) => [`LR-${String(i + 1).padStart(2, '0')}`, title ?? '', '', 'https://www.govinfo.gov', type ?? ''])],
          boldRows: [1, 3],
        },
      ],
      { title: 'Attachment 12', creator: n.isso[0] },
    ).then((data) => ({ file: 'NLC_Attachment12.xlsx', expected: 'LAWS_AND_REGULATIONS' as const, note: 'Northwind SSP Attachment 12: FedRAMP applicable laws, regulations, standards and guidance.', data })),
  );
  out.push(
    renderDocx({
      meta: {},
      headings: 'bold',
      blocks: [
        p(`${x.system} – SSP Attachment 12`),
        { kind: 'title', text: 'Applicable Laws, Regulations, Standards and Guidance', size: 32 },
        p('The following laws, regulations, standards and guidance apply to the Helix CaseFlow system and are referenced throughout the System Security Plan.'),
        h('Applicable Laws and Regulations'),
        table(['Reference', 'Type'], ...laws.filter((l) => l[1] !== 'Standard' && l[1] !== 'Guidance')),
        h('Applicable Standards and Guidance'),
        table(['Reference', 'Type'], ...laws.filter((l) => l[1] === 'Standard' || l[1] === 'Guidance'), ['Digital Identity Guidelines [NIST SP 800-63-3]', 'Guidance'], ['Contingency Planning Guide [NIST SP 800-34 Rev 1]', 'Guidance']),
      ],
    }).then((data) => ({ file: 'att12_laws_regs.docx', expected: 'LAWS_AND_REGULATIONS' as const, note: 'Helix list of applicable laws, regulations, standards and guidance (SSP Attachment 12).', data })),
  );

  const scrm = (csp: typeof n): Block[] =>
    plan(`This Supply Chain Risk Management Plan (SCRM Plan) implements control SR-2 for ${csp.system} and describes how ${csp.company} identifies, assesses and mitigates supply chain risks consistent with NIST SP 800-161 Rev 1.`, [
      ['Scope and Governance', ['The SCRM team is led by the ISSO with Procurement and Legal. The plan covers hardware, software, open-source components and external service providers.']],
      ['Supplier Risk Assessment', ['Critical suppliers are assessed before onboarding and annually (SR-6): FedRAMP authorization status, SOC 2 reports, country of origin, financial stability and vulnerability disclosure practices.']],
      ['Provenance and SBOM', ['Container images are built from approved base images; SBOMs (CycloneDX) are generated at build and checked against known-vulnerable components (SR-4).']],
      ['Notification Agreements and Tamper Protection', ['Contracts require notification of compromises within 72 hours (SR-8); signed artifacts are verified before deployment (SR-9, SR-11).']],
      ['Plan Review', ['The SCRM Plan is reviewed annually and after supply chain incidents.']],
      ['Acquisition Strategies and Contract Language', ['Contracts with critical suppliers include security requirements, right-to-audit clauses, breach notification, and flow-down of FedRAMP requirements (SA-4, SR-5). Components from entities prohibited by Section 889 of the FY2019 NDAA are not acquired.']],
    ]).concat([
      h('Appendix A – Critical Supplier Register'),
      table(['Supplier', 'Product / Service', 'Criticality', 'Assurance', 'Last Review'], ['Cloud IaaS provider', 'Hosting', 'Critical', 'FedRAMP High P-ATO', '2025-11'], ['Identity provider', 'SSO / MFA', 'Critical', 'FedRAMP Moderate', '2025-12'], ['Log analytics SaaS', 'SIEM', 'High', 'FedRAMP Moderate', '2025-10'], ['Open-source base images', 'Containers', 'High', 'SBOM + signature verification', 'Continuous']),
    ]);
  out.push(
    renderDocx({ meta: { title: 'SCRM Plan', creator: n.isso[0] }, blocks: [...cover(n, 'Supply Chain Risk Management Plan', '1.1', 'January 2026'), ...scrm(n)] }).then((data) => ({
      file: 'NLC_SCRMP.docx',
      expected: 'SUPPLY_CHAIN_RISK_MANAGEMENT_PLAN' as const,
      note: 'Northwind Supply Chain Risk Management Plan (SR-2, NIST SP 800-161).',
      data,
    })),
  );
  out.push(
    renderPdf({ meta: { title: 'Final' }, blocks: [{ kind: 'title', text: `${x.system} Supply Chain Risk Management (SCRM) Plan` }, ...approvals([[x.owner[0], x.owner[1], x.company]]), ...scrm(x)] }).then((data) => ({
      file: 'Final.pdf',
      expected: 'SUPPLY_CHAIN_RISK_MANAGEMENT_PLAN' as const,
      note: 'Helix SCRM Plan as PDF with approval block before the body.',
      data,
    })),
  );
  return Promise.all(out);
}
