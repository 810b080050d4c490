/** Hard look-alikes from the life of a CSP in continuous monitoring: none of them is a FedRAMP deliverable. */
import { BH, BR, H1, H2, OL, P, SP, T, TITLE, UL, csv, docx, fill, headerStyle, pdf, widths, xlsx } from './kit.js';
import type { Block } from './kit.js';
import { AGENCIES, CSO, CSO_ABBR, CSP, PEOPLE, PKG, TPAO, TPAO_SHORT } from './world.js';
import type { CorpusDoc } from './world.js';

// 1 ------------------------------------------------------------------ ConMon monthly executive summary / cover memo

async function conmonCoverMemo(): Promise<Buffer> {
  const body: Block[] = [
    P(CSP, { bold: true, size: 13 }),
    P('11950 Freedom Drive, Suite 400 · Reston, VA 20190', { size: 9 }),
    SP(1),
    T([['TO:', `Authorizing Official representatives — ${AGENCIES.dot}; ${AGENCIES.dol}; ${AGENCIES.sba}`], ['FROM:', `${PEOPLE.isso}, Information System Security Officer, ${CSO}`], ['DATE:', 'August 14, 2025'], ['RE:', `${CSO} (${PKG}) — July 2025 Continuous Monitoring Submission — Executive Summary`]], { header: false, widths: [12, 88] }),
    SP(1),
    P(`This memorandum accompanies the July 2025 continuous monitoring submission for ${CSO}, uploaded today to the FedRAMP secure repository (folder /ConMon/2025-07/). It summarizes the month's results; the authoritative records are the deliverables themselves.`),
    BH('Contents of the submission'),
    T([['File', 'Description'], ['LCG_POAM_2025-07.xlsx', 'Updated Plan of Action and Milestones'], ['LCG-PRD_Monthly_Credentialed_OS_Scan_2025-07.nessus and Tenable.sc CSV', 'Operating system and infrastructure scans'], ['DB_VA_July.xlsx', 'Database scan results'], ['zap-report.json; Invicti export', 'Web application scan results'], ['recon-worker-2025.07.1.json and 22 other Trivy reports', 'Container image scans'], ['LCG_IIW_2025-07.xlsx', 'Integrated inventory'], ['DR-2025-07.docx; Book1 (2).xlsx', 'Two deviation requests (risk adjustment; false positives)']], { widths: [45, 55] }),
    BH('Highlights'),
    UL([
      'Scan coverage: 26 of 26 inventoried hosts were scanned with successful authentication (100%); 2 of 2 databases; 2 of 2 web applications; 23 of 23 production images.',
      'New findings: 1 high (CVE-2024-6387 on three management hosts, remediated 07/21 — 18 days), 2 moderate, 4 low.',
      'Closed this month: 3 items, including the KEV-listed Apache Tomcat vulnerability on lcg-prd-etl01.',
      'Overdue items: 1 moderate (PostgreSQL minor upgrade on the reporting replica, 14 days late; vendor maintenance window dependency).',
      'Deviation requests submitted: DR-2025-07 (risk adjustment) and DR-2025-08 (false positives).',
      'No significant changes were implemented in July. SCR-2025-02 (Reconciliation Assistant) will be submitted in August.',
      'No security incidents were reported to agencies during the period.',
    ]),
    BH('Open POA&M items by risk (end of month)'),
    T([['Risk', 'June', 'July', 'Change'], ['High', '1', '1', '0'], ['Moderate', '10', '9', '−1'], ['Low', '7', '6', '−1']]),
    BH('Next steps'),
    P('The monthly continuous monitoring meeting with DOT, DOL and SBA is scheduled for August 20, 2025 at 1:00 p.m. Eastern. Please send questions on the submission to the ISSO before the meeting so that answers can be prepared.'),
    SP(1),
    P(`${PEOPLE.isso}\nISSO, ${CSO}\n(703) 555-0188`),
  ];
  return docx(body, { core: { title: 'ConMon Cover Memo', creator: PEOPLE.isso, lastModifiedBy: PEOPLE.isso, created: '2025-08-14T12:00:00Z', modified: '2025-08-14T14:10:00Z' }, app: { company: CSP }, footer: 'CUI' });
}

// 2 ------------------------------------------------------------------ Qualys option profile export (scan configuration, not results)

