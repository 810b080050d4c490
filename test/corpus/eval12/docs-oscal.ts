/** OSCAL deliverables (SSP, SAP, SAR, POA&M) and OSCAL reference look-alikes (profile, component definition). */
import YAML from 'yaml';
import { uuid, xmlEsc } from './kit.js';
import { CSP, FR_ID, SYS, SYS_SHORT, TPAO, type EvalDoc } from './types.js';

const NS = 'http://csrc.nist.gov/ns/oscal';
const FRNS = 'https://fedramp.gov/ns/oscal';

function party(id: string, name: string, type = 'organization'): Record<string, unknown> {
  return { uuid: uuid(id), type, name };
}

const CONTROLS: [string, string][] = [
  ['ac-2', 'Account management for the platform control plane is automated through the identity broker. Tenant administrator and operator accounts are provisioned from the HR system of record via SCIM; inactive accounts are disabled after 35 days by a scheduled Lambda job whose output is reviewed weekly by the Security Operations team.'],
  ['ac-6', 'Least privilege is enforced through IAM permission boundaries generated from Terraform modules. Break-glass roles are gated by a two-person approval workflow and every assumption is alerted to the on-call channel.'],
  ['au-2', 'The platform logs authentication events, privileged commands, Kubernetes API audit events and CloudTrail management events. Event types are reviewed annually and after significant changes as part of the continuous ATO pipeline.'],
  ['cm-2', 'Baseline configurations are declared as code (Terraform, Helm charts and CIS-hardened AMI pipelines). Drift is detected by AWS Config and reconciled by Argo CD; any drift older than 24 hours opens a ticket.'],
  ['cm-6', 'Configuration settings follow the CIS Amazon Linux 2023 Level 1 benchmark and the CIS Kubernetes benchmark, with deviations recorded in the configuration deviation register.'],
  ['ia-2', 'Users authenticate with phishing-resistant multi-factor authentication (FIDO2 security keys or PIV) through the corporate IdP federated with AWS IAM Identity Center.'],
  ['ra-5', 'Vulnerability scanning runs continuously: container images are scanned in CI with Trivy and at runtime by Amazon Inspector; hosts are scanned monthly with authenticated Nessus scans; web endpoints are scanned with OWASP ZAP.'],
  ['sc-7', 'Boundary protection is provided by VPC security groups, AWS Network Firewall and an ingress tier of Application Load Balancers with AWS WAF. Only ports 443 and 8443 are reachable from the internet.'],
  ['sc-13', 'All cryptographic modules used to protect federal data are FIPS 140-3 validated; the platform runs in AWS GovCloud (US) with FIPS endpoints enforced by service control policy.'],
  ['si-2', 'Flaws are remediated within FedRAMP timelines: High within 30 days, Moderate within 90 days, Low within 180 days. Remediation is tracked in the POA&M generated from the findings store.'],
];

