import type { Block } from '../kit/blocks.js';
import { big, center, h1, p, table, ul } from '../kit/blocks.js';
import { renderDocx } from '../kit/docx.js';
import type { EvalDoc } from '../kit/front.js';
import { approvals, revHistory } from '../kit/front.js';
import { renderPdf } from '../kit/pdf.js';
import { renderXlsx } from '../kit/xlsx.js';

async function sodXlsx(): Promise<EvalDoc> {
  const roles = ['Platform Administrator', 'Database Administrator', 'Developer', 'Security Engineer', 'ISSO', 'Support Analyst'];
  const duties = ['Approve code changes', 'Deploy to production', 'Modify IAM policies', 'Review audit logs', 'Administer database', 'Manage customer tickets', 'Approve access requests'];
  const grid = [
    ['', 'X', 'X', '', '', '', ''],
    ['', '', '', '', 'X', '', ''],
    ['', '', '', '', '', '', ''],
    ['X', '', '', 'X', '', '', ''],
    ['', '', '', 'X', '', '', 'X'],
    ['', '', '', '', '', 'X', ''],
  ];
  const data = await renderXlsx({
    creator: 'Halvorsen GRC',
    sheets: [
      {
        name: 'SoD Matrix',
        rows: [['Meridian Case Manager - Separation of Duties Matrix (SSP Attachment 11)'], ['Roles (rows) are checked against duties (columns). No role may both develop and approve, or approve and deploy, its own change. Conflicting combinations are shaded.'], [], ['Role / Duty', ...duties], ...roles.map((r, i) => [r, ...(grid[i] ?? [])])],
        boldRows: [4],
      },
      { name: 'Conflicts', rows: [['Conflicting duty pair', 'Mitigation'], ['Develop / Deploy', 'Pipeline requires a second approver'], ['Administer database / Review audit logs', 'Audit logs reviewed by Security Engineering, DBAs have no SIEM admin']] },
    ],
  });
  return { file: 'SOD_matrix.xlsx', expected: 'SEPARATION_OF_DUTIES_MATRIX', note: 'SSP Attachment 11: roles vs duties separation of duties matrix with conflict mitigations.', data };
}

async function sodDocx(): Promise<EvalDoc> {
  const blocks: Block[] = [
    big('Separation of Duties Matrix'),
    center('ClearPath Grants Cloud - AC-5'),
    ...revHistory([['11/15/2024', '1.0', 'Initial', 'L. Armenta']]),
    h1('1 Purpose'),
    ...p('This matrix documents how duties are divided among roles supporting ClearPath Grants Cloud to reduce the risk of malevolent activity without collusion, as required by AC-5.'),
    h1('2 Matrix'),
    table(['Function', 'System Admin', 'Developer', 'Release Manager', 'Security Analyst', 'ISSO'], ['Write application code', '', 'Yes', '', '', ''], ['Approve pull requests', '', 'Peer only', 'Yes', '', ''], ['Promote release to production', '', '', 'Yes', '', ''], ['Create privileged accounts', 'Yes', '', '', '', 'Approves'], ['Review audit logs', '', '', '', 'Yes', 'Oversees'], ['Manage encryption keys', 'Yes (dual control)', '', '', 'Yes (dual control)', '']),
    h1('3 Enforcement'),
    ...p('Separation is enforced technically through Entra ID role assignments and branch protection rules, and reviewed quarterly by the ISSO.'),
  ];
  return { file: 'AC-5 SoD.docx', expected: 'SEPARATION_OF_DUTIES_MATRIX', note: 'CSP separation of duties matrix (functions by role) in Word.', data: await renderDocx({ blocks, meta: { title: 'SoD Matrix', creator: 'larmenta' } }) };
}

