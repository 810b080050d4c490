import type { Rng } from './rng.js';
import { addDays } from './rng.js';

export interface Asset {
  id: string;
  ip: string;
  dns: string;
  os: string;
  type: string;
  fn: string;
  baseline: string;
  vendor: string;
  software: string;
  location: string;
  vlan: string;
  admin: string;
  owner: string;
  netbios: string;
  mac: string;
}

const ROLES = [
  ['web', 'Web front end (NGINX reverse proxy)', 'Amazon Linux 2023', 'Virtual Machine', 'F5 NGINX', 'NGINX Plus R31'],
  ['app', 'Case management application tier', 'Amazon Linux 2023', 'Virtual Machine', 'Oracle', 'OpenJDK 17.0.10'],
  ['wkr', 'Background job workers', 'Ubuntu 22.04 LTS', 'Container Host', 'Open Source', 'Sidekiq 7.2'],
  ['db', 'Primary case database', 'Amazon RDS PostgreSQL 15.5', 'Database', 'PostgreSQL Global Development Group', 'PostgreSQL 15.5'],
  ['bst', 'Administrative bastion host', 'Amazon Linux 2023', 'Virtual Machine', 'OpenBSD Project', 'OpenSSH 9.6p1'],
  ['siem', 'Log aggregation and SIEM forwarder', 'Ubuntu 22.04 LTS', 'Virtual Machine', 'Splunk', 'Splunk Universal Forwarder 9.1.2'],
  ['srch', 'Search cluster node', 'Amazon Linux 2', 'Virtual Machine', 'Elastic', 'OpenSearch 2.11'],
] as const;

export function makeAssets(rng: Rng, count: number): Asset[] {
  const out: Asset[] = [];
  for (let i = 0; i < count; i++) {
    const role = ROLES[i % ROLES.length] ?? ROLES[0];
    const n = Math.floor(i / ROLES.length) + 1;
    const subnet = role[0] === 'db' ? 30 : role[0] === 'web' ? 10 : 20;
    const host = `lcmc-prd-${role[0]}-${String(n).padStart(2, '0')}`;
    out.push({
      id: host,
      ip: `10.42.${subnet}.${rng.int(10, 250)}`,
      dns: `${host}.int.lcmc.larkspur-gov.com`,
      os: role[2],
      type: role[3],
      fn: role[1],
      baseline: role[2].startsWith('Ubuntu') ? 'CIS Ubuntu 22.04 L1 v1.0.0' : role[3] === 'Database' ? 'CIS PostgreSQL 15 v1.1.0' : 'CIS Amazon Linux 2023 L1 v1.0.0',
      vendor: role[4],
      software: role[5],
      location: i % 3 === 0 ? 'AWS GovCloud (US-West) us-gov-west-1a' : 'AWS GovCloud (US-West) us-gov-west-1b',
      vlan: `vpc-0a7f3c21 / subnet-${subnet}`,
      admin: 'Platform Engineering (R. Castellanos)',
      owner: 'Case Services (J. Albright)',
      netbios: '',
      mac: `0a:${[1, 2, 3, 4, 5].map(() => rng.int(16, 255).toString(16)).join(':')}`,
    });
  }
  return out;
}

export interface Finding {
  poamId: string;
  controls: string;
  name: string;
  description: string;
  source: string;
  sourceId: string;
  asset: string;
  risk: 'High' | 'Moderate' | 'Low';
  detected: string;
  due: string;
  cve: string;
  plugin: number;
  cvss: number;
  solution: string;
}

const WEAKNESSES = [
  ['OpenSSH < 9.8 RCE (regreSSHion)', 'CVE-2024-6387', 201194, 8.1, 'High', 'SI-2, RA-5', 'Upgrade OpenSSH to 9.8p1 or later.'],
  ['PostgreSQL 15.x < 15.7 Multiple Vulnerabilities', 'CVE-2024-4317', 197847, 5.3, 'Moderate', 'SI-2', 'Apply the PostgreSQL 15.7 minor release.'],
  ['Amazon Linux 2023 : kernel (ALAS2023-2024-676)', 'CVE-2024-26925', 200011, 7.8, 'High', 'SI-2, CM-6', 'Run dnf update kernel and reboot.'],
  ['SSL Certificate Signed Using Weak Hashing Algorithm', 'CVE-2004-2761', 35291, 5.0, 'Moderate', 'SC-8, SC-13', 'Reissue the certificate with SHA-256.'],
  ['OpenJDK 17.0.x < 17.0.11 Multiple Vulnerabilities', 'CVE-2024-21011', 193576, 3.7, 'Low', 'SI-2', 'Upgrade to OpenJDK 17.0.11.'],
  ['NGINX HTTP/2 Rapid Reset DoS', 'CVE-2023-44487', 183390, 7.5, 'High', 'SC-5, SI-2', 'Upgrade NGINX Plus to R31 P1.'],
  ['Ubuntu 22.04 LTS : curl vulnerabilities (USN-6718-1)', 'CVE-2024-2398', 192640, 6.1, 'Moderate', 'SI-2', 'Update curl packages.'],
  ['TLS Version 1.1 Protocol Deprecated', 'N/A', 157288, 6.5, 'Moderate', 'SC-8(1)', 'Disable TLS 1.0 and 1.1 on the listener.'],
  ['jQuery 1.2 < 3.5.0 Multiple XSS', 'CVE-2020-11022', 136929, 4.3, 'Low', 'SI-2, SI-10', 'Upgrade the bundled jQuery to 3.5.0 or later.'],
  ['Splunk Universal Forwarder < 9.1.3 Privilege Escalation', 'CVE-2024-23675', 190011, 6.5, 'Moderate', 'SI-2, AU-9', 'Upgrade the forwarder to 9.1.3.'],
] as const;

const DAYS: Record<string, number> = { High: 30, Moderate: 90, Low: 180 };

export function makeFindings(rng: Rng, assets: readonly Asset[], count: number, prefix = 'V-'): Finding[] {
  const out: Finding[] = [];
  for (let i = 0; i < count; i++) {
    const w = WEAKNESSES[i % WEAKNESSES.length] ?? WEAKNESSES[0];
    const detected = addDays('2024-09-02', rng.int(0, 180));
    const asset = assets[rng.int(0, assets.length - 1)] ?? assets[0];
    out.push({
      poamId: `${prefix}${String(1040 + i * 3).padStart(4, '0')}`,
      controls: w[5],
      name: w[0],
      description: `${w[0]} was reported by the authenticated monthly scan on ${asset?.id ?? 'host'}. The installed version is affected by the issue tracked as ${w[1]}.`,
      source: w[0].includes('TLS') || w[0].includes('jQuery') ? 'Burp Suite Enterprise' : 'Tenable Nessus Professional',
      sourceId: String(w[2]),
      asset: asset ? `${asset.id} (${asset.ip})` : '',
      risk: w[4],
      detected,
      due: addDays(detected, DAYS[w[4]] ?? 90),
      cve: w[1],
      plugin: w[2],
      cvss: w[3],
      solution: w[6],
    });
  }
  return out;
}
