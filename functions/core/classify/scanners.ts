/**
 * Scanner outputs recognised by their structure — XML root and elements, JSON key paths, the header
 * row of a CSV export — never by their words: a scan report is full of alert titles ("Content
 * Security Policy (CSP) Header Not Set") that would read as names of other deliverables.
 */
import type { DocumentFacts } from './types.js';

/** A scanner's output format and the structure that identifies it. */
interface XmlScanner {
  tool: string;
  roots: readonly string[];
  /** Elements that must also appear (any one of each group), for roots other tools use too. */
  needs?: readonly (readonly string[])[];
}

const XML_SCANNERS: readonly XmlScanner[] = [
  { tool: 'Tenable Nessus (.nessus v2)', roots: ['NessusClientData_v2'] },
  { tool: 'Tenable Nessus (.nessus v1)', roots: ['NessusClientData'] },
  { tool: 'Rapid7 Nexpose / InsightVM XML', roots: ['NexposeReport', 'NeXposeSimpleXML'] },
  { tool: 'Qualys asset data report', roots: ['ASSET_DATA_REPORT'] },
  { tool: 'Qualys host detection', roots: ['HOST_LIST_VM_DETECTION_OUTPUT'] },
  { tool: 'Qualys WAS scan report', roots: ['WAS_SCAN_REPORT', 'WAS_WEBAPP_REPORT'] },
  { tool: 'Qualys scan', roots: ['SCAN'], needs: [['VULN', 'VULNS', 'INFO', 'PRACTICE']] },
  { tool: 'OWASP ZAP XML report', roots: ['OWASPZAPReport'] },
  { tool: 'Burp Suite XML issues export', roots: ['issues'], needs: [['issue'], ['serialNumber', 'issueBackground', 'remediationBackground', 'confidence', 'issueDetail']] },
  { tool: 'Nikto XML', roots: ['niktoscan', 'niktoscans'] },
  { tool: 'Acunetix XML export', roots: ['ScanGroup'], needs: [['Scan'], ['ReportItems', 'ReportItem', 'StartURL']] },
  { tool: 'Invicti / Netsparker XML', roots: ['invicti-enterprise', 'netsparker-enterprise', 'netsparker', 'invicti'], needs: [['vulnerabilities', 'vulnerability', 'target']] },
  { tool: 'OpenVAS / Greenbone report', roots: ['report'], needs: [['nvt', 'results'], ['result', 'nvt']] },
  { tool: 'HCL AppScan XML report', roots: ['xml-report'], needs: [['issue-group', 'issue-type-group', 'scan-information']] },
  { tool: 'SCAP / XCCDF test result', roots: ['TestResult', 'asset-report-collection'] },
  { tool: 'SCAP / XCCDF benchmark results', roots: ['Benchmark'], needs: [['TestResult', 'rule-result']] },
];

/** A JSON scanner output: every group must have one of its key paths present. */
interface JsonScanner {
  tool: string;
  all: readonly (readonly string[])[];
}

