import type { Rng } from './rng.js';
import type { Csp } from './world.js';
import type { Control } from './controls.js';

/** Fills {cso}, {csp}, {short}, ... from the client profile. */
export function fill(template: string, c: Csp): string {
  return template.replace(/\{(\w+)\}/g, (m, key: string) => {
    const v = (c as unknown as Record<string, unknown>)[key];
    return typeof v === 'string' ? v : m;
  });
}

const FAMILY: Record<string, string[]> = {
  AC: [
    'Accounts are requested through a {ticket} access request that records the business justification, the approving manager and the data owner approval before the account is provisioned in {idp}.',
    'Privileged roles are granted through just-in-time elevation that expires after eight hours; standing administrative access is not permitted in the production enclave.',
    'The account manager for each account type is recorded in the account management procedure, and the ISSO reviews group memberships quarterly for privileged users and annually for non-privileged users.',
    'Session termination and lock settings are enforced centrally: interactive sessions lock after fifteen minutes of inactivity and are terminated after the maximum session lifetime configured in {idp}.',
    'Remote access to the management plane is only possible through the bastion service, which requires phishing-resistant multi-factor authentication and records every session for later review.',
    'Information flow between the customer tenant networks and the management network is enforced by security groups and network ACLs defined in code and reviewed through merge requests in {repo}.',
    'Accounts that remain inactive for ninety days are automatically disabled by a scheduled job, and the disabling event is forwarded to {siem} for review by the security operations team.',
    'Customer administrators are responsible for managing the accounts of their own agency users inside the application, as described in the customer responsibility matrix.',
  ],
  AT: [
    'All personnel complete security and privacy awareness training before being granted access and annually thereafter; completion is tracked in the learning management system and reported to the ISSO monthly.',
    'Role-based training is provided to administrators, developers and incident responders and covers secure configuration, secure coding and the handling of federal information.',
    'Training content includes recognizing and reporting insider threat indicators and social engineering, and is refreshed whenever the threat landscape or the system changes significantly.',
    'Training records are retained for at least one year, or five years for personnel with privileged access, as required by the organization-defined retention period.',
    'Phishing simulation exercises are run quarterly and users who fail a simulation are enrolled in targeted remedial training.',
  ],
  AU: [
    'Audit records from operating systems, databases, load balancers, the identity provider and the application are forwarded to {siem} in near real time over encrypted channels.',
    'Each audit record contains the type of event, the time stamp in UTC, the source and destination, the outcome and the identity of the individual or process associated with the event.',
    'Audit storage capacity is monitored and alerts are raised to the on-call engineer when ingestion volume exceeds seventy-five percent of the allocated daily license or storage quota.',
    'The security operations team reviews correlated alerts daily and documents the review of high-fidelity detections in {ticket}; weekly reviews cover privileged activity and authentication anomalies.',
    'Audit logs are retained online for ninety days and in cold storage for a minimum of one year, in accordance with the FedRAMP requirements and OMB M-21-31.',
    'System clocks are synchronized to authoritative time sources, and time stamps are recorded with a granularity of one second or better.',
    'Access to audit information and audit tools is restricted to the security operations role, and changes to logging configuration require an approved change request.',
  ],
  CA: [
    'The independent assessment is performed annually by the FedRAMP-recognized 3PAO ({threePao}), and the assessment results are documented in the Security Assessment Report.',
    'Findings from assessments, scans and incidents are tracked in the Plan of Action and Milestones, which is updated and delivered to the authorizing agency monthly.',
    'The continuous monitoring strategy defines the metrics, frequencies and reporting channels used to maintain ongoing awareness of the security posture of {cso}.',
    'Interconnections with external systems are documented with interconnection security agreements and reviewed annually by the system owner ({owner}).',
    'Penetration testing is performed at least annually by the 3PAO using the FedRAMP penetration test guidance and covers the external, internal and application attack vectors.',
  ],
  CM: [
    'Baseline configurations are maintained as code in {repo} and derived from the applicable CIS Benchmarks and DISA STIGs, with deviations documented and approved by the Change Advisory Board.',
    'All changes to the production environment follow the change management process described in the Configuration Management Plan, including security impact analysis, testing in the staging environment and CAB approval.',
    'The component inventory is generated automatically from the cloud provider APIs and the endpoint agent, reconciled monthly against the Integrated Inventory Workbook and updated as part of installations and removals.',
    'Unnecessary functions, ports, protocols and services are disabled in the hardened images, and the list of permitted services is maintained in the SSP ports, protocols and services table.',
    'Configuration drift is detected by daily compliance scans with {scanner}; drift from the approved baseline generates a ticket in {ticket} for remediation.',
    'Software installation by users is prohibited on production systems; only packages published through the internal artifact repository may be deployed by the pipeline.',
  ],
  CP: [
    'The Information System Contingency Plan defines recovery roles, notification procedures and the recovery strategies for each critical component of {cso}.',
    'Backups of production data are performed through {backup} and are encrypted with FIPS 140-validated modules; backup integrity is verified monthly through test restores.',
    'The contingency plan is tested annually through a functional exercise, and lessons learned are incorporated into the plan within thirty days of the exercise.',
    'An alternate processing capability is available in a geographically separate region so that essential mission functions can be resumed within the recovery time objective.',
    'Contingency training is provided to personnel with recovery responsibilities within ten days of assuming the role and annually thereafter.',
  ],
  IA: [
    'Users are uniquely identified and authenticated by {idp}; phishing-resistant multi-factor authentication is required for all privileged and non-privileged access to the system.',
    'Federal users may authenticate with PIV or CAC credentials through agency federation, and the system accepts only identity assertions that meet FAL2 or higher.',
    'Authenticators are managed according to NIST SP 800-63B: passwords are screened against lists of compromised values, and initial authenticators are delivered through an out-of-band channel.',
    'Device identification for management connections relies on mutually authenticated TLS certificates issued by the internal certificate authority.',
    'Cryptographic modules used for authentication are FIPS 140-2 or FIPS 140-3 validated; certificate numbers are listed in the cryptographic modules table of the SSP.',
    'Service accounts authenticate with short-lived credentials issued by the secrets management service and rotated automatically.',
  ],
  IR: [
    'Incidents are handled according to the Incident Response Plan, which covers preparation, detection and analysis, containment, eradication and recovery, and post-incident activity.',
    'Suspected incidents are reported to the security operations team within one hour of discovery and, when confirmed, to US-CERT (CISA), the FedRAMP PMO and the authorizing agency as required by the FedRAMP Incident Communications Procedures.',
    'Incident response capability is tested annually through a tabletop exercise that includes the agency points of contact and covers at least one data spillage scenario.',
    'Incidents are tracked from intake to closure in {ticket}, including timeline, affected assets, indicators of compromise and root cause.',
    'Incident response training is delivered to responders within ten days of assuming the role and annually thereafter.',
  ],
  MA: [
    'Maintenance of the underlying infrastructure is inherited from the cloud service provider; {short} performs maintenance only on its own virtual components through the change management process.',
    'Nonlocal maintenance sessions are established through the bastion service with multi-factor authentication and are recorded and terminated at the end of the maintenance window.',
    'Maintenance tools are limited to approved packages in the hardened images and are inspected for unauthorized modification before use.',
    'Maintenance personnel without the required access authorizations are escorted and supervised by authorized staff.',
  ],
  MP: [
    'The system does not use removable media; all customer data is stored in managed cloud storage services and sanitization of physical media is inherited from the infrastructure provider.',
    'Digital media containing federal information is encrypted at rest, and access is restricted to the roles defined in the access control policy.',
    'Media sanitization records are maintained for any {short}-owned media that leaves the controlled area.',
  ],
  PE: [
    'Physical and environmental protection controls are fully inherited from the FedRAMP-authorized infrastructure provider, as documented in the leveraged authorization section of this SSP.',
    'Physical access to data center floors is controlled by badge readers and biometric verification, and visitor access is logged and escorted at all times.',
    'Environmental controls include redundant power, fire suppression, temperature and humidity monitoring, and water damage protection.',
  ],
  PL: [
    'This System Security Plan is reviewed at least annually and updated when significant changes occur, and it is approved by the system owner and the authorizing official.',
    'Rules of behavior are acknowledged by every user before access is granted and re-acknowledged annually or when the rules are revised.',
    'The security and privacy architecture is described in the authorization boundary diagram, the network diagram and the data flow diagrams in section 8 of this plan.',
    'Baseline tailoring decisions are documented in the control implementation statements and approved by the authorizing official.',
  ],
  PS: [
    'Position risk designations are assigned to every position and reviewed annually; personnel with access to federal data undergo background investigations commensurate with the designation.',
    'Upon termination, system access is revoked within eight hours and all organizational property, including authenticators, is retrieved.',
    'Personnel transfers trigger an access review by the receiving manager within twenty-four hours of the transfer effective date.',
    'Access agreements, including the non-disclosure agreement and the rules of behavior, are signed before access is granted and reviewed annually.',
  ],
  RA: [
    'Vulnerability scans of operating systems, databases and web applications are performed at least monthly with {scanner}, using authenticated scans wherever the asset supports them.',
    'High-risk vulnerabilities are remediated within thirty days, moderate within ninety days and low within one hundred eighty days of discovery; vulnerabilities listed in the CISA KEV catalog follow their KEV due dates.',
    'Risk assessments are updated annually and whenever significant changes occur, and the results are reviewed by the system owner and the ISSO.',
    'Scan results are correlated with the Integrated Inventory Workbook to confirm that all in-scope assets have been scanned during the reporting period.',
    'The security categorization of the system was performed using FIPS 199 and NIST SP 800-60 and is documented in the FIPS 199 categorization attachment.',
  ],
  SA: [
    'Security and privacy requirements are included in acquisition contracts for system components and services, including flow-down of FedRAMP requirements to subcontractors.',
    'The system development life cycle integrates security reviews, threat modeling and static and dynamic analysis in the CI/CD pipeline maintained in {repo}.',
    'External system services are used only when they hold a FedRAMP authorization at the same or higher impact level, or when the authorizing official accepted the risk.',
    'Developers perform security testing for every release, and findings above low severity block promotion to production.',
    'System documentation, including administrator and user guides, is maintained and made available to authorized personnel.',
  ],
  SC: [
    'All data in transit over public networks is protected with TLS 1.2 or higher using FIPS-validated cryptographic modules; weak cipher suites are disabled at the load balancers.',
    'Data at rest is encrypted with AES-256 using keys managed in a FIPS 140-validated key management service; key rotation occurs annually.',
    'The authorization boundary is protected by managed boundary devices that deny network traffic by default and allow traffic by exception.',
    'Denial-of-service protection is provided through the cloud provider edge services and rate limiting at the application gateway.',
    'Split tunneling is prevented for remote administrative connections, and management interfaces are isolated in a dedicated subnet.',
    'DNS resolution for the system uses authoritative servers that provide data origin authentication and integrity verification.',
  ],
  SI: [
    'Flaws are identified through monthly scanning, vendor advisories and the CISA KEV catalog, and are remediated within the timeframes defined in the vulnerability management procedure.',
    'Malicious code protection is provided by {edr} on all hosts, with signature and behavioral detection updated automatically.',
    'System monitoring combines network intrusion detection, host-based detection and the correlation rules in {siem}.',
    'Security alerts, advisories and directives from CISA are received by the security team and disseminated to system administrators within one business day.',
    'Software and firmware integrity is verified through signed images and file integrity monitoring on critical system files.',
    'Information input validation is performed by the application framework for all user-supplied data and API parameters.',
  ],
  SR: [
    'The Supply Chain Risk Management Plan describes how suppliers of critical components are identified, assessed and monitored throughout the system life cycle.',
    'Suppliers of critical software are assessed for provenance and security practices before onboarding, and a software bill of materials is requested for each release.',
    'Components are acquired only from original manufacturers or authorized resellers, and counterfeit components are reported to the manufacturer and to the supply chain risk management team.',
    'Supplier assessments are reviewed annually and whenever a supplier reports a security incident that may affect {cso}.',
  ],
};

