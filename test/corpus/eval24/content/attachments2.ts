import { writeDocx } from '../kit/docx.js';
import { writePdf } from '../kit/pdf.js';
import { prose } from '../kit/build.js';
import { bullets, table, toMarkdown } from '../kit/model.js';
import { ORG } from '../kit/prose.js';
import type { DocSpec } from '../kit/spec.js';

const rob = prose({
  seed: 21,
  fm: { title: 'Rules of Behavior', subtitle: `${ORG.cso} - Privileged and Non-Privileged Users (SSP Attachment 5)`, version: '1.3', date: 'November 20, 2024' },
  order: ['cover', 'rev'],
  meta: { title: 'Rules of Behavior', creator: 'ORCC' },
  header: 'RRC Rules of Behavior',
  sections: [
    { h: '1 Introduction', s: [['These Rules of Behavior describe the responsibilities and expected behavior of every person who uses the Ridgeline Research Cloud. Users must read and sign them before access is granted and again each year.']] },
    { h: '2 Rules for All Users', extra: [bullets('I will use the system only for the research purposes of my approved project.', 'I will not share my account, password, security key or API tokens with anyone.', 'I will not attempt to access data or projects for which I am not authorized.', 'I will report suspected security incidents to security@aru.edu within one hour.', 'I will not store classified information or data not approved for my project.', 'I understand that my use of the system is monitored and that I have no expectation of privacy.')] },
    { h: '3 Additional Rules for Privileged Users', extra: [bullets('I will use my privileged account only for administrative tasks and my ordinary account for everything else.', 'I will not bypass or disable security controls without written approval of the Information Security Officer.', 'I will follow the change management process for every change to production.')] },
    { h: '4 Consequences of Non-Compliance', s: [['Violations may result in suspension of access, disciplinary action under University policy, and, where applicable, civil or criminal penalties.']] },
    { h: '5 Acknowledgement and Signature', s: [['I have read and understand the Rules of Behavior of the Ridgeline Research Cloud and agree to comply with them.']], extra: [table([['User name', 'Signature', 'Date'], ['', '', '']])] },
  ],
});

const cp = prose({
  seed: 22,
  fm: { title: 'Information System Contingency Plan (ISCP)', subtitle: `${ORG.cso} - SSP Attachment 6`, version: '3.2', date: 'February 14, 2025', marking: 'CUI' },
  order: ['cover', 'legal', 'rev', 'appr', 'toc'],
  meta: { title: 'ISCP', creator: 'ORCC Continuity Team' },
  header: 'RRC Information System Contingency Plan',
  footer: 'CUI',
  sections: [
    { h: '1 Introduction', s: [['This Information System Contingency Plan establishes procedures to recover the Ridgeline Research Cloud following a disruption, following NIST SP 800-34 Revision 1.', 'The plan has three phases: Activation and Notification, Recovery, and Reconstitution.']] },
    { h: '2 Background', sub: false, s: [['The system is categorized Moderate. The business impact analysis set a maximum tolerable downtime of 72 hours, a recovery time objective of 24 hours and a recovery point objective of 24 hours.']], extra: [table([['Component', 'RTO', 'RPO'], ['Identity services', '4 hours', '1 hour'], ['Control plane', '12 hours', '24 hours'], ['Object storage', '24 hours', '24 hours']], 'Table 2-1: Recovery objectives')] },
    { h: '3 Concept of Operations', s: [['Backups of the control plane databases are taken every six hours and replicated to the alternate processing site at the Regional Research Network co-location hall.', 'The Contingency Plan Coordinator maintains the call tree in Appendix A.']] },
    { h: '4 Activation and Notification', s: [['The plan is activated by the Contingency Plan Director when an outage is expected to exceed four hours. The director notifies the sponsoring agency, the University Emergency Operations Center and tenants through the status page.']] },
    { h: '5 Recovery', s: [['Recovery proceeds in the sequence identity, control plane, storage, compute. Each recovery procedure is in Appendix D, with the responsible team and the validation step.']] },
    { h: '6 Reconstitution', s: [['Reconstitution includes validation of data integrity, functional testing by tenant representatives, and a return to normal operations declared by the director.']] },
    { h: '7 Plan Testing and Maintenance', s: [['The plan is tested annually by a functional exercise; the last test on October 8, 2024 restored the control plane at the alternate site in 9 hours 40 minutes.']] },
  ],
});

