/** Prose deliverables of the authorization core: SSP, SAP, SAR, ATO letter, significant change and deviation requests. */
import { buildDocx, buildPdf, toMarkdown } from './kit29.js';
import type { Block, ProseDoc } from './kit29.js';
import { AGENCY, AO, CSP, CUI, ISSO, PLATFORM_LEAD, SYS, SYS2, SYS_ABBR, TPAO, frontMatter, sysDescription } from './world29.js';
import type { Eval29Doc } from './world29.js';

const CONTROLS: readonly (readonly [string, string, string])[] = [
  ['AC-2', 'Account Management', 'Customer tenant accounts are managed by the customer in its own identity provider and federated to the KMKP console; Kestrel privileged accounts are provisioned through Okta Workflows after a ServiceNow access request approved by the account owner and the ISSO. Accounts unused for 90 days are disabled by a nightly job and removed after 120 days.'],
  ['AC-3', 'Access Enforcement', 'Kubernetes RBAC roles are generated from the tenant role catalog; cluster-admin is not granted to humans. Kyverno admission policies deny privileged pods, host namespaces and hostPath mounts in tenant namespaces.'],
  ['AC-4', 'Information Flow Enforcement', 'Cilium network policies implement default-deny ingress and egress per namespace. Egress to the internet leaves only through the egress gateway, which enforces an FQDN allow-list maintained in the platform repository.'],
  ['AC-6', 'Least Privilege', 'IAM roles for service accounts (IRSA) scope every controller to the AWS actions it needs; permission boundaries are enforced by a service control policy at the organization level.'],
  ['AC-17', 'Remote Access', 'Operators reach the management plane only through Teleport, with FIDO2 hardware authenticators and session recording; no SSH daemon listens on worker nodes.'],
  ['AU-2', 'Event Logging', 'Kubernetes audit logs (RequestResponse level for secrets and RBAC objects), CloudTrail, VPC flow logs, Teleport session logs and Vault audit devices are shipped to the Splunk Cloud (FedRAMP Moderate) instance.'],
  ['AU-6', 'Audit Record Review, Analysis, and Reporting', 'The security operations team reviews correlated alerts daily and the ISSO reviews the weekly audit summary; findings are tracked as ServiceNow security incidents.'],
  ['AU-11', 'Audit Record Retention', 'Audit records are retained online for 90 days in Splunk and for one year in the S3 archive bucket with Object Lock in compliance mode.'],
  ['CA-7', 'Continuous Monitoring', 'Kestrel delivers monthly ConMon packages to the agency: updated POA&M, OS, container and database scan results and the integrated inventory.'],
  ['CM-2', 'Baseline Configuration', 'Baselines are code: the Bottlerocket settings, EKS add-on versions and Helm values are held in the platform-config repository and deployed by Argo CD; drift is reported within five minutes.'],
  ['CM-6', 'Configuration Settings', 'Nodes follow the CIS Bottlerocket Benchmark Level 2 and the CIS Amazon EKS Benchmark; deviations are documented in the Configuration Management Plan.'],
  ['CM-7', 'Least Functionality', 'Images are distroless or minimal; admission control rejects images not signed by the platform signing key and not pulled from the KMKP registry.'],
  ['CM-8', 'System Component Inventory', 'The inventory is generated daily from AWS Config and the Kubernetes API and delivered monthly as the Integrated Inventory Workbook (Attachment 13).'],
  ['CP-9', 'System Backup', 'Velero backs up cluster state every four hours to a cross-region S3 bucket; RDS automated snapshots are retained 35 days and copied to the alternate region.'],
  ['IA-2', 'Identification and Authentication (Organizational Users)', 'All Kestrel users authenticate with Okta using phishing-resistant FIDO2 MFA; PIV is accepted for agency users through the customer IdP.'],
  ['IA-5', 'Authenticator Management', 'Service credentials are short-lived: Vault issues database credentials with a one-hour TTL and workload identities are SPIFFE SVIDs rotated every 24 hours.'],
  ['IR-4', 'Incident Handling', 'Incidents follow the Incident Response Plan (Attachment 8); US-CERT and the agency are notified within one hour of a confirmed incident.'],
  ['RA-5', 'Vulnerability Monitoring and Scanning', 'Tenable.io authenticated scans run weekly against nodes and databases; Trivy scans every image at build and nightly in the registry; Burp Suite Enterprise scans the console monthly. High findings are remediated within 30 days.'],
  ['SC-7', 'Boundary Protection', 'AWS WAF and ALBs terminate public traffic in the edge VPC; the management plane has no public endpoints and tenant clusters expose private API endpoints only.'],
  ['SC-8', 'Transmission Confidentiality and Integrity', 'TLS 1.2+ with FIPS-validated modules on every external interface; Istio enforces STRICT mTLS between workloads.'],
  ['SC-13', 'Cryptographic Protection', 'AWS KMS (FIPS 140-2 Level 3 HSMs), BoringCrypto builds of Go components and the RHEL 9 FIPS-mode OpenSSL provider are used for all cryptographic functions.'],
  ['SC-28', 'Protection of Information at Rest', 'EBS, S3, RDS and etcd envelope encryption use customer-specific KMS keys.'],
  ['SI-2', 'Flaw Remediation', 'Renovate opens dependency update merge requests daily; node AMIs are rebuilt weekly; critical CVEs listed in CISA KEV are patched by the KEV due date.'],
  ['SI-4', 'System Monitoring', 'Falco runtime detection, GuardDuty EKS protection and Splunk correlation searches monitor for anomalous behaviour; alerts page the on-call security engineer.'],
];

