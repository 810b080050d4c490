/** Eval44: UNKNOWN look-alikes from the telecom carrier world and ordinary company life. */
import { b, h1, p, pb, table, title, toCsv, toDocx, toMarkdown, toPdf, toText, toXlsx, ul, rng } from './kit.js';
import type { Cell } from './kit.js';
import { AGENCY, CSP, SYS, SYS_ABBR, approvals, revisionHistory, toc } from './persona.js';
import type { EvalDoc } from './types.js';

async function cpni(): Promise<EvalDoc> {
  const blocks = [
    b('Annual 47 C.F.R. § 64.2009(e) CPNI Certification'),
    p('EB Docket 06-36'),
    p('Annual 64.2009(e) CPNI Certification for 2025, covering the prior calendar year 2025. Date filed: February 27, 2026.'),
    p(`Name of company covered by this certification: ${CSP}. Form 499 Filer ID: 834412. Name of signatory: Ravi Sethuraman. Title of signatory: VP, Voice Platform Engineering.`),
    p(`I, Ravi Sethuraman, certify that I am an officer of the company named above, and acting as an agent of the company, that I have personal knowledge that the company has established operating procedures that are adequate to ensure compliance with the Commission's customer proprietary network information (CPNI) rules. See 47 C.F.R. § 64.2001 et seq.`),
    p("Attached to this certification is an accompanying statement explaining how the company's procedures ensure that the company is in compliance with the requirements (including those mandating the adoption of CPNI procedures, training, recordkeeping, and supervisory review) set forth in section 64.2001 et seq. of the Commission's rules."),
    p('The company has not taken actions (i.e., proceedings instituted or petitions filed by a company at either state commissions, the court system, or at the Commission) against data brokers in the past year. The company has not received customer complaints in the past year concerning the unauthorized release of CPNI.'),
    p('The company represents and warrants that the above certification is consistent with 47 C.F.R. § 1.17, which requires truthful and accurate statements to the Commission.'),
    p('Signed: /s/ Ravi Sethuraman'),
    pb(),
    h1('Accompanying Statement'),
    p('Tessaline uses CPNI only to provide and bill for the telecommunications and interconnected VoIP services subscribed to by customers. Employees with access to CPNI are trained annually; disciplinary procedures apply to misuse. Customers must authenticate with a password before call detail information is disclosed over the telephone. Notifications of account changes are sent to the address of record. Breaches of CPNI are reported to law enforcement through the FCC portal within seven business days.'),
  ];
  return { file: 'ATO_letter_signed.pdf', expected: 'UNKNOWN', note: 'Annual FCC CPNI compliance certification (47 CFR 64.2009(e)); a telecom regulatory filing, not a FedRAMP deliverable despite the ATO-like file name.', data: await toPdf({ blocks, meta: { title: 'CPNI Certification 2025' } }) };
}

async function stirShaken(): Promise<EvalDoc> {
  const blocks = [
    title('STIR/SHAKEN Attestation Policy', 36), p(CSP), ...revisionHistory([{ date: '05/02/2025', version: '2.0', change: 'Updated for third-party authentication rules', author: 'Numbering Ops' }]),
    h1('Purpose'), p('This policy defines how Tessaline assigns SHAKEN attestation levels to outbound calls originated on its network and signs them with its STI certificate, in compliance with 47 C.F.R. Part 64, Subpart HH, and the ATIS-1000074 standard.'),
    h1('Attestation Levels'), table([['Level', 'Criteria'], ['A - Full', 'Tessaline authenticated the customer and the customer is authorized to use the calling number (number in Tessaline inventory or verified Letter of Authorization)'], ['B - Partial', 'Customer authenticated but authorization for the calling number not verified'], ['C - Gateway', 'Call entered the network at a gateway, e.g., from an international carrier']]),
    h1('Certificate Management'), p('Tessaline obtains its STI certificate from an approved STI-CA under the STI-GA policy, using its own SPC token. Private keys are kept in an HSM; certificates are renewed before expiry and revoked on compromise.'),
    h1('Verification of Inbound Calls'), p('Inbound calls with Identity headers are verified by the STI-VS; the verification status is passed to agency endpoints for caller display.'),
    h1('Robocall Mitigation'), p('Customers originating high volumes of short-duration calls are reviewed; traceback requests from the Industry Traceback Group are answered within 24 hours.'),
  ];
  return { file: 'Policy-NUM-04.docx', expected: 'UNKNOWN', note: 'STIR/SHAKEN attestation policy (FCC caller ID authentication); a telecom regulatory policy, not FedRAMP policies and procedures.', data: await toDocx({ blocks, header: 'Tessaline Numbering Operations', meta: { title: 'Policy', creator: 'numbering' } }) };
}

