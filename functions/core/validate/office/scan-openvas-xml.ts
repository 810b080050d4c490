import { hostile } from '../../classify/errors.js';
import { parseXmlStream } from '../../office/sax-stream.js';
import type { Risk } from '../types.js';
import type { FindingList } from './findings.js';
import { SCAN_LIMITS, ScanCollector, riskFromScore, riskFromWord } from './scan-collector.js';
import { cvesIn } from './values.js';

interface Result {
  id: string;
  host: string;
  port: string;
  oid: string;
  name: string;
  threat: string;
  severity: string;
  cves: string[];
}

/** Elements of a result whose text is kept, by their parent. */
const CAPTURED: Readonly<Record<string, readonly string[]>> = {
  result: ['host', 'port', 'name', 'threat', 'severity'],
  nvt: ['name', 'cve'],
};

/** GVM threat class (Critical/High/Medium/Low/Log, "Debug" is informational), else the CVSS severity score. */
function riskOf(r: Result): Risk | 'false-positive' | undefined {
  if (/^false positive$/i.test(r.threat)) return 'false-positive';
  if (/^debug$/i.test(r.threat)) return 'info';
  return riskFromWord(r.threat) ?? (r.severity === '' ? undefined : riskFromScore(Number(r.severity)));
}

/**
 * Reads an OpenVAS / Greenbone (GVM) XML report streamed through the safe SAX parser: each
 * `results/result` (host, port, nvt oid and name, CVE refs, threat and severity) and the scanned
 * hosts of `report/host/ip`. Descriptions are never kept.
 */
export async function readOpenvasXml(chunks: AsyncIterable<Uint8Array>, findings: FindingList): Promise<ScanCollector> {
  const collector = new ScanCollector('openvas');
  const stack: string[] = [];
  let result: Result | undefined;
  let capture: { depth: number; scanHost: boolean; parts: string[]; length: number } | undefined;
  let results = 0;

  const finish = (r: Result): void => {
    const location = `result[@id='${r.id}']`;
    const risk = riskOf(r);
    if (risk === 'false-positive') return;
    if (!r.host || !risk || (!r.oid && !r.name)) {
      const problem = !r.host ? 'has no host' : !risk ? `has no threat or severity ('${r.threat || r.severity}')` : 'has no NVT';
      findings.add('scan-unparseable-row', 'warning', `openvas result ${problem}`, location);
      return;
    }
    const finding = { scanner: 'openvas', name: r.name || `NVT ${r.oid}`, cves: r.cves, host: r.host, risk, location };
    collector.add(r.oid ? { ...finding, pluginId: r.oid } : finding);
  };

  await parseXmlStream(
    chunks,
    {
      open(tag) {
        const parent = stack[stack.length - 1] ?? '';
        stack.push(tag.local);
        if (tag.local === 'result' && parent === 'results') {
          if (++results > SCAN_LIMITS.maxRecords) throw hostile(`the report has more than ${SCAN_LIMITS.maxRecords} results`);
          result = { id: tag.attributes['id'] ?? '', host: '', port: '', oid: '', name: '', threat: '', severity: '', cves: [] };
          return;
        }
        if (result && tag.local === 'nvt' && parent === 'result') result.oid = (tag.attributes['oid'] ?? '').trim();
        if (result && tag.local === 'ref' && parent === 'refs' && (tag.attributes['type'] ?? '').toLowerCase() === 'cve') {
          result.cves.push(...cvesIn(tag.attributes['id'] ?? ''));
        }
        const scanHost = tag.local === 'ip' && parent === 'host' && stack[stack.length - 3] === 'report';
        if ((result && CAPTURED[parent]?.includes(tag.local)) || scanHost) capture = { depth: stack.length, scanHost, parts: [], length: 0 };
      },
      text(t) {
        // Only the element's own text: `<host>10.0.0.1<hostname>…</hostname></host>` is 10.0.0.1.
        if (!capture || capture.depth !== stack.length || capture.length >= SCAN_LIMITS.maxValueChars) return;
        capture.parts.push(t);
        capture.length += t.length;
      },
      close(local) {
        const parent = stack[stack.length - 2] ?? '';
        if (capture && capture.depth === stack.length) {
          const value = capture.parts.join('').trim().slice(0, SCAN_LIMITS.maxValueChars);
          const scanHost = capture.scanHost;
          capture = undefined;
          if (scanHost) {
            if (value) collector.hosts.add(value);
          } else if (result) {
            if (local === 'cve') result.cves.push(...cvesIn(value));
            else if (local === 'name') result.name ||= value;
            else if (local === 'host' || local === 'port' || local === 'threat' || local === 'severity') result[local] = value;
          }
        }
        stack.pop();
        if (local === 'result' && parent === 'results' && result) {
          finish(result);
          result = undefined;
        }
      },
    },
    { maxDepth: SCAN_LIMITS.maxDepth, label: 'the OpenVAS report' },
  );
  return collector;
}