function controlBlocks(ids: number): Block[] {
  const out: Block[] = [{ k: 'h1', text: '13. Minimum Security Controls' }, { k: 'p', text: 'This section describes how each control of the FedRAMP Moderate baseline is implemented. Responsibilities shared with or inherited from AWS GovCloud (FedRAMP High P-ATO) are identified in the Control Origination field and detailed in the CIS/CRM workbook (Attachment 12).' }];
  for (const [id, name, text] of CONTROLS.slice(0, ids)) {
    out.push({ k: 'h2', text: `${id} ${name}` });
    out.push({ k: 'table', rows: [[`${id}`, 'Control Summary Information'], ['Responsible Role', 'ISSO; Platform Engineering'], ['Implementation Status', 'Implemented'], ['Control Origination', id.startsWith('SC-28') || id.startsWith('CP') ? 'Shared (Service Provider and Customer Responsibility)' : 'Service Provider System Specific']] });
    out.push({ k: 'bold', text: `${id} What is the solution and how is it implemented?` });
    out.push({ k: 'p', text: `Part a: ${text}` });
  }
  return out;
}

function ssp(system: string, variant: 'cover' | 'table-cell', ncontrols: number): ProseDoc {
  return {
    metaTitle: variant === 'cover' ? `${SYS_ABBR} System Security Plan` : 'FedRAMP SSP Rev5 Template',
    author: ISSO,
    header: `${system} System Security Plan v2.0`,
    footer: CUI,
    styledHeadings: variant === 'cover',
    blocks: [
      ...frontMatter({ title: 'System Security Plan', system, docId: 'KCS-SSP-001', version: '2.0', date: '2025-02-27', variant, toc: ['1. Information System Name/Title', '2. Information System Categorization', '9. General System Description', '13. Minimum Security Controls'] }),
      { k: 'h1', text: '1. Information System Name/Title' },
      { k: 'p', text: `This System Security Plan provides an overview of the security requirements for the ${system} and describes the controls in place or planned for implementation to provide a level of security appropriate for the information to be transmitted, processed or stored by the system. Information security is vital to our critical infrastructure and its effective performance and protection is a key component of our national security program.` },
      { k: 'table', rows: [['Unique Identifier', 'Information System Name', 'Information System Abbreviation'], ['FR2309761234', system, SYS_ABBR]] },
      { k: 'h1', text: '2. Information System Categorization' },
      { k: 'p', text: 'The overall information system sensitivity categorization is recorded in the table below; the FIPS 199 Categorization (Attachment 10) provides the rationale for each information type.' },
      { k: 'table', rows: [['System Sensitivity Level', 'Moderate'], ['Confidentiality', 'Moderate'], ['Integrity', 'Moderate'], ['Availability', 'Moderate'], ['Digital Identity Level', 'IAL2 / AAL2 / FAL2']] },
      { k: 'h1', text: '3. Information System Owner' },
      { k: 'table', rows: [['Name', PLATFORM_LEAD], ['Title', 'VP, Platform Engineering'], ['Company', CSP], ['Address', '1200 Larkspur Way, Suite 400, Reston, VA 20190'], ['Email', 'platform-owner@kestrelcloud.example']] },
      { k: 'h1', text: '4. Authorizing Official' },
      { k: 'p', text: `The Authorizing Official for this agency authorization is ${AO}, ${AGENCY}.` },
      ...sysDescription('9. General System Description'),
      { k: 'h2', text: '9.3 Types of Users' },
      { k: 'table', rows: [['Role', 'Internal/External', 'Privileged', 'Sensitivity', 'Authorized privileges'], ['Platform SRE', 'Internal', 'P', 'Moderate', 'Management-plane administration through Teleport'], ['Tenant administrator', 'External', 'P', 'Moderate', 'Namespace and cluster administration in own tenant'], ['Tenant developer', 'External', 'NP', 'Moderate', 'Deploy workloads via GitOps'], ['Security auditor', 'Internal', 'NP', 'Moderate', 'Read-only access to logs and configuration']] },
      { k: 'h1', text: '10. System Environment and Inventory' },
      { k: 'p', text: 'The complete component inventory is maintained in the Integrated Inventory Workbook (Attachment 13). The authorization boundary diagram and data flow diagrams appear in Appendix F; every flow crossing the boundary is encrypted with FIPS-validated modules.' },
      { k: 'h1', text: '11. System Interconnections' },
      { k: 'table', rows: [['External system', 'Connection', 'Data', 'Security'], ['Okta (FedRAMP High)', 'HTTPS/SAML', 'Authentication assertions', 'TLS 1.2, signed assertions'], ['Splunk Cloud (FedRAMP Moderate)', 'HTTPS HEC', 'Audit logs', 'TLS 1.2, token'], ['Customer IdP', 'OIDC', 'Tenant identities', 'TLS 1.2']] },
      { k: 'h1', text: '12. Laws, Regulations, Standards and Guidance' },
      { k: 'p', text: 'Applicable laws and standards are listed in Attachment 11 (Laws and Regulations).' },
      ...controlBlocks(ncontrols),
    ],
  };
}

