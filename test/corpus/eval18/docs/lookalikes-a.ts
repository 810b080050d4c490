import type { Block } from '../kit/model.js';
import { b, bullets, h1, h2, p, ps, small, table, title } from '../kit/model.js';
import { G } from '../kit/group.js';
import type { FrontMatter } from '../kit/group.js';
import { renderDocx } from '../kit/docx.js';
import { renderPdf } from '../kit/pdf.js';
import { groupDoc } from './wrap.js';
import type { EvalDoc } from './types.js';

const fm = (docId: string, version: string, date: string, extra: Partial<FrontMatter> = {}): FrontMatter => ({
  docId,
  version,
  status: 'Final',
  owner: `${G.isms}, ISMS Manager`,
  approver: `${G.ciso}, Group CISO`,
  reviewer: `${G.headCompliance}, Head of Global Compliance`,
  date,
  revisions: [
    ['0.9', '2026-01-20', 'M. Brenneke', 'Draft for management review'],
    [version, date, 'M. Brenneke', 'Final version'],
  ],
  distribution: [`${G.ciso} — Group CISO`, `${G.headCompliance} — Global Compliance Office`, 'Regional Security Officers — EU, UK, APAC, Japan'],
  legal: true,
  ...extra,
});

// ------------------------------------------------ BSI C5:2020 Type 2 attestation report (German scheme)
function c5Report(): Block[] {
  return [
    h1('1 Independent Auditor\'s Report'),
    p(`To the Management Board of ${G.group}, Frankfurt am Main`),
    p('We have audited the description of the cloud service "Nordhaus Sovereign Cloud (EU regions)" prepared by the management of the Company as at 30 September 2026 and the suitability of the design and operating effectiveness of the controls stated in the description to meet the basic criteria of the Cloud Computing Compliance Criteria Catalogue (C5:2020) published by the German Federal Office for Information Security (BSI) for the period 1 October 2025 to 30 September 2026 (Type 2 report).'),
    h2('1.1 Responsibilities of the Company\'s Management'),
    ...ps('Management is responsible for preparing the description of the service and for the design, implementation and operating effectiveness of the controls to meet the C5 criteria, including the complementary customer controls (corresponding criteria) identified in section 6.'),
    h2('1.2 Auditor\'s Responsibilities'),
    ...ps('Our responsibility is to express an opinion based on our engagement performed in accordance with ISAE 3000 (Revised) and IDW PS 860. We complied with the independence and quality management requirements of the German auditing profession.'),
    h2('1.3 Opinion'),
    ...ps('In our opinion, in all material respects, the description fairly presents the service, the controls were suitably designed and operated effectively throughout the period to meet the C5 basic criteria, with the exception of the deviations described in section 5 which do not result in a qualification of our opinion.'),
    p('Frankfurt am Main, 14 November 2026 — Brandt & Voßkuhl GmbH Wirtschaftsprüfungsgesellschaft — Dr. Hannah Voßkuhl, Wirtschaftsprüferin'),
    h1('2 Description of the Cloud Service'),
    ...ps('The Nordhaus Sovereign Cloud is operated from data centres in Frankfurt, Berlin and Dublin. The service offers compute, storage, managed databases and Kubernetes for customers in the European Union. The US federal regions operated by Nordhaus Federal Cloud, Inc. are not within the scope of this report.'),
    h1('3 Criteria and Controls'),
    table([
      ['C5 Criterion', 'Area', 'Control of the Company', 'Test procedure of the auditor', 'Result'],
      ['OIS-01', 'Organisation of Information Security', 'ISMS according to ISO/IEC 27001, certified', 'Inspection of ISMS documentation and certificate', 'No deviations'],
      ['IDM-08', 'Identity and Access Management', 'Quarterly review of privileged access', 'Sample of 25 reviews; re-performance', 'No deviations'],
      ['OPS-23', 'Operations', 'Logging and monitoring of security events', 'Inspection of SIEM rules; sample of 40 alerts', 'Deviation, see 5.1'],
      ['KRY-03', 'Cryptography and Key Management', 'Encryption of data at rest with HSM-protected keys', 'Inspection of configuration; observation', 'No deviations'],
      ['BCM-04', 'Business Continuity Management', 'Annual disaster recovery tests', 'Inspection of test reports', 'No deviations'],
      ['PSS-05', 'Product Safety and Security', 'Vulnerability management of customer-facing components', 'Inspection of scan reports and tickets', 'Deviation, see 5.2'],
    ]),
    h1('4 Corresponding Criteria (Customer Responsibilities)'),
    ...ps('Customers are responsible, among other things, for managing their own identities and access, for the configuration of their network security groups, and for classifying data they store in the service.'),
    h1('5 Deviations'),
    h2('5.1 OPS-23'),
    ...ps('For 2 of 40 sampled alerts, the documented triage exceeded the defined reaction time of four hours. Management response: the on-call rota was extended in July 2026.'),
    h2('5.2 PSS-05'),
    ...ps('For one sampled critical vulnerability the remediation exceeded the defined 14-day deadline by six days. Management response: an escalation to the service owner was introduced after seven days.'),
    h1('6 Additional Information Not Covered by the Opinion'),
    ...ps('Information about the mapping of C5 criteria to ISO/IEC 27001:2022 Annex A and to the EUCS draft scheme is provided by the Company for information only.'),
  ];
}

