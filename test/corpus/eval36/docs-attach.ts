import { buildDocx } from './kit/docx.js';
import type { Block, DocSpec } from './kit/model.js';
import { bold, bullets, h, p, pageBreak, table, title } from './kit/model.js';
import { buildPdf } from './kit/pdf.js';
import { AGENCY, approvals, CSO, CSO_SHORT, CUI_NOTICE, distribution, ident, revisionHistory, STD_REV, SYSTEM_DESCRIPTION, toc } from './kit/persona.js';
import { toMarkdown, toPlainText } from './kit/text.js';
import type { CorpusDoc } from './kit/types.js';
import { addSheet, newWorkbook, saveWorkbook, toCsv } from './kit/xlsx.js';

function front(docTitle: string, attachment: string, sections: string[]): Block[] {
  return [
    p('[Veridoc Labs logo]'),
    title(CSO, 36),
    title(docTitle, 40),
    p(`${attachment} - Version 1.1 - February 20, 2026`),
    CUI_NOTICE,
    pageBreak(),
    ...revisionHistory(STD_REV),
    ...approvals([['Priya Natarajan', 'CISO'], ['Helen Ashby', 'System Owner']]),
    pageBreak(),
    ...toc(sections),
    pageBreak(),
  ];
}

const docx = async (file: string, expected: CorpusDoc['expected'], note: string, spec: DocSpec): Promise<CorpusDoc> => ({ file, expected, note, data: await buildDocx(spec) });
const pdf = async (file: string, expected: CorpusDoc['expected'], note: string, spec: DocSpec): Promise<CorpusDoc> => ({ file, expected, note, data: await buildPdf(spec) });

const AC_POLICY: Block[] = [
  h('1. Purpose'),
  p('This policy establishes the access control requirements for Veridoc Analyst Cloud in accordance with NIST SP 800-53 Rev 5 AC family controls at the FedRAMP Moderate baseline. The procedures in Section 6 implement the policy.'),
  h('2. Scope'),
  p('This policy applies to all Veridoc workforce members, contractors and service accounts with logical access to VAC production, including the GPU model-hosting clusters, the vector database, the prompt-log store and the administrative bastion.'),
  h('3. Roles and Responsibilities'),
  table([['Role', 'Responsibility'], ['CISO', 'Owns this policy; approves exceptions'], ['ISSO', 'Reviews privileged accounts quarterly'], ['ML Platform Manager', 'Approves access to model registry and GPU nodes']]),
  h('4. Management Commitment and Coordination'),
  p('Veridoc leadership commits resources to enforce this policy. The policy is reviewed at least annually and after significant changes; procedures are reviewed annually.'),
  h('5. Policy'),
  bullets('AC-2: Accounts are requested via ticket, approved by the account owner\'s manager and the ISSO, and reviewed quarterly; inactive accounts are disabled after 90 days.', 'AC-3/AC-6: Access is role-based and least privilege; no standing administrator access to GPU nodes - just-in-time elevation with a four-hour maximum.', 'AC-7: Ten consecutive failed logon attempts lock the account for 30 minutes.', 'AC-11/AC-12: Sessions lock after 15 minutes of inactivity and terminate after 12 hours.', 'AC-17: Remote access to production uses the bastion with phishing-resistant MFA.'),
  h('6. Procedures'),
  h('6.1 Account provisioning procedure', 2),
  p('Step 1: The requester opens an ACCESS ticket naming the role. Step 2: The manager approves. Step 3: The ISSO verifies training and Rules of Behavior acknowledgement. Step 4: IAM engineering provisions the role through Terraform; the pull request is peer-reviewed. Step 5: The ticket is closed with evidence.'),
  h('6.2 Quarterly access review procedure', 2),
  p('The ISSO exports all IAM principals, compares them to HR records, and requests recertification from each manager. Unrecertified accounts are disabled within five business days.'),
  h('7. Compliance and Enforcement'),
  p('Violations may result in disciplinary action up to termination. Exceptions require a documented risk acceptance by the CISO.'),
];

const RB_BODY: Block[] = [
  h('1. Introduction'),
  p(`These Rules of Behavior apply to all users of ${CSO} with privileged or non-privileged access. Users must read and acknowledge them before access is granted and annually thereafter.`),
  h('2. Rules for Internal (Privileged) Users'),
  bullets('I will use my access only for authorized purposes and will not browse tenant documents, prompts or completions except as required for a support ticket.', 'I will not copy prompt logs, embeddings or model outputs containing agency data to any location outside the authorization boundary.', 'I will protect my MFA token and never share credentials.', 'I will report suspected incidents to the VAC SOC within one hour.', 'I will not disable logging on GPU nodes or the vector database.'),
  h('3. Rules for External (Agency) Users'),
  bullets('I will upload only documents my agency has authorized for processing by VAC.', 'I understand model answers may be inaccurate and must be reviewed before use in agency decisions.', 'I will log out or lock my session when leaving my workstation.'),
  h('4. Consequences of Non-Compliance'),
  p('Failure to comply may result in revocation of access, disciplinary action, and civil or criminal penalties.'),
  h('5. Acknowledgement'),
  p('I have read and understand the Rules of Behavior and agree to comply with them.'),
  table([['User name', 'Signature', 'Date'], ['', '', '']]),
];