const VERBS = new Set(
  'define document assign require specify authorize monitor notify disable remove establish review update align employ enforce develop disseminate designate provide protect implement identify manage maintain limit prevent restrict retain ensure allocate determine generate compare allow alert take correlate integrate analyze report approve test perform coordinate conduct incorporate install track terminate revoke retrieve verify validate control configure select compile deny route display permit correct check produce obtain include record use apply sanitize store transport escort schedule scan share respond remediate'.split(' '),
);

function conj(word: string): string {
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  if (/(s|sh|ch|x|z)$/.test(word)) return `${word}es`;
  return `${word}s`;
}

/** "Define and document the types..." -> "defines and documents the types..." */
export function restate(prose: string): string {
  const words = prose.trim().replace(/[;,]?\s+(?:and|or)$/, '').replace(/\s*[;,.]$/, '').split(' ');
  const out: string[] = [];
  let inVerbs = true;
  for (const [i, raw] of words.entries()) {
    const w = i === 0 ? raw.charAt(0).toLowerCase() + raw.slice(1) : raw;
    const bare = w.replace(/,$/, '');
    if (inVerbs && VERBS.has(bare)) {
      out.push(conj(bare) + (w.endsWith(',') ? ',' : ''));
    } else if (inVerbs && (bare === 'and' || bare === 'or') && i > 0) {
      out.push(w);
    } else {
      inVerbs = false;
      out.push(w);
    }
  }
  return out.join(' ');
}

