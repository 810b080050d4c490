/** OSCAL documents of eval45 (SSP, SAP, SAR, POA&M), built as objects or XML text with seeded UUIDs. */
import { AGENCY, CSP, SYS_ABBR, SYS_ID, SYSTEM, THREEPAO } from './persona.js';
import { seeded, xmlEscape } from './kit.js';

export function uuidMaker(seed: number): () => string {
  const r = seeded(seed);
  return () => {
    const h = Array.from({ length: 32 }, () => Math.floor(r() * 16).toString(16));
    h[12] = '4';
    h[16] = ['8', '9', 'a', 'b'][Math.floor(r() * 4)] ?? '8';
    const s = h.join('');
    return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
  };
}

const CONTROL_STATEMENTS: readonly (readonly [string, string])[] = [
  ['ac-2', `${SYS_ABBR} tenant and operator accounts are provisioned through the Kestrel identity service backed by Okta for Government (FedRAMP High). Account requests are raised as Jira Service Management tickets, approved by the account owner's manager and the ${SYS_ABBR} Security Engineering lead, and reviewed quarterly. Collector service accounts are non-interactive and bound to the collector's X.509 certificate.`],
  ['ac-4', `Information flow from customer OT networks is one-way: Kestrel Edge Collectors receive telemetry through an optical data diode at Purdue Level 3.5 and forward it over TLS to the ingestion tier. No command path exists from ${SYS_ABBR} to customer PLCs, RTUs or historians; AWS security groups and network ACLs deny inbound flows to the collector enrolment endpoint except from registered collector certificates.`],
  ['ac-17', `Remote administrative access to ${SYS_ABBR} production occurs only through AWS Systems Manager Session Manager after phishing-resistant MFA; sessions are logged to the central log archive account and reviewed weekly.`],
  ['au-2', `${SYS_ABBR} logs authentication events, privileged actions, collector enrolment and de-enrolment, configuration changes, and data export events. The event list is reviewed annually and after significant changes by the ISSO.`],
  ['au-6', `Audit records are aggregated in the Kestrel security data lake and reviewed daily by the Security Operations team with automated correlation rules; findings are raised as incidents under the Incident Response Plan.`],
  ['cm-2', `Baseline configurations for container images, Amazon Linux 2023 hosts and collector firmware are maintained as code in the kestrel-baselines repository and are described in the Configuration Management Plan.`],
  ['cm-8', `The system component inventory is generated nightly from AWS Config and the collector registry and is published monthly as the Integrated Inventory Workbook.`],
  ['ia-2', `All organizational users authenticate with phishing-resistant MFA (FIDO2 security keys). Customer users federate through their own SAML 2.0 identity provider or use Kestrel-managed accounts with MFA.`],
  ['ir-4', `Incident handling follows the Kestrel Incident Response Plan; incidents affecting federal tenants are reported to the customer agency and to CISA within one hour of identification.`],
  ['ra-5', `Authenticated vulnerability scans of operating systems, databases and web applications are run monthly with Tenable Nessus and the results are delivered with the monthly continuous monitoring package.`],
  ['sc-7', `The boundary is enforced by AWS VPC segmentation, AWS WAF at the public ingress and deny-by-default security groups. Collector traffic terminates on a dedicated ingestion VPC separated from the tenant analytics VPC.`],
  ['sc-13', `Cryptographic protection uses FIPS 140-3 validated modules: AWS KMS, the AWS-LC FIPS module in the ingestion services, and OpenSSL 3 FIPS provider on the collectors.`],
  ['si-4', `${SYS_ABBR} monitors its own infrastructure with Amazon GuardDuty, VPC Flow Logs and host-based EDR; alerts feed the Security Operations queue.`],
];

