/** Documents an agency library also holds that are none of the FedRAMP deliverables (UNKNOWN). */
import type { Block } from '../kit/pdf-doc.js';
import { sections, type Sys } from '../kit/front-matter.js';

export const lookalikes = {
  newsletter: (): Block[] => [
    { k: 'title', text: 'The OCIO Connection', size: 24 },
    { k: 'p', text: 'Monthly newsletter of the Office of the Chief Information Officer | Volume 9, Issue 3 | March 2026', size: 9 },
    ...sections([
      ['Cloud Smart Progress', 'This quarter three more mission systems moved to FedRAMP-authorized cloud services. The Meridian Case Manager went live for the Wage and Hour Division after the authorizing official signed its authority to operate in late March. Thanks to everyone who sat through assessment interviews!', 'Next up: the grants portal, whose System Security Plan is now with the agency review team.'],
      ['Cyber Awareness Corner', 'Phishing remains the top initial access vector. Last month our simulated phishing click rate dropped to 3.1 percent. Remember: report suspicious emails with the Report Phish button.'],
      ['Meet the Team', 'Lena Park joined the ISSM team from the Navy, where she led continuous monitoring for a dozen systems. Ask her about her sourdough.'],
      ['Upcoming Events', '* April 8: Brown bag on zero trust architecture', '* April 22: IT town hall with the CIO', '* May 6: Records management training'],
      ['Service Desk Tips', 'Password resets for PIV-exempt accounts now take under five minutes through the self-service portal. Laptop refresh for Region 4 begins in May.'],
    ], false),
  ],
  gao: (): Block[] => [
    { k: 'p', text: 'United States Government Accountability Office', bold: true },
    { k: 'p', text: 'Report to Congressional Requesters | GAO-26-106412 | February 2026' },
    { k: 'title', text: 'CLOUD SECURITY: Federal Authorization Program Usage Increased, but Agencies Need to Improve Monitoring of Authorized Services', size: 16 },
    ...sections([
      ['What GAO Found', 'Agencies reported using more FedRAMP-authorized cloud services since 2022. However, of the 24 agencies GAO reviewed, 15 did not consistently review monthly continuous monitoring deliverables such as plans of action and milestones and vulnerability scan results. Without such reviews, agencies may not be aware of unremediated vulnerabilities.'],
      ['Why GAO Did This Study', 'The FedRAMP Authorization Act codified the program in 2022. GAO was asked to review agencies implementation of the program. GAO analyzed documentation from 24 agencies, including system security plans and authorization letters, and interviewed officials from GSA and OMB.'],
      ['What GAO Recommends', 'GAO is making 18 recommendations to agencies to establish procedures for reviewing continuous monitoring deliverables and one recommendation to GSA to clarify guidance. Agencies generally concurred.'],
      ['Background', 'FedRAMP provides a standardized approach to security assessment, authorization and continuous monitoring for cloud products. Cloud service providers document controls in a system security plan; a third party assessment organization tests them and documents results in a security assessment report; agencies then issue an authority to operate.'],
      ['Agencies Did Not Consistently Monitor Authorized Services', 'Officials at several agencies stated they relied on the FedRAMP PMO to review monthly deliverables. However, for agency authorizations the agency is responsible for continuous monitoring oversight. GAO found POA&M items open past their remediation deadlines at 9 agencies.'],
    ]),
  ],
  omb: (): Block[] => [
    { k: 'p', text: 'EXECUTIVE OFFICE OF THE PRESIDENT\nOFFICE OF MANAGEMENT AND BUDGET\nWASHINGTON, D.C. 20503', bold: true },
    { k: 'p', text: 'M-26-09 | January 22, 2026' },
    { k: 'p', text: 'MEMORANDUM FOR THE HEADS OF EXECUTIVE DEPARTMENTS AND AGENCIES', bold: true },
    { k: 'p', text: 'FROM: Director, Office of Management and Budget' },
    { k: 'p', text: 'SUBJECT: Modernizing the Federal Risk and Authorization Management Program', bold: true },
    ...sections([
      ['Introduction', 'This memorandum updates the policy framework for the Federal Risk and Authorization Management Program (FedRAMP) consistent with the FedRAMP Authorization Act. It rescinds OMB memorandum Security Authorization of Information Systems in Cloud Computing Environments (December 8, 2011).'],
      ['Scope', 'This memorandum applies to cloud products and services that host federal information or systems and are used by agencies.'],
      ['Agency Responsibilities', 'Agencies shall: (a) use FedRAMP authorizations to the maximum extent practicable; (b) issue an authorization to operate for each cloud service used; (c) review continuous monitoring materials; and (d) provide authorization documentation to the FedRAMP PMO.'],
      ['GSA Responsibilities', 'GSA shall establish automation of security assessment and review, including machine-readable authorization packages, within 18 months.'],
      ['Implementation', 'Agencies shall update their policies within 180 days of the date of this memorandum. Questions may be directed to the Office of the Federal Chief Information Officer.'],
    ]),
  ],
  nist: (): Block[] => [
    { k: 'p', text: 'NIST Special Publication 800-37 Revision 2 (excerpt)' },
    { k: 'title', text: 'Risk Management Framework for Information Systems and Organizations', size: 16 },
    { k: 'p', text: 'A System Life Cycle Approach for Security and Privacy' },
    { k: 'p', text: 'JOINT TASK FORCE. This publication is available free of charge from: https://doi.org/10.6028/NIST.SP.800-37r2', size: 8 },
    ...sections([
      ['3.6 Authorization', 'Purpose: The purpose of the Authorize step is to provide organizational accountability by requiring a senior management official to determine if the security and privacy risk to organizational operations is acceptable.'],
      ['Task R-1 Authorization Package', 'Assemble the authorization package and submit the package to the authorizing official for an authorization decision. Potential inputs: security and privacy plans; assessment reports; plan of action and milestones. Expected outputs: authorization package with executive summary.', 'Discussion: Authorization packages include security and privacy plans, security and privacy assessment reports, plans of action and milestones, and an executive summary.'],
      ['Task R-2 Risk Analysis and Determination', 'Analyze and determine the risk from the operation or use of the system or the provision of common controls. The authorizing official considers the assessment findings and the organizational risk tolerance.'],
      ['Task R-3 Risk Response', 'Identify and implement a preferred course of action in response to the risk determined.'],
      ['Task R-4 Authorization Decision', 'Determine if the risk from the operation or use of the information system is acceptable. The authorization decision is documented in an authorization decision document; authorization terms and conditions are specified.'],
    ], false),
  ],
  strategicPlan: (s: Sys): Block[] => [
    { k: 'title', text: `${s.agency} Information Technology Strategic Plan FY2026-FY2030`, size: 20 },
    { k: 'p', text: 'Office of the Chief Information Officer' },
    ...sections([
      ['Message from the CIO', 'Our mission depends on modern, secure and reliable technology. This plan sets four goals for the next five years and aligns our investments with the agency strategic plan and the Federal Cloud Smart strategy.'],
      ['Goal 1: Modernize Mission Systems', 'Objective 1.1: migrate 70 percent of applications to FedRAMP-authorized cloud services by FY2028. Objective 1.2: retire two legacy data centers. Performance measure: percentage of systems hosted in the cloud.'],
      ['Goal 2: Strengthen Cybersecurity', 'Objective 2.1: implement zero trust architecture consistent with OMB M-22-09. Objective 2.2: achieve phishing-resistant MFA for all users. Objective 2.3: reduce the average age of high vulnerabilities below 30 days.'],
      ['Goal 3: Data as a Strategic Asset', 'Objective 3.1: publish an enterprise data catalog. Objective 3.2: establish data governance board.'],
      ['Goal 4: Workforce', 'Objective 4.1: expand cloud and cyber training; Objective 4.2: recruit 40 IT specialists through direct-hire authority.'],
      ['Governance', 'The IT Investment Review Board oversees implementation; progress is reported quarterly on the agency dashboard.'],
    ]),
  ],
  marketplace: (s: Sys): Block[] => [
    { k: 'p', text: 'marketplace.fedramp.gov/products/F2405031212 | printed 03/02/2026 10:14 AM', size: 8 },
    { k: 'title', text: `${s.name}`, size: 20 },
    { k: 'p', text: `${s.csp} | Service Model: SaaS | Deployment Model: Government Community Cloud` },
    { k: 'table', head: ['Field', 'Value'], rows: [
      ['FedRAMP Status', 'FedRAMP Authorized'], ['Impact Level', s.level], ['Authorization Type', 'Agency'], ['Partnering Agency', s.agency],
      ['Independent Assessor', s.threePao], ['Authorization Date', '04/02/2026'], ['Annual Assessment Date', '03/2027'], ['Agencies Using', '3'],
      ['Service Description', `${s.name} provides case intake, workflow and reporting for federal programs.`],
    ], widths: [2, 5] },
    { k: 'h', text: 'Agency Authorizations (ATOs) Issued' },
    { k: 'table', head: ['Agency', 'Sub-agency', 'ATO Date'], rows: [[s.agency, 'Wage and Hour Division', '03/31/2026'], ['Department of Education', 'Federal Student Aid', '06/11/2026']] },
    { k: 'p', text: 'Package access: agencies may request access to the security package by submitting the Package Access Request Form. The package includes the SSP, SAP, SAR and POA&M.' },
    { k: 'p', text: 'Contact: fedramp-sales@example.com | About | Privacy Policy | Accessibility', size: 8 },
  ],
  brochure: (s: Sys): Block[] => [
    { k: 'title', text: `${s.name}: Secure Case Management for Government`, size: 22 },
    { k: 'p', text: 'Now FedRAMP Moderate Authorized!', bold: true, size: 14 },
    ...sections([
      ['Why agencies choose us', `Built from day one for federal missions, ${s.name} combines intuitive workflows with security controls your ISSO will love. Launch in weeks, not years.`],
      ['Features', '* Configurable case workflows and forms', '* Role-based dashboards and real-time reporting', '* Single sign-on with PIV/CAC and Login.gov', '* Section 508 conformant interface', '* Open APIs for integration'],
      ['Security and Compliance', 'Hosted in AWS GovCloud. FIPS 140-validated encryption. Continuous monitoring with monthly reporting. Our FedRAMP package is available in the FedRAMP Marketplace for agency reuse.'],
      ['Customer Stories', '"We retired a 20-year-old mainframe application in six months." - Program Director, federal agency'],
      ['Pricing', 'Per-user subscription available on GSA Schedule MAS SIN 518210C and through NASA SEWP V.'],
    ], false),
    { k: 'p', text: `Contact us: gov-sales@example.com | ${s.csp}`, size: 9 },
  ],
  slides: (): Block[] => [
    { k: 'title', text: 'Lessons Learned from Our First Agency Authorization', size: 20 },
    { k: 'p', text: 'FedTech Cloud Summit 2026 | Session C-14 | Presenter handout (3 slides per page)', size: 9 },
    ...['Slide 1: Why we chose the agency path - sponsor engaged early; Kickoff in week 2', 'Slide 2: Timeline - readiness 3 months, SSP 4 months, 3PAO assessment 10 weeks, agency review 8 weeks', 'Slide 3: What took longest - inventory reconciliation; scan credential issues; CRM responsibilities', 'Slide 4: Tips - treat the SSP as living code; automate inventory; hold weekly 3PAO syncs', 'Slide 5: ConMon realities - monthly POA&M is a product, staff it', 'Slide 6: Q&A'].flatMap((t): Block[] => [
      { k: 'h', text: t.split(' - ')[0]!, size: 12 },
      { k: 'table', head: ['Slide', 'Notes'], rows: [[t.split(' - ')[1] ?? '', '______________________________\n______________________________\n______________________________']], widths: [3, 2] },
    ]),
  ],
  court: (): Block[] => [
    { k: 'p', text: 'United States Court of Federal Claims', bold: true },
    { k: 'p', text: 'No. 25-1187C (Filed: January 9, 2026)' },
    { k: 'p', text: 'CIRRUSPOINT SOLUTIONS, LLC, Plaintiff, v. THE UNITED STATES, Defendant, and HALCYON DATA SYSTEMS, INC., Defendant-Intervenor.' },
    { k: 'title', text: 'OPINION AND ORDER', size: 14 },
    ...sections([
      ['Background', 'This bid protest challenges the award of a task order for case management software. The solicitation required offerors to hold a FedRAMP Moderate authorization or to achieve one within 12 months of award. Plaintiff argues the agency unreasonably evaluated the awardee, whose authorization was in progress, as technically acceptable.'],
      ['Standard of Review', 'The Court reviews the agency action under the standard of the Administrative Procedure Act, 5 U.S.C. 706, and sets aside agency action only if it is arbitrary, capricious, an abuse of discretion, or otherwise not in accordance with law.'],
      ['Discussion', 'The record shows that the evaluators considered the awardee readiness assessment report and its system security plan, and documented the risk. The solicitation did not require an authority to operate at proposal submission. The agency evaluation was reasonable.'],
      ['Conclusion', "For the foregoing reasons, plaintiff's motion for judgment on the administrative record is DENIED and the government's cross-motion is GRANTED. The Clerk shall enter judgment accordingly. IT IS SO ORDERED."],
    ], false),
  ],
  foia: (s: Sys): Block[] => [
    { k: 'p', text: `${s.agency.toUpperCase()}\nFreedom of Information Act Office`, bold: true },
    { k: 'p', text: 'February 27, 2026' },
    { k: 'p', text: 'Ms. Jordan Ellery\nTransparency Research Project\n1200 K Street NW, Washington, DC 20005' },
    { k: 'p', text: 'Re: FOIA Request No. 2026-FOIA-00318', bold: true },
    { k: 'p', text: `Dear Ms. Ellery: This letter responds to your Freedom of Information Act request dated December 3, 2025, seeking copies of the authority to operate and system security plan for ${s.name}.` },
    { k: 'p', text: 'We located 214 pages of responsive records. We are releasing 2 pages in full and 12 pages in part. We are withholding 200 pages in full under FOIA Exemption 7(E), which protects techniques and procedures for law enforcement investigations, and Exemption 4, which protects confidential commercial information. Specifically, the system security plan describes security controls whose disclosure could reasonably be expected to risk circumvention of the law.' },
    { k: 'p', text: 'You may appeal this determination within 90 days to the Office of the Solicitor, FOIA Appeals Unit. You may also seek dispute resolution services from our FOIA Public Liaison or the Office of Government Information Services (OGIS).' },
    { k: 'p', text: 'Sincerely,\nThomas Whitaker\nAgency FOIA Officer' },
    { k: 'p', text: 'Enclosures: 14 pages', size: 8 },
  ],
  pressRelease: (s: Sys): Block[] => [
    { k: 'p', text: 'FOR IMMEDIATE RELEASE', bold: true },
    { k: 'title', text: `${s.csp} Achieves FedRAMP Authorization for ${s.name}`, size: 18 },
    { k: 'p', text: `ARLINGTON, Va., April 7, 2026 /PRNewswire/ -- ${s.csp}, a leading provider of government case management software, today announced that ${s.name} has received an Authority to Operate from the ${s.agency} and is now listed as FedRAMP Authorized at the ${s.level} impact level in the FedRAMP Marketplace.` },
    { k: 'p', text: `"This milestone reflects our long-standing commitment to security," said Carla Nguyen, CEO of ${s.csp}. "Federal agencies can now reuse our authorization package and deploy faster."` },
    { k: 'p', text: `The authorization followed a comprehensive assessment by ${s.threePao}, an accredited third party assessment organization, which tested more than 300 security controls.` },
    { k: 'p', text: `About ${s.csp}: founded in 2011 and headquartered in Arlington, Virginia, the company serves more than 40 public sector customers.` },
    { k: 'p', text: 'Media contact: press@example.com, 571-555-0199\n###' },
  ],
  certificate: (): Block[] => [
    { k: 'space', h: 40 },
    { k: 'title', text: 'Certificate of Completion', size: 30 },
    { k: 'p', text: 'This certifies that', size: 12 },
    { k: 'p', text: 'MARTA LINDQVIST', bold: true, size: 22 },
    { k: 'p', text: 'has successfully completed the course', size: 12 },
    { k: 'p', text: 'FedRAMP 200: Continuous Monitoring for Cloud Service Providers (8 CPE credits)', bold: true, size: 14 },
    { k: 'p', text: 'Awarded on January 28, 2026 | Certificate ID TRN-2026-004412 | CyberSkills Academy, an ISC2 Official Training Provider', size: 10 },
    { k: 'p', text: 'Course topics: monthly POA&M updates, vulnerability scan requirements, significant change requests, deviation requests, annual assessment planning. This certificate confirms attendance only and is not a FedRAMP credential.', size: 9 },
    { k: 'p', text: '____________________ Program Director            ____________________ Lead Instructor', size: 10 },
  ],
  soc2: (s: Sys): Block[] => [
    { k: 'title', text: `${s.csp} SOC 2 Type II Report`, size: 20 },
    { k: 'p', text: `Report on ${s.csp}'s Description of Its ${s.name} System and on the Suitability of the Design and Operating Effectiveness of Its Controls Relevant to Security, Availability and Confidentiality | For the period October 1, 2024 to September 30, 2025` },
    ...sections([
      ['Independent Service Auditor\'s Report', `To the management of ${s.csp}: Scope: We have examined the accompanying description of the ${s.name} system and the suitability of the design and operating effectiveness of controls to provide reasonable assurance that the service commitments would be achieved based on the trust services criteria relevant to security, availability and confidentiality (AICPA, TSP section 100).`],
      ['Opinion', 'In our opinion, in all material respects, the description presents the system that was designed and implemented throughout the period, and the controls operated effectively.'],
      ['Management\'s Assertion', 'We have prepared the accompanying description in accordance with the description criteria DC section 200.'],
      ['Trust Services Criteria and Tests of Controls', 'CC6.1 The entity implements logical access security software. Test: inspected the access provisioning for a sample of 25 new hires; no exceptions noted. CC7.2 The entity monitors system components for anomalies. Test: inspected SIEM alerts; no exceptions noted. CC8.1 Change management: inspected 40 changes; one exception noted where approval was recorded after deployment.'],
      ['Complementary User Entity Controls', 'User entities are responsible for managing their own users, reviewing access, and reporting incidents.'],
    ]),
  ],
  roeMemo: (): Block[] => [
    { k: 'p', text: 'MEMORANDUM', bold: true, size: 14 },
    { k: 'p', text: 'TO: Harbor Freight Logistics IT Security\nFROM: RedLattice Offensive Services\nDATE: November 3, 2025\nRE: Rules of Engagement - Q4 External Penetration Test (commercial engagement, SOW 2025-118)' },
    ...sections([
      ['Purpose', 'This memo records the rules of engagement agreed for the annual external penetration test of the Harbor Freight Logistics corporate network, required by the company cyber insurance carrier and its PCI DSS program.'],
      ['Targets', 'In scope: 203.0.113.0/26 and the corporate VPN gateway. Out of scope: third-party hosted e-commerce platform, employee home networks.'],
      ['Permitted Activities', 'Port scanning, service enumeration, credential attacks with a lockout-safe cadence, exploitation of discovered vulnerabilities to demonstrate impact. Social engineering is excluded this year.'],
      ['Communication', 'Daily status emails; immediate phone call for critical findings. Emergency stop: call the IT Security manager.'],
      ['Authorization', 'Signed authorization letter from the CIO on file. Testing window November 10-21, 2025.'],
    ]),
  ],
  riskRegister: (): string[][] => [
    ['Risk ID', 'Risk Title', 'Category', 'Owner', 'Likelihood (1-5)', 'Impact (1-5)', 'Score', 'Response', 'Trend', 'Review Date'],
    ['ER-001', 'Key vendor concentration for cloud hosting', 'Strategic', 'CFO', '3', '4', '12', 'Accept with multi-region design', 'Stable', '2026-01-31'],
    ['ER-002', 'Loss of key engineering staff', 'People', 'CHRO', '3', '3', '9', 'Retention bonuses; cross-training', 'Up', '2026-01-31'],
    ['ER-003', 'Ransomware affecting corporate IT', 'Cyber', 'CISO', '2', '5', '10', 'EDR, offline backups, tabletop exercise', 'Stable', '2026-01-31'],
    ['ER-004', 'Delay in federal authorization impacts revenue', 'Commercial', 'CRO', '3', '4', '12', 'Dedicated compliance program; 3PAO engaged', 'Down', '2026-01-31'],
    ['ER-005', 'Changes to data privacy law in EU', 'Regulatory', 'General Counsel', '2', '3', '6', 'Monitor; DPA updates', 'Stable', '2026-01-31'],
    ['ER-006', 'Foreign exchange exposure', 'Financial', 'CFO', '4', '2', '8', 'Hedging policy', 'Stable', '2026-01-31'],
    ['ER-007', 'Data center lease expiry (corporate)', 'Operational', 'COO', '2', '2', '4', 'Migrate to cloud by Q3', 'Down', '2026-01-31'],
  ],
  minutes: (): string => `# Weekly FedRAMP Program Sync - Meeting Minutes

**Date:** 2026-02-12, 10:00-10:45 ET
**Attendees:** M. Lindqvist (ISSO), R. Malhotra (System Owner), A. Brennan (3PAO lead), J. Okafor (Engineering), agency liaison K. Davis
**Note taker:** J. Okafor

## Agenda
1. Status of SAP approval
2. Scan credential issues
3. Inventory reconciliation
4. AOB

## Discussion
- **SAP:** agency reviewers returned two comments on sampling (AC-2 sample size). 3PAO will revise and resubmit Friday. Kickoff stays Feb 16.
- **Scans:** authenticated scans failed on 3 database hosts last month. Engineering fixed the service account permissions; re-scan scheduled Feb 18.
- **Inventory:** 6 hosts in the workbook are not in the latest scan. They were decommissioned; workbook to be updated before the SAR.
- **POA&M:** two items close to their 90-day deadline; owners reminded.
- **AOB:** the agency asked whether the planned database migration is a significant change. Consensus: yes; ISSO will draft the request after testing.

## Action items
| # | Action | Owner | Due |
|---|--------|-------|-----|
| 1 | Resubmit SAP with revised sampling | A. Brennan | 2026-02-13 |
| 2 | Re-run DB scans | J. Okafor | 2026-02-18 |
| 3 | Update inventory workbook | M. Lindqvist | 2026-02-20 |
| 4 | Draft significant change request | M. Lindqvist | 2026-03-13 |

Next meeting: 2026-02-19.
`,
  jobDescription: (): string => `POSITION DESCRIPTION

Title: Information System Security Officer (ISSO) - FedRAMP
Department: Trust & Compliance
Reports to: Director, Government Compliance
Location: Arlington, VA (hybrid) | Clearance: Public Trust required
Req ID: 2026-0231

ABOUT THE ROLE
We are looking for an ISSO to own the security authorization of our FedRAMP Moderate SaaS offering. You will maintain
the System Security Plan and its attachments, coordinate annual assessments with our 3PAO, manage the monthly
continuous monitoring deliverables (POA&M, vulnerability scans, inventory) and drive significant change requests
through agency review.

RESPONSIBILITIES
- Maintain SSP control implementation statements and keep them aligned with the actual environment
- Lead monthly ConMon: triage scan findings, update the POA&M, prepare deviation requests
- Serve as primary point of contact for agency authorizing officials and the FedRAMP PMO
- Support incident response and contingency plan testing
- Coach engineering teams on NIST SP 800-53 Rev 5 requirements

QUALIFICATIONS
- 5+ years in federal information security compliance (FISMA, FedRAMP, RMF)
- CISSP, CISA or CAP certification
- Experience with OSCAL, Tenable, and AWS GovCloud is a plus

BENEFITS
Competitive salary (USD 135,000 - 165,000), 401(k) match, medical/dental/vision, 20 days PTO, education reimbursement.

Equal Opportunity Employer. We do not sponsor visas for this role.
`,
  questionnaire: (): string[][] => [
    ['Section', 'Question ID', 'Question', 'Vendor Response', 'Evidence Reference'],
    ['General', 'G-01', 'Provide your legal company name and headquarters address.', 'Cobalt Peak Software Corp., Denver, CO', ''],
    ['General', 'G-02', 'Do you hold any security certifications (ISO 27001, SOC 2, FedRAMP)?', 'SOC 2 Type II; FedRAMP Moderate (agency authorization)', 'SOC2-2025.pdf'],
    ['Data Protection', 'D-01', 'Is customer data encrypted at rest? Describe key management.', 'Yes, AES-256 via cloud KMS; customer-managed keys optional', ''],
    ['Data Protection', 'D-02', 'Where is customer data stored (countries)?', 'United States only', ''],
    ['Access Control', 'A-01', 'Do you enforce MFA for employees accessing production?', 'Yes, FIDO2 hardware keys', 'Policy AC-01'],
    ['Incident Response', 'I-01', 'Will you notify us of a breach within 72 hours?', 'Yes, within 24 hours', 'MSA section 9'],
    ['Business Continuity', 'B-01', 'What are your RTO and RPO?', 'RTO 12h, RPO 4h', ''],
    ['Subprocessors', 'S-01', 'List all subprocessors with access to our data.', 'AWS, Twilio (SMS), Zendesk (support tickets)', 'Subprocessor list'],
    ['Vulnerability Mgmt', 'V-01', 'How often do you perform penetration tests?', 'Annually by an independent firm', 'Pentest letter 2025'],
  ],
  isoCert: (): Block[] => [
    { k: 'title', text: 'CERTIFICATE OF REGISTRATION', size: 22 },
    { k: 'p', text: 'This is to certify that the Information Security Management System of' },
    { k: 'p', text: 'BlueHarbor Technologies LLC\n2100 Harbor Point Drive, Baltimore, MD 21230, USA', bold: true, size: 13 },
    { k: 'p', text: 'has been assessed and found to conform to the requirements of ISO/IEC 27001:2022 for the following scope: the design, development, operation and support of the BlueHarbor Analytics Cloud SaaS platform, in accordance with the Statement of Applicability version 4.1 dated 2025-06-02.' },
    { k: 'p', text: 'Certificate number: IS 781204 | Original certification date: 2019-07-15 | Current issue date: 2025-07-15 | Expiry date: 2028-07-14' },
    { k: 'p', text: 'Validity of this certificate is subject to satisfactory surveillance audits. Issued by Northgate Certification Ltd, accredited by ANAB (Certificate 0412).', size: 9 },
  ],
  contract: (s: Sys): Block[] => [
    { k: 'p', text: 'AMENDMENT OF SOLICITATION/MODIFICATION OF CONTRACT | STANDARD FORM 30', bold: true },
    { k: 'title', text: 'Task Order 47QTCA26F0031 - Modification P00002', size: 14 },
    ...sections([
      ['Purpose of Modification', `This bilateral modification incorporates FedRAMP continuous monitoring requirements into the task order for ${s.name} subscription services and exercises Option Period 1.`],
      ['C.7 Security Requirements', 'The Contractor shall maintain a FedRAMP Moderate authorization for the duration of the task order and shall deliver monthly continuous monitoring deliverables to the Contracting Officer Representative within 5 business days of submission to the FedRAMP repository. The Contractor shall notify the Government of significant changes at least 30 days in advance.'],
      ['H.12 Incident Reporting', 'The Contractor shall report incidents to the agency SOC within one hour of discovery.'],
      ['B. Supplies or Services and Prices', 'CLIN 1001 SaaS subscription, 1,200 users, 12 months, firm-fixed-price $684,000.00. CLIN 1002 Implementation support, T&M ceiling $95,000.00.'],
      ['Signatures', 'Except as provided herein, all terms and conditions of the document referenced remain unchanged and in full force and effect. Contracting Officer: Angela Reyes. Contractor signatory: Carla Nguyen, CEO.'],
    ], false),
  ],
  isPolicyOther: (): Block[] => [
    { k: 'title', text: 'Acme Health Partners HIPAA Security Rule Policy Manual', size: 18 },
    { k: 'p', text: 'Policy HSR-04 | Effective 2025-10-01 | Owner: HIPAA Security Officer' },
    ...sections([
      ['Purpose', 'This manual implements the administrative, physical and technical safeguards of the HIPAA Security Rule, 45 CFR Part 164 Subpart C, for Acme Health Partners clinics and its business associates.'],
      ['164.308 Administrative Safeguards', 'Security management process: risk analysis at least annually; sanction policy; information system activity review monthly. Workforce security: authorization and supervision procedures.'],
      ['164.310 Physical Safeguards', 'Facility access controls for clinics and the records room; workstation use and security; device and media controls including disposal of ePHI.'],
      ['164.312 Technical Safeguards', 'Access control with unique user identification and emergency access procedure; audit controls; integrity; person or entity authentication; transmission security.'],
      ['Breach Notification', 'Breaches of unsecured PHI are reported to affected individuals within 60 days and to HHS as required by 45 CFR 164.400-414.'],
    ]),
  ],
};