async function lawsXlsx(): Promise<EvalDoc> {
  const data = await renderXlsx({
    creator: 'Halvorsen GRC',
    sheets: [
      {
        name: 'Laws and Regulations',
        rows: [
          ['Meridian Case Manager - Applicable Laws, Regulations, Standards and Guidance (SSP Attachment 12)'],
          [],
          ['Reference', 'Title', 'Date', 'Link'],
          ['Federal Information Security Modernization Act (FISMA)', 'FISMA of 2014, 44 U.S.C. Sec. 3551 et seq.', 'December 2014', 'https://www.congress.gov/bill/113th-congress/senate-bill/2521'],
          ['Privacy Act of 1974', '5 U.S.C. Sec. 552a', '1974', 'https://www.justice.gov/opcl/privacy-act-1974'],
          ['E-Government Act of 2002', 'Public Law 107-347', 'December 2002', 'https://www.congress.gov/107/plaws/publ347/PLAW-107publ347.pdf'],
          ['OMB Circular A-130', 'Managing Information as a Strategic Resource', 'July 2016', 'https://www.whitehouse.gov/omb'],
          ['HSPD-12', 'Policy for a Common Identification Standard', 'August 2004', 'https://www.dhs.gov/homeland-security-presidential-directive-12'],
          [],
          ['Standards and Guidance', 'Title', 'Date', 'Link'],
          ['FIPS 140-3', 'Security Requirements for Cryptographic Modules', 'March 2019', 'https://csrc.nist.gov'],
          ['FIPS 199', 'Standards for Security Categorization', 'February 2004', 'https://csrc.nist.gov'],
          ['NIST SP 800-53 Rev. 5', 'Security and Privacy Controls', 'September 2020', 'https://csrc.nist.gov'],
          ['NIST SP 800-63-3', 'Digital Identity Guidelines', 'June 2017', 'https://csrc.nist.gov'],
        ],
        boldRows: [3, 10],
      },
    ],
  });
  return { file: 'Attachment_12.xlsx', expected: 'LAWS_AND_REGULATIONS', note: 'SSP Attachment 12: list of applicable laws, regulations, standards and guidance.', data };
}

async function lawsDocx(): Promise<EvalDoc> {
  const blocks: Block[] = [
    big('Laws, Regulations, Standards and Guidance'),
    center('Tessellate Analytics Platform - FedRAMP SSP Attachment 12'),
    h1('1 Applicable Laws and Regulations'),
    table(['Identification Number', 'Title', 'Date'], ['44 U.S.C. 3551', 'Federal Information Security Modernization Act of 2014', '12/18/2014'], ['5 U.S.C. 552a', 'Privacy Act of 1974', '12/31/1974'], ['P.L. 115-390', 'SECURE Technology Act (supply chain)', '12/21/2018'], ['44 U.S.C. 3607-3616', 'FedRAMP Authorization Act', '12/23/2022'], ['OMB M-24-15', 'Modernizing the Federal Risk and Authorization Management Program', '07/25/2024']),
    h1('2 Applicable Standards and Guidance'),
    table(['Identification Number', 'Title', 'Date'], ['FIPS 200', 'Minimum Security Requirements', '03/2006'], ['SP 800-37 Rev. 2', 'Risk Management Framework', '12/2018'], ['SP 800-137', 'Information Security Continuous Monitoring', '09/2011'], ['SP 800-161 Rev. 1', 'Cybersecurity Supply Chain Risk Management Practices', '05/2022']),
    ...p('This list is maintained by the Tessellate compliance team and updated when the SSP is updated.'),
  ];
  return { file: 'laws_regs_TAP.docx', expected: 'LAWS_AND_REGULATIONS', note: 'SSP Attachment 12 in Word: applicable laws/regulations and standards tables.', data: await renderDocx({ blocks }) };
}

