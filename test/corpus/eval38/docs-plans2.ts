import type { Block, CorpusDoc } from './kit/model.js';
import { renderDocx } from './kit/docx.js';
import { renderPdf } from './kit/pdf.js';
import { renderMarkdown } from './kit/text.js';
import { CUI_BANNER, ORG, PROPRIETARY, approvals, distribution, prose, revisionHistory, sections, toc } from './kit/common.js';

const S = ORG.system;

async function iscp(): Promise<CorpusDoc> {
  const body: Block[] = sections('iscp', [
    ['1 Introduction and Purpose', [`This Information System Contingency Plan (ISCP) establishes procedures to recover ${S} following a disruption. It follows NIST SP 800-34 Rev. 1 and is SSP Attachment 6.`]],
    ['2 Concept of Operations', ['The system runs active in AWS GovCloud (US-West) with a warm standby in (US-East). Data is replicated asynchronously; the Recovery Point Objective (RPO) is 4 hours and the Recovery Time Objective (RTO) is 12 hours. The Maximum Tolerable Downtime (MTD) is 24 hours.']],
    ['3 Roles and Responsibilities', ['The Contingency Planning Coordinator declares a contingency event. The Recovery Team Lead directs activation. Call trees are in Appendix A.']],
    ['4 Activation and Notification', ['Activation criteria: loss of the primary region for more than 2 hours, or data corruption affecting more than one tenant. Notification to the agency within one hour of activation.']],
    ['5 Recovery', ['Sequence: restore identity services, then the control plane, then tenant clusters and databases from the latest snapshots; validate integrity hashes before re-opening access.']],
    ['6 Reconstitution', ['Validate functionality with tenant smoke tests, verify audit logging, declare the system operational, and return to the primary region when stable.']],
    ['7 Plan Testing and Maintenance', ['The plan is tested annually with a functional exercise (CP-4) and reviewed annually. Results are recorded in the Contingency Plan Test Report.']],
  ]);
  const blocks: Block[] = [
    { t: 'title', text: 'Information System Contingency Plan (ISCP)' },
    { t: 'subtitle', text: `${S} | Moderate` },
    { t: 'p', text: 'Version 3.1 | January 30, 2026' },
    ...revisionHistory([['01/30/2026', '3.1', 'Updated RTO after region failover test', 'BCP Lead']]),
    ...approvals('Plan Approval', [['Dana Whitfield', 'System Owner'], ['Luis Ortega', 'Contingency Planning Coordinator']]),
    ...distribution(['System Owner', 'ISSM', 'SOC Lead', 'Agency ISSO (HUD)', 'Recovery Team']),
    ...toc(body),
    { t: 'break' },
    ...body,
    { t: 'h1', text: 'Appendix A Personnel Contact List' },
    { t: 'table', rows: [['Role', 'Name', 'Phone'], ['CP Coordinator', 'Luis Ortega', '703-555-0122'], ['Recovery Team Lead', 'Priya Nair', '703-555-0188']] },
  ];
  return { file: 'ISCP_GovStack_v3.1.docx', expected: 'CONTINGENCY_PLAN', note: 'Information System Contingency Plan (SP 800-34) with RTO/RPO, activation, recovery and reconstitution.', data: await renderDocx(blocks, { title: 'ISCP', creator: 'Luis Ortega', footer: PROPRIETARY }) };
}

async function iscp2(): Promise<CorpusDoc> {
  const blocks: Block[] = [
    { t: 'small', text: CUI_BANNER },
    { t: 'title', text: 'Contingency Plan' },
    { t: 'subtitle', text: `${S} - Attachment 6 (ISCP)` },
    ...sections('iscp2', [
      ['Background', ['This contingency plan describes how the system is recovered after a disruption, as required by CP-2. The Business Impact Analysis in Appendix C identifies the mission-essential functions.']],
      ['Backup Strategy', ['Daily incremental and weekly full backups of system-level and user-level information (CP-9), stored encrypted in the alternate region; backups tested quarterly.']],
      ['Alternate Processing Site', ['CP-7: the alternate processing site is AWS GovCloud (US-East), geographically separated from the primary site.']],
      ['Activation Phase', ['The Coordinator assesses the outage, declares activation and notifies the agency and FedRAMP via the established channels.']],
      ['Recovery Phase', ['Recovery procedures are executed in order; each step is logged with time and operator.']],
      ['Reconstitution Phase', ['Normal operations are validated and the plan is deactivated; a lessons-learned review follows within 10 business days.']],
    ]),
  ];
  return { file: 'doc-0533.pdf', expected: 'CONTINGENCY_PLAN', note: 'Contingency plan (ISCP, CP-2) as a PDF: backup, alternate site, activation/recovery/reconstitution phases.', data: await renderPdf(blocks, { title: 'doc-0533', header: CUI_BANNER }) };
}

