import type { Block } from '../kit/blocks.js';
import { h1, h2, h3, line, numberHeadings, p, table, title, tocOf } from '../kit/blocks.js';
import type { Rng } from '../kit/rng.js';
import { acronyms } from './common.js';
import type { Agency, Assessor, Csp } from './orgs.js';
import { proprietary, revisionHistory } from './orgs.js';

interface ControlText {
  readonly id: string;
  readonly name: string;
  readonly parts: readonly string[];
  readonly role: string;
  readonly origination: string;
}

function controls(csp: Csp): ControlText[] {
  return [
    {
      id: 'AC-2',
      name: 'Account Management',
      role: 'ISSO; Identity and Access Management team',
      origination: 'Service Provider Corporate; Service Provider System Specific',
      parts: [
        `Part a: ${csp.short} defines four account types for ${csp.acronym}: customer tenant accounts, privileged operations accounts, service accounts and emergency ("break-glass") accounts. Shared and group accounts are prohibited except for the two break-glass accounts, whose credentials are sealed in the corporate vault.`,
        `Part b: Each privileged account has an account manager named in the access request ticket; account managers are the team leads of Site Reliability Engineering, Security Operations and Database Engineering.`,
        `Part c: Membership in each role requires a completed background investigation, signed Rules of Behavior and the manager's approval recorded in the ticketing system before provisioning.`,
        `Part d through f: Accounts are created, modified, disabled and removed only through the identity governance workflow; the workflow enforces the approval chain and records the approver, the date and the access granted.`,
        `Part g: Privileged account activity is monitored by the SIEM; alerts for use outside approved change windows are triaged by the Security Operations Center within one hour.`,
        `Part h: Account managers are notified within eight hours when accounts are no longer required, when users are terminated or transferred, or when need-to-know changes.`,
      ],
    },
    {
      id: 'AC-17',
      name: 'Remote Access',
      role: 'Network Engineering',
      origination: 'Service Provider System Specific',
      parts: [
        `All administrative access to ${csp.acronym} is remote. Operators connect through the ${csp.short} zero-trust access proxy, which requires phishing-resistant multi-factor authentication with a FIPS 140-validated authenticator and a managed, compliant endpoint. Sessions terminate after 15 minutes of inactivity.`,
        `Remote access is authorized per role before connection is allowed; the proxy policies are maintained as code and changed only through the configuration management process described in the Configuration Management Plan.`,
      ],
    },
    {
      id: 'AU-2',
      name: 'Event Logging',
      role: 'Security Operations',
      origination: 'Service Provider System Specific; Inherited from the underlying IaaS (FedRAMP authorized)',
      parts: [
        `Part a: ${csp.acronym} logs authentication successes and failures, privilege use, account management actions, object access to customer data stores, changes to security configuration, and administrative API calls to the hosting provider.`,
        `Part c and d: The list of audited events is reviewed annually with the Incident Response team and updated when new components are introduced, so that events needed for after-the-fact investigations are retained.`,
      ],
    },
    {
      id: 'CM-6',
      name: 'Configuration Settings',
      role: 'Platform Engineering',
      origination: 'Service Provider System Specific',
      parts: [
        `Part a: Configuration baselines are based on the CIS Benchmarks (Level 1) for the operating systems and container runtime in use, with deviations documented in the baseline workbook. Baselines are applied by the build pipeline to golden images.`,
        `Part b and c: Hosts are scanned monthly with authenticated configuration compliance scans; deviations are tracked as POA&M items unless a documented, approved exception exists.`,
      ],
    },
    {
      id: 'IA-2',
      name: 'Identification and Authentication (Organizational Users)',
      role: 'Identity and Access Management team',
      origination: 'Service Provider Corporate',
      parts: [
        `Organizational users are uniquely identified through the corporate identity provider and authenticate with multi-factor authentication for both privileged and non-privileged accounts. Authenticators are FIDO2 security keys or PIV-derived credentials; SMS and voice one-time codes are disabled.`,
      ],
    },
    {
      id: 'RA-5',
      name: 'Vulnerability Monitoring and Scanning',
      role: 'Vulnerability Management team',
      origination: 'Service Provider System Specific',
      parts: [
        `Operating system, database and web application scans run at least monthly across the full inventory listed in the Integrated Inventory Workbook. Scans are authenticated. Findings are remediated within 30 days for High, 90 days for Moderate and 180 days for Low risk, and open findings are carried in the POA&M delivered monthly to the authorizing agency.`,
        `Scan results are shared with the agency's continuous monitoring team by the 13th of each month together with the updated inventory and POA&M.`,
      ],
    },
    {
      id: 'SC-7',
      name: 'Boundary Protection',
      role: 'Network Engineering',
      origination: 'Service Provider System Specific; Shared (customer configures tenant allow-lists)',
      parts: [
        `Part a: The boundary is enforced by web application firewalls, load balancers that terminate TLS, and security groups that deny by default. Internal subnets hosting databases have no route to the internet.`,
        `Part b: Publicly accessible components are placed in a separate subnet from internal components; the separation is shown in the authorization boundary diagram (Figure 9-1).`,
        `Part c: Connections to external networks occur only through managed interfaces listed in Table 11-1, System Interconnections.`,
      ],
    },
    {
      id: 'SC-13',
      name: 'Cryptographic Protection',
      role: 'Platform Engineering',
      origination: 'Service Provider System Specific',
      parts: [
        `${csp.acronym} uses FIPS 140-validated modules for data in transit (TLS 1.2 and 1.3 with approved cipher suites) and at rest (AES-256 through the hosting provider's key management service). The validated modules and their certificate numbers are listed in Appendix Q, Cryptographic Modules Table.`,
      ],
    },
    {
      id: 'SI-2',
      name: 'Flaw Remediation',
      role: 'Platform Engineering; Vulnerability Management team',
      origination: 'Service Provider System Specific',
      parts: [
        `Security-relevant patches are tested in the staging environment and deployed through immutable image rebuilds. Emergency patches for vulnerabilities in CISA's Known Exploited Vulnerabilities catalog are applied by the catalog due date, which overrides the standard remediation timeframes.`,
      ],
    },
  ];
}

