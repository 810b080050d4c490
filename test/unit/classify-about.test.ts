/**
 * Documents *about* deliverables (handouts, cover memos, trackers, ticket exports, reviews) against the
 * deliverables themselves, and narrative deliverables (change requests as letters, plans titled only in
 * their running header).
 */
import { BufferByteSource } from '../../functions/core/bytes/byte-source.js';
import { classifyDocument } from '../../functions/core/classify/index.js';
import { Document, HeadingLevel, Packer, Paragraph, Table } from 'docx';
import { labelledTitle, runningLines } from '../../functions/core/classify/extract/text-facts.js';
import { isLetter, isTicketExport } from '../../functions/core/classify/layouts.js';
import { docxRow, makeDocx, makePdf, makeXlsx } from '../support/office.js';

const classify = (bytes: Uint8Array) => classifyDocument(new BufferByteSource(bytes));
const P = (text: string, heading = false) => ({ text, heading });

describe('a document that lists the package is about it, not one of its deliverables', () => {
  it('a handout naming five deliverables under a title of its own is UNKNOWN, with the reason', async () => {
    const bytes = await makePdf(
      [['Sponsoring a Cloud Service', 'What you will receive:', '- the System Security Plan (SSP)', '- the Security Assessment Plan (SAP)', '- the Security Assessment Report (SAR)', '- the Plan of Action and Milestones (POA&M)', '- the ATO letter signed by the Authorizing Official']],
      'Sponsoring a Cloud Service: Notes for Program Managers',
    );
    const result = await classify(bytes);
    expect(result.type).toBe('UNKNOWN');
    expect(result.evidence.join(' ')).toMatch(/about the package/);
  });

  it('its first naming line is a section heading when its own title names nothing', async () => {
    const bytes = await makePdf(
      [['Getting to an ATO', 'The System Security Plan', 'The SSP describes the authorization boundary and control implementation.', 'The Security Assessment Report', 'The SAR gives the test results and residual risks.', 'The Plan of Action and Milestones', 'The POA&M tracks weaknesses.']],
      'Getting to an ATO: What Program Offices Need to Know',
    );
    expect((await classify(bytes)).type).toBe('UNKNOWN');
  });

  it('the package checklist, which lists every deliverable, is still the checklist', async () => {
    const bytes = await makeDocx({
      title: 'Initial Authorization Package Checklist',
      paragraphs: [P('Initial Authorization Package Checklist', true), P('☒ System Security Plan'), P('☒ Security Assessment Plan'), P('☒ Security Assessment Report'), P('☒ Plan of Action and Milestones'), P('☐ ATO Letter')],
    });
    expect((await classify(bytes)).type).toBe('AUTHORIZATION_CHECKLIST');
  });

  it('a list of the package with no checklist marks is not taken for the checklist', async () => {
    const bytes = await makeDocx({
      paragraphs: [P('Agency Authorization at a Glance', true), P('System Security Plan, Security Assessment Plan, Security Assessment Report, Plan of Action and Milestones and the ATO letter make up the package.')],
    });
    expect((await classify(bytes)).type).toBe('UNKNOWN');
  });

  it('an SAR whose cover names the SAP, the SSP and the POA&M is still the SAR', async () => {
    const bytes = await makeDocx({
      title: 'Security Assessment Report',
      paragraphs: [P('Security Assessment Report (SAR)', true), P('Testing followed the Security Assessment Plan (SAP) against the System Security Plan (SSP); findings go to the POA&M.'), P('Risk exposure table and authorization recommendation follow.')],
    });
    expect((await classify(bytes)).type).toBe('SAR');
  });
});

