import { readFile } from 'node:fs/promises';
import { BufferByteSource } from '../../functions/core/bytes/byte-source.js';
import { classifyDocument } from '../../functions/core/classify/index.js';
import { Classification } from '../../functions/core/classify/types.js';
import { fixture } from '../support/fixtures.js';
import { makeDocx, makePdf, makeXlsx } from '../support/office.js';

const classifyBytes = (bytes: Uint8Array, fileName?: string) =>
  classifyDocument(new BufferByteSource(bytes), fileName ? { fileName } : {});
const classifyFixture = async (path: string) => classifyBytes(await readFile(fixture(path)));

describe('OSCAL documents are recognised by their root in every encoding', () => {
  it.each([
    ['oscal/FedRAMP-SSP-OSCAL-Template.json', 'SSP', 'oscal-json'],
    ['oscal/FedRAMP-SSP-OSCAL-Template.xml', 'SSP', 'oscal-xml'],
    ['oscal/FedRAMP-SSP-OSCAL-Template.yaml', 'SSP', 'oscal-yaml'],
    ['oscal/FedRAMP-SAP-OSCAL-Template.json', 'SAP', 'oscal-json'],
    ['oscal/FedRAMP-SAP-OSCAL-Template.xml', 'SAP', 'oscal-xml'],
    ['oscal/FedRAMP-SAR-OSCAL-Template.json', 'SAR', 'oscal-json'],
    ['oscal/FedRAMP-SAR-OSCAL-Template.xml', 'SAR', 'oscal-xml'],
    ['oscal/FedRAMP-POAM-OSCAL-Template.json', 'POAM', 'oscal-json'],
    ['oscal/FedRAMP-POAM-OSCAL-Template.xml', 'POAM', 'oscal-xml'],
    ['oscal/AwesomeCloudSSP1.xml', 'SSP', 'oscal-xml'],
    ['oscal/AwesomeCloudSAR.xml', 'SAR', 'oscal-xml'],
    ['oscal/AwesomeCloudPOAM.xml', 'POAM', 'oscal-xml'],
  ])('%s is %s (%s)', async (path, type, format) => {
    const result = await classifyFixture(path);
    expect(result).toMatchObject({ type, format });
    expect(result.confidence).toBeGreaterThanOrEqual(0.95);
    expect(result.error).toBeUndefined();
    expect(result.evidence.join(' ')).toMatch(/OSCAL root/);
  });

  it('an OSCAL profile is OSCAL but not a deliverable', async () => {
    const result = await classifyFixture('oscal/FedRAMP_rev5_LOW-baseline_profile.xml');
    expect(result).toMatchObject({ type: 'UNKNOWN', format: 'oscal-xml' });
    expect(result.evidence.join(' ')).toMatch(/not a deliverable/);
  });

  it('an XML root with an OSCAL name outside the OSCAL namespace is not trusted', async () => {
    const xml = '<system-security-plan xmlns="urn:example"><metadata><title>x</title></metadata></system-security-plan>';
    const result = await classifyBytes(Buffer.from(xml));
    expect(result.format).toBe('xml');
    expect(result.type).toBe('UNKNOWN');
  });
});

describe('FedRAMP office templates and GSA sample attachments', () => {
  it.each([
    ['office/FedRAMP-POAM-Template.xlsx', 'POAM', 'xlsx'],
    ['office/SSP-A13-FedRAMP-Integrated-Inventory-Workbook-Template.xlsx', 'INVENTORY', 'xlsx'],
    ['office/AwesomeCloud-CMP.docx', 'CONFIGURATION_MANAGEMENT_PLAN', 'docx'],
    ['office/AwesomeCloud-IRP.docx', 'INCIDENT_RESPONSE_PLAN', 'docx'],
    ['office/AwesomeCloud-User-Guide.docx', 'USER_GUIDE', 'docx'],
    ['office/AwesomeCloud SOD Matrix.xlsx', 'SEPARATION_OF_DUTIES_MATRIX', 'xlsx'],
  ])('%s is %s', async (path, type, format) => {
    const result = await classifyFixture(path);
    expect(result).toMatchObject({ type, format });
    expect(result.confidence).toBeGreaterThan(0.6);
  });
});

