import { Document, Header, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';

// Realistic Word documents for the tests: a small builder and a complete Moderate SSP outline.

export type DocNode = { h: string; level?: 0 | 1 | 2 | 3 } | { p: string } | { table: string[][] };

const HEADINGS = [HeadingLevel.TITLE, HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3] as const;

/** A real .docx (the `docx` library): headings, paragraphs (\n = line break) and tables, with an optional title and page header. */
export async function docx(nodes: readonly DocNode[], options: { title?: string; header?: string } = {}): Promise<Buffer> {
  const children = nodes.map((n) => {
    if ('h' in n) return new Paragraph({ text: n.h, heading: HEADINGS[n.level ?? 1] });
    if ('p' in n) {
      const [first = '', ...rest] = n.p.split('\n');
      return new Paragraph({ children: [new TextRun(first), ...rest.map((line) => new TextRun({ text: line, break: 1 }))] });
    }
    return new Table({
      rows: n.table.map((cells) => new TableRow({ children: cells.map((c) => new TableCell({ children: [new Paragraph(c)] })) })),
    });
  });
  const doc = new Document({
    ...(options.title ? { title: options.title } : {}),
    sections: [
      {
        ...(options.header ? { headers: { default: new Header({ children: [new Paragraph(options.header)] }) } } : {}),
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}


export const SSP_TITLE = 'Acme Cloud Platform System Security Plan';

export const fips199Section: DocNode[] = [
  { h: '2. Information System Categorization' },
  { p: 'The overall information system sensitivity categorization is recorded in Table 2-1 Security Categorization that follows.' },
  { table: [['System Sensitivity Level:', 'Moderate']] },
  { h: '2.1 Information Types', level: 2 },
  {
    table: [
      ['Information Type', 'NIST 800-60 identifier', 'Confidentiality', 'Integrity', 'Availability'],
      ['Information Security', 'C.3.5.5', 'Moderate', 'Moderate', 'Low'],
      ['System Development', 'C.3.5.1', 'Low', 'Moderate', 'Low'],
    ],
  },
  { h: '2.2 Security Objectives Categorization (FIPS 199)', level: 2 },
  {
    table: [
      ['Security Objective', 'Low, Moderate or High'],
      ['Confidentiality', 'Moderate'],
      ['Integrity', 'Moderate'],
      ['Availability', 'Low'],
    ],
  },
];

/** A complete Moderate SSP outline (FedRAMP template headings); `extra` nodes are appended. */
export function sspNodes(options: { fips199?: DocNode[]; extra?: DocNode[] } = {}): DocNode[] {
  return [
    { h: SSP_TITLE, level: 0 },
    { p: 'Prepared by Acme Cloud, Inc. for the FedRAMP Agency Authorization of the Acme Cloud Platform.' },
    { h: '1. Information System Name/Title' },
    { table: [['Unique Identifier', 'Information System Name', 'Information System Abbreviation'], ['F1234567890', 'Acme Cloud Platform', 'ACP']] },
    ...(options.fips199 ?? fips199Section),
    { h: '3. Information System Owner' },
    { table: [['Name', 'Jordan Rivera'], ['Title', 'Vice President, Cloud Operations'], ['Company / Organization', 'Acme Cloud, Inc.']] },
    { h: '4. Authorizing Officials' },
    { p: 'Agency Authorizing Official: Jane Q. Smith, Chief Information Officer, Department of Commerce.' },
    { h: '9. General System Description' },
    { h: '9.1 System Function or Purpose', level: 2 },
    { p: 'The Acme Cloud Platform is a multi-tenant Software as a Service offering for case management.' },
    { h: '9.2 Information System Components and Boundaries', level: 2 },
    { p: 'The authorization boundary comprises the production VPC, the management VPC and the CI/CD tool chain.' },
    { h: '9.4 Network Architecture', level: 2 },
    { p: 'Figure 9-1 shows the network architecture: public load balancers in front of private application subnets.' },
    { h: '10. System Environment and Inventory' },
    { p: 'The system runs in AWS GovCloud (US-West); the inventory is in Attachment 13.' },
    { h: '10.1 Data Flow', level: 2 },
    { p: 'Customer data enters over TLS 1.2 through the load balancer and is stored encrypted in Amazon RDS.' },
    { h: '10.2 Ports, Protocols and Services', level: 2 },
    { table: [['Ports (TCP/UDP)', 'Protocols', 'Services', 'Purpose'], ['443 TCP', 'HTTPS', 'Web UI', 'Customer access']] },
    { h: '11. System Interconnections' },
    { p: 'The system has no interconnections with external systems other than the leveraged IaaS.' },
    { h: '12. Laws, Regulations, Standards and Guidance' },
    { p: 'FISMA, OMB Circular A-130, NIST SP 800-53 Rev. 5 and FIPS 199 apply.' },
    { h: '13. Minimum Security Controls' },
    { p: 'The system implements the FedRAMP Moderate baseline; implementation statements follow.' },
    { h: 'AC-1 Policy and Procedures', level: 2 },
    { p: 'Acme Cloud develops, documents and disseminates an access control policy.' },
    { h: '15. Attachments' },
    { table: [['Attachment', 'Title'], ['1', 'Information Security Policies and Procedures'], ['13', 'Integrated Inventory Workbook']] },
    ...(options.extra ?? []),
  ];
}