describe("guides for the organisation's own people", () => {
  it("a new assessor's onboarding guide is not the system's user guide", async () => {
    const bytes = await makeDocx({
      paragraphs: [
      P('Brightline Assurance LLC New Assessor Onboarding Guide', true),
      P('Welcome to the FedRAMP practice. In your first two weeks you shadow a Security Assessment Plan kickoff and learn how we write a Security Assessment Report.'),
      P('Log in to the time-keeping dashboard and open the settings menu to register your practice code.'),
      ],
    });
    const result = await classify(bytes);
    expect(result.type).toBe('UNKNOWN');
    expect(result.evidence.join(' ')).toMatch(/not a deliverable/);
  });

  it("a customer onboarding guide is still the system's user guide", async () => {
    const bytes = await makeDocx({
      paragraphs: [
      P('Acme Cloud Customer Onboarding Guide', true),
      P('Log in to the console, navigate to the dashboard and click Settings to add users from your agency.'),
      ],
    });
    expect((await classify(bytes)).type).toBe('USER_GUIDE');
  });
});

describe('a letter is the decision only when it makes it', () => {
  const letter = (act: string) =>
    makePdf([
      [
        'MEMORANDUM FOR: FedRAMP Program Management Office',
        'SUBJECT: Agency Sponsorship of Acme Government Cloud',
        'The Department sponsors Acme Government Cloud for a FedRAMP agency authorization.',
        act,
        'Questions may be directed to the agency ISSM.',
      ],
    ]);

  it.each([
    ['negated', 'This letter does not constitute an authorization to operate.'],
    ['announced', 'The Authorizing Official intends to grant an authority to operate upon completion of the assessment.'],
  ])('a sponsorship letter whose ATO sentence is %s is not an ATO letter', async (_how, act) => {
    expect((await classify(await letter(act))).type).toBe('UNKNOWN');
  });

  it('the same letter granting the ATO is the ATO letter', async () => {
    expect((await classify(await letter('As the Authorizing Official, I hereby grant an authorization to operate.'))).type).toBe('ATO_LETTER');
  });

  const decision = (statement: string) =>
    makePdf([
      [
        'DECISION MEMORANDUM',
        'MEMORANDUM FOR: Liam Tranter, Chief Technology Officer, Brightquill Labs',
        'FROM: Evelyn Marchetti, Authorizing Official',
        'SUBJECT: Authorization decision – Brightquill Forms',
        'I have reviewed the authorization package, including the Security Assessment Report and the residual risk.',
        statement,
        'Brightquill may re-submit once the findings are remediated.',
      ],
    ]);

  it.each([
    ['states the act negated', 'I am not granting an Authority to Operate at this time.'],
    ['declines', 'The agency declines to grant an authorization to operate for the service.'],
  ])('a decision memo that %s refuses the ATO: it is not the ATO letter', async (_how, statement) => {
    const result = await classify(await decision(statement));
    expect(result.type).toBe('UNKNOWN');
    expect(result.evidence.join(' ')).not.toMatch(/operative sentence/);
  });

  it('a decision form granting the ATO, with an unchecked denial box, is the ATO letter', async () => {
    const result = await classify(
      await decision('Decision: [X] Authority to Operate [ ] Denial of Authorization to Operate. Having reviewed the package, I authorize the operation of Brightquill Forms for use by the agency.'),
    );
    expect(result.type).toBe('ATO_LETTER');
  });

  it("an assessor's recommendation to grant an ATO is not the grant", async () => {
    const bytes = await makePdf([
      [
        'Halberd recommends that the FHSA Authorizing Official grant an Authority to Operate',
        'to Corvane Sovereign Compute, subject to the remediation of the high findings below.',
        'Risk Exposure Table',
        'The Security Assessment Report gives the results of testing, the risk exposure table and the residual risks.',
        'Security Assessment Report — Corvane Sovereign Compute',
      ],
    ]);
    expect((await classify(bytes)).type).not.toBe('ATO_LETTER');
  });
});

