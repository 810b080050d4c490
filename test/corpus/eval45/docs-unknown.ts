/** eval45: look-alikes from the utility/OT world and the CSP's business that are not FedRAMP deliverables. */
import type { Block, CellValue } from './kit.js';
import { csv, renderDocx, renderMarkdown, renderPdf, renderText, renderXlsx, seeded } from './kit.js';
import { AGENCY, CSP, SYS_ABBR, SYSTEM, THREEPAO, revisionHistory } from './persona.js';
import type { EvalDoc } from './types.js';

const UTILITY = 'Cascade Ridge Public Power District';
const WATER = 'Sandhill Valley Water Authority';

function cip007Rows(): CellValue[][] {
  return [
    [`${UTILITY} - CIP-007-6 R2 Security Patch Management`],
    ['Patch Source Evaluation Log - 35-day cycle ending 02/27/2026', '', '', 'BES Cyber System: Harlan Creek Control Center (Medium Impact)'],
    [],
    ['Patch Source', 'Applicable Cyber Asset(s)', 'Patch / Release', 'Release Date', 'Date Identified', 'Evaluation Date', 'Applicable (Y/N)', 'Action', 'Mitigation Plan #', 'Install Date', 'Evaluated By', 'Reviewer'],
    ['Schweitzer Engineering Laboratories', 'SEL-3530 RTAC (HC-RTAC-01, -02)', 'R148-V5 firmware', '01/22/2026', '01/30/2026', '02/03/2026', 'Y', 'Install', '', '02/19/2026', 'T. Rasmussen', 'K. Doyle'],
    ['GE Vernova', 'iFIX 2023 HMI workstations (HC-HMI-01..04)', 'SP2 cumulative', '01/09/2026', '01/30/2026', '02/03/2026', 'Y', 'Mitigation plan', 'MP-2026-004', '', 'T. Rasmussen', 'K. Doyle'],
    ['Microsoft', 'Windows Server 2019 (HC-HIST-01 historian)', 'KB5034127', '02/10/2026', '02/11/2026', '02/12/2026', 'Y', 'Install', '', '02/24/2026', 'A. Lindqvist', 'K. Doyle'],
    ['Cisco', 'IE-4000 switches (ESP access)', 'IOS 15.2(8)E5', '12/15/2025', '01/30/2026', '02/03/2026', 'N', 'Not applicable - feature not enabled', '', '', 'A. Lindqvist', 'K. Doyle'],
    ['Waterfall Security', 'Unidirectional gateway (HC-UGW-01)', 'Connector pack 9.4', '02/02/2026', '02/06/2026', '02/09/2026', 'Y', 'Install', '', '03/03/2026', 'T. Rasmussen', 'K. Doyle'],
    [],
    ['Evidence retained per CIP-007-6 R2.2 / R2.3. Next evaluation cycle closes 04/03/2026.'],
  ];
}

function bcsRows(): CellValue[][] {
  return [
    ['CIP-002-5.1a Attachment 1 - BES Cyber System Categorization'],
    [UTILITY, '', 'Review date: 01/15/2026', 'Approved by CIP Senior Manager: R. Ellery'],
    ['BES Cyber System ID', 'Facility', 'Attachment 1 Criterion', 'Impact Rating', 'Description', 'Associated Cyber Assets', 'ESP', 'Notes'],
    ['BCS-CC-01', 'Harlan Creek Control Center', '2.12', 'Medium', 'Transmission operator control center EMS', 'EMS servers, operator consoles, ICCP', 'ESP-HC-01', 'Backup control center at Miller Butte'],
    ['BCS-SS-07', 'Granite Flats 230 kV Substation', '2.5', 'Medium', 'Substation protection and automation', 'RTAC, relays, station HMI', 'ESP-GF-01', '>3000 aggregate weighted value'],
    ['BCS-SS-12', 'Tamarack 115 kV Substation', '3.2', 'Low', 'Distribution substation automation', 'RTU, relays', 'n/a (LEAP)', 'Low impact - CIP-003 Att. 1'],
    ['BCS-GEN-02', 'Owl Rock Hydro Unit 2', '3.3', 'Low', 'Generation unit controls', 'Governor PLC, exciter HMI', 'n/a', ''],
  ];
}

