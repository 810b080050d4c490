/** Row data shared by the workbook generators. */

export const CONTROL_IDS: readonly string[] = [
  'ac-1', 'ac-2', 'ac-2.1', 'ac-2.2', 'ac-2.3', 'ac-2.4', 'ac-3', 'ac-4', 'ac-5', 'ac-6', 'ac-6.1', 'ac-6.2', 'ac-7', 'ac-8',
  'ac-11', 'ac-12', 'ac-14', 'ac-17', 'ac-18', 'ac-19', 'ac-20', 'ac-22', 'at-1', 'at-2', 'at-3', 'at-4', 'au-1', 'au-2',
  'au-3', 'au-4', 'au-5', 'au-6', 'au-8', 'au-9', 'au-11', 'au-12', 'ca-1', 'ca-2', 'ca-3', 'ca-5', 'ca-6', 'ca-7', 'ca-8',
  'ca-9', 'cm-1', 'cm-2', 'cm-3', 'cm-4', 'cm-5', 'cm-6', 'cm-7', 'cm-8', 'cm-10', 'cm-11', 'cp-1', 'cp-2', 'cp-3', 'cp-4',
  'cp-9', 'cp-10', 'ia-1', 'ia-2', 'ia-2.1', 'ia-2.2', 'ia-4', 'ia-5', 'ir-1', 'ir-2', 'ir-4', 'ir-5', 'ir-6', 'ir-8',
];

export const SOD_DUTIES: readonly string[] = [
  'Add/remove users and hardware',
  'Approve privileged access requests',
  'Install and configure software',
  'OS updates, patches, and hot fixes',
  'Deploy code to production',
  'Approve production changes (CCB)',
  'Modify firewall and security group rules',
  'Manage encryption keys',
  'Review audit logs',
  'Modify audit log configuration',
  'Perform database schema changes',
  'Read access to GRC tool',
];

/** [deliverable as the checklist names it, template / format]. */
export const CHECKLIST_ITEMS: readonly (readonly [string, string])[] = [
  ['Initial Authorization Package Checklist', 'FedRAMP template (xlsx)'],
  ['System Security Plan (SSP)', 'FedRAMP SSP template (docx)'],
  ['SSP Appendix A: FedRAMP Security Controls', 'FedRAMP template (docx)'],
  ['SSP Appendix C: Information Security Policies and Procedures', 'CSP format'],
  ['SSP Appendix D: User Guide', 'CSP format'],
  ['SSP Appendix E: Digital Identity Worksheet', 'FedRAMP template (docx)'],
  ['SSP Appendix F: Rules of Behavior (RoB)', 'FedRAMP template (docx)'],
  ['SSP Appendix G: Information System Contingency Plan (ISCP)', 'FedRAMP template (docx)'],
  ['SSP Appendix H: Configuration Management Plan (CMP)', 'CSP format'],
  ['SSP Appendix I: Incident Response Plan (IRP)', 'CSP format'],
  ['SSP Appendix J: CIS and CRM Workbook', 'FedRAMP template (xlsx)'],
  ['SSP Appendix K: FIPS 199 Categorization', 'FedRAMP template (docx)'],
  ['SSP Appendix L: Laws, Regulations, Standards and Guidance', 'FedRAMP template (xlsx)'],
  ['SSP Appendix M: Integrated Inventory Workbook', 'FedRAMP template (xlsx)'],
  ['SSP Appendix N: Continuous Monitoring Plan', 'CSP format'],
  ['SSP Appendix P: Supply Chain Risk Management Plan', 'CSP format'],
  ['Privacy Threshold Analysis / Privacy Impact Assessment', 'FedRAMP template (docx)'],
  ['Security Assessment Plan (SAP)', 'FedRAMP SAP template (docx)'],
  ['Security Assessment Report (SAR)', 'FedRAMP SAR template (docx)'],
  ['SAR Appendix A: Risk Exposure Table', 'FedRAMP template (xlsx)'],
  ['Penetration Test Report', '3PAO format'],
  ['Plan of Action and Milestones (POA&M)', 'FedRAMP POA&M template (xlsx)'],
  ['Agency Authority to Operate (ATO) Letter', 'Agency format (pdf)'],
];