const JSON_SCANNERS: readonly JsonScanner[] = [
  { tool: 'OWASP ZAP JSON report', all: [['site.alerts'], ['site.alerts.riskcode', 'site.alerts.pluginid', 'site.alerts.alertRef', 'site.alerts.riskdesc']] },
  { tool: 'Trivy JSON report', all: [['Results'], ['Results.Target'], ['ArtifactName', 'SchemaVersion', 'Results.Vulnerabilities', 'Results.Misconfigurations']] },
  { tool: 'Grype JSON report', all: [['matches'], ['matches.vulnerability', 'matches.matchDetails', 'matches.artifact']] },
  { tool: 'SARIF static-analysis log', all: [['runs'], ['runs.tool', 'runs.tool.driver'], ['runs.results', 'version', '$schema']] },
  { tool: 'Nuclei JSON / JSON Lines', all: [['template-id', 'templateID'], ['info.severity', 'info.name'], ['matched-at', 'matched', 'host']] },
  { tool: 'Nikto JSON', all: [['vulnerabilities'], ['vulnerabilities.msg', 'vulnerabilities.OSVDB'], ['banner', 'host', 'ip', 'port']] },
  { tool: 'Snyk JSON', all: [['vulnerabilities'], ['vulnerabilities.packageName', 'vulnerabilities.severity'], ['packageManager', 'projectName', 'dependencyCount', 'uniqueCount']] },
  { tool: 'Semgrep JSON', all: [['results'], ['results.check_id'], ['results.extra', 'results.extra.severity']] },
  { tool: 'OWASP Dependency-Check JSON', all: [['scanInfo', 'reportSchema'], ['dependencies'], ['dependencies.vulnerabilities', 'dependencies.fileName']] },
  { tool: 'Tenable.io vulnerability export', all: [['plugin.id', 'plugin.name'], ['asset.uuid', 'asset.hostname', 'asset.ipv4'], ['severity', 'severity_id']] },
  { tool: 'Prisma Cloud (twistcli) JSON', all: [['results'], ['results.vulnerabilities', 'results.compliances', 'results.complianceIssues'], ['results.vulnerabilities.cve', 'results.vulnerabilities.id', 'results.vulnerabilityDistribution', 'results.complianceDistribution']] },
  { tool: 'Amazon Inspector findings', all: [['findings'], ['findings.packageVulnerabilityDetails', 'findings.inspectorScore', 'findings.networkReachabilityDetails']] },
  { tool: 'AWS Security Hub findings (ASFF)', all: [['Findings'], ['Findings.ProductArn', 'Findings.GeneratorId'], ['Findings.Severity', 'Findings.Severity.Label', 'Findings.Vulnerabilities']] },
  { tool: 'Acunetix / Invicti JSON export', all: [['vulnerabilities', 'Vulnerabilities'], ['vulnerabilities.vt_name', 'vulnerabilities.severity', 'Vulnerabilities.Severity'], ['target', 'Target', 'scan', 'Generated', 'vulnerabilities.affects_url', 'Vulnerabilities.Url']] },
];

/** A header row cell, normalised: lower case, without spaces, punctuation or a trailing "?". */
const norm = (cell: string): string => cell.toLowerCase().replace(/[^a-z0-9]+/g, '');

/** A CSV export: every group must have one of its columns (normalised) in one header row. */
interface CsvScanner {
  tool: string;
  all: readonly (readonly string[])[];
}

const CSV_SCANNERS: readonly CsvScanner[] = [
  { tool: 'Tenable Nessus CSV', all: [['pluginid'], ['host'], ['risk', 'riskfactor', 'severity'], ['name', 'pluginname']] },
  { tool: 'Tenable.sc CSV', all: [['plugin', 'pluginid'], ['pluginname'], ['severity', 'riskfactor'], ['ipaddress', 'dnsname', 'netbiosname']] },
  { tool: 'Tenable.io / Tenable VM CSV', all: [['pluginid', 'plugin'], ['pluginname', 'pluginfamily'], ['severity', 'vpr', 'vprscore'], ['assetuuid', 'assetname', 'ipv4address', 'ipv4', 'fqdn']] },
  { tool: 'Qualys CSV', all: [['qid'], ['ip', 'ipaddress', 'dns'], ['severity', 'cvssbase', 'cvss31base', 'cvssv3base']] },
  { tool: 'Qualys WAS CSV', all: [['qid'], ['url'], ['severity'], ['detectionid', 'paramcookie', 'webapplication', 'owasp']] },
  { tool: 'Rapid7 Nexpose / InsightVM CSV', all: [['vulnerabilityid', 'vulnerabilitytitle'], ['assetipaddress', 'assetnames', 'assetname', 'ipaddress'], ['vulnerabilityseveritylevel', 'vulnerabilitycvssscore', 'vulnerabilitycvssv3score', 'severity', 'vulnerabilityriskscore']] },
  { tool: 'Greenbone / OpenVAS CSV', all: [['nvtoid', 'nvtname'], ['ip', 'hostname'], ['cvss', 'severity']] },
  { tool: 'Prisma Cloud vulnerability CSV', all: [['cveid', 'cve'], ['severity', 'cvss'], ['packages', 'packageversion', 'sourcepackage', 'fixstatus'], ['registry', 'repository', 'hosts', 'distro', 'image', 'layer', 'collections']] },
  { tool: 'Wiz vulnerability findings CSV', all: [['name', 'cve', 'vulnerability', 'vulnerabilityid'], ['cvssseverity', 'vendorseverity', 'severity'], ['assetname', 'assetid', 'resourcename', 'resourceid', 'locationpath'], ['fixedversion', 'wizurl', 'detailedname', 'findingstatus', 'detectionmethod']] },
  { tool: 'Acunetix / Invicti CSV', all: [['vulnerability', 'vulnerabilityname', 'vtname'], ['severity'], ['url', 'affecteditem', 'affects', 'target'], ['cwe', 'cvss', 'cvssscore', 'confirmed', 'parameter', 'certainty']] },
  { tool: 'Trivy / Grype table CSV', all: [['vulnerabilityid', 'vulnerability', 'cve'], ['severity'], ['installedversion', 'installed'], ['fixedversion', 'fixedin']] },
  { tool: 'Nikto CSV', all: [['hostname', 'host'], ['ip'], ['port'], ['osvdb', 'references'], ['httpmethod', 'method'], ['uri', 'url'], ['description', 'message']] },
];