describe('pieces and companions of an assessment', () => {
  it('a rules-of-engagement memo that supplements the SAP is not the SAP', async () => {
    const bytes = await makeDocx({
      paragraphs: [
        P('MEMORANDUM'),
        P('SUBJECT: Penetration Testing Rules of Engagement – Corvane Sovereign Compute – Authorization to Test'),
        P('This memorandum records the rules of engagement for the penetration test. It supplements Section 6 of the approved Security Assessment Plan and does not replace it.'),
        P('Authorized targets, testing windows and points of contact are listed below.'),
      ],
    });
    expect((await classify(bytes)).type).toBe('UNKNOWN');
  });

  it("a plan titled by its parts (scope, methodology, rules of engagement) is the SAP", async () => {
    const bytes = await makeDocx({
      paragraphs: [
        P('Corvane Sovereign Compute'),
        P('Significant Change Assessment – Region Expansion', true),
        P('Assessment Scope, Methodology, Schedule and Rules of Engagement'),
        P('The assessor will test the controls selected below using the test procedures and sampling described in this plan.'),
      ],
    });
    expect((await classify(bytes)).type).toBe('SAP');
  });

  it('a statement of work listing the SAP and SAR as its deliverables is not them', async () => {
    const bytes = await makeDocx({
      paragraphs: [
        P('Statement of Work', true),
        P('FedRAMP Annual Assessment Services for LedgerLeaf Grants Manager'),
        P('Plan the annual assessment and prepare the Security Assessment Plan for agency approval, with the test methodology, sampling and rules of engagement.'),
        P('Prepare the Security Assessment Report. The Security Assessment Plan is due four weeks after kick-off; the Security Assessment Plan and test procedures follow the FedRAMP template.'),
      ],
    });
    const result = await classify(bytes);
    expect(result.type).toBe('UNKNOWN');
  });

  it("a training talk's speaker notes that walk through the package are not a deliverable", async () => {
    const text = '# FedRAMP 101 for Engineers — speaker notes\n\n## Slide 3 — The package\n\n1. System Security Plan — the description of the system and how every control is implemented.\n2. Security Assessment Plan — how the 3PAO tests us.\n\n## Slide 4 — The freeze\n\nDuring testing the system is frozen.\n';
    expect((await classifyDocument(new BufferByteSource(Buffer.from(text)))).type).toBe('UNKNOWN');
  });

  it('a "How to read this document" section does not make a deliverable something else', async () => {
    const bytes = await makePdf([
      ['How to read this document', 'Section 2 gives the information types; section 3 the impact levels.'],
      ['Security Categorization (FIPS PUB 199)', 'OrionPay Federal', 'The information types and their confidentiality, integrity and availability impact levels determine the high water mark.'],
    ]);
    expect((await classify(bytes)).type).toBe('FIPS_199');
  });
});

describe('documents of another framework', () => {
  const policy = (cites: string) =>
    makeDocx({
      paragraphs: [
        P('Information Security Policy', true),
        P('Meridian ISMS | ISMS-POL-001 | Version 2.0'),
        P(`This policy sets the framework of the Information Security Management System in accordance with ${cites}. Roles and responsibilities, management commitment and compliance are set out below; the policy is reviewed annually.`),
      ],
    });

  it('an ISO/IEC 27001 ISMS policy that never cites FedRAMP or NIST is not the policies attachment', async () => {
    const result = await classify(await policy('clause 5.2 of ISO/IEC 27001:2022'));
    expect(result.type).toBe('UNKNOWN');
    expect(result.evidence.join(' ')).toMatch(/written for/);
  });

  it('a policy that cites ISO/IEC 27001 beside NIST SP 800-53 still is', async () => {
    expect((await classify(await policy('ISO/IEC 27001 and the NIST SP 800-53 controls AC-1 and PL-1'))).type).toBe('POLICIES_AND_PROCEDURES');
  });
});