// ------------------------------------------------ Australian IRAP assessment report
function irapReport(): Block[] {
  return [
    h1('Executive Summary'),
    p('This report presents the findings of an Information Security Registered Assessors Program (IRAP) assessment of the Nordhaus Sovereign Cloud Sydney region against the controls of the Australian Government Information Security Manual (ISM), September 2026 release, at the PROTECTED level. The assessment was conducted by an ASD-endorsed IRAP assessor and comprised a Stage 1 assessment of the system\'s design and a Stage 2 assessment of the effectiveness of the controls.'),
    p('The assessor found that the cloud service has implemented the majority of applicable ISM controls effectively. Residual risks are summarised in the residual risk table below for the consideration of the authorising officer of each consuming Australian Government entity.'),
    h1('1 Introduction'),
    h2('1.1 Scope'),
    ...ps('In scope are the Sydney (ap-southeast-2-gov) and Melbourne regions, the management plane for those regions and the Australian support personnel who hold AGSVA Baseline or NV1 clearances. Out of scope are the EU and US regions of the Nordhaus Group.'),
    h2('1.2 Methodology'),
    ...ps('The assessment followed the ACSC IRAP Policy and Procedures and the Cloud Security Assessment Report template. Evidence was gathered through interviews, document review and technical testing; Essential Eight maturity was assessed against the Essential Eight Maturity Model.'),
    h1('2 Stage 1 — Design Review'),
    ...ps('The System Security Plan and the supporting Security Risk Management Plan (ISM terminology) were reviewed for completeness against the ISM. The system architecture separates the PROTECTED tenancy from the commercial tenancy at the hypervisor and network layers.'),
    h1('3 Stage 2 — Control Effectiveness'),
    table([
      ['ISM Control', 'Guideline', 'Implementation status', 'Effectiveness'],
      ['ISM-1173', 'Guidelines for System Hardening — multi-factor authentication for privileged users', 'Implemented', 'Effective'],
      ['ISM-0414', 'Guidelines for Personnel Security — security clearances', 'Implemented', 'Effective'],
      ['ISM-1537', 'Guidelines for System Monitoring — centralised logging', 'Implemented', 'Effective'],
      ['ISM-1490', 'Essential Eight — application control', 'Partially implemented', 'Partially effective'],
      ['ISM-0457', 'Guidelines for Cryptography — AACA approved algorithms', 'Implemented', 'Effective'],
    ]),
    h1('4 Essential Eight Maturity'),
    table([['Mitigation strategy', 'Target', 'Assessed'], ['Application control', 'ML3', 'ML2'], ['Patch applications', 'ML3', 'ML3'], ['Configure Microsoft Office macro settings', 'ML3', 'N/A'], ['User application hardening', 'ML3', 'ML3'], ['Restrict administrative privileges', 'ML3', 'ML3'], ['Patch operating systems', 'ML3', 'ML3'], ['Multi-factor authentication', 'ML3', 'ML3'], ['Regular backups', 'ML3', 'ML3']]),
    h1('5 Residual Risks'),
    table([['ID', 'Risk', 'Likelihood', 'Consequence', 'Rating', 'Recommended treatment'], ['RR-01', 'Application control not enforced on build servers', 'Possible', 'Moderate', 'Medium', 'Extend allow-listing to CI runners by Q2 2027'], ['RR-02', 'Reliance on offshore code contributors', 'Unlikely', 'Major', 'Medium', 'Continue code review by cleared personnel']]),
    h1('6 Assessor Statement'),
    ...ps('I am satisfied that the findings in this report accurately represent the security posture of the system at the time of assessment. This report does not constitute an authorisation; authorisation decisions rest with each consuming entity.'),
    p('Lachlan Pearce, IRAP Assessor — Southern Cross Assurance Pty Ltd — 3 October 2026'),
  ];
}