function espDesc(): Block[] {
  return [
    { bold: 'CIP-005-7 R1 - Electronic Security Perimeter Description' },
    { p: `${UTILITY} - Harlan Creek Control Center (BCS-CC-01). Document CIP-005-ESP-HC-01, revision 6. Classification: BES Cyber System Information (BCSI).` },
    ...revisionHistory([{ date: '06/02/2025', version: '5', desc: 'Added unidirectional gateway to corporate historian', author: 'CIP Compliance' }, { date: '01/15/2026', version: '6', desc: 'Annual review; new EAP firewall pair', author: 'CIP Compliance' }]),
    { h: '1 Purpose' },
    { p: 'This document describes the Electronic Security Perimeter (ESP) that protects the Medium Impact BES Cyber System at the Harlan Creek Control Center, identifies each Electronic Access Point (EAP), and lists the inbound and outbound access permissions required by CIP-005-7 R1.' },
    { h: '2 ESP Boundary' },
    { p: 'All applicable Cyber Assets connected via a routable protocol reside within ESP-HC-01: EMS application servers, SCADA front-end processors, operator consoles, the ICCP server and the control-center historian. The ESP is bounded by a redundant Palo Alto PA-3410 firewall pair (EAP-HC-01A/B).' },
    { h: '3 Electronic Access Points' },
    { table: [['EAP', 'Device', 'Permitted inbound', 'Permitted outbound', 'Reason'], ['EAP-HC-01A/B', 'PA-3410 pair', 'Intermediate System (jump host) RDP from corporate IAM zone', 'NTP to corporate time source', 'Interactive Remote Access per CIP-005 R2'], ['EAP-HC-02', 'Waterfall unidirectional gateway', 'None (hardware one-way)', 'Historian replication to corporate PI server', 'Business historian replication']] },
    { h: '4 Interactive Remote Access' },
    { p: 'All Interactive Remote Access passes through the Intermediate System in the corporate DMZ with multi-factor authentication; vendor sessions are brokered and can be terminated by the control-center operator (CIP-005-7 R2.4, R2.5).' },
    { h: '5 Third-Party Monitoring' },
    { p: `Passive network metadata leaves the ESP only through the unidirectional gateway to a monitoring collector in the corporate DMZ that forwards to a cloud monitoring service (${SYSTEM}). The cloud service has no inbound path to the ESP; it is not an EACMS for this BES Cyber System.` },
    { h: '6 Malicious Communications Detection' },
    { p: 'Inbound and outbound communications at the EAP are inspected by the firewall threat prevention profile (CIP-005-7 R1.5).' },
  ];
}

function icsAssets(): string {
  const r = seeded(4530);
  const rows: CellValue[][] = [['Tag', 'Device Type', 'Vendor', 'Model', 'Firmware', 'IP Address', 'Protocol', 'Purdue Level', 'Plant Area', 'Criticality', 'Last Seen']];
  const types: (readonly [string, string, string, string, string])[] = [
    ['PLC', 'Rockwell Automation', 'ControlLogix 1756-L83E', 'v33.011', 'EtherNet/IP'],
    ['RTU', 'SEL', 'SEL-3505', 'R136', 'DNP3'],
    ['HMI', 'AVEVA', 'InTouch 2023', 'P01', 'OPC UA'],
    ['VFD', 'ABB', 'ACS880', '3.51', 'Modbus/TCP'],
    ['Flow meter', 'Endress+Hauser', 'Promag W 400', '01.03', 'Modbus/TCP'],
  ];
  for (let i = 0; i < 24; i++) {
    const t = types[i % types.length] ?? types[0]!;
    rows.push([`LS${String(100 + i)}-${t[0].replace(' ', '').toUpperCase()}`, t[0], t[1], t[2], t[3], `172.16.${10 + (i % 3)}.${20 + Math.floor(r() * 200)}`, t[4], t[0] === 'HMI' ? 'Level 2' : 'Level 1', ['Raw Water Intake', 'Filtration', 'High Service Pumps'][i % 3] ?? '', i % 4 === 0 ? 'High' : 'Medium', '2026-02-27']);
  }
  return `# ${WATER} - Lakeshore WTP - OT asset list exported from ${SYS_ABBR} Assets page 2026-02-27\n${csv(rows)}`;
}

