/**
 * Documents *about* deliverables (handouts, cover memos, trackers, ticket exports, reviews) against the
 * deliverables themselves, and narrative deliverables (change requests as letters, plans titled only in
 * their running header).
 */
import { BufferByteSource } from '../../functions/core/bytes/byte-source.js';
import { classifyDocument } from '../../functions/core/classify/index.js';
import { runningLines } from '../../functions/core/classify/extract/text-facts.js';
import { isLetter, isTicketExport } from '../../functions/core/classify/layouts.js';
import { makeDocx, makePdf, makeXlsx } from '../support/office.js';

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
