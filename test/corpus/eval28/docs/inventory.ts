import { makeAssets } from '../kit/data.js';
import type { Asset } from '../kit/data.js';
import { makeRng } from '../kit/rng.js';
import { freezeAt, newWorkbook, putTable, putTitle, toCsv, workbookBytes } from '../kit/sheet.js';
import type { EvalDoc } from '../kit/types.js';
import { ANALYST, CSP, SYS, SYS_ABBR } from '../kit/world.js';

const HEADERS = [
  'UNIQUE ASSET IDENTIFIER', 'IPv4 or IPv6\nAddress', 'Virtual', 'Public', 'DNS Name or URL', 'NetBIOS Name', 'MAC Address',
  'Authenticated Scan', 'Baseline Configuration Name', 'OS Name and Version', 'Location', 'Asset Type', 'Hardware Make/Model',
  'In Latest Scan', 'Software/ Database Vendor', 'Software/ Database Name & Version', 'Patch Level', 'Function', 'Comments',
  'Serial #/Asset Tag#', 'VLAN/\nNetwork ID', 'System Administrator/ Owner', 'Application Administrator/ Owner',
];

function row(a: Asset, i: number): string[] {
  return [a.id, a.ip, 'Yes', a.id.includes('-web-') ? 'Yes' : 'No', a.dns, a.netbios, a.mac, 'Yes', a.baseline, a.os, a.location, a.type, a.type === 'Database' ? 'AWS db.r6g.xlarge' : 'AWS m6i.xlarge', i % 9 === 4 ? 'No' : 'Yes', a.vendor, a.software, '2025-02 patch cycle', a.fn, i % 9 === 4 ? 'Launched 03/08 by autoscaling; next scan' : '', `i-0${(91234567 + i * 7919).toString(16)}`, a.vlan, a.admin, a.owner];
}

async function templateInventory(): Promise<EvalDoc> {
  const assets = makeAssets(makeRng(2811), 35);
  const wb = newWorkbook({ creator: 'FedRAMP', lastModifiedBy: ANALYST, title: 'SSP Attachment 13 Integrated Inventory Workbook' });
  const ins = wb.addWorksheet('INSTRUCTIONS');
  ins.getCell('C1').value = 'SSP ATTACHMENT 13 - FedRAMP Integrated Inventory Workbook Template';
  ins.getCell('B3').value = 'Overview:';
  ins.getCell('B4').value = 'When completed, FedRAMP will accept this inventory workbook as the inventory information required by the SSP, SAP, SAR, ISCP and Monthly Continuous Monitoring.';
  const ws = wb.addWorksheet('Inventory');
  const groups = ['All Inventories', 'All Inventories', 'All Inventories', 'All Inventories', 'All Inventories', 'OS/Infrastructure Inventory', 'OS/Infrastructure Inventory', 'OS/Infrastructure Inventory', 'OS/Infrastructure Inventory', 'OS/Infrastructure Inventory', 'OS/Infrastructure Inventory', 'OS/Infrastructure Inventory', 'OS/Infrastructure Inventory', 'OS/Infrastructure Inventory', 'Software and Database Inventories', 'Software and Database Inventories', 'Software and Database Inventories', 'Software and Database Inventories', 'Any Inventory', 'Any Inventory', 'Any Inventory', 'Any Inventory', 'Any Inventory'];
  putTable(ws, 1, [groups], { headerFill: 'FF1F3864' });
  putTable(ws, 2, [HEADERS, ...assets.map(row)]);
  freezeAt(ws, 2, 1);
  const roc = wb.addWorksheet('Record of Changes');
  putTable(roc, 3, [['Date', 'Description', 'Version', 'Author'], ['02/11/2025', 'February ConMon inventory', '12', ANALYST], ['03/12/2025', 'March ConMon inventory; 3 autoscaled hosts added', '13', ANALYST]]);
  return { file: 'doc-0388.xlsx', expected: 'INVENTORY', note: 'Integrated Inventory Workbook (SSP Attachment 13 layout: grouped header row, UNIQUE ASSET IDENTIFIER headers on row 2) with 35 assets.', data: await workbookBytes(wb) };
}

async function homeGrownInventory(): Promise<EvalDoc> {
  const assets = makeAssets(makeRng(2812), 28);
  const wb = newWorkbook({ creator: ANALYST, title: 'POA&M template' });
  const summary = wb.addWorksheet('Summary');
  putTitle(summary, 1, `${SYS_ABBR} Integrated Inventory Workbook - March 2025`, 5);
  putTable(summary, 3, [['Asset Type', 'Count', 'Authenticated Scan = Yes', 'In Latest Scan = Yes'], ['Virtual Machine', 16, 16, 15], ['Container Host', 4, 4, 4], ['Database', 4, 4, 4], ['Grand Total', 24, 24, 23]]);
  const cols = ['UNIQUE ASSET IDENTIFIER', 'IPv4 or IPv6 Address', 'Virtual', 'Public', 'DNS Name or URL', 'OS / Version', 'Asset Type', 'Authenticated Scan', 'In Latest Scan', 'Baseline Config', 'Location', 'Function', 'Sys Admin', 'App Owner'];
  const split: [string, (a: Asset) => boolean][] = [['Compute', (a) => a.type !== 'Database'], ['Databases', (a) => a.type === 'Database']];
  for (const [name, keep] of split) {
    const ws = wb.addWorksheet(name);
    putTitle(ws, 1, `${CSP} - ${SYS} - ${name} inventory`, 8, 12);
    ws.getCell('A2').value = 'Source: AWS Config aggregator + Tenable asset list, reconciled by ConMon. Do not edit IPs by hand.';
    putTable(ws, 4, [cols, ...assets.filter(keep).map((a, i) => [a.id, a.ip, 'Yes', a.id.includes('-web-') ? 'Yes' : 'No', a.dns, a.os, a.type, 'Yes', i === 3 ? 'No' : 'Yes', a.baseline, a.location, a.fn, a.admin, a.owner])]);
    freezeAt(ws, 4, 1);
  }
  const sw = wb.addWorksheet('Software');
  putTable(sw, 1, [['UNIQUE ASSET IDENTIFIER', 'Software/ Database Vendor', 'Software/ Database Name & Version', 'Patch Level', 'Function'], ...assets.slice(0, 12).map((a) => [a.id, a.vendor, a.software, '2025-02', a.fn])]);
  return { file: 'Inventory_working_copy.xlsx', expected: 'INVENTORY', note: 'Home-grown integrated inventory: summary sheet first, merged titles, inventory split across Compute/Databases/Software sheets, header rows below the title, stale workbook title metadata.', data: await workbookBytes(wb) };
}

function csvInventory(): EvalDoc {
  const assets = makeAssets(makeRng(2813), 22);
  return { file: 'lcmc_assets_export_20250312.csv', expected: 'INVENTORY', note: 'CSV save of the Inventory sheet with the Attachment 13 column headers and 22 assets.', data: toCsv([HEADERS.map((h) => h.replace('\n', ' ')), ...assets.map(row)]) };
}

export async function inventoryDocs(): Promise<EvalDoc[]> {
  return [await templateInventory(), await homeGrownInventory(), csvInventory()];
}

export { HEADERS as INVENTORY_HEADERS };