function qualysOptionProfile(): string {
  return `<?xml version="1.0" encoding="UTF-8" ?>
<!DOCTYPE OPTION_PROFILES SYSTEM "https://qualysguard.qg1.apps.qualys.com/api/2.0/fo/subscription/option_profile/option_profile_info.dtd">
<OPTION_PROFILES>
  <OPTION_PROFILE>
    <BASIC_INFO>
      <ID>2841177</ID>
      <GROUP_NAME><![CDATA[FedRAMP Authenticated Monthly]]></GROUP_NAME>
      <GROUP_TYPE>user</GROUP_TYPE>
      <USER_ID><![CDATA[Priya Raman (mrdln_cm2)]]></USER_ID>
      <UNIT_ID>0</UNIT_ID>
      <SUBSCRIPTION_ID>118734</SUBSCRIPTION_ID>
      <IS_DEFAULT>0</IS_DEFAULT>
      <IS_GLOBAL>0</IS_GLOBAL>
      <IS_OFFLINE_SYNCABLE>0</IS_OFFLINE_SYNCABLE>
      <UPDATE_DATE>2025-06-30T14:03:11Z</UPDATE_DATE>
    </BASIC_INFO>
    <SCAN>
      <PORTS>
        <TCP_PORTS>
          <TCP_PORTS_TYPE>full</TCP_PORTS_TYPE>
          <THREE_WAY_HANDSHAKE>0</THREE_WAY_HANDSHAKE>
        </TCP_PORTS>
        <UDP_PORTS>
          <UDP_PORTS_TYPE>standard</UDP_PORTS_TYPE>
        </UDP_PORTS>
        <AUTHORITATIVE_OPTION>0</AUTHORITATIVE_OPTION>
      </PORTS>
      <SCAN_DEAD_HOSTS>0</SCAN_DEAD_HOSTS>
      <CLOSE_VULNERABILITIES>
        <HOST_NOT_FOUND_ALIVE>1</HOST_NOT_FOUND_ALIVE>
      </CLOSE_VULNERABILITIES>
      <PURGE_OLD_HOST_OS_CHANGED>0</PURGE_OLD_HOST_OS_CHANGED>
      <PERFORMANCE>
        <PARALLEL_SCALING>0</PARALLEL_SCALING>
        <OVERALL_PERFORMANCE>Normal</OVERALL_PERFORMANCE>
        <HOSTS_TO_SCAN>
          <EXTERNAL_SCANNERS>15</EXTERNAL_SCANNERS>
          <SCANNER_APPLIANCES>30</SCANNER_APPLIANCES>
        </HOSTS_TO_SCAN>
        <PROCESSES_TO_RUN>
          <TOTAL_PROCESSES>10</TOTAL_PROCESSES>
          <HTTP_PROCESSES>10</HTTP_PROCESSES>
        </PROCESSES_TO_RUN>
        <PACKET_DELAY>Medium</PACKET_DELAY>
        <PORT_SCANNING_AND_HOST_DISCOVERY>Normal</PORT_SCANNING_AND_HOST_DISCOVERY>
      </PERFORMANCE>
      <LOAD_BALANCER_DETECTION>0</LOAD_BALANCER_DETECTION>
      <VULNERABILITY_DETECTION>
        <COMPLETE>1</COMPLETE>
        <DETECTION_INCLUDE>
          <BASIC_HOST_INFO_CHECKS>1</BASIC_HOST_INFO_CHECKS>
          <OVAL_CHECKS>1</OVAL_CHECKS>
        </DETECTION_INCLUDE>
      </VULNERABILITY_DETECTION>
      <AUTHENTICATION>Unix,PostgreSQL</AUTHENTICATION>
      <ADDL_CERT_DETECTION>1</ADDL_CERT_DETECTION>
    </SCAN>
    <MAP>
      <BASIC_INFO_GATHERING_ON>registered</BASIC_INFO_GATHERING_ON>
      <TCP_PORTS>
        <STANDARD_SCAN>1</STANDARD_SCAN>
      </TCP_PORTS>
      <MAP_OPTIONS>
        <PERFORM_LIVE_HOST_SWEEP>1</PERFORM_LIVE_HOST_SWEEP>
        <DISABLE_DNS_TRAFFIC>0</DISABLE_DNS_TRAFFIC>
      </MAP_OPTIONS>
    </MAP>
    <ADDITIONAL>
      <HOST_DISCOVERY>
        <TCP_PORTS><STANDARD_SCAN>1</STANDARD_SCAN></TCP_PORTS>
        <UDP_PORTS><STANDARD_SCAN>1</STANDARD_SCAN></UDP_PORTS>
        <ICMP>1</ICMP>
      </HOST_DISCOVERY>
      <PACKET_OPTIONS>
        <IGNORE_FIREWALL_GENERATED_TCP_RST>1</IGNORE_FIREWALL_GENERATED_TCP_RST>
        <IGNORE_ALL_TCP_RST>0</IGNORE_ALL_TCP_RST>
      </PACKET_OPTIONS>
    </ADDITIONAL>
    <!-- Option profile required by the Meridian Ledger vulnerability scanning standard: full TCP, authenticated, no dead-host scanning. Review annually. -->
  </OPTION_PROFILE>
</OPTION_PROFILES>
`;
}

// 3 ------------------------------------------------------------------ Patch schedule

async function patchSchedule(): Promise<Buffer> {
  const months = ['Aug 2025', 'Sep 2025', 'Oct 2025', 'Nov 2025', 'Dec 2025', 'Jan 2026'];
  return xlsx((wb) => {
    const ws = wb.addWorksheet('FY26 Patch Calendar');
    fill(ws, 1, [
      [`${CSO_ABBR} Production Patch & Maintenance Calendar — FY2026 (H1)`],
      ['All times Eastern. Windows approved by the CCB on 07/22/2025. Agencies are notified 5 business days in advance.'],
      [],
      ['Month', 'AMI Release', 'Node Group Roll (prod-west)', 'Node Group Roll (dr-east)', 'RDS/Aurora Window', 'App Release Freeze', 'Owner', 'Notes'],
      ...months.map((m, i) => [m, `2025.${String(8 + i > 12 ? 8 + i - 12 : 8 + i).padStart(2, '0')}`, `2nd Tue 22:00-02:00`, `2nd Thu 22:00-02:00`, i % 2 === 0 ? '3rd Sat 06:00-10:00' : 'none', i === 4 ? '12/15–01/05 (year-end close)' : '', PEOPLE.cloudOps, i === 2 ? 'Aurora 15.10 → 15.13 minor upgrade' : i === 0 ? 'Includes reporting replica upgrade' : '']),
    ]);
    ws.getRow(1).font = { bold: true, size: 13 };
    headerStyle(ws, 4, 'FF7030A0');
    widths(ws, [12, 12, 24, 24, 20, 26, 18, 40]);
    const oob = wb.addWorksheet('Out-of-band');
    fill(oob, 1, [['Trigger', 'Max time to patch', 'Approval'], ['KEV-listed vulnerability', 'KEV due date or 14 days, whichever is earlier', 'CCB chair + ISSO (emergency change)'], ['Critical CVSS ≥ 9 internet-facing', '7 days', 'Emergency change'], ['Vendor zero-day advisory', 'Per incident commander', 'Emergency change']], { bold: [1] });
  }, { creator: PEOPLE.cloudOps, lastModifiedBy: PEOPLE.cloudOps, created: '2025-07-22T10:00:00Z', modified: '2025-07-23T10:00:00Z' });
}

// 4 ------------------------------------------------------------------ Change advisory board log

function cabLog(): string {
  const rows: string[][] = [
    ['Change #', 'Submitted', 'Title', 'Type', 'Risk', 'Requester', 'CAB Date', 'Decision', 'Security Impact Analysis', 'Significant Change?', 'Implemented', 'Notes'],
    ['CAB-0725-03', '2025-07-01', 'Monthly AMI roll 2025.07 (prod-west)', 'Standard', 'Low', 'L. Echevarria', '2025-07-01', 'Pre-approved', 'N/A (standard)', 'No', '2025-07-08', ''],
    ['CAB-0725-06', '2025-07-03', 'Emergency: upgrade OpenSSH on mgmt hosts (CVE-2024-6387)', 'Emergency', 'Medium', 'K. Bramhall', '2025-07-08', 'Ratified', 'Completed by ISSO', 'No', '2025-07-21', 'Ratified after implementation'],
    ['CAB-0725-09', '2025-07-07', 'Increase API HPA max replicas 12 → 18', 'Normal', 'Low', 'A. Ferris', '2025-07-08', 'Approved', 'No control impact', 'No', '2025-07-10', ''],
    ['CAB-0725-11', '2025-07-09', 'Enable log_connections on Aurora parameter group', 'Normal', 'Low', 'DBA team', '2025-07-15', 'Approved', 'Improves AU-12', 'No', '2025-07-19', 'Closes SAR finding SC-01'],
    ['CAB-0725-14', '2025-07-14', 'Reporting replica minor upgrade 15.6 → 15.10', 'Normal', 'Medium', 'DBA team', '2025-07-15', 'Deferred', 'No control impact', 'No', '', 'Moved to August window (replica lag during close)'],
    ['CAB-0725-17', '2025-07-16', 'WAF rule: block /admin/legacy from internet', 'Normal', 'Low', 'K. Bramhall', '2025-07-22', 'Approved', 'Improves SC-7', 'No', '2025-07-23', ''],
    ['CAB-0725-19', '2025-07-21', 'Reconciliation Assistant (Bedrock) — design review', 'Normal', 'High', 'T. Kowalczyk', '2025-07-29', 'Approved for SCR submission', 'New leveraged service; boundary change', 'Yes', '', 'Do not implement before agency approval'],
    ['CAB-0725-22', '2025-07-24', 'Rotate TLS certificate for api endpoint', 'Standard', 'Low', 'L. Echevarria', '2025-07-24', 'Pre-approved', 'N/A (standard)', 'No', '2025-07-25', ''],
    ['CAB-0725-24', '2025-07-28', 'Terraform provider upgrade aws 5.x → 6.x', 'Normal', 'Medium', 'L. Echevarria', '2025-07-29', 'Rejected', 'Insufficient test evidence', 'No', '', 'Resubmit with plan diff for all workspaces'],
  ];
  return csv(rows);
}

