/** UNKNOWN look-alikes: documents from the same world that are none of the deliverables. */
import { PRODUCER, bold, center, csv, docx, gap, h1, p, pdf, tbl, text, title, ul, workbook } from './kit.js';
import type { Item } from './kit.js';
import type { CellValue } from '../lib/xlsx.js';

function jiraCsv(): Buffer {
  const header = ['Summary', 'Issue key', 'Issue id', 'Issue Type', 'Status', 'Project key', 'Priority', 'Assignee', 'Reporter', 'Created', 'Updated', 'Due date', 'Labels', 'Labels', 'Custom field (Epic Link)', 'Custom field (Story Points)', 'Description'];
  const rows: (string | number)[][] = [
    ['Upgrade OpenSSH on bastion hosts (CVE-2024-6387)', 'SEC-1182', 40112, 'Task', 'In Progress', 'SEC', 'Highest', 'liam.chen', 'grace.liu', '20/Mar/25 9:14 AM', '02/Apr/25 3:40 PM', '19/Apr/25', 'fedramp', 'conmon', 'SEC-1000', 3, 'Nessus plugin 201194 flagged on 2 hosts. Needs golden AMI rebuild.'],
    ['Collect evidence for annual assessment - AC family', 'GRC-311', 40140, 'Story', 'To Do', 'GRC', 'High', 'dana.whitfield', 'dana.whitfield', '24/Mar/25 11:02 AM', '24/Mar/25 11:02 AM', '05/May/25', 'audit-2025', '', 'GRC-300', 5, 'Screenshots of Okta policies, quarterly access review tickets.'],
    ['Update SSP section 9 boundary diagram', 'GRC-318', 40177, 'Task', 'Done', 'GRC', 'Medium', 'ana.ferreira', 'dana.whitfield', '27/Mar/25 4:20 PM', '08/Apr/25 10:11 AM', '', 'fedramp', '', 'GRC-300', 2, 'Add us-gov-east-1 replica.'],
    ['Disable TLS 1.1 on internal admin ALB', 'SEC-1190', 40201, 'Bug', 'Code Review', 'SEC', 'Medium', 'tomasz.wilk', 'grace.liu', '01/Apr/25 8:55 AM', '09/Apr/25 1:30 PM', '30/Jun/25', 'fedramp', 'qualys', 'SEC-1000', 1, ''],
    ['Tabletop exercise follow-ups', 'SEC-1195', 40230, 'Task', 'To Do', 'SEC', 'Low', 'ivan.petrov', 'grace.liu', '03/Apr/25 2:00 PM', '03/Apr/25 2:00 PM', '', 'ir', '', '', 2, 'Update paging policy per lessons learned.'],
  ];
  return csv([header, ...rows]);
}

function transcriptVtt(): Buffer {
  const cues: [string, string][] = [
    ['Nadia Brooks', 'OK, I think everyone is on. This is the kickoff for the 2025 annual assessment. Can we confirm the SAP is final?'],
    ['Dana Whitfield', 'Yes, the agency signed it on Wednesday. I uploaded the signed copy to the repository.'],
    ['Nadia Brooks', 'Great. For scanning we need the credentials for the authenticated Nessus scans by Friday, and the updated inventory workbook.'],
    ['Marcus Okafor', 'The inventory changed a bit, we added the east region. That might be a significant change, right?'],
    ['Rebecca Lindqvist', 'We approved that one already in March. Just make sure the SSP reflects it before testing starts, because we freeze the package during testing.'],
    ['Nadia Brooks', 'Understood. We will share the draft SAR around June 20th and then you build the POA&M from the risk exposure table.'],
    ['Dana Whitfield', 'Sounds good. I\'ll send notes after the call.'],
  ];
  let t = 0;
  const ts = (s: number): string => {
    const m = Math.floor(s / 60);
    return `00:${String(m).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}.000`;
  };
  const body = cues
    .map(([who, line], i) => {
      const start = t;
      t += 9 + (line.length % 7);
      return `${i + 1}\n${ts(start)} --> ${ts(t)}\n<v ${who}>${line}</v>`;
    })
    .join('\n\n');
  return text(`WEBVTT\n\n${body}\n`);
}