const ISCP: Block[] = [
  h('1. Introduction and Purpose'),
  p(`This Information System Contingency Plan (ISCP) establishes procedures to recover ${CSO} following a disruption. It follows NIST SP 800-34 Rev 1 and supports the CP controls of the FedRAMP Moderate baseline. Recovery objectives: RTO 12 hours, RPO 4 hours, MTD 24 hours.`),
  h('2. Concept of Operations'),
  p(SYSTEM_DESCRIPTION),
  h('2.1 Roles and Responsibilities', 2),
  table([['Role', 'Name', 'Contact'], ['ISCP Director', 'Helen Ashby', '703-555-0147'], ['ISCP Coordinator', 'Martin Okafor', '703-555-0133'], ['GPU Platform Recovery Team Lead', 'Wen Zhao', '703-555-0161']]),
  h('3. Activation and Notification'),
  p('The ISCP is activated when the outage of the inference tier or the vector database is expected to exceed four hours, or when a region is unavailable. The Coordinator notifies the agency ISSO and the FedRAMP PMO.'),
  h('4. Recovery'),
  bullets('Recover the vector database from the latest cross-region snapshot (hourly) to us-gov-east-1.', 'Re-deploy the model-serving fleet on the warm-standby GPU node group (4 nodes) from the signed model registry replica.', 'Restore the prompt-log pipeline; replay queued events from the durable queue.', 'Validate with the synthetic query suite before re-opening to tenants.'),
  h('5. Reconstitution'),
  p('Once the primary region is restored, data is re-synchronised, concurrent processing is verified for 24 hours and the alternate site is returned to standby.'),
  h('Appendix A: Contingency Plan Test'),
  p('The plan is tested annually by a functional exercise; the 2025 test recovered the vector database in 3h40m.'),
];

const IRP: Block[] = [
  h('1. Purpose and Scope'),
  p(`This Incident Response Plan defines how Veridoc Labs detects, analyses, contains, eradicates and recovers from security incidents affecting ${CSO}, and how it reports them to US-CERT/CISA, the FedRAMP PMO and the authorizing agency per FedRAMP Incident Communications Procedures.`),
  h('2. Incident Response Team'),
  table([['Role', 'Primary', 'Backup'], ['Incident Commander', 'Priya Natarajan', 'Martin Okafor'], ['ML Security Lead', 'Amir Haddad', 'Wen Zhao'], ['Communications', 'Laura Kim', 'Helen Ashby']]),
  h('3. Incident Categories'),
  bullets('Unauthorized access to tenant documents, prompt logs or embeddings.', 'Cross-tenant data exposure via retrieval or prompt injection.', 'Compromise of model weights or of the model release pipeline.', 'Malware on GPU nodes (e.g. cryptomining).', 'Denial of service against the inference API.'),
  h('4. Incident Handling Phases'),
  h('4.1 Preparation', 2),
  p('Playbooks, tooling (EDR on nodes, SIEM correlation of prompt-log anomalies) and an annual tabletop exercise.'),
  h('4.2 Detection and Analysis', 2),
  p('Alerts from the SIEM, GuardDuty, and the prompt-abuse classifier are triaged by the SOC within 15 minutes.'),
  h('4.3 Containment, Eradication and Recovery', 2),
  p('Isolate affected node groups, revoke tenant API keys if required, roll back to the last signed model version, and restore from clean images.'),
  h('5. Reporting'),
  p('Incidents are reported to CISA within one hour of identification, and to the agency and FedRAMP PMO at the same time. Post-incident reports are due within five business days.'),
  h('6. Testing'),
  p('The IRP is tested annually (IR-3) with a tabletop scenario; 2025 scenario: exfiltration of prompt logs via a compromised support account.'),
];