// 5 ------------------------------------------------------------------ Corporate CMDB export

function cmdbExport(): string {
  const rows: string[][] = [['sys_id', 'name', 'sys_class_name', 'category', 'assigned_to', 'department', 'location', 'install_status', 'manufacturer', 'model_id', 'serial_number', 'os', 'warranty_expiration', 'cost_center', 'sys_updated_on']];
  const people = ['A. Ferris', 'B. Lindqvist', 'C. Montoya', 'D. Whitfield', 'E. Nakamura', 'F. Osei', 'G. Petrov', 'H. Quinn'];
  const depts = ['Engineering', 'Finance', 'Sales', 'Security', 'People Ops', 'Customer Success'];
  for (let i = 0; i < 36; i++) {
    const laptop = i % 4 !== 3;
    rows.push([
      (0x9f3a0000 + i * 7919).toString(16).padStart(8, '0') + 'db1c2d10a1b2c3d4e5f60718',
      laptop ? `MLS-LT-${String(1040 + i)}` : `MLS-RST-${['PRN', 'ZR', 'AP', 'SW'][i % 4]}-${String(10 + i)}`,
      laptop ? 'cmdb_ci_computer' : i % 8 === 3 ? 'cmdb_ci_printer' : 'cmdb_ci_netgear',
      laptop ? 'Hardware' : 'Network',
      laptop ? (people[i % people.length] ?? '') : 'IT Service Desk',
      depts[i % depts.length] ?? '',
      i % 5 === 0 ? 'Remote - Home Office' : 'Reston HQ - Floor 4',
      i % 11 === 0 ? 'Retired' : 'Installed',
      laptop ? (i % 2 ? 'Apple' : 'Lenovo') : i % 8 === 3 ? 'HP' : 'Cisco Meraki',
      laptop ? (i % 2 ? 'MacBook Pro 14 M3' : 'ThinkPad T14s Gen 4') : i % 8 === 3 ? 'Color LaserJet M555' : 'MR46',
      `C02${(i * 104729).toString(36).toUpperCase().padStart(7, '0')}`,
      laptop ? (i % 2 ? 'macOS 14.6' : 'Windows 11 23H2') : '',
      `2027-0${1 + (i % 9)}-15`,
      `CC-${400 + (i % 6) * 10}`,
      '2025-07-30 18:22:04',
    ]);
  }
  return csv(rows, { eol: '\n' });
}

// 6 ------------------------------------------------------------------ Enterprise risk register

async function riskRegister(): Promise<Buffer> {
  const risks: (string | number)[][] = [
    ['ERR-001', 'Key person dependency on the FedRAMP ISSO', 'Operational', 4, 3, 12, 'Cross-train ConMon lead; document runbooks', PEOPLE.ciso, 'Mitigating', '09/30/2025'],
    ['ERR-002', 'Loss of the DOT sponsorship at contract recompete', 'Strategic', 2, 5, 10, 'Diversify agency customers (DOL, SBA onboarded)', PEOPLE.ceo, 'Accepting', 'n/a'],
    ['ERR-003', 'Concentration on a single cloud provider (AWS GovCloud)', 'Strategic', 2, 4, 8, 'Multi-region; evaluate portability of data tier', PEOPLE.vpEng, 'Accepting', 'n/a'],
    ['ERR-004', 'Cost of annual 3PAO assessment exceeds budget', 'Financial', 3, 2, 6, 'Negotiate three-year agreement with the 3PAO', 'CFO', 'Mitigating', '11/01/2025'],
    ['ERR-005', 'Vendor TreasuryFmt delays Java 21 release', 'Third party', 3, 3, 9, 'Escrow; monthly vendor check-ins; alternate formatter PoC', PEOPLE.vpEng, 'Mitigating', '03/31/2026'],
    ['ERR-006', 'Ransomware affecting corporate IT (outside FedRAMP boundary)', 'Cyber', 3, 4, 12, 'EDR; immutable backups; tabletop exercise', PEOPLE.ciso, 'Mitigating', '12/31/2025'],
    ['ERR-007', 'Regulatory change: FedRAMP 20x / consolidated rules', 'Compliance', 4, 3, 12, 'Track PMO announcements; invest in OSCAL tooling', PEOPLE.conmon, 'Monitoring', 'quarterly'],
    ['ERR-008', 'Attrition in platform engineering', 'People', 3, 3, 9, 'Retention bonuses; hiring pipeline', 'VP People', 'Mitigating', '10/15/2025'],
    ['ERR-009', 'Customer payment file errors blamed on LCG', 'Reputational', 2, 3, 6, 'Validation reports; customer training', 'Customer Success Director', 'Mitigating', 'ongoing'],
  ];
  return xlsx((wb) => {
    const ws = wb.addWorksheet('Risk Register');
    fill(ws, 1, [
      [`${CSP} — Enterprise Risk Register — Q3 FY2025`],
      ['Scoring: Likelihood (1–5) × Impact (1–5). Reviewed by the Executive Risk Committee quarterly.'],
      [],
      ['Risk ID', 'Risk Description', 'Category', 'Likelihood', 'Impact', 'Score', 'Response / Treatment', 'Risk Owner', 'Status', 'Target Date'],
      ...risks,
    ], { wrap: true });
    ws.getRow(1).font = { bold: true, size: 13 };
    headerStyle(ws, 4, 'FFC00000');
    widths(ws, [10, 50, 14, 10, 8, 8, 50, 22, 12, 12]);
    const heat = wb.addWorksheet('Heat Map');
    fill(heat, 1, [['Impact \\ Likelihood', 1, 2, 3, 4, 5], [5, '', 'ERR-002', '', '', ''], [4, '', 'ERR-003', 'ERR-006', '', ''], [3, '', 'ERR-009', 'ERR-005, ERR-008', 'ERR-001, ERR-007', ''], [2, '', '', 'ERR-004', '', ''], [1, '', '', '', '', '']], { bold: [1] });
  }, { creator: 'Executive Risk Committee', lastModifiedBy: PEOPLE.ciso, created: '2024-10-01T12:00:00Z', modified: '2025-07-18T12:00:00Z', company: CSP });
}