export function familySentences(family: string, c: Csp): string[] {
  return (FAMILY[family] ?? FAMILY.CM!).map((s) => fill(s, c));
}

/** One control implementation statement, part by part, as a CSP writes it in its SSP. */
export function implementation(ctrl: Control, c: Csp, rng: Rng): { label: string; text: string }[] {
  const bank = familySentences(ctrl.family, c);
  return ctrl.parts.map((p, i) => {
    const lead = p.prose && VERBS.has((p.prose.replace(/^[a-z0-9]+\. /, '').split(' ')[0] ?? '').toLowerCase())
      ? `${c.short} ${restate(p.prose.replace(/^[a-z0-9]+\. /, ''))}.`
      : `${c.short} addresses this requirement (${ctrl.title.toLowerCase()}) as follows.`;
    const extra = rng.sample(bank, i === 0 ? 2 : 1);
    return { label: p.label ? `Part ${p.label.replace('.', '')}` : 'Req. 1', text: [lead, ...extra].join(' ') };
  });
}

export function sentences(family: string, c: Csp, rng: Rng, n: number): string {
  return rng.sample(familySentences(family, c), n).join(' ');
}

/** ISO date "2025-03-14" -> "March 14, 2025". */
export function longDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  return `${months[(m ?? 1) - 1]} ${d}, ${y}`;
}

export function usDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${m}/${d}/${y}`;
}