function sspModel(version: string): Record<string, unknown> {
  const comp = uuid('ssp-comp-this-system');
  return {
    'system-security-plan': {
      uuid: uuid('ssp-root-' + version),
      metadata: {
        title: `${SYS} (${SYS_SHORT}) System Security Plan`,
        'last-modified': '2025-06-12T14:05:00Z',
        version,
        'oscal-version': '1.1.2',
        props: [
          { name: 'marking', value: 'CUI' },
          { name: 'pipeline-run', ns: 'https://cirrusway.example/ns/oscal', value: 'compliance-ci #4812' },
        ],
        roles: [
          { id: 'system-owner', title: 'Information System Owner' },
          { id: 'authorizing-official', title: 'Authorizing Official' },
          { id: 'prepared-by', title: 'Prepared By' },
        ],
        parties: [party('p-csp', CSP), party('p-iso', 'Dana Whitfield', 'person')],
        'responsible-parties': [
          { 'role-id': 'system-owner', 'party-uuids': [uuid('p-iso')] },
          { 'role-id': 'prepared-by', 'party-uuids': [uuid('p-csp')] },
        ],
      },
      'import-profile': { href: 'https://raw.githubusercontent.com/GSA/fedramp-automation/master/dist/content/rev5/baselines/json/FedRAMP_rev5_MODERATE-baseline_profile.json' },
      'system-characteristics': {
        'system-ids': [{ 'identifier-type': 'http://fedramp.gov/ns/oscal', id: FR_ID }],
        'system-name': SYS,
        'system-name-short': SYS_SHORT,
        description: 'A multi-tenant platform-as-a-service that lets agency development teams build, deploy and operate containerised applications on managed Kubernetes clusters in AWS GovCloud (US).',
        props: [
          { name: 'authorization-type', ns: FRNS, value: 'fedramp-agency' },
          { name: 'cloud-service-model', value: 'paas' },
          { name: 'cloud-deployment-model', value: 'government-only-cloud' },
        ],
        'security-sensitivity-level': 'fips-199-moderate',
        'system-information': {
          'information-types': [
            {
              uuid: uuid('it-1'),
              title: 'Information Technology Management',
              description: 'Tenant application code, build artefacts and platform configuration.',
              categorizations: [{ system: 'https://doi.org/10.6028/NIST.SP.800-60v2r1', 'information-type-ids': ['C.3.5.1'] }],
              'confidentiality-impact': { base: 'fips-199-moderate' },
              'integrity-impact': { base: 'fips-199-moderate' },
              'availability-impact': { base: 'fips-199-moderate' },
            },
          ],
        },
        'security-impact-level': {
          'security-objective-confidentiality': 'fips-199-moderate',
          'security-objective-integrity': 'fips-199-moderate',
          'security-objective-availability': 'fips-199-moderate',
        },
        status: { state: 'operational' },
        'authorization-boundary': { description: 'The boundary includes the control-plane VPC, the tenant cluster VPCs, the CI/CD runners and the managed services they use in us-gov-west-1 and us-gov-east-1.' },
      },
      'system-implementation': {
        users: [
          { uuid: uuid('u-op'), title: 'Platform Operator', props: [{ name: 'type', value: 'internal' }, { name: 'privilege-level', value: 'privileged' }], 'role-ids': ['platform-operator'] },
          { uuid: uuid('u-tenant'), title: 'Tenant Developer', props: [{ name: 'type', value: 'external' }, { name: 'privilege-level', value: 'non-privileged' }], 'role-ids': ['tenant-developer'] },
        ],
        components: [
          { uuid: comp, type: 'this-system', title: 'This System', description: 'The whole Cirrusway Application Platform.', status: { state: 'operational' } },
          { uuid: uuid('comp-eks'), type: 'service', title: 'Amazon EKS', description: 'Managed Kubernetes control plane (leveraged, FedRAMP High).', status: { state: 'operational' } },
        ],
      },
      'control-implementation': {
        description: 'Implementation of the FedRAMP Rev5 Moderate baseline controls.',
        'implemented-requirements': CONTROLS.map(([id, text]) => ({
          uuid: uuid('ir-' + id),
          'control-id': id,
          props: [{ name: 'implementation-status', ns: FRNS, value: 'implemented' }, { name: 'control-origination', ns: FRNS, value: 'sp-system' }],
          statements: [
            {
              'statement-id': `${id}_smt`,
              uuid: uuid('st-' + id),
              'by-components': [{ 'component-uuid': comp, uuid: uuid('bc-' + id), description: text }],
            },
          ],
        })),
      },
      'back-matter': {
        resources: [
          { uuid: uuid('res-diagram'), title: 'Authorization Boundary Diagram', rlinks: [{ href: './diagrams/boundary.png', 'media-type': 'image/png' }] },
          { uuid: uuid('res-irp'), title: 'Incident Response Plan', props: [{ name: 'type', value: 'plan' }], rlinks: [{ href: './attachments/CAP-IRP.pdf' }] },
        ],
      },
    },
  };
}