function scadaAlarms(): string {
  const r = seeded(4531);
  const rows: CellValue[][] = [['Timestamp', 'Station', 'Point', 'Description', 'Priority', 'State', 'Value', 'Units', 'Ack By', 'Ack Time']];
  const pts: (readonly [string, string, string, string])[] = [
    ['GF230', 'GF230_BKR_412_STAT', 'Breaker 412 trip', 'A'],
    ['GF230', 'GF230_XFMR1_OIL_TEMP', 'Transformer 1 top oil temperature high', 'degC'],
    ['TMK115', 'TMK115_RTU_COMM', 'RTU communication fail', ''],
    ['HC-CC', 'ICCP_LINK_2', 'ICCP association down', ''],
    ['GF230', 'GF230_BUS_V', 'Bus voltage low', 'kV'],
  ];
  for (let i = 0; i < 30; i++) {
    const p = pts[i % pts.length] ?? pts[0]!;
    const t = new Date(Date.UTC(2026, 1, 14, 6, 0, 0) + i * 731000);
    rows.push([t.toISOString().replace('T', ' ').slice(0, 19), p[0], p[1], p[2], ['HIGH', 'MED', 'LOW'][i % 3] ?? 'LOW', i % 2 ? 'RTN' : 'ALM', p[3] ? (100 * r()).toFixed(1) : '', p[3], i % 2 ? 'jsolberg' : '', i % 2 ? t.toISOString().slice(11, 19) : '']);
  }
  return csv(rows, '\n');
}

function remoteAccessProc(): Block[] {
  return [
    { big: 'Vendor Remote Access Procedure' },
    { p: `${WATER} - Operations Technology Division | Procedure OT-SOP-014 rev C | Applies to: Lakeshore WTP, North Basin Pump Stations` },
    { h: '1 Purpose' },
    { p: 'This procedure describes how integrators and equipment vendors obtain temporary remote access to plant control system assets (PLCs, HMIs, SCADA servers) for support, and how plant operators supervise and terminate such sessions.' },
    { h: '2 Preconditions' },
    { bullets: ['Vendor has a signed remote access agreement and named technicians on file.', 'A work order exists in Maximo describing the work and the affected assets.', 'The shift supervisor has approved the session window.'] },
    { h: '3 Steps' },
    { bullets: ['Vendor calls the control room at (555) 014-2200 and gives the work order number.', 'Operator enables the vendor account on the secure remote access appliance for the approved window (maximum 4 hours).', 'Vendor authenticates with MFA; the session is recorded.', 'Operator watches the session on the shadow console; any change to PLC logic requires verbal confirmation.', 'At completion, operator disables the account and records the end time in the operator log.', 'OT engineer reviews the session recording within 2 business days.'] },
    { h: '4 Emergency Access' },
    { p: 'In an emergency the plant superintendent may authorize access by phone; the work order is created after the fact within 24 hours.' },
    { h: '5 Records' },
    { p: 'Session logs and recordings are retained 3 years per the Authority\'s records schedule and AWIA emergency response plan commitments.' },
  ];
}

function tabletopAar(): Block[] {
  return [
    { big: 'After-Action Report / Improvement Plan' },
    { p: `Exercise GRIDLOCK 26 - OT Ransomware Tabletop | ${UTILITY} with participation of ${CSP} | Conducted February 5, 2026 (HSEEP format)` },
    { h: 'Exercise Overview' },
    { table: [['Item', 'Detail'], ['Exercise type', 'Discussion-based tabletop'], ['Scope', 'Ransomware on corporate network spreading toward control center; loss of historian; suspicious DNP3 writes'], ['Participants', 'Control center operators, OT security, IT security, communications, Kestrel SOC liaison'], ['Facilitator', 'E-ISAC guest facilitator']] },
    { h: 'Analysis of Core Capabilities' },
    { p: 'Objective 1 - Detection: participants identified the anomalous DNP3 write alert from the monitoring service within the first inject; escalation to the on-call OT engineer took 40 minutes, longer than the 15-minute target.' },
    { p: 'Objective 2 - Isolation: the decision to sever the corporate-to-control-center connection was made promptly, but the runbook did not name who may authorize it after hours.' },
    { p: 'Objective 3 - Reporting: participants were unsure of E-ISAC and DOE OE-417 reporting thresholds and CIP-008 timelines.' },
    { h: 'Improvement Plan' },
    { table: [['Issue', 'Corrective Action', 'Owner', 'Due'], ['Slow escalation', 'Add OT on-call to monitoring service paging policy', 'OT Security Manager', '03/31/2026'], ['Isolation authority unclear', 'Update CIP-008 response plan with after-hours authority', 'CIP Senior Manager', '04/30/2026'], ['Reporting thresholds', 'OE-417 / CIP-008 quick card for control room', 'Compliance', '03/15/2026']] },
    { p: 'This report is for exercise improvement only and does not evaluate individual performance.' },
  ];
}