async function e911(): Promise<EvalDoc> {
  const blocks = [
    title("E911, Kari's Law and RAY BAUM'S Act Compliance Summary", 30), p(`${CSP} | prepared for agency telecom managers`),
    h1("Kari's Law (47 U.S.C. 623)"), p('Multi-line telephone systems provisioned by Tessaline allow direct dialing of 911 without a prefix (e.g., no "9" required). On-site notification is sent to the agency\'s designated security desk by email, SMS and desktop pop-up when a 911 call is placed, including the caller\'s extension and dispatchable location.'),
    h1("RAY BAUM'S Act Section 506 (Dispatchable Location)"), p('Fixed desk phones: dispatchable location is configured per device (street address, building, floor, room). Nomadic softphones: the client detects the network (BSSID/subnet) and prompts the user to confirm or enter a location; when unavailable, the registered location is used and calls route to the national emergency call relay center.'),
    table([['Device Type', 'Location Method', 'Compliance Status'], ['Fixed desk phone', 'Static ERL per device', 'Compliant'], ['Softphone (on-premises network)', 'Subnet/BSSID mapping', 'Compliant'], ['Softphone (off-premises)', 'User-confirmed address', 'Compliant'], ['Mobile app over cellular', 'Native dialer hand-off', 'Compliant']]),
    h1('Testing'), p('911 test calls are coordinated with the PSAP via the 933 test number; test results per site are retained for 12 months.'),
  ];
  return { file: 'E911_summary.docx', expected: 'UNKNOWN', note: "E911 / Kari's Law / RAY BAUM'S Act compliance summary; a telecom regulatory summary, not a FedRAMP laws-and-regulations attachment.", data: await toDocx({ blocks, meta: { title: 'Laws and Regulations', creator: 'regulatory' } }) };
}

function form499(): EvalDoc {
  const text = `FCC FORM 499-A  -  TELECOMMUNICATIONS REPORTING WORKSHEET (2026, reporting 2025 revenues)
Excerpt prepared by Tessaline Regulatory Affairs - not the full filing

Block 1: Contributor Identification Information
  Line 101  Filer 499 ID ............................. 834412
  Line 102  Legal name of reporting entity ........... ${CSP}
  Line 103  Name under which the entity does business  Tessaline Voice
  Line 105  Principal communications type ............ Interconnected VoIP
  Line 112  Principal business address ............... 2200 Meridian Parkway, Herndon, VA 20171

Block 3: Carrier's Carrier Revenue Information (in whole dollars)
  Line 303  Fixed local service ......................          0
  Line 304  Per-minute charges for originating/terminating access   412,880

Block 4-A: Revenues from End Users
  Line 404.4  Interconnected VoIP - not provided with broadband   18,204,115
  Line 414    Toll service (interstate portion)                 2,993,410
  Line 418    Other revenues (UCaaS licenses, non-telecom)     41,877,002

Safe harbor / traffic study: Tessaline uses a traffic study to allocate interstate VoIP revenue (71.4% interstate).

Block 6: Certification
I certify that I am an officer of the above-named reporting entity, that I have examined the foregoing report and that to the best of my knowledge, information and belief, all statements of fact contained in this Worksheet are true.
Signature: /s/ Ravi Sethuraman      Date: 03/31/2026

Notes for finance: USF contribution factor for Q2 2026 is applied to the interstate portion of lines 404.4 and 414. Keep this excerpt with the USAC submission confirmation.
`;
  return { file: 'doc-0388.txt', expected: 'UNKNOWN', note: 'Excerpt of an FCC Form 499-A telecommunications revenue worksheet; a regulatory revenue filing.', data: text };
}

