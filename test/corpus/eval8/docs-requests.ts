/** Significant change requests and deviation requests (risk adjustment, false positive, operational requirement). */
import { BH, H1, H2, OL, P, PS, T, TITLE, UL, docx, fill, headerStyle, pdf, widths, xlsx } from './kit.js';
import type { Block } from './kit.js';
import { AGENCIES, CSO, CSO_ABBR, CSP, PEOPLE, PKG, TPAO } from './world.js';
import type { CorpusDoc } from './world.js';

// ------------------------------------------------------------------ SCR 1 (docx)

async function scrDocx(): Promise<Buffer> {
  const body: Block[] = [
    P('FedRAMP', { bold: true, size: 10, align: 'right' }),
    TITLE('Significant Change Request Form', 22),
    P('Submit this form to each authorizing official at least 30 business days before the planned change. Attach the updated SSP sections and the 3PAO Security Assessment Plan addendum.', { size: 9, align: 'center' }),
    H1('Section 1: CSP and System Information'),
    T([
      ['Field', 'Response'],
      ['CSP Name', CSP],
      ['Cloud Service Offering', CSO],
      ['FedRAMP Package ID', PKG],
      ['Impact Level', 'Moderate'],
      ['Authorizing Agency (sponsor)', AGENCIES.dot],
      ['Leveraging Agencies', `${AGENCIES.dol}; ${AGENCIES.sba}`],
      ['3PAO', TPAO],
      ['CSP Point of Contact', `${PEOPLE.isso}, ISSO — dwhitfield@meridianledger.example — (703) 555-0188`],
      ['SCR Number', 'SCR-2025-02'],
      ['Date Submitted', '08/12/2025'],
    ], { widths: [35, 65] }),
    H1('Section 2: Description of the Proposed Change'),
    H2('2.1 Summary'),
    P(`${CSP} proposes to introduce the Reconciliation Assistant, a feature that uses Amazon Bedrock (Anthropic and Amazon Titan foundation models hosted in AWS GovCloud (US-West)) to explain reconciliation exceptions to agency users in plain language and to propose matching ledger entries. The feature adds a new leveraged FedRAMP-authorized service, a new internal microservice (assistant-svc) in the EKS cluster, and a new data flow in which exception records, but not full payment files, are sent to the Bedrock runtime API over a VPC interface endpoint.`),
    H2('2.2 Type of Change'),
    T([
      ['Change type', 'Applies?'],
      ['Addition of a new leveraged service or external service', '☒ Yes'],
      ['Change to the authorization boundary', '☒ Yes (new VPC endpoint and microservice)'],
      ['New or changed interconnection', '☐ No'],
      ['Change to cryptographic modules', '☐ No'],
      ['Change in data types or impact level', '☐ No — information types unchanged; FIPS 199 remains Moderate'],
      ['Change of physical location / data center', '☐ No'],
      ['New code release implementing a new technology', '☒ Yes'],
    ], { widths: [70, 30] }),
    H2('2.3 Reason for the Change'),
    P('Agencies have asked for faster resolution of unmatched obligations. In the 2025 customer survey, 61% of agency users reported spending more than four hours per month on exception research. The assistant is expected to reduce this time by half without giving the model authority to post entries: every suggested match must be accepted by a human user with the reconciler role.'),
    H1('Section 3: Security Impact Analysis'),
    P('The ISSO and Security Engineering performed a security impact analysis in accordance with CM-4 and the Configuration Management Plan. The analysis identified the controls below as affected. No control is expected to be degraded; several require new implementation statements in the SSP.'),
    T([
      ['Control', 'Impact', 'Planned implementation'],
      ['AC-4', 'New flow of exception records to Bedrock', 'VPC interface endpoint with endpoint policy limited to bedrock:InvokeModel on approved model ARNs; no internet egress.'],
      ['AU-2 / AU-12', 'New events', 'Prompt and response metadata (not content) logged to the SIEM; model invocation logging enabled to the log archive bucket with 1-year retention.'],
      ['CM-8', 'New component', 'assistant-svc image and the VPC endpoint added to the integrated inventory.'],
      ['RA-3 / RA-5', 'New risk areas', 'Threat model updated for prompt injection and data leakage; container image included in Trivy and Inspector scanning.'],
      ['SA-9', 'New external service', 'Amazon Bedrock is within the AWS GovCloud FedRAMP High P-ATO boundary; customer responsibilities added to the CRM.'],
      ['SI-10', 'Untrusted model output', 'Model output is rendered as text only, never executed; suggested matches validated against ledger constraints before display.'],
    ], { widths: [15, 25, 60], size: 9 }),
    H1('Section 4: Assessment'),
    P(`${TPAO} will assess the affected controls according to a SAP addendum to be delivered by 08/29/2025. Testing will include penetration testing of the assistant endpoints for prompt injection and cross-tenant data access. The results will be provided in a Security Assessment Report addendum before the production release.`),
    H1('Section 5: Schedule'),
    T([['Milestone', 'Planned date'], ['Agency approval of this SCR', '09/12/2025'], ['3PAO testing', '09/15/2025 – 09/26/2025'], ['SAR addendum', '10/10/2025'], ['Production release (feature flag off)', '10/20/2025'], ['Enablement per agency on request', 'after 11/03/2025']]),
    H1('Section 6: Approvals'),
    T([
      ['Role', 'Name', 'Decision', 'Signature / Date'],
      ['CSP Executive', PEOPLE.ciso, 'Requested', '/s/ 08/12/2025'],
      ['Authorizing Official (DOT)', PEOPLE.dotAO, '☐ Approve  ☐ Deny', ''],
      ['Authorizing Official (DOL)', PEOPLE.dolAO, '☐ Concur  ☐ Non-concur', ''],
      ['Authorizing Official (SBA)', PEOPLE.sbaAO, '☐ Concur  ☐ Non-concur', ''],
    ]),
  ];
  return docx(body, {
    core: { title: 'FedRAMP Significant Change Request Form', creator: 'FedRAMP PMO', lastModifiedBy: PEOPLE.isso, created: '2024-02-01T00:00:00Z', modified: '2025-08-12T17:45:00Z' },
    app: { company: CSP },
    header: `${CSO_ABBR} SCR-2025-02 — Reconciliation Assistant`,
    pageNumbers: true,
  });
}