const CMP: Block[] = [
  h('1. Introduction'),
  p(`This Configuration Management Plan describes how Veridoc Labs controls changes to the baseline configuration of ${CSO}, satisfying CM-1 through CM-11 of the FedRAMP Moderate baseline.`),
  h('2. Roles'),
  table([['Role', 'Responsibility'], ['Change Control Board (CCB)', 'Approves normal and significant changes; meets weekly'], ['Configuration Manager', 'Maintains baselines and the CMDB'], ['ML Release Manager', 'Approves model version promotions']]),
  h('3. Configuration Items'),
  p('Configuration items include infrastructure as code (Terraform), GPU node images (AMI with pinned NVIDIA driver and CUDA versions), Kubernetes manifests, vector database settings, model artifacts (weights, tokenizer, safety classifier) identified by SHA-256 digest, and prompt templates.'),
  h('4. Baseline Configuration'),
  p('Baselines derive from CIS Benchmarks and DISA STIGs where available; deviations are documented. Baselines are reviewed annually and when a significant change occurs.'),
  h('5. Change Control Process'),
  bullets('Request: change ticket with security impact analysis.', 'Review: CCB evaluates the impact; significant changes are referred to the agency via a Significant Change Request.', 'Test: changes are deployed to staging with automated security tests.', 'Approve and implement: merge to main triggers the signed pipeline.', 'Verify: post-implementation configuration scan.'),
  h('6. Configuration Monitoring'),
  p('AWS Config rules and weekly CIS scans detect drift; drift is remediated or recorded in the POA&M.'),
];

const FIPS199: Block[] = [
  h('1. Introduction'),
  p('This document records the FIPS 199 security categorization of Veridoc Analyst Cloud using NIST SP 800-60 Volume II information types.'),
  h('2. Information Types'),
  table([['Information Type (SP 800-60)', 'Confidentiality', 'Integrity', 'Availability'], ['C.2.8.12 Information Management', 'Moderate', 'Moderate', 'Low'], ['D.14.1 Workforce Management (case files)', 'Moderate', 'Moderate', 'Low'], ['C.3.5.1 System Development', 'Low', 'Moderate', 'Low'], ['C.3.5.8 Information Security', 'Moderate', 'Moderate', 'Moderate']]),
  h('3. Security Categorization'),
  p('SC Veridoc Analyst Cloud = {(confidentiality, MODERATE), (integrity, MODERATE), (availability, MODERATE)}. The overall system security categorization is Moderate (high-water mark).'),
  h('4. Rationale'),
  p('Documents submitted by agency analysts may contain PII and case details; unauthorized disclosure would have a serious adverse effect. LLM-generated summaries are advisory, but integrity of the retrieval index matters to analysts\' decisions.'),
  h('5. Approval'),
  p('System Owner: Helen Ashby    ISSO: Martin Okafor    Date: 2026-02-20'),
];

const SCRM: Block[] = [
  h('1. Purpose'),
  p(`This Supply Chain Risk Management Plan describes how Veridoc Labs identifies, assesses and mitigates supply chain risks to ${CSO}, meeting SR-1 through SR-12 of NIST SP 800-53 Rev 5 and NIST SP 800-161 Rev 1.`),
  h('2. SCRM Governance'),
  p('The SCRM team (procurement, security, ML platform) meets monthly; the CISO approves the plan annually.'),
  h('3. Critical Suppliers and Components'),
  table([['Supplier / component', 'Criticality', 'Risk', 'Mitigation'], ['GPU hardware and drivers (via IaaS)', 'Critical', 'Driver vulnerabilities, firmware', 'Pinned drivers, vendor PSIRT monitoring'], ['Open-weight model providers', 'High', 'Tampered weights, poisoning', 'Signed hashes, provenance review, evaluation gate'], ['Python ML libraries (PyTorch, vLLM)', 'High', 'Malicious packages', 'Private mirror, SBOM, pinned hashes'], ['Data labelling vendor', 'Medium', 'Insider access', 'No customer data shared; NDA']]),
  h('4. Supplier Assessment'),
  p('New suppliers complete a security questionnaire and are evaluated for foreign ownership, control or influence; critical suppliers are reassessed annually.'),
  h('5. Provenance and SBOM'),
  p('Every container image and model artifact has an SBOM (CycloneDX) and an attestation; the deployment admission controller rejects unsigned artifacts.'),
  h('6. Notification'),
  p('Supply chain incidents are handled per the Incident Response Plan and reported to the agency.'),
];