const cmp = prose({
  seed: 23,
  fm: { title: 'Configuration Management Plan', subtitle: `${ORG.cso}`, version: '2.1', date: 'January 30, 2025' },
  order: ['cover', 'rev', 'toc'],
  meta: { title: 'CMP', creator: 'ORCC Platform Engineering' },
  header: 'RRC Configuration Management Plan',
  sections: [
    { h: '1 Purpose', s: [['This Configuration Management Plan describes how ORCC identifies, controls, accounts for and audits the configuration of the Ridgeline Research Cloud, in line with NIST SP 800-128 and the CM family of NIST SP 800-53.']] },
    { h: '2 Roles', s: [['The Change Advisory Board (CAB) is chaired by the System Owner and includes the Information Security Officer, the platform lead and a tenant representative.', 'The Configuration Manager maintains the configuration management database.']] },
    { h: '3 Configuration Items and Baselines', s: [['Configuration items are hosts, images, network devices, Ansible roles and Helm charts. Baselines are kept in Git and derived from the CIS benchmarks, with deviations recorded.']] },
    { h: '4 Change Control Process', s: [['Every change is a merge request with a change ticket; normal changes are reviewed by the CAB weekly, standard changes are pre-approved, emergency changes are approved by the System Owner and reviewed afterward.', 'A security impact analysis is done for every normal change and determines whether the change is significant under FedRAMP\'s significant change policy.']], extra: [table([['Change class', 'Approval', 'Lead time'], ['Standard', 'Pre-approved catalogue', 'None'], ['Normal', 'CAB', '5 business days'], ['Emergency', 'System Owner', 'Immediate, CAB review in 3 days']], 'Table 4-1: Change classes')] },
    { h: '5 Configuration Monitoring', s: [['Drift is detected nightly by comparing hosts against their Ansible baseline; findings are ticketed.']] },
    { h: '6 Plan Maintenance', s: [['The plan is reviewed annually.']] },
  ],
});

const irp = prose({
  seed: 24,
  fm: { title: 'Incident Response Plan', subtitle: `${ORG.cso} - SSP Attachment 8`, version: '4.0', date: 'February 3, 2025' },
  order: ['cover', 'appr', 'rev', 'dist'],
  meta: { title: 'Incident Response Plan', creator: 'ARU Security Operations' },
  header: 'RRC Incident Response Plan',
  sections: [
    { h: '1 Introduction', s: [['This Incident Response Plan establishes the capability of ORCC to prepare for, detect, analyze, contain, eradicate and recover from security incidents affecting the Ridgeline Research Cloud, following NIST SP 800-61.']] },
    { h: '2 Incident Response Team', s: [['The Computer Security Incident Response Team (CSIRT) is led by the Information Security Officer and includes the University Security Operations Center, the platform lead and the Office of General Counsel.']] },
    { h: '3 Incident Categories and Severity', extra: [table([['Severity', 'Description', 'Initial response'], ['1 - Critical', 'Confirmed compromise of federal data', '15 minutes'], ['2 - High', 'Compromise of a privileged account', '1 hour'], ['3 - Moderate', 'Malware on a tenant instance', '4 hours'], ['4 - Low', 'Policy violation without data exposure', '1 business day']], 'Table 3-1: Severity levels')] },
    { h: '4 Reporting Requirements', s: [['Incidents involving federal information are reported to the NIBDS Security Operations Center and to CISA within one hour of identification, and to the FedRAMP PMO per the FedRAMP Incident Communications Procedure.']] },
    { h: '5 Detection and Analysis', s: [['Alerts come from the SIEM, endpoint detection, tenant reports and external notification. The analyst on duty triages each alert and opens an incident record.']] },
    { h: '6 Containment, Eradication and Recovery', s: [['Containment actions include isolation of instances by security group, revocation of credentials and snapshotting of affected volumes for forensics.']] },
    { h: '7 Post-Incident Activity', s: [['A lessons-learned review is held within two weeks of closure; improvements are tracked to completion.']] },
    { h: '8 Testing', s: [['The plan is tested annually through a tabletop exercise with the sponsoring agency.']] },
  ],
});

