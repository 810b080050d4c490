/**
 * The fictional world of the eval37 corpus: a regional IaaS provider running its own
 * data centers and seeking FedRAMP High. Shared names, assets and front matter.
 */
import type { Block } from './kit37.js';
import { rng } from './kit37.js';

export const CSP = 'Cascade Ironworks Cloud, LLC';
export const CSP_SHORT = 'Cascade Ironworks';
export const SYS = 'Cascade Ironworks Infrastructure Cloud';
export const SYS_ABBR = 'CIIC';
export const PRIMARY_DC = 'BOI-1 (Meridian, Idaho)';
export const ALT_DC = 'GEG-2 (Spokane Valley, Washington)';
export const TPAO = 'Northfield Assurance Partners, LLC';
export const AGENCY = 'U.S. Bureau of Water Resource Operations';
export const AO = 'Dana K. Whitfield';
export const ISSO = 'Marcus Oyelaran';
export const CISO = 'Priya Raman-Holt';
export const DCOPS = 'Lena Sorensen';

export interface Asset {
  id: string;
  ip: string;
  mac: string;
  fqdn: string;
  kind: string;
  vendor: string;
  model: string;
  os: string;
  osVersion: string;
  virtual: 'Yes' | 'No';
  location: string;
  rack: string;
  serial: string;
  owner: string;
  func: string;
}

function mac(r: () => number, oui: string): string {
  const b = () => Math.floor(r() * 256).toString(16).padStart(2, '0').toUpperCase();
  return `${oui}:${b()}:${b()}:${b()}`;
}

export function assets(): Asset[] {
  const r = rng(3701);
  const out: Asset[] = [];
  const add = (n: number, tmpl: Omit<Asset, 'id' | 'ip' | 'mac' | 'fqdn' | 'serial' | 'rack' | 'location'> & { prefix: string; net: string; oui: string; start: number }) => {
    for (let i = 1; i <= n; i += 1) {
      const site = i % 3 === 0 ? 'GEG2' : 'BOI1';
      const name = `${site.toLowerCase()}-${tmpl.prefix}${String(i).padStart(2, '0')}`;
      out.push({
        id: `CIIC-${tmpl.prefix.toUpperCase()}-${String(i).padStart(3, '0')}`,
        ip: `${tmpl.net}.${tmpl.start + i}`,
        mac: mac(r, tmpl.oui),
        fqdn: `${name}.mgmt.ciic.cascadeiron.net`,
        kind: tmpl.kind,
        vendor: tmpl.vendor,
        model: tmpl.model,
        os: tmpl.os,
        osVersion: tmpl.osVersion,
        virtual: tmpl.virtual,
        location: site === 'BOI1' ? 'BOI-1 Data Hall A' : 'GEG-2 Data Hall 1',
        rack: `${site === 'BOI1' ? 'A' : 'R'}${String(2 + Math.floor(r() * 18)).padStart(2, '0')}`,
        serial: `${tmpl.vendor.slice(0, 2).toUpperCase()}${Math.floor(r() * 1e9).toString(36).toUpperCase().padStart(7, '0')}`,
        owner: tmpl.owner,
        func: tmpl.func,
      });
    }
  };
  add(8, { prefix: 'hv', net: '10.40.8', oui: '3C:EC:EF', start: 10, kind: 'Hypervisor host', vendor: 'Dell', model: 'PowerEdge R760', os: 'VMware ESXi', osVersion: '8.0 U3c', virtual: 'No', owner: 'Virtualization Eng.', func: 'Tenant compute cluster node' });
  add(4, { prefix: 'bm', net: '10.40.9', oui: 'B4:96:91', start: 20, kind: 'Bare-metal server', vendor: 'Supermicro', model: 'SYS-221H-TNR', os: 'Red Hat Enterprise Linux', osVersion: '9.4', virtual: 'No', owner: 'Bare Metal Services', func: 'Dedicated tenant bare-metal node' });
  add(3, { prefix: 'vc', net: '10.40.2', oui: '00:50:56', start: 30, kind: 'Virtual machine', vendor: 'VMware', model: 'vCenter Server Appliance', os: 'Photon OS', osVersion: '8.0.3', virtual: 'Yes', owner: 'Virtualization Eng.', func: 'vCenter / NSX management' });
  add(4, { prefix: 'sw', net: '10.40.1', oui: '44:4C:A8', start: 40, kind: 'Network switch', vendor: 'Arista', model: '7280R3', os: 'Arista EOS', osVersion: '4.31.2F', virtual: 'No', owner: 'Network Eng.', func: 'Leaf / spine switching' });
  add(2, { prefix: 'fw', net: '10.40.0', oui: 'B4:0C:25', start: 4, kind: 'Firewall', vendor: 'Palo Alto Networks', model: 'PA-5445', os: 'PAN-OS', osVersion: '11.1.4-h7', virtual: 'No', owner: 'Network Security', func: 'Boundary firewall (FIPS-CC mode)' });
  add(3, { prefix: 'st', net: '10.40.12', oui: '00:A0:98', start: 50, kind: 'Storage controller', vendor: 'NetApp', model: 'AFF A400', os: 'ONTAP', osVersion: '9.14.1P6', virtual: 'No', owner: 'Storage Eng.', func: 'Tenant block and file storage' });
  add(3, { prefix: 'bmc', net: '10.40.250', oui: 'D0:8E:79', start: 100, kind: 'Out-of-band controller', vendor: 'Dell', model: 'iDRAC9', os: 'iDRAC firmware', osVersion: '7.10.50.00', virtual: 'No', owner: 'DC Operations', func: 'Lights-out management' });
  add(2, { prefix: 'jmp', net: '10.40.3', oui: '00:50:56', start: 60, kind: 'Virtual machine', vendor: 'VMware', model: 'VM', os: 'Windows Server', osVersion: '2022 21H2', virtual: 'Yes', owner: 'Security Operations', func: 'Privileged access jump host' });
  return out;
}

export function revisionHistory(rows: [string, string, string, string][]): Block[] {
  return [
    { h: 2, text: 'Document Revision History', asBold: true },
    { table: [['Date', 'Version', 'Description', 'Author'], ...rows] },
  ];
}

export function approvals(names: [string, string][]): Block[] {
  return [
    { h: 2, text: 'Approvals', asBold: true },
    { p: 'The signatures below indicate that the approvers have reviewed this document and concur with its contents.' },
    { table: [['Name', 'Title', 'Signature', 'Date'], ...names.map(([n, t]) => [n, t, '/s/ ' + n, '03/12/2026'])] },
  ];
}

export function distribution(list: string[]): Block[] {
  return [{ h: 2, text: 'Distribution', asBold: true }, { bullets: list }];
}

export function toc(entries: string[]): Block[] {
  return [{ h: 2, text: 'Table of Contents', asBold: true }, ...entries.map((e, i) => ({ p: `${e} ${'.'.repeat(40)} ${i * 3 + 4}` }))];
}

export const CUI_NOTICE =
  'CONTROLLED UNCLASSIFIED INFORMATION (CUI). This document contains proprietary and security-sensitive information of Cascade Ironworks Cloud, LLC. Distribution is limited to personnel with a need to know. Do not forward outside the approved distribution list without the written consent of the Information System Security Officer.';

export const PROPRIETARY =
  'Copyright 2026 Cascade Ironworks Cloud, LLC. All rights reserved. Proprietary and confidential. The information contained herein may not be reproduced or disclosed in whole or in part without prior written permission.';