function awia(): Block[] {
  return [
    { big: 'Risk and Resilience Assessment' },
    { p: `${WATER} | America's Water Infrastructure Act of 2018 Section 2013 (SDWA 1433) | Certified to EPA: December 2025 | Serving 148,000 people` },
    { h: '1 Introduction' },
    { p: 'This assessment evaluates the risks to the Authority\'s community water system from malevolent acts and natural hazards, and the resilience of its pipes and constrictive channels, physical barriers, source water, treatment, storage and distribution, electronic, computer or other automated systems (including SCADA), monitoring practices, financial infrastructure, chemical storage, and operation and maintenance.' },
    { h: '2 Methodology' },
    { p: 'The assessment used the AWWA J100-21 standard with threat-asset pairs, consequence estimates in fatalities, injuries and economic loss, vulnerability and threat likelihood scoring, and the EPA Vulnerability Self-Assessment Tool (VSAT 2.0).' },
    { h: '3 Critical Assets' },
    { table: [['Asset', 'Function', 'Highest Risk Threat'], ['Lakeshore WTP', 'Treatment 42 MGD', 'Cyber attack on SCADA; flood'], ['North Basin Pump Station', 'Distribution pressure', 'Power outage'], ['Raw water intake', 'Source', 'Contamination'], ['SCADA master station', 'Control', 'Ransomware']] },
    { h: '4 Cyber Risk Findings' },
    { p: 'Remote access to SCADA by integrators lacked MFA at two pump stations; the historian was dual-homed; passive OT monitoring covers only the Lakeshore WTP. Countermeasures are prioritized in Section 6 and the Emergency Response Plan will be updated within six months of certification as AWIA requires.' },
    { h: '5 Natural Hazard Risk' },
    { p: 'Flood risk at the intake and wildfire risk to the North Basin power feed dominate natural hazard risk.' },
    { h: '6 Countermeasures' },
    { bullets: ['Enable MFA on remote access appliance for all vendor accounts.', 'Remove dual-homing of the historian; add unidirectional gateway.', 'Extend OT monitoring collectors to pump stations.', 'Add backup generator at North Basin.'] },
  ];
}

function zoneLegend(): Block[] {
  return [
    { bold: 'IEC 62443-3-2 Zone and Conduit Drawing - Legend and Notes (Sheet 2 of 2)' },
    { p: `Drawing ZC-LSH-001 rev B, ${WATER} Lakeshore WTP. Prepared by Northfork Controls Integration.` },
    { table: [['Symbol / ID', 'Zone or Conduit', 'Target SL (SL-T)', 'Description'], ['Z1', 'Enterprise Zone', 'SL 1', 'Business network, email, ERP'], ['Z2', 'Industrial DMZ (Level 3.5)', 'SL 2', 'Historian replica, remote access appliance, monitoring collector'], ['Z3', 'Site Operations (Level 3)', 'SL 2', 'SCADA servers, engineering workstations'], ['Z4', 'Basic Control (Levels 1-2)', 'SL 3', 'PLCs, HMIs, VFDs, analyzers'], ['Z5', 'Safety Instrumented System', 'SL 3', 'Chlorine gas SIS'], ['C1', 'Z1-Z2 conduit', 'SL 2', 'Firewall, TLS, MFA for remote access'], ['C2', 'Z3-Z2 conduit', 'SL 2', 'Unidirectional gateway for historian and monitoring data'], ['C3', 'Z3-Z4 conduit', 'SL 3', 'Managed switches, ACLs, EtherNet/IP and Modbus only']] },
    { bold: 'Notes' },
    { bullets: ['Dashed boundary = zone; solid double line = conduit.', 'Red conduit = one-way (hardware enforced).', 'Monitoring collector in Z2 forwards to an external cloud service; no inbound flows permitted.', 'Security levels per IEC 62443-3-3 foundational requirements FR1-FR7.', 'Refer to Sheet 1 for the physical layout and cable numbers.'] },
  ];
}