// 7 ------------------------------------------------------------------ Pentest scoping questionnaire

async function pentestScoping(): Promise<Buffer> {
  const q = (n: string, question: string, answer: string): string[] => [n, question, answer];
  const body: Block[] = [
    P(TPAO, { bold: true }),
    TITLE('Penetration Test Scoping Questionnaire', 20),
    P(`Client: ${CSP} — Engagement: ${CSO} 2025 annual assessment`, { align: 'center' }),
    P(`Please complete and return to ${PEOPLE.pentestLead} (josei@coastlineassurance.example) by April 11, 2025. Your answers are used to estimate the level of effort and to draft the penetration test portion of the assessment plan. This questionnaire is not itself a test plan and does not authorize any testing.`, { size: 10 }),
    H1('Section A — Environment'),
    T([
      ['#', 'Question', 'CSP Response'],
      q('A1', 'How many externally reachable IP addresses and hostnames are in the authorization boundary?', '2 hostnames (app, api) behind one ALB; 3 Elastic IPs for NAT egress only.'),
      q('A2', 'How many internal hosts, containers and databases are in scope?', '26 hosts (14 EKS nodes), 23 images, 2 database clusters.'),
      q('A3', 'Which cloud service provider(s) and regions host the system?', 'AWS GovCloud (US-West), warm standby in US-East.'),
      q('A4', 'Is there a mobile application?', 'No.'),
      q('A5', 'Number of distinct user roles in the application?', '4 agency roles, 3 internal operator roles.'),
      q('A6', 'Number of API endpoints (approximate) and is an OpenAPI specification available?', '~140 endpoints; OpenAPI 3.1 spec available.'),
    ], { widths: [6, 54, 40] }),
    H1('Section B — Constraints'),
    T([
      ['#', 'Question', 'CSP Response'],
      q('B1', 'Preferred testing window and blackout dates?', 'June 2–27; avoid June 30 (quarter close).'),
      q('B2', 'Can test tenants be provisioned in production?', 'Yes, two tenants (T-TEST-A, T-TEST-B).'),
      q('B3', 'Is social engineering (phishing) permitted? Against whom?', 'Yes, operations staff only (12 people); HR approval obtained.'),
      q('B4', 'Are there systems that must not be tested or require special handling?', 'Treasury sFTP interconnection — no testing of the Treasury side.'),
      q('B5', 'Will the AWS penetration testing policy be reviewed by your team?', 'Yes; permitted services confirmed.'),
    ], { widths: [6, 54, 40] }),
    H1('Section C — Contacts'),
    T([['Role', 'Name', 'Phone'], ['Technical POC', PEOPLE.cloudOps, '(703) 555-0176'], ['Security POC', PEOPLE.isso, '(703) 555-0188'], ['Escalation', PEOPLE.ciso, '(703) 555-0101']]),
    P(`Completed by: ${PEOPLE.isso}, 04/09/2025`),
  ];
  return docx(body, { core: { title: 'Scoping Questionnaire v3', creator: PEOPLE.pentestLead, lastModifiedBy: PEOPLE.isso, created: '2023-01-04T12:00:00Z', modified: '2025-04-09T17:00:00Z' }, app: { company: TPAO }, header: `${TPAO_SHORT} — Confidential`, pageNumbers: true });
}

// 8 ------------------------------------------------------------------ CISA KEV catalog extract

function kevExtract(): string {
  const rows: string[][] = [['cveID', 'vendorProject', 'product', 'vulnerabilityName', 'dateAdded', 'shortDescription', 'requiredAction', 'dueDate', 'knownRansomwareCampaignUse', 'notes', 'cwes', 'LCG_applicable']];
  const kev: string[][] = [
    ['CVE-2025-24813', 'Apache', 'Tomcat', 'Apache Tomcat Path Equivalence Vulnerability', '2025-04-01', 'Apache Tomcat contains a path equivalence vulnerability that allows a remote attacker to execute code, disclose information, or inject content into uploaded files via a write-enabled default servlet.', 'Apply mitigations per vendor instructions or discontinue use of the product if mitigations are unavailable.', '2025-04-22', 'Unknown', 'https://lists.apache.org/thread/j5fkjv2k477os90nczf2v9l61fb0kkgq', 'CWE-44;CWE-502', 'YES - lcg-prd-etl01'],
    ['CVE-2024-53104', 'Linux', 'Kernel', 'Linux Kernel Out-of-Bounds Write Vulnerability', '2025-02-05', 'Linux kernel contains an out-of-bounds write vulnerability in the USB Video Class driver that allows for physical escalation of privilege.', 'Apply mitigations per vendor instructions or discontinue use of the product if mitigations are unavailable.', '2025-02-26', 'Unknown', '', 'CWE-787', 'YES - AL2023 kernel'],
    ['CVE-2020-11023', 'JQuery', 'JQuery', 'JQuery Cross-Site Scripting (XSS) Vulnerability', '2025-01-23', 'JQuery contains a persistent cross-site scripting vulnerability. When passing maliciously formed, untrusted input enclosed in HTML tags, JQuery\'s DOM manipulators can execute untrusted code.', 'Apply mitigations per vendor instructions or discontinue use of the product if mitigations are unavailable.', '2025-02-13', 'Unknown', '', 'CWE-79', 'YES - legacy admin console'],
    ['CVE-2024-3400', 'Palo Alto Networks', 'PAN-OS', 'Palo Alto Networks PAN-OS Command Injection Vulnerability', '2024-04-12', 'Palo Alto Networks PAN-OS GlobalProtect feature contains a command injection vulnerability.', 'Apply mitigations per vendor instructions.', '2024-04-19', 'Known', '', 'CWE-77', 'NO - not used'],
    ['CVE-2023-4966', 'Citrix', 'NetScaler ADC and Gateway', 'Citrix NetScaler ADC and Gateway Buffer Overflow Vulnerability', '2023-10-18', 'Citrix NetScaler ADC and Gateway contain a buffer overflow vulnerability that allows for sensitive information disclosure.', 'Apply updates per vendor instructions.', '2023-11-08', 'Known', '', 'CWE-119', 'NO - not used'],
    ['CVE-2024-1709', 'ConnectWise', 'ScreenConnect', 'ConnectWise ScreenConnect Authentication Bypass Vulnerability', '2024-02-22', 'ConnectWise ScreenConnect contains an authentication bypass vulnerability.', 'Apply mitigations per vendor instructions.', '2024-02-29', 'Known', '', 'CWE-288', 'NO - not used'],
    ['CVE-2023-4911', 'GNU', 'GNU C Library', 'GNU C Library Buffer Overflow Vulnerability', '2023-11-21', 'GNU C Library dynamic loader ld.so contains a buffer overflow vulnerability when processing the GLIBC_TUNABLES environment variable.', 'Apply mitigations per vendor instructions.', '2023-12-12', 'Unknown', '', 'CWE-122', 'YES - closed'],
  ];
  return csv([...rows, ...kev]);
}