async function sigLite(): Promise<Buffer> {
  const q: CellValue[][] = [
    ['A.1', 'Is there a formalized risk governance plan approved by management?', 'Yes', 'Enterprise Risk Management Policy v3'],
    ['A.2', 'Is there a risk assessment program that has been approved by management?', 'Yes', 'Annual'],
    ['B.1', 'Is there an information security policy approved by management and communicated to employees?', 'Yes', ''],
    ['C.1', 'Is there an asset management program approved by management?', 'Yes', 'CMDB'],
    ['D.1', 'Are human resource policies in place that include background screening?', 'Yes', ''],
    ['G.1', 'Are management approved operating procedures in place?', 'Yes', ''],
    ['H.1', 'Are electronic systems used to transmit, process or store Scoped Data?', 'Yes', ''],
    ['J.1', 'Is there an established incident management program?', 'Yes', 'IRP tested annually'],
    ['K.1', 'Is there a business continuity/disaster recovery program?', 'Yes', ''],
    ['N.1', 'Is there a privacy program?', 'Yes', ''],
  ];
  return workbook({ creator: 'Vendor Risk', company: 'Shared Assessments', day: 95 }, [
    { name: 'Business Information', pre: [[1, ['SIG Lite 2025']], [3, ['Company Name', 'Bluefin Analytics LLC']], [4, ['Date completed', '03/30/2025']], [5, ['Point of contact', 'Leo Grant']]] },
    { name: 'SIG Lite', headerRow: 2, pre: [[1, ['Standardized Information Gathering Questionnaire — Lite']]], header: ['Ques Num', 'Question/Request', 'Response', 'Additional Information'], rows: q, width: 50 },
    { name: 'Glossary', pre: [[1, ['Scoped Data: data provided by the outsourcer to the service provider.']]] },
  ]);
}

