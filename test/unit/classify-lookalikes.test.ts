/**
 * Look-alikes and deliverables found by the evaluation sets eval15 … eval18 (a PMO intake desk, GRC
 * exports, a defense-tech startup, a multinational group): other nations' schemes and CMMC, chat
 * transcripts, device registers, decision memos, and deliverables whose openings misled the reading.
 */
import { Document, HeadingLevel, Packer, Paragraph, Table } from 'docx';
import { BufferByteSource } from '../../functions/core/bytes/byte-source.js';
import { classifyDocument } from '../../functions/core/classify/index.js';
import { runningLines } from '../../functions/core/classify/extract/text-facts.js';
import { isDeviceRegister, isRoleMatrix } from '../../functions/core/classify/layouts.js';
import { citesFedRAMP, frameworkCitations, OTHER_FRAMEWORK, TRANSMITTED } from '../../functions/core/classify/signatures.js';
import { docxRow, makeDocx, makePdf, makeXlsx } from '../support/office.js';

const classify = (bytes: Uint8Array, fileName?: string) => classifyDocument(new BufferByteSource(bytes), fileName === undefined ? {} : { fileName });
const text = (lines: string[]) => Buffer.from(lines.join('\n'));

describe('documents written for other frameworks', () => {
  it("FedRAMP's frame is not cited by SP 800-171 nor by a mention that disowns FedRAMP", () => {
    expect(citesFedRAMP('Requirement 3.5.3 of NIST SP 800-171')).toBe(false);
    expect(citesFedRAMP('CMMC L2 enclave POA&M — NOT the FedRAMP one')).toBe(false);
    expect(citesFedRAMP('non-FedRAMP tenants')).toBe(false);
    expect(citesFedRAMP('NIST SP 800-53 Rev 5')).toBe(true);
    expect(citesFedRAMP('the FedRAMP Moderate baseline')).toBe(true);
  });

  it('counts the sentences citing each frame, not the words', () => {
    const plan = 'This plan is prepared under the ISM and the PSPF for assessment under the IRAP programme. It does not address NIST SP 800-53, FIPS 199 or any US programme. Essential Eight maturity is level 2. The IRAP assessor reviews it yearly.';
    expect(frameworkCitations(plan)).toEqual({ other: 3, fedramp: 1 });
  });

  it('a CMMC POA&M workbook laid out as a POA&M is not the FedRAMP POA&M', async () => {
    const bytes = await makeXlsx([
      {
        name: 'CMMC POA&M',
        rows: [
          ['CMMC L2 enclave POA&M — NOT the FedRAMP one (that lives in the KMC folder)'],
          ['POA&M ID', 'Requirement (NIST SP 800-171)', 'Weakness Description', 'SPRS Points', 'Milestone', 'Scheduled Completion Date', 'Status'],
          ['C-01', '3.5.3', 'MFA not enforced for local admin accounts on enclave workstations', '-5', 'Deploy smart-card logon', '2026-12-15', 'Open'],
          ['C-02', '3.13.11', 'FIPS-validated cryptography not configured on file server', '-5', 'Enable FIPS mode', '2027-01-31', 'Open'],
          ['C-03', '3.3.1', 'Audit logs kept 30 days only', '-1', 'Extend retention', '2026-11-30', 'Closed'],
        ],
      },
    ]);
    const result = await classify(bytes);
    expect(result.type).toBe('UNKNOWN');
    expect(result.evidence.join(' ')).toMatch(/written for 'CMMC'/);
  });

  it("another nation's assessment report is not a SAR", async () => {
    const bytes = await makePdf([
      [
        'INTERNAL – RESTRICTED',
        'IRAP Assessment Report',
        'Nordhaus Sovereign Cloud — Australian Regions (PROTECTED)',
        'The IRAP assessor assessed the implementation of the ISM controls and the Essential Eight maturity of the system.',
        'Residual risks are rated against the ISM risk matrix; the assessment covered Stage 1 and Stage 2.',
        'Findings were recorded in the security assessment report and the plan of action for the Australian regions.',
      ],
    ]);
    expect((await classify(bytes)).type).toBe('UNKNOWN');
  });

  it('a security plan written for IRAP that disowns NIST in one sentence is not the SSP', async () => {
    const bytes = await makeDocx({
      title: 'ISM Security Plan',
      header: 'Nordhaus Group | NCA-SSP-001 | INTERNAL – RESTRICTED',
      paragraphs: [
        { text: 'Nordhaus Sovereign Cloud — Australian Regions' },
        { text: 'ISM Security Plan (IRAP PROTECTED)' },
        { text: '1 Purpose', heading: true },
        { text: 'This document is the security plan for the Australian regions, prepared under the ISM and the Protective Security Policy Framework for assessment under the IRAP programme. It does not address NIST SP 800-53, FIPS 199 or any US programme.' },
        { text: '2 Control Implementation (ISM)', heading: true },
        { text: 'Each applicable ISM control is implemented as described below; the IRAP assessor verifies the implementation.' },
        { text: '3 Essential Eight', heading: true },
        { text: 'The Essential Eight mitigation strategies are implemented at maturity level two.' },
        { text: '4 Assessment', heading: true },
        { text: 'The plan is reassessed by an IRAP assessor every two years and after significant change.' },
      ],
    });
    const result = await classify(bytes);
    expect(result.type).toBe('UNKNOWN');
    expect(result.evidence.join(' ')).toMatch(/names other frameworks 4× and cites FedRAMP's frame 1×/);
  });
});

describe('messages and registers', () => {
  it('a chat transcript about the ATO timeline is a conversation, not a checklist', async () => {
    const bytes = text([
      '#fedramp — exported 2026-10-16 09:12 ET',
      '',
      '[2026-10-14 16:02] Marcus Hale: where are we on the ATO? board call on the 22nd',
      '[2026-10-14 16:05] Dana Okafor: SAR final landed 9/18. POA&M v1 went to the agency 9/25',
      '[2026-10-14 16:06] Dana Okafor: realistic ATO letter: first week of Nov',
      '[2026-10-14 16:14] Marcus Hale: and the package checklist thing for the PMO?',
      '[2026-10-14 16:15] Dana Okafor: drafted. needs the ATO letter line filled in obviously',
      '[2026-10-16 09:01] Dana Okafor: rescan clean. updating POA&M row V-2026-006 to closed',
    ]);
    const result = await classify(bytes);
    expect(result.type).toBe('UNKNOWN');
    expect(result.evidence.join(' ')).toMatch(/a chat transcript/);
  });

  it('a register of laptops is not the system inventory; an inventory with network identities is', async () => {
    const laptops = [
      ['Asset Tag', 'Serial Number', 'Model', 'Assigned To', 'Department', 'Location', 'Purchase Date', 'Warranty Expiration', 'Operating System', 'MDM Enrolled'],
      ['LKS-IT-2300', 'PF32O7H1', 'ThinkPad T14s', 'D. Novak', 'Finance', 'Remote', '2022-10-31', '2025-09-20', 'Windows 11', 'Yes'],
      ['LKS-IT-2301', 'C023OSD1', 'MacBook Pro 14', 'B. Chen', 'Marketing', 'Denver', '2022-07-02', '2026-05-30', 'macOS 15.3', 'Yes'],
    ];
    expect(isDeviceRegister(laptops)).toBe(true);
    const result = await classify(await makeXlsx([{ name: 'Sheet1', rows: laptops }]));
    expect(result.type).toBe('UNKNOWN');
    expect(result.evidence.join(' ')).toMatch(/register of end-user devices/);

    const servers = [['Unique Asset Identifier', 'IPv4 or IPv6 Address', 'DNS Name or URL', 'Asset Tag', 'Assigned To', 'Department', 'Warranty Expiration', 'Operating System', 'Location']];
    expect(isDeviceRegister(servers)).toBe(false);
  });

  it("a text that only starts like YAML (a pasted e-mail's subject over rules) is read as text", async () => {
    const bytes = text([
      'Subject: ACTION REQUIRED - sign the Privileged User Rules of Behavior before',
      '2025-03-31',
      '',
      'Please read the rules below and reply "I agree" or sign the attached form.',
      '',
      'LCMC PRIVILEGED USER RULES OF BEHAVIOR',
      '======================================',
      '',
      'These Rules of Behavior describe the responsibilities and expected behavior of privileged users.',
      'Users must read and sign these rules before receiving access, as required by NIST SP 800-53 control PL-4.',
      '',
      '* I will protect my authenticators and never share them.',
      '* I will not download federal data to personal devices.',
      '',
      'I acknowledge that I have read, understand and will comply with these Rules of Behavior.',
    ]);
    const result = await classify(bytes);
    expect(result.format).toBe('text');
    expect(result.type).toBe('RULES_OF_BEHAVIOR');
  });
});

describe('decision memos and openings that mislead', () => {
  it("the AO's acceptance of one POA&M item's risk is neither the POA&M nor a deviation request", async () => {
    const bytes = await makeDocx({
      paragraphs: [
        { text: 'Federal Pension Records Bureau — Office of the Chief Information Officer' },
        { text: 'MEMORANDUM' },
        { text: 'DATE: August 5, 2025' },
        { text: 'TO: Evelyn Marsh, Information System Owner, Corvid Records, Inc.' },
        { text: 'FROM: Angela M. Castellano, acting as Authorizing Official' },
        { text: 'SUBJECT: Acceptance of Residual Risk — Corvid Records Vault POA&M item V-0122 (SWEET32 on legacy integration endpoint)' },
        { text: 'Corvid submitted Deviation Request DR-0032 asking that the POA&M item above be designated an operational requirement. The agency reviewed the request and the mitigating controls.' },
        { text: 'I accept the residual risk of this operational requirement. The POA&M item remains open with the deviation noted.' },
      ],
    });
    const result = await classify(bytes);
    expect(result.type).toBe('UNKNOWN');
    expect(result.evidence.join(' ')).toMatch(/Acceptance of Residual Risk/i);
  });

  it('an SSP that opens on its revision history is not "about" the review comments it lists', async () => {
    const bytes = await makePdf(
      [
        [
          'Revision History',
          // A table printed to PDF gives its cells as lines.
          ...['Date', 'Version', 'Description', 'Author', '10/18/2024', '2.0', 'Updated after agency SSP', 'review comments (23 comments dispositioned)', 'Rebecca Tran'],
          'Brightwater Insight Cloud',
          'System Security Plan',
          'FedRAMP High Baseline',
          'This System Security Plan describes the authorization boundary and how each NIST SP 800-53 control is implemented.',
          'AC-2 Account Management: accounts are provisioned through the identity service. Implementation status: Implemented.',
        ],
      ],
      'Microsoft Word - BIC_SSP_v4.2_FINAL.docx',
    );
    expect((await classify(bytes)).type).toBe('SSP');
  });

  it('"Attachment 1 to the System Security Plan" cites the SSP: the policy under it is the policy', async () => {
    const bytes = await makePdf([
      [
        'NFCP — Attachment 1 to the System Security Plan',
        'Audit and Accountability Policy and Procedures',
        '1 Purpose',
        'This policy establishes the audit and accountability requirements of the AU family of NIST SP 800-53 (AU-1) for the FedRAMP system.',
        '2 Roles and Responsibilities',
        'The Information System Security Officer reviews audit records weekly. The procedures below implement the policy.',
      ],
    ]);
    expect((await classify(bytes)).type).toBe('POLICIES_AND_PROCEDURES');
  });
});

describe('cover pages, trackers and pages about an ATO (eval19 … eval22)', () => {
  const transmittal = [
    'CONTRACTOR TRANSMITTAL',
    'Transmittal No. CFSI-FRP-T-0122',
    'To: COR, U.S. Maritime Safety Administration',
    'Enclosure(s): 1. SI-FRP-0091-R1 Significant Change Request (CDRL A011)',
    'The enclosed item is delivered in accordance with the Contract Data Requirements List.',
    'Received by (Government) Signature Date',
  ];

  it('a transmittal page stapled before a change request is the change request', async () => {
    const body = Array.from({ length: 24 }, (_, i) =>
      `Section ${i + 1}. The CSP requests the AO's approval of a significant change: the key management service moves to a FIPS 140-3 validated HSM cluster in the same boundary, affecting SC-12 and SC-13; the security impact analysis finds no new external interconnection.`,
    );
    const bytes = await makePdf([transmittal, ['Calloway SecureVault Platform', 'Significant Change Request', ...body.slice(0, 12)], body.slice(12)]);
    expect((await classify(bytes)).type).toBe('SIGNIFICANT_CHANGE_REQUEST');
  });

  it('a transmittal page alone is contract paperwork', async () => {
    const result = await classify(await makePdf([transmittal]));
    expect(result.type).toBe('UNKNOWN');
    expect(result.evidence.join(' ')).toMatch(/no document behind it/);
  });

  it('a deliverable tracking log is about deliverables, whatever columns it shares with the checklist', async () => {
    const bytes = await makeXlsx(
      [
        {
          name: 'Deliverable Log',
          rows: [
            ['FPO Contract Deliverable Tracking Log - FY25'],
            ['Log #', 'Product', 'CDRL', 'Deliverable', 'Rev', 'Due Date', 'Submitted', 'Transmittal No.', 'Govt Status', 'Comments Received'],
            ['1', 'CIC', 'A004', 'Security Assessment Report (3PAO)', 'R5', '2025-01-15', '2025-01-15', 'T-0080', 'Accepted with comments', 'No'],
            ['2', 'CTG', 'A005', 'Significant Change Request', 'R1', '2025-01-21', '2025-01-21', 'T-0081', 'Accepted', 'No'],
            ['3', 'SVP', 'A004', 'System Security Plan', 'R2', '2025-05-02', '2025-05-02', 'T-0122', 'In review', 'No'],
          ],
        },
      ],
      'Deliverable Tracking Log — Monthly Status Report input',
    );
    expect((await classify(bytes)).type).toBe('UNKNOWN');
  });

  it('a separation-of-duties matrix keeps its layout beside a description column', () => {
    const matrix = [
      ['Duty', 'Description', 'System Owner', 'ISSO', 'Platform Engineer', 'Security Analyst'],
      ['Approve access requests', 'Per AC-5', 'X', '', '', 'X'],
      ['Provision accounts', 'Per AC-2', '', '', 'X', ''],
      ['Review audit logs', 'Per AU-6', '', 'X', '', 'X'],
    ];
    expect(isRoleMatrix(matrix)).toBe(true);
    // A list of tasks with two yes/no columns is a checklist, not a role matrix.
    expect(isRoleMatrix([['Task', 'Done', 'Verified'], ['Upload SSP', 'Y', 'Y'], ['Upload SAR', 'Y', 'N']])).toBe(false);
  });

  it('a blog post telling of an ATO granted is not the ATO letter', async () => {
    const page = [
      '---',
      'title: How we got FedRAMP Moderate in 14 months',
      'date: 2025-10-02',
      'tags: [compliance, fedramp]',
      '---',
      '',
      'Last week the National Hydrographic Data Administration granted Forgeline Cloud Build for Government an Authority to Operate.',
      '',
      '## Start with the boundary',
      '',
      'We spent the first two months drawing the authorization boundary.',
    ];
    const result = await classify(text(page));
    expect(result.type).toBe('UNKNOWN');
  });

  it('a style guide for SSP narratives and a changelog of SSP releases are not the SSP', async () => {
    expect((await classify(text(['Style Guide for SSP Control Narratives', '====================================', '', 'Write each SSP control implementation statement in the present tense.']))).type).toBe('UNKNOWN');
    expect((await classify(text(['# Changelog', '', '## [2.4.0] - 2025-06-01', '', '- SSP §9: warm standby in us-gov-east-1', '- POA&M: closed V-2025-006']))).type).toBe('UNKNOWN');
  });

  it('a markdown page opening on an HTML comment is markdown, not broken XML', async () => {
    const result = await classify(
      text([
        '<!-- exported from docs.example, build 2026.1.4 -->',
        '',
        '# CivicVault GovCloud User Guide (SSP Attachment 2)',
        '',
        'This User Guide describes how agency users and administrators use CivicVault GovCloud and the secure configuration customers are responsible for.',
        '',
        '## 1. Getting started',
        '',
        'Sign in with your agency PIV card.',
      ]),
    );
    expect(result.error).toBeUndefined();
    expect(result.type).toBe('USER_GUIDE');
  });

  it('a name in brackets inside a sentence is a mention; CJIS and IRS Publication 1075 are other frameworks', async () => {
    const memo = await makePdf([
      [
        'EXPORT CLASSIFICATION DETERMINATION MEMORANDUM',
        'The program office requested a classification of the technical data in its security documentation (system security plan, architecture diagrams, assessment results) before sharing it.',
        'The software is subject to the EAR and classified under ECCN 5D002.',
      ],
    ]);
    expect((await classify(memo)).type).toBe('UNKNOWN');
    expect(OTHER_FRAMEWORK.test('FBI CJIS Security Addendum')).toBe(true);
    expect(OTHER_FRAMEWORK.test('IRS Office of Safeguards – Corrective Action Plan (CAP)')).toBe(true);
    expect(OTHER_FRAMEWORK.test('IRS Publication 1075')).toBe(true);
  });

  it('a numbered section repeated at the top of pages is not a running title', () => {
    expect(runningLines(['6 Laws, Regulations, Standards and Guidance\nbody one', '6 Laws, Regulations, Standards and Guidance\nbody two'])).toEqual([]);
    expect(runningLines(['Acme Contingency Plan\nbody one', 'Acme Contingency Plan\nbody two'])).toEqual(['Acme Contingency Plan']);
  });
});

describe('wrapped documents and stale titles (eval21, eval22)', () => {
  it("an SSP behind a CDRL form is the SSP: its cover starts at its own title, not at the form's cells", async () => {
    const names = ['Information System Name/Title', 'Information System Categorization', 'Information System Owner', 'Authorizing Officials', 'Other Designated Contacts', 'Assignment of Security Responsibility', 'Information System Operational Status', 'Information System Type', 'General System Description', 'System Environment and Inventory', 'System Interconnections', 'Laws, Regulations, Standards and Guidance', 'Minimum Security Controls'];
    const sections = names.map((name, i) => [
      new Paragraph({ text: `${i + 1}. ${name}`, heading: HeadingLevel.HEADING_1 }),
      new Paragraph('This section of the plan describes the system as the agency authorizes it. Implementation Status: Implemented. Control Origination: Service Provider Corporate. Responsible role: the Information System Security Officer, who keeps this section current after each significant change and annual assessment.'),
    ]).flat();
    const doc = new Document({
      title: 'DD1423 CDRL A004',
      sections: [
        {
          children: [
            new Paragraph('CONTRACT DATA REQUIREMENTS LIST (1 Data Item)'),
            new Table({
              rows: [
                docxRow(['1. DATA ITEM NO.', 'A004', '2. TITLE OF DATA ITEM', 'System Security Plan (with Attachments)']),
                docxRow(['5. CONTRACT REFERENCE', 'PWS 3.6.1', '12. DATE OF FIRST SUBMISSION', '60 DAC']),
              ],
            }),
            new Paragraph('Calloway Insight Cloud'),
            new Paragraph({ text: 'System Security Plan', heading: HeadingLevel.TITLE }),
            new Paragraph('Software as a Service (SaaS) | FIPS 199 Moderate | FedRAMP Package ID FR2219834571'),
            ...sections,
          ],
        },
      ],
    });
    expect((await classify(await Packer.toBuffer(doc))).type).toBe('SSP');
  });

  it("a memo whose subject names no deliverable is not the one its stale metadata title names", async () => {
    const doc = new Document({
      title: 'Security Assessment Plan',
      sections: [
        {
          children: [
            new Paragraph('MEMORANDUM'),
            new Table({ rows: [docxRow(['TO', 'Platform Engineering, SRE']), docxRow(['FROM', 'Priya Raman, CISO']), docxRow(['SUBJECT', 'Rules of engagement — internal purple-team exercise "Driftwood"'])] }),
            new Paragraph('Our internal red team will run a purple-team exercise against the commercial platform from September 15 to 26. This memo sets the rules of engagement so that on-call staff know what to expect.'),
            new Paragraph({ text: 'Rules', heading: HeadingLevel.HEADING_1 }),
            new Paragraph('No denial-of-service testing; production customer data is out of scope.'),
          ],
        },
      ],
    });
    expect((await classify(await Packer.toBuffer(doc))).type).toBe('UNKNOWN');
  });
});

describe('academic and customer look-alikes (eval24, eval25)', () => {
  it('a poster abstract about generating the SSP is not the SSP', async () => {
    const result = await classify(
      text([
        "PEARC'25 Poster Abstract (submitted 2025-03-01)",
        '',
        'Title: From 612 Pages to a Pipeline: Generating FedRAMP OSCAL Artifacts',
        '',
        'Research computing centers seeking FedRAMP authorization spend most of their effort writing a System Security Plan, its attachments, and monthly deliverables.',
      ]),
    );
    expect(result.type).toBe('UNKNOWN');
  });

  it('a worksheet prepared "during the partnership kickoff" is not a kickoff agenda', async () => {
    const bytes = await makePdf([
      [
        'Prepared with the agency ISSO during the partnership kickoff',
        'Security Categorization Worksheet (FIPS PUB 199)',
        'Information type C I A',
        'C.3.1.4 Goods Acquisition Low Moderate Low',
        'Overall: Confidentiality Moderate, Integrity Moderate, Availability Low. The system is FIPS 199 Moderate.',
        'The categorization followed NIST SP 800-60: information types, provisional impact levels, the high water mark.',
      ],
    ]);
    expect((await classify(bytes)).type).toBe('FIPS_199');
  });

  it('a letter to "Dear Valued Customer" is not the plan its stale metadata title names', async () => {
    const bytes = await makeDocx({
      title: 'Incident Response Plan',
      paragraphs: [
        { text: 'Tallgrass Ledger, Inc.' },
        { text: 'April 4, 2025' },
        { text: 'Dear Valued Customer,' },
        { text: 'Notice of Security Incident' },
        { text: 'We are writing to inform you of a security incident involving a third-party e-mail delivery provider. What we are doing: we suspended the integration and rotated credentials.' },
        { text: 'Sincerely,' },
        { text: 'Marcus Lindqvist, Chief Information Security Officer' },
      ],
    });
    expect((await classify(bytes)).type).toBe('UNKNOWN');
  });

  // eval25: a CMP copied from the policies' file keeps their metadata title, which it never shows.
  const cmpBody = [
    { text: 'Roles and Responsibilities', heading: true },
    { text: 'The Change Advisory Board reviews and approves normal changes. The Configuration Manager maintains the baselines and the CMDB. The ISSO analyses the security impact of each change (CM-4).' },
    { text: 'Baseline Configurations', heading: true },
    { text: 'Worker nodes follow the CIS Amazon Linux 2023 Benchmark; container images follow the CIS Docker Benchmark. Deviations go to the hardening exceptions register.' },
    { text: 'Change Control', heading: true },
    { text: 'Every change is requested, tested, approved and recorded. Emergency changes are reviewed by the CAB within two business days. Configuration monitoring compares the running state with the baseline daily.' },
  ];
  const coverTable = (title: string) =>
    new Table({ rows: [docxRow(['Tallgrass Ledger, Inc.', 'Document ID: TSC-CMP-002']), docxRow([title, 'Version 2.3']), docxRow(['Tallgrass Spend Cloud', 'Effective: 2025-02-01'])] });
  const coveredDocx = (metadataTitle: string, coverTitle: string) =>
    Packer.toBuffer(
      new Document({
        title: metadataTitle,
        sections: [{ children: [coverTable(coverTitle), ...cmpBody.map((p) => new Paragraph(p.heading ? { text: p.text, heading: HeadingLevel.HEADING_1 } : { text: p.text }))] }],
      }),
    );

  it('a metadata title written nowhere in the document gives way to the deliverable its cover names', async () => {
    const result = await classify(await coveredDocx('Information Security Policies', 'Configuration Management Plan'));
    expect(result.type).toBe('CONFIGURATION_MANAGEMENT_PLAN');
    expect(result.evidence.join(' ')).not.toMatch(/title names it/);
  });

  it('a metadata title the document shows is its title, whatever else its cover names', async () => {
    // The same cover, but the policies' title also stands on it: the metadata title is not stale.
    const result = await classify(await coveredDocx('Information Security Policies', 'Information Security Policies'));
    expect(result.type).toBe('POLICIES_AND_PROCEDURES');
  });
});

describe('document numbers, numbered sections, dates and stale workbook titles (eval27 … eval30)', () => {
  it.each(['GRP-ISMS-0115.docx', 'GRP-ISMS-0115 Configuration Management Plan'])("a framework's acronym inside a document number is no framework the document is written for (title %s)", async (title) => {
    // A group's document register files everything under ISMS.
    const bytes = await makeDocx({
      title,
      paragraphs: [
        { text: 'VELTRAX' },
        { text: 'Konfigurationsmanagementplan / Configuration Management Plan' },
        { text: 'Document number GRP-ISMS-0115 · Version 1.1 · 12.03.2025' },
        { text: '1 Purpose', heading: true },
        { text: 'This Configuration Management Plan (CMP) describes how Veltrax Federal Inc. manages the configuration of its cloud service, addressing the CM family of NIST SP 800-53 Rev. 5.' },
        { text: '2 Change Control', heading: true },
        { text: 'Every normal change requires a security impact analysis; baselines follow CIS Level 1 benchmarks and drift is detected by AWS Config rules.' },
      ],
    });
    expect((await classify(bytes)).type).toBe('CONFIGURATION_MANAGEMENT_PLAN');
  });

  it('an automotive TISAX assessment result is written for another framework', async () => {
    expect('TISAX Assessment Result / Bewertungsergebnis').toMatch(OTHER_FRAMEWORK);
    expect('Catalogue: VDA ISA 6.0').toMatch(OTHER_FRAMEWORK);
    const bytes = await makePdf([
      [
        'TISAX Assessment Result / Bewertungsergebnis',
        'Assessment provider: an ENX-approved audit provider. Assessment level: AL3. Catalogue: VDA ISA 6.0.',
        'Chapter Target maturity Result',
        '1 Information Security Policies and Organisation 3 3.2',
        '5 IT Security / Cyber Security 3 2.9',
        'Two minor nonconformities with a corrective action plan due 30.09.2025.',
      ],
    ]);
    expect((await classify(bytes)).type).toBe('UNKNOWN');
  });

  it('a numbered section heading on the first page names a part of the document, not the document', async () => {
    const bytes = await makePdf([
      [
        'Harbor Analytics',
        'Quarterly Service Review - Q3 2025',
        'Prepared for the customer success team. This review reports availability, support response and the',
        'exercises run during the quarter, for the account managers of our public-sector customers.',
        '1 Availability',
        'Monthly availability was 99.97%, 99.99% and 99.95% against a 99.9% commitment.',
        '2 Support Response',
        'Median first response was 14 minutes for priority 1 tickets.',
        '3 Contingency Plan Exercise',
        'On 12 August we ran the contingency plan tabletop exercise; the recovery time objective of four hours was met',
        'in the failover test and the contingency plan was updated with the lessons learned.',
      ],
    ]);
    expect((await classify(bytes)).type).toBe('UNKNOWN');
  });

  it('a date in May is no "may" that announces the decision instead of making it', async () => {
    const bytes = await makeDocx({
      paragraphs: [
        { text: 'U.S. Department of Housing and Urban Development' },
        { text: 'June 2, 2025' },
        { text: 'RE: Agency Authority to Operate for Larkspur Case Management Cloud (FedRAMP Package ID FR2207741533)' },
        { text: 'Dear Ms. Raghunathan:' },
        {
          text: 'The Office of the Chief Information Officer has completed its review of the authorization package. I accept the residual risk documented in the Security Assessment Report and the POA&M dated May 12, 2025 and hereby issue an Authority to Operate (ATO) for the system at the Moderate impact level, expiring June 1, 2028.',
        },
        { text: 'Conditions: monthly continuous monitoring deliverables are uploaded to the agency repository by the 13th of each month.' },
        { text: 'Gloria M. Estrada, Authorizing Official' },
      ],
    });
    expect((await classify(bytes)).type).toBe('ATO_LETTER');
  });

  it('a workbook only its stale metadata title names is not that deliverable; with its columns it is', async () => {
    const licenses = [
      ['Product', 'Vendor', 'License Type', 'Seats', 'Seats Used', 'Renewal Date', 'Annual Cost (USD)', 'Cost Center', 'Owner'],
      ['Tenable Nessus Professional', 'Tenable', 'Subscription', 2, 2, '09/30/2025', 7980, 'SEC-100', 'Marcus Oyelaran'],
      ['Okta Workforce Identity', 'Okta', 'Per user', 250, 231, '03/31/2026', 41580, 'IT-300', 'IT'],
    ];
    const stale = await classify(await makeXlsx([{ name: 'Licenses', rows: licenses }], 'Integrated Inventory Workbook'));
    expect(stale.type).toBe('UNKNOWN');
    const inventory = [
      ['UNIQUE ASSET IDENTIFIER', 'IPv4 or IPv6 Address', 'Virtual', 'Public', 'DNS Name or URL', 'OS Name and Version', 'Asset Type'],
      ['i-0a1b2c', '10.0.1.15', 'Yes', 'No', 'app1.internal', 'Amazon Linux 2023', 'Compute'],
    ];
    expect((await classify(await makeXlsx([{ name: 'Sheet1', rows: inventory }], 'Integrated Inventory Workbook'))).type).toBe('INVENTORY');
  });
});

describe('tables, registers, obligations and briefing notes (eval31 … eval34)', () => {
  it("a prose document's template columns head one row: words spread over its revision and approval tables are no template", async () => {
    const doc = new Document({
      sections: [
        {
          children: [
            new Table({ rows: [docxRow(['Document', 'QP-4.2.3 Control of Documented Information']), docxRow(['Version', '7']), docxRow(['Date', '2026-02-13'])] }),
            new Table({ rows: [docxRow(['Date', 'Version', 'Description', 'Author']), docxRow(['2025-04-11', '1.1', 'Annual review; updated contacts and references', 'Quality Office'])] }),
            new Table({ rows: [docxRow(['Name', 'Title', 'Signature', 'Date']), docxRow(['Lena Forsberg', 'Director of Quality', '/s/', '2026-02-10'])] }),
            new Paragraph({ text: '1. Purpose', heading: HeadingLevel.HEADING_1 }),
            new Paragraph('This procedure defines how documented information required by the ISO 9001:2015 quality management system is created, reviewed, approved and withdrawn in the document-management system.'),
          ],
        },
      ],
    });
    expect((await classify(await Packer.toBuffer(doc))).type).toBe('UNKNOWN');
    // The same columns heading one table are the template's.
    const laws = new Document({
      sections: [
        {
          children: [
            new Paragraph('Applicable laws, regulations and standards that govern the system.'),
            new Table({ rows: [docxRow(['Identification Number', 'Title', 'Date', 'Link']), docxRow(['NIST SP 800-53 Rev 5', 'Security and Privacy Controls', '2020-09', 'https://csrc.nist.gov'])] }),
          ],
        },
      ],
    });
    expect((await classify(await Packer.toBuffer(laws))).type).toBe('LAWS_AND_REGULATIONS');
  });

  it("a finance fixed-asset register (cost, depreciation, useful life) is not the system inventory", async () => {
    expect(
      isDeviceRegister([
        ['Fixed Asset Register FY2026'],
        ['Asset Tag', 'Description', 'Location', 'Acquisition Date', 'Cost (USD)', 'Useful Life (months)', 'Accumulated Depreciation', 'Serial Number', 'Status'],
      ]),
    ).toBe(true);
    const bytes = await makeXlsx([
      {
        name: 'Register',
        rows: [
          ['Fixed Asset Register FY2026'],
          ['Asset Tag', 'Description', 'Location', 'Acquisition Date', 'Cost (USD)', 'Useful Life (months)', 'Accumulated Depreciation', 'Serial Number', 'Status'],
          ['FA-02204', 'Cisco Meraki MX85', 'Boise office', '2023-09-01', 4504, 36, 1869, 'SN611493238', 'In service'],
          ['FA-02211', 'Laptop Dell Latitude 7450', 'Remote employee', '2023-12-26', 3418, 36, 2895, 'SN794205640', 'In service'],
        ],
      },
    ]);
    expect((await classify(bytes)).type).toBe('UNKNOWN');
    // With a network identity it is an inventory's layout again.
    expect(isDeviceRegister([['Asset Tag', 'Acquisition Date', 'Cost (USD)', 'Accumulated Depreciation', 'IPv4 or IPv6 Address']])).toBe(false);
  });

  it('an item of a list of obligations ("Agencies shall: … (b) issue an ATO") is no act the memo performs', async () => {
    const bytes = await makePdf([
      [
        'EXECUTIVE OFFICE OF THE PRESIDENT',
        'OFFICE OF MANAGEMENT AND BUDGET',
        'M-26-09 | January 22, 2026',
        'MEMORANDUM FOR THE HEADS OF EXECUTIVE DEPARTMENTS AND AGENCIES',
        'SUBJECT: Modernizing the Federal Risk and Authorization Management Program',
        'This memorandum updates the policy framework for FedRAMP consistent with the FedRAMP Authorization Act.',
        'Agencies shall: (a) use FedRAMP authorizations to the maximum extent practicable; (b) issue',
        'an authorization to operate for each cloud service used; (c) review continuous monitoring',
        'materials; and (d) provide authorization documentation to the FedRAMP PMO.',
      ],
    ]);
    expect((await classify(bytes)).type).toBe('UNKNOWN');
  });

  it('a line running past a full stop into a capitalised sentence is no title ("…Audit Group. The SAR reports…")', async () => {
    const bytes = await makePdf([
      [
        'DECISION BRIEFING NOTE FOR THE',
        'AUTHORIZING OFFICIAL',
        'Topic | Authorization of Tessellate Analytics Platform',
        'Purpose',
        'To brief the AO on the Tessellate Analytics Platform authorization package and obtain a decision.',
        'Background',
        'Tessellate completed a High assessment with Northline Audit Group. The SAR reports 0 High, 2 Moderate',
        'and 11 Low risks.',
        'Options',
        '- Option 1: Grant ATO with conditions (recommended).',
        '- Option 2: Defer pending remediation of Moderate findings.',
        'Recommendation',
        'The Cloud Program Office and the ISSM recommend Option 1. A draft decision memorandum is at Tab A.',
      ],
    ]);
    expect((await classify(bytes)).type).toBe('UNKNOWN');
  });
});

describe('use-case inventories, web-app scans, package managers, agreements and FedRAMP put out of scope (eval34 … eval38)', () => {
  it("an inventory of AI use cases is not the system inventory, though its sheet says 'Inventory'", async () => {
    const rows = [
      ['Agency AI Use Case Inventory - entry prepared for customer agency (OMB M-24-10 format)'],
      ['Use Case ID', 'Use Case Name', 'Agency', 'Topic Area', 'Purpose and Benefits', 'AI Outputs', 'Stage of Development', 'Commercial AI Product', 'Vendor'],
      ['DOL-2026-017', 'LLM-assisted case file review', 'Department of Labor', 'Government Services', 'Reduce analyst time', 'Summaries', 'Acquisition', 'Yes', 'Veridoc Labs, Inc.'],
    ];
    expect((await classify(await makeXlsx([{ name: 'AI Use Case Inventory', rows }]), 'AI_Use_Case_Inventory_DOL.xlsx')).type).toBe('UNKNOWN');
    // A sheet named for the system's inventory still counts.
    const inventory = [
      ['UNIQUE ASSET IDENTIFIER', 'IPv4 or IPv6 Address', 'Virtual', 'Public', 'DNS Name or URL'],
      ['vm-01', '10.0.0.4', 'Yes', 'No', 'app.internal'],
    ];
    expect((await classify(await makeXlsx([{ name: 'System Inventory', rows: inventory }]))).type).toBe('INVENTORY');
  });

  it('a Qualys web application scan exported as CSV is scan results', async () => {
    const csv = [
      '"Web Application Scan Report"',
      '"Helix Civic Software, LLC","Scan: HCF-Intake-Feb-2026","Launched 02/27/2026 22:00 (GMT-0500)"',
      '',
      '"ID","Detection ID","QID","Title","URL","Param/Cookie","Severity","Status","CWE","OWASP","Web Application"',
      '"1","8812001","150001","Reflected Cross-Site Scripting (XSS) Vulnerabilities","https://gov.example.com/search","q","5","NEW","CWE-79","A3","HCF Intake"',
      '"2","8812002","150085","Slow HTTP headers vulnerability","https://gov.example.com/","","3","ACTIVE","CWE-400","A5","HCF Portal"',
    ].join('\n');
    const result = await classify(Buffer.from(csv));
    expect(result.type).toBe('SCAN_RESULTS');
    expect(result.evidence.join(' ')).toMatch(/Qualys WAS CSV/);
  });

  it("a package manager's output attached as evidence is no package transmitted", () => {
    expect('Package manager output and the Debian security tracker entry are attached.').not.toMatch(TRANSMITTED);
    expect('The authorization package is attached.').toMatch(TRANSMITTED);
  });

  it('a support agreement between two parties is a contract, whatever its stale metadata title says', async () => {
    const bytes = await makeDocx({
      title: 'System Security Plan',
      paragraphs: [
        { text: 'CUI // CONTROLLED UNCLASSIFIED INFORMATION' },
        { text: 'Cybersecurity Service Provider (CSSP) Support Agreement' },
        { text: 'Between Sentinel Defense CSSP (Tier 2) and Ironbridge Federal Cloud, LLC' },
        { text: '1. Purpose', heading: true },
        { text: 'This agreement defines the cybersecurity services the CSSP provides to the IL4 enclave under DoDI 8530.01, including incident handling coordination and monitoring of the authorization boundary for the authorizing official.' },
      ],
    });
    expect((await classify(bytes)).type).toBe('UNKNOWN');
  });

  it('a document that puts the FedRAMP environment out of scope does not cite FedRAMP', async () => {
    expect(citesFedRAMP('Out of scope: the FedRAMP environment, third-party SaaS.')).toBe(false);
    expect(citesFedRAMP('The FedRAMP boundary is excluded from this test.')).toBe(false);
    expect(citesFedRAMP('In scope: the FedRAMP environment.')).toBe(true);
    const bytes = await makeDocx({
      title: 'Security Assessment Plan',
      paragraphs: [
        { text: 'Redline Offensive Security' },
        { text: 'Rules of Engagement - External Penetration Test' },
        { text: 'Engagement: annual external penetration test for SOC 2 and customer assurance. Testing window February 17-28, 2025.' },
        { text: '1 Scope', heading: true },
        { text: 'In scope: the commercial marketing site and the commercial tenant API. Out of scope: the FedRAMP environment, third-party SaaS, physical and social engineering.' },
        { text: '2 Permitted Activities', heading: true },
        { text: 'Reconnaissance and port scanning, authenticated web application testing and exploitation limited to proof of concept.' },
      ],
    });
    expect((await classify(bytes)).type).toBe('UNKNOWN');
  });
});

describe('SSP attachments named by their plan, e-mails and transcripts (eval41, eval42)', () => {
  it('"SSP Attachment 10" over the attachment\'s own title names the attachment, not the SSP', async () => {
    const bytes = await makePdf([
      [
        'SSP Attachment 10',
        'FIPS 199 Security Categorization',
        'Meridian GeoWatch (MGW)',
        'Version 1.3 — 01/12/2026',
        'This document categorizes the system in accordance with FIPS Publication 199 and NIST SP 800-60 Volumes',
        'I and II, determining the potential impact on confidentiality, integrity and availability.',
        'Information Type | NIST SP 800-60 ID | Confidentiality | Integrity | Availability',
        'Environmental Monitoring and Forecasting | D.14.1 | Low | Moderate | Moderate',
        'SC Meridian GeoWatch = {(confidentiality, MODERATE), (integrity, MODERATE), (availability, MODERATE)}.',
        'The overall FIPS 199 categorization is MODERATE.',
      ],
    ]);
    const result = await classify(bytes);
    expect(result.type).toBe('FIPS_199');
    // The SSP is no reading of it: neither its first line nor its cover names the SSP (only phrases remain).
    const ssp = /runner-up SSP scored ([\d.]+)/.exec(result.evidence.join(' '));
    expect(Number(ssp?.[1] ?? 0)).toBeLessThan(8);
  });

  it('an e-mail whose body has commas in every line is a message, not delimited rows', async () => {
    const mail = [
      'Received: from BN8PR09MB5411.namprd09.prod.outlook.com (2603:10b6:408:a2::17) by SA1PR09MB8123.namprd09.prod.outlook.com with HTTPS',
      'From: Tom Reyes <thomas.reyes@fgma.example.gov>',
      'To: Priya Natarajan <priya.natarajan@nimbusledger.com>',
      'Subject: RE: SAR readout and ATO letter timing',
      'Date: Tue, 20 May 2025 14:22:31 +0000',
      'MIME-Version: 1.0',
      '',
      'Priya,',
      '',
      'Thanks for the update. Our AO is available on June 4, at 10:00 ET, for the SAR readout.',
      'Before the meeting, we need the updated POA&M uploaded, and confirmation on the two Highs.',
      'Once the AO has reviewed those, we will route the ATO letter for signature, realistically mid-June.',
      'Regards, Tom',
    ].join('\n');
    const result = await classify(Buffer.from(mail));
    expect(result.format).toBe('text');
    expect(result.type).toBe('UNKNOWN');
    expect(result.evidence.join(' ')).toMatch(/e-mail message/);
  });

  it("a meeting's transcript is no deliverable, whatever it discusses", async () => {
    const bytes = await makeDocx({
      paragraphs: [
        { text: 'SAR readout - FGMA / Nimbus / Kestrel' },
        { text: 'June 4, 2025, 2:00PM | 48m 12s' },
        { text: 'Transcript' },
        { text: 'Marcus Oyelaran 0:00' },
        { text: 'Thanks for having us. I will walk through the Security Assessment Report at a high level and then the risk exposure table.' },
        { text: 'Marcus Oyelaran 8:55' },
        { text: 'Kestrel recommends authorization, conditional on the two Highs being closed within thirty days.' },
      ],
    });
    expect((await classify(bytes)).type).toBe('UNKNOWN');
  });
});

describe('what only the metadata says (eval44 … eval46)', () => {
  it("a document only its metadata title names, whose text neither names it nor uses its words, is not it", async () => {
    const bytes = await makeDocx({
      title: 'Laws and Regulations',
      paragraphs: [
        { text: "E911, Kari's Law and RAY BAUM'S Act Compliance Summary" },
        { text: 'Tessaline Communications, Inc. | prepared for agency telecom managers' },
        { text: "Kari's Law (47 U.S.C. 623)", heading: true },
        { text: 'Multi-line telephone systems provisioned by Tessaline allow direct dialing of 911 without a prefix. On-site notification is sent to the designated security desk when a 911 call is placed.' },
        { text: 'Testing', heading: true },
        { text: '911 test calls are coordinated with the PSAP via the 933 test number; results per site are retained for 12 months.' },
      ],
    });
    expect((await classify(bytes)).type).toBe('UNKNOWN');
  });

  it('a workbook whose sheet is named for the matrix and whose title cell names it is the matrix, beside its metadata', async () => {
    const rows = [
      ['Separation of Duties Matrix', '', 'Halvorsen Government Hosting Platform'],
      ['Duty / Function', 'System Administrator', 'Network Administrator', 'Database Administrator', 'Security Analyst', 'ISSO'],
      ['Create user accounts', 'X'],
      ['Approve user accounts', '', '', '', '', 'X'],
      ['Review audit records', '', '', '', 'X', 'X'],
    ];
    const result = await classify(await makeXlsx([{ name: 'SoD Matrix', rows }], 'SoD Matrix'), 'Copy of SoD.xlsx');
    expect(result.type).toBe('SEPARATION_OF_DUTIES_MATRIX');
    expect(result.evidence.join(' ')).toMatch(/sheet\(s\) 'SoD Matrix'/);
  });

  it('a metadata title saying the file is something else ("Template - Meeting Notes") gives way to the deliverable its cover names', async () => {
    const bytes = await makePdf(
      [
        [
          'Privacy Impact Assessment',
          'Kestrel OTVision Cloud - Customer Workforce Module (KOVC-CWM)',
          'Version 1.0, September 2026. Prepared because the new module collects operator shift rosters.',
          'Section 1. Characterization of the Information',
          'The module stores first and last name, employee ID, work phone and badge reader events for control room operators.',
          'Section 2. Uses of the Information',
          'PII is used only to attribute operator actions recorded in HMI logs during investigations.',
        ],
      ],
      'Template - Meeting Notes',
    );
    expect((await classify(bytes)).type).toBe('PRIVACY_ASSESSMENT');
  });
});

