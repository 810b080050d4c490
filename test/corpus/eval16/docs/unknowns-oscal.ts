/** UNKNOWN look-alikes in OSCAL and policy-as-code: catalogs, profiles, component definitions, rule sets. */
import { stringify as yamlStringify } from 'yaml';
import type { CorpusDoc } from '../kit/corpus.js';
import { seeded, uuid } from '../kit/rand.js';
import { CSO, CSP, readFixture } from './org.js';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

async function catalog(): Promise<CorpusDoc> {
  const doc = JSON.parse(await readFixture('oscal/FedRAMP_rev5_LOW-baseline-resolved-profile_catalog.excerpt.json')) as { catalog: Record<string, Json> };
  const meta = doc.catalog.metadata as Record<string, Json>;
  const props = (meta.props as Json[] | undefined) ?? [];
  props.push({ name: 'exported-by', ns: 'https://grc.larkspur.example/ns/oscal', value: 'larkspur-grc-export 4.12.0' });
  meta.props = props;
  return { file: 'baseline-export.json', expected: 'UNKNOWN', note: 'OSCAL catalog (FedRAMP Low baseline resolved-profile excerpt) exported by a GRC tool: a control baseline, not an SSP or any deliverable.', data: JSON.stringify(doc, null, 2) };
}

async function profileXml(): Promise<CorpusDoc> {
  const xml = await readFixture('oscal/FedRAMP_rev5_LOW-baseline_profile.xml');
  return { file: 'SSP_profile.xml', expected: 'UNKNOWN', note: 'OSCAL profile (FedRAMP Rev5 Low baseline selection of controls); the file name mentions SSP but a profile is a baseline, not a deliverable.', data: xml };
}

function componentDefinition(): CorpusDoc {
  const r = seeded(901);
  const reqs: [string, string][] = [
    ['ac-2', 'RDS database users are created only through the Terraform module rds-users; IAM database authentication maps users to federated roles.'],
    ['au-2', 'PostgreSQL logging captures connections, disconnections, DDL and failed authentication; logs are exported to CloudWatch Logs.'],
    ['cm-6', 'The parameter group lcmc-pg15-hardened applies rds.force_ssl=1, log_connections=1 and password_encryption=scram-sha-256.'],
    ['cp-9', 'Automated snapshots are taken daily with 35-day retention; point-in-time recovery is enabled.'],
    ['sc-8', 'Connections require TLS 1.2 with the rds-ca-rsa2048-g1 certificate authority.'],
    ['sc-28', 'Storage is encrypted with a customer-managed KMS key.'],
  ];
  const doc = {
    'component-definition': {
      uuid: uuid(r),
      metadata: {
        title: 'Amazon RDS for PostgreSQL – Larkspur hardened configuration',
        'last-modified': '2025-02-27T12:00:00Z',
        version: '1.4.0',
        'oscal-version': '1.1.2',
        parties: [{ uuid: uuid(r), type: 'organization', name: CSP, 'email-addresses': ['platform@larkspur.example'] }],
        remarks: 'Reusable component description maintained by the platform team. Import into system-level documents with the `trestle` tooling.',
      },
      components: [
        {
          uuid: uuid(r),
          type: 'service',
          title: 'Amazon RDS for PostgreSQL 15',
          description: 'Managed relational database service configured with the Larkspur hardened parameter group.',
          props: [{ name: 'vendor', ns: 'https://platform.larkspur.example/ns/oscal', value: 'Amazon Web Services' }],
          'control-implementations': [
            {
              uuid: uuid(r),
              source: 'https://raw.githubusercontent.com/GSA/fedramp-automation/master/dist/content/rev5/baselines/json/FedRAMP_rev5_MODERATE-baseline_profile.json',
              description: 'Controls supported by the component when deployed with the hardened module.',
              'implemented-requirements': reqs.map(([id, text]) => ({ uuid: uuid(r), 'control-id': id, description: text })),
            },
          ],
        },
      ],
    },
  };
  return { file: 'component-definition.json', expected: 'UNKNOWN', note: 'OSCAL component-definition for a database service with per-control descriptions: reusable component content, not a system security plan.', data: JSON.stringify(doc) };
}