function sap(): ProseDoc {
  return {
    metaTitle: `${SYS_ABBR} SAP`,
    author: 'R. Okonkwo (Barrow & Lindqvist)',
    header: `${TPAO} \u2014 ${SYS_ABBR} Security Assessment Plan`,
    footer: 'Proprietary and Confidential \u2014 prepared for Kestrel Cloud Systems and the Department of Commerce',
    blocks: [
      { k: 'p', text: TPAO },
      { k: 'title', text: `Security Assessment Plan (SAP)\n${SYS}` },
      { k: 'p', text: 'Initial FedRAMP Moderate Agency Authorization Assessment \u2014 Version 1.1, 2025-03-03' },
      { k: 'break' },
      { k: 'h1', text: 'Revision History' },
      { k: 'table', rows: [['Date', 'Version', 'Change', 'Author'], ['2025-02-10', '1.0', 'Draft for CSP review', 'R. Okonkwo'], ['2025-03-03', '1.1', 'Addressed agency comments on sampling and penetration test scope', 'R. Okonkwo']] },
      { k: 'h1', text: '1. Introduction' },
      { k: 'p', text: `${TPAO}, an A2LA-accredited Third Party Assessment Organization, has been engaged by ${CSP} to perform the initial assessment of the ${SYS} (${SYS_ABBR}) for a FedRAMP Moderate agency authorization sponsored by the Department of Commerce. This Security Assessment Plan describes the scope, methodology, schedule, team and rules of engagement of that assessment. The results will be reported in the Security Assessment Report (SAR).` },
      { k: 'h1', text: '2. Scope' },
      { k: 'p', text: 'The assessment covers all 323 controls and enhancements of the FedRAMP Rev5 Moderate baseline as implemented in the System Security Plan version 2.0, dated 2025-02-27, together with its attachments. The boundary includes the management plane, the tenant cluster fleet, the edge VPC and the supporting services listed in the Integrated Inventory Workbook dated 2025-02-28.' },
      { k: 'table', rows: [['Component', 'Sample', 'Method'], ['Bottlerocket worker nodes (412)', '38 nodes across 6 clusters', 'Authenticated scan, configuration review'], ['Management-plane EKS', 'All', 'CIS EKS benchmark, interview, examine'], ['RDS PostgreSQL (9)', 'All', 'Database scan (DISA STIG)'], ['KMKP console and API', 'All', 'Web application scan and manual penetration test']] },
      { k: 'h1', text: '3. Assumptions' },
      { k: 'bullets', items: ['Kestrel will provide credentials for authenticated scanning at least five business days before testing.', 'Resources and personnel listed in Appendix B will be available during the assessment window.', 'The SSP and attachments are frozen for the duration of testing; any change will be coordinated with the agency.'] },
      { k: 'h1', text: '4. Methodology' },
      { k: 'p', text: 'Controls are tested with the examine, interview and test methods of NIST SP 800-53A Rev5, using the FedRAMP Moderate test case workbook. Each test case is recorded with the evidence identifier, the assessor, the date and the result (satisfied / other than satisfied). Vulnerability scanning uses Tenable Nessus 10.7 for operating systems, Trivy 0.50 for container images, Imperva Scuba for databases and Burp Suite Professional 2024.12 for web applications.' },
      { k: 'h2', text: '4.1 Penetration Testing' },
      { k: 'p', text: 'Penetration testing follows the FedRAMP Penetration Test Guidance and covers the external, tenant-to-tenant, tenant-to-management-plane, mobile-free web application and social engineering attack vectors. Container escape and Kubernetes privilege escalation scenarios are included as tenant-to-management-plane threats.' },
      { k: 'h1', text: '5. Test Plan Schedule' },
      { k: 'table', rows: [['Activity', 'Start', 'End'], ['Kick-off meeting', '2025-03-17', '2025-03-17'], ['Documentation review and interviews', '2025-03-18', '2025-03-28'], ['Technical testing and scanning', '2025-03-24', '2025-04-04'], ['Penetration test', '2025-03-31', '2025-04-11'], ['Draft SAR delivered', '2025-04-30', '2025-04-30']] },
      { k: 'h1', text: '6. Rules of Engagement' },
      { k: 'p', text: 'Testing occurs from the 3PAO source addresses 198.51.100.24/29 between 08:00 and 20:00 Eastern. Denial-of-service testing and destructive tests are out of scope. The assessor will stop testing and notify the Kestrel ISSO immediately upon discovery of a critical finding or evidence of a prior compromise. Both parties sign this Rules of Engagement section below.' },
      { k: 'table', rows: [['Role', 'Name', 'Signature'], ['3PAO Assessment Lead', 'R. Okonkwo', '/s/'], ['CSP ISSO', ISSO, '/s/'], ['Agency ISSO', 'J. Whitcombe', '/s/']] },
      { k: 'h1', text: 'Appendix A: Test Case Procedures' },
      { k: 'p', text: 'The FedRAMP Moderate test case workbook is provided as a separate file. Appendix B lists the assessment team; Appendix C lists the interviewees; Appendix D contains the penetration test plan.' },
    ],
  };
}