export async function attachmentDocs(): Promise<CorpusDoc[]> {
  const out: Promise<CorpusDoc>[] = [];
  // POLICIES_AND_PROCEDURES
  out.push(docx('AC-Policy-Procedures-v2.docx', 'POLICIES_AND_PROCEDURES', 'Access Control Policy and Procedures (NIST 800-53 AC family) for the system, an SSP Attachment 1 document.', {
    meta: { title: 'Access Control Policy and Procedures', creator: 'GRC' }, header: 'Veridoc Labs - Information Security Policy', footer: 'Internal - CUI',
    blocks: [...front('Access Control (AC) Policy and Procedures', 'SSP Attachment 1', ['Purpose', 'Scope', 'Roles and Responsibilities', 'Policy', 'Procedures']), ...AC_POLICY],
  }));
  out.push(pdf('policy_bundle_AU_IA.pdf', 'POLICIES_AND_PROCEDURES', 'PDF Audit and Accountability / Identification and Authentication Policy and Procedures for the FedRAMP system.', {
    meta: { title: 'Information Security Policies and Procedures' }, header: 'VAC Information Security Policies and Procedures - Attachment 1',
    blocks: [title('Audit and Accountability (AU) and Identification and Authentication (IA) Policies and Procedures'), ...ident('Information Security Policies and Procedures'), h('AU Policy'), p('Veridoc Labs logs security-relevant events (AU-2) for all VAC components, including prompt and completion events; logs include time, source, user and outcome (AU-3), are retained one year online and three years in archive (AU-11), and are reviewed weekly (AU-6).'), h('AU Procedures'), p('Weekly review: the SOC analyst runs the saved SIEM searches for failed logins, privilege escalations, and anomalous prompt volumes; results are recorded in the review ticket.'), h('IA Policy'), p('Users are uniquely identified and authenticated (IA-2) with MFA; agency users federate through SAML with PIV/CAC where available; authenticators follow IA-5 (passwords at least 12 characters, rotation on compromise).'), h('IA Procedures'), p('Service accounts for the inference and embedding services use workload identity with short-lived tokens; no static keys are issued.'), h('Review'), p('These policies are reviewed annually by the CISO and procedures annually by the ISSO.')],
  }));
  // USER_GUIDE
  out.push(docx('VAC User Guide v3.docx', 'USER_GUIDE', 'User Guide for agency analysts and tenant administrators (SSP Attachment 2).', {
    meta: { title: 'Veridoc Analyst Cloud User Guide', creator: 'Docs Team' }, header: 'Veridoc Analyst Cloud User Guide',
    blocks: [...front('User Guide', 'SSP Attachment 2', ['Getting Started', 'Uploading Documents', 'Asking Questions', 'Tenant Administration', 'Security Features']),
      h('1. Getting Started'), p('Sign in at https://app.vac.veridoclabs.example with your agency single sign-on. First-time users are prompted to accept the Rules of Behavior.'),
      h('2. Uploading Documents'), p('Select Collections > New Collection, then drag files into the upload area. Supported formats: PDF, DOCX, XLSX, TIFF. Each file is scanned for malware and OCRed; status is shown in the Processing column.'),
      h('3. Asking Questions'), p('Type a question in the Ask box. Answers cite the passages retrieved from your collection; click a citation to open the source page. Use the Feedback button to flag wrong answers.'),
      h('4. Tenant Administration'), p('Tenant administrators manage users (Admin > Users), assign roles (Viewer, Analyst, Collection Owner, Tenant Admin), configure session timeout and IP allow-lists, and export the audit log of prompts and answers.'),
      h('5. Security Features for Users'), bullets('Enable MFA in Profile > Security.', 'Set collection sharing to Restricted for sensitive case files.', 'Prompt and answer history is retained according to your agency\'s retention setting.')],
  }));
  out.push(Promise.resolve({ file: 'admin-guide.md', expected: 'USER_GUIDE', note: 'Markdown administrator user guide explaining how tenant admins configure and use the service.', data: toMarkdown([title('Veridoc Analyst Cloud - Administrator User Guide'), p('_Applies to release 2026.02. This guide is Attachment 2 of the VAC FedRAMP package._'), h('Overview'), p('This guide explains how tenant administrators configure Veridoc Analyst Cloud for their agency.'), h('Configure single sign-on'), p('1. Go to Admin > Identity. 2. Upload your IdP SAML metadata. 3. Map the groups claim to VAC roles. 4. Test with a non-admin account before enforcing SSO.'), h('Manage users and roles'), table([['Role', 'Can do'], ['Viewer', 'Read answers in shared collections'], ['Analyst', 'Upload documents, ask questions'], ['Collection Owner', 'Share collections, delete documents'], ['Tenant Admin', 'Manage users, SSO, retention, audit export']]), h('Retention and deletion'), p('Admin > Data > Retention sets how long documents, embeddings and prompt history are kept (30-365 days). Deleting a collection removes its vectors from the index within 24 hours.'), h('Audit log export'), p('Admin > Audit > Export produces a JSON Lines file of sign-ins, uploads, prompts and administrative actions for your SIEM.'), h('Getting help'), p('Open a ticket at support.vac.veridoclabs.example or call the 24x7 line.')]) }));
  // DIGITAL_IDENTITY_WORKSHEET
  const diw: Block[] = [h('1. Introduction'), p('This Digital Identity Worksheet documents the digital identity acceptance statement for Veridoc Analyst Cloud following NIST SP 800-63-3. It determines the Identity Assurance Level (IAL), Authenticator Assurance Level (AAL) and Federation Assurance Level (FAL).'), h('2. Digital Identity Risk Assessment'), table([['Impact category', 'Potential impact of authentication error'], ['Inconvenience, distress or damage to standing or reputation', 'Moderate'], ['Financial loss or agency liability', 'Low'], ['Harm to agency programs or public interests', 'Moderate'], ['Unauthorized release of sensitive information', 'Moderate'], ['Personal safety', 'Low'], ['Civil or criminal violations', 'Moderate']]), h('3. Assurance Level Determination'), table([['Assurance', 'Level'], ['Identity Assurance Level (IAL)', 'IAL2'], ['Authenticator Assurance Level (AAL)', 'AAL2'], ['Federation Assurance Level (FAL)', 'FAL2']]), h('4. Digital Identity Acceptance Statement'), p('Veridoc Analyst Cloud is at Digital Identity Level 2. Agency users authenticate through their agency IdP via SAML (FAL2); Veridoc privileged users use phishing-resistant FIDO2 authenticators.')];
  out.push(docx('DIW.docx', 'DIGITAL_IDENTITY_WORKSHEET', 'Digital Identity Worksheet (IAL/AAL/FAL determination per SP 800-63) for the system.', { meta: { title: 'Digital Identity Worksheet' }, blocks: [...front('Digital Identity Worksheet', 'SSP Attachment 3', ['Introduction', 'Risk Assessment', 'Assurance Levels']), ...diw] }));
  out.push(pdf('attachment-03.pdf', 'DIGITAL_IDENTITY_WORKSHEET', 'PDF Digital Identity Worksheet; title only in the header and a table.', { meta: {}, header: `${CSO_SHORT} Attachment 3 - Digital Identity Worksheet`, blocks: [table([['System', CSO], ['Document', 'Digital Identity Worksheet'], ['Date', '2026-02-20']]), ...diw] }));
  // PRIVACY_ASSESSMENT
  out.push(docx('VAC PTA.docx', 'PRIVACY_ASSESSMENT', 'Privacy Threshold Analysis for the system (SSP Attachment 4).', {
    meta: { title: 'Privacy Threshold Analysis', creator: 'Privacy Office' },
    blocks: [...front('Privacy Threshold Analysis (PTA)', 'SSP Attachment 4', ['System Information', 'PII Determination', 'Determination']), h('1. System Information'), p(SYSTEM_DESCRIPTION), h('2. Privacy Threshold Questions'), table([['Question', 'Answer'], ['1. Does the system collect, maintain, use or disseminate PII?', 'Yes - documents uploaded by agencies may contain names, SSNs and contact details of members of the public.'], ['2. Does the system collect PII from members of the public?', 'Indirectly, through agency records.'], ['3. Are prompts and completions retained?', 'Yes, in the tenant-partitioned prompt log for one year.'], ['4. Is PII used to train models?', 'No. Customer content is excluded from all training-data pipelines.'], ['5. Is a SORN required?', 'Determined by the customer agency.']]), h('3. PTA Determination'), p('A Privacy Impact Assessment (PIA) is required because the system processes PII. The PIA is provided as part of Attachment 4.'), p('Privacy Officer: Grace Liu    Date: 2026-02-12')],
  }));
  out.push(pdf('PIA-final-signed.pdf', 'PRIVACY_ASSESSMENT', 'Privacy Impact Assessment for the LLM service describing PII collected, uses, retention and sharing.', {
    meta: { title: 'Privacy Impact Assessment', creator: 'Grace Liu' }, header: 'Privacy Impact Assessment - Veridoc Analyst Cloud',
    blocks: [title('Privacy Impact Assessment (PIA)'), p(`${CSO} - prepared for ${AGENCY}`), h('1. Characterization of the Information'), p('The system processes documents supplied by agency analysts, which can contain PII of members of the public (names, addresses, SSNs, wage records). Derived data include text embeddings, which are treated as PII when derived from PII, and model completions that may quote PII.'), h('2. Uses of the Information'), p('PII is used only to answer analyst questions about the agency\'s own documents. It is not used to train or fine-tune models.'), h('3. Retention'), p('Documents and embeddings are retained per tenant setting (maximum 365 days); prompt logs one year.'), h('4. Internal and External Sharing'), p('No sharing outside the tenant. Veridoc support personnel access tenant content only under a support ticket, logged.'), h('5. Notice and Consent'), p('Notice is provided by the agency under its applicable SORN.'), h('6. Access, Redress and Correction'), p('Individuals seek redress through the agency.'), h('7. Technical Access and Security'), p('Encryption at rest and in transit, MFA, tenant isolation of the vector database, and prompt-log access monitoring.'), h('8. Privacy Risks and Mitigations'), p('Risk: model output reveals PII from another tenant. Mitigation: per-tenant namespaces, retrieval filtering enforced server-side, red-team testing.')],
  }));
  // RULES_OF_BEHAVIOR
  out.push(docx('RoB_2026.docx', 'RULES_OF_BEHAVIOR', 'Rules of Behavior for internal and external users with acknowledgement signature (SSP Attachment 5).', { meta: { title: 'Rules of Behavior', creator: 'ISSO' }, headings: 'bold', blocks: [...front('Rules of Behavior', 'SSP Attachment 5', ['Introduction', 'Internal Users', 'External Users', 'Acknowledgement']), ...RB_BODY] }));
  out.push(Promise.resolve({ file: 'rules.txt', expected: 'RULES_OF_BEHAVIOR', note: 'Plain-text Rules of Behavior pasted from the onboarding portal, with user acknowledgement.', data: toPlainText([title(`${CSO} Rules of Behavior`), p('Effective: 2026-02-20. Read carefully; you will be asked to acknowledge these rules at first sign-in and every year.'), ...RB_BODY]) }));
  // CONTINGENCY_PLAN
  out.push(docx('ISCP_VAC_2026.docx', 'CONTINGENCY_PLAN', 'Information System Contingency Plan (SP 800-34) with RTO/RPO and recovery of GPU and vector DB tiers.', { meta: { title: 'Information System Contingency Plan', creator: 'BCP' }, header: 'ISCP - CUI', blocks: [...front('Information System Contingency Plan (ISCP)', 'SSP Attachment 6', ['Introduction', 'Concept of Operations', 'Activation and Notification', 'Recovery', 'Reconstitution']), ...ISCP, ...distribution(['Helen Ashby', 'Agency ISSM', 'Wen Zhao'])] }));
  out.push(pdf('document(1).pdf', 'CONTINGENCY_PLAN', 'PDF Information System Contingency Plan without metadata; title in a large-type paragraph after the revision table.', { meta: {}, blocks: [...revisionHistory(STD_REV), title('Veridoc Analyst Cloud Information System Contingency Plan'), ...ISCP] }));
  // CONFIGURATION_MANAGEMENT_PLAN
  out.push(docx('CMP.docx', 'CONFIGURATION_MANAGEMENT_PLAN', 'Configuration Management Plan (CM family, CCB, baselines including model artifacts).', { meta: { title: 'FedRAMP Incident Response Plan Template', creator: 'FedRAMP' }, blocks: [...front('Configuration Management Plan', 'SSP Attachment 7', ['Introduction', 'Roles', 'Configuration Items', 'Baseline Configuration', 'Change Control']), ...CMP] }));
  out.push(Promise.resolve({ file: 'configuration-management-plan.md', expected: 'CONFIGURATION_MANAGEMENT_PLAN', note: 'Markdown Configuration Management Plan kept in the docs repository.', data: toMarkdown([title('Configuration Management Plan - Veridoc Analyst Cloud'), p('Owner: Configuration Manager | Review: annual | Status: Approved 2026-02-20'), ...CMP]) }));
  // INCIDENT_RESPONSE_PLAN
  out.push(docx('IRP_v1.1.docx', 'INCIDENT_RESPONSE_PLAN', 'Incident Response Plan with team, LLM-specific incident categories and CISA/FedRAMP reporting.', { meta: { title: 'Incident Response Plan' }, header: 'Veridoc Labs IRP', blocks: [...front('Incident Response Plan', 'SSP Attachment 8', ['Purpose', 'Team', 'Categories', 'Phases', 'Reporting']), ...IRP] }));
  out.push(pdf('Configuration_Management_Plan.pdf', 'INCIDENT_RESPONSE_PLAN', 'PDF Incident Response Plan whose file name wrongly says configuration management plan.', { meta: { title: 'Incident Response Plan (IRP)' }, footer: 'VAC IRP', blocks: [title(`${CSO} Incident Response Plan`), ...IRP] }));
  // FIPS_199
  out.push(docx('FIPS199_VAC.docx', 'FIPS_199', 'FIPS 199 security categorization with SP 800-60 information types (SSP Attachment 10).', { meta: { title: 'FIPS 199 Categorization' }, blocks: [...front('FIPS 199 Security Categorization', 'SSP Attachment 10', ['Introduction', 'Information Types', 'Categorization']), ...FIPS199] }));
  out.push(pdf('doc-1107.pdf', 'FIPS_199', 'PDF FIPS 199 categorization worksheet (information types and high-water mark).', { meta: {}, header: 'Attachment 10', blocks: [title('FIPS PUB 199 Categorization - Veridoc Analyst Cloud'), ...FIPS199] }));
  // SUPPLY_CHAIN_RISK_MANAGEMENT_PLAN
  out.push(docx('SCRM Plan.docx', 'SUPPLY_CHAIN_RISK_MANAGEMENT_PLAN', 'Supply Chain Risk Management Plan (SR family) covering GPU drivers, open-weight models and ML libraries.', { meta: { title: 'Supply Chain Risk Management Plan' }, blocks: [...front('Supply Chain Risk Management Plan', 'SSP Attachment', ['Purpose', 'Governance', 'Critical Suppliers', 'Assessment', 'Provenance']), ...SCRM] }));
  out.push(pdf('upload (7).pdf', 'SUPPLY_CHAIN_RISK_MANAGEMENT_PLAN', 'PDF Supply Chain Risk Management Plan without front matter.', { meta: { title: 'Document1' }, blocks: [bold('Veridoc Labs'), title('Supply Chain Risk Management (SCRM) Plan'), ...SCRM] }));
  // LAWS_AND_REGULATIONS (docx)
  out.push(docx('Attachment12.docx', 'LAWS_AND_REGULATIONS', 'FedRAMP Laws and Regulations attachment listing applicable laws, regulations and standards.', {
    meta: { title: 'Laws and Regulations' },
    blocks: [title('SSP Attachment 12 - FedRAMP Laws and Regulations'), p(`Applicable to ${CSO}`), table([['Reference', 'Title', 'Link'], ['FISMA 2014', 'Federal Information Security Modernization Act of 2014', 'https://www.congress.gov'], ['OMB A-130', 'Managing Information as a Strategic Resource', 'https://www.whitehouse.gov/omb'], ['Privacy Act of 1974', '5 U.S.C. 552a', ''], ['E-Government Act of 2002', 'Public Law 107-347', ''], ['FedRAMP Authorization Act', 'NDAA FY2023, 44 U.S.C. 3607-3616', ''], ['NIST SP 800-53 Rev 5', 'Security and Privacy Controls', ''], ['NIST SP 800-37 Rev 2', 'Risk Management Framework', ''], ['NIST SP 800-34 Rev 1', 'Contingency Planning Guide', ''], ['NIST SP 800-61 Rev 2', 'Computer Security Incident Handling Guide', ''], ['NIST SP 800-63-3', 'Digital Identity Guidelines', ''], ['FIPS 140-3', 'Security Requirements for Cryptographic Modules', ''], ['FIPS 199', 'Standards for Security Categorization', ''], ['HSPD-12', 'Policy for a Common Identification Standard', '']]), p('The CSP shall add any agency-specific laws and regulations that apply to the service.')],
  }));
  return Promise.all(out);
}