async function cmp(): Promise<CorpusDoc> {
  const body: Block[] = sections('cmp', [
    ['1 Purpose', [`This Configuration Management Plan (CMP) describes how ${S} baselines, changes and components are controlled. It is SSP Attachment 7.`]],
    ['2 Configuration Control Board', ['The CCB is chaired by the System Owner and includes the ISSM, ISSO, Engineering and Operations leads. It meets weekly and approves normal changes; emergency changes are approved by the on-call CCB delegate and reviewed at the next meeting.']],
    ['3 Configuration Items and Baselines', ['Configuration items include golden images, Terraform modules, Helm charts and network policies. Baselines follow DISA STIGs where available and CIS benchmarks otherwise; deviations are documented.']],
    ['4 Change Control Process', ['Request, security impact analysis (CM-4), CCB approval, implementation through the pipeline, verification, and closure. Changes that may be significant under FedRAMP are sent to the agency as a Significant Change Request before implementation.']],
    ['5 Configuration Monitoring', ['Configuration scans run monthly with the SCAP Compliance Checker and the ACAS compliance audit files; drift is detected continuously by the cloud configuration monitor.']],
    ['6 Tools', ['GitLab (source and pipeline), ServiceNow (change records), Terraform Enterprise, and the inventory service that feeds the Integrated Inventory Workbook.']],
  ]);
  const blocks: Block[] = [{ t: 'title', text: 'Configuration Management Plan' }, { t: 'subtitle', text: S }, ...toc(body), ...body];
  return { file: 'CMP.md', expected: 'CONFIGURATION_MANAGEMENT_PLAN', note: 'Configuration Management Plan (SSP Attachment 7) with CCB, baselines, change control, in Markdown.', data: renderMarkdown(blocks) };
}

async function cmp2(): Promise<CorpusDoc> {
  const blocks: Block[] = [
    { t: 'table', rows: [['Title', `${S} Configuration Management Plan`], ['Document ID', 'IGS-CMP-004'], ['Version', '4.0'], ['Classification', 'CUI']] },
    ...revisionHistory([['06/01/2024', '3.0', 'DoD IL4 CMP', 'CM Lead'], ['02/14/2026', '4.0', 'FedRAMP edition: significant change process added', 'CM Lead']]),
    ...sections('cmp2', [
      ['Roles', ['Configuration Manager, Change Manager, CCB members, Release Engineers.']],
      ['Configuration Identification', ['Every component receives a unique asset identifier recorded in the inventory; baseline configurations are version-controlled (CM-2).']],
      ['Configuration Change Control', ['CM-3: proposed changes are documented, analyzed for security impact, approved by the CCB, tested and audited.']],
      ['Configuration Status Accounting', ['The CM database records the approved baseline and every change against it.']],
      ['Configuration Audits', ['Quarterly functional and physical configuration audits compare deployed state with the baseline.']],
    ]),
  ];
  return { file: 'IGS-CMP-004.docx', expected: 'CONFIGURATION_MANAGEMENT_PLAN', note: 'Configuration Management Plan (CM-2/CM-3, CCB, status accounting, audits), title in a table cell.', data: await renderDocx(blocks, { creator: 'CM Lead', headings: 'bold', header: CUI_BANNER }) };
}