// ------------------------------------------------ IRAP / ISM system security plan
function ismSsp(): Block[] {
  return [
    h1('1 Purpose'),
    p('This document is the ISM-aligned security plan for the Nordhaus Sovereign Cloud Australian regions, prepared under the Australian Government Information Security Manual (ISM) and the Protective Security Policy Framework (PSPF) for assessment under the IRAP programme. It describes the system and how each applicable ISM control is implemented at the PROTECTED level. It does not address NIST SP 800-53, FIPS 199 or any US programme; the group\'s US documentation is maintained separately by the US subsidiary.'),
    h1('2 System Description'),
    ...ps('The Australian regions (Sydney and Melbourne) host compute, storage and managed database services for Australian Government entities. The system is classified PROTECTED and is operated by Nordhaus Cloud Australia Pty Ltd with cleared Australian personnel.'),
    h1('3 Security Classification and Dissemination'),
    table([['Attribute', 'Value'], ['Highest classification', 'PROTECTED'], ['Caveats', 'None'], ['Business impact level (PSPF)', 'High (confidentiality), Medium (integrity), Medium (availability)']]),
    h1('4 Control Implementation (ISM)'),
    table([
      ['Guideline', 'Control', 'Applicability', 'Implementation'],
      ['Cyber Security Roles', 'ISM-0714: a CISO is appointed', 'Yes', 'The Chief Information Security Officer of Nordhaus Cloud Australia is appointed in writing.'],
      ['Cyber Security Incidents', 'ISM-0123: incidents reported to ASD', 'Yes', 'Incidents are reported to the ASD\'s ACSC via ReportCyber within the timeframes of the incident response plan.'],
      ['Physical Security', 'ISM-0810: servers in a secure server room', 'Yes', 'Data centres are certified to Zone 4 under the PSPF and ASIO T4.'],
      ['Personnel Security', 'ISM-0434: security clearances for privileged users', 'Yes', 'Privileged users hold at least a Baseline clearance; NV1 for key management staff.'],
      ['System Hardening', 'ISM-1173: MFA for privileged users', 'Yes', 'FIDO2 phishing-resistant MFA for all privileged access.'],
      ['System Monitoring', 'ISM-0585: event logs retained for seven years', 'Yes', 'Logs retained for seven years in the Canberra archive tier.'],
      ['Cryptography', 'ISM-0471: AACA used for PROTECTED data at rest', 'Yes', 'AES-256 via HSMs evaluated under the ASD Cryptographic Evaluation programme.'],
      ['Gateways', 'ISM-0628: gateways for connections between security domains', 'Yes', 'All connections to the internet pass through the IRAP-assessed gateway.'],
    ]),
    h1('5 Essential Eight'),
    ...ps('The Essential Eight target maturity is Maturity Level Three for all strategies except Microsoft Office macro settings, which is not applicable to the server estate.'),
    h1('6 Related Documents'),
    bullets('Security Risk Management Plan (SRMP) — NCA-SRMP-001', 'Incident Response Plan (ISM) — NCA-IRP-002', 'Continuous Monitoring Plan (ISM) — NCA-CMP-003', 'IRAP Assessment Report — Southern Cross Assurance, October 2026'),
  ];
}