const fips = prose({
  seed: 25,
  fm: { title: 'FIPS 199 Security Categorization', subtitle: `${ORG.cso} - Attachment 10`, version: '1.2', date: 'January 6, 2025' },
  order: ['cover', 'rev'],
  meta: { title: 'FIPS-199', creator: 'M. Okafor' },
  header: 'FIPS 199 Categorization',
  sections: [
    { h: '1 Introduction and Purpose', s: [['This document categorizes the Ridgeline Research Cloud according to FIPS Publication 199, Standards for Security Categorization of Federal Information and Information Systems, using the information types of NIST SP 800-60 Volume II.']] },
    { h: '2 Scope', s: [['The categorization covers all information processed, stored and transmitted within the authorization boundary.']] },
    { h: '3 System Description', s: [['The system is a community IaaS and PaaS cloud for federally funded biomedical research.']] },
    { h: '4 Methodology', s: [['Each information type was assigned provisional impact levels from SP 800-60 and adjusted where the special factors applied; the high-water mark gives the overall categorization.']] },
    { h: '5 Security Categorization', extra: [table([['Information type', 'SP 800-60 ID', 'Confidentiality', 'Integrity', 'Availability'], ['Health Care Research and Practitioner Education', 'D.14.4', 'Moderate', 'Moderate', 'Low'], ['Scientific and Technological Research and Innovation', 'C.2.4.7', 'Low', 'Moderate', 'Low'], ['Information Security', 'C.3.5.5', 'Moderate', 'Moderate', 'Low'], ['System and Network Monitoring', 'C.3.5.8', 'Moderate', 'Moderate', 'Low']], 'Table 5-1: Information types and provisional impact levels'), table([['Security objective', 'Impact'], ['Confidentiality', 'Moderate'], ['Integrity', 'Moderate'], ['Availability', 'Low'], ['Overall (high-water mark)', 'MODERATE']], 'Table 5-2: Security categorization SC = {(confidentiality, MODERATE), (integrity, MODERATE), (availability, LOW)}')] },
    { h: '6 Approval', s: [['The System Owner and the Information Security Officer concur with the categorization.']] },
  ],
});

const scrm = prose({
  seed: 26,
  fm: { title: 'Supply Chain Risk Management Plan', subtitle: `${ORG.cso}`, version: '1.0', date: 'March 5, 2025' },
  order: ['cover', 'rev', 'appr', 'toc'],
  meta: { title: 'SCRM Plan', creator: 'ORCC' },
  header: 'RRC Supply Chain Risk Management Plan',
  sections: [
    { h: '1 Purpose', s: [['This Supply Chain Risk Management (SCRM) Plan addresses the SR control family of NIST SP 800-53 Revision 5 and describes how ORCC identifies, assesses and mitigates supply chain risks to the Ridgeline Research Cloud across the system development life cycle, following NIST SP 800-161 Revision 1.']] },
    { h: '2 Roles', s: [['The SCRM team consists of the Information Security Officer, the University Procurement Services category manager for IT and the platform lead.']] },
    { h: '3 Critical Suppliers and Components', extra: [table([['Supplier', 'Component', 'Criticality', 'Assessment'], ['Server OEM', 'Compute nodes, BMC firmware', 'High', 'Annual questionnaire; firmware signing verified'], ['Storage vendor', 'NVMe drives', 'High', 'Country of origin; counterfeit screening'], ['Rocky Enterprise Software Foundation', 'Operating system', 'High', 'Signed packages; SBOM review'], ['Network vendor', 'Switches', 'Moderate', 'Authorized reseller only']], 'Table 3-1: Critical suppliers')] },
    { h: '4 Supply Chain Controls', s: [['Acquisitions go only through authorized resellers; components are inspected on receipt for tampering; software is obtained from signed repositories and software bills of materials are kept for each image.', 'Suppliers are checked against the exclusion lists of SAM.gov and against Section 889 of the FY2019 NDAA.']] },
    { h: '5 Notification and Incident Handling', s: [['Supply chain compromises are reported through the incident response process and to affected tenants.']] },
    { h: '6 Plan Review', s: [['The plan is reviewed annually and when a critical supplier changes.']] },
  ],
});