function sar(): ProseDoc {
  const risks = [
    ['KMKP-2025-001', 'RA-5', 'High', 'Outdated containerd on 14 worker nodes (CVE-2024-40635)', 'Open'],
    ['KMKP-2025-002', 'AC-6(9)', 'Moderate', 'Privileged Vault operations not logged to SIEM for one namespace', 'Open'],
    ['KMKP-2025-003', 'CM-6', 'Moderate', 'Kubelet read-only port enabled on legacy node group', 'Remediated during testing'],
    ['KMKP-2025-004', 'SC-8', 'Low', 'Console accepts TLS 1.2 CBC cipher suites', 'Open'],
    ['KMKP-2025-005', 'IA-5(1)', 'Low', 'Break-glass account password age exceeds policy', 'Open'],
  ];
  return {
    metaTitle: 'SAR - KMKP - FINAL',
    author: 'Barrow & Lindqvist Assurance',
    header: `${SYS_ABBR} Security Assessment Report | ${TPAO}`,
    footer: 'Controlled Unclassified Information',
    styledHeadings: false,
    blocks: [
      { k: 'title', text: 'Security Assessment Report' },
      { k: 'p', text: `${SYS} (${SYS_ABBR}) \u2014 FedRAMP Moderate \u2014 Prepared by ${TPAO} for ${CSP} and the Department of Commerce. Version 1.0, 2025-05-09.` },
      { k: 'h1', text: 'Executive Summary' },
      { k: 'p', text: `${TPAO} performed the initial FedRAMP Moderate assessment of ${SYS_ABBR} between 2025-03-17 and 2025-04-11 in accordance with the Security Assessment Plan version 1.1. Of the 323 controls and enhancements assessed, 311 were fully satisfied. Twelve weaknesses were identified: one High, six Moderate and five Low. One Moderate weakness was remediated and validated during testing.` },
      { k: 'h1', text: 'Risk Exposure Table' },
      { k: 'table', rows: [['Identifier', 'Control', 'Risk', 'Weakness', 'Status'], ...risks] },
      { k: 'h1', text: 'Authorization Recommendation' },
      { k: 'p', text: `${TPAO} attests that the security controls of ${SYS_ABBR} have been assessed as described in the SAP and that the residual risk to federal information is acceptable. We recommend that the Department of Commerce grant an Authority to Operate, provided that the open High finding is remediated within 30 days and all open findings are tracked in the CSP's Plan of Action and Milestones.` },
      { k: 'h1', text: 'Assessment Methodology' },
      { k: 'p', text: 'Testing followed NIST SP 800-53A Rev5. Authenticated scans covered 100% of the sampled inventory; scan coverage reconciliation and false-positive analysis are documented in Appendix C. Manual penetration testing included tenant isolation, RBAC escalation paths and console session handling; no tenant-to-tenant compromise was achieved.' },
      { k: 'h1', text: 'Summary of Risks by Category' },
      { k: 'table', rows: [['Risk level', 'Open', 'Remediated during testing', 'Operationally required'], ['High', '1', '0', '0'], ['Moderate', '5', '1', '0'], ['Low', '5', '0', '0']] },
      { k: 'h1', text: 'Appendices' },
      { k: 'bullets', items: ['Appendix A \u2014 Security Test Case Procedures', 'Appendix B \u2014 Security Test Results Workbook', 'Appendix C \u2014 Vulnerability Scan Results and false-positive analysis', 'Appendix D \u2014 Penetration Test Report', 'Appendix E \u2014 Auxiliary documents reviewed'] },
    ],
  };
}