function sspXml(): string {
  const ctl = CONTROLS.slice(0, 7)
    .map(
      ([id, text]) => `    <implemented-requirement uuid="${uuid('xir-' + id)}" control-id="${id}">
      <prop name="implementation-status" ns="${FRNS}" value="implemented"/>
      <statement statement-id="${id}_smt" uuid="${uuid('xst-' + id)}">
        <by-component component-uuid="${uuid('x-this')}" uuid="${uuid('xbc-' + id)}">
          <description><p>${xmlEsc(text)}</p></description>
        </by-component>
      </statement>
    </implemented-requirement>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<!-- Rendered by oscal-build from ssp/src/*.yaml - do not edit by hand. Source commit 7c1e2f9. -->
<system-security-plan xmlns="${NS}" uuid="${uuid('xssp')}">
  <metadata>
    <title>${SYS} - System Security Plan (Low-Impact Edge Runtime)</title>
    <last-modified>2025-05-30T10:00:00Z</last-modified>
    <version>2.3.0</version>
    <oscal-version>1.1.2</oscal-version>
    <role id="system-owner"><title>System Owner</title></role>
    <party uuid="${uuid('xp')}" type="organization"><name>${CSP}</name></party>
  </metadata>
  <import-profile href="https://raw.githubusercontent.com/GSA/fedramp-automation/master/dist/content/rev5/baselines/xml/FedRAMP_rev5_LOW-baseline_profile.xml"/>
  <system-characteristics>
    <system-id identifier-type="http://fedramp.gov/ns/oscal">FR2417731555</system-id>
    <system-name>CAP Edge Runtime</system-name>
    <description><p>A low-impact edge function runtime offered as an add-on to the Cirrusway Application Platform.</p></description>
    <security-sensitivity-level>fips-199-low</security-sensitivity-level>
    <system-information>
      <information-type uuid="${uuid('xit')}">
        <title>Public Web Content</title>
        <description><p>Static and cached public content served at the edge.</p></description>
        <confidentiality-impact><base>fips-199-low</base></confidentiality-impact>
        <integrity-impact><base>fips-199-low</base></integrity-impact>
        <availability-impact><base>fips-199-low</base></availability-impact>
      </information-type>
    </system-information>
    <security-impact-level>
      <security-objective-confidentiality>fips-199-low</security-objective-confidentiality>
      <security-objective-integrity>fips-199-low</security-objective-integrity>
      <security-objective-availability>fips-199-low</security-objective-availability>
    </security-impact-level>
    <status state="operational"/>
    <authorization-boundary><description><p>Edge points of presence, the configuration API and the deployment pipeline.</p></description></authorization-boundary>
  </system-characteristics>
  <system-implementation>
    <user uuid="${uuid('xu')}"><title>Edge Operator</title><role-id>edge-operator</role-id></user>
    <component uuid="${uuid('x-this')}" type="this-system"><title>This System</title><description><p>CAP Edge Runtime.</p></description><status state="operational"/></component>
  </system-implementation>
  <control-implementation>
    <description><p>FedRAMP Rev5 Low baseline implementation.</p></description>
${ctl}
  </control-implementation>
</system-security-plan>
`;
}

function sapModel(): Record<string, unknown> {
  return {
    'assessment-plan': {
      uuid: uuid('sap-root'),
      metadata: {
        title: `Security Assessment Plan for ${SYS} - 2025 Annual Assessment`,
        published: '2025-06-02T00:00:00Z',
        'last-modified': '2025-06-09T16:20:00Z',
        version: '1.1',
        'oscal-version': '1.0.4',
        roles: [{ id: 'assessor', title: 'Independent Assessor' }],
        parties: [party('sap-3pao', TPAO), party('sap-csp', CSP)],
        'responsible-parties': [{ 'role-id': 'assessor', 'party-uuids': [uuid('sap-3pao')] }],
      },
      'import-ssp': { href: './cap-ssp.json' },
      'local-definitions': {
        activities: [
          { uuid: uuid('act-1'), title: 'Examine configuration-as-code repositories', description: 'Review Terraform modules, Helm charts and AMI pipelines against CM-2 and CM-6 requirements.' },
          { uuid: uuid('act-2'), title: 'Authenticated vulnerability scanning', description: 'Run authenticated OS, database and web application scans from assessor-controlled scanners.' },
          { uuid: uuid('act-3'), title: 'Penetration testing', description: 'External, tenant-to-tenant and CI/CD supply-chain attack vectors per the FedRAMP Penetration Test Guidance.' },
        ],
      },
      'terms-and-conditions': {
        parts: [
          { name: 'assumptions', title: 'Assumptions', prose: 'The CSP provides assessor accounts with read-only access to the AWS organization and to the Git repositories hosting infrastructure code.' },
          { name: 'methodology', title: 'Test Methodology', prose: 'Controls are tested by examine, interview and test methods following NIST SP 800-53A Rev 5 and the FedRAMP SAP template. Sampling follows the FedRAMP sampling methodology for inventories larger than 50 assets.' },
          { name: 'roe', title: 'Rules of Engagement', prose: 'Testing windows are Monday to Friday 20:00-04:00 ET. Denial-of-service testing is out of scope. The assessor will stop testing and notify the CSP security lead immediately upon discovery of a critical vulnerability or evidence of prior compromise.' },
          { name: 'disclosures', title: 'Disclosures', prose: `${TPAO} has no financial interest in ${CSP}.` },
        ],
      },
      'reviewed-controls': {
        'control-selections': [{ 'include-all': {} }],
        'control-objective-selections': [{ 'include-all': {} }],
      },
      'assessment-subjects': [{ type: 'component', 'include-all': {} }],
      'assessment-assets': {
        components: [{ uuid: uuid('sap-tool'), type: 'software', title: 'Tenable Nessus Professional 10.7', description: 'Assessor scanning tool.', status: { state: 'operational' } }],
        'assessment-platforms': [{ uuid: uuid('sap-plat'), title: 'Assessor laptop and cloud scanner', 'uses-components': [{ 'component-uuid': uuid('sap-tool') }] }],
      },
      tasks: [
        { uuid: uuid('task-1'), type: 'milestone', title: 'Kick-off meeting', timing: { 'on-date': { date: '2025-06-23T14:00:00Z' } } },
        { uuid: uuid('task-2'), type: 'action', title: 'Onsite and remote testing', timing: { 'within-date-range': { start: '2025-06-24T00:00:00Z', end: '2025-07-18T00:00:00Z' } } },
      ],
      'back-matter': {
        resources: [
          { uuid: uuid('sap-r1'), title: 'Penetration Test Plan (Appendix B)', rlinks: [{ href: './appendix-b-pentest-plan.pdf' }] },
          { uuid: uuid('sap-r2'), title: 'Sampling worksheet', rlinks: [{ href: './sampling.xlsx' }] },
          { uuid: uuid('sap-r3'), title: 'Assessor independence attestation', props: [{ name: 'type', value: 'evidence' }] },
        ],
      },
    },
  };
}

function sarXml(): string {
  const findings = [
    ['ra-5', 'Container base images in the build cache contained packages with known High-severity CVEs older than 30 days.', 'moderate'],
    ['ac-2', 'Two service accounts in the staging account had not been reviewed within the required period.', 'low'],
    ['sc-7', 'An internal load balancer allowed TLS 1.0 for a legacy metrics endpoint.', 'moderate'],
    ['cm-6', 'Three worker node groups ran an AMI that predates the current CIS hardening baseline.', 'low'],
  ];
  const f = findings
    .map(
      ([ctl, desc], i) => `      <finding uuid="${uuid('sarf' + i)}">
        <title>${ctl?.toUpperCase()} - finding ${i + 1}</title>
        <description><p>${desc}</p></description>
        <target type="objective-id" target-id="${ctl}_obj">
          <status state="not-satisfied"/>
        </target>
        <related-observation observation-uuid="${uuid('saro' + i)}"/>
        <associated-risk risk-uuid="${uuid('sarr' + i)}"/>
      </finding>`,
    )
    .join('\n');
  const obs = findings
    .map(
      ([ctl, desc], i) => `      <observation uuid="${uuid('saro' + i)}">
        <description><p>Observation supporting ${ctl}: ${desc}</p></description>
        <method>TEST</method>
        <collected>2025-07-15T18:00:00Z</collected>
      </observation>`,
    )
    .join('\n');
  const risks = findings
    .map(
      ([ctl, , risk], i) => `      <risk uuid="${uuid('sarr' + i)}">
        <title>Risk for ${ctl}</title>
        <description><p>Residual risk associated with the ${ctl} weakness.</p></description>
        <statement><p>Exploitation could affect tenant workloads.</p></statement>
        <prop name="risk-level" ns="${FRNS}" value="${risk}"/>
        <status>open</status>
      </risk>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<assessment-results xmlns="${NS}" uuid="${uuid('sar-root')}">
  <metadata>
    <title>Security Assessment Report - ${SYS} Annual Assessment 2025</title>
    <published>2025-08-01T00:00:00Z</published>
    <last-modified>2025-08-01T12:00:00Z</last-modified>
    <version>1.0</version>
    <oscal-version>1.0.4</oscal-version>
    <role id="assessor"><title>Third-Party Assessment Organization</title></role>
    <party uuid="${uuid('sar-3pao')}" type="organization"><name>${xmlEsc(TPAO)}</name></party>
    <responsible-party role-id="assessor"><party-uuid>${uuid('sar-3pao')}</party-uuid></responsible-party>
  </metadata>
  <import-ap href="./cap-sap-2025.json"/>
  <result uuid="${uuid('sar-result')}">
    <title>2025 Annual Assessment Results</title>
    <description><p>Results of the annual assessment performed between 24 June and 18 July 2025.</p></description>
    <start>2025-06-24T00:00:00Z</start>
    <end>2025-07-18T00:00:00Z</end>
    <reviewed-controls>
      <control-selection><include-all/></control-selection>
    </reviewed-controls>
    <attestation>
      <responsible-party role-id="assessor"><party-uuid>${uuid('sar-3pao')}</party-uuid></responsible-party>
      <part name="authorization-statements" ns="${FRNS}">
        <title>Authorization Recommendation</title>
        <prose>${xmlEsc(TPAO)} recommends that the ${SYS} be granted continued authorization. The risk exposure is acceptable: 0 High, 2 Moderate and 2 Low open risks remain, all tracked in the POA&amp;M.</prose>
      </part>
    </attestation>
${obs}
${risks}
${f}
  </result>
  <back-matter>
    <resource uuid="${uuid('sar-res')}"><title>Risk Exposure Table</title><rlink href="./sar-appendix-a-ret.xlsx"/></resource>
  </back-matter>
</assessment-results>
`;
}

function poamModel(tag: string, items: [string, string, string, string][]): Record<string, unknown> {
  return {
    'plan-of-action-and-milestones': {
      uuid: uuid('poam-root' + tag),
      metadata: {
        title: `${SYS} Plan of Action and Milestones - ${tag}`,
        'last-modified': '2025-06-30T23:00:00Z',
        version: tag,
        'oscal-version': '1.0.4',
        parties: [party('poam-csp' + tag, CSP)],
      },
      'import-ssp': { href: './cap-ssp.json' },
      'system-id': { 'identifier-type': 'http://fedramp.gov/ns/oscal', id: FR_ID },
      observations: items.map(([id, , desc]) => ({
        uuid: uuid('po-' + tag + id),
        description: desc,
        methods: ['TEST'],
        types: ['finding'],
        collected: '2025-06-01T00:00:00Z',
      })),
      risks: items.map(([id, title, desc, lvl]) => ({
        uuid: uuid('pr-' + tag + id),
        title,
        description: desc,
        statement: 'Open weakness tracked for remediation.',
        props: [{ name: 'risk-level', ns: FRNS, value: lvl }],
        status: 'open',
        deadline: lvl === 'high' ? '2025-07-01T00:00:00Z' : '2025-09-01T00:00:00Z',
        remediations: [{ uuid: uuid('prm-' + tag + id), lifecycle: 'planned', title: 'Remediation', description: 'Patch and redeploy via pipeline.' }],
      })),
      'poam-items': items.map(([id, title, desc]) => ({
        uuid: uuid('pi-' + tag + id),
        title,
        description: desc,
        props: [{ name: 'POAM-ID', ns: FRNS, value: id }],
        'related-observations': [{ 'observation-uuid': uuid('po-' + tag + id) }],
        'related-risks': [{ 'risk-uuid': uuid('pr-' + tag + id) }],
      })),
    },
  };
}

const POAM_ITEMS: [string, string, string, string][] = [
  ['V-0231', 'CVE-2024-6387 OpenSSH regreSSHion on bastion AMI', 'OpenSSH 8.7p1 on the bastion image is vulnerable to unauthenticated RCE (CVE-2024-6387).', 'high'],
  ['V-0232', 'Outdated glibc in api-gateway base image', 'Trivy reported CVE-2023-4911 in glibc 2.36-9 within the api-gateway container image.', 'moderate'],
  ['V-0240', 'TLS 1.0 enabled on legacy metrics endpoint', 'Internal ALB listener policy permits TLS 1.0; identified during annual assessment.', 'moderate'],
  ['C-0019', 'Stale service accounts in staging', 'Two IAM users without activity for more than 90 days.', 'low'],
];

function profileModel(): Record<string, unknown> {
  return {
    profile: {
      uuid: uuid('cw-profile'),
      metadata: {
        title: 'Cirrusway Tailored Moderate Overlay (internal reference)',
        'last-modified': '2025-03-04T00:00:00Z',
        version: '0.9.0',
        'oscal-version': '1.1.2',
        remarks: 'Reference overlay used by the policy-as-code engine; not a submission artefact.',
      },
      imports: [
        {
          href: 'https://raw.githubusercontent.com/GSA/fedramp-automation/master/dist/content/rev5/baselines/json/FedRAMP_rev5_MODERATE-baseline_profile.json',
          'include-controls': [{ 'with-ids': ['ac-2', 'ac-2.1', 'ac-6', 'au-2', 'cm-2', 'cm-6', 'ia-2', 'ra-5', 'sc-7', 'sc-13', 'si-2'] }],
        },
      ],
      merge: { 'as-is': true },
      modify: {
        'set-parameters': [
          { 'param-id': 'ac-2_prm_4', values: ['35 days'] },
          { 'param-id': 'ra-5_prm_1', values: ['continuously for container images; monthly for hosts'] },
        ],
        alters: [{ 'control-id': 'ra-5', adds: [{ position: 'ending', parts: [{ id: 'ra-5_cw-guidance', name: 'guidance', prose: 'Pipeline scans gate deployments on Critical and High findings with a fix available.' }] }] }],
      },
    },
  };
}

function componentDefModel(): Record<string, unknown> {
  return {
    'component-definition': {
      uuid: uuid('cw-compdef'),
      metadata: { title: 'Amazon EKS (GovCloud) - control implementation component', 'last-modified': '2025-04-18T00:00:00Z', version: '1.4.0', 'oscal-version': '1.1.2' },
      components: [
        {
          uuid: uuid('cd-eks'),
          type: 'service',
          title: 'Amazon EKS managed control plane',
          description: 'Reusable component describing how the EKS layer contributes to platform controls. Imported by SSP generation tooling.',
          'control-implementations': [
            {
              uuid: uuid('cd-ci'),
              source: 'https://raw.githubusercontent.com/GSA/fedramp-automation/master/dist/content/rev5/baselines/json/FedRAMP_rev5_MODERATE-baseline_profile.json',
              description: 'EKS contributions to the Moderate baseline.',
              'implemented-requirements': CONTROLS.slice(0, 6).map(([id, text]) => ({ uuid: uuid('cd-ir-' + id), 'control-id': id, description: text })),
            },
          ],
        },
      ],
    },
  };
}

export function oscalDocs(): EvalDoc[] {
  const ssp = sspModel('4.2.0');
  const sspYamlModel = sspModel('4.1.3');
  const poamYaml = poamModel('2025-05', POAM_ITEMS.slice(1));
  return [
    {
      file: 'doc-0412.json',
      expected: 'SSP',
      note: 'OSCAL system-security-plan JSON, minified with a UTF-8 BOM, generated by the compliance pipeline for a Moderate PaaS.',
      data: '\ufeff' + JSON.stringify(ssp),
    },
    {
      file: 'cap-ssp.oscal.yaml',
      expected: 'SSP',
      note: 'OSCAL system-security-plan in YAML with a leading generator comment and custom props.',
      data: '# yaml-language-server: $schema=https://github.com/usnistgov/OSCAL/releases/download/v1.1.2/oscal_ssp_schema.json\n# Generated by `make ssp` - edit ssp/src instead.\n---\n' + YAML.stringify(sspYamlModel, { lineWidth: 0 }),
    },
    {
      file: 'edge-runtime.xml',
      expected: 'SSP',
      note: 'OSCAL XML system-security-plan (Low) with a leading XML comment from the build tool.',
      data: sspXml(),
    },
    {
      file: 'sap_2025_annual.json',
      expected: 'SAP',
      note: 'OSCAL assessment-plan JSON from the 3PAO, pretty-printed, with rules of engagement, methodology and extra back-matter resources.',
      data: JSON.stringify(sapModel(), null, 2) + '\n',
    },
    {
      file: 'results.xml',
      expected: 'SAR',
      note: 'OSCAL assessment-results XML with findings, risks and the 3PAO authorization recommendation.',
      data: sarXml(),
    },
    {
      file: 'poam-2025-06.json',
      expected: 'POAM',
      note: 'OSCAL plan-of-action-and-milestones JSON (pretty, 4-space) exported from the findings store.',
      data: JSON.stringify(poamModel('2025-06', POAM_ITEMS), null, 4),
    },
    {
      file: 'export (2).yaml',
      expected: 'POAM',
      note: 'OSCAL plan-of-action-and-milestones in YAML with a comment header; the May ConMon POA&M.',
      data: '# POA&M snapshot for May 2025 ConMon submission\n' + YAML.stringify(poamYaml),
    },
    {
      file: 'fedramp-moderate-overlay.json',
      expected: 'UNKNOWN',
      note: 'OSCAL profile (tailoring overlay of the FedRAMP Moderate baseline): reference material for policy-as-code, not a deliverable.',
      data: JSON.stringify(profileModel(), null, 2),
    },
    {
      file: 'ssp-component-eks.json',
      expected: 'UNKNOWN',
      note: 'OSCAL component-definition for EKS used to generate SSP content; it is a building block, not an SSP or any deliverable (name is misleading).',
      data: JSON.stringify(componentDefModel()),
    },
  ];
}