async function interconnection(): Promise<EvalDoc> {
  const blocks = [
    title('Master Carrier Interconnection and SIP Trunking Agreement', 30),
    p(`This Agreement is entered into as of January 15, 2026 by and between Northgate Carrier Services, L.P. ("Carrier") and ${CSP} ("Customer").`),
    h1('1. Definitions'), p('"Points of Interconnection" means the locations at which the parties exchange SIP traffic. "Minutes of Use" means billable conversation time measured in six-second increments after an initial thirty-second period.'),
    h1('2. Interconnection Arrangements'), p('The parties will interconnect at two geographically diverse Points of Interconnection using SIP over TLS on a private MPLS network. Each party will maintain at least 2,000 concurrent call paths per POI. Codec: G.711 u-law, G.729 and Opus as mutually agreed.'),
    h1('3. Traffic Exchange and Rates'), table([['Traffic Type', 'Rate per MOU'], ['Local termination', '$0.0007'], ['Interstate long distance', '$0.0045'], ['Toll-free origination', '$0.0110'], ['International', 'Per rate deck']]),
    h1('4. Service Level Agreement'), p('Carrier will provide 99.99% monthly availability of the trunk group, post-dial delay below 3 seconds and answer-seizure ratio above 45% for domestic traffic. Credits apply per Exhibit C.'),
    h1('5. Fraud and Robocall Mitigation'), p('Each party shall cooperate with traceback requests, implement STIR/SHAKEN, and maintain an entry in the FCC Robocall Mitigation Database.'),
    h1('6. Term and Termination'), p('The initial term is thirty-six months. Either party may terminate for uncured material breach on sixty days written notice.'),
    h1('7. Governing Law'), p('This Agreement is governed by the laws of the Commonwealth of Virginia and applicable FCC rules.'),
    ...approvals([['Carrier', 'Northgate Carrier Services, L.P.'], ['Customer', CSP]], 'IN WITNESS WHEREOF'),
  ];
  return { file: 'Northgate_MSA_executed.docx', expected: 'UNKNOWN', note: 'Commercial carrier interconnection / SIP trunking agreement; a contract, not an interconnection security agreement or any FedRAMP deliverable.', data: await toDocx({ blocks, footer: 'Confidential - Northgate / Tessaline', meta: { title: 'MSA', creator: 'legal' } }) };
}

async function loa(): Promise<EvalDoc> {
  const blocks = [
    title('LETTER OF AUTHORIZATION (LOA) - LOCAL NUMBER PORTABILITY', 24),
    p(`Customer name (as it appears on the current carrier bill): ${AGENCY}`),
    p('Service address: 1800 G Street NW, Washington, DC 20006'),
    p('Current carrier (losing carrier): Legacy Bell Telephone Company. Account number: 202-555-0100-771. PIN/passcode: on file.'),
    p(`New carrier (gaining carrier): ${CSP}, acting through its underlying carrier Northgate Carrier Services.`),
    p('Telephone numbers to be ported:'),
    table([['Telephone Number', 'Type', 'Requested FOC Date'], ['202-555-0100', 'Main (BTN)', '04/15/2026'], ['202-555-0101 through 0199', 'DID range', '04/15/2026'], ['800-555-0142', 'Toll-free (RespOrg change)', '04/22/2026']]),
    p(`I, the undersigned, am authorized to act on behalf of the customer above and authorize ${CSP} to act as my agent to port the listed numbers and to obtain customer service records from the current carrier. I understand that porting may terminate services with my current carrier.`),
    p('Authorized signature: ______________________   Name: Marcus Feld   Title: CIO   Date: 03/02/2026'),
  ];
  return { file: 'LOA_OBA_port.pdf', expected: 'UNKNOWN', note: 'Number porting letter of authorization signed by an agency CIO; an operational telecom form, not an authorization letter.', data: await toPdf({ blocks, meta: {} }) };
}

function nors(): EvalDoc {
  const spec = {
    blocks: [
      title('NORS Final Report - Network Outage Reporting System'),
      table([['Field', 'Value'], ['Reporting company', CSP], ['Outage ID', 'NORS-2026-0318-TGV'], ['Report type', 'Final (30-day)'], ['Outage start', '2026-02-16 14:22 EST'], ['Duration', '2 h 41 min'], ['User minutes affected', '1,312,400'], ['911 special facility affected', 'No'], ['Geographic area', 'VA, MD, DC']]),
      h1('Description of Outage'), p('A configuration push to the SIP proxy tier introduced an incorrect route set for one carrier, causing outbound calls to fail with SIP 503 for customers homed on the US-East region.'),
      h1('Direct Cause'), p('Software - procedural error during a planned maintenance change.'),
      h1('Root Cause'), p('Insufficient pre-deployment validation of carrier route tables; canary stage skipped due to a pipeline defect.'),
      h1('Remedial Actions'), ul('Rolled back the route set at 17:03 EST.', 'Restored canary gate in the deployment pipeline.', 'Added synthetic outbound test calls per carrier after each change.'),
      h1('Best Practices'), p('NRIC/CSRIC best practices 8-7-0401 (change management) and 8-7-5204 (outage detection) reviewed.'),
    ],
  };
  return { file: 'outage_report_0216.txt', expected: 'UNKNOWN', note: 'FCC NORS network outage final report for a regulatory outage; not an incident response plan.', data: toText(spec) };
}