describe('content decides, never the file name', () => {
  it('an IRP named ssp.docx is still an IRP', async () => {
    const bytes = await readFile(fixture('office/AwesomeCloud-IRP.docx'));
    const result = await classifyBytes(bytes, 'ssp.docx');
    expect(result.type).toBe('INCIDENT_RESPONSE_PLAN');
  });

  it('an empty PDF named ssp.docx is not an SSP', async () => {
    const result = await classifyBytes(await makePdf([[]]), 'ssp.docx');
    expect(result.type).toBe('UNKNOWN');
    expect(result.format).toBe('pdf');
  });

  it('a lunch menu named SSP.docx is not an SSP', async () => {
    const bytes = await makeDocx({ paragraphs: [{ text: 'Cafeteria menu', heading: true }, { text: 'Monday: soup of the day, grilled cheese.' }] });
    expect((await classifyBytes(bytes, 'SSP.docx')).type).toBe('UNKNOWN');
  });

  it('the name alone never reaches the threshold', async () => {
    const bytes = await makeDocx({ paragraphs: [{ text: 'Notes' }, { text: 'Some text about the weather.' }] });
    const result = await classifyBytes(bytes, 'System Security Plan SSP final.docx');
    expect(result.type).toBe('UNKNOWN');
  });
});

describe('office documents by their content', () => {
  it('a docx whose title is only in the page header', async () => {
    const bytes = await makeDocx({
      header: 'Acme Cloud | Information System Contingency Plan (ISCP) | CUI',
      paragraphs: [{ text: 'Document revision history' }, { text: 'This plan establishes procedures to recover the system following a disruption. Recovery time objective (RTO) is 12 hours.' }],
    });
    const result = await classifyBytes(bytes);
    expect(result.type).toBe('CONTINGENCY_PLAN');
    expect(result.evidence.join(' ')).toMatch(/page header names it/);
  });

  it('a docx titled only in its metadata', async () => {
    const bytes = await makeDocx({ title: 'Security Assessment Report', paragraphs: [{ text: 'Executive summary' }, { text: 'The risk exposure table lists the findings.' }] });
    expect((await classifyBytes(bytes)).type).toBe('SAR');
  });

  it('meeting minutes that mention the SSP and the SAR are not either', async () => {
    const bytes = await makeDocx({
      paragraphs: [
        { text: 'Minutes of the authorization kick-off meeting', heading: true },
        { text: 'Attendees discussed the System Security Plan schedule and when the Security Assessment Report is due.' },
      ],
    });
    expect((await classifyBytes(bytes)).type).toBe('UNKNOWN');
  });

  it('a POA&M workbook whose header row has drifted and been renamed', async () => {
    const bytes = await makeXlsx([
      {
        name: 'Open POA&M Items',
        rows: [[], ['CSP', 'Acme'], [], [], [], ['POA&M ID', 'Controls', 'Weakness Name', 'Weakness Description', 'Original Detection Date', 'Scheduled Completion Date']],
      },
    ]);
    const result = await classifyBytes(bytes);
    expect(result.type).toBe('POAM');
    expect(result.format).toBe('xlsx');
  });

  it('a Nessus CSV export is scan results', async () => {
    const csv = 'Plugin ID,CVE,CVSS v2.0 Base Score,Risk,Host,Protocol,Port,Name,Synopsis,Description,Solution\n19506,,,None,10.0.0.5,tcp,0,Nessus Scan Information,Info,Info,n/a\n';
    const result = await classifyBytes(Buffer.from(csv));
    expect(result).toMatchObject({ type: 'SCAN_RESULTS', format: 'csv' });
  });

  it('a .nessus file is scan results', async () => {
    const xml = '<?xml version="1.0" ?>\n<NessusClientData_v2><Policy><policyName>Monthly</policyName></Policy><Report name="r"></Report></NessusClientData_v2>';
    expect(await classifyBytes(Buffer.from(xml))).toMatchObject({ type: 'SCAN_RESULTS', format: 'nessus', confidence: 0.99 });
  });

  it('an ATO letter as a PDF', async () => {
    const bytes = await makePdf([
      [
        'MEMORANDUM FOR: Acme Cloud Inc.',
        'SUBJECT: Authority to Operate (ATO) for Acme Government Cloud',
        'As the Authorizing Official, I hereby grant an authorization to operate.',
        'The residual risk is accepted. This authorization is valid for three years.',
      ],
    ]);
    const result = await classifyBytes(bytes);
    expect(result).toMatchObject({ type: 'ATO_LETTER', format: 'pdf' });
  });

  it('every result matches the published schema', async () => {
    const bytes = await makeDocx({ paragraphs: [{ text: 'Rules of Behavior', heading: true }, { text: 'Users shall not share passwords.' }] });
    const result = await classifyBytes(bytes);
    expect(() => Classification.parse(result)).not.toThrow();
    expect(result.type).toBe('RULES_OF_BEHAVIOR');
  });
});