export function sspObject(seed: number, variant: 'json' | 'yaml'): Record<string, unknown> {
  const u = uuidMaker(seed);
  const comp = u();
  return {
    'system-security-plan': {
      uuid: u(),
      metadata: {
        title: `${SYSTEM} System Security Plan`,
        'last-modified': '2026-02-27T18:00:00Z',
        version: variant === 'json' ? '2.3' : '2.4-draft',
        'oscal-version': variant === 'json' ? '1.1.3' : '1.0.4',
        roles: [
          { id: 'system-owner', title: 'Information System Owner' },
          { id: 'information-system-security-officer', title: 'Information System Security Officer' },
          { id: 'authorizing-official', title: 'Authorizing Official' },
        ],
        parties: [
          { uuid: u(), type: 'organization', name: CSP, 'short-name': 'Kestrel' },
          { uuid: u(), type: 'organization', name: AGENCY, 'short-name': 'WAPA' },
        ],
      },
      'import-profile': { href: 'https://raw.githubusercontent.com/GSA/fedramp-automation/master/dist/content/rev5/baselines/json/FedRAMP_rev5_MODERATE-baseline_profile.json' },
      'system-characteristics': {
        'system-ids': [{ 'identifier-type': 'http://fedramp.gov/ns/oscal', id: SYS_ID }],
        'system-name': SYSTEM,
        'system-name-short': SYS_ABBR,
        description: `${SYSTEM} is a SaaS platform that collects and analyzes OT telemetry (PLC/RTU data, historian replication, passive network metadata) for energy and water utilities, including federal power marketing administrations.`,
        props: [
          { name: 'cloud-service-model', value: 'saas' },
          { name: 'cloud-deployment-model', value: 'government-only-cloud' },
          { name: 'authorization-type', ns: 'http://fedramp.gov/ns/oscal', value: 'fedramp-agency' },
        ],
        'security-sensitivity-level': 'fips-199-moderate',
        'system-information': {
          'information-types': [
            {
              uuid: u(),
              title: 'Energy Supply / Power Marketing Operational Telemetry',
              description: 'Time-series telemetry and alarm data from customer OT networks.',
              categorizations: [{ system: 'https://doi.org/10.6028/NIST.SP.800-60v2r1', 'information-type-ids': ['C.2.7.1'] }],
              'confidentiality-impact': { base: 'fips-199-moderate' },
              'integrity-impact': { base: 'fips-199-moderate' },
              'availability-impact': { base: 'fips-199-low' },
            },
          ],
        },
        'security-impact-level': {
          'security-objective-confidentiality': 'fips-199-moderate',
          'security-objective-integrity': 'fips-199-moderate',
          'security-objective-availability': 'fips-199-low',
        },
        status: { state: variant === 'json' ? 'operational' : 'under-major-modification' },
        'authorization-boundary': {
          description: 'The boundary includes the ingestion, analytics and tenant portal tiers in AWS GovCloud (US-West) and the collector management plane. Customer OT field devices, data diodes and plant historians are external.',
        },
      },
      'system-implementation': {
        users: [
          { uuid: u(), title: 'Kestrel Site Reliability Engineer', props: [{ name: 'type', value: 'internal' }, { name: 'privilege-level', value: 'privileged' }] },
          { uuid: u(), title: 'Utility OT Analyst (customer)', props: [{ name: 'type', value: 'external' }, { name: 'privilege-level', value: 'non-privileged' }] },
        ],
        components: [
          { uuid: comp, type: 'this-system', title: 'This System', description: `The ${SYS_ABBR} system as a whole.`, status: { state: 'operational' } },
          { uuid: u(), type: 'software', title: 'Kestrel Edge Collector firmware 5.x', description: 'Collector appliance software deployed at customer Level 3.5.', status: { state: 'operational' } },
        ],
      },
      'control-implementation': {
        description: `Control implementation for the FedRAMP Rev5 Moderate baseline as tailored for ${SYS_ABBR}.`,
        'implemented-requirements': CONTROL_STATEMENTS.map(([cid, text]) => ({
          uuid: u(),
          'control-id': cid,
          props: [{ name: 'implementation-status', ns: 'http://fedramp.gov/ns/oscal', value: 'implemented' }],
          'by-components': [{ 'component-uuid': comp, uuid: u(), description: text }],
        })),
      },
    },
  };
}