function cdr(): EvalDoc {
  const r = rng(91);
  const rows: (string | number)[][] = [['cdr_id', 'start_time_utc', 'answer_time_utc', 'end_time_utc', 'calling_number', 'called_number', 'direction', 'trunk_group', 'sbc_node', 'ingress_ip', 'codec', 'duration_sec', 'disposition', 'sip_code', 'shaken_attest', 'tenant_id']];
  for (let i = 0; i < 60; i++) {
    const dur = Math.floor(r() * 900);
    const ok = r() > 0.12;
    rows.push([`CDR${9000100 + i}`, `2026-03-01T14:${String(i % 60).padStart(2, '0')}:0${i % 10}Z`, ok ? `2026-03-01T14:${String(i % 60).padStart(2, '0')}:1${i % 10}Z` : '', `2026-03-01T14:${String((i + 3) % 60).padStart(2, '0')}:22Z`, `+1202555${String(1000 + Math.floor(r() * 8999))}`, `+1800555${String(1000 + Math.floor(r() * 8999))}`, i % 3 ? 'inbound' : 'outbound', i % 2 ? 'NORTHGATE-POI-1' : 'CARRIERB-POI-2', `tgv-sbc-${i % 2 ? 'w' : 'e'}-0${1 + (i % 3)}`, `10.40.1.${13 + (i % 4)}`, r() > 0.5 ? 'PCMU' : 'OPUS', ok ? dur : 0, ok ? 'ANSWERED' : 'NO ANSWER', ok ? 200 : 487, ['A', 'B', 'C'][i % 3] ?? 'A', 'oba-prod']);
  }
  return { file: 'cdr_20260301_14.csv', expected: 'UNKNOWN', note: 'Call detail record export from the SBCs (telephony usage data); it lists SBC nodes and IPs but is not an inventory or scan.', data: toCsv(rows) };
}

function sipTrace(): EvalDoc {
  const text = `sngrep / ngrep capture - tgv-sbc-w-01 public interface - 2026-03-04 16:05:11 UTC
Ticket: NOC-55127 "one-way audio on calls to OBA hotline"

U 2026/03/04 16:05:11.402118 198.51.100.23:5061 -> 203.0.113.10:5061 (TLS)
INVITE sip:+18005550142@203.0.113.10;transport=tls SIP/2.0
Via: SIP/2.0/TLS 198.51.100.23:5061;branch=z9hG4bK-524287-1---7a3c
Max-Forwards: 69
From: <sip:+12025551234@198.51.100.23>;tag=4e2b9a1c
To: <sip:+18005550142@203.0.113.10>
Call-ID: 6f1d2e7c-91aa-4b8f-9e33-2c4d5e6f7a8b
CSeq: 1 INVITE
Identity: eyJhbGciOiJFUzI1NiIsInBwdCI6InNoYWtlbiIsInR5cCI6InBhc3Nwb3J0In0...;info=<https://cr.sti.example/cert.pem>;alg=ES256;ppt=shaken
Contact: <sip:+12025551234@198.51.100.23:5061;transport=tls>
Content-Type: application/sdp
Content-Length: 312

v=0
o=- 3921 3921 IN IP4 198.51.100.23
s=-
c=IN IP4 198.51.100.40
t=0 0
m=audio 31844 RTP/SAVP 0 101
a=rtpmap:0 PCMU/8000
a=rtpmap:101 telephone-event/8000
a=crypto:1 AES_CM_128_HMAC_SHA1_80 inline:Z2V0IG91dCBvZiBteSB0cmFjZQ==

U 2026/03/04 16:05:11.418502 203.0.113.10:5061 -> 198.51.100.23:5061 (TLS)
SIP/2.0 100 Trying
Via: SIP/2.0/TLS 198.51.100.23:5061;branch=z9hG4bK-524287-1---7a3c
Call-ID: 6f1d2e7c-91aa-4b8f-9e33-2c4d5e6f7a8b
CSeq: 1 INVITE

U 2026/03/04 16:05:13.020771 203.0.113.10:5061 -> 198.51.100.23:5061 (TLS)
SIP/2.0 200 OK
Call-ID: 6f1d2e7c-91aa-4b8f-9e33-2c4d5e6f7a8b
CSeq: 1 INVITE
Content-Type: application/sdp

v=0
c=IN IP4 10.40.3.13
m=audio 40022 RTP/SAVP 0 101

NOTE (NOC): media server advertises private address 10.40.3.13 in SDP -> NAT traversal setting missing on SBC realm "carrier-b". Fix applied under change CHG-88412.
`;
  return { file: 'trace_NOC-55127.txt', expected: 'UNKNOWN', note: 'SIP signaling trace captured for a NOC ticket; operational troubleshooting data, not a deliverable.', data: text };
}