describe('cover memos and transmittal letters', () => {
  it('a memo that transmits the monthly deliverables is UNKNOWN', async () => {
    const bytes = await makeDocx({
      paragraphs: [P('MEMORANDUM'), P('TO: Agency ISSM'), P('FROM: CSP ISSO'), P('SUBJECT: March continuous monitoring deliverables'), P('This memorandum transmits the March deliverables. The following documents have been uploaded:'), P('Updated POA&M'), P('Significant Change Request for the database migration'), P('Scan results')],
    });
    const result = await classify(bytes);
    expect(result.type).toBe('UNKNOWN');
    expect(result.evidence.join(' ')).toMatch(/transmits deliverables|about the package/);
  });

  it('a transmittal of a single deliverable is not that deliverable', async () => {
    const bytes = await makeDocx({
      paragraphs: [P('MEMORANDUM'), P('TO: Agency ISSM'), P('FROM: 3PAO'), P('SUBJECT: Transmittal of the Security Assessment Report'), P('Please find attached the Security Assessment Report for your review.')],
    });
    expect((await classify(bytes)).type).toBe('UNKNOWN');
  });

  it('a decision on a change request is not the request', async () => {
    const bytes = await makePdf([['MEMORANDUM FOR: Acme Cloud', 'SUBJECT: Decision on Significant Change Request SCR-2025-02', 'The agency reviewed the significant change request and it is approved.', 'Sincerely,']]);
    expect((await classify(bytes)).type).toBe('UNKNOWN');
  });
});

describe('change requests written as memos and letters', () => {
  it('a memo whose operative sentence requests approval to make a change is a significant change request', async () => {
    const bytes = await makeDocx({
      paragraphs: [P('MEMORANDUM FOR: Authorizing Official'), P('FROM: Acme Cloud'), P('SUBJECT: Migration of object storage to a second region'), P('Acme requests the agency\'s approval to migrate the object storage tier to a second region.'), P('Security impact: CP-6, CP-9, SC-28 are affected.'), P('Respectfully,')],
    });
    const result = await classify(bytes);
    expect(result.type).toBe('SIGNIFICANT_CHANGE_REQUEST');
    expect(result.evidence.join(' ')).toMatch(/operative sentence/);
  });

  it('a letter notifying the AO of a planned change is a significant change request', async () => {
    const bytes = await makeDocx({
      paragraphs: [P('Dear Dr. Brooks:'), P('We are writing to notify the agency of a planned change: we will replace our identity provider.'), P('A security impact analysis is enclosed.'), P('Sincerely,')],
    });
    expect((await classify(bytes)).type).toBe('SIGNIFICANT_CHANGE_REQUEST');
  });

  it('"Request for Approval of Significant Change" is a name of the request', async () => {
    const bytes = await makePdf([['Request for Approval of Significant Change -', 'Acme Records', '1 Summary', 'Acme plans a new interconnection. Scope of change: one data flow.']]);
    expect((await classify(bytes)).type).toBe('SIGNIFICANT_CHANGE_REQUEST');
  });

  it('a sentence wrapped onto a line of its own is not a title ("…Significant / Change Policies and Procedures.")', async () => {
    const bytes = await makePdf([['Change Request – New Interconnection', 'Description of the proposed change: a new interconnection to a FedRAMP authorized service per the FedRAMP Significant', 'Change Policies and Procedures.', 'Security impact analysis: CA-3 and SC-7 are affected.']]);
    expect((await classify(bytes)).type).toBe('SIGNIFICANT_CHANGE_REQUEST');
  });

  it('a deviation request written as a letter', async () => {
    const bytes = await makeDocx({ paragraphs: [P('Dear Authorizing Official:'), P('We request a risk adjustment for POA&M item V-0042 from Moderate to Low.'), P('Justification and compensating controls are below.'), P('Sincerely,')] });
    expect((await classify(bytes)).type).toBe('DEVIATION_REQUEST');
  });

  it('a plan that merely mentions requests for change is not a request ("requests reviewed")', async () => {
    const bytes = await makeDocx({
      title: 'Configuration Management Plan',
      paragraphs: [P('Configuration Management Plan', true), P('Deviation requests reviewed by the CCB are logged. The change owner requests approval for the change from the change control board (CCB).'), P('Baseline configuration and configuration items are under version control.'), P('Signature: ____')],
    });
    expect((await classify(bytes)).type).toBe('CONFIGURATION_MANAGEMENT_PLAN');
  });
});

