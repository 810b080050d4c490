import { readFile } from 'node:fs/promises';
import { BufferByteSource } from '../../functions/core/bytes/byte-source.js';
import type { ByteSource } from '../../functions/core/bytes/byte-source.js';
import type { Finding } from '../../functions/core/validate/finding.js';
import { validateScanResults } from '../../functions/core/validate/office/scan-results.js';
import type { ValidationOutcome } from '../../functions/core/validate/types.js';
import { fixture } from '../support/fixtures.js';

const asOf = new Date(Date.UTC(2025, 5, 30));

/** A source that records its reads, to show a scan is streamed rather than read whole. */
class CountingSource implements ByteSource {
  readonly reads: number[] = [];
  private readonly inner: BufferByteSource;
  constructor(bytes: Buffer) {
    this.inner = new BufferByteSource(bytes);
  }
  get size(): number {
    return this.inner.size;
  }
  read(offset: number, length: number): Promise<Uint8Array> {
    this.reads.push(length);
    return this.inner.read(offset, length);
  }
}

const validateBytes = (bytes: Buffer | string, fileName = 'scan'): Promise<ValidationOutcome> =>
  validateScanResults(new BufferByteSource(typeof bytes === 'string' ? Buffer.from(bytes) : bytes), { asOf, fileName });
const validateFixture = async (name: string): Promise<ValidationOutcome> => validateBytes(await readFile(fixture(`scans/${name}`)), name);

const byRule = (outcome: ValidationOutcome, ruleId: string): Finding[] => outcome.findings.filter((f) => f.ruleId === ruleId);
const counts = (outcome: ValidationOutcome): string | undefined => byRule(outcome, 'scan-severity-counts')[0]?.message;