export function sapXml(seed: number): string {
  const u = uuidMaker(seed);
  const controls = ['ac-2', 'ac-4', 'ac-17', 'au-6', 'cm-6', 'ia-2', 'ra-5', 'sc-7', 'sc-8', 'si-4'];
  return `<?xml version="1.0" encoding="UTF-8"?>
<assessment-plan xmlns="http://csrc.nist.gov/ns/oscal/1.0" uuid="${u()}">
  <metadata>
    <title>Security Assessment Plan (SAP) for ${xmlEscape(SYSTEM)} - Initial Assessment</title>
    <last-modified>2026-01-19T14:00:00Z</last-modified>
    <version>1.1</version>
    <oscal-version>1.0.4</oscal-version>
    <role id="assessor"><title>Assessment Team Lead</title></role>
    <party uuid="${u()}" type="organization"><name>${xmlEscape(THREEPAO)}</name><short-name>Ridgeline</short-name></party>
    <party uuid="${u()}" type="organization"><name>${xmlEscape(CSP)}</name></party>
  </metadata>
  <import-ssp href="./KOVC-SSP-v2.3.xml"/>
  <local-definitions>
    <activity uuid="${u()}">
      <title>Examine</title>
      <description><p>Review of policies, procedures, the System Security Plan and its attachments, and configuration exports from the collector management plane.</p></description>
    </activity>
    <activity uuid="${u()}">
      <title>Test - Authenticated Vulnerability Scanning</title>
      <description><p>Credentialed Nessus scans of all in-boundary hosts and container images; Burp Suite Professional against the tenant portal and ingestion APIs.</p></description>
    </activity>
  </local-definitions>
  <terms-and-conditions>
    <part name="rules-of-engagement" ns="https://fedramp.gov/ns/oscal">
      <title>Rules of Engagement</title>
      <p>Testing is limited to the ${xmlEscape(SYS_ABBR)} authorization boundary. No test traffic may be directed at customer OT networks, data diodes, PLCs or historians. Penetration testing windows are 20:00-04:00 MT, February 9-20, 2026. The ${xmlEscape(CSP)} ISSO may halt testing at any time.</p>
    </part>
    <part name="assumptions"><title>Assumptions</title><p>The SSP v2.3 accurately describes the system; the CSP provides credentialed scan accounts before the start of testing.</p></part>
    <part name="methodology"><title>Methodology</title><p>Controls are assessed with NIST SP 800-53A Rev 5 procedures using examine, interview and test methods, plus the FedRAMP Penetration Test Guidance attack vectors applicable to a SaaS offering.</p></part>
  </terms-and-conditions>
  <reviewed-controls>
    <control-selection>
${controls.map((c) => `      <include-control control-id="${c}"/>`).join('\n')}
    </control-selection>
  </reviewed-controls>
  <assessment-subject type="component">
    <description><p>All components of the ${xmlEscape(SYS_ABBR)} inventory as of January 31, 2026.</p></description>
    <include-all/>
  </assessment-subject>
  <task uuid="${u()}" type="milestone"><title>Testing begins</title><timing><on-date date="2026-02-09T00:00:00Z"/></timing></task>
  <task uuid="${u()}" type="milestone"><title>Draft Security Assessment Report delivered</title><timing><on-date date="2026-03-13T00:00:00Z"/></timing></task>
</assessment-plan>
`;
}