// 9 ------------------------------------------------------------------ Budget spreadsheet

async function budget(): Promise<Buffer> {
  const lines: (string | number)[][] = [
    ['3PAO annual assessment (Coastline Assurance)', 'Assessment', 186000, 192000, 'Three-year agreement under negotiation'],
    ['3PAO significant change assessments (2 planned)', 'Assessment', 48000, 60000, 'SCR-2025-02, SCR-2025-03'],
    ['Tenable Security Center + Nessus scanners', 'Tooling', 74000, 77500, ''],
    ['Invicti Enterprise (web scanning)', 'Tooling', 41000, 43000, ''],
    ['Splunk Cloud for Government', 'Tooling', 212000, 230000, 'Ingest growth 8%'],
    ['Okta for Government', 'Tooling', 38500, 40000, ''],
    ['GRC platform and OSCAL tooling', 'Tooling', 0, 55000, 'FedRAMP 20x readiness'],
    ['ISSO and ConMon staff (2.5 FTE)', 'Personnel', 465000, 490000, ''],
    ['Security engineering contractors', 'Personnel', 120000, 90000, 'Reduced after automation'],
    ['Training and certifications', 'Personnel', 18000, 22000, ''],
    ['FedRAMP-related legal review', 'Professional services', 25000, 25000, ''],
  ];
  return xlsx((wb) => {
    const ws = wb.addWorksheet('FY26 Budget');
    fill(ws, 1, [
      ['Security & Compliance Budget — FY2026 Request'],
      [`${CSP} — prepared by ${PEOPLE.ciso} — submitted to the CFO 07/31/2025`],
      [],
      ['Line Item', 'Category', 'FY2025 Actual ($)', 'FY2026 Request ($)', 'Notes'],
      ...lines,
    ]);
    const last = 4 + lines.length;
    ws.getCell(`A${last + 1}`).value = 'Total';
    ws.getCell(`C${last + 1}`).value = { formula: `SUM(C5:C${last})`, result: lines.reduce((a, l) => a + Number(l[2]), 0) };
    ws.getCell(`D${last + 1}`).value = { formula: `SUM(D5:D${last})`, result: lines.reduce((a, l) => a + Number(l[3]), 0) };
    ws.getRow(last + 1).font = { bold: true };
    ws.getRow(1).font = { bold: true, size: 14 };
    headerStyle(ws, 4, 'FF375623');
    widths(ws, [50, 20, 18, 18, 40]);
    for (let r = 5; r <= last + 1; r++) {
      ws.getCell(`C${r}`).numFmt = '#,##0';
      ws.getCell(`D${r}`).numFmt = '#,##0';
    }
  }, { creator: PEOPLE.ciso, lastModifiedBy: 'CFO Office', created: '2025-07-10T12:00:00Z', modified: '2025-07-31T12:00:00Z', company: CSP });
}

// 10 ------------------------------------------------------------------ ConMon status dashboard CSV

function dashboardCsv(): string {
  const rows: (string | number)[][] = [['month', 'hosts_inventoried', 'hosts_scanned_auth', 'auth_scan_pct', 'open_high', 'open_moderate', 'open_low', 'overdue_items', 'kev_open', 'new_items', 'closed_items', 'drs_pending', 'deliverable_on_time', 'agency_comments_open']];
  const data = [
    ['2025-01', 24, 24, 100, 2, 12, 9, 2, 1, 6, 4, 1, 'Y', 3],
    ['2025-02', 24, 23, 95.8, 2, 13, 9, 3, 1, 4, 3, 1, 'Y', 2],
    ['2025-03', 25, 25, 100, 1, 12, 8, 2, 0, 3, 5, 0, 'Y', 1],
    ['2025-04', 26, 26, 100, 2, 11, 8, 1, 1, 5, 5, 0, 'N', 4],
    ['2025-05', 26, 26, 100, 1, 11, 7, 1, 0, 2, 4, 1, 'Y', 1],
    ['2025-06', 26, 25, 96.2, 1, 10, 7, 1, 0, 3, 4, 1, 'Y', 0],
    ['2025-07', 26, 26, 100, 1, 9, 6, 1, 0, 7, 9, 2, 'Y', 0],
  ];
  return csv([...rows, ...data], { eol: '\n' });
}

// 11 ------------------------------------------------------------------ ConMon meeting minutes

