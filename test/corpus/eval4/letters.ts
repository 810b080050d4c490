// Letters and forms: agency ATO letters, significant change requests and deviation requests.
import { docx, pdf } from './build.js';
import type { Block, Eval4Doc } from './build.js';

function frhaAto(): Block[] {
  return [
    { p: 'FEDERAL RURAL HOUSING ADMINISTRATION', bold: true, center: true },
    { p: 'Office of the Chief Information Officer', center: true },
    { p: '1550 Constitution Avenue NW, Washington, DC 20250', center: true },
    { p: ' ' },
    { p: 'September 30, 2025' },
    { p: 'MEMORANDUM FOR: Rebecca Stone, Chief Executive Officer, BlueHarbor Software LLC' },
    { p: 'FROM: Marcus Deloach, Chief Information Officer and Authorizing Official' },
    { p: 'SUBJECT: Authority to Operate (ATO) for BlueHarbor Case Manager (FedRAMP Package ID FR2531554208)', bold: true },
    { p: 'The Federal Rural Housing Administration (FRHA) has completed its review of the FedRAMP security authorization package for BlueHarbor Case Manager (BHCM), including the System Security Plan, the Security Assessment Plan and the Security Assessment Report prepared by Granite Assurance Partners, LLC, and the Plan of Action and Milestones dated September 24, 2025.' },
    { p: 'Based on the results of the assessment and the risk mitigation activities described in the POA&M, I have determined that the risk to agency operations, agency assets and individuals resulting from the operation of BHCM at the FedRAMP Moderate impact level is acceptable.' },
    { p: 'Accordingly, I hereby grant an Authority to Operate for BlueHarbor Case Manager. This authorization is effective as of the date of this memorandum and remains in effect for three years, until September 30, 2028, provided that BlueHarbor:' },
    { bullets: ['maintains the security posture of the system through the FedRAMP continuous monitoring program, including monthly POA&M updates, vulnerability scans and inventory;', 'remediates the four high risks identified in the SAR within 30 days;', 'notifies FRHA of any significant change before implementation; and', 'completes an annual assessment by an accredited 3PAO.'] },
    { p: 'This authorization may be revoked at any time if the risk to FRHA becomes unacceptable. FRHA will upload this letter to the FedRAMP secure repository and request a FedRAMP review of the package.' },
    { p: ' ' },
    { p: '/s/ Marcus Deloach' },
    { p: 'Marcus Deloach' },
    { p: 'Chief Information Officer and Authorizing Official' },
    { p: 'Federal Rural Housing Administration' },
    { p: 'cc: FedRAMP PMO (info@fedramp.gov); FRHA CISO; BlueHarbor ISSO' },
  ];
}

function ogmDecision(): Block[] {
  // The words "Authority to Operate" never appear in a heading: the decision is in the body.
  return [
    { p: 'United States Office of Grants Management', bold: true },
    { p: 'Office of the Chief Information Officer • 400 Maryland Avenue SW • Washington, DC 20202' },
    { p: ' ' },
    { p: 'October 3, 2025' },
    { p: 'Ms. Priya Raman' },
    { p: 'Vice President, Public Sector Engineering' },
    { p: 'Acme Ledger, Inc.' },
    { p: '2100 Harbor Point Drive, Suite 400' },
    { p: 'Baltimore, MD 21230' },
    { p: 'Re: Security authorization decision — Acme Ledger Cloud (FR2518807421)', bold: true },
    { p: 'Dear Ms. Raman:' },
    { p: 'I have reviewed the security authorization package submitted for Acme Ledger Cloud, including the independent assessment performed by Meridian Cyber Assessments LLC and the remediation commitments in your plan of action and milestones.' },
    { p: 'After weighing the remaining risks against the mission need for a modern grant accounting capability, I accept the residual risk and authorize the use of Acme Ledger Cloud by the Office of Grants Management at the FedRAMP Moderate impact level. This authorization to operate is granted for a period of three (3) years from the date of this letter, subject to the continuous monitoring requirements of the FedRAMP program and the terms and conditions below.' },
    { bullets: ['Acme Ledger will deliver continuous monitoring deliverables to OGM monthly.', 'Open high-risk findings from the assessment will be remediated by November 30, 2025.', 'OGM data will remain within AWS GovCloud (US) regions.'] },
    { p: 'My staff will submit this decision with the package to the FedRAMP PMO. Please direct questions to our Chief Information Security Officer, Mr. Elliott Park, at (202) 555-0199.' },
    { p: 'Sincerely,' },
    { p: ' ' },
    { p: 'Dr. Lorraine Whitcomb' },
    { p: 'Chief Information Officer and Authorizing Official' },
  ];
}