async function irp(): Promise<CorpusDoc> {
  const body: Block[] = sections('irp', [
    ['1 Introduction', [`This Incident Response Plan (IRP) describes how Ironbridge prepares for, detects, contains, eradicates and recovers from security incidents affecting ${S}. It satisfies IR-8 and is SSP Attachment 8.`]],
    ['2 Incident Response Team', ['The Computer Security Incident Response Team (CSIRT) is led by the Incident Response Manager and staffed from the SOC, Engineering and Legal.']],
    ['3 Incident Categories and Severity', ['Incidents are categorized using the US-CERT federal incident notification guidelines and given a severity of Low, Medium, High or Critical.']],
    ['4 Reporting', ['Incidents are reported to the agency within one hour of identification and to CISA per the federal notification guidelines; FedRAMP PMO is copied. For the DoD enclave, the CSSP reports to JFHQ-DODIN separately, which is outside this plan.']],
    ['5 Detection and Analysis', ['Alerts from the SIEM, EDR and cloud provider are triaged by the SOC; analysts open an incident ticket and preserve evidence.']],
    ['6 Containment, Eradication and Recovery', ['Containment strategies per incident type; eradication removes the root cause; recovery restores services from known-good images.']],
    ['7 Post-Incident Activity', ['Lessons-learned meeting within two weeks; updates to the plan and to the POA&M.']],
    ['8 Testing', ['The plan is tested annually with a tabletop exercise (IR-3).']],
  ]);
  const blocks: Block[] = [{ t: 'title', text: 'Incident Response Plan' }, { t: 'subtitle', text: `${S} - Version 2.2` }, ...approvals('Approval', [['Dana Whitfield', 'System Owner'], ['Tom Becker', 'Incident Response Manager']]), ...toc(body), { t: 'break' }, ...body];
  return { file: 'IRP-2026.pdf', expected: 'INCIDENT_RESPONSE_PLAN', note: 'Incident Response Plan (IR-8, SSP Attachment 8) with team, categories, reporting and lifecycle phases.', data: await renderPdf(blocks, { title: 'IRP', creator: 'Tom Becker', footer: PROPRIETARY }) };
}

async function irp2(): Promise<CorpusDoc> {
  const blocks: Block[] = [
    { t: 'small', text: CUI_BANNER },
    { t: 'bold', text: `${ORG.csp}` },
    { t: 'title', text: `${S} Incident Response Plan` },
    ...revisionHistory([['03/01/2026', '2.3', 'Updated CISA reporting timelines', 'IR Manager']]),
    ...sections('irp2', [
      ['Purpose', ['This plan provides the roadmap for implementing the incident response capability (IR-8).']],
      ['Preparation', ['Tools, playbooks and contact lists are maintained; responders train annually (IR-2).']],
      ['Detection and Analysis', ['The SOC monitors continuously and escalates potential incidents to the on-call incident handler.']],
      ['Containment, Eradication, and Recovery', ['Playbooks exist for ransomware, credential compromise, data spillage (including CUI spillage) and denial of service.']],
      ['Notification', ['Agency customers are notified within one hour; US-CERT/CISA reporting follows the federal guidelines.']],
      ['Post-Incident Activity', ['Root cause analysis, lessons learned and plan updates.']],
    ]),
  ];
  return { file: 'IR_plan_FINAL_final.docx', expected: 'INCIDENT_RESPONSE_PLAN', note: 'Incident Response Plan as docx with preparation, detection, containment and notification sections.', data: await renderDocx(blocks, { title: 'IRP', creator: 'Tom Becker' }) };
}

async function fips199(): Promise<CorpusDoc> {
  const blocks: Block[] = [
    { t: 'title', text: 'FIPS 199 Categorization' },
    { t: 'subtitle', text: `${S} - SSP Attachment 10` },
    ...prose('fips', ['This document categorizes the system per FIPS PUB 199, Standards for Security Categorization of Federal Information and Information Systems, using the information types of NIST SP 800-60 Volume II.', 'The security categorization is the high-water mark of the confidentiality, integrity and availability impact of the information types.']),
    { t: 'h1', text: 'Information Types' },
    { t: 'table', rows: [['Information Type (SP 800-60 ID)', 'Confidentiality', 'Integrity', 'Availability'], ['C.3.5.1 System Development', 'Low', 'Moderate', 'Low'], ['C.3.5.5 Information Management', 'Moderate', 'Moderate', 'Low'], ['C.2.8.12 Official Information Dissemination', 'Low', 'Moderate', 'Moderate'], ['D.14.1 Housing Assistance', 'Moderate', 'Moderate', 'Moderate']] },
    { t: 'h1', text: 'Security Categorization' },
    { t: 'p', text: 'SC Ironbridge GovStack = {(confidentiality, MODERATE), (integrity, MODERATE), (availability, MODERATE)}' },
    { t: 'bold', text: 'Overall FIPS 199 categorization: MODERATE' },
    ...prose('fips2', ['For comparison only: the DoD categorization under CNSSI 1253 was Moderate-Moderate-Moderate for the IL4 enclave.'], 1),
  ];
  return { file: 'fips199.pdf', expected: 'FIPS_199', note: 'FIPS 199 categorization with SP 800-60 information types and the C/I/A high-water mark.', data: await renderPdf(blocks, { title: 'FIPS 199', creator: 'ISSO' }) };
}