function meetingMinutes(): string {
  return `# Monthly Continuous Monitoring Meeting — Minutes

**System:** ${CSO} (${PKG})
**Date:** Wednesday, July 16, 2025, 1:00–1:55 p.m. ET (Teams)
**Facilitator:** ${PEOPLE.isso} (ISSO, ${CSP})
**Note taker:** ${PEOPLE.conmon}

## Attendees

- ${AGENCIES.dot}: ${PEOPLE.dotISSO} (ISSO), two security analysts
- ${AGENCIES.dol}: ETA ISSO and one analyst
- ${AGENCIES.sba}: OCA security liaison (first meeting as observer)
- ${CSP}: ${PEOPLE.isso}, ${PEOPLE.conmon}, ${PEOPLE.secEng}, ${PEOPLE.cloudOps}
- ${TPAO}: ${PEOPLE.leadAssessor} (for item 4 only)

## Agenda

1. Review of action items from June
2. June deliverables — questions from agencies
3. Deviation requests
4. Annual assessment status
5. Upcoming changes
6. AOB

## Discussion

### 1. Action items from June

- *A-0625-1 (Meridian):* explain the drop in authenticated scan coverage in the June scans — **closed**. One EKS node was replaced during the scan window; the replacement was scanned on 06/12 and the results were added to the repository.
- *A-0625-2 (DOT):* confirm whether DOT needs the container scans in every submission — **closed**: yes, monthly.

### 2. June deliverables

DOT asked why the PostgreSQL item on the reporting replica is overdue. ${PEOPLE.cloudOps} explained the upgrade was deferred because replica lag during quarter close would have exceeded the RPO; the new date is the August maintenance window. DOT asked that the milestone change be recorded in the POA&M and that the item stay overdue rather than be re-dated. Agreed.

DOL noted that two inventory rows had no "In Latest Scan" value. ${PEOPLE.conmon} will correct the July inventory.

### 3. Deviation requests

Meridian previewed two requests to be submitted with the July package: a risk adjustment for deprecated TLS on the node-exporter endpoint, and false positives for back-ported Apache fixes. DOT will review both within 30 days. SBA asked to be included on the concurrence list from now on.

### 4. Annual assessment

${PEOPLE.leadAssessor} reported that testing finished on June 27. The draft report will be delivered on July 18 and the final on August 8. No high findings remain open; the OpenSSH issue found during testing is being patched under an emergency change.

### 5. Upcoming changes

Meridian gave notice of a planned significant change (AI-based reconciliation assistant using Amazon Bedrock). The request form will be submitted in August. DOT asked that the data-flow diagram show exactly which fields leave the application tier.

## Action items

| ID | Owner | Action | Due |
|----|-------|--------|-----|
| A-0725-1 | Meridian (P. Raman) | Fix "In Latest Scan" values in the inventory | 08/15 |
| A-0725-2 | Meridian (D. Whitfield) | Add SBA to the deviation request distribution | 07/25 |
| A-0725-3 | DOT (F. Delacroix) | Review DR-2025-07 and DR-2025-08 | 08/15 |
| A-0725-4 | Meridian (T. Kowalczyk) | Prepare the data-flow diagram for the assistant | 08/12 |

*Next meeting: Wednesday, August 20, 2025, 1:00 p.m. ET.*
`;
}

// 12 ------------------------------------------------------------------ Agency review comments letter

async function agencyReviewLetter(): Promise<Buffer> {
  const body: Block[] = [
    P('U.S. Department of Labor — Employment and Training Administration', { bold: true }),
    P('Office of the Chief Information Officer — Cybersecurity Division', { size: 10 }),
    SP(1),
    P('July 3, 2025'),
    P(`To: ${PEOPLE.isso}, ISSO, ${CSP}`),
    P(`Subject: ETA review of the May 2025 continuous monitoring deliverables — ${CSO}`, { bold: true }),
    P(`ETA has completed its review of the May 2025 continuous monitoring submission for ${CSO} (FedRAMP Package ${PKG}). This letter records our comments. It does not change the authorization status of the system, which remains in effect under the Authority to Operate issued on February 14, 2025.`),
    H2('Overall assessment'),
    P('The submission was complete and on time. Authenticated scan coverage was 100%. The number of open moderate items decreased from 11 to 10. ETA considers the continuous monitoring performance satisfactory for the period.'),
    H2('Comments requiring a response'),
    OL([
      'Two POA&M items show a scheduled completion date later than the FedRAMP remediation timeframe without a recorded milestone change. Please record the reason in the Milestone Changes column or submit a deviation request.',
      'The inventory lists 26 hosts while the Tenable.sc export lists 27 distinct IP addresses. Please reconcile the difference or explain the additional address.',
      'The web application scan file covers app.ledgercloud.gov.example but not the API endpoint. Please confirm that the API was scanned in May or include it in June.',
    ]),
    H2('Observations (no response required)'),
    UL(['ETA appreciates the early notice of the planned database engine upgrade.', 'ETA will participate in the DOT-led review of the upcoming significant change request.']),
    P('Please respond in writing by July 18, 2025, or address the comments in the June submission and note that you have done so in the cover memo.'),
    SP(1),
    P('Regards,'),
    P('ETA Information System Security Officer\nOn behalf of the ETA Authorizing Official'),
  ];
  return pdf(body, { meta: { title: 'ConMon Review - LCG - May 2025', author: 'ETA Cybersecurity' }, created: '2025-07-03T15:00:00Z', serif: true, footer: 'Internal agency correspondence — not for public release' });
}

// 13 ------------------------------------------------------------------ SOC 2 Type II report excerpt

async function soc2Report(): Promise<Buffer> {
  const body: Block[] = [
    TITLE(`${CSP}`, 20),
    TITLE('System and Organization Controls (SOC) 2 Type II Report', 16),
    P(`Report on ${CSP}'s Description of Its LedgerCloud Platform and on the Suitability of the Design and Operating Effectiveness of Its Controls Relevant to Security, Availability, and Confidentiality`, { align: 'center' }),
    P('For the period October 1, 2023 to September 30, 2024', { align: 'center', bold: true }),
    P('Prepared by Whitcombe & Lark LLP, Certified Public Accountants', { align: 'center' }),
    BR,
    H1('Section I — Independent Service Auditor\'s Report'),
    P(`To the Management of ${CSP}:`),
    H2('Scope'),
    P(`We have examined ${CSP}'s accompanying description of its LedgerCloud platform (commercial and government editions) throughout the period October 1, 2023 to September 30, 2024 based on the criteria for a description of a service organization's system in DC section 200, 2018 Description Criteria for a Description of a Service Organization's System in a SOC 2 Report (AICPA, Description Criteria), and the suitability of the design and operating effectiveness of controls stated in the description to provide reasonable assurance that the service organization's service commitments and system requirements were achieved based on the trust services criteria relevant to security, availability, and confidentiality set forth in TSP section 100, 2017 Trust Services Criteria (AICPA, Trust Services Criteria).`),
    H2('Service Organization\'s Responsibilities'),
    P('The service organization is responsible for its service commitments and system requirements and for designing, implementing, and operating effective controls within the system to provide reasonable assurance that the service commitments and system requirements were achieved.'),
    H2('Service Auditor\'s Responsibilities'),
    P('Our responsibility is to express an opinion on the description and on the suitability of the design and operating effectiveness of controls stated in the description based on our examination. Our examination was conducted in accordance with attestation standards established by the American Institute of Certified Public Accountants.'),
    H2('Opinion'),
    P('In our opinion, in all material respects, the description presents the LedgerCloud platform that was designed and implemented throughout the period in accordance with the description criteria; the controls stated in the description were suitably designed; and the controls operated effectively to provide reasonable assurance that the service commitments and system requirements were achieved based on the applicable trust services criteria.'),
    P('Whitcombe & Lark LLP — McLean, Virginia — November 22, 2024'),
    BR,
    H1('Section IV — Trust Services Criteria, Controls, Tests and Results (excerpt)'),
    T([
      ['Criteria', 'Control', 'Test Performed by Service Auditor', 'Results'],
      ['CC6.1', 'Access to production is restricted to authorized personnel through SSO with MFA.', 'Inspected IdP configuration; selected a sample of 25 users and inspected MFA enrollment.', 'No exceptions noted.'],
      ['CC6.2', 'New access is approved by the manager before provisioning.', 'Selected 25 new access requests and inspected approvals.', 'Exception: 1 of 25 approved after provisioning.'],
      ['CC7.1', 'Vulnerability scans are performed monthly and results reviewed.', 'Inspected scan reports for a sample of 3 months.', 'No exceptions noted.'],
      ['CC8.1', 'Changes are approved by the change advisory board before deployment.', 'Selected 40 changes and inspected approvals and testing evidence.', 'No exceptions noted.'],
      ['A1.2', 'Backups are performed daily and restores tested annually.', 'Inspected backup configuration and the annual restore test.', 'No exceptions noted.'],
    ], { widths: [10, 30, 38, 22], size: 8 }),
    P('Management\'s response to the exception in CC6.2: the access request was approved verbally and recorded late; the workflow now blocks provisioning before approval.'),
  ];
  return pdf(body, { meta: { title: 'Meridian Ledger SOC 2 Type II 2024', author: 'Whitcombe & Lark LLP', keywords: ['SOC 2', 'Type II', 'Trust Services Criteria'] }, created: '2024-11-22T12:00:00Z', header: 'Confidential — Use restricted to Meridian Ledger, its customers and prospective customers', pageNumbers: 'page-of' });
}