/** What a recognised scanner output is, and why. */
export interface ScannerMatch {
  tool: string;
  reason: string;
}

function xmlScanner(facts: DocumentFacts): ScannerMatch | undefined {
  const root = facts.root;
  if (!root) return undefined;
  const elements = new Set(facts.elementNames);
  for (const s of XML_SCANNERS) {
    if (!s.roots.includes(root)) continue;
    if (s.needs && !s.needs.every((group) => group.some((e) => elements.has(e)))) continue;
    const shown = s.needs ? ` with ${s.needs.map((g) => g.find((e) => elements.has(e))).join(', ')}` : '';
    return { tool: s.tool, reason: `XML root '${root}'${shown}: ${s.tool}` };
  }
  return undefined;
}

function jsonScanner(facts: DocumentFacts): ScannerMatch | undefined {
  const paths = new Set(facts.keyPaths);
  for (const s of JSON_SCANNERS) {
    const found = s.all.map((group) => group.find((p) => paths.has(p)));
    if (found.every((p) => p !== undefined)) {
      return { tool: s.tool, reason: `JSON keys ${found.map((p) => `'${p}'`).join(', ')}: ${s.tool}` };
    }
  }
  return undefined;
}

function csvScanner(facts: DocumentFacts): ScannerMatch | undefined {
  for (const row of facts.rows.slice(0, 5)) {
    const cells = new Set(row.map(norm).filter(Boolean));
    if (cells.size < 3) continue;
    for (const s of CSV_SCANNERS) {
      const found = s.all.map((group) => group.find((c) => cells.has(c)));
      if (found.every((c) => c !== undefined)) {
        const shown = row.filter((c) => found.includes(norm(c))).slice(0, 4);
        return { tool: s.tool, reason: `header row ${shown.map((c) => `'${c}'`).join(', ')}…: ${s.tool} export` };
      }
    }
  }
  return undefined;
}

/**
 * The scanner whose output this is, from its structure alone; undefined when it is not one. XML by
 * root element (and, for roots other formats share, the elements under it), JSON by key paths, CSV
 * and workbooks by the header row of a known export.
 */
export function scannerOutput(facts: DocumentFacts): ScannerMatch | undefined {
  switch (facts.format) {
    case 'nessus':
    case 'xml':
      return xmlScanner(facts);
    case 'json':
      return jsonScanner(facts);
    case 'csv':
    case 'xlsx':
      return csvScanner(facts);
    default:
      return undefined;
  }
}