export const lookalikes: Item[] = [
  {
    name: 'Tessera Records Cloud _ FedRAMP.pdf',
    expected: 'UNKNOWN',
    format: 'pdf',
    note: 'FedRAMP Marketplace product page printed from Chrome (Authorized, ATO count, 3PAO)',
    build: () =>
      pdf(
        {
          day: 100,
          props: { title: 'Tessera Records Cloud | FedRAMP Marketplace' },
          numbering: 'none',
          header: 'marketplace.fedramp.gov/products/F2304118223',
          body: [
            p('FedRAMP Marketplace   Products   Agencies   Assessors   Compare'),
            title('Tessera Records Cloud'),
            p('Tessera Data Systems, Inc.'),
            tbl(['Status', 'Impact Level', 'Service Model', 'Deployment Model', 'Authorization'], [['FedRAMP Authorized', 'Moderate', 'SaaS', 'Government Community Cloud', 'Agency']]),
            h1('Service Description'),
            p('Tessera Records Cloud provides secure, compliant records management for federal agencies with automated retention schedules, e-discovery and NARA-compliant transfer.'),
            h1('Authorization Details'),
            tbl(['', ''], [['Partnering Agency', 'Department of Labor'], ['Independent Assessor', 'Meridian Assurance Partners'], ['Authorization Date', '05/13/2025'], ['Annual Assessment', '05/2026'], ['Package ID', 'F2304118223'], ['Leveraged Systems', 'AWS GovCloud (US)']]),
            h1('Agencies using this service (ATOs: 3)'),
            ul('Department of Labor — Initial Sponsor', 'Department of Education', 'National Archives and Records Administration'),
            p('Request access to this package: use the Package Access Request Form.'),
            p('https://marketplace.fedramp.gov/products/F2304118223                                   1/1'),
          ],
        },
        PRODUCER.chrome,
      ),
  },
  {
    name: 'Ironbridge_Bluefin_2025.docx',
    expected: 'UNKNOWN',
    format: 'docx',
    note: '3PAO engagement letter / SOW (mentions SAP, SAR, pen test, fees)',
    build: () =>
      docx({
        day: 101,
        props: { creator: 'Ironbridge Compliance LLC', company: 'Ironbridge Compliance LLC' },
        numbering: 'none',
        body: [
          p('Ironbridge Compliance LLC · 4400 Fair Lakes Ct, Fairfax, VA 22033'),
          gap,
          p('November 4, 2024'),
          p('Leo Grant, Chief Technology Officer, Bluefin Analytics LLC, 55 Water St, New York, NY 10041'),
          p('Re: Engagement Letter — FedRAMP Initial Assessment Services'),
          p('Dear Mr. Grant,'),
          p('Thank you for selecting Ironbridge Compliance LLC, a FedRAMP-recognized Third Party Assessment Organization, to perform the independent assessment of the Bluefin Analytics FedRAMP Environment. This letter confirms the scope, deliverables, timing and fees of our engagement.'),
          h1('Scope of Services'),
          ul('Readiness review of the System Security Plan and attachments (two review cycles).', 'Development of the Security Assessment Plan and coordination of its approval with the sponsoring agency.', 'Control testing of the FedRAMP Moderate baseline, vulnerability scanning and penetration testing.', 'Preparation of the Security Assessment Report and the authorization recommendation.'),
          h1('Fees'),
          tbl(['Phase', 'Fee (USD)'], [['Readiness and SAP', '38,000'], ['Testing and penetration test', '112,000'], ['SAR and remediation validation', '26,000'], ['Total (fixed fee)', '176,000']]),
          h1('Independence'),
          p('Ironbridge has not provided advisory or implementation services to Bluefin in the last two years and will not do so during the engagement.'),
          h1('Terms'),
          p('Invoices are payable net 30. This letter and the attached Master Services Agreement constitute the entire agreement.'),
          p('Please sign below to indicate your acceptance.'),
          gap,
          p('Sincerely,'),
          p('Karen Holt, Managing Partner'),
          p('Accepted: ____________________ Leo Grant, Bluefin Analytics LLC   Date: ________'),
        ],
      }),
  },
  { name: 'vendor_assessment_BA.xlsx', expected: 'UNKNOWN', format: 'xlsx', note: 'SIG Lite vendor security questionnaire workbook', build: sigLite },
  {
    name: 'cert_2025.pdf',
    expected: 'UNKNOWN',
    format: 'pdf',
    note: 'ISO/IEC 27001:2022 certificate PDF',
    build: () =>
      pdf(
        {
          day: 103,
          props: { title: 'Certificate' },
          numbering: 'none',
          body: [
            gap,
            title('CERTIFICATE'),
            center('This is to certify that the Information Security Management System of'),
            bold('OrbitDesk, Inc.'),
            center('500 Congress Ave, Austin, TX 78701, United States'),
            center('has been assessed and found to conform to the requirements of'),
            title('ISO/IEC 27001:2022', 'medium'),
            center('for the following scope:'),
            center('The information security management system supporting the development, operation and support of the OrbitDesk Commercial and OrbitDesk GovCloud service-desk SaaS platforms, in accordance with the Statement of Applicability version 4.1 dated 12 January 2025.'),
            gap,
            center('Certificate number: IS 784512   Initial certification: 18 March 2022   Valid until: 17 March 2028'),
            center('Issue date: 18 March 2025'),
            gap,
            center('For and on behalf of Atlas Certification Services Ltd. — Accredited by ANAB, Management Systems Certification Body MS-0214'),
            p('This certificate remains the property of Atlas Certification Services and must be returned on request. Validity may be verified at www.atlascert.example/verify.'),
          ],
        },
        PRODUCER.acrobat,
      ),
  },
  { name: 'Jira 2025-04-09T16_02_17-0400.csv', expected: 'UNKNOWN', format: 'csv', note: 'Jira issue export CSV with CVE/remediation tickets (POA&M-ish content)', build: async () => jiraCsv() },
  { name: 'Meeting Recording.vtt', expected: 'UNKNOWN', format: 'txt', note: 'Teams meeting transcript (WebVTT) of an assessment kickoff, mentions SAP/SAR/POA&M', build: async () => transcriptVtt() },
];