function tsaSummary(): Block[] {
  return [
    { big: 'Summary: TSA Security Directive Pipeline-2021-02 series (current revision)' },
    { p: `Prepared by ${CSP} Policy team for pipeline-operator prospects. Internal briefing note - not legal advice. February 2026.` },
    { h: 'Who is covered' },
    { p: 'Owners and operators of TSA-designated critical hazardous liquid and natural gas pipelines and LNG facilities.' },
    { h: 'Key requirements' },
    { bullets: ['Develop and implement a TSA-approved Cybersecurity Implementation Plan (CIP) describing network segmentation between IT and OT, access control, continuous monitoring and detection, and timely patching of critical cyber systems.', 'Maintain a Cybersecurity Incident Response Plan and exercise it annually.', 'Establish a Cybersecurity Assessment Program and submit an annual plan to TSA.', 'Report cybersecurity incidents to CISA within 24 hours (SD Pipeline-2021-01 series).', 'Designate a Cybersecurity Coordinator available 24/7.'] },
    { h: 'How OT monitoring helps' },
    { p: 'Passive OT monitoring supports the continuous monitoring and detection measures, and asset discovery supports the inventory of critical cyber systems. Operators remain responsible for their implementation plans.' },
    { h: 'Open questions' },
    { p: 'Whether cloud-hosted monitoring data is in scope for the operator\'s assessment program; TSA has not given guidance. Legal to confirm before we make claims in sales material.' },
  ];
}

function maintRecord(): Block[] {
  return [
    { bold: 'SUBSTATION MAINTENANCE RECORD - Work Order 26-0217-GF' },
    { p: `${UTILITY} | Granite Flats 230 kV Substation | Date: 02/17/2026 | Crew: Substation Maintenance Crew 3` },
    { table: [['Equipment', 'Task', 'Result', 'As-found', 'As-left'], ['Breaker 412 (SF6)', 'Timing test, contact resistance', 'Pass', 'Open 31 ms', 'Open 31 ms'], ['Transformer T1', 'DGA oil sample, fan check', 'Sample sent to lab', 'Fan 3 inoperative', 'Fan 3 motor replaced'], ['Battery bank 125 VDC', 'Specific gravity, float voltage', 'Pass', '133.8 V', '133.8 V'], ['SEL-451 relay (412)', 'Firmware check vs. approved baseline', 'Match', 'R320', 'R320'], ['Station RTAC', 'Verify time sync', 'Pass', 'IRIG-B locked', 'IRIG-B locked']] },
    { p: 'Remarks: Alarm GF230_XFMR1_OIL_TEMP was traced to fan 3 failure. Relay settings not changed, so no CIP-010 baseline update required. Transient Cyber Asset (test laptop TCA-07) used under CIP-003/CIP-010 TCA procedure; scanned prior to connection.' },
    { p: 'Switching order SO-26-044 executed and returned. Clearance released 14:32.' },
    { table: [['Role', 'Name', 'Signature'], ['Crew Lead', 'M. Fenwick', 'MF'], ['Reviewed', 'Substation Supervisor D. Ruiz', 'DR']] },
  ];
}

function roeMemo(): Block[] {
  return [
    { p: 'MEMORANDUM' },
    { p: `TO: Control Systems Engineering, ${UTILITY}` },
    { p: 'FROM: Corporate Security - Red Team' },
    { p: 'DATE: January 26, 2026' },
    { p: 'SUBJECT: Rules of engagement - internal OT penetration test, Tamarack 115 kV substation test bench' },
    { p: 'This memo sets the rules of engagement for the internal red-team exercise against the substation automation test bench in the Tamarack training building. It is an internal utility exercise and is not connected to any external assessment or authorization.' },
    { bold: 'Scope' },
    { bullets: ['In scope: test bench RTU, two protective relays in test mode, bench HMI, bench switch.', 'Out of scope: any energized equipment, the production ESP, the control center, the corporate network.'] },
    { bold: 'Constraints' },
    { bullets: ['No testing between 06:00 and 18:00 when trainees are present.', 'No firmware writes to relays without the relay technician present.', 'Stop immediately if any indication appears on the production SCADA alarm list.'] },
    { bold: 'Communications' },
    { p: 'The red team lead calls the control center shift supervisor at start and end of each night. Findings go to the OT Security Manager in a short memo within two weeks.' },
    { p: 'Approved: R. Ellery, CIP Senior Manager' },
  ];
}