// ------------------------------------------------ Spanish ENS Declaración de Aplicabilidad
function ensDoa(): Block[] {
  return [
    h1('1 Objeto'),
    p('El presente documento constituye la Declaración de Aplicabilidad del sistema "Nordhaus Sovereign Cloud – Región Madrid" conforme al artículo 28 y al Anexo II del Real Decreto 311/2022, de 3 de mayo, por el que se regula el Esquema Nacional de Seguridad (ENS). Se elabora como requisito previo a la auditoría de certificación de categoría ALTA.'),
    h1('2 Categorización del sistema'),
    table([['Dimensión', 'Nivel'], ['Confidencialidad [C]', 'ALTO'], ['Integridad [I]', 'ALTO'], ['Trazabilidad [T]', 'ALTO'], ['Autenticidad [A]', 'ALTO'], ['Disponibilidad [D]', 'MEDIO'], ['Categoría del sistema', 'ALTA']]),
    h1('3 Medidas de seguridad aplicables'),
    table([
      ['Medida', 'Denominación', 'Aplica', 'Justificación / refuerzos'],
      ['org.1', 'Política de seguridad', 'Sí', 'Política de Seguridad del Grupo, adaptada a la normativa española'],
      ['op.pl.1', 'Análisis de riesgos', 'Sí', 'Análisis formal con MAGERIT v3 y herramienta PILAR'],
      ['op.acc.6', 'Mecanismo de autenticación (usuarios de la organización)', 'Sí', 'R1, R2, R3, R4: doble factor con certificado cualificado'],
      ['op.exp.8', 'Registro de la actividad', 'Sí', 'R1–R5: centralización en SIEM, retención dos años'],
      ['op.cont.2', 'Plan de continuidad', 'Sí', 'Plan de continuidad probado anualmente'],
      ['mp.if.1', 'Áreas separadas y con control de acceso', 'Sí', 'Centro de datos Tier III certificado'],
      ['mp.com.2', 'Protección de la confidencialidad', 'Sí', 'Cifrado con productos del Catálogo CCN-STIC-105'],
      ['mp.info.6', 'Limpieza de documentos', 'No', 'No se publican documentos a terceros desde el sistema'],
    ]),
    h1('4 Aprobación'),
    p('Aprobado por el Responsable de Seguridad, D.ª Lucía Ferrer Quintana, y por el Responsable del Sistema, en Madrid, a 12 de octubre de 2026.'),
  ];
}