async function capacity(): Promise<EvalDoc> {
  const r = rng(93);
  const rows: Cell[][] = [['Trunk Group', 'Busy Hour', 'Offered Traffic (Erlangs)', 'Grade of Service (Erlang B)', 'Required Channels', 'Provisioned Channels', 'Peak Concurrent Calls', 'Utilization %']];
  for (const tg of ['NORTHGATE-POI-1', 'NORTHGATE-POI-2', 'CARRIERB-POI-1', 'CARRIERB-POI-2', 'TOLLFREE-OBA']) {
    const erl = Math.round(300 + r() * 900);
    rows.push([tg, '10:00-11:00 ET', erl, 'P.01', Math.round(erl * 1.08), 2000, Math.round(erl * 0.95), Math.round((erl * 0.95 * 100) / 2000)]);
  }
  const data = await toXlsx([
    { name: 'Summary', rows: [['Q1 2026 Capacity and Traffic Engineering Report'], [`${SYS_ABBR} voice network`], ['Prepared by Network Planning'], [], ['Forecast growth: +18% busy-hour call attempts with OBA contact center expansion'], ['Recommendation: augment CARRIERB-POI-2 by 500 channels before June 2026']] },
    { name: 'Trunk Groups', rows, boldRows: [1] },
    { name: 'Media Servers', rows: [['Media Farm', 'Transcoding Sessions Peak', 'CPU Peak %', 'Headroom'], ['West', 3120, 71, 'OK'], ['East', 2488, 64, 'OK']] },
  ], { title: 'Capacity Report', creator: 'netplanning' });
  return { file: 'Q1_capacity.xlsx', expected: 'UNKNOWN', note: 'Capacity and traffic engineering report (Erlang B trunk sizing); network planning, not a FedRAMP deliverable.', data };
}

async function rmd(): Promise<EvalDoc> {
  const blocks = [
    title('Robocall Mitigation Database - Certification and Mitigation Program Description', 26),
    table([['Field', 'Entry'], ['Business name', CSP], ['FRN', '0031447720'], ['Provider role', 'Voice service provider; gateway provider'], ['STIR/SHAKEN implementation', 'Complete STIR/SHAKEN implementation on IP portions of the network'], ['Contact', 'Numbering Operations, robocall@tessaline.example']]),
    h1('Robocall Mitigation Program'), p('Tessaline applies know-your-customer checks before activating outbound calling for new customers, including verification of legal entity and authorized use of numbers. Traffic analytics flag short-duration high-volume patterns and calls to or from numbers on do-not-originate lists. Tessaline responds to Industry Traceback Group requests within 24 hours and blocks traffic from providers removed from the RMD.'),
    h1('Certification'), p('I certify under penalty of perjury that the foregoing is true and correct. Executed on March 1, 2026. /s/ Ravi Sethuraman'),
  ];
  return { file: 'RMD_filing_2026.docx', expected: 'UNKNOWN', note: 'FCC Robocall Mitigation Database filing; telecom regulatory certification.', data: await toDocx({ blocks, headingStyle: 'bold', meta: {} }) };
}

async function soc2Bridge(): Promise<EvalDoc> {
  const blocks = [
    p('March 3, 2026'), p('To: Customers and prospective customers of Tessaline Communications'),
    b('Subject: SOC 2 Type II Bridge Letter'),
    p(`${CSP} engaged Whitlow & Crane LLP to examine the description of its Unified Communications Platform and the suitability of the design and operating effectiveness of controls relevant to security, availability and confidentiality for the period October 1, 2024 to September 30, 2025. The report was issued on November 14, 2025 with an unqualified opinion.`),
    p('This letter covers the period from October 1, 2025 to February 28, 2026 (the "bridge period"). Management is not aware of any material changes to the system or controls described in the SOC 2 report during the bridge period, nor of any significant security incidents affecting the trust services criteria.'),
    p('The next SOC 2 Type II examination will cover October 1, 2025 to September 30, 2026 and is expected to be issued in November 2026. This letter is not a substitute for a service auditor\'s report and has not been examined by the service auditor.'),
    p('Sincerely, Dana Whitcombe, Chief Information Security Officer'),
  ];
  return { file: 'SAR-2026.pdf', expected: 'UNKNOWN', note: 'SOC 2 Type II bridge letter from management; an attestation of another framework, not a FedRAMP SAR despite the file name.', data: await toPdf({ blocks, meta: { title: 'Bridge Letter' } }) };
}