// 14 ------------------------------------------------------------------ 3PAO statement of work

async function statementOfWork(): Promise<Buffer> {
  const body: Block[] = [
    TITLE('Statement of Work', 22),
    P(`${TPAO} — Services for ${CSP}`, { align: 'center', bold: true }),
    P('SOW No. CAP-MLS-2025-01 under Master Services Agreement dated March 3, 2023', { align: 'center' }),
    H1('1. Background'),
    P(`${CSP} ("Client") operates ${CSO}, a cloud service offering with a FedRAMP Moderate authorization. Client is required to undergo an annual assessment by an accredited third-party assessment organization and to obtain assessments of significant changes. ${TPAO} ("Coastline") is an A2LA-accredited 3PAO.`),
    H1('2. Services'),
    UL([
      '2025 annual assessment: development of the assessment plan, control testing, vulnerability scanning, penetration testing, and the assessment report, in accordance with FedRAMP requirements.',
      'Up to two significant change assessments during the term, each scoped by change order.',
      'Monthly advisory hours (up to 8 per month) for continuous monitoring questions; these hours may not be used for any activity that would impair Coastline\'s independence.',
    ]),
    H1('3. Deliverables and Acceptance'),
    T([['Deliverable', 'Due', 'Acceptance'], ['Assessment plan (draft, final)', 'April–May 2025', 'Client factual review; agency approval'], ['Assessment report (draft, final)', 'July–August 2025', 'Client factual review'], ['Penetration test report', 'With the assessment report', 'Client factual review'], ['Significant change assessment reports', 'Per change order', 'Client factual review']]),
    P('Coastline\'s findings and recommendations are its independent professional judgment and are not subject to Client approval; Client acceptance is limited to factual accuracy.'),
    H1('4. Fees and Payment'),
    T([['Item', 'Fee (USD)'], ['Annual assessment (fixed fee)', '186,000'], ['Significant change assessment (each, estimate)', '24,000 – 30,000'], ['Advisory hours', '275 per hour'], ['Travel', 'Not expected; billed at cost if required']]),
    P('Invoices: 30% at plan approval, 50% at completion of testing, 20% at delivery of the final report. Payment terms net 30.'),
    H1('5. Term, Confidentiality and Independence'),
    P('This SOW runs from April 1, 2025 to March 31, 2026. The confidentiality provisions of the MSA apply; Coastline may share deliverables with the authorizing agencies and the FedRAMP PMO. Coastline confirms that no member of the assessment team has provided consulting services to Client on the design or implementation of the controls being assessed in the last two years.'),
    H1('6. Signatures'),
    T([['For Client', 'For Coastline'], [`${PEOPLE.ceo}, Chief Executive Officer`, 'Managing Partner'], ['Date: 03/18/2025', 'Date: 03/18/2025']], { header: false }),
  ];
  return docx(body, { core: { title: 'SOW - Meridian Ledger - 2025', creator: 'Coastline Contracts', lastModifiedBy: 'Coastline Contracts', created: '2025-03-01T12:00:00Z', modified: '2025-03-18T12:00:00Z' }, app: { company: TPAO }, footer: 'Confidential — Coastline Assurance Partners', pageNumbers: true });
}

// 15 ------------------------------------------------------------------ QBR / board presentation (slides exported to PDF)

async function boardDeck(): Promise<Buffer> {
  const slide = (title: string, bullets: string[]): Block[] => [BR, { k: 'title', text: title, size: 24, align: 'left' }, SP(1), UL(bullets)];
  const body: Block[] = [
    SP(4),
    { k: 'title', text: 'Public Sector Business Review', size: 30 },
    P('Board of Directors — Q2 FY2025', { align: 'center', size: 16 }),
    P(`${CSP} · Confidential · July 29, 2025`, { align: 'center', size: 12 }),
    ...slide('Federal business at a glance', ['3 agency customers on LedgerCloud Government (DOT, DOL, SBA); SBA signed in July.', 'Federal ARR $11.8M (+34% YoY); 22% of company ARR.', 'Pipeline: 5 qualified opportunities, $6.2M; two require FedRAMP High.', 'Net revenue retention 118%.']),
    ...slide('FedRAMP program health', ['Authorization in good standing; 2025 annual assessment completed with no open high findings.', 'Monthly continuous monitoring delivered on time 11 of the last 12 months.', 'Average time to remediate high vulnerabilities: 16 days (requirement 30).', 'Two deviation requests pending agency decision.']),
    ...slide('Investments requested', ['FedRAMP 20x readiness: OSCAL-native package and automated evidence ($55K tooling, 1 FTE).', 'FedRAMP High feasibility study ($80K).', 'AI reconciliation assistant — pending agency approval of the significant change.']),
    ...slide('Risks and asks', ['Key-person dependency in compliance team — hiring a second ISSO.', 'Vendor dependency (TreasuryFmt) blocks Java upgrade until Q1 2026.', 'Ask: approve the FY2026 security and compliance budget increase of 9%.']),
  ];
  return pdf(body, { meta: { title: 'Board QBR Q2 FY25 - Public Sector', author: 'Strategy & Ops', creator: 'Microsoft® PowerPoint® for Microsoft 365' }, created: '2025-07-29T12:00:00Z', landscape: true, pageNumbers: 'plain', footer: `${CSP} — Board Confidential` });
}