// ------------------------------------------------ Group information security policy (ISO 27001 ISMS top-level policy)
function groupIsp(): Block[] {
  return [
    h1('1 Purpose and Context'),
    p(`This Group Information Security Policy is the top-level policy of the Information Security Management System (ISMS) of ${G.group} required by clause 5.2 of ISO/IEC 27001:2022. It states the commitment of the Management Board to protect the confidentiality, integrity and availability of information of the group, its customers and its partners, and it provides the framework for setting information security objectives across all group companies and regions.`),
    h1('2 Scope'),
    ...ps('The policy applies to all group companies, employees, contractors and third parties with access to group information or systems. Regional supplements may add requirements arising from national schemes (for example BSI C5 in Germany, ENS in Spain, IRAP in Australia and the US federal programmes of the US subsidiary) but may not lower the requirements of this policy.'),
    h1('3 Information Security Objectives'),
    bullets('Maintain ISO/IEC 27001, 27017 and 27018 certification of all production regions.', 'Achieve zero critical findings in external audits.', 'Remediate critical vulnerabilities within 14 days group-wide.', 'Train 100% of staff in security awareness annually.'),
    h1('4 Principles'),
    ...ps(
      'Information is classified according to the Group Information Classification Standard (PUBLIC, INTERNAL, INTERNAL – RESTRICTED, CONFIDENTIAL) and handled accordingly.',
      'Access to information is granted on a need-to-know and least-privilege basis.',
      'Security is considered in every phase of the product life cycle ("secure by design and by default").',
      'Risks are managed according to the Group Risk Management Framework and ISO/IEC 27005.',
    ),
    h1('5 Organisation'),
    table([['Body / Role', 'Responsibility'], ['Management Board', 'Overall accountability; approves this policy'], ['Group CISO', 'Owns the ISMS; reports quarterly to the Board'], ['Group Information Security Board', 'Steers security objectives and risk treatment'], ['Regional Security Officers', 'Implement the ISMS in the regions'], ['All employees', 'Comply with this policy and report incidents']]),
    h1('6 Subordinate Documents'),
    ...ps('The policy is supported by group standards (classification, cryptography, access control, secure development, supplier security) and by regional procedures. A list of subordinate documents is maintained in the ISMS document register.'),
    h1('7 Compliance'),
    ...ps('Compliance is monitored by Group Internal Audit and through the ISMS internal audit programme. Breaches may lead to disciplinary measures according to local labour law.'),
    h1('8 Review'),
    ...ps('The policy is reviewed annually by the Group CISO and approved by the Management Board.'),
  ];
}

// ------------------------------------------------ Data Processing Agreement (GDPR Art. 28)
function dpa(): Block[] {
  return [
    p(`between [Customer legal name], [address] (the "Controller") and ${G.group}, ${G.hq} (the "Processor")`),
    h1('1 Subject Matter and Duration'),
    ...ps('The Processor processes personal data on behalf of the Controller for the provision of the cloud services described in the Master Services Agreement (the "Agreement"). This Data Processing Agreement ("DPA") remains in force for as long as the Processor processes personal data on behalf of the Controller under the Agreement.'),
    h1('2 Nature and Purpose of Processing; Categories of Data and Data Subjects'),
    table([['Item', 'Description'], ['Nature of processing', 'Hosting, storage, backup and technical support'], ['Categories of data subjects', 'Employees, customers and suppliers of the Controller'], ['Categories of personal data', 'As uploaded by the Controller; may include special categories where the Controller so decides'], ['Location of processing', 'EU regions chosen by the Controller (Frankfurt, Berlin, Dublin, Madrid)']]),
    h1('3 Obligations of the Processor'),
    bullets('Process personal data only on documented instructions from the Controller (Art. 28(3)(a) GDPR).', 'Ensure that persons authorised to process the personal data are bound by confidentiality.', 'Implement the technical and organisational measures set out in Annex II (Art. 32 GDPR).', 'Engage sub-processors only with prior general written authorisation; the current list is in Annex III.', 'Assist the Controller with data subject requests and data protection impact assessments.', 'Notify the Controller of a personal data breach without undue delay and in any event within 36 hours.', 'Delete or return all personal data at the end of the services.'),
    h1('4 International Transfers'),
    ...ps('No personal data is transferred to a third country without the Controller\'s consent. Where support from the group\'s Indian engineering centre is required, transfers are based on the Standard Contractual Clauses (Commission Implementing Decision (EU) 2021/914), Module 3, and a transfer impact assessment.'),
    h1('5 Audits'),
    ...ps('The Processor makes available its ISO/IEC 27001 certificate, its BSI C5 Type 2 report and its SOC 2 Type 2 report. On-site audits may be performed once per year with 30 days\' notice.'),
    h1('6 Liability'),
    ...ps('Liability is governed by the Agreement.'),
    h1('Annex II — Technical and Organisational Measures'),
    table([['Measure', 'Description'], ['Encryption', 'AES-256 at rest; TLS 1.2+ in transit'], ['Access control', 'Role-based access, MFA for administrators'], ['Availability', 'Replication across availability zones; backups'], ['Testing', 'Annual penetration tests; ISO/IEC 27001 internal audits']]),
    h1('Signatures'),
    table([['For the Controller', 'For the Processor'], ['Name / Title / Date', `${G.legal}, General Counsel, ${G.group}`]]),
  ];
}