describe('validateScanResults: .nessus', () => {
  it('reads hosts, items, severities and CVEs, one finding per host and plugin', async () => {
    const outcome = await validateFixture('monthly-os-scan.nessus');
    expect(counts(outcome)).toBe('nessus scan of 3 host(s): 1 critical, 1 high, 3 moderate, 1 low, 3 info (one per host and plugin)');
    const findings = outcome.summary.scanFindings!;
    expect(findings).toHaveLength(6);
    expect(findings[0]).toEqual({
      scanner: 'nessus',
      pluginId: '900101',
      name: 'OpenSSH < 9.8 Remote Code Execution (regreSSHion)',
      cves: ['CVE-2024-6387'],
      host: '10.20.0.11',
      risk: 'critical',
      location: "ReportHost[@name='app01.example.test']/ReportItem[@pluginID='900101'][@port='22']",
    });
    // SWEET32 on ports 443 and 8443 of one host is one finding.
    expect(findings.filter((f) => f.pluginId === '900103')).toHaveLength(1);
    expect(findings.find((f) => f.pluginId === '900106')).toMatchObject({ host: '192.0.2.10', risk: 'moderate', cves: ['CVE-2003-1567', 'CVE-2004-2320'] });
  });

  it('warns about hosts scanned without credentials', async () => {
    const outcome = await validateFixture('monthly-os-scan.nessus');
    expect(byRule(outcome, 'scan-unauthenticated')).toEqual([
      expect.objectContaining({ severity: 'warning', location: "ReportHost[@name='192.0.2.10']", message: expect.stringMatching(/^host 192\.0\.2\.10 was scanned without credentials/) }),
    ]);
    expect(outcome.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('warns when a scan has no hosts, or hosts but no results', async () => {
    expect((await validateFixture('nessus-no-hosts.nessus')).findings).toEqual([
      { ruleId: 'scan-no-hosts', severity: 'warning', message: 'the nessus scan reports no hosts', location: '' },
    ]);
    const empty = await validateBytes(
      '<NessusClientData_v2><Report name="r"><ReportHost name="10.9.9.9"><HostProperties><tag name="host-ip">10.9.9.9</tag></HostProperties></ReportHost></Report></NessusClientData_v2>',
    );
    expect(empty.findings).toEqual([expect.objectContaining({ ruleId: 'scan-empty', severity: 'warning' })]);
  });

  it('reports report items without a usable severity or plugin', async () => {
    const outcome = await validateBytes(
      '<NessusClientData_v2><Report name="r"><ReportHost name="10.9.9.9">' +
        '<ReportItem port="22" severity="7" pluginID="1" pluginName="odd"/>' +
        '<ReportItem port="22" severity="" pluginID="2" pluginName="by risk factor"><risk_factor>High</risk_factor></ReportItem>' +
        '<ReportItem port="22" severity="2"/>' +
        '</ReportHost></Report></NessusClientData_v2>',
    );
    expect(byRule(outcome, 'scan-unparseable-row').map((f) => f.message)).toEqual([
      "report item has no severity 0–4 or risk factor (severity '7')",
      'report item has no pluginID or pluginName',
    ]);
    expect(outcome.summary.scanFindings).toEqual([expect.objectContaining({ pluginId: '2', risk: 'high' })]);
  });

  it('refuses a .nessus with a DTD (XXE) as hostile, and malformed XML as unreadable', async () => {
    const xxe = await validateBytes(
      '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]><NessusClientData_v2><Report><ReportHost name="&x;"/></Report></NessusClientData_v2>',
    );
    expect(xxe.findings).toEqual([expect.objectContaining({ ruleId: 'intake-hostile', severity: 'error', message: expect.stringMatching(/DTD/) })]);
    const broken = await validateBytes('<NessusClientData_v2><Report><ReportHost name="a"></Report>');
    expect(broken.findings).toEqual([expect.objectContaining({ ruleId: 'intake-unreadable', severity: 'error' })]);
    const badUtf8 = await validateBytes(Buffer.concat([Buffer.from('<NessusClientData_v2><Report name="'), Buffer.from([0xc3, 0x28]), Buffer.from('"/></NessusClientData_v2>')]));
    expect(badUtf8.findings).toEqual([expect.objectContaining({ ruleId: 'intake-unreadable', message: expect.stringMatching(/not valid utf-8/) })]);
  });

  it('streams a large .nessus in chunks', async () => {
    const hosts = Array.from(
      { length: 2000 },
      (_, h) =>
        `<ReportHost name="10.8.${h >> 8}.${h & 255}"><HostProperties><tag name="host-ip">10.8.${h >> 8}.${h & 255}</tag></HostProperties>` +
        Array.from({ length: 10 }, (_, i) => `<ReportItem port="${i}" severity="${i % 5}" pluginID="${9000 + i}" pluginName="p${i}"><plugin_output>${'x'.repeat(500)}</plugin_output></ReportItem>`).join('') +
        '</ReportHost>',
    ).join('');
    const source = new CountingSource(Buffer.from(`<NessusClientData_v2><Report name="big">${hosts}</Report></NessusClientData_v2>`));
    expect(source.size).toBeGreaterThan(10 * 1024 * 1024);
    const outcome = await validateScanResults(source, { asOf });
    expect(counts(outcome)).toBe('nessus scan of 2000 host(s): 4000 critical, 4000 high, 4000 moderate, 4000 low, 4000 info (one per host and plugin)');
    expect(Math.max(...source.reads)).toBeLessThanOrEqual(256 * 1024);
  });
});

describe('validateScanResults: OpenVAS / Greenbone XML', () => {
  it('reads results (threat class, NVT, CVE refs) and the scanned hosts, leaving out false positives', async () => {
    const outcome = await validateFixture('openvas-report.xml');
    expect(counts(outcome)).toBe('openvas scan of 3 host(s): 0 critical, 1 high, 1 moderate, 1 low, 1 info (one per host and plugin)');
    expect(outcome.summary.scanFindings).toEqual([
      {
        scanner: 'openvas',
        pluginId: '1.3.6.1.4.1.25623.1.0.990101',
        name: 'OpenSSH Remote Code Execution Vulnerability (regreSSHion)',
        cves: ['CVE-2024-6387'],
        host: '10.40.0.5',
        risk: 'high',
        location: "result[@id='00000000-0000-4000-8000-0000000000b1']",
      },
      expect.objectContaining({ host: '10.40.0.5', risk: 'moderate', cves: ['CVE-2016-2183', 'CVE-2016-6329'] }),
      expect.objectContaining({ host: '192.0.2.30', risk: 'low', cves: ['CVE-1999-0524'] }),
    ]);
    expect(outcome.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('reports results without a host or a threat', async () => {
    const outcome = await validateBytes(
      '<report><report><results>' +
        '<result id="a"><name>n</name><port>22/tcp</port><nvt oid="1.2"/><threat>High</threat></result>' +
        '<result id="b"><name>n</name><host>10.1.1.1</host><nvt oid="1.3"/><threat>Severe-ish</threat></result>' +
        '<result id="c"><name>Critical thing</name><host>10.1.1.1</host><nvt oid="1.4"/><severity>9.1</severity></result>' +
        '</results></report></report>',
    );
    expect(byRule(outcome, 'scan-unparseable-row').map((f) => [f.message, f.location])).toEqual([
      ['openvas result has no host', "result[@id='a']"],
      ["openvas result has no threat or severity ('Severe-ish')", "result[@id='b']"],
    ]);
    expect(outcome.summary.scanFindings).toEqual([expect.objectContaining({ pluginId: '1.4', risk: 'critical' })]);
  });
});

describe('validateScanResults: CSV exports', () => {
  it('reads a Nessus CSV export, merging the rows it repeats per CVE', async () => {
    const outcome = await validateFixture('nessus-export.csv');
    expect(counts(outcome)).toBe('nessus scan of 3 host(s): 1 critical, 2 high, 1 moderate, 1 low, 1 info (one per host and plugin)');
    expect(outcome.summary.scanFindings!.find((f) => f.pluginId === '900203')).toEqual({
      scanner: 'nessus',
      pluginId: '900203',
      name: 'curl 7.69 < 8.4.0 Multiple Vulnerabilities',
      cves: ['CVE-2023-38545', 'CVE-2023-38546'],
      host: '10.20.0.22',
      risk: 'high',
      location: 'line 7',
    });
    // The record after a multi-line quoted field is located at the line it starts on.
    expect(outcome.summary.scanFindings![0]!.location).toBe('line 4');
  });

  it('reads a Qualys export below its scan-details block, on the 1–5 scale', async () => {
    const outcome = await validateFixture('qualys-scan-results.csv');
    expect(counts(outcome)).toBe('qualys scan of 3 host(s): 1 critical, 1 high, 1 moderate, 2 low, 1 info (one per host and plugin)');
    const byQid = new Map(outcome.summary.scanFindings!.map((f) => [f.pluginId, f]));
    expect(byQid.get('990001')).toMatchObject({ risk: 'critical', host: '10.30.1.10', cves: ['CVE-2024-6387'], location: 'line 8' });
    expect(byQid.get('990002')).toMatchObject({ risk: 'high', cves: ['CVE-2023-38545', 'CVE-2023-38546'] });
    expect(byQid.get('990003')?.risk).toBe('moderate');
    expect(byQid.get('990005')?.risk).toBe('low');
    expect(byQid.has('990006')).toBe(false);
  });

  it('reads an OpenVAS / Greenbone export by severity class', async () => {
    const outcome = await validateFixture('openvas-results.csv');
    expect(counts(outcome)).toBe('openvas scan of 2 host(s): 0 critical, 1 high, 1 moderate, 1 low, 1 info (one per host and plugin)');
    expect(outcome.summary.scanFindings![1]).toMatchObject({
      scanner: 'openvas',
      pluginId: '1.3.6.1.4.1.25623.1.0.990102',
      name: 'SSL/TLS: Report Weak Cipher Suites',
      cves: ['CVE-2016-2183', 'CVE-2016-6329'],
      risk: 'moderate',
    });
  });

  it('reads a Nexpose export on the 1–10 scale and skips results that are not vulnerable', async () => {
    const outcome = await validateFixture('nexpose-vulnerabilities.csv');
    expect(counts(outcome)).toBe('nexpose scan of 2 host(s): 1 critical, 1 high, 1 moderate, 1 low, 0 info (one per host and plugin)');
    expect(outcome.summary.scanFindings!.map((f) => f.pluginId)).not.toContain('ssh-weak-kex');
    expect(outcome.summary.scanFindings![1]!.cves).toEqual(['CVE-2023-38545', 'CVE-2023-38546']);
  });

  it('maps severities that the OpenVAS CVSS column alone gives, and reads semicolon-separated files', async () => {
    const outcome = await validateBytes(
      'IP;Hostname;Port;CVSS;Severity;NVT Name;NVT OID;CVEs\n10.4.0.1;h;22;9.8;;Critical thing;1.1;CVE-2024-0001\n10.4.0.1;h;80;5.0;;Medium thing;1.2;\n',
    );
    expect(outcome.summary.scanFindings!.map((f) => f.risk)).toEqual(['critical', 'moderate']);
  });

  it('reports rows it cannot read, and keeps the rest', async () => {
    const outcome = await validateFixture('qualys-bad-rows.csv');
    expect(byRule(outcome, 'scan-unparseable-row')).toEqual([
      { ruleId: 'scan-unparseable-row', severity: 'warning', message: 'qualys row has no host', location: 'line 3' },
      { ruleId: 'scan-unparseable-row', severity: 'warning', message: "qualys row has a severity that is not on the qualys scale ('9')", location: 'line 4' },
      { ruleId: 'scan-unparseable-row', severity: 'warning', message: 'qualys row has no plugin id or name', location: 'line 5' },
    ]);
    expect(outcome.summary.scanFindings).toHaveLength(1);
  });

  it('reports a CSV that breaks off, keeping what came before', async () => {
    const outcome = await validateBytes('Plugin ID,CVE,Risk,Host,Name\n1,,High,10.0.0.1,first\n2,,Low,10.0.0.2,"never closed\n');
    expect(byRule(outcome, 'scan-unparseable-row')).toEqual([expect.objectContaining({ severity: 'error', message: expect.stringMatching(/cannot be read past line/) })]);
    expect(outcome.summary.scanFindings).toEqual([expect.objectContaining({ pluginId: '1' })]);
  });

  it('warns when an export has a header and no rows', async () => {
    const outcome = await validateBytes('"IP","DNS","QID","Title","Type","Severity"\n');
    expect(outcome.findings).toEqual([{ ruleId: 'scan-no-hosts', severity: 'warning', message: 'the qualys scan reports no hosts', location: '' }]);
  });
});

describe('validateScanResults: other files', () => {
  it.each([
    ['asset-list.csv', /is text whose columns are not a known scanner's export \(it starts: Hostname, Owner, Environment, Cost Center\)/],
    ['qualys-host-detection.xml', /is XML with root element <HOST_LIST_VM_DETECTION_OUTPUT>, neither NessusClientData_v2 nor an OpenVAS report/],
  ])('calls %s an unknown format', async (name, message) => {
    const outcome = await validateFixture(name);
    expect(outcome.findings).toEqual([expect.objectContaining({ ruleId: 'scan-unknown-format', severity: 'error', message: expect.stringMatching(message) })]);
    expect(outcome.summary).toEqual({});
  });

  it('calls an Office document, a PDF and an empty file unknown formats', async () => {
    const xlsx = await readFile(fixture('office/FedRAMP-POAM-Template.xlsx'));
    expect(byRule(await validateBytes(xlsx), 'scan-unknown-format')[0]?.message).toMatch(/a zip archive/);
    expect(byRule(await validateBytes('%PDF-1.7\n'), 'scan-unknown-format')[0]?.message).toMatch(/a PDF/);
    expect(byRule(await validateBytes(''), 'scan-unknown-format')[0]?.message).toMatch(/is empty/);
  });
});
