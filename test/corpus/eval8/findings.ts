/** Vulnerability and configuration findings shared by the POA&M workbooks and the scan exports. */
export interface Finding {
  key: string;
  name: string;
  desc: string;
  plugin: string;
  family: string;
  cve: string;
  cvss: number;
  risk: 'High' | 'Moderate' | 'Low';
  controls: string;
  hosts: number[];
  port: number;
  proto: string;
  solution: string;
  detected: string;
  kev?: string; // KEV due date
  product?: string;
  config?: boolean;
}

export const FINDINGS: Finding[] = [
  {
    key: 'openssh', name: 'OpenSSH < 9.8 Signal Handler Race Condition (regreSSHion)', plugin: '201194', family: 'Misc.', cve: 'CVE-2024-6387', cvss: 8.1, risk: 'High', controls: 'RA-5, SI-2', hosts: [8, 9, 10], port: 22, proto: 'tcp',
    desc: 'A signal handler race condition in sshd allows an unauthenticated remote attacker to execute arbitrary code as root on glibc-based Linux systems. The installed version of OpenSSH is 9.6p1.',
    solution: 'Upgrade to OpenSSH 9.8p1 or the vendor back-ported package openssh-8.7p1-38.amzn2023.0.4 or later.', detected: '2025-07-03',
  },
  {
    key: 'kernel', name: 'Amazon Linux 2023 : kernel (ALAS2023-2025-836)', plugin: '214566', family: 'Amazon Linux Local Security Checks', cve: 'CVE-2024-53104', cvss: 7.8, risk: 'High', controls: 'RA-5, SI-2', hosts: [0, 1, 2, 3, 7], port: 0, proto: 'tcp',
    desc: 'The version of kernel installed on the remote host is prior to 6.1.127-135.201. An out-of-bounds write in the uvcvideo driver (uvc_parse_format) can lead to privilege escalation. This CVE is in the CISA Known Exploited Vulnerabilities catalog.',
    solution: "Run 'dnf update kernel --releasever 2023.6.20250203' and reboot.", detected: '2025-02-11', kev: '2025-02-26',
  },
  {
    key: 'postgres', name: 'PostgreSQL 15.x < 15.8 Multiple Vulnerabilities', plugin: '205136', family: 'Databases', cve: 'CVE-2024-7348', cvss: 7.5, risk: 'Moderate', controls: 'RA-5, SI-2, CM-6', hosts: [7], port: 5432, proto: 'tcp',
    desc: 'The version of PostgreSQL installed on the remote host is 15.6. A time-of-check time-of-use race condition in pg_dump allows an object creator to execute arbitrary SQL functions as the user running pg_dump.',
    solution: 'Upgrade to PostgreSQL 15.8 or later (RDS engine version 15.10 recommended).', detected: '2025-05-06', product: 'Amazon RDS for PostgreSQL',
  },
  {
    key: 'tls', name: 'TLS Version 1.0 / 1.1 Protocol Detection', plugin: '104743', family: 'Service detection', cve: '', cvss: 6.5, risk: 'Moderate', controls: 'SC-8(1), SC-13', hosts: [4, 5, 6], port: 9100, proto: 'tcp',
    desc: 'The remote service (node exporter metrics endpoint) accepts connections encrypted using TLS 1.0 and TLS 1.1, which use weak cryptographic algorithms and are deprecated.',
    solution: 'Configure the service to accept only TLS 1.2 and TLS 1.3 with FIPS-approved cipher suites.', detected: '2025-06-05',
  },
  {
    key: 'tomcat', name: 'Apache Tomcat 9.0.x < 9.0.99 Remote Code Execution', plugin: '232837', family: 'Web Servers', cve: 'CVE-2025-24813', cvss: 9.8, risk: 'High', controls: 'RA-5, SI-2', hosts: [11], port: 8443, proto: 'tcp',
    desc: 'The version of Apache Tomcat on the ETL host is 9.0.97. Path equivalence in the default servlet with partial PUT enabled allows remote code execution or information disclosure. Listed in the CISA KEV catalog.',
    solution: 'Upgrade to Apache Tomcat 9.0.99 or later.', detected: '2025-04-02', kev: '2025-04-22',
  },
  {
    key: 'libxml2', name: 'libxml2 use-after-free in xmlSchemaIDCFillNodeTables', plugin: 'CVE-2024-56171', family: 'Container image', cve: 'CVE-2024-56171', cvss: 7.8, risk: 'Moderate', controls: 'RA-5, SI-2', hosts: [4, 5], port: 0, proto: 'tcp',
    desc: 'libxml2 before 2.12.10 has a use-after-free in xmlSchemaIDCFillNodeTables and xmlSchemaBubbleIDCNodeTables when validating a crafted document against an XML schema.',
    solution: 'Rebuild the recon-worker image on alpine 3.20.6 (libxml2 2.12.10-r0).', detected: '2025-03-04',
  },
  {
    key: 'undici', name: 'undici insufficiently random multipart boundary', plugin: 'GHSA-c76h-2ccp-4975', family: 'Container image', cve: 'CVE-2025-22150', cvss: 6.8, risk: 'Moderate', controls: 'RA-5, SI-2', hosts: [2, 3], port: 0, proto: 'tcp',
    desc: 'undici 6.x before 6.21.1 uses Math.random() to choose the boundary of multipart/form-data requests, which may allow an attacker to tamper with requests to other systems.',
    solution: 'Upgrade the api-gateway image dependency undici to 6.21.1.', detected: '2025-02-04',
  },
  {
    key: 'openssl', name: 'OpenSSL SSL_select_next_proto buffer overread', plugin: '201084', family: 'General', cve: 'CVE-2024-5535', cvss: 5.9, risk: 'Low', controls: 'RA-5, SI-2', hosts: [0, 1], port: 0, proto: 'tcp',
    desc: 'Calling SSL_select_next_proto with an empty supported client protocols buffer may cause a crash or memory contents to be sent to the peer.',
    solution: 'Update openssl-libs to 3.0.8-1.amzn2023.0.14 or later.', detected: '2025-03-11',
  },
  {
    key: 'sshmac', name: 'SSH Weak MAC Algorithms Enabled', plugin: '71049', family: 'Misc.', cve: '', cvss: 2.6, risk: 'Low', controls: 'SC-8, CM-6', hosts: [8, 9], port: 22, proto: 'tcp',
    desc: 'The remote SSH server is configured to allow MD5 and 96-bit MAC algorithms (hmac-sha1-96).',
    solution: 'Remove the weak MAC algorithms from the MACs directive of sshd_config.', detected: '2025-05-06',
  },
  {
    key: 'hsts', name: 'Strict-Transport-Security Header Not Set', plugin: '10035', family: 'Web application', cve: '', cvss: 3.1, risk: 'Low', controls: 'SC-8', hosts: [0], port: 443, proto: 'tcp',
    desc: 'HTTP Strict Transport Security is not set on the /static/ path of the customer application served by CloudFront.',
    solution: 'Add the Strict-Transport-Security header with max-age of at least one year at the CloudFront response headers policy.', detected: '2025-06-10',
  },
  {
    key: 'xss', name: 'Cross-site scripting (reflected) in /reports/search', plugin: '2097920', family: 'Web application', cve: '', cvss: 6.1, risk: 'Moderate', controls: 'SI-10, SA-11', hosts: [0, 1], port: 443, proto: 'tcp',
    desc: 'The value of the filter request parameter is copied into the HTML document as plain text between tags without encoding, allowing injection of arbitrary JavaScript.',
    solution: 'Apply context-aware output encoding to the filter parameter and add it to the CSP nonce policy.', detected: '2025-06-10',
  },
  {
    key: 'java8', name: 'Oracle Java SE 8 Unsupported Version (legacy Treasury formatter)', plugin: '171235', family: 'Misc.', cve: '', cvss: 6.5, risk: 'Moderate', controls: 'SA-22, SI-2', hosts: [7], port: 0, proto: 'tcp',
    desc: 'The Treasury report formatter requires Java SE 8u421; the runtime is supported only through the vendor extended support contract. Operational requirement approved by DOT on 2024-09-30.',
    solution: 'Replace the formatter with the Java 21 version planned by the vendor for Q1 2026.', detected: '2024-08-05', product: 'TreasuryFmt 4.2',
  },
  {
    key: 'auditd', name: 'CIS AL2023 4.1.2.2 Ensure audit logs are not automatically deleted', plugin: '1011523', family: 'Policy Compliance', cve: '', cvss: 0, risk: 'Low', controls: 'AU-4, AU-5, CM-6', hosts: [2, 3, 4], port: 0, proto: 'tcp',
    desc: 'max_log_file_action in /etc/audit/auditd.conf is set to ROTATE instead of keep_logs on the API and worker nodes.',
    solution: 'Set max_log_file_action = keep_logs in the golden AMI and re-deploy node groups.', detected: '2025-06-05', config: true,
  },
  {
    key: 'rdslog', name: 'RDS parameter group: log_connections disabled', plugin: 'RDS.PG.LOG.1', family: 'Policy Compliance', cve: '', cvss: 0, risk: 'Moderate', controls: 'AU-2, AU-12, CM-6', hosts: [7], port: 5432, proto: 'tcp',
    desc: 'The Aurora PostgreSQL cluster parameter group lcg-prd-aurora-pg15 has log_connections = 0 and log_disconnections = 0.',
    solution: 'Enable both parameters and verify the events reach the SIEM.', detected: '2025-04-11', config: true,
  },
  {
    key: 'curl', name: 'curl HTTP/2 push headers memory leak', plugin: '192941', family: 'Amazon Linux Local Security Checks', cve: 'CVE-2024-2398', cvss: 4.3, risk: 'Low', controls: 'RA-5, SI-2', hosts: [8, 9, 10, 11], port: 0, proto: 'tcp',
    desc: 'When an application tells libcurl it wants to allow HTTP/2 server push and the amount of received headers exceeds the limit, libcurl fails to release previously allocated headers.',
    solution: 'Update curl and libcurl-minimal to 8.5.0-1.amzn2023.0.4 or later.', detected: '2025-04-08',
  },
  {
    key: 'jquery', name: 'jQuery < 3.5.0 Cross-Site Scripting', plugin: '136929', family: 'CGI abuses : XSS', cve: 'CVE-2020-11023', cvss: 6.9, risk: 'Moderate', controls: 'RA-5, SI-2', hosts: [0, 1], port: 443, proto: 'tcp',
    desc: 'The legacy administration console bundles jQuery 3.4.1. Passing HTML containing option elements from untrusted sources to DOM manipulation methods may execute untrusted code. Listed in the CISA KEV catalog.',
    solution: 'Upgrade the bundled jQuery to 3.7.1 or remove the legacy console.', detected: '2025-01-28', kev: '2025-02-13',
  },
  {
    key: 'requests', name: 'python-requests Session verify=False persistence', plugin: 'GHSA-9wx4-h78v-vm56', family: 'Container image', cve: 'CVE-2024-35195', cvss: 5.6, risk: 'Moderate', controls: 'RA-5, SI-2', hosts: [11], port: 0, proto: 'tcp',
    desc: 'When the first request of a Session is made with verify=False, all subsequent requests to the same host continue to ignore certificate verification.',
    solution: 'Upgrade requests to 2.32.0 or later in the etl-runner image.', detected: '2025-05-20',
  },
  {
    key: 'nginx', name: 'nginx 1.26.x < 1.26.2 ngx_http_mp4_module vulnerability', plugin: '205167', family: 'Web Servers', cve: 'CVE-2024-7347', cvss: 4.7, risk: 'Low', controls: 'RA-5, SI-2', hosts: [0, 1], port: 443, proto: 'tcp',
    desc: 'A specially crafted mp4 file may cause a worker process memory over-read when the ngx_http_mp4_module is compiled in. The module is compiled but not enabled.',
    solution: 'Upgrade nginx to 1.26.2 or later.', detected: '2025-03-11',
  },
];

export const byKey = (k: string): Finding => {
  const f = FINDINGS.find((x) => x.key === k);
  if (!f) throw new Error(`no finding ${k}`);
  return f;
};

export function dueDate(f: Finding): string {
  if (f.kev) return f.kev;
  const days = f.risk === 'High' ? 30 : f.risk === 'Moderate' ? 90 : 180;
  const d = new Date(`${f.detected}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