function atoLetter(): ProseDoc {
  return {
    metaTitle: 'scan0042.pdf',
    blocks: [
      { k: 'bold', text: 'UNITED STATES DEPARTMENT OF COMMERCE' },
      { k: 'p', text: 'Office of the Chief Information Officer\n1401 Constitution Avenue NW, Washington, DC 20230' },
      { k: 'p', text: 'June 2, 2025' },
      { k: 'p', text: `MEMORANDUM FOR: ${PLATFORM_LEAD}, VP Platform Engineering, ${CSP}` },
      { k: 'p', text: `FROM: ${AO}, Authorizing Official` },
      { k: 'p', text: `SUBJECT: Authority to Operate (ATO) for the ${SYS} (${SYS_ABBR})` },
      { k: 'p', text: `The Department of Commerce has reviewed the FedRAMP security authorization package for ${SYS_ABBR}, including the System Security Plan, the Security Assessment Report prepared by ${TPAO}, and the Plan of Action and Milestones dated May 20, 2025. Based on this review, I have determined that the risk to agency operations, agency assets and individuals resulting from the operation of the system is acceptable.` },
      { k: 'p', text: 'Accordingly, I hereby grant an Authority to Operate for the system at the FedRAMP Moderate impact level. This authorization is valid for three years from the date of this letter, contingent on the continuous monitoring requirements described in the FedRAMP Continuous Monitoring Strategy Guide, including monthly submission of the POA&M, vulnerability scan results and inventory, and remediation of the open High finding within 30 days.' },
      { k: 'p', text: 'The Department reserves the right to revoke this authorization should the security posture of the system degrade to an unacceptable level. This letter and the authorization package will be provided to the FedRAMP PMO for inclusion in the FedRAMP Marketplace.' },
      { k: 'p', text: `\n\n/s/ ${AO}\nAuthorizing Official and Chief Information Officer\nU.S. Department of Commerce` },
      { k: 'p', text: 'cc: FedRAMP PMO (info@fedramp.gov); Departmental CISO; System Owner' },
    ],
  };
}