function datasheet(): Block[] {
  return [
    { big: 'Kestrel Edge Collector KEC-500' },
    { p: 'Passive OT visibility at Purdue Level 3.5 - ruggedized, one-way by design.' },
    { h: 'Highlights' },
    { bullets: ['Ingests SPAN/TAP traffic from Levels 1-3 through a hardware data diode; no route back to the plant.', 'Decodes 40+ industrial protocols: DNP3, IEC 61850 MMS/GOOSE, Modbus/TCP, EtherNet/IP, BACnet, OPC UA, S7comm.', 'Historian replication connectors for AVEVA PI, GE Proficy and Canary.', '72-hour store-and-forward buffer; FIPS 140-3 validated cryptography.', 'Fanless, -40 to 70 C, DIN-rail or 1U rack, dual 24 VDC / 125 VDC inputs.'] },
    { h: 'Specifications' },
    { table: [['Item', 'KEC-500'], ['Capture interfaces', '4 x 1 GbE copper, 2 x SFP'], ['Uplink', '1 x 1 GbE (outbound TLS 1.3 only)'], ['Storage', '1 TB industrial SSD, AES-256'], ['Certifications', 'IEC 61850-3, IEEE 1613, UL 61010']] },
    { h: 'Works with' },
    { p: `${SYSTEM}, our cloud analytics service for utilities, now pursuing FedRAMP Moderate authorization with the ${AGENCY} as sponsor.` },
    { p: 'Contact sales@kestrelgrid.example. Specifications subject to change.' },
  ];
}

function jobDescription(): Block[] {
  return [
    { big: 'Senior OT Detection Engineer (Remote, US)' },
    { p: `${CSP} - Security Research | Full-time | Salary range $165,000-$195,000 | US citizenship required (federal customer data)` },
    { h: 'About the role' },
    { p: 'You will build detections for threats to electric and water utility OT networks: malicious DNP3 and IEC 61850 commands, unauthorized PLC logic downloads, and living-off-the-land activity in engineering workstations. You will work with our SOC and with utility customers.' },
    { h: 'What you will do' },
    { bullets: ['Write and tune protocol-aware detections for the OTVision analytics engine.', 'Research ICS malware (Industroyer2, PIPEDREAM/INCONTROLLER) and turn findings into detections.', 'Support customer incident investigations alongside their OT engineers.', 'Contribute to our FedRAMP continuous monitoring evidence where detections overlap with SI-4.'] },
    { h: 'What you bring' },
    { bullets: ['5+ years in ICS/OT security or controls engineering.', 'Hands-on with Zeek, Suricata or commercial OT monitoring tools.', 'Python; SQL; familiarity with Purdue model and IEC 62443.', 'GICSP or GRID certification a plus.'] },
    { h: 'Benefits' },
    { p: 'Medical, dental, vision; 401(k) match; 20 days PTO; annual home-lab stipend.' },
  ];
}

function kickoffMinutes(): Block[] {
  return [
    { bold: 'Meeting minutes - FedRAMP partnership kickoff' },
    { p: `Date: October 21, 2025, 13:00-14:30 MT (Teams). Attendees: ${AGENCY} (AO designee, ISSM, two reviewers); ${CSP} (CEO, ISSO, VP Eng); ${THREEPAO} (assessment lead); FedRAMP PMO liaison.` },
    { h: 'Agenda' },
    { bullets: ['Introductions and roles', 'Agency mission need for OT monitoring at power marketing substations', 'Boundary discussion: collectors and data diodes', 'Timeline for SSP, SAP, assessment and SAR', 'Next steps'] },
    { h: 'Discussion' },
    { p: 'The AO designee confirmed the agency will sponsor at Moderate. The ISSM asked that the SSP clearly state that collectors at agency substations are agency-owned after delivery and remain under the agency\'s CIP program. The 3PAO noted that the SAP will exclude customer OT networks and use a lab collector.' },
    { p: 'The PMO liaison reminded everyone that the package will need the full set of SSP attachments and the FedRAMP checklist before PMO review, and that monthly continuous monitoring starts once the ATO is issued.' },
    { h: 'Decisions' },
    { bullets: ['Target SSP v2.0 to agency by 11/14/2025.', 'SAP draft by 12/19/2025; testing window in February 2026.', 'Weekly status call Tuesdays 10:00 MT.'] },
    { h: 'Action items' },
    { table: [['#', 'Action', 'Owner', 'Due'], ['1', 'Send boundary diagram draft', 'Kestrel ISSO', '10/28/2025'], ['2', 'Share agency ConMon expectations', 'Agency ISSM', '10/31/2025'], ['3', 'Provide 3PAO test schedule', 'Ridgeline', '11/21/2025']] },
    { p: 'Minutes recorded by Carla Mendes. Please send corrections within five business days.' },
  ];
}