// ------------------------------------------------------------------ SCR 2 (xlsx)

async function scrXlsx(): Promise<Buffer> {
  return xlsx((wb) => {
    const ws = wb.addWorksheet('SCR Form');
    widths(ws, [42, 100]);
    fill(ws, 1, [
      ['FedRAMP Significant Change Request (SCR)'],
      [],
      ['SCR ID', 'SCR-2025-03'],
      ['CSP', CSP],
      ['CSO', CSO],
      ['Package ID', PKG],
      ['Impact Level', 'Moderate'],
      ['Requested by', `${PEOPLE.cloudOps}, Director of Cloud Operations`],
      ['Date of request', '09/02/2025'],
      ['Title of change', 'Replace the self-managed SFTP/Tomcat file exchange host (lcg-prd-etl01) with AWS Transfer Family'],
      ['Category of change', 'Change to a component providing a security function; removal of a component; new leveraged service'],
      ['Description', 'Agencies currently upload Treasury and grant files to an SFTP server and a Tomcat upload servlet running on lcg-prd-etl01. The host has required repeated emergency patching (CVE-2025-24813). The change replaces it with an AWS Transfer Family SFTP endpoint (FIPS-enabled security policy TransferSecurityPolicy-FIPS-2024-01) writing to a KMS-encrypted S3 bucket, with a Lambda function that triggers the existing validation pipeline.'],
      ['Components added', 'AWS Transfer Family server s-0a12…; S3 bucket lcg-prd-inbound; Lambda lcg-inbound-dispatch'],
      ['Components removed', 'lcg-prd-etl01 (EC2); Tomcat 9; vsftpd'],
      ['Data flows changed', 'Agency → Transfer Family (SFTP, SSH keys per agency user) → S3 → Lambda → SQS → reconciliation workers'],
      ['Does the change alter the authorization boundary?', 'Yes — the boundary diagram and data flow diagram will be updated in SSP section 8'],
      ['Does the change alter the FIPS 199 categorization?', 'No'],
      ['Is a 3PAO assessment required?', `Yes — ${TPAO} to assess AC-17, IA-2, IA-5, SC-8, SC-13, SC-28, CM-8, SI-4`],
      ['Planned implementation date', '11/17/2025'],
      ['Rollback plan', 'Keep lcg-prd-etl01 stopped (not terminated) for 30 days; DNS switch back if required'],
      ['Customer impact', 'Agencies must register new SSH public keys; the host key fingerprint changes. Communication plan attached.'],
    ], { wrap: true });
    ws.getRow(1).font = { bold: true, size: 14 };
    for (let i = 3; i <= 21; i++) ws.getCell(`A${i}`).font = { bold: true };
    const c = wb.addWorksheet('Impacted Controls');
    fill(c, 1, [
      ['Control', 'Current implementation', 'Change', 'SSP section to update'],
      ['AC-17', 'SFTP on EC2 with local accounts', 'Transfer Family service-managed users with SSH keys', 'Appendix A AC-17'],
      ['IA-5(1)', 'Passwords allowed for legacy Tomcat upload', 'Key-based authentication only; password login removed', 'Appendix A IA-5'],
      ['SC-13', 'OpenSSH on Amazon Linux', 'Transfer Family FIPS security policy', 'Section 10'],
      ['SC-28(1)', 'EBS encryption', 'S3 SSE-KMS with bucket key', 'Appendix A SC-28'],
      ['CM-8', 'lcg-prd-etl01 in inventory', 'Remove host; add Transfer Family, bucket, Lambda', 'Attachment 13'],
      ['SI-4', 'Host-based agent on etl01', 'CloudTrail data events and GuardDuty S3 protection', 'Appendix A SI-4'],
    ], { bold: [1] });
    headerStyle(c, 1);
    widths(c, [12, 40, 50, 26]);
    const a = wb.addWorksheet('Approvals');
    fill(a, 1, [
      ['Approver', 'Organization', 'Decision', 'Date'],
      [PEOPLE.ciso, CSP, 'Submitted', '09/02/2025'],
      [PEOPLE.dotAO, 'DOT', '', ''],
      [PEOPLE.dolAO, 'DOL', '', ''],
      [PEOPLE.sbaAO, 'SBA', '', ''],
    ], { bold: [1] });
  }, { creator: PEOPLE.cloudOps, lastModifiedBy: PEOPLE.isso, created: '2025-08-25T13:00:00Z', modified: '2025-09-02T15:30:00Z' });
}

