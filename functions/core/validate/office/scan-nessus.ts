import { hostile } from '../../classify/errors.js';
import { parseXmlStream } from '../../office/sax-stream.js';
import type { Risk } from '../types.js';
import type { FindingList } from './findings.js';
import { SCAN_LIMITS, ScanCollector, riskFromWord } from './scan-collector.js';
import { cvesIn } from './values.js';

const NESSUS_SEVERITY: readonly Risk[] = ['info', 'low', 'moderate', 'high', 'critical'];

interface Host {
  name: string;
  ip?: string;
  credentialed?: string;
}

interface Item {
  pluginId: string;
  name: string;
  severity: string;
  port: string;
  protocol: string;
  riskFactor?: string;
  cves: string[];
}

type Capture = 'host-ip' | 'Credentialed_Scan' | 'risk_factor' | 'cve';

/**
 * Reads a .nessus file (NessusClientData_v2) streamed through the safe SAX parser: each ReportHost
 * (its HostProperties host-ip and Credentialed_Scan) and each ReportItem (pluginID, pluginName,
 * severity 0–4 or risk_factor, cve children). Plugin output and descriptions are never kept.
 */
export async function readNessus(chunks: AsyncIterable<Uint8Array>, findings: FindingList): Promise<ScanCollector> {
  const collector = new ScanCollector('nessus');
  let host: Host | undefined;
  let item: Item | undefined;
  let capture: Capture | undefined;
  let value = '';
  let items = 0;

  const finishItem = (h: Host, i: Item): void => {
    const location = `ReportHost[@name='${h.name}']/ReportItem[@pluginID='${i.pluginId}'][@port='${i.port}']`;
    const level = i.severity === '' ? Number.NaN : Number(i.severity);
    const risk = (Number.isInteger(level) ? NESSUS_SEVERITY[level] : undefined) ?? riskFromWord(i.riskFactor ?? '');
    if (!risk || (!i.pluginId && !i.name)) {
      findings.add(
        'scan-unparseable-row',
        'warning',
        !risk ? `report item has no severity 0–4 or risk factor (severity '${i.severity}')` : 'report item has no pluginID or pluginName',
        location,
      );
      return;
    }
    const finding = { scanner: 'nessus', name: i.name || `plugin ${i.pluginId}`, cves: i.cves, host: h.ip ?? h.name, risk, location };
    collector.add(i.pluginId ? { ...finding, pluginId: i.pluginId } : finding);
  };

  await parseXmlStream(
    chunks,
    {
      open(tag) {
        switch (tag.local) {
          case 'ReportHost':
            host = { name: tag.attributes['name'] ?? '' };
            break;
          case 'tag': {
            const name = tag.attributes['name'];
            if (host && !item && (name === 'host-ip' || name === 'Credentialed_Scan')) {
              capture = name;
              value = '';
            }
            break;
          }
          case 'ReportItem':
            if (!host) break;
            if (++items > SCAN_LIMITS.maxRecords) throw hostile(`the scan has more than ${SCAN_LIMITS.maxRecords} report items`);
            item = {
              pluginId: (tag.attributes['pluginID'] ?? '').trim(),
              name: (tag.attributes['pluginName'] ?? '').trim(),
              severity: (tag.attributes['severity'] ?? '').trim(),
              port: tag.attributes['port'] ?? '',
              protocol: tag.attributes['protocol'] ?? '',
              cves: [],
            };
            break;
          case 'risk_factor':
          case 'cve':
            if (item) {
              capture = tag.local;
              value = '';
            }
            break;
        }
      },
      text(t) {
        if (capture && value.length < SCAN_LIMITS.maxValueChars) value += t.slice(0, SCAN_LIMITS.maxValueChars - value.length);
      },
      close(local) {
        switch (local) {
          case 'tag':
            if (host && capture === 'host-ip' && value.trim()) host.ip = value.trim();
            if (host && capture === 'Credentialed_Scan') host.credentialed = value.trim().toLowerCase();
            break;
          case 'risk_factor':
            if (item && capture === 'risk_factor') item.riskFactor = value.trim();
            break;
          case 'cve':
            if (item && capture === 'cve') item.cves.push(...cvesIn(value));
            break;
          case 'HostProperties':
            if (host) collector.hosts.add(host.ip ?? host.name);
            break;
          case 'ReportItem':
            if (host && item) finishItem(host, item);
            item = undefined;
            break;
          case 'ReportHost':
            if (host) {
              collector.hosts.add(host.ip ?? host.name);
              if (host.credentialed === 'false') {
                findings.add(
                  'scan-unauthenticated',
                  'warning',
                  `host ${host.ip ?? host.name} was scanned without credentials (Credentialed_Scan false); FedRAMP expects authenticated scans`,
                  `ReportHost[@name='${host.name}']`,
                );
              }
            }
            host = undefined;
            break;
        }
        if (local === 'tag' || local === 'risk_factor' || local === 'cve') capture = undefined;
      },
    },
    { maxDepth: SCAN_LIMITS.maxDepth, label: 'the .nessus file' },
  );
  return collector;
}