function scr(): ProseDoc {
  return {
    metaTitle: 'Significant Change Request Form',
    author: ISSO,
    header: `${CSP} | ${SYS_ABBR}`,
    footer: CUI,
    blocks: [
      { k: 'title', text: 'FedRAMP Significant Change Request Form', size: 32 },
      { k: 'table', header: false, rows: [['CSP Name', CSP], ['Cloud Service Offering', SYS], ['FedRAMP Package ID', 'FR2309761234'], ['Impact Level', 'Moderate'], ['Date of Request', '2025-08-11'], ['Planned Implementation Date', '2025-10-06'], ['3PAO', TPAO]] },
      { k: 'h1', text: 'Section 1: Description of the Change' },
      { k: 'p', text: `Kestrel proposes to replace the Istio service mesh with Cilium Service Mesh (mutual authentication with SPIFFE identities and WireGuard transparent encryption) across all tenant clusters. The change removes the Envoy sidecars from tenant pods and moves encryption in transit between nodes from the application layer to the kernel. Because the mechanism that implements SC-8 and SC-13 changes and a new cryptographic module is introduced, Kestrel considers this a significant change under the FedRAMP Significant Change Policies and Procedures.` },
      { k: 'h1', text: 'Section 2: Type of Change' },
      { k: 'table', rows: [['Change type', 'Selected'], ['New interconnection', ''], ['Change to security controls implementation', 'X'], ['New or changed cryptographic module', 'X'], ['Change to the authorization boundary', ''], ['Change of data center or region', '']] },
      { k: 'h1', text: 'Section 3: Security Impact Analysis' },
      { k: 'p', text: 'Affected controls: SC-8, SC-8(1), SC-13, AC-4, SC-7, CM-2, CM-6, SI-4. WireGuard in the Bottlerocket kernel is not FIPS 140-validated; Kestrel therefore plans to keep IPsec mode with the FIPS-validated kernel crypto API for node-to-node encryption. The 3PAO will assess the affected controls before the change reaches production; the SSP, the CMP and the inventory will be updated.' },
      { k: 'h1', text: 'Section 4: Approvals' },
      { k: 'table', rows: [['Role', 'Name', 'Date'], ['CSP System Owner', PLATFORM_LEAD, '2025-08-11'], ['CSP ISSO', ISSO, '2025-08-11'], ['Agency AO (decision)', '', '']] },
    ],
  };
}