async function roeMemo(): Promise<EvalDoc> {
  const blocks = [
    b('MEMORANDUM'), p('To: Voice Platform Engineering, NOC'), p('From: Internal Red Team Lead'), p('Date: January 12, 2026'),
    p('Subject: Rules of engagement for the internal toll-fraud red-team exercise (Project Kestrel)'),
    p('The internal red team will simulate a toll-fraud actor against the commercial (non-government) UCaaS platform from February 2 to February 13, 2026. This exercise is part of the corporate security program and is independent of any customer or regulatory assessment.'),
    h1('Allowed'), ul('Credential stuffing against commercial softphone registrations using red-team test accounts', 'Attempts to place international premium-rate calls to red-team owned numbers', 'Social engineering of the commercial support desk (pre-approved script)'),
    h1('Not Allowed'), ul('Any activity against the government platform (TGVCC) or its SBCs', 'Calls to 911/933 or to real customer numbers', 'Denial-of-service or registration floods'),
    h1('Stop Conditions and Contacts'), p('The NOC duty manager may stop the exercise at any time. Findings go to the corporate vulnerability tracker.'),
  ];
  return { file: 'kestrel-roe.docx', expected: 'UNKNOWN', note: 'Internal red-team rules-of-engagement memo for the commercial platform; explicitly not a 3PAO assessment plan.', data: await toDocx({ blocks, meta: { title: 'Memo' } }) };
}

function cabMinutes(): EvalDoc {
  const spec = {
    blocks: [
      title('Change Advisory Board - Meeting Minutes, 2026-03-05'),
      p('Attendees: S. Oduya (chair), J. Lindqvist (ISSO), E. Marsh (NOC), P. Ng (Voice Apps), R. Duarte (Product). Apologies: D. Whitcombe.'),
      h1('1. Review of last week\'s actions'), ul('CHG-88391 SBC firmware 9.3.1 to pair B: completed, no incidents.', 'Action from 02-26 (add synthetic outbound test calls post-change): done.'),
      h1('2. Changes for approval'),
      table([['Change', 'Description', 'Risk', 'Decision'], ['CHG-88412', 'NAT traversal setting on realm carrier-b', 'Low', 'Approved (standard)'], ['CHG-88420', 'Add 500 channels on CARRIERB-POI-2', 'Low', 'Approved'], ['CHG-88431', 'Speech analytics pilot', 'High', 'Deferred - needs significant change request to agency first (ISSO)']]),
      h1('3. Any other business'), p('Freeze window for the annual assessment: April 6 to May 1. No normal changes to in-scope components except security patches.'),
      h1('Actions'), ul('JL: draft SCR for speech analytics', 'EM: publish freeze calendar'),
    ],
  };
  return { file: 'CAB-2026-03-05.md', expected: 'UNKNOWN', note: 'Change advisory board meeting minutes; mentions changes and an SCR but is neither a CM plan nor a change request.', data: toMarkdown(spec) };
}

async function vendorQuestionnaire(): Promise<EvalDoc> {
  const qs: Cell[][] = [
    ['Ref', 'Question', 'Response', 'Comments'],
    ['A.1', 'Does the vendor maintain a documented information security program?', 'Yes', 'ISO 27001 certified; FedRAMP Moderate in process'],
    ['A.2', 'Is there a designated security officer?', 'Yes', 'CISO Dana Whitcombe'],
    ['B.1', 'Is customer data encrypted at rest?', 'Yes', 'AES-256 via KMS'],
    ['B.2', 'Is voice media encrypted in transit?', 'Yes', 'SRTP to endpoints; PSTN legs per carrier'],
    ['C.1', 'Are background checks performed on staff with access to customer data?', 'Yes', ''],
    ['D.1', 'Does the vendor carry cyber liability insurance?', 'Yes', '$10M aggregate'],
    ['E.1', 'Has the vendor had a data breach in the last 3 years?', 'No', ''],
  ];
  const data = await toXlsx([{ name: 'Questionnaire', rows: [['State Health Exchange - Third-Party Vendor Security Questionnaire (Lite)'], [`Vendor: ${CSP}`], [], ...qs], boldRows: [4] }], { title: 'Vendor Risk Questionnaire', creator: 'procurement' });
  return { file: 'VSQ_response_Tessaline.xlsx', expected: 'UNKNOWN', note: 'Completed third-party vendor security questionnaire for a state customer; not a CIS/CRM workbook.', data };
}

