import type { Csp } from './parties.js';
import type { Rng } from './rng.js';
import { OSES } from '../text/findings.js';
import type { Host } from '../text/findings.js';

const ROLES = [
  ['web', 'Web server'],
  ['app', 'Application server'],
  ['db', 'Database server'],
  ['bastion', 'Bastion host'],
  ['k8s', 'Kubernetes worker'],
  ['log', 'Log collector'],
] as const;

/** `n` plausible hosts of `csp`'s production boundary. */
export function makeHosts(csp: Csp, rng: Rng, n: number): Host[] {
  const hosts: Host[] = [];
  for (let i = 0; i < n; i++) {
    const [prefix, role] = rng.pick(ROLES);
    const name = `${csp.abbr.toLowerCase()}-${prefix}${String(i + 1).padStart(2, '0')}`;
    const mac = Array.from({ length: 6 }, (_, k) => (k === 0 ? 2 : rng.int(0, 255)).toString(16).padStart(2, '0')).join(':');
    hosts.push({
      ip: `${csp.net}.${rng.int(1, 40)}.${rng.int(2, 250)}`,
      fqdn: `${name}.prod.${csp.domain}`,
      netbios: name.toUpperCase().slice(0, 15),
      os: prefix === 'db' ? 'Amazon Linux 2023' : rng.pick(OSES),
      mac,
      role,
    });
  }
  return hosts;
}