// ------------------------------------------------------------------ SCR 3 (pdf)

async function scrPdf(): Promise<Buffer> {
  const body: Block[] = [
    P(`${CSP} | ${CSO}`, { size: 9 }),
    TITLE('Significant Change Request', 18, 'left'),
    P('SCR-2025-01 — Migration of the ledger database to Amazon Aurora PostgreSQL', { bold: true, size: 12 }),
    T([['Package ID', PKG], ['Impact level', 'Moderate'], ['Submitted', '02/03/2025'], ['Submitted to', `${AGENCIES.dot} (authorizing); ${AGENCIES.dol} (leveraging)`], ['3PAO', TPAO]], { header: false, widths: [25, 75] }),
    BH('1. Description of the change'),
    P('The ledger database currently runs on Amazon RDS for PostgreSQL 15 (single writer, Multi-AZ). Growth in the number of agencies and transaction volume has caused replica lag of up to 40 minutes during month-end close. Meridian Ledger proposes to migrate the ledger database to Amazon Aurora PostgreSQL-Compatible Edition 15, with one writer and two readers, using AWS Database Migration Service for the cut-over.'),
    BH('2. Why this is a significant change'),
    P('The change replaces a component that stores federal data with a different service, changes the backup and recovery mechanism described in the Information System Contingency Plan, and temporarily introduces a replication instance inside the boundary. Per the FedRAMP significant change policies, it requires prior approval by the authorizing official and an assessment by the 3PAO.'),
    BH('3. Security impact analysis'),
    UL([
      'SC-28(1): data at rest remains encrypted with the same customer managed KMS key; key policy updated to allow the Aurora service principal.',
      'CP-9 / CP-10: backups move from RDS automated snapshots to Aurora continuous backup; restore procedures in the ISCP will be updated and tested.',
      'AU-2 / AU-12: database audit logging via pgaudit is retained; cluster parameter group to be created from the current parameter group.',
      'CM-8: the Aurora cluster and instances will be added to the integrated inventory; the RDS instance and the DMS replication instance will be removed after cut-over.',
      'AC-6: a temporary IAM role for DMS will be created and removed after decommissioning.',
    ]),
    BH('4. Schedule'),
    P('3PAO testing: 03/10/2025–03/21/2025. Cut-over: 03/29/2025 during the approved maintenance window. Rollback: reverse replication kept for 72 hours.'),
    BH('5. Approvals'),
    T([['Name', 'Role', 'Decision', 'Date'], [PEOPLE.ciso, 'CISO, Meridian Ledger', 'Requested', '02/03/2025'], [PEOPLE.dotAO, 'Authorizing Official, DOT', 'Approved', '02/27/2025'], [PEOPLE.dolAO, 'Authorizing Official, DOL', 'Concurred', '03/04/2025']]),
  ];
  return pdf(body, { meta: { title: 'SCR-2025-01', author: PEOPLE.isso, creator: 'Microsoft® Word for Microsoft 365' }, created: '2025-03-04T19:00:00Z', footer: 'Controlled Unclassified Information', pageNumbers: 'page-of' });
}