// ------------------------------------------------ Steering committee minutes
function minutes(): Block[] {
  return [
    table([['Meeting', 'FedRAMP Programme Steering Committee — Meeting No. 14'], ['Date / Time', '24.11.2026, 15:00–16:30 CET / 09:00–10:30 EST'], ['Location', 'MS Teams; Frankfurt Room 7.12'], ['Chair', G.headCompliance], ['Minutes', G.complianceLead]]),
    b('Attendees'),
    bullets(`${G.ciso} (Group CISO)`, `${G.systemOwner} (NFC Inc., System Owner)`, `${G.isso} (ISSO)`, `${G.architect} (Security Architecture)`, `${G.legal} (Group Legal)`, 'Apologies: CFO Office'),
    h1('1 Approval of previous minutes'),
    p('The minutes of meeting No. 13 (27/10/2026) were approved without changes.'),
    h1('2 Status of the annual assessment'),
    p(`D. Whitfield reported that the SSP v3.2 has been finalised and will be uploaded to the agency repository on 29/11/2026. ${G.tpao} has sent the draft Security Assessment Plan; comments are due on 04/12/2026. The system freeze for testing will start on 11/01/2027.`),
    h1('3 Continuous monitoring'),
    p('The October POA&M contains two items that will become overdue in December (both moderate). The committee asked the platform team to confirm the January image rebuild date. The deviation request DR-2026-031 is awaiting the AO\'s decision.'),
    h1('4 Significant change — HSM replacement'),
    p('The SCR for the HSM replacement was submitted on 04/11/2026. The AO requested additional information about key migration; A. Subramaniam will respond by 01/12/2026.'),
    h1('5 Budget and resourcing'),
    p('The budget for 2027 includes two additional US-person SOC analysts. Recruitment has started; see action 14-04.'),
    h1('Action items'),
    table([['No.', 'Action', 'Owner', 'Due'], ['14-01', 'Send SAP comments to Kestrel', G.isso, '04/12/2026'], ['14-02', 'Confirm image rebuild for OpenSSL items', G.sre, '01/12/2026'], ['14-03', 'Answer AO questions on SCR (HSM)', G.architect, '01/12/2026'], ['14-04', 'Recruit two SOC analysts', G.systemOwner, '31/01/2027']]),
    p('Next meeting: 15.12.2026.'),
  ];
}