function questionnaireRows(): CellValue[][] {
  return [
    [`${UTILITY} - Third-Party Supplier Cyber Security Questionnaire (CIP-013-2 R1.1)`],
    ['Supplier:', CSP, 'Product:', SYSTEM, 'Completed:', '02/06/2026'],
    [],
    ['#', 'Category', 'Question', 'Supplier Response', 'Evidence Provided'],
    [1, 'Incident notification', 'Will you notify the Entity of vendor-identified incidents related to products or services provided (CIP-013 R1.2.1)?', 'Yes, within 24 hours, per MSA section 9.', 'MSA excerpt'],
    [2, 'Remote access', 'Describe coordination of vendor-initiated remote access (R1.2.3).', 'Kestrel has no remote access into customer OT; collectors are outbound-only through the customer data diode.', 'Architecture diagram'],
    [3, 'Software integrity', 'How do you verify integrity and authenticity of software and patches (R1.2.5)?', 'Firmware is code-signed; SHA-256 hashes published on the support portal.', 'Signing procedure'],
    [4, 'Vulnerability disclosure', 'Do you disclose known vulnerabilities in your products (R1.2.4)?', 'Yes, via security advisories and CSAF feed.', 'Advisory URL'],
    [5, 'Certifications', 'List security certifications or authorizations.', 'SOC 2 Type II (2025); FedRAMP Moderate in process (agency sponsor).', 'SOC 2 report under NDA'],
    [6, 'Revocation', 'How is access revoked when your staff leave (R1.2.6)?', 'No Kestrel staff hold access to customer systems; portal access revoked within one hour of termination.', 'HR offboarding checklist'],
  ];
}

function cip010Json(): string {
  return `${JSON.stringify(
    {
      report: 'CIP-010-4 R1.2 Baseline Change Report',
      entity: UTILITY,
      generated: '2026-02-28T06:00:00Z',
      tool: 'Tripwire Enterprise 9.1 (export)',
      bes_cyber_system: 'BCS-CC-01 Harlan Creek Control Center',
      changes: [
        { asset: 'HC-EMS-APP-02', category: 'installed software', before: 'OSI monarch 2023.2', after: 'OSI monarch 2023.3', authorized_by: 'CR-2026-031', security_controls_verified: true, verified_on: '2026-02-20' },
        { asset: 'HC-HMI-03', category: 'logical ports', before: '135,445,3389', after: '135,445,3389,4840', authorized_by: null, security_controls_verified: false, note: 'Unauthorized OPC UA listener - investigation opened (CIP-010 R2.1 deviation)' },
        { asset: 'HC-HIST-01', category: 'security patches', before: 'KB5033371', after: 'KB5034127', authorized_by: 'CIP-007 cycle 2026-02', security_controls_verified: true, verified_on: '2026-02-24' },
      ],
      summary: { assets_monitored: 63, changes_detected: 3, unauthorized: 1 },
    },
    null,
    2,
  )}\n`;
}