function scrForm(): Block[] {
  return [
    { title: 'Significant Change Request Form' },
    { subtitle: 'Acme Ledger Cloud — SCR-2025-04' },
    { p: 'Submit this form to the authorizing official at least 30 days before the planned change. Significant changes require a security impact analysis and an assessment by a 3PAO.' },
    { h1: 'Section 1: Cloud Service Provider Information' },
    { table: [['CSP name', 'Acme Ledger, Inc.'], ['Cloud service offering', 'Acme Ledger Cloud'], ['FedRAMP package ID', 'FR2518807421'], ['Impact level', 'Moderate'], ['Request date', '09/08/2025'], ['CSP point of contact', 'Dana Lindqvist, ISSO, dlindqvist@acmeledger.example']], header: false },
    { h1: 'Section 2: Description of the Proposed Change' },
    { table: [['Type of change', '☒ Change to the data tier / new component   ☐ New interconnection   ☐ Change of data center   ☐ New third-party service'], ['Summary', 'Migrate the production database from Amazon RDS for PostgreSQL 13 to Amazon Aurora PostgreSQL 16 with a cross-region replica in us-gov-east-1.'], ['Planned implementation date', '11/15/2025'], ['Reason for the change', 'End of standard support for PostgreSQL 13; improved recovery point objective.']], header: false },
    { h1: 'Section 3: Security Impact Analysis' },
    { p: 'The change affects components inside the authorization boundary that store federal data. Encryption at rest (SC-28), backup (CP-9), audit logging (AU-2, AU-12) and configuration baselines (CM-2, CM-6) are affected. The data flow diagram and inventory will be updated.' },
    { table: [['Control', 'Impact', 'Planned action'], ['SC-28', 'New storage encryption configuration', 'KMS customer-managed key; verify FIPS endpoint'], ['CP-9 / CP-10', 'Cross-region replica changes RPO/RTO', 'Update ISCP, test failover'], ['CM-2', 'New baseline for Aurora parameter groups', 'Publish baseline v4.0']] },
    { h1: 'Section 4: 3PAO Assessment' },
    { p: 'Meridian Cyber Assessments LLC will assess the affected controls and provide a SAR addendum before the change is moved to production.' },
    { h1: 'Section 5: Approvals' },
    { table: [['Role', 'Name', 'Decision', 'Date'], ['CSP System Owner', 'Priya Raman', 'Requested', '09/08/2025'], ['Agency Authorizing Official', '', '☐ Approved  ☐ Denied', '']] },
  ];
}

function kestrelChangeLetter(): Block[] {
  return [
    { p: 'Kestrel Mobile, Inc.', bold: true },
    { p: '88 Pioneer Square, Seattle, WA 98104' },
    { p: 'August 11, 2025' },
    { p: 'To: Authorizing Official, National Bureau of Land Records' },
    { p: 'Subject: Request for approval of a significant change — AI-assisted dispatch for Kestrel FieldOps', bold: true },
    { p: 'In accordance with the FedRAMP Significant Change Policies and Procedures, Kestrel Mobile requests approval of a significant change to the Kestrel FieldOps Mobile Platform (FedRAMP package FR2409912630, Moderate).' },
    { h2: 'Description of the change' },
    { p: 'Kestrel intends to introduce an AI-assisted dispatch feature that ranks open inspections by urgency. The feature uses a large language model hosted in Google Cloud Vertex AI (FedRAMP High) inside our existing project. Inspection text and location are sent to the model; photographs are not.' },
    { h2: 'Type of change' },
    { p: 'This is a new service/feature that changes the data flow of federal information and adds a new leveraged service; we therefore consider it a significant change requiring assessment before implementation.' },
    { h2: 'Security impact analysis' },
    { bullets: ['AC-4 Information Flow Enforcement: new flow from the dispatch service to Vertex AI endpoints over Private Service Connect.', 'SA-9 External System Services: Vertex AI added to the leveraged services table.', 'SI-10 Information Input Validation: prompts are built from structured fields only.', 'RA-3 Risk Assessment: updated to cover model output errors; dispatchers approve every assignment.'] },
    { h2: 'Assessment' },
    { p: 'Our 3PAO, Trueline Assessment Services, will test the affected controls under a change-specific Security Assessment Plan. We will provide the updated SSP sections, data flow diagram and inventory with the SAR addendum.' },
    { h2: 'Requested decision' },
    { p: 'We request the agency\'s approval of this significant change by September 15, 2025 so that assessment can begin; the target production date is November 3, 2025.' },
    { p: 'Respectfully,' },
    { p: 'Jonah Whitfield, Chief Information Security Officer, Kestrel Mobile, Inc.' },
  ];
}