// 16 ------------------------------------------------------------------ Incident post-mortem

async function postMortem(): Promise<Buffer> {
  const body: Block[] = [
    TITLE('Post-Incident Review: INC-2025-0412', 20),
    P('Credential-stuffing attempts against the customer sign-in page', { align: 'center', bold: true }),
    T([['Incident ID', 'INC-2025-0412'], ['Severity', 'SEV-3'], ['Detected', '04/12/2025 02:14 UTC (WAF rate-based rule alarm)'], ['Resolved', '04/12/2025 05:40 UTC'], ['Incident Commander', PEOPLE.isso], ['Agencies notified', 'DOT, DOL — 04/12/2025 03:05 UTC (within 1 hour)'], ['Review date', '04/17/2025']], { header: false, widths: [30, 70] }),
    H1('Summary'),
    P('Between 02:00 and 03:30 UTC, approximately 41,000 sign-in requests from 2,300 IP addresses targeted the legacy username/password sign-in form that remains enabled for two API-only integration accounts. No account was compromised: the targeted usernames did not exist or were federated accounts that cannot sign in with a password. The WAF rate-based rule blocked 96% of requests; the remainder received generic errors.'),
    H1('Timeline (UTC)'),
    T([['Time', 'Event'], ['02:14', 'WAF alarm; SOC on-call paged'], ['02:31', 'SOC confirms credential-stuffing pattern; incident opened (SEV-3)'], ['02:50', 'Temporary WAF rule blocks the legacy form path for non-allow-listed IPs'], ['03:05', 'Agencies notified by e-mail and phone'], ['05:40', 'Traffic subsides; incident resolved'], ['04/13', 'Final notification to agencies']]),
    H1('Root Cause and Contributing Factors'),
    UL(['The legacy sign-in form was still reachable from the internet although only two integration accounts use it.', 'The rate-based rule threshold (2,000 requests per 5 minutes per IP) was too high for a distributed attack.']),
    H1('What Went Well'),
    UL(['Detection within 14 minutes; agency notification within the required hour.', 'Federation-only accounts were immune to password attacks.']),
    H1('Corrective Actions'),
    T([['#', 'Action', 'Owner', 'Due', 'Status'], ['1', 'Restrict the legacy form path to the allow-listed integration IPs permanently (CAB-0425-11)', PEOPLE.secEng, '04/25/2025', 'Done'], ['2', 'Migrate the two integration accounts to OAuth client credentials', 'A. Ferris', '06/30/2025', 'Done'], ['3', 'Lower the WAF rate threshold and add a bot-control rule group', PEOPLE.secEng, '05/09/2025', 'Done'], ['4', 'Add a credential-stuffing scenario to the annual incident response exercise', PEOPLE.isso, '02/2026', 'Open']]),
    P('No POA&M entry was required: the corrective actions were completed within the normal change process and no control was found deficient.'),
  ];
  return docx(body, { core: { title: 'PIR INC-2025-0412', creator: PEOPLE.secEng, lastModifiedBy: PEOPLE.isso, created: '2025-04-14T12:00:00Z', modified: '2025-04-17T18:00:00Z' }, app: { company: CSP }, header: 'Post-Incident Review — Internal', pageNumbers: true });
}

export async function unknownDocs(): Promise<CorpusDoc[]> {
  return [
    { file: 'ConMon_July2025_cover.docx', expected: 'UNKNOWN', note: 'Cover memo / executive summary of a monthly ConMon submission: lists and summarises the deliverables but is none of them.', data: await conmonCoverMemo() },
    { file: 'export_2841177.xml', expected: 'UNKNOWN', note: 'Qualys option profile export: scanner configuration, no scan results.', data: qualysOptionProfile() },
    { file: 'Patch_Calendar_FY26.xlsx', expected: 'UNKNOWN', note: 'Patch and maintenance window calendar; operational schedule, not a deliverable.', data: await patchSchedule() },
    { file: 'CAB_log_2025-07.csv', expected: 'UNKNOWN', note: 'Change advisory board log of routine changes (one flagged for a future SCR); not a change request form.', data: cabLog() },
    { file: 'cmdb_ci_export.csv', expected: 'UNKNOWN', note: 'ServiceNow corporate CMDB export of laptops and office network gear; not the FedRAMP system inventory.', data: cmdbExport() },
    { file: 'ERR_Q3.xlsx', expected: 'UNKNOWN', note: 'Enterprise risk register (strategic, financial, people risks); not a POA&M.', data: await riskRegister() },
    { file: 'CAP_Questionnaire_MLS.docx', expected: 'UNKNOWN', note: '3PAO penetration test scoping questionnaire completed by the CSP; explicitly not a test plan.', data: await pentestScoping() },
    { file: 'known_exploited_vulnerabilities_filtered.csv', expected: 'UNKNOWN', note: 'Extract of the CISA KEV catalog with an applicability column; reference data, not scan results.', data: kevExtract() },
    { file: 'upload (5).xlsx', expected: 'UNKNOWN', note: 'Security and compliance budget request spreadsheet.', data: await budget() },
    { file: 'data.csv', expected: 'UNKNOWN', note: 'Monthly ConMon KPI dashboard data (aggregate counts only).', data: dashboardCsv() },
    { file: 'minutes-2025-07-16.md', expected: 'UNKNOWN', note: 'Minutes of the monthly ConMon meeting with the agencies.', data: meetingMinutes() },
    { file: 'ETA_review_May2025.pdf', expected: 'UNKNOWN', note: 'Agency letter with review comments on a monthly ConMon submission; not an ATO letter.', data: await agencyReviewLetter() },
    { file: 'SOC2_TypeII_2024.pdf', expected: 'UNKNOWN', note: 'SOC 2 Type II report excerpt (auditor opinion and test results); not a FedRAMP SAR.', data: await soc2Report() },
    { file: 'SAP_draft_v0.3.docx', expected: 'UNKNOWN', note: '3PAO statement of work (services, fees, deliverables); the file name misleadingly says SAP.', data: await statementOfWork() },
    { file: 'Board_QBR_Q2FY25.pdf', expected: 'UNKNOWN', note: 'Board business review slides exported to PDF.', data: await boardDeck() },
    { file: 'doc-0601.docx', expected: 'UNKNOWN', note: 'Post-incident review of a single incident; not the Incident Response Plan.', data: await postMortem() },
  ];
}