async function riskRegister(): Promise<EvalDoc> {
  const data = await toXlsx([{ name: 'Enterprise Risks', rows: [['Tessaline Enterprise Risk Register - FY2026 Q1'], ['Risk ID', 'Category', 'Risk Statement', 'Likelihood (1-5)', 'Impact (1-5)', 'Inherent Score', 'Owner', 'Treatment', 'Target Date', 'Trend'], ['ER-01', 'Regulatory', 'FCC enforcement for robocall mitigation gaps', 2, 5, 10, 'General Counsel', 'Mitigate', 'Q3 FY26', 'Stable'], ['ER-02', 'Financial', 'USF contribution factor increase reduces margin', 4, 3, 12, 'CFO', 'Accept', 'n/a', 'Rising'], ['ER-03', 'Operational', 'Single carrier dependency for toll-free', 3, 4, 12, 'VP Network', 'Mitigate', 'Q2 FY26', 'Falling'], ['ER-04', 'Market', 'Loss of federal pipeline if FedRAMP delayed', 3, 5, 15, 'CRO', 'Mitigate', 'Q4 FY26', 'Stable'], ['ER-05', 'People', 'Attrition of voice engineers', 3, 3, 9, 'CHRO', 'Mitigate', 'Q2 FY26', 'Stable']], boldRows: [2] }], { title: 'Risk Register', creator: 'erm' });
  return { file: 'ERM_register_Q1.xlsx', expected: 'UNKNOWN', note: 'Enterprise risk register with business risks; not a POA&M.', data };
}

function jobDescription(): EvalDoc {
  const spec = {
    blocks: [
      title('Job Description: Senior Voice Network Security Engineer (Public Sector)'),
      p('Location: Herndon, VA (hybrid). Clearance: ability to obtain Public Trust. Reports to: Director, Voice Platform Engineering.'),
      h1('About the role'), p(`You will harden and operate the session border controllers, SIP proxies and media servers of ${SYS}, our government cloud offering, and support our FedRAMP Moderate authorization by producing evidence for assessors, remediating scan findings and keeping system documentation current.`),
      h1('Responsibilities'), ul('Own SBC hardening baselines and TLS/SRTP configuration', 'Triage monthly vulnerability scan results and drive remediation within FedRAMP timelines', 'Participate in incident response for toll fraud and TDoS events', 'Contribute to the SSP and configuration management documentation'),
      h1('Qualifications'), ul('5+ years with SIP, RTP, SBCs (any major vendor)', 'Experience with NIST SP 800-53 or FedRAMP', 'Linux, AWS, Terraform', 'CISSP or CCNP Voice a plus'),
      h1('Benefits'), p('Competitive salary, 401(k) match, tuition assistance. Tessaline is an equal opportunity employer.'),
    ],
  };
  return { file: 'JD-VNSE-2026.txt', expected: 'UNKNOWN', note: 'Job description for a voice security engineer; mentions FedRAMP duties but is HR material.', data: toText(spec) };
}

function qbrNotes(): EvalDoc {
  const spec = {
    blocks: [
      title('Board of Directors - Q1 2026 Public Sector Update (speaker notes)'),
      h1('Slide 1 - Headline'), p('Public sector bookings up 34% year over year; OBA contact center go-live on track for July.'),
      h1('Slide 2 - FedRAMP status'), p('Agency sponsor in place (OBA). SSP submitted in February, 3PAO assessment planned for April, target ATO in Q3. Budget for the assessment and continuous monitoring: $1.9M over two years.'),
      h1('Slide 3 - Pipeline'), table([['Agency', 'Seats', 'Stage'], ['OBA', '4,200', 'Contracted'], ['Agency B', '1,100', 'Proposal'], ['Agency C', '9,000', 'RFI']]),
      h1('Slide 4 - Risks'), p('Dependence on FedRAMP timing; carrier diversity for toll-free; hiring of cleared engineers.'),
      h1('Slide 5 - Ask'), p('Approve incremental headcount of 6 for the government platform team.'),
    ],
  };
  return { file: 'board_Q1_notes.md', expected: 'UNKNOWN', note: 'Board presentation speaker notes on public sector business and FedRAMP status; not a deliverable.', data: toMarkdown(spec) };
}