// ------------------------------------------------------------------ DR 1: risk adjustment (docx)

async function drRiskAdjustment(): Promise<Buffer> {
  const body: Block[] = [
    P(`${CSP}`, { bold: true }),
    TITLE('FedRAMP Deviation Request Form', 20),
    P('Risk Adjustment', { align: 'center', bold: true, size: 13 }),
    T([
      ['DR Number', 'DR-2025-07'],
      ['Deviation Request Type', '☒ Risk Adjustment (RA)   ☐ False Positive (FP)   ☐ Operational Requirement (OR)'],
      ['CSP / CSO', `${CSP} / ${CSO}`],
      ['FedRAMP Package ID', PKG],
      ['POA&M ID(s)', 'V-2025-034'],
      ['Date submitted', '07/09/2025'],
      ['Submitted by', `${PEOPLE.conmon}, Continuous Monitoring Lead`],
    ], { header: false, widths: [30, 70] }),
    H1('1. Vulnerability Information'),
    T([
      ['Field', 'Value'],
      ['Vulnerability name', 'TLS Version 1.0 / 1.1 Protocol Detection'],
      ['Scanner and plugin / rule ID', 'Tenable.sc — Nessus plugin 104743'],
      ['CVE', 'n/a'],
      ['Affected assets', 'lcg-prd-wrk01, lcg-prd-wrk02, lcg-prd-wrk03 (port 9100/tcp, node exporter metrics)'],
      ['Original detection date', '06/05/2025'],
      ['Original risk rating', 'Moderate (CVSS v3.0 base 6.5)'],
      ['Proposed adjusted risk rating', 'Low'],
    ], { widths: [35, 65] }),
    H1('2. Justification for the Risk Adjustment'),
    ...PS(
      'The metrics endpoint on port 9100 is bound to the node\'s private interface and is reachable only from the Prometheus scraper pods in the monitoring namespace. A Kubernetes NetworkPolicy and the node security group allow inbound 9100/tcp solely from the monitoring subnet (10.40.22.0/24). The endpoint is not reachable from the internet, from tenant workloads, or from the management subnet.',
      'The endpoint exposes operational metrics (CPU, memory, filesystem usage) and no federal data, credentials, or session tokens. An attacker would first need a foothold inside the monitoring subnet, which is itself protected by the controls assessed under SC-7 and AC-4 in the 2025 annual assessment.',
      'Using the CVSS v3.1 environmental metrics, the modified attack vector is Adjacent (MAV:A), modified attack complexity High (MAC:H), and modified confidentiality requirement Low (CR:L), which yields an environmental score of 3.1 (Low).',
    ),
    H1('3. Mitigating Factors and Evidence'),
    OL([
      'Security group sg-0a9f… inbound rules export (attached, 07/08/2025).',
      'Kubernetes NetworkPolicy allow-prometheus-scrape manifest and kubectl describe output (attached).',
      'Screenshot of a failed connection attempt from a tenant test pod during the 2025 penetration test (SAR appendix E).',
      'Node exporter upgrade to 1.9 with TLS 1.2 minimum is planned for the October AMI (POA&M milestone).',
    ]),
    H1('4. 3PAO Review'),
    P(`${TPAO} reviewed the evidence during the annual assessment and agrees that the network restrictions are in place as described. Reviewer: ${PEOPLE.leadAssessor}, 07/11/2025.`),
    H1('5. Authorizing Official Decision'),
    T([['Agency', 'Decision', 'Name', 'Date'], ['DOT', '☐ Approved ☐ Denied', '', ''], ['DOL', '☐ Concur ☐ Non-concur', '', ''], ['SBA', '☐ Concur ☐ Non-concur', '', '']]),
    P('Note: a risk adjustment does not remove the item from the POA&M; the item remains open with the adjusted rating until remediated.', { size: 9 }),
  ];
  return docx(body, {
    core: { title: 'Significant Change Request Form', creator: PEOPLE.isso, lastModifiedBy: PEOPLE.conmon, created: '2025-02-03T14:00:00Z', modified: '2025-07-09T20:11:00Z' },
    app: { company: CSP },
    footer: 'CUI — Meridian Ledger ConMon',
    pageNumbers: true,
  });
}