// ------------------------------------------------ TIBER-EU red team test plan
function tiber(): Block[] {
  return [
    h1('1 Introduction'),
    p(`This Red Team Test Plan describes the threat intelligence-based ethical red teaming exercise of ${G.group} under the TIBER-EU framework, as adopted in Germany (TIBER-DE) by the Deutsche Bundesbank, and in the context of the threat-led penetration testing requirements of the Digital Operational Resilience Act (DORA) that apply to our financial-sector customers as critical ICT third-party service provider. It is not related to any US federal programme.`),
    h1('2 Parties'),
    table([['Party', 'Organisation'], ['White Team Lead', `${G.isms}, ${G.group}`], ['Threat Intelligence Provider', 'Ostwind Threat Intelligence GmbH'], ['Red Team Provider', 'Kranich Offensive Security GmbH'], ['TIBER Cyber Team (TCT)', 'Deutsche Bundesbank, TIBER-DE']]),
    h1('3 Scope — Critical Functions'),
    bullets('CF-1: Customer identity and access management for EU financial-sector tenants', 'CF-2: Key management service (EU regions)', 'CF-3: Payment-processing tenant isolation'),
    h1('4 Threat Scenarios (from the Targeted Threat Intelligence Report)'),
    table([['Scenario', 'Threat actor', 'Flags'], ['S1 Supply-chain compromise of a CI runner', 'State-sponsored APT', 'Obtain signing key material in CF-2'], ['S2 Spear-phishing of a cloud operations engineer', 'Organised crime', 'Administrative session in CF-1'], ['S3 Tenant escape from a shared Kubernetes cluster', 'Insider / advanced actor', 'Read data of test tenant in CF-3']]),
    h1('5 Rules of Engagement'),
    ...ps('The red team operates covertly; only the White Team is aware of the test. The Blue Team (SOC) is not informed. Leg-ups may be granted by the White Team. No real customer data may be exfiltrated; test tenants with synthetic data are used. Destructive actions and denial of service are prohibited. The White Team may stop the exercise at any time using the agreed code word.'),
    h1('6 Timeline'),
    table([['Phase', 'Dates'], ['Preparation', '01.09.2026 – 30.09.2026'], ['Threat intelligence', '01.10.2026 – 31.10.2026'], ['Red teaming', '02.11.2026 – 29.01.2027'], ['Closure (purple teaming, remediation plan)', 'February 2027']]),
    h1('7 Deliverables'),
    ...ps('Red Team Test Report, Blue Team Report, Test Summary Report for the TCT and a remediation plan; attestation by the TCT.'),
  ];
}