export async function unknownDocs(): Promise<EvalDoc[]> {
  return [
    {
      file: 'POAM_Feb.xlsx',
      expected: 'UNKNOWN',
      note: 'Utility NERC CIP-007 R2 patch source evaluation log (name misleadingly says POAM); compliance evidence, not a FedRAMP POA&M.',
      data: await renderXlsx({ meta: { creator: 'trasmussen' }, sheets: [{ name: 'R2 Patch Log', rows: cip007Rows(), boldRows: [1, 4] }] }),
    },
    {
      file: 'CIP-002 BCS list 2026.xlsx',
      expected: 'UNKNOWN',
      note: 'Utility BES Cyber System categorization list under CIP-002; a NERC impact rating, not a FIPS 199 categorization of the CSP system.',
      data: await renderXlsx({ meta: { creator: 'CIP Compliance' }, sheets: [{ name: 'BCS', rows: bcsRows(), boldRows: [3] }] }),
    },
    {
      file: 'doc-0433.docx',
      expected: 'UNKNOWN',
      note: 'Utility CIP-005 Electronic Security Perimeter description (BCSI), mentions the SaaS but is not an SSP or any FedRAMP deliverable.',
      data: await renderDocx({ blocks: espDesc(), header: 'BCSI - Restricted', meta: { title: 'ESP-HC-01' } }),
    },
    {
      file: 'asset_inventory.csv',
      expected: 'UNKNOWN',
      note: 'Customer water plant field-device (PLC/RTU/HMI) asset list exported from the SaaS; customer equipment, not the CSP integrated inventory.',
      data: icsAssets(),
    },
    {
      file: 'ZC-LSH-001_sheet2.pdf',
      expected: 'UNKNOWN',
      note: 'IEC 62443 zone-and-conduit drawing legend for a water plant.',
      data: await renderPdf({ blocks: zoneLegend(), footer: 'Northfork Controls Integration', meta: { title: 'ZC-LSH-001' } }),
    },
    {
      file: 'tsa-sd-summary.md',
      expected: 'UNKNOWN',
      note: 'Internal summary of TSA pipeline security directives for sales; a regulatory briefing, not the FedRAMP Laws and Regulations attachment.',
      data: renderMarkdown({ blocks: tsaSummary() }),
    },
    {
      file: 'SVWA_RRA_2025.docx',
      expected: 'UNKNOWN',
      note: 'AWIA risk and resilience assessment of a water utility; not a FedRAMP assessment report.',
      data: await renderDocx({ blocks: awia(), header: 'SENSITIVE - Do not release (AWIA Sec. 2013)', meta: { title: 'RRA', creator: 'Sandhill Valley WA' } }),
    },
    {
      file: 'WO-26-0217-GF.pdf',
      expected: 'UNKNOWN',
      note: 'Substation maintenance work-order record.',
      data: await renderPdf({ blocks: maintRecord(), meta: {} }),
    },
    {
      file: 'alarms_20260214.csv',
      expected: 'UNKNOWN',
      note: 'SCADA alarm summary export from a utility EMS; operational data, not a scan.',
      data: scadaAlarms(),
    },
    {
      file: 'OT-SOP-014_Vendor_Remote_Access.docx',
      expected: 'UNKNOWN',
      note: 'Water utility plant procedure for vendor remote access; the customer\'s own operating procedure, not the CSP FedRAMP policies and procedures.',
      data: await renderDocx({ blocks: remoteAccessProc(), footer: 'Uncontrolled when printed', meta: { title: 'OT-SOP-014', creator: 'SVWA OT Division' } }),
    },
    {
      file: 'Incident_Response_AAR.docx',
      expected: 'UNKNOWN',
      note: 'After-action report of a utility OT ransomware tabletop exercise; not an incident response plan.',
      data: await renderDocx({ blocks: tabletopAar(), header: 'GRIDLOCK 26 AAR/IP', meta: { title: 'Incident Response Plan', creator: 'Exercise Planning Team' } }),
    },
    {
      file: 'kickoff-minutes.txt',
      expected: 'UNKNOWN',
      note: 'Minutes of the FedRAMP partnership kickoff meeting; references SSP/SAP/SAR but is none of them.',
      data: renderText({ blocks: kickoffMinutes() }),
    },
    {
      file: 'CRPPD_Supplier_Questionnaire_Kestrel.xlsx',
      expected: 'UNKNOWN',
      note: 'Utility CIP-013 supplier security questionnaire answered by the CSP.',
      data: await renderXlsx({ meta: { creator: 'CRPPD Supply Chain' }, sheets: [{ name: 'Questionnaire', rows: questionnaireRows(), boldRows: [1, 4] }] }),
    },
    {
      file: 'Security_Assessment_Plan_ROE.pdf',
      expected: 'UNKNOWN',
      note: 'Utility internal red-team rules-of-engagement memo for a substation test bench (name says SAP); not a 3PAO assessment plan.',
      data: await renderPdf({ blocks: roeMemo(), meta: { title: 'ROE memo' } }),
    },
    {
      file: 'KEC-500_datasheet.pdf',
      expected: 'UNKNOWN',
      note: 'Marketing datasheet for the edge collector appliance.',
      data: await renderPdf({ blocks: datasheet(), footer: 'Kestrel Gridworks (c) 2026', meta: { title: 'KEC-500 Datasheet', creator: 'Marketing' } }),
    },
    {
      file: 'job-posting-ot-detection.md',
      expected: 'UNKNOWN',
      note: 'Job description for an OT detection engineer.',
      data: renderMarkdown({ blocks: jobDescription() }),
    },
    {
      file: 'baseline_changes.json',
      expected: 'UNKNOWN',
      note: 'Utility CIP-010 baseline change report exported from a file-integrity tool; not a FedRAMP change request or configuration plan.',
      data: cip010Json(),
    },
  ];
}