// ------------------------------------------------------------------ DR 2: false positives (xlsx)

async function drFalsePositive(): Promise<Buffer> {
  return xlsx((wb) => {
    const ws = wb.addWorksheet('Deviation Request');
    widths(ws, [34, 90]);
    fill(ws, 1, [
      ['Deviation Request — False Positive'],
      [`${CSO} (${PKG})`],
      [],
      ['DR Number', 'DR-2025-08'],
      ['Request type', 'False Positive (FP)'],
      ['Submitted', '07/09/2025'],
      ['Submitted by', `${PEOPLE.secEng}, Security Engineering`],
      ['Authorizing Official', `${PEOPLE.dotAO} (DOT); concurrence requested from DOL and SBA`],
      [],
      ['Summary of request', 'The monthly Tenable.sc scan reports Apache HTTP Server vulnerabilities (plugins 201198, 201199) on the reporting hosts because the detected version string is 2.4.58. The installed package is the Amazon Linux 2023 build httpd-2.4.62-1.amzn2023, which contains the back-ported fixes for all listed CVEs. The findings are false positives caused by banner-based detection.'],
      ['Evidence provided', 'rpm -q --changelog httpd output; ALAS2023-2024-701 advisory; screenshot of the credentialed plugin 155999 showing the package version; 3PAO validation in the 2025 SAR section 6'],
      ['3PAO validation', `Validated by ${TPAO} on 07/02/2025 (SAR findings V-27 and V-28).`],
    ], { wrap: true });
    ws.getRow(1).font = { bold: true, size: 14 };
    const items = wb.addWorksheet('FP Items');
    fill(items, 1, [
      ['POA&M ID', 'Scanner', 'Plugin ID', 'CVE', 'Asset', 'Original Risk', 'Reason for False Positive', 'Evidence Ref'],
      ['V-2025-047', 'Tenable.sc', '201198', 'CVE-2024-38474', 'lcg-prd-rpt01', 'High', 'Back-ported fix in httpd-2.4.62-1.amzn2023 (ALAS2023-2024-701)', 'FP-EV-01, FP-EV-02'],
      ['V-2025-048', 'Tenable.sc', '201198', 'CVE-2024-38476', 'lcg-prd-rpt01', 'High', 'Back-ported fix in httpd-2.4.62-1.amzn2023', 'FP-EV-01'],
      ['V-2025-049', 'Tenable.sc', '201199', 'CVE-2024-39573', 'lcg-prd-rpt01', 'Moderate', 'mod_rewrite not loaded; back-ported fix present', 'FP-EV-01, FP-EV-03'],
      ['V-2025-050', 'Tenable.sc', '201199', 'CVE-2024-38477', 'lcg-prd-etl01', 'Moderate', 'mod_proxy not loaded; back-ported fix present', 'FP-EV-04'],
    ], { bold: [1] });
    headerStyle(items, 1, 'FF7F6000');
    widths(items, [12, 12, 10, 18, 16, 12, 60, 18]);
    const ap = wb.addWorksheet('AO Decision');
    fill(ap, 1, [['Agency', 'Decision', 'Name', 'Date', 'Comments'], ['DOT', 'Approved', PEOPLE.dotAO, '07/28/2025', 'Close items upon acceptance; keep evidence in repository'], ['DOL', 'Pending', '', '', ''], ['SBA', 'n/a', '', '', 'Not yet leveraging at time of submission']], { bold: [1] });
  }, { creator: PEOPLE.secEng, lastModifiedBy: PEOPLE.conmon, created: '2025-07-07T11:00:00Z', modified: '2025-07-28T21:30:00Z' });
}

// ------------------------------------------------------------------ DR 3: operational requirement (pdf)