describe('workbooks and exports: cells are data', () => {
  it('a tracker whose column headers are deliverable names is UNKNOWN', async () => {
    const bytes = await makeXlsx([{ name: 'Cloud Services', rows: [['FedRAMP ID', 'Cloud Service Offering', 'SSP Version', 'SAR Delivered', 'ATO Letter Signed'], ['FR1', 'Acme', '3.1', '2024-11-20', '2025-02-03'], ['FR2', 'Bolt', '1.0', '2024-05-30', '2024-07-15']] }]);
    expect((await classify(bytes)).type).toBe('UNKNOWN');
  });

  it('a log whose rows mention a deliverable and use its words is not that deliverable', async () => {
    const bytes = await makeXlsx([{ name: 'Log', rows: [['Change ID', 'Description of the change', 'Change type', 'Affected components'], ['SC-1', 'Significant change request: new region', 'Infrastructure', 'storage'], ['SC-2', 'Significant change request: new IdP', 'Identity', 'IdP'], ['SC-3', 'Planned change: new crypto module', 'Crypto', 'KMS']] }]);
    const result = await classify(bytes);
    expect(result.type).toBe('UNKNOWN');
  });

  it('a title cell still names a workbook deliverable', async () => {
    const bytes = await makeXlsx([{ name: 'Form', rows: [['FedRAMP Significant Change Request'], [], ['Field', 'Response'], ['CSP Name', 'Acme'], ['Description of the proposed change', 'New region']] }]);
    expect((await classify(bytes)).type).toBe('SIGNIFICANT_CHANGE_REQUEST');
  });

  it('a ticket export whose summaries name deliverables is UNKNOWN', async () => {
    const csv = 'Issue key,Summary,Status,Assignee,Created\nGRC-1,Draft significant change request for migration,To Do,ana,2025-03-01\nGRC-2,Upload POA&M,Done,ana,2025-03-02\nGRC-3,Run Nessus scans,Done,bo,2025-03-03\n';
    const result = await classify(Buffer.from(csv));
    expect(result.type).toBe('UNKNOWN');
    expect(result.evidence.join(' ')).toMatch(/issue tracker export/);
  });
});

describe('running page headers', () => {
  it('a PDF titled only in the header repeated on every page is that deliverable when the body agrees', async () => {
    const page = (lines: string[]) => ['Acme - Security Incident Response Playbook - Internal', ...lines, 'Page 1 of 3'];
    const bytes = await makePdf([
      page(['Acme Labs', 'Security Operations']),
      page(['1 Triage', 'Acknowledge the page within 10 minutes.']),
      page(['2 Containment', 'Isolate hosts. Eradication and recovery follow; lessons learned are recorded; CISA is notified.']),
    ]);
    const result = await classify(bytes);
    expect(result.type).toBe('INCIDENT_RESPONSE_PLAN');
    expect(result.evidence.join(' ')).toMatch(/page header names it/);
  });
});

describe('layout detectors', () => {
  it('isTicketExport needs a ticket key column, ticket columns and ticket ids', () => {
    expect(isTicketExport([['Issue key', 'Summary', 'Status', 'Assignee'], ['GRC-1', 'x', 'Done', 'a'], ['GRC-2', 'y', 'To Do', 'b']])).toBe(true);
    expect(isTicketExport([['Number', 'Short description', 'State', 'Assigned to', 'Opened'], ['CHG0041230', 'x', 'New', 'a', '1/2/2025']])).toBe(true);
    // A POA&M has an id and a status but no ticket key column.
    expect(isTicketExport([['POAM ID', 'Weakness Name', 'Status', 'Scheduled Completion Date'], ['V-1', 'x', 'Open', '2025-01-01']])).toBe(false);
    // Ticket-like headers over values that are not ticket ids.
    expect(isTicketExport([['Key', 'Summary', 'Status', 'Assignee'], ['alpha', 'x', 'Done', 'a'], ['beta', 'y', 'Done', 'b']])).toBe(false);
  });

  it('isLetter recognises memo header blocks and memo titles, not ordinary prose', () => {
    expect(isLetter('x', ['TO: Agency', 'FROM: CSP', 'SUBJECT: change'])).toBe(true);
    expect(isLetter('x', [], 'March ConMon Submission - Cover Memo')).toBe(true);
    expect(isLetter('This plan describes recovery.', ['Contingency Plan', 'Purpose'])).toBe(false);
  });

  it('runningLines finds lines repeated at the top or bottom of pages, page numbers aside', () => {
    const pages = ['Acme | Contingency Plan\nIntro text\nPage 1 of 2', 'Acme | Contingency Plan\nMore text here\nPage 2 of 2'];
    expect(runningLines(pages)).toEqual(['Acme | Contingency Plan']);
    expect(runningLines(['Only one page\nPage 1 of 1'])).toEqual([]);
  });
});

