import { TextDecoder } from 'node:util';
import { hostile } from '../../classify/errors.js';
import { StopParsing } from '../../classify/extract/safe-sax.js';
import { SafeSaxStream } from '../../office/sax-stream.js';
import { sourceChunks } from '../../office/source-chunks.js';
import type { DeliverableValidator } from '../types.js';
import { FindingList, refusingRejected } from './findings.js';
import { detectDelimiter, readScanCsv } from './scan-csv.js';
import type { ScanCollector } from './scan-collector.js';
import { SCAN_LIMITS, describeCounts } from './scan-collector.js';
import { readNessus } from './scan-nessus.js';
import { readOpenvasXml } from './scan-openvas-xml.js';

const SUPPORTED = '.nessus (NessusClientData_v2) files, OpenVAS/Greenbone XML reports, and CSV exports of Nessus, Qualys, OpenVAS/Greenbone and Rapid7 Nexpose';
const HEAD_BYTES = 64 * 1024;

type Sniffed = { kind: 'xml'; head: Uint8Array } | { kind: 'text'; head: string } | { kind: 'binary'; what: string };

function sniff(head: Uint8Array): Sniffed {
  const starts = (...bytes: number[]): boolean => bytes.every((b, i) => head[i] === b);
  if (starts(0x50, 0x4b, 0x03, 0x04)) return { kind: 'binary', what: 'a zip archive (an Office document?)' };
  if (starts(0x25, 0x50, 0x44, 0x46)) return { kind: 'binary', what: 'a PDF' };
  if (starts(0xff, 0xfe) || starts(0xfe, 0xff)) return { kind: 'binary', what: 'UTF-16 text (export the scan as UTF-8)' };
  if (head.subarray(0, 4096).includes(0)) return { kind: 'binary', what: 'binary data' };
  const text = new TextDecoder('utf-8').decode(head).replace(/^\uFEFF/, '');
  if (/^\s*</.test(text)) return { kind: 'xml', head };
  return { kind: 'text', head: text };
}

/** The local name of the root element, from the start of the document (a DOCTYPE is refused as hostile). */
function xmlRootOf(head: Uint8Array): string | undefined {
  let root: string | undefined;
  const sax = new SafeSaxStream(
    {
      open(tag) {
        root = tag.local;
        throw new StopParsing();
      },
    },
    { maxDepth: SCAN_LIMITS.maxDepth, label: 'the XML file' },
  );
  sax.write(head);
  return root;
}

/**
 * Validates vulnerability scan results: a .nessus file, an OpenVAS/Greenbone XML report, or a CSV
 * export of Nessus, Qualys, OpenVAS/Greenbone or Rapid7 Nexpose (recognised by its columns, severity scales mapped to
 * FedRAMP risk). Both are streamed, never held whole. Summarises the findings per host and plugin.
 */
export const validateScanResults: DeliverableValidator = (source, ctx) =>
  refusingRejected(async () => {
    const findings = new FindingList();
    const name = ctx.fileName ? `'${ctx.fileName}'` : 'the file';
    if (source.size > SCAN_LIMITS.maxBytes) throw hostile(`the scan file is ${source.size} bytes; the limit is ${SCAN_LIMITS.maxBytes}`);
    const sniffed = sniff(await source.read(0, Math.min(HEAD_BYTES, source.size)));
    let collector: ScanCollector | undefined;
    let unknown: string | undefined;
    if (source.size === 0) unknown = `${name} is empty`;
    else if (sniffed.kind === 'binary') unknown = `${name} is ${sniffed.what}`;
    else if (sniffed.kind === 'xml') {
      const root = xmlRootOf(sniffed.head);
      if (root === 'NessusClientData_v2') collector = await readNessus(sourceChunks(source), findings);
      else if (root === 'report') collector = await readOpenvasXml(sourceChunks(source), findings);
      else unknown = root ? `${name} is XML with root element <${root}>, neither NessusClientData_v2 nor an OpenVAS report` : `${name} is XML without a root element in its first ${HEAD_BYTES} bytes`;
    } else {
      const csv = await readScanCsv(sourceChunks(source), detectDelimiter(sniffed.head), findings);
      if (csv.collector) collector = csv.collector;
      else {
        const first = (csv.firstRecord ?? []).slice(0, 6).join(', ');
        unknown = `${name} is text whose columns are not a known scanner's export${first ? ` (it starts: ${first.slice(0, 200)})` : ''}`;
      }
    }
    if (!collector) {
      findings.add('scan-unknown-format', 'error', `${unknown ?? `${name} is not a scan`}; supported are ${SUPPORTED}`, '');
      return { findings: findings.findings, summary: {} };
    }
    summarize(collector, findings);
    return { findings: findings.findings, summary: { scanFindings: collector.findings } };
  });

function summarize(collector: ScanCollector, findings: FindingList): void {
  const hosts = collector.hosts.size;
  if (hosts === 0) {
    findings.add('scan-no-hosts', 'warning', `the ${collector.scanner} scan reports no hosts`, '');
    return;
  }
  if (collector.records === 0) {
    findings.add('scan-empty', 'warning', `the ${collector.scanner} scan lists ${hosts} host(s) but no results at all`, '');
    return;
  }
  findings.add(
    'scan-severity-counts',
    'info',
    `${collector.scanner} scan of ${hosts} host(s): ${describeCounts(collector.counts())} (one per host and plugin)`,
    '',
  );
}
