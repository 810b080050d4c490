/** Vulnerability definitions shared by scan exports and POA&M rows (so both look like one ConMon month). */

export type Severity = 'Critical' | 'High' | 'Medium' | 'Low' | 'None';

export interface Vuln {
  nessus: number;
  name: string;
  family: string;
  severity: Severity;
  cvss3: number;
  cve: string[];
  port: number;
  svc: string;
  synopsis: string;
  solution: string;
  /** Qualys QID, Greenbone OID suffix and Nexpose id for the same issue. */
  qid: number;
  oid: string;
  nexpose: string;
  control: string;
}

export const VULNS: readonly Vuln[] = [
  { nessus: 51192, name: 'SSL Certificate Cannot Be Trusted', family: 'General', severity: 'Medium', cvss3: 6.5, cve: [], port: 443, svc: 'www', synopsis: "The SSL certificate for this service cannot be trusted.", solution: 'Purchase or generate a proper SSL certificate for this service.', qid: 38173, oid: '1.3.6.1.4.1.25623.1.0.103140', nexpose: 'tls-untrusted-ca', control: 'SC-17' },
  { nessus: 57582, name: 'SSL Self-Signed Certificate', family: 'General', severity: 'Medium', cvss3: 6.5, cve: [], port: 8443, svc: 'www', synopsis: 'The SSL certificate chain for this service ends in an unrecognized self-signed certificate.', solution: 'Purchase or generate a proper SSL certificate for this service.', qid: 38169, oid: '1.3.6.1.4.1.25623.1.0.103140', nexpose: 'ssl-self-signed-certificate', control: 'SC-17' },
  { nessus: 104743, name: 'TLS Version 1.0 Protocol Detection', family: 'Service detection', severity: 'Medium', cvss3: 6.5, cve: [], port: 443, svc: 'www', synopsis: 'The remote service encrypts traffic using an older version of TLS.', solution: 'Enable support for TLS 1.2 and 1.3, and disable support for TLS 1.0.', qid: 38628, oid: '1.3.6.1.4.1.25623.1.0.117274', nexpose: 'tlsv1_0-enabled', control: 'SC-8' },
  { nessus: 42873, name: 'SSL Medium Strength Cipher Suites Supported (SWEET32)', family: 'General', severity: 'High', cvss3: 7.5, cve: ['CVE-2016-2183'], port: 443, svc: 'www', synopsis: 'The remote service supports the use of medium strength SSL ciphers.', solution: 'Reconfigure the affected application if possible to avoid use of medium strength ciphers.', qid: 38657, oid: '1.3.6.1.4.1.25623.1.0.108031', nexpose: 'ssl-cve-2016-2183-sweet32', control: 'SC-13' },
  { nessus: 70658, name: 'SSH Server CBC Mode Ciphers Enabled', family: 'Misc.', severity: 'Low', cvss3: 3.7, cve: ['CVE-2008-5161'], port: 22, svc: 'ssh', synopsis: 'The SSH server is configured to use Cipher Block Chaining.', solution: 'Contact the vendor or consult product documentation to disable CBC mode cipher encryption.', qid: 38738, oid: '1.3.6.1.4.1.25623.1.0.105611', nexpose: 'ssh-cbc-ciphers', control: 'SC-13' },
  { nessus: 71049, name: 'SSH Weak MAC Algorithms Enabled', family: 'Misc.', severity: 'Low', cvss3: 2.6, cve: [], port: 22, svc: 'ssh', synopsis: 'The remote SSH server is configured to allow MD5 and 96-bit MAC algorithms.', solution: 'Contact the vendor or consult product documentation to disable MD5 and 96-bit MAC algorithms.', qid: 38739, oid: '1.3.6.1.4.1.25623.1.0.105610', nexpose: 'ssh-weak-message-authentication-code-algorithms', control: 'SC-13' },
  { nessus: 187315, name: 'SSH Terrapin Prefix Truncation Weakness (CVE-2023-48795)', family: 'Misc.', severity: 'Medium', cvss3: 5.9, cve: ['CVE-2023-48795'], port: 22, svc: 'ssh', synopsis: 'The remote SSH server is vulnerable to a mitm prefix truncation attack.', solution: 'Contact the vendor for an update with the strict key exchange countermeasures or disable the affected algorithms.', qid: 38913, oid: '1.3.6.1.4.1.25623.1.0.151392', nexpose: 'ssh-cve-2023-48795', control: 'SI-2' },
  { nessus: 142960, name: 'HSTS Missing From HTTPS Server (RFC 6797)', family: 'Web Servers', severity: 'Medium', cvss3: 6.5, cve: [], port: 443, svc: 'www', synopsis: 'The remote web server is not enforcing HSTS, as defined by RFC 6797.', solution: 'Configure the remote web server to use HSTS.', qid: 11827, oid: '1.3.6.1.4.1.25623.1.0.105879', nexpose: 'http-hsts-missing', control: 'SC-8' },
  { nessus: 183390, name: 'Amazon Linux 2023 : openssl (ALAS2023-2024-512)', family: 'Amazon Linux Local Security Checks', severity: 'High', cvss3: 7.5, cve: ['CVE-2024-5535'], port: 0, svc: 'general', synopsis: 'The remote Amazon Linux 2023 host is missing a security update.', solution: "Run 'dnf update openssl --releasever 2023.5.20240708' to update your system.", qid: 285412, oid: '1.3.6.1.4.1.25623.1.1.2.2024.512', nexpose: 'amazon-linux-2023-cve-2024-5535', control: 'SI-2' },
  { nessus: 201198, name: 'PostgreSQL 15.x < 15.8 Multiple Vulnerabilities', family: 'Databases', severity: 'High', cvss3: 8.8, cve: ['CVE-2024-7348'], port: 5432, svc: 'postgresql', synopsis: 'The remote database server is affected by multiple vulnerabilities.', solution: 'Upgrade to PostgreSQL 15.8 or later.', qid: 240120, oid: '1.3.6.1.4.1.25623.1.0.114738', nexpose: 'postgres-cve-2024-7348', control: 'SI-2' },
  { nessus: 19506, name: 'Nessus Scan Information', family: 'Settings', severity: 'None', cvss3: 0, cve: [], port: 0, svc: 'general', synopsis: 'This plugin displays information about the Nessus scan.', solution: 'n/a', qid: 45038, oid: '1.3.6.1.4.1.25623.1.0.810002', nexpose: 'generic-scan-info', control: 'RA-5' },
  { nessus: 11936, name: 'OS Identification', family: 'General', severity: 'None', cvss3: 0, cve: [], port: 0, svc: 'general', synopsis: 'It is possible to guess the remote operating system.', solution: 'n/a', qid: 45017, oid: '1.3.6.1.4.1.25623.1.0.105937', nexpose: 'generic-os-fingerprint', control: 'CM-8' },
];

export const NESSUS_SEVERITY: Record<Severity, number> = { None: 0, Low: 1, Medium: 2, High: 3, Critical: 4 };

/** FedRAMP POA&M ratings have no Critical and say Moderate. */
export function poamRating(s: Severity): 'Low' | 'Moderate' | 'High' {
  return s === 'Critical' || s === 'High' ? 'High' : s === 'Medium' ? 'Moderate' : 'Low';
}

export interface Host {
  ip: string;
  fqdn: string;
  netbios: string;
  os: string;
  mac: string;
  role: string;
}

export const OSES = ['Amazon Linux 2023', 'Ubuntu 22.04 LTS', 'Red Hat Enterprise Linux 9.4', 'Microsoft Windows Server 2022 Datacenter', 'Bottlerocket OS 1.20'] as const;