function corporateProfile(): CorpusDoc {
  const r = seeded(902);
  const shared = { name: 'owner', ns: 'https://grc.larkspur.example/ns/oscal', value: 'corporate-isms' };
  const doc = {
    profile: {
      uuid: uuid(r),
      metadata: { title: 'Larkspur Corporate ISMS Control Profile (ISO 27001 aligned)', 'last-modified': '2025-01-20T00:00:00Z', version: '2025.1', 'oscal-version': '1.1.2', props: [shared] },
      imports: [{ href: 'https://raw.githubusercontent.com/usnistgov/oscal-content/main/nist.gov/SP800-53/rev5/json/NIST_SP-800-53_rev5_catalog.json', 'include-controls': [{ 'with-ids': ['ac-1', 'ac-2', 'at-2', 'cp-2', 'ir-4', 'ra-3', 'sr-3'] }] }],
      merge: { 'as-is': true },
      modify: {
        'set-parameters': [
          { 'param-id': 'ac-2_prm_1', values: ['corporate IT and HR system accounts'], props: [shared] },
          { 'param-id': 'at-2_prm_2', values: ['annually'], props: [shared] },
        ],
      },
    },
  };
  const yaml = yamlStringify(doc);
  return { file: 'isms-profile.yaml', expected: 'UNKNOWN', note: 'OSCAL profile in YAML tailoring 800-53 for a corporate ISMS (with anchor/alias): a control selection, not a deliverable.', data: `# corporate ISMS tailoring - owner: GRC\n${yaml}` };
}

function custodian(): CorpusDoc {
  const yaml = `# policy-as-code: Cloud Custodian rules enforced in all GovCloud accounts
# mapping to NIST 800-53 is informational; evidence is exported monthly to the GRC platform
vars:
  notify: &notify
    type: notify
    to: [secops@larkspur.example]
    transport: { type: sqs, queue: https://sqs.us-gov-west-1.amazonaws.com/123456789012/custodian-mailer }

policies:
  - name: s3-require-sse-kms            # SC-28
    resource: aws.s3
    description: Buckets must use SSE-KMS with a customer managed key.
    filters:
      - type: bucket-encryption
        state: false
    actions:
      - type: set-bucket-encryption
        crypto: aws:kms
      - <<: *notify
        subject: "[custodian] S3 bucket encryption remediated"

  - name: ec2-no-public-ip              # SC-7
    resource: aws.ec2
    filters:
      - type: value
        key: PublicIpAddress
        value: present
    actions:
      - stop
      - <<: *notify
        subject: "[custodian] EC2 instance with public IP stopped"

  - name: iam-user-mfa-required         # IA-2(1)
    resource: aws.iam-user
    filters:
      - type: credential
        key: mfa_active
        value: false
    actions:
      - <<: *notify
        subject: "[custodian] IAM user without MFA"

  - name: rds-encrypted-and-private     # SC-28, SC-7
    resource: aws.rds
    filters:
      - or:
          - StorageEncrypted: false
          - PubliclyAccessible: true
    actions:
      - <<: *notify
        subject: "[custodian] non-compliant RDS instance"

  - name: cloudtrail-enabled-all-regions  # AU-2, AU-12
    resource: aws.account
    filters:
      - type: check-cloudtrail
        global-events: true
        multi-region: true
        running: true
`;
  return { file: 'custodian-policies.yml', expected: 'UNKNOWN', note: `Cloud Custodian policy-as-code rule set (YAML with anchors and comments) for ${CSO}'s accounts: enforcement rules, not a deliverable.`, data: yaml };
}

export async function oscalUnknownDocs(): Promise<CorpusDoc[]> {
  return [await catalog(), await profileXml(), componentDefinition(), corporateProfile(), custodian()];
}
