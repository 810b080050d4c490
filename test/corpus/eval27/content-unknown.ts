/** Look-alikes from the group's European world: real documents that are none of the FedRAMP deliverables. */
import { LEGAL_NOTICE, toDocx, toMarkdown, toPdf, toText } from './kit.js';
import { workbook } from './content-data.js';
import { CSO, CSP, GROUP, STD_APPROVERS, STD_REVS, build, cover } from './prose.js';
import type { Eval27Doc } from './prose.js';

const fm = (docNo: string) => ({ docNo, version: '2.0', date: '03.02.2025', revisions: STD_REVS.slice(0, 3), approvers: STD_APPROVERS.slice(0, 2), legal: LEGAL_NOTICE });

export async function unknownDocs(): Promise<Eval27Doc[]> {
  const out: Eval27Doc[] = [];
  const add = (file: string, note: string, data: Buffer | string): void => {
    out.push({ file, expected: 'UNKNOWN', note, data });
  };

  add('SoA_ISO27001_2025.xlsx', 'ISO/IEC 27001:2022 Statement of Applicability of the group ISMS (Annex A controls, applicability, justification); not a FedRAMP CIS/CRM.', await workbook([
    { name: 'SoA', rows: [['Erklärung zur Anwendbarkeit / Statement of Applicability - ISO/IEC 27001:2022'], ['Scope: Veltrax Technologies GmbH, Stuttgart and Pune development centres'], ['Annex A Control', 'Title', 'Applicable', 'Justification for inclusion/exclusion', 'Implementation status', 'Reference document'], ['5.1', 'Policies for information security', 'Yes', 'Legal and contractual requirements', 'Implemented', 'GRP-ISMS-0001'], ['5.7', 'Threat intelligence', 'Yes', 'Risk assessment result R-12', 'Partially implemented', 'GRP-ISMS-0044'], ['7.4', 'Physical security monitoring', 'Yes', 'Plant security', 'Implemented', 'GRP-FAC-0002'], ['8.28', 'Secure coding', 'Yes', 'Software development', 'Implemented', 'GRP-DEV-0011'], ['8.30', 'Outsourced development', 'No', 'No outsourced development', 'n/a', '']] },
  ], { title: 'SoA', creator: 'ISMS-Team' }));

  add('VVT_Art30.xlsx', 'GDPR Article 30 record of processing activities (Verzeichnis von Verarbeitungstätigkeiten) of the German parent; privacy register, not a FedRAMP PTA/PIA.', await workbook([
    { name: 'VVT', rows: [['Verzeichnis von Verarbeitungstätigkeiten gem. Art. 30 DSGVO / Record of Processing Activities'], ['Controller: Veltrax Technologies GmbH, Stuttgart; DPO: Katrin Vogelsang'], ['No.', 'Processing activity', 'Purpose', 'Legal basis (Art. 6 GDPR)', 'Categories of data subjects', 'Categories of personal data', 'Recipients', 'Third-country transfer', 'Erasure period', 'TOMs reference'], ['P-001', 'Payroll', 'Salary payment', 'Art. 6(1)(b), § 26 BDSG', 'Employees', 'Bank data, tax ID', 'DATEV eG', 'No', '10 years', 'TOM-01'], ['P-002', 'Applicant management', 'Recruitment', 'Art. 6(1)(b)', 'Applicants', 'CV, contact data', 'Personio', 'No', '6 months', 'TOM-02'], ['P-014', 'Customer CRM', 'Sales', 'Art. 6(1)(f)', 'Customer contacts', 'Name, e-mail', 'Salesforce', 'USA (SCC)', '3 years after contract', 'TOM-05']] },
  ], { title: 'VVT' }));

  add('DSFA_Zeiterfassung.docx', 'GDPR Data Protection Impact Assessment (Art. 35) for the group HR time-recording system in Germany; not the FedRAMP PIA for the cloud service.', await toDocx(build({
    cover: cover(['Datenschutz-Folgenabschätzung / Data Protection Impact Assessment', 'Electronic time recording (Zeiterfassung) - Stuttgart plant']),
    fm: fm('GRP-DP-0031'),
    sections: [
      ['Description of the Processing', 'Employees record working time with badge terminals; data flows to the HR system SAP SuccessFactors. Legal basis: § 26 BDSG and the works-council agreement BV-17.'],
      ['Necessity and Proportionality', 'Recording is required by the judgement of the Federal Labour Court (BAG, 13.09.2022). Location data is not collected.'],
      ['Risks to the Rights and Freedoms of Data Subjects', 'Risk of performance monitoring beyond the purpose; risk of unauthorised access by supervisors.'],
      ['Measures', 'Role concept, pseudonymised reports, deletion after two years, involvement of the works council.'],
      ['Opinion of the Data Protection Officer', 'The residual risk is acceptable; consultation of the supervisory authority (Art. 36 GDPR) is not required.'],
    ],
    meta: { title: 'Vorlage', creator: 'Vogelsang, Katrin' },
  })));

  add('TISAX_Ergebnis_2025.pdf', 'TISAX assessment result summary (ENX, assessment level 3, VDA ISA maturity levels) for the Stuttgart site; automotive label, not a FedRAMP SAR.', await toPdf(build({
    lead: [{ p: 'TISAX Assessment Result / Bewertungsergebnis', bold: true, size: 28 }, { p: 'Assessment ID A8K2M1, Scope ID S7PLQ4 - Veltrax Technologies GmbH, Stuttgart' }],
    sections: [
      ['Assessment Overview', 'Assessment provider: an ENX-approved audit provider. Assessment level: AL3. Assessment objectives: Info high, Info very high, Prototype protection. Catalogue: VDA ISA 6.0.'],
      ['Maturity Results', { table: [['Chapter', 'Target maturity', 'Result'], ['1 Information Security Policies and Organisation', '3', '3.2'], ['5 IT Security / Cyber Security', '3', '2.9'], ['8 Prototype Protection', '3', '3.0']], header: true }],
      ['Findings', 'Two minor nonconformities (supplier management, mobile device encryption) with corrective action plan due 30.09.2025. TISAX labels will be published on the ENX portal after closure.'],
    ],
    headingsAs: 'bold',
  })));

  add('Grundschutz_Modellierung.xlsx', 'BSI IT-Grundschutz modelling (Bausteine assigned to target objects) for the Stuttgart data centre; German baseline method, not a FedRAMP deliverable.', await workbook([
    { name: 'Modellierung', rows: [['IT-Grundschutz-Modellierung nach BSI-Standard 200-2'], ['Zielobjekt', 'Baustein', 'Titel', 'Relevanz', 'Begründung', 'Verantwortlich'], ['Informationsverbund Stuttgart', 'ISMS.1', 'Sicherheitsmanagement', 'ja', 'Übergreifend', 'ISB'], ['Serverraum RZ-01', 'INF.2', 'Rechenzentrum sowie Serverraum', 'ja', 'Eigener Serverraum', 'Facility'], ['Active Directory', 'APP.2.2', 'Active Directory Domain Services', 'ja', 'Verzeichnisdienst', 'IT-Betrieb'], ['Linux-Server', 'SYS.1.3', 'Server unter Linux und Unix', 'ja', 'Produktivsysteme', 'IT-Betrieb'], ['Drucker', 'SYS.4.1', 'Drucker, Kopierer und Multifunktionsgeräte', 'ja', 'Büro', 'IT-Support']] },
  ], { title: 'Modellierung', creator: 'ISB' }));

  add('BV_IT-Monitoring.docx', 'Works-council agreement (Betriebsvereinbarung) on IT and security monitoring of employees; labour agreement, not Rules of Behavior or a policy deliverable.', await toDocx(build({
    lead: [{ p: 'Betriebsvereinbarung Nr. 23 / Works Agreement No. 23', bold: true, size: 28 }, { p: 'on the introduction and use of security monitoring systems (SIEM, EDR) - between the management of Veltrax Technologies GmbH and the works council (Betriebsrat) of the Stuttgart site' }],
    sections: [
      ['Subject Matter and Scope', 'This agreement governs the co-determination of the works council under § 87(1) no. 6 BetrVG for technical systems capable of monitoring the behaviour or performance of employees.'],
      ['Purpose Limitation', 'Data collected by the SIEM and EDR systems may be used exclusively to detect and defend against security threats. Performance or behaviour control of individual employees is prohibited.'],
      ['Access to Personal Data', 'Person-related evaluations require the four-eyes principle with a member of the works council, except in imminent danger.'],
      ['Retention', 'Logs are retained for 90 days; incident-related data until the incident is closed.'],
      ['Final Provisions', 'The agreement enters into force on 01.03.2025 and may be terminated with three months notice. Signed: Thomas Brenner, Chair of the Works Council; Dr. Anja Reinholt for the management.'],
    ],
    meta: { title: 'BV 23' },
  })));

  add('GRP-ISMS-0001_Informationssicherheitsleitlinie.docx', 'Group-wide information security policy (Informationssicherheitsleitlinie) based on ISO/IEC 27001, not written for FedRAMP or the NIST control families.', await toDocx(build({
    cover: cover(['Informationssicherheitsleitlinie / Information Security Policy', 'Veltrax Group', 'GRP-ISMS-0001']),
    fm: fm('GRP-ISMS-0001'),
    sections: [
      ['Purpose', 'This policy states the commitment of the Veltrax group management to information security and sets the framework for the group ISMS according to ISO/IEC 27001:2022.'],
      ['Scope', 'All companies of the group, all sites (Stuttgart, Pune, Reston), employees, contractors and information assets.'],
      ['Information Security Objectives', 'Protection of confidentiality, integrity and availability of customer and group information; compliance with GDPR, NIS2 national transposition and contractual requirements; continual improvement.'],
      ['Organisation', 'The Group CISO reports to the Executive Board. Local information security officers (ISB) are appointed per site. The ISMS steering committee meets quarterly.'],
      ['Obligations of Employees', 'Every employee shall comply with the group policies, complete annual awareness training and report security events.'],
      ['Enforcement and Review', 'Violations may lead to measures under labour law. The policy is reviewed annually in the management review.'],
    ],
    meta: { title: 'Vorlage', creator: 'Reinholt' },
  })));

  add('NIS2_GapAnalyse.pdf', 'NIS2 directive gap analysis for the German parent (Art. 21 risk-management measures, reporting obligations); EU regulation, not a FedRAMP document.', await toPdf(build({
    lead: [{ p: 'NIS2 Gap Analysis - Veltrax Technologies GmbH', bold: true, size: 28 }, { p: 'Status 28.02.2025 - prepared for the Executive Board' }],
    sections: [
      ['Applicability', 'As a manufacturer of machinery with more than 250 employees the company is an "important entity" under the NIS2 Implementation Act (NIS2UmsuCG) and must register with the BSI.'],
      ['Gap Overview', { table: [['NIS2 Art. 21(2)', 'Measure', 'Status', 'Gap'], ['(a)', 'Risk analysis and IS policies', 'Green', 'none'], ['(b)', 'Incident handling', 'Amber', '24h early warning process to BSI missing'], ['(d)', 'Supply chain security', 'Red', 'Supplier criteria not defined'], ['(j)', 'MFA', 'Amber', 'OT remote access without MFA']], header: true }],
      ['Management Liability', 'Under Art. 20 the management body must approve the measures and attend training.'],
      ['Roadmap', 'Close red gaps by Q3 2025; registration with the BSI portal by April 2025.'],
    ],
    meta: { title: 'NIS2', creator: 'Compliance' },
    headingsAs: 'bold',
  })));

  add('Supplier_Code_of_Conduct.pdf', 'Group supplier code of conduct (human rights, LkSG, anti-corruption, information security expectations); not a supply chain risk management plan.', await toPdf(build({
    lead: [{ p: 'Verhaltenskodex für Lieferanten / Supplier Code of Conduct', bold: true, size: 26 }, { p: `${GROUP} and its affiliated companies - edition 2025` }],
    sections: [
      ['Introduction', 'Veltrax expects all suppliers to comply with this Code of Conduct. It reflects the German Supply Chain Due Diligence Act (LkSG), the UN Guiding Principles and the ILO core labour standards.'],
      ['Human Rights and Labour', 'Prohibition of child and forced labour, freedom of association, fair wages, occupational health and safety.'],
      ['Environment', 'Compliance with environmental laws, reduction of emissions, REACH and RoHS conformity.'],
      ['Business Ethics', 'No corruption or bribery, fair competition, export control and sanctions compliance, protection of confidential information and personal data.'],
      ['Information Security', 'Suppliers handling Veltrax information shall maintain an appropriate ISMS, for example certified to ISO/IEC 27001 or TISAX.'],
      ['Monitoring and Sanctions', 'Veltrax may audit suppliers. Serious violations may result in termination. Complaints can be reported via the whistleblower portal.'],
    ],
  }), { noMetadata: true }));

  add('Exportkontrolle_Einstufung_VAIC.docx', 'Export-control classification memo (EU dual-use 5D002, ECCN 5D992.c, AL number) for the VAIC software; trade compliance, not a FedRAMP deliverable.', await toDocx(build({
    lead: [{ p: 'Güterklassifizierung / Export Control Classification', bold: true, size: 28 }, { table: [['Product', `${CSO} (software, release 2025.2)`], ['Classification date', '11.04.2025'], ['Export control officer', 'Dr. Frank Leitner']] }],
    sections: [
      ['Product Description', 'SaaS application for maintenance planning; uses TLS with standard cryptography for data in transit and AES-256 at rest.'],
      ['EU Dual-Use Regulation (EU) 2021/821', 'The cryptographic functionality meets the criteria of Note 3 to Category 5 Part 2 (mass market). Result: not listed in Annex I; AL number: N.'],
      ['US Export Administration Regulations', 'ECCN 5D992.c, mass market encryption; self-classification report submitted under § 740.17(b)(1). No licence required except for embargoed destinations.'],
      ['Result', 'Export to the US subsidiary and to US federal customers is permitted without licence. Re-evaluation upon changes to cryptographic functionality.'],
    ],
    meta: { title: 'Klassifizierung' },
  })));

  add('Intercompany_Services_Agreement.docx', 'Intercompany services agreement between the German parent, the Indian subsidiary and the US federal subsidiary (services, transfer pricing, data protection); a contract.', await toDocx(build({
    lead: [{ p: 'INTERCOMPANY SERVICES AGREEMENT', bold: true, size: 28 }, { p: `between ${GROUP} (Stuttgart), Veltrax Engineering India Pvt. Ltd. (Pune) and ${CSP} (Reston, Virginia)` }],
    sections: [
      ['Definitions', '"Services" means software development, second-level support and compliance documentation services described in Schedule 1. "Federal Data" means any data of US federal customers of the Service Recipient.'],
      ['Scope of Services', 'The Service Providers shall provide the Services to the Service Recipient on request. Personnel of the Service Providers shall have no logical access to Federal Data or to production systems in the FedRAMP authorisation boundary.'],
      ['Remuneration', 'Services are remunerated at cost plus 7 percent in line with the OECD Transfer Pricing Guidelines. Invoices are issued quarterly in EUR.'],
      ['Confidentiality and Data Protection', 'The parties conclude the EU Standard Contractual Clauses (Module 1) as Schedule 3.'],
      ['Term and Termination', 'This agreement is effective from 01.01.2025 for an indefinite period and may be terminated with six months notice to the end of a calendar year.'],
      ['Governing Law', 'German law; place of jurisdiction Stuttgart.'],
    ],
    meta: { title: 'ICA 2025', creator: 'Legal' },
    numbered: true,
  })));

  add('ISO27001_Zertifikat.pdf', 'ISO/IEC 27001:2022 certificate issued by a certification body for the group ISMS; a certificate, not an ATO letter.', await toPdf(build({
    lead: [{ p: 'ZERTIFIKAT / CERTIFICATE', bold: true, size: 34, center: true }, { p: 'The certification body hereby certifies that', center: true }, { p: GROUP, bold: true, size: 24, center: true }, { p: 'Heilbronner Strasse 150, 70191 Stuttgart, Germany, with the sites in Pune (India) and Reston (USA)', center: true }, { p: 'has established and applies an Information Security Management System for', center: true }, { p: 'Development, operation and support of industrial asset-management software and cloud services', center: true }, { p: 'An audit, documented in a report, has verified that this management system fulfils the requirements of ISO/IEC 27001:2022 according to the Statement of Applicability version 4 dated 03.02.2025.', center: true }, { p: 'Certificate registration no. 12 310 64521 TMS - valid from 14.05.2025 until 13.05.2028', center: true }],
    sections: [],
  }), { noMetadata: true }));

  add('Internal_Audit_Report_Pune_2025.docx', 'Internal ISMS audit report (ISO 27001 clause 9.2) of the Pune development centre with nonconformities; internal audit, not a 3PAO Security Assessment Report.', await toDocx(build({
    cover: cover(['Interner Auditbericht / Internal Audit Report', 'ISMS internal audit 2025 - Pune development centre']),
    fm: fm('GRP-AUD-2025-04'),
    sections: [
      ['Audit Objective and Criteria', 'Verify conformity of the ISMS with ISO/IEC 27001:2022 clauses 4 to 10 and selected Annex A controls, and with group policies.'],
      ['Audit Team and Schedule', 'Lead auditor: Lena Hartig (internal). Audit dates: 17.03.2025 to 19.03.2025, on site in Pune.'],
      ['Findings', { table: [['No.', 'Type', 'Clause / Control', 'Finding'], ['NC-1', 'Minor nonconformity', 'A.5.18', 'Access rights of leavers removed after 12 days instead of 3'], ['OBS-1', 'Observation', '7.2', 'Training records kept in two systems'], ['OFI-1', 'Opportunity for improvement', 'A.8.8', 'Patch metrics not reported to management']], header: true }],
      ['Conclusion', 'The ISMS is effectively implemented. Corrective actions must be entered in the group CAPA tool within 30 days.'],
    ],
    meta: { title: 'Auditbericht', creator: 'Hartig, Lena' },
  })));

  add('Managementbewertung_Protokoll.md', 'Minutes of the ISMS management review (ISO 27001 clause 9.3) of the group; meeting minutes, not a deliverable.', toMarkdown(build({
    lead: [{ p: 'Protokoll Managementbewertung ISMS / Minutes of ISMS Management Review - 21.05.2025', bold: true }, { p: 'Participants: Dr. A. Reinholt (chair), R. Deshpande, M. Thornbury, K. Vogelsang, L. Hartig. Minutes: P. Nair.' }],
    sections: [
      ['Status of Actions from Previous Review', 'Seven of nine actions closed; supplier audits postponed to Q3.'],
      ['Changes in External and Internal Issues', 'NIS2 implementation act in Germany; the US subsidiary achieved FedRAMP authorisation for VAIC; see the separate ConMon reporting.'],
      ['Performance of the ISMS', 'Incidents: 4 (none reportable). Internal audit Pune: one minor nonconformity. Awareness training completion 94 percent.'],
      ['Decisions', { bullets: ['Budget for a SOC expansion in Pune approved.', 'ISMS scope to include the new Hyderabad office from 2026.', 'Next management review: May 2026.'] }],
    ],
  })));

  add('Risikoregister_ISMS.csv', 'Group ISMS risk register export (ISO 27005 style likelihood/impact scoring and treatment); not a POA&M.', [
    'Risk ID;Asset / Process;Threat;Vulnerability;Likelihood (1-5);Impact (1-5);Risk score;Treatment;Risk owner;Review date',
    'R-01;ERP SAP S/4HANA;Ransomware;Unpatched application server;3;5;15;Reduce - patch SLA 14 days;CIO;30.06.2025',
    'R-02;Engineering drawings;Industrial espionage;Excessive access rights;2;5;10;Reduce - access recertification;Head of R&D;30.06.2025',
    'R-03;Pune office;Flooding (monsoon);Ground-floor server room;2;4;8;Transfer - insurance, relocate rack;Site manager Pune;31.07.2025',
    'R-07;Payroll provider;Supplier outage;Single provider;2;3;6;Accept;CFO;31.12.2025',
    'R-12;OT network plant Stuttgart;Malware via USB;No media control;3;4;12;Reduce - USB lock;Plant manager;30.09.2025',
  ].join('\r\n') + '\r\n');

  add('Awareness_2025_speaker-notes.txt', 'Speaker notes of the group security awareness training deck (phishing, clean desk, travel); training material, not Rules of Behavior.', toText(build({
    lead: [{ p: 'Security Awareness Training 2025 - Speaker Notes (translated from German)' }],
    sections: [
      ['Slide 1 - Welcome', 'Welcome everybody. Today we talk about why information security concerns all of us, from the shop floor in Stuttgart to the developers in Pune.'],
      ['Slide 4 - Phishing', 'Show the example e-mail with the fake parcel notification. Ask the audience to find the three warning signs. Remind them of the "Report phishing" button in Outlook.'],
      ['Slide 7 - Clean Desk', 'Explain the clean desk rule: lock your screen with Windows+L, no passwords on sticky notes, printouts collected immediately.'],
      ['Slide 9 - Travelling', 'When travelling to customers, use the privacy filter and the VPN. Do not use public USB chargers.'],
      ['Slide 12 - Quiz', 'Run the ten-question quiz. Participants need 8 correct answers to receive the certificate in the learning portal.'],
    ],
  })));

  return out;
}