export function sarObject(seed: number): Record<string, unknown> {
  const u = uuidMaker(seed);
  const findings: (readonly [string, string, string])[] = [
    ['ra-5', 'Outdated OpenSSL library in collector management API container image', 'moderate'],
    ['ac-2', 'Two dormant privileged accounts not disabled after 90 days', 'moderate'],
    ['au-11', 'CloudTrail log retention set to 180 days in the sandbox OU account', 'low'],
    ['sc-7', 'Security group on historian-replay worker allows 0.0.0.0/0 on TCP 8443', 'high'],
  ];
  const obs = findings.map(() => u());
  const risks = findings.map(() => u());
  return {
    'assessment-results': {
      uuid: u(),
      metadata: {
        title: `Security Assessment Report for ${SYSTEM}`,
        'last-modified': '2026-03-13T20:00:00Z',
        version: '1.0',
        'oscal-version': '1.1.3',
        parties: [{ uuid: u(), type: 'organization', name: THREEPAO }],
      },
      'import-ap': { href: './KOVC-SAP-2026.json' },
      results: [
        {
          uuid: u(),
          title: 'Initial FedRAMP Moderate Assessment, February 2026',
          description: `Results of the ${THREEPAO} assessment of ${SYS_ABBR} against the FedRAMP Rev5 Moderate baseline. The assessor recommends ${AGENCY} grant an authorization; residual risk is moderate once the high finding is remediated.`,
          start: '2026-02-09T00:00:00Z',
          end: '2026-02-20T23:59:59Z',
          'reviewed-controls': { 'control-selections': [{ 'include-all': {} }] },
          observations: findings.map(([cid, title], i) => ({
            uuid: obs[i],
            title,
            description: `Observed during testing of ${cid.toUpperCase()}.`,
            methods: ['TEST'],
            collected: '2026-02-14T00:00:00Z',
          })),
          risks: findings.map(([, title, level], i) => ({
            uuid: risks[i],
            title,
            description: title,
            statement: `Likelihood and impact rated ${level}.`,
            status: 'open',
            characterizations: [{ origin: { actors: [{ type: 'party', 'actor-uuid': obs[i] }] }, facets: [{ name: 'risk', system: 'https://fedramp.gov', value: level }] }],
          })),
          findings: findings.map(([cid, title], i) => ({
            uuid: u(),
            title,
            description: title,
            target: { type: 'objective-id', 'target-id': `${cid}_obj`, status: { state: 'not-satisfied' } },
            'related-observations': [{ 'observation-uuid': obs[i] }],
            'related-risks': [{ 'risk-uuid': risks[i] }],
          })),
        },
      ],
    },
  };
}

export function poamXml(seed: number): string {
  const u = uuidMaker(seed);
  const items: (readonly [string, string, string])[] = [
    ['V-2026-014', 'OpenSSL 3.0.13 in kovc-collector-api image (CVE-2024-5535)', 'ra-5'],
    ['V-2026-015', 'Dormant privileged IAM Identity Center users', 'ac-2'],
    ['V-2026-016', 'Historian replay worker security group permits 0.0.0.0/0:8443', 'sc-7'],
    ['V-2026-021', 'TLS 1.0 accepted by legacy collector enrolment listener', 'sc-8'],
  ];
  return `<?xml version="1.0" encoding="UTF-8"?>
<plan-of-action-and-milestones xmlns="http://csrc.nist.gov/ns/oscal/1.0" uuid="${u()}">
  <metadata>
    <title>${xmlEscape(SYSTEM)} Plan of Action and Milestones</title>
    <last-modified>2026-02-28T23:00:00Z</last-modified>
    <version>2026-02</version>
    <oscal-version>1.0.4</oscal-version>
    <party uuid="${u()}" type="organization"><name>${xmlEscape(CSP)}</name></party>
  </metadata>
  <import-ssp href="./KOVC-SSP-v2.3.xml"/>
  <system-id identifier-type="http://fedramp.gov/ns/oscal">${SYS_ID}</system-id>
${items
  .map(
    ([id, title, cid]) => `  <poam-item uuid="${u()}">
    <title>${xmlEscape(title)}</title>
    <description><p>${xmlEscape(title)}. Identified ${cid.toUpperCase()} weakness; remediation tracked in KOVC-SEC Jira project.</p></description>
    <prop name="POAM-ID" ns="http://fedramp.gov/ns/oscal" value="${id}"/>
    <prop name="control" ns="http://fedramp.gov/ns/oscal" value="${cid}"/>
  </poam-item>`,
  )
  .join('\n')}
</plan-of-action-and-milestones>
`;
}