function deviationForm(): Block[] {
  return [
    { p: 'Tessellate Corporation — Continuous Monitoring', bold: true },
    { title: 'Deviation Request' },
    { subtitle: 'Operational Requirement (OR) — POA&M item V-0142' },
    { h1: '1 Request Information' },
    { table: [['Field', 'Value'], ['DR number', 'DR-2025-017'], ['Deviation type', 'Operational Requirement'], ['POA&M ID', 'V-0142'], ['Original risk rating', 'High'], ['Scanner / plugin', 'Tenable Nessus 187315'], ['CVE', 'CVE-2023-48795 (Terrapin SSH prefix truncation)'], ['Affected assets', 'thrc-sftp-01, thrc-sftp-02 (10.40.2.11-12)'], ['Date submitted', '2025-09-02']] },
    { h1: '2 Justification' },
    { p: 'The SFTP gateways exchange payroll files with three agency customers whose legacy clients support only ChaCha20-Poly1305 and CBC-EtM ciphers. Disabling these ciphers would stop payroll file transfers. The vendor of the agency clients has no fix scheduled before Q2 2026.' },
    { h1: '3 Compensating Controls' },
    { bullets: ['Connections restricted by security group to the three agency IP ranges.', 'Strict key exchange (kex-strict) enabled on the server side where the client supports it.', 'File integrity verified by PGP signatures on every payroll file.', 'Monitoring: alerts on any SSH session from unexpected sources.'] },
    { h1: '4 Residual Risk' },
    { p: 'With the compensating controls, Tessellate assesses the residual risk as Moderate and requests that the item be kept open as an operational requirement and reviewed every 90 days.' },
    { h1: '5 Evidence' },
    { p: 'Attached: security group export, sshd_config, customer letters confirming client limitations.' },
    { h1: '6 Authorizing Official Decision' },
    { table: [['Decision', '☐ Approved  ☐ Approved with conditions  ☐ Denied'], ['Name / Signature', ''], ['Date', '']], header: false },
  ];
}

export async function letterDocs(): Promise<Eval4Doc[]> {
  return [
    {
      file: 'BlueHarbor_FRHA_ATO_signed.pdf',
      expected: 'ATO_LETTER',
      note: 'agency memorandum on letterhead granting an ATO, subject line and signature block',
      data: await pdf({ meta: { title: 'BHCM ATO Memo', author: 'FRHA OCIO' }, blocks: frhaAto() }, { font: 'times', producer: 'Adobe Acrobat Pro (64-bit) 24.3' }),
    },
    {
      file: 'Letter_to_Acme_2025-10-03.docx',
      expected: 'ATO_LETTER',
      note: 'hard: a letter whose type is only clear from its body ("Re: Security authorization decision"; "this authorization to operate is granted for three years")',
      data: await docx({ meta: { author: 'OGM OCIO Front Office' }, blocks: ogmDecision() }),
    },
    {
      file: 'SCR-2025-04 Aurora migration.docx',
      expected: 'SIGNIFICANT_CHANGE_REQUEST',
      note: 'significant change request form with security impact analysis',
      data: await docx({ meta: { title: 'Significant Change Request', author: 'Dana Lindqvist' }, header: 'Acme Ledger, Inc. — CUI', blocks: scrForm() }),
    },
    {
      file: 'KFMP_change_notice_Aug2025.pdf',
      expected: 'SIGNIFICANT_CHANGE_REQUEST',
      note: 'hard: narrative letter requesting approval of a significant change (no form)',
      data: await pdf({ meta: { author: 'Jonah Whitfield' }, blocks: kestrelChangeLetter() }),
    },
    {
      file: 'DR-2025-017_V-0142.docx',
      expected: 'DEVIATION_REQUEST',
      note: 'operational-requirement deviation request for one POA&M item',
      data: await docx({ meta: { title: 'DR-2025-017', author: 'Nadia Ferreira' }, header: 'Tessellate HR Cloud — CUI', blocks: deviationForm() }),
    },
  ];
}