export async function attachmentWorkbooks(): Promise<CorpusDoc[]> {
  const out: CorpusDoc[] = [];
  // CIS_CRM_WORKBOOK
  const cis = newWorkbook('GRC');
  const ctrls = ['AC-1', 'AC-2', 'AC-2(1)', 'AC-3', 'AU-2', 'CM-2', 'IA-2', 'IA-2(1)', 'SC-7', 'SC-13', 'SC-28', 'SI-4'];
  addSheet(cis, 'Instructions', [['Control Implementation Summary (CIS) and Customer Responsibility Matrix (CRM) Workbook'], ['This workbook is SSP Attachment 9. The CIS tab summarizes implementation status and origination; the CRM tab lists customer responsibilities.']]);
  addSheet(cis, 'Moderate CIS Worksheet', [['Control ID', 'Implemented', 'Partially Implemented', 'Planned', 'Alternative Implementation', 'Not Applicable', 'Service Provider Corporate', 'Service Provider System Specific', 'Service Provider Hybrid', 'Configured by Customer', 'Provided by Customer', 'Shared', 'Inherited'], ...ctrls.map((c, i) => [c, i === 10 ? '' : 'X', i === 10 ? 'X' : '', '', '', '', i < 2 ? 'X' : '', i >= 2 ? 'X' : '', '', c.startsWith('IA') ? 'X' : '', '', c === 'AC-2' ? 'X' : '', c === 'SC-13' ? 'X' : ''])]);
  addSheet(cis, 'Moderate CRM Worksheet', [['Control ID', 'Can Be Inherited from CSP', 'Specific Inheritance and Customer Agency/CSP Responsibilities'], ['AC-2', 'Partial', 'Customer tenant administrators manage agency user accounts, review them, and disable leavers.'], ['IA-2', 'Partial', 'Customer configures SAML federation with its IdP and enforces PIV/MFA.'], ['AU-6', 'Partial', 'Customer reviews exported prompt and audit logs for its tenant.'], ['SC-28', 'Yes', 'Fully inherited.']]);
  out.push({ file: 'CIS-CRM.xlsx', expected: 'CIS_CRM_WORKBOOK', note: 'CIS/CRM workbook with the CIS worksheet (implementation status/origination) and CRM worksheet of customer responsibilities.', data: await saveWorkbook(cis) });
  const crm = newWorkbook('agency-liaison');
  addSheet(crm, 'CRM', [['Veridoc Analyst Cloud - Customer Responsibility Matrix (from CIS/CRM Workbook)'], ['Control ID', 'Control Name', 'Responsibility', 'Customer Responsibility Description'], ['AC-2', 'Account Management', 'Shared', 'Agency admins provision, review and remove their users.'], ['AC-7', 'Unsuccessful Logon Attempts', 'Inherited', 'None - enforced by VAC.'], ['AT-2', 'Literacy Training and Awareness', 'Customer', 'Agency trains its users, including on limits of AI-generated answers.'], ['AU-6', 'Audit Record Review', 'Shared', 'Agency reviews tenant audit export monthly.'], ['IA-2(12)', 'Acceptance of PIV Credentials', 'Customer', 'Agency IdP enforces PIV.'], ['PS-3', 'Personnel Screening', 'Customer', 'Agency screens its own users.']], 2);
  addSheet(crm, 'CIS Summary', [['Status', 'Count'], ['Implemented', 301], ['Partially Implemented', 12], ['Planned', 4], ['Alternative Implementation', 1], ['Not Applicable', 5]]);
  out.push({ file: 'Attachment 9 - agency copy.xlsx', expected: 'CIS_CRM_WORKBOOK', note: 'Customer Responsibility Matrix sheet plus CIS summary from the CIS/CRM workbook.', data: await saveWorkbook(crm) });
  // SEPARATION_OF_DUTIES_MATRIX
  const sod = newWorkbook('ISSO');
  addSheet(sod, 'Separation of Duties', [['Veridoc Analyst Cloud - Separation of Duties Matrix (AC-5)'], ['Duty / Function', 'System Owner', 'ISSO', 'Platform Engineer', 'ML Release Manager', 'Security Operations', 'Tenant Administrator'], ['Approve privileged access', 'A', 'R', '', '', '', ''], ['Provision IAM roles', '', '', 'R', '', '', ''], ['Promote model version to production', 'A', '', '', 'R', '', ''], ['Modify audit log configuration', '', 'A', '', '', 'R', ''], ['Review audit logs', '', 'A', '', '', 'R', ''], ['Deploy GPU node image', '', '', 'R', 'C', '', ''], ['Manage agency users', '', '', '', '', '', 'R'], ['Approve changes (CCB)', 'A', 'C', 'C', 'C', '', '']], 2);
  addSheet(sod, 'Legend', [['Code', 'Meaning'], ['R', 'Performs'], ['A', 'Approves'], ['C', 'Consulted'], ['(blank)', 'Must not perform - conflicting duty']]);
  out.push({ file: 'SoD.xlsx', expected: 'SEPARATION_OF_DUTIES_MATRIX', note: 'Separation of Duties Matrix (AC-5) mapping duties to roles with conflicting duties excluded.', data: await saveWorkbook(sod) });
  out.push({ file: 'sod_matrix_export.csv', expected: 'SEPARATION_OF_DUTIES_MATRIX', note: 'CSV separation of duties matrix listing roles and the duties each may or may not perform.', data: toCsv([['Separation of Duties Matrix - Veridoc Analyst Cloud', '', '', '', ''], ['Role', 'Request access', 'Approve access', 'Provision access', 'Review audit logs'], ['Developer', 'Yes', 'No', 'No', 'No'], ['Platform Engineer', 'Yes', 'No', 'Yes', 'No'], ['ISSO', 'No', 'Yes', 'No', 'Yes'], ['SOC Analyst', 'No', 'No', 'No', 'Yes'], ['ML Release Manager', 'Yes', 'No', 'No', 'No'], ['Conflicting pairs', 'Provision + Approve', 'Deploy model + Approve model release', 'Administer logs + Review logs', '']]) });
  // LAWS_AND_REGULATIONS (xlsx)
  const laws = newWorkbook('FedRAMP');
  addSheet(laws, 'Laws and Regulations', [['FedRAMP Laws and Regulations'], ['Identification Number', 'Title', 'Date', 'Link'], ['Pub. L. 113-283', 'Federal Information Security Modernization Act (FISMA) of 2014', '12/18/2014', 'https://www.congress.gov/113/plaws/publ283/PLAW-113publ283.pdf'], ['5 U.S.C. 552a', 'Privacy Act of 1974', '12/31/1974', ''], ['OMB Circular A-130', 'Managing Information as a Strategic Resource', '07/28/2016', ''], ['OMB M-17-12', 'Preparing for and Responding to a Breach of PII', '01/03/2017', ''], ['HSPD-12', 'Policy for a Common Identification Standard for Federal Employees and Contractors', '08/27/2004', ''], ['44 U.S.C. 3607-3616', 'FedRAMP Authorization Act', '12/23/2022', '']], 2);
  addSheet(laws, 'Standards and Guidance', [['Identification Number', 'Title', 'Date'], ['FIPS 140-3', 'Security Requirements for Cryptographic Modules', '03/22/2019'], ['FIPS 199', 'Standards for Security Categorization', '02/2004'], ['FIPS 200', 'Minimum Security Requirements', '03/2006'], ['SP 800-53 Rev 5', 'Security and Privacy Controls', '09/2020'], ['SP 800-63-3', 'Digital Identity Guidelines', '06/2017']]);
  out.push({ file: 'SSP-A12-Laws-and-Regulations.xlsx', expected: 'LAWS_AND_REGULATIONS', note: 'FedRAMP Laws and Regulations workbook (laws, OMB guidance, FIPS/SP standards).', data: await saveWorkbook(laws) });
  return out;
}