async function isoCert(): Promise<EvalDoc> {
  const blocks = [
    title('CERTIFICATE OF REGISTRATION', 30),
    p('This is to certify that the Information Security Management System of'),
    b(CSP), p('2200 Meridian Parkway, Herndon, VA 20171, USA'),
    p('has been assessed and found to conform to the requirements of ISO/IEC 27001:2022'),
    p('Scope: The provision of cloud unified communications, SIP trunking and contact center services, including network operations, voice platform engineering and customer support, in accordance with the Statement of Applicability version 6 dated 2025-09-01.'),
    table([['Certificate No.', 'ISMS 771204'], ['Original certification', '2019-10-21'], ['Current issue', '2025-10-21'], ['Expiry', '2028-10-20']]),
    p('Issued by Keystone Certification Services Ltd., accredited by ANAB. Validity of this certificate can be verified at the certification body website.'),
  ];
  return { file: 'cert_27001.pdf', expected: 'UNKNOWN', note: 'ISO/IEC 27001 certificate of registration; another framework\'s certificate.', data: await toPdf({ blocks, meta: { title: 'Certificate' } }) };
}

async function trainingDeck(): Promise<EvalDoc> {
  const blocks = [
    title('Annual Security Awareness Training 2026 - Contact Center Agents', 28), p('Facilitator guide and slide notes'),
    ...toc(['Why security matters in the contact center', 'Vishing and social engineering', 'Handling PII on calls', 'Reporting incidents', 'Quiz']),
    h1('Module 1 - Why security matters in the contact center'), p('Agents handle benefit claims and personal information every day. Attackers call pretending to be beneficiaries or staff. Every agent is a line of defense.'),
    h1('Module 2 - Vishing and social engineering'), p('Example: a caller claims to be from IT and asks for your softphone password. Never share credentials. Verify callers with the IVR-authenticated data shown on screen.'),
    h1('Module 3 - Handling PII on calls'), p('Pause recording when payment card data is read. Do not write PII on paper. Lock your screen when away.'),
    h1('Module 4 - Reporting incidents'), p('Report suspicious calls to your supervisor and via the Report button in the agent desktop.'),
    h1('Module 5 - Quiz'), p('10 questions; passing score 80%. Completion is tracked in the LMS.'),
  ];
  return { file: 'SAT_2026_facilitator.docx', expected: 'UNKNOWN', note: 'Security awareness training facilitator notes for contact center agents; training material, not rules of behavior or a policy.', data: await toDocx({ blocks, header: 'Tessaline Learning', meta: { title: 'Rules of Behavior', creator: 'learning' } }) };
}

async function projectPlan(): Promise<EvalDoc> {
  const data = await toXlsx([
    { name: 'Plan', rows: [['OBA Contact Center Deployment - Project Plan'], ['WBS', 'Task', 'Owner', 'Start', 'Finish', '% Complete', 'Predecessor'], ['1', 'Discovery workshops with OBA', 'PM', '2026-01-12', '2026-01-23', 100, ''], ['2', 'Number porting (LOA, FOC)', 'Numbering', '2026-03-02', '2026-04-22', 40, '1'], ['3', 'IVR and call flow build', 'Voice Apps', '2026-02-02', '2026-04-30', 55, '1'], ['4', 'Agent desktop training', 'Learning', '2026-05-04', '2026-06-12', 0, '3'], ['5', 'FedRAMP assessment support', 'GRC', '2026-04-06', '2026-05-22', 0, ''], ['6', 'Go-live and hypercare', 'NOC', '2026-07-06', '2026-07-31', 0, '2,3,4']], boldRows: [2] },
  ], { title: 'Project Plan', creator: 'pmo' });
  return { file: 'OBA_deploy_plan.xlsx', expected: 'UNKNOWN', note: 'Customer deployment project plan with WBS tasks; not a POA&M despite milestones.', data };
}

export async function lookalikeDocs(): Promise<EvalDoc[]> {
  return [
    ...(await Promise.all([cpni(), stirShaken(), e911(), interconnection(), loa(), capacity(), rmd(), soc2Bridge(), roeMemo(), vendorQuestionnaire(), riskRegister(), isoCert(), trainingDeck(), projectPlan()])),
    form499(),
    nors(),
    cdr(),
    sipTrace(),
    cabMinutes(),
    jobDescription(),
    qbrNotes(),
  ];
}