describe('lines that are sentences or questions are not titles', () => {
  it('questions naming a deliverable are not its title', async () => {
    const bytes = await makePdf([
      [
        'Is the system at least operating at Digital Identity Level 3 as required for High?',
        'Yes. Multi-factor authentication is enforced for all privileged and non-privileged users.',
        'Has the CSP completed a Digital Identity Worksheet for the privileged users?',
        'Yes. It is kept with the other readiness evidence.',
      ],
    ]);
    expect((await classify(bytes)).type).toBe('UNKNOWN');
  });

  it('a numbered sentence naming two deliverables is not a title', async () => {
    const text = 'What did not go well\n\n1. The SSP still carried Rev 4 attachment numbers while the SAP referenced\n   the Rev 5 appendices, so the assessors asked for a mapping.\n2. Scan credentials expired during testing.\n';
    expect((await classifyDocument(new BufferByteSource(Buffer.from(text)))).type).toBe('UNKNOWN');
  });
});

describe('documents outside the taxonomy', () => {
  it.each([
    ['a Readiness Assessment Report', 'FedRAMP Readiness Assessment Report (RAR)'],
    ['a blank template', 'System Security Plan — blank template'],
    ['a job posting', 'Job description: Senior FedRAMP Compliance Analyst'],
    ['a lessons-learned memo', 'Lessons learned: 2025 annual assessment support'],
  ])('%s is UNKNOWN whatever deliverables it names', async (_what, title) => {
    const bytes = await makeDocx({
      paragraphs: [
        P(title, true),
        P('The System Security Plan describes the authorization boundary, the system owner and the control implementation of AC-2 and IA-2 at the Moderate level.'),
        P('The Security Assessment Plan and the Security Assessment Report follow the FedRAMP templates.'),
      ],
    });
    const result = await classify(bytes);
    expect(result.type).toBe('UNKNOWN');
    expect(result.evidence.join(' ')).toMatch(/not a deliverable/);
  });
});

describe('structure tells where a cover is', () => {
  it("markdown's cover is its title and first paragraph: a name further down in a list is a mention", async () => {
    const text = [
      '## Senior FedRAMP Compliance Analyst',
      '',
      'Tallgrass Compliance Group · McLean, VA · Full-time',
      '',
      '### What you will do',
      '- Write and update policies and procedures, contingency plans and configuration management plans with client experts.',
      '- Run monthly continuous monitoring for two clients.',
    ].join('\n');
    const result = await classifyDocument(new BufferByteSource(Buffer.from(text)));
    expect(result.type).toBe('UNKNOWN');
  });

  it('an inventory workbook printed to PDF is the inventory by its column headers', async () => {
    const bytes = await makePdf([
      ['UNIQUE ASSET', 'IDENTIFIER', 'IPv4 or IPv6 Address', 'Virtual', 'Public', 'DNS Name or URL', 'Authenticated Scan', 'OS Name and Version', 'KGA-0001', '10.40.5.179', 'Yes', 'No'],
    ]);
    expect((await classify(bytes)).type).toBe('INVENTORY');
  });

  it("the package checklist carrying the CSP's submission statement is still the checklist", async () => {
    const bytes = await makeDocx({
      paragraphs: [
        P('FedRAMP Initial Authorization Package Checklist', true),
        P('Cloud Service Offering: Harbor Case Manager. The deliverables below are submitted to the Authorizing Official for review.'),
        P('[X] System Security Plan'),
        P('[X] Security Assessment Plan'),
        P('[X] Security Assessment Report'),
        P('[ ] ATO Letter'),
      ],
    });
    expect((await classify(bytes)).type).toBe('AUTHORIZATION_CHECKLIST');
  });
});