function deviationDocx(): ProseDoc {
  return {
    metaTitle: 'DR-2025-007',
    author: ISSO,
    blocks: [
      ...frontMatter({ title: 'Deviation Request \u2014 Operational Requirement', docId: 'DR-2025-007', version: '1.0', date: '2025-07-22', variant: 'memo' }),
      { k: 'h1', text: 'Deviation Request Form' },
      { k: 'table', header: false, rows: [['Deviation ID', 'DR-2025-007'], ['Deviation type', 'Operational Requirement (OR)'], ['Related POA&M item', 'V-0231'], ['Weakness', 'Kubelet anonymous authentication flagged by CIS EKS benchmark 3.2.1 on managed node group ng-legacy-gpu'], ['Original risk rating', 'Moderate'], ['Scanner / source', 'kube-bench 0.9.1 via Tenable.io compliance audit'], ['Asset identifiers', 'ip-10-41-12-17, ip-10-41-12-18, ip-10-41-13-4']] },
      { k: 'h1', text: 'Justification' },
      { k: 'p', text: 'The GPU node group runs the NVIDIA device plugin version required by a customer machine-learning workload; the vendor-supplied AMI for this node group cannot disable anonymous kubelet authentication without breaking the device plugin health probes. The node group is scheduled for retirement when the vendor releases the Bottlerocket NVIDIA variant with the fix (expected Q1 2026).' },
      { k: 'h1', text: 'Compensating Controls' },
      { k: 'bullets', items: ['Cilium host firewall blocks port 10250 from every source except the EKS control plane ENIs.', 'The anonymous user is bound to no RBAC role; requests are denied by authorization (AC-3).', 'Falco rule alerts on any unauthenticated kubelet API call.'] },
      { k: 'h1', text: 'Requested Action' },
      { k: 'p', text: 'Kestrel requests that the Authorizing Official accept this weakness as an operational requirement and that the POA&M item be kept open with the OR flag and reviewed monthly.' },
    ],
  };
}

export async function coreDocs(): Promise<Eval29Doc[]> {
  const sspMain = ssp(`${SYS} (${SYS_ABBR})`, 'cover', 24);
  const sspReg = ssp(SYS2, 'table-cell', 14);
  const sarDoc = sar();
  return [
    { file: 'KMKP_SSP_v2.0_FINAL.docx', expected: 'SSP', note: 'Word System Security Plan with cover page, revision history, categorization and 24 control implementation statements.', data: await buildDocx(sspMain) },
    { file: 'doc-0412.pdf', expected: 'SSP', note: 'PDF export of the registry service System Security Plan (title in a cover table cell, bold-paragraph headings, control statements).', data: await buildPdf(sspReg) },
    { file: 'upload (3).docx', expected: 'SAP', note: "3PAO Security Assessment Plan in Word: scope, methodology, schedule and signed rules of engagement.", data: await buildDocx(sap()) },
    { file: 'KMKP-SAR-final.docx', expected: 'SAR', note: '3PAO Security Assessment Report with risk exposure table and authorization recommendation; headings as bold paragraphs.', data: await buildDocx(sarDoc) },
    { file: 'assessment-report-2025.pdf', expected: 'SAR', note: 'The same kind of 3PAO Security Assessment Report rendered to PDF (serif), metadata title left as a file name.', data: await buildPdf({ ...sarDoc, metaTitle: 'SAR_v1.0.docx' }, { serif: true }) },
    { file: 'scan0042.pdf', expected: 'ATO_LETTER', note: "Scanned-style agency memorandum granting an Authority to Operate, signed by the authorizing official; metadata title is the scanner's file name.", data: await buildPdf(atoLetter(), { serif: true, producer: 'Canon iR-ADV C5840 PDF' }) },
    { file: 'ATO_letter_draft_for_signature.docx', expected: 'ATO_LETTER', note: 'Word version of the agency ATO memorandum prepared for the authorizing official signature.', data: await buildDocx({ ...atoLetter(), metaTitle: 'Memo template - OCIO' }) },
    { file: 'SCR-2025-03 service mesh.docx', expected: 'SIGNIFICANT_CHANGE_REQUEST', note: 'FedRAMP Significant Change Request form for replacing Istio with Cilium service mesh, with impact analysis.', data: await buildDocx(scr()) },
    { file: 'change-request.md', expected: 'SIGNIFICANT_CHANGE_REQUEST', note: 'The significant change request written as markdown by the platform engineers for the agency review.', data: toMarkdown(scr()) },
    { file: 'DR-2025-007.docx', expected: 'DEVIATION_REQUEST', note: 'Deviation request memo (operational requirement) for a POA&M item, with justification and compensating controls.', data: await buildDocx(deviationDocx()) },
  ];
}