const lawsDoc = prose({
  seed: 27,
  fm: { title: 'Laws and Regulations', subtitle: 'Attachment 12 - applicable laws, regulations, standards and guidance', version: '1.1', date: 'January 6, 2025', titleStyle: 'tableCell' },
  order: ['cover'],
  meta: { title: '' },
  header: `${ORG.cso} Attachment 12`,
  sections: [
    { h: 'Applicable Laws and Regulations', s: [['The following laws and regulations apply to the Ridgeline Research Cloud.']], extra: [table([['Identification number', 'Title', 'Date', 'Link'], ['44 U.S.C. 3551', 'Federal Information Security Modernization Act of 2014 (FISMA)', 'December 2014', 'https://www.congress.gov'], ['5 U.S.C. 552a', 'Privacy Act of 1974', '1974', 'https://www.justice.gov'], ['Pub. L. 107-347', 'E-Government Act of 2002', 'December 2002', ''], ['OMB A-130', 'Managing Information as a Strategic Resource', 'July 2016', ''], ['HSPD-12', 'Policy for a Common Identification Standard', 'August 2004', ''], ['45 CFR 46', 'Protection of Human Subjects', '2018', '']], 'Table 1: Applicable laws and regulations')] },
    { h: 'Applicable Standards and Guidance', extra: [table([['Identification number', 'Title', 'Date'], ['FIPS 140-3', 'Security Requirements for Cryptographic Modules', 'March 2019'], ['FIPS 199', 'Standards for Security Categorization', 'February 2004'], ['NIST SP 800-37 Rev. 2', 'Risk Management Framework', 'December 2018'], ['NIST SP 800-53 Rev. 5', 'Security and Privacy Controls', 'September 2020'], ['NIST SP 800-63-3', 'Digital Identity Guidelines', 'June 2017']], 'Table 2: Applicable standards and guidance')] },
  ],
});

export const attachments2: DocSpec[] = [
  { file: 'RRC Rules of Behavior v1.3.docx', expected: 'RULES_OF_BEHAVIOR', note: 'User rules of behavior with signature acknowledgement, SSP Attachment 5.', build: () => writeDocx(rob) },
  { file: 'rob.txt', expected: 'RULES_OF_BEHAVIOR', note: 'The same rules of behavior pasted into a plain-text file for the onboarding portal.', build: () => Promise.resolve(toMarkdown(rob, false)) },
  { file: 'RRC_ISCP_v3.2.docx', expected: 'CONTINGENCY_PLAN', note: 'Information System Contingency Plan (SP 800-34) with RTO/RPO and recovery phases, SSP Attachment 6.', build: () => writeDocx(cp) },
  { file: 'ISCP-final-signed.pdf', expected: 'CONTINGENCY_PLAN', note: 'The contingency plan as a signed PDF with sans-serif layout.', build: () => writePdf(cp, { sans: true, producer: 'Adobe PDF Library 23.1', creatorTool: 'Acrobat PDFMaker 23 for Word' }) },
  { file: 'Untitled document.docx', expected: 'CONFIGURATION_MANAGEMENT_PLAN', note: 'Configuration Management Plan (change control, baselines, CAB), SSP Attachment 7; metadata stripped.', build: () => writeDocx(cmp, { noMeta: true }) },
  { file: 'CMP.md', expected: 'CONFIGURATION_MANAGEMENT_PLAN', note: 'The configuration management plan as markdown from the engineering wiki.', build: () => Promise.resolve(toMarkdown(cmp, true)) },
  { file: 'IRP_2025.docx', expected: 'INCIDENT_RESPONSE_PLAN', note: 'Incident Response Plan of the system (SP 800-61 phases, reporting to CISA/agency), SSP Attachment 8.', build: () => writeDocx(irp) },
  { file: 'RRC-SAR-draft.pdf', expected: 'INCIDENT_RESPONSE_PLAN', note: 'The incident response plan as PDF under a misleading file name that says SAR.', build: () => writePdf(irp) },
  { file: 'att10.docx', expected: 'FIPS_199', note: 'FIPS 199 security categorization of the system with SP 800-60 information types, Attachment 10.', build: () => writeDocx(fips) },
  { file: 'document (1).pdf', expected: 'FIPS_199', note: 'The FIPS 199 categorization as a typeset PDF.', build: () => writePdf(fips) },
  { file: 'RRC_SCRM_Plan_v1.0.docx', expected: 'SUPPLY_CHAIN_RISK_MANAGEMENT_PLAN', note: 'Supply chain risk management plan (SR family, SP 800-161) of the system.', build: () => writeDocx(scrm) },
  { file: 'scrm.pdf', expected: 'SUPPLY_CHAIN_RISK_MANAGEMENT_PLAN', note: 'The SCRM plan as PDF.', build: () => writePdf(scrm, { noMeta: true }) },
  { file: 'Attachment 12.docx', expected: 'LAWS_AND_REGULATIONS', note: 'Attachment 12, table of laws, regulations, standards and guidance applicable to the system; title in a table cell.', build: () => writeDocx(lawsDoc) },
];
