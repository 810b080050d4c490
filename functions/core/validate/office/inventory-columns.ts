import type { ColumnMap, ColumnSpec } from './headers.js';

/** Columns of the FedRAMP Integrated Inventory Workbook (v2.2, and the Rev5 "Diagram Label"). */
export const INVENTORY_COLUMNS = [
  { key: 'assetId', label: 'UNIQUE ASSET IDENTIFIER', aliases: ['Unique Asset ID', 'Unique Identifier', 'Asset Identifier', 'Asset ID'] },
  { key: 'ip', label: 'IPv4 or IPv6 Address', aliases: ['IP Address', 'IP Addresses', 'IPv4/IPv6 Address', 'IPv4 Address', 'IP'] },
  { key: 'virtual', label: 'Virtual', aliases: ['Is Virtual', 'Virtual (Yes/No)'] },
  { key: 'public', label: 'Public', aliases: ['Public Facing', 'Is Public', 'Public (Yes/No)'] },
  { key: 'dns', label: 'DNS Name or URL', aliases: ['DNS Name', 'URL', 'FQDN', 'DNS Name/URL'] },
  { key: 'netbios', label: 'NetBIOS Name' },
  { key: 'mac', label: 'MAC Address' },
  { key: 'authenticatedScan', label: 'Authenticated Scan', aliases: ['Authenticated Scan Planned', 'Credentialed Scan'] },
  { key: 'baseline', label: 'Baseline Configuration Name', aliases: ['Baseline Configuration', 'Baseline Config Name'] },
  { key: 'os', label: 'OS Name and Version', aliases: ['OS Name & Version', 'Operating System', 'Operating System Name and Version', 'OS'] },
  { key: 'location', label: 'Location', aliases: ['Physical Location'] },
  { key: 'assetType', label: 'Asset Type', aliases: ['Type'] },
  { key: 'hardware', label: 'Hardware Make/Model', aliases: ['Hardware Make and Model', 'Hardware Model', 'Make/Model'] },
  { key: 'inLatestScan', label: 'In Latest Scan', aliases: ['In Last Scan', 'Included in Latest Scan'] },
  { key: 'softwareVendor', label: 'Software/Database Vendor', aliases: ['Software Vendor', 'Database Vendor', 'Vendor'] },
  { key: 'softwareName', label: 'Software/Database Name & Version', aliases: ['Software Name and Version', 'Software/Database Name and Version', 'Software Name & Version'] },
  { key: 'patchLevel', label: 'Patch Level' },
  { key: 'function', label: 'Function', aliases: ['Software Function'] },
  { key: 'comments', label: 'Comments' },
  { key: 'serial', label: 'Serial #/Asset Tag#', aliases: ['Serial Number', 'Asset Tag'] },
  { key: 'vlan', label: 'VLAN/Network ID', aliases: ['VLAN', 'Network ID'] },
  { key: 'systemOwner', label: 'System Administrator/ Owner', aliases: ['System Administrator/Owner', 'System Administrator', 'System Owner'] },
  { key: 'applicationOwner', label: 'Application Administrator/ Owner', aliases: ['Application Administrator/Owner', 'Application Owner'] },
  { key: 'diagramLabel', label: 'Diagram Label' },
] as const satisfies readonly ColumnSpec<string>[];

export type InventoryColumn = (typeof INVENTORY_COLUMNS)[number]['key'];

/** Columns every inventory sheet must have. */
export const INVENTORY_REQUIRED_COLUMNS: readonly InventoryColumn[] = [
  'assetId',
  'ip',
  'virtual',
  'public',
  'dns',
  'authenticatedScan',
  'baseline',
  'os',
  'assetType',
  'hardware',
  'inLatestScan',
  'softwareVendor',
  'softwareName',
  'function',
  'systemOwner',
];

/** Fields the template (row 5) makes mandatory, by kind of record. */
export const MANDATORY_FOR = {
  all: ['assetId', 'virtual', 'public'],
  infrastructure: ['authenticatedScan', 'baseline', 'assetType', 'hardware', 'inLatestScan'],
  software: ['softwareVendor', 'softwareName', 'function'],
  /** "Mandatory for HIGH impact systems." */
  high: ['systemOwner'],
} as const satisfies Record<string, readonly InventoryColumn[]>;

/** Columns whose values must be Yes or No. */
export const YES_NO_COLUMNS: readonly InventoryColumn[] = ['virtual', 'public', 'authenticatedScan', 'inLatestScan'];

/** Fields filled only for OS/infrastructure records ("Leave blank for Software and Database"). */
export const INFRASTRUCTURE_ONLY: readonly InventoryColumn[] = ['authenticatedScan', 'baseline', 'os', 'assetType', 'hardware', 'inLatestScan'];

export const INVENTORY_LABELS: ReadonlyMap<InventoryColumn, string> = new Map(INVENTORY_COLUMNS.map((c) => [c.key, c.label]));

/** A header row of the inventory: the unique asset identifier and the IP address (or three other required columns). */
export function isInventoryHeader(columns: ColumnMap<InventoryColumn>): boolean {
  if (!columns.has('assetId')) return false;
  const others = INVENTORY_REQUIRED_COLUMNS.filter((k) => k !== 'assetId' && columns.has(k)).length;
  return columns.has('ip') ? others >= 2 : others >= 3;
}