describe('repository documents, marketing and other frameworks (eval11, eval12)', () => {
  const md = (text: string) => classifyDocument(new BufferByteSource(Buffer.from(text)));

  it('an architecture decision record about the SSP is not the SSP', async () => {
    const result = await md('---\ntitle: "ADR-0007: Author the SSP in OSCAL YAML"\nstatus: accepted\n---\n\n# ADR-0007: Author the SSP in OSCAL YAML and render Word only for reviewers\n\nWe keep the System Security Plan as OSCAL YAML and render it for reviewers.\n');
    expect(result.type).toBe('UNKNOWN');
  });

  it("a repository README whose first paragraph lists the deliverables it generates is not one of them", async () => {
    const result = await md(
      '# cap-compliance\n\nCompliance-as-code for the platform. This repository is the single source of truth for our FedRAMP\nModerate package: the System Security Plan, POA&M and inventory are *generated* from the sources here.\n\n## Layout\n\n| path | what |\n|---|---|\n| `ssp/` | OSCAL SSP sources |\n',
    );
    expect(result.type).toBe('UNKNOWN');
  });

  it('"ATO" alone on a brochure does not make it the ATO letter', async () => {
    const bytes = await makePdf([['StrataCore Government Cloud', 'Accelerate your ATO', 'Inherit 250 controls from our FedRAMP High P-ATO and launch faster. Talk to our federal team today.']]);
    expect((await classify(bytes)).type).toBe('UNKNOWN');
  });

  it("a workbook titled for another framework is not the CIS/CRM workbook, whatever it says of FedRAMP", async () => {
    const bytes = await makeXlsx([
      {
        name: 'PCI DSS Matrix',
        rows: [
          ['CaseFlow Payments - PCI DSS v4.0.1 Shared Responsibility Matrix'],
          ['Product: CaseFlow Payments (commercial module; not part of the FedRAMP-authorized CaseFlow offering)'],
          ['Requirement', 'Description', 'Customer Responsibility', 'Provider Responsibility', 'Shared'],
          ['1.2.1', 'Network security controls are configured', 'No', 'Yes', 'No'],
        ],
      },
    ]);
    const result = await classify(bytes);
    expect(result.type).toBe('UNKNOWN');
    expect(result.evidence.join(' ')).toMatch(/written for 'PCI/);
  });
});

describe('notices about an ATO that are not the ATO (eval13, eval14)', () => {
  it('a notice terminating an ATO is not the ATO letter', async () => {
    const bytes = await makePdf([
      [
        'MEMORANDUM FOR: Corvane Government Cloud',
        'SUBJECT: Notice of Termination of Authority to Operate - Corvane Government Cloud',
        'The Authorizing Official terminates the Authority to Operate issued on March 3, 2023, effective July 1, 2025.',
        'Agency data must be migrated within 90 days.',
      ],
    ]);
    expect((await classify(bytes)).type).toBe('UNKNOWN');
  });

  it('an ATO letter that only warns of revocation is still the ATO letter', async () => {
    const bytes = await makePdf([
      [
        'MEMORANDUM FOR: Corvane Government Cloud',
        'SUBJECT: Authority to Operate - Corvane Government Cloud',
        'As the Authorizing Official, I hereby grant an Authority to Operate, with the conditions below.',
        'Failure to meet these conditions may result in revocation of this Authority to Operate.',
      ],
    ]);
    expect((await classify(bytes)).type).toBe('ATO_LETTER');
  });

  it('a markdown job posting whose prose runs up to colons is markdown, not YAML or CSV', async () => {
    const text = [
      '# Information System Security Officer (ISSO)',
      '',
      '**Halcyon Health Systems, Inc.** · Washington, DC · Full-time',
      '',
      '## About the role',
      '',
      'You will own the day-to-day security compliance of the platform for our federal customers: maintain the System Security Plan and its appendices.',
      '',
      '| Skill | Level |',
      '|---|---|',
      '| NIST SP 800-53 | expert |',
    ].join('\n');
    const result = await classifyDocument(new BufferByteSource(Buffer.from(text)));
    expect(result.format).toBe('text');
    expect(result.type).toBe('UNKNOWN');
  });
});

describe('a title labelled in a document-control table (eval14)', () => {
  it('labelledTitle reads "Title" over its one row of values, or beside "Document Title"', () => {
    expect(labelledTitle([['Document ID', 'Title', 'Version'], ['BAP-24-SAR', 'Security Assessment Report', '1.0']])).toBe('Security Assessment Report');
    expect(labelledTitle([['Document Number', 'ACME-SSP-7'], ['Document Title', 'Acme Cloud System Security Plan'], ['Version', '3.2']])).toBe('Acme Cloud System Security Plan');
  });

  it('labelledTitle reads "Document" down the first column of a control table, never across a header row (eval30)', () => {
    const cover = [['Document', 'Ridgeline CaseFlow FedRAMP System Security Plan (SSP)'], ['Prepared for', 'FGOA'], ['Version / Date', '1.4 / 2024-11-22']];
    expect(labelledTitle(cover)).toBe('Ridgeline CaseFlow FedRAMP System Security Plan (SSP)');
    // "Document | Version | Date" heads a list of references, even of one row.
    expect(labelledTitle([['Document', 'Version', 'Date'], ['FedRAMP SSP Template', '3.1', '2023-06-06']])).toBeUndefined();
  });

  it('labelledTitle ignores tables of people and lists of referenced documents', () => {
    // A job title under "Title", beside "Name".
    expect(labelledTitle([['Name', 'Title', 'Version'], ['Jane Roe', 'Authorizing Official', '1']])).toBeUndefined();
    // Several rows of values: documents referenced, not this one.
    const references = [['Document ID', 'Title', 'Version'], ['SSP-1', 'System Security Plan', '2.0'], ['SAP-1', 'Security Assessment Plan', '1.1']];
    expect(labelledTitle(references)).toBeUndefined();
    // No document-control label beside it: a table of anything.
    expect(labelledTitle([['Title', 'Owner'], ['Security Assessment Report', 'Kim']])).toBeUndefined();
  });

  it('a report titled only in its control table, whose opening names other deliverables, is that report', async () => {
    const doc = new Document({
      title: 'BAP-CGC-2024-SAR',
      sections: [
        {
          children: [
            new Table({ rows: [docxRow(['Document ID', 'Title', 'Version', 'Classification']), docxRow(['BAP-CGC-2024-SAR', 'Security Assessment Report (SAR)', '1.0 FINAL', 'CUI'])] }),
            new Paragraph('Corvane Government Cloud | FedRAMP High | Annual Assessment'),
            new Paragraph('Distribution: Corvane FSO; agency AO; FedRAMP PMO (via repository)'),
            new Paragraph({ text: '1 Executive Summary', heading: HeadingLevel.HEADING_1 }),
            new Paragraph(
              'The assessment followed the Security Assessment Plan (SAP). Open weaknesses were handed to the CSP for its Plan of Action and Milestones (POA&M). Vulnerability scanning covers operating system, database and web application layers; results are uploaded to the repository with the scan results.',
            ),
            new Paragraph({ text: '2 Risk Exposure Table', heading: HeadingLevel.HEADING_1 }),
            new Table({ rows: [docxRow(['ID', 'Control', 'Risk Name', 'Likelihood', 'Impact', 'Risk Exposure']), docxRow(['SAR-T-017', 'AC-2(12)', 'Atypical usage detection not tuned', 'Moderate', 'High', 'Moderate'])] }),
            new Paragraph({ text: '3 Authorization Recommendation', heading: HeadingLevel.HEADING_1 }),
            new Paragraph('The 3PAO attests that the security controls are implemented as described in the SSP and recommends authorization at the High impact level.'),
            new Paragraph('Signature: Kwame Osei, 3PAO Assessment Lead'),
          ],
        },
      ],
    });
    const result = await classify(await Packer.toBuffer(doc));
    expect(result.type).toBe('SAR');
    expect(result.evidence.join(' ')).toMatch(/title names it/);
  });
});