async function drOperational(): Promise<Buffer> {
  const body: Block[] = [
    TITLE('Deviation Request: Operational Requirement', 17, 'left'),
    P(`${CSO} — FedRAMP Package ${PKG} — DR-2024-11 (annual re-validation, 2025)`, { size: 11, bold: true }),
    T([['POA&M ID', 'V-2024-042'], ['Weakness', 'Oracle Java SE 8 runtime on lcg-prd-rpt01 (TreasuryFmt 4.2 dependency)'], ['Original risk', 'Moderate'], ['Type', 'Operational Requirement (OR)'], ['Originally approved', '09/30/2024 by the DOT Authorizing Official'], ['Re-validation date', '08/15/2025']], { header: false, widths: [25, 75] }),
    H1('Operational Justification'),
    P('The Treasury report formatter TreasuryFmt 4.2, supplied by FinFormats LLC, produces the payment files required by the Treasury Payment Automation Manager. It runs only on Java SE 8; the vendor\'s Java 21 release is scheduled for the first quarter of 2026. Removing Java 8 before then would stop agencies from submitting payment files through the system, which is the system\'s core mission function.'),
    P('Meridian Ledger maintains an Oracle Java SE extended support subscription, so security patches for Java 8 continue to be applied within the FedRAMP remediation timeframes (currently 8u461, July 2025 CPU). The finding concerns the end of premier support, not a missing patch.'),
    H1('Compensating Controls'),
    UL([
      'The formatter runs as a non-root user in a dedicated systemd slice with no inbound network listener.',
      'Outbound traffic from the host is limited to the internal SQS endpoint and the Treasury sFTP endpoint by security group and network ACL.',
      'File integrity monitoring covers the JRE directory; alerts go to the SOC.',
      'The host is scanned monthly with credentialed checks; no Java CVE older than 30 days has been open since approval.',
    ]),
    H1('Vendor Dependency'),
    P('Last vendor check-in: 08/04/2025. FinFormats confirmed the Java 21 release date of 02/2026 in writing (attached). The POA&M item remains open with vendor dependency flagged.'),
    H1('Request'),
    P('Meridian Ledger requests that the authorizing officials continue to accept this operational requirement until 03/31/2026. The item will remain on the POA&M and will be reviewed at each monthly continuous monitoring meeting.'),
    T([['Decision', 'Name', 'Agency', 'Date'], ['Continue OR — Approved', PEOPLE.dotAO, 'DOT', '08/29/2025'], ['Concur', PEOPLE.dolAO, 'DOL', '09/03/2025'], ['Concur', PEOPLE.sbaAO, 'SBA', '09/05/2025']]),
  ];
  return pdf(body, { meta: { title: 'DR-2024-11 OR renewal', author: PEOPLE.conmon, producer: 'macOS Version 14.6 (Build 23G80) Quartz PDFContext', creator: 'Pages' }, created: '2025-09-05T16:00:00Z', header: 'Meridian Ledger Systems — Deviation Request', pageNumbers: 'page-of' });
}

export async function requestDocs(): Promise<CorpusDoc[]> {
  return [
    { file: 'SCR-2025-02_Reconciliation_Assistant.docx', expected: 'SIGNIFICANT_CHANGE_REQUEST', note: 'Significant Change Request form (docx) for a new leveraged AI service, with impact analysis and AO approval block.', data: await scrDocx() },
    { file: 'upload (7).xlsx', expected: 'SIGNIFICANT_CHANGE_REQUEST', note: 'Significant Change Request filled in an xlsx form: change details, impacted controls and approvals sheets.', data: await scrXlsx() },
    { file: 'SCR-2025-01-signed.pdf', expected: 'SIGNIFICANT_CHANGE_REQUEST', note: 'Approved Significant Change Request for a database migration, as a PDF.', data: await scrPdf() },
    { file: 'DR-2025-07.docx', expected: 'DEVIATION_REQUEST', note: 'FedRAMP Deviation Request form, risk adjustment; its metadata title is stale (copied from the SCR form).', data: await drRiskAdjustment() },
    { file: 'Book1 (2).xlsx', expected: 'DEVIATION_REQUEST', note: 'False-positive deviation request workbook with per-item evidence and AO decision sheets.', data: await drFalsePositive() },
    { file: 'DR-2024-11_OR_renewal.pdf', expected: 'DEVIATION_REQUEST', note: 'Operational requirement deviation request (renewal) as a PDF with compensating controls and decisions.', data: await drOperational() },
  ];
}