function controlBlocks(c: ControlText, style: 'template' | 'narrative'): Block[] {
  if (style === 'narrative') return [h3(`${c.id} ${c.name}`), ...c.parts.map(p), p(`Responsible role: ${c.role}. Control origination: ${c.origination}. Implementation status: Implemented.`)];
  return [
    h3(`${c.id} ${c.name}`),
    table([
      [`${c.id} Control Summary Information`, ''],
      ['Responsible Role:', c.role],
      ['Implementation Status (check all that apply):', '☒ Implemented   ☐ Partially implemented   ☐ Planned   ☐ Alternative implementation   ☐ Not applicable'],
      ['Control Origination (check all that apply):', c.origination],
    ]),
    table([[`${c.id} What is the solution and how is it implemented?`], ...c.parts.map((t) => [t])]),
  ];
}

export interface SspVariant {
  readonly csp: Csp;
  readonly agency: Agency;
  readonly assessor: Assessor;
  readonly version: string;
  readonly date: string;
  readonly style: 'template' | 'narrative';
  readonly cover: 'cover' | 'after-history';
}

/** A System Security Plan in the FedRAMP Rev5 template's structure, filled in by the CSP. */
export function sspBlocks(v: SspVariant, r: Rng): Block[] {
  const { csp, agency } = v;
  const infoTypes = [
    ['C.3.5.1 System Development', 'Low', 'Moderate', 'Low'],
    ['C.3.5.8 Information Security', 'Moderate', 'Moderate', 'Low'],
    ['D.20.1 Record Retention / Information Management', 'Moderate', 'Moderate', 'Low'],
    ['C.2.8.9 Personnel Identity and Authentication', 'Moderate', 'Moderate', 'Moderate'],
  ];
  const body: Block[] = [
    h1('Information System Name/Title'),
    p(`This System Security Plan provides an overview of the security requirements for the ${csp.cso} (${csp.acronym}) and describes the controls in place or planned for implementation to provide a level of security appropriate for the information to be transmitted, processed or stored by the system. Information security is vital to our critical infrastructure and its effective performance and protection is a key component of our national security program. Proper management of information technology systems is essential to ensure the confidentiality, integrity and availability of the data transmitted, processed or stored by the ${csp.acronym} information system.`),
    table([['Unique Identifier', 'Information System Name', 'Information System Abbreviation'], [csp.fedrampId, csp.cso, csp.acronym]]),
    h1('Information System Categorization'),
    p(`The overall information system sensitivity categorization is noted in the table that follows. The categorization was performed with the FIPS 199 Categorization attachment (Attachment 10) using the information types of NIST SP 800-60 Volume II.`),
    table([['System Sensitivity Level:', csp.level]]),
    h2('Information Types'),
    table([['Information Type (NIST SP 800-60 identifier)', 'Confidentiality', 'Integrity', 'Availability'], ...infoTypes]),
    h2('Security Objectives Categorization (FIPS 199)'),
    table([['Security Objective', 'Low, Moderate or High'], ['Confidentiality', csp.level], ['Integrity', csp.level], ['Availability', csp.level === 'High' ? 'High' : 'Moderate']]),
    h2('Digital Identity Determination'),
    p(`The digital identity level was determined with the Digital Identity Worksheet (Attachment 3). ${csp.acronym} supports Identity Assurance Level ${csp.level === 'Low' ? '1' : '2'}, Authenticator Assurance Level ${csp.level === 'High' ? '3' : '2'} and Federation Assurance Level ${csp.level === 'Low' ? '1' : '2'}.`),
    h1('Information System Owner'),
    table([['Name', csp.iso], ['Title', 'Vice President, Government Cloud'], ['Company / Organization', csp.name], ['Address', csp.address], ['Phone Number', `(703) 555-0${r.int(100, 199)}`], ['Email Address', `${csp.iso.split(' ')[0]?.toLowerCase() ?? 'owner'}@${csp.domain}`]], false),
    h1('Authorizing Official'),
    p(`The Authorizing Official for this agency authorization is ${agency.ao}, ${agency.aoTitle}, ${agency.name}.`),
    h1('Other Designated Contacts'),
    table([['Role', 'Name', 'Organization'], ['Information System Security Officer', csp.isso, csp.name], ['Chief Information Security Officer', csp.ciso, csp.name], ['Technical Point of Contact', csp.engineer, csp.name], ['Independent Assessor', v.assessor.lead, v.assessor.name]]),
    h1('Information System Operational Status'),
    p(`The system is currently: ☒ Operational  ☐ Under Development  ☐ Major Modification. ${csp.acronym} has served commercial customers since 2021 and state and local government customers since 2023.`),
    h1('Information System Type'),
    p(`${csp.acronym} uses the ${csp.model} cloud service model and a Government Only Community Cloud deployment model. The underlying infrastructure is ${csp.hosting}, which holds its own FedRAMP authorization; controls inherited from it are identified in the control origination of each control in Section 13 and in the CIS/CRM Workbook (Attachment 11).`),
    h2('Leveraged FedRAMP-Authorized Services'),
    table([['CSP / CSO Name', 'Authorization Type', 'Impact Level', 'Nature of Agreement'], [csp.hosting, 'JAB P-ATO', 'High', 'Enterprise agreement'], ['Okta for Government High', 'Agency ATO', 'High', 'Subscription']]),
    h1('General System Description'),
    p(`${csp.cso} ${csp.model === 'Software as a Service (SaaS)' ? 'lets agency staff create, route, search and retain records of their business processes through a browser and a REST API' : 'provides agencies with managed compute, container orchestration, managed databases and object storage that agency application teams deploy to through an API and a web console'}. Customers authenticate with their own identity provider through SAML 2.0 or OpenID Connect federation. Each agency tenant is logically separated with tenant-scoped encryption keys and network policies.`),
    h2('System Function or Purpose'),
    p(`The purpose of ${csp.acronym} is to give federal agencies a managed ${csp.model.split(' (')[0]?.toLowerCase() ?? 'cloud service'} that meets the FedRAMP ${csp.level} baseline without requiring the agency to operate the underlying platform.`),
    h2('Information System Components and Boundaries'),
    p(`The authorization boundary is depicted in Figure 9-1 and includes the web tier, the application services cluster, the data tier, the logging and monitoring stack and the management plane. Components outside the boundary — the corporate ticketing system, the corporate e-mail service and the developers' workstations — are shown in grey and connect only through the managed interfaces described in Section 11.`),
    h2('Types of Users'),
    table([['Role', 'Internal or External', 'Privileged (P), Non-Privileged (NP), or No Logical Access (NLA)', 'Sensitivity Level', 'Authorized Privileges'], ['Site Reliability Engineer', 'Internal', 'P', 'Moderate Risk / Tier 2', 'Full administrative access to the platform'], ['Security Analyst', 'Internal', 'P', 'Moderate Risk / Tier 2', 'Read access to logs, SIEM administration'], ['Customer Administrator', 'External', 'NP', 'N/A', 'Tenant configuration, user management within the tenant'], ['Customer End User', 'External', 'NP', 'N/A', 'Use of the service within assigned roles']]),
    h2('Network Architecture'),
    p(`Network traffic enters through ${csp.short}'s web application firewall and public load balancers into the DMZ subnets; application services run in private subnets across three availability zones; data stores run in isolated subnets with no internet route. Administrative traffic reaches the management subnets only through the access proxy. The network diagram (Figure 9-2) shows every subnet and the allowed flows; the data flow diagram (Figure 10-1) shows customer data, audit data and administrative flows.`),
    h1('System Environment and Inventory'),
    p(`Directions for the system inventory are in Attachment 13, the FedRAMP Integrated Inventory Workbook, which lists every virtual machine, container image, database instance, network device and software component inside the boundary. The inventory is refreshed monthly and submitted with the continuous monitoring deliverables.`),
    h2('Data Flow'),
    p(`Customer data enters through TLS 1.2 or later, is processed by the application services and is stored encrypted at rest. Backups are replicated to the secondary region. Audit logs flow from every component to the log aggregation tier and from there to the SIEM, where they are retained online for 90 days and in archive for one year.`),
    h2('Ports, Protocols and Services'),
    table([['Port (TCP/UDP)', 'Protocol', 'Service', 'Purpose', 'Used By'], ['443 TCP', 'HTTPS', 'Web / API', 'Customer access to the service', 'Customers'], ['5432 TCP', 'PostgreSQL over TLS', 'Database', 'Application to database', 'Application services'], ['6514 TCP', 'Syslog over TLS', 'Logging', 'Log forwarding to the SIEM', 'All components'], ['123 UDP', 'NTP', 'Time', 'Time synchronization with authoritative sources', 'All components']]),
    h1('System Interconnections'),
    table([['SP IP Address and Interface', 'External Organization Name and IP Address', 'External Point of Contact', 'Connection Security', 'Data Direction', 'Information Being Transmitted'], ['Egress NAT gateways', 'Customer identity providers (various)', 'Agency ICAM teams', 'TLS 1.2, SAML 2.0 signed assertions', 'Incoming', 'Authentication assertions'], ['Log forwarder', 'Agency SOC (on request)', 'Agency SOC lead', 'TLS 1.2 with mutual authentication', 'Outgoing', 'Tenant audit events']]),
    h1('Laws, Regulations, Standards and Guidance'),
    p(`The laws, regulations, standards and guidance that apply to ${csp.acronym} are listed in Attachment 12, FedRAMP Laws and Regulations, which this section incorporates by reference; ${csp.short} additionally follows OMB Circular A-130 and the agency-specific requirements identified in the partnership agreement with ${agency.short}.`),
    h1('Minimum Security Controls'),
    p(`Security controls must meet minimum security control baseline requirements. The ${csp.level} baseline of NIST SP 800-53 Revision 5 as tailored by FedRAMP applies. The following sections describe how each control is implemented. Customer responsibilities are summarized in the Customer Responsibility Matrix of Attachment 11; policies and procedures referenced by the "-1" controls are in Attachment 1.`),
    h2('Access Control (AC)'),
    ...controls(csp).filter((c) => c.id.startsWith('AC')).flatMap((c) => controlBlocks(c, v.style)),
    h2('Audit and Accountability (AU)'),
    ...controls(csp).filter((c) => c.id.startsWith('AU')).flatMap((c) => controlBlocks(c, v.style)),
    h2('Configuration Management (CM)'),
    ...controls(csp).filter((c) => c.id.startsWith('CM')).flatMap((c) => controlBlocks(c, v.style)),
    h2('Identification and Authentication (IA)'),
    ...controls(csp).filter((c) => c.id.startsWith('IA')).flatMap((c) => controlBlocks(c, v.style)),
    h2('Risk Assessment (RA)'),
    ...controls(csp).filter((c) => c.id.startsWith('RA')).flatMap((c) => controlBlocks(c, v.style)),
    h2('System and Communications Protection (SC)'),
    ...controls(csp).filter((c) => c.id.startsWith('SC')).flatMap((c) => controlBlocks(c, v.style)),
    h2('System and Information Integrity (SI)'),
    ...controls(csp).filter((c) => c.id.startsWith('SI')).flatMap((c) => controlBlocks(c, v.style)),
    h1('Attachments'),
    table([['Attachment', 'Title', 'File Name'], ['1', 'Information Security Policies and Procedures', `${csp.acronym}_A01_Policies.docx`], ['2', 'User Guide', `${csp.acronym}_A02_UserGuide.docx`], ['3', 'Digital Identity Worksheet', `${csp.acronym}_A03_DIW.docx`], ['4', 'Privacy Threshold Analysis / Privacy Impact Assessment', `${csp.acronym}_A04_PTA_PIA.docx`], ['5', 'Rules of Behavior', `${csp.acronym}_A05_RoB.docx`], ['6', 'Information System Contingency Plan', `${csp.acronym}_A06_ISCP.docx`], ['7', 'Configuration Management Plan', `${csp.acronym}_A07_CMP.docx`], ['8', 'Incident Response Plan', `${csp.acronym}_A08_IRP.docx`], ['9', 'CIS/CRM Workbook', `${csp.acronym}_A09_CIS_CRM.xlsx`], ['10', 'FIPS 199', `${csp.acronym}_A10_FIPS199.docx`], ['11', 'Separation of Duties Matrix', `${csp.acronym}_A11_SoD.xlsx`], ['12', 'FedRAMP Laws and Regulations', `${csp.acronym}_A12_Laws.xlsx`], ['13', 'Integrated Inventory Workbook', `${csp.acronym}_A13_Inventory.xlsx`]]),
    ...acronyms([['SSP', 'System Security Plan'], ['CIS', 'Control Implementation Summary'], ['CRM', 'Customer Responsibility Matrix']]),
  ];
  const numbered = numberHeadings(body);
  const cover: Block[] = [
    line(csp.name, true, 'center'),
    title(csp.cso, 40),
    title('System Security Plan', 52),
    line(`FedRAMP ${csp.level} Baseline — Agency Authorization (${agency.short})`, false, 'center'),
    line(`Version ${v.version} — ${v.date}`, false, 'center'),
    line('CONTROLLED UNCLASSIFIED INFORMATION', true, 'center'),
  ];
  const history = revisionHistory([
    ['06/30/2024', '1.0', 'Initial release for agency review', csp.isso],
    ['10/18/2024', '2.0', `Updated after ${agency.short} SSP review comments (23 comments dispositioned)`, csp.isso],
    ['01/09/2025', '2.1', 'Added leveraged identity service; updated boundary diagram', csp.engineer],
    [v.date, v.version, 'Frozen for 3PAO assessment', csp.isso],
  ]);
  const front: Block[] = [proprietary(csp.name), ...history, line('Table of Contents', true), tocOf(numbered, 4)];
  return v.cover === 'cover' ? [...cover, { kind: 'break' }, ...front, { kind: 'break' }, ...numbered] : [...history, proprietary(csp.name), ...cover, { kind: 'break' }, ...numbered];
}