async function scrmDocx(): Promise<EvalDoc> {
  const blocks: Block[] = [
    big('Supply Chain Risk Management Plan'),
    center('Meridian Case Manager - SR-2 - Version 1.0'),
    ...revHistory([['10/28/2024', '1.0', 'First release for Rev5 SR family', 'Vendor Management Office']]),
    ...approvals([['Margaret Ellison', 'CISO', '10/28/2024']]),
    h1('1 Purpose'),
    ...p('This Supply Chain Risk Management (SCRM) Plan describes how Halvorsen identifies, assesses and mitigates supply chain risks to Meridian Case Manager throughout the system development life cycle, as required by SR-2 and aligned with NIST SP 800-161 Rev. 1.'),
    h1('2 SCRM Team'),
    table(['Role', 'Responsibility'], ['Vendor Management Office', 'Maintains the supplier register and due diligence records'], ['Security Architecture', 'Assesses component provenance and SBOMs'], ['Legal', 'Flows down contract clauses (notification, Sec. 889 compliance)']),
    h1('3 Supplier Risk Assessment'),
    ...p('Critical suppliers are assessed before onboarding and annually: FedRAMP authorization status, SOC 2 reports, financial health, foreign ownership, and incident history. Open source components are tracked in SBOMs generated at build time and checked against known vulnerabilities and license policy.'),
    h1('4 Acquisition Controls'),
    ul('Only components from approved sources and registries are used.', 'Container images are signed and verified at admission.', 'Hardware is not procured; physical supply chain is inherited from AWS.', 'Prohibited vendors under Section 889 and FASCSA orders are screened.'),
    h1('5 Notification and Incident Handling'),
    ...p('Suppliers must notify Halvorsen of compromises within 72 hours. Supply chain incidents are handled per the Incident Response Plan.'),
    h1('6 Plan Review'),
    ...p('The plan is reviewed annually and after any significant supply chain event.'),
  ];
  return { file: 'SCRM Plan v1.0.docx', expected: 'SUPPLY_CHAIN_RISK_MANAGEMENT_PLAN', note: 'CSP Supply Chain Risk Management Plan (SR-2, SP 800-161).', data: await renderDocx({ blocks, meta: { title: 'SCRM Plan', creator: 'VMO' } }) };
}

async function scrmPdf(): Promise<EvalDoc> {
  const blocks: Block[] = [
    big('Tessellate Inc.'),
    center('C-SCRM Plan for the Tessellate Analytics Platform'),
    center('Supply Chain Risk Management Plan - Revision 2'),
    h1('1. Introduction'),
    ...p('Tessellate depends on cloud infrastructure providers, commercial software vendors and open source projects. This plan establishes the processes Tessellate uses to manage cybersecurity risks in that supply chain for the Tessellate Analytics Platform.'),
    h1('2. Critical Components and Suppliers'),
    table(['Supplier', 'Component', 'Criticality', 'Assurance'], ['Amazon Web Services', 'IaaS (GovCloud)', 'Critical', 'FedRAMP High P-ATO'], ['Elastic', 'Search cluster software', 'High', 'Vendor attestation, SBOM'], ['Open source (PyPI/npm)', 'Libraries', 'High', 'SBOM, signature verification']),
    h1('3. Risk Assessment Process'),
    ...p('Each supplier is scored on criticality and risk. High-risk suppliers require compensating controls approved by the CISO and are reviewed twice a year.'),
    h1('4. Provenance and Integrity'),
    ...p('Builds are hermetic and produce SLSA level 3 provenance. Third-party artifacts are mirrored into an internal registry after scanning.'),
    h1('5. Monitoring and Review'),
    ...p('Supplier advisories and CISA alerts are monitored daily. The plan is reviewed annually by the SCRM council.'),
  ];
  return { file: 'doc_SR2.pdf', expected: 'SUPPLY_CHAIN_RISK_MANAGEMENT_PLAN', note: 'CSP cyber supply chain risk management plan in PDF.', data: await renderPdf({ blocks }) };
}

export async function attachmentsC(): Promise<EvalDoc[]> {
  return Promise.all([sodXlsx(), sodDocx(), lawsXlsx(), lawsDocx(), scrmDocx(), scrmPdf()]);
}