export async function lookalikeDocsA(): Promise<EvalDoc[]> {
  const out: EvalDoc[] = [];
  out.push({
    file: 'SAR_2026_final.docx', expected: 'UNKNOWN',
    note: 'BSI C5:2020 Type 2 attestation report (German scheme, ISAE 3000) for the EU regions: auditor opinion, criteria, deviations — not a FedRAMP SAR; name misleading.',
    data: await renderDocx(groupDoc(fm('GCO-C5-2026', '1.0', '14.11.2026', { classification: 'CONFIDENTIAL' }), [title('C5:2020 Type 2 Report', 40), p('Bericht über die Prüfung der Kriterien des Cloud Computing Compliance Criteria Catalogue (C5:2020) — Nordhaus Sovereign Cloud (EU regions), 1 October 2025 – 30 September 2026')], c5Report(), { place: 'cover', meta: { title: 'C5 Type 2 Report 2026', creator: 'Brandt & Voßkuhl' } })),
  });
  out.push({
    file: 'doc-0533.pdf', expected: 'UNKNOWN',
    note: 'Australian IRAP assessment report (ISM PROTECTED, Stage 1/2, Essential Eight, residual risks) — another national scheme, not a FedRAMP SAR.',
    data: await renderPdf(groupDoc(fm('GCO-IRAP-2026-R', '1.0', '03/10/2026', { owner: 'Regional Security Officer APAC' }), [title('IRAP Assessment Report', 38), p('Nordhaus Sovereign Cloud — Australian Regions — PROTECTED')], irapReport(), { place: 'after-control', headings: 'bold', meta: { title: 'IRAP Assessment Report', creator: 'Southern Cross Assurance' } }), { pageSize: 'A4' }),
  });
  out.push({
    file: 'security-plan-AU.docx', expected: 'UNKNOWN',
    note: 'Australian ISM/IRAP security plan for the PROTECTED Australian regions (ISM controls, PSPF, Essential Eight) — not the FedRAMP SSP (no NIST 800-53, no FIPS 199).',
    data: await renderDocx(groupDoc(fm('NCA-SSP-001', '2.0', '2026-08-28', { owner: 'Regional Security Officer APAC', approver: 'CISO, Nordhaus Cloud Australia Pty Ltd' }), [title('Nordhaus Sovereign Cloud — Australian Regions', 30), title('ISM Security Plan (IRAP PROTECTED)', 36)], ismSsp(), { place: 'after-control', meta: { title: 'ISM Security Plan', creator: 'APAC Security' } })),
  });
  out.push({
    file: 'DdA_ENS_Madrid.docx', expected: 'UNKNOWN',
    note: 'Spanish ENS Declaración de Aplicabilidad (RD 311/2022, categoría ALTA) — other national scheme, neither a FIPS 199 nor a CIS.',
    data: await renderDocx(groupDoc(fm('GCO-ENS-DA-001', '1.2', '12.10.2026', { owner: 'Responsable de Seguridad, Región Madrid' }), [title('Declaración de Aplicabilidad', 40), p('Esquema Nacional de Seguridad — Categoría ALTA — Nordhaus Sovereign Cloud, Región Madrid')], ensDoa(), { place: 'after-control', meta: { title: 'Declaración de Aplicabilidad ENS', creator: 'Lucía Ferrer' } })),
  });
  out.push({
    file: 'Policy_Attachment1.docx', expected: 'UNKNOWN',
    note: 'Group-wide ISO/IEC 27001 top-level Information Security Policy (ISMS clause 5.2) — a policy of another framework, not the FedRAMP family policies and procedures; name misleading.',
    data: await renderDocx(groupDoc(fm('GCO-POL-001', '5.0', '2026-03-31', { owner: `${G.ciso}, Group CISO`, approver: 'Management Board' }), [title('Group Information Security Policy', 40), p('ISMS Top-Level Policy (ISO/IEC 27001:2022, clause 5.2)')], groupIsp(), { place: 'cover', meta: { title: 'Group Information Security Policy', creator: G.ciso } })),
  });
  out.push({
    file: 'DPA_template_EU_v4.docx', expected: 'UNKNOWN',
    note: 'GDPR Article 28 Data Processing Agreement template with TOM annex — a contract, not a privacy assessment.',
    data: await renderDocx(groupDoc(fm('GCO-LEG-DPA-004', '4.0', '01/07/2026', { owner: `${G.legal}, Group Legal`, approver: 'General Counsel' }), [title('Data Processing Agreement', 40), p('pursuant to Article 28 of Regulation (EU) 2016/679 (GDPR)')], dpa(), { place: 'after-control', headings: 'bold', meta: { title: 'DPA', creator: 'Group Legal' } })),
  });
  out.push({
    file: 'minutes_SC14.docx', expected: 'UNKNOWN',
    note: 'Minutes of the FedRAMP programme steering committee: talks about SSP, SAP, POA&M, SCR but is none of them.',
    data: await renderDocx(groupDoc(fm('GCO-FED-MIN-014', '1.0', '25/11/2026', { owner: G.complianceLead, approver: G.headCompliance, reviewer: 'Attendees' }), [title('Minutes of Meeting', 36)], minutes(), { place: 'after-control', headings: 'bold', meta: { title: 'Minutes SC 14', creator: G.complianceLead } })),
  });
  out.push({
    file: 'RoE_pentest_2026.docx', expected: 'UNKNOWN',
    note: 'TIBER-EU/DORA red team test plan with rules of engagement for the EU regions — not a FedRAMP SAP.',
    data: await renderDocx(groupDoc(fm('GCO-TIBER-2026', '1.1', '2026-09-15', { classification: 'CONFIDENTIAL — WHITE TEAM ONLY' }), [title('TIBER-EU Red Team Test Plan', 38), small('Codename: NACHTFALKE')], tiber(), { place: 'after-control', meta: { title: 'Red Team Test Plan', creator: G.isms } })),
  });
  return out;
}