async function fips1992(): Promise<CorpusDoc> {
  const blocks: Block[] = [
    { t: 'table', rows: [['Security Categorization (FIPS PUB 199)'], [`System: ${S}`], ['Prepared: February 2026']] },
    ...prose('fips-d', ['Impact levels were assigned for each information type processed, stored or transmitted by the system, following FIPS 199 and SP 800-60.'], 1),
    { t: 'table', rows: [['Information Type', 'NIST 800-60 ID', 'C', 'I', 'A', 'Adjustment rationale'], ['Information Security', 'C.3.5.8', 'Moderate', 'Moderate', 'Low', 'None'], ['IT Infrastructure Maintenance', 'C.3.5.3', 'Low', 'Moderate', 'Moderate', 'Availability raised: multi-tenant hosting'], ['Customer Services', 'C.2.1.1', 'Low', 'Low', 'Low', 'None']] },
    { t: 'table', rows: [['', 'Confidentiality', 'Integrity', 'Availability'], ['Overall', 'Moderate', 'Moderate', 'Moderate']] },
    { t: 'p', text: 'Approved: System Owner, ISSM. The agency AO concurred in the categorization on 02/20/2026.' },
  ];
  return { file: 'upload (12).docx', expected: 'FIPS_199', note: 'FIPS 199 security categorization table (information types, C/I/A, overall Moderate) in a docx.', data: await renderDocx(blocks, { title: 'SSP Attachment 10', headings: 'bold' }) };
}

async function scrm(): Promise<CorpusDoc> {
  const body: Block[] = sections('scrm', [
    ['1 Purpose and Scope', [`This Supply Chain Risk Management Plan (SCRM Plan) addresses SR-2 for ${S}: how Ironbridge identifies, assesses and mitigates supply chain risks to the system's hardware, software and services.`]],
    ['2 SCRM Team', ['The SCRM team includes Procurement, Legal, Engineering and Security. It meets monthly.']],
    ['3 Supplier Identification and Criticality', ['Critical suppliers: AWS GovCloud (leveraged FedRAMP High), the container base image provider, the EDR vendor, the HSM vendor. Criticality is rated on impact and substitutability.']],
    ['4 Risk Assessment', ['Suppliers are assessed for foreign ownership, control or influence (FOCI), Section 889 compliance, vulnerability disclosure practice and SBOM availability.']],
    ['5 Controls', ['SR-3 supply chain controls, SR-5 acquisition strategies, SR-6 supplier reviews, SR-8 notification agreements, SR-10 inspection of components, SR-11 component authenticity including counterfeit prevention.']],
    ['6 Monitoring', ['Supplier risk is re-evaluated annually and when a supplier reports a compromise.']],
  ]);
  const blocks: Block[] = [{ t: 'title', text: 'Supply Chain Risk Management Plan' }, { t: 'subtitle', text: S }, ...revisionHistory([['12/12/2025', '1.0', 'Initial SCRM Plan (Rev5 SR family)', 'Procurement Security']]), ...toc(body), ...body];
  return { file: 'SCRMP.docx', expected: 'SUPPLY_CHAIN_RISK_MANAGEMENT_PLAN', note: 'Supply Chain Risk Management Plan (SR-2) covering suppliers, criticality, assessment and SR controls.', data: await renderDocx(blocks, { title: 'SCRM Plan', creator: 'Procurement Security' }) };
}

async function scrm2(): Promise<CorpusDoc> {
  const blocks: Block[] = [
    { t: 'small', text: PROPRIETARY },
    { t: 'title', text: 'Supply Chain Risk Management (SCRM) Plan' },
    ...sections('scrm2', [
      ['Introduction', ['This plan implements the SR control family for the FedRAMP Moderate system and describes the supply chain risk management process.']],
      ['Acquisition', ['Contracts include flow-down clauses for incident notification, SBOM delivery and provenance.']],
      ['Provenance and Component Authenticity', ['Hardware is bought only from authorized resellers; software is verified by signature.']],
      ['Third-Party Assessments', ['Critical suppliers provide FedRAMP authorizations, SOC 2 reports or ISO 27001 certificates, reviewed annually.']],
      ['Incident Handling', ['Supplier compromises are handled under the Incident Response Plan.']],
    ]),
  ];
  return { file: 'doc-0601.pdf', expected: 'SUPPLY_CHAIN_RISK_MANAGEMENT_PLAN', note: 'Supply Chain Risk Management Plan as a PDF (SR family, acquisition, provenance, supplier assessments).', data: await renderPdf(blocks, { creator: 'Procurement Security' }) };
}

export const plan2Docs: (() => Promise<CorpusDoc>)[] = [iscp, iscp2, cmp, cmp2, irp, irp2, fips199, fips1992, scrm, scrm2];
