/** UNKNOWN look-alikes from the same cloud-native world: real documents that are not FedRAMP deliverables. */
import { readFile } from 'node:fs/promises';
import { stringify as stringifyYaml } from 'yaml';
import { fixture } from '../../support/fixtures.js';
import { buildDocx, buildPdf, buildXlsx, rng, toCsv, toMarkdown, uuidFrom } from './kit29.js';
import type { ProseDoc } from './kit29.js';
import { CSP, ISSO, PLATFORM_LEAD, SYS, SYS_ABBR, TPAO } from './world29.js';
import type { Eval29Doc } from './world29.js';

const COMPONENTS = [
  ['golang.org/x/net', 'v0.15.0', 'pkg:golang/golang.org/x/net@v0.15.0', 'BSD-3-Clause'],
  ['golang.org/x/crypto', 'v0.21.0', 'pkg:golang/golang.org/x/crypto@v0.21.0', 'BSD-3-Clause'],
  ['github.com/prometheus/client_golang', 'v1.19.0', 'pkg:golang/github.com/prometheus/client_golang@v1.19.0', 'Apache-2.0'],
  ['k8s.io/client-go', 'v0.30.2', 'pkg:golang/k8s.io/client-go@v0.30.2', 'Apache-2.0'],
  ['libxml2', '2.9.14+dfsg-1.3~deb12u1', 'pkg:deb/debian/libxml2@2.9.14%2Bdfsg-1.3~deb12u1?distro=debian-12', 'MIT'],
  ['openssl', '3.0.15-1~deb12u1', 'pkg:deb/debian/openssl@3.0.15-1~deb12u1?distro=debian-12', 'Apache-2.0'],
];

function cyclonedx(): string {
  const r = rng(601);
  return JSON.stringify({
    bomFormat: 'CycloneDX',
    specVersion: '1.5',
    serialNumber: `urn:uuid:${uuidFrom(r)}`,
    version: 1,
    metadata: { timestamp: '2025-03-02T05:14:30Z', tools: { components: [{ type: 'application', name: 'syft', version: '1.4.1' }] }, component: { 'bom-ref': 'console', type: 'container', name: 'registry.kmkp.internal/platform/console', version: '3.14.2' } },
    components: COMPONENTS.map((c) => ({ 'bom-ref': c[2], type: 'library', name: c[0], version: c[1], purl: c[2], licenses: [{ license: { id: c[3] } }] })),
    dependencies: [{ ref: 'console', dependsOn: COMPONENTS.map((c) => c[2]) }],
  }, null, 2);
}

function spdx(): string {
  return JSON.stringify({
    spdxVersion: 'SPDX-2.3',
    dataLicense: 'CC0-1.0',
    SPDXID: 'SPDXRef-DOCUMENT',
    name: 'kmkp-operator-1.9.0',
    documentNamespace: 'https://sbom.kestrelcloud.example/spdx/kmkp-operator-1.9.0-8f2a',
    creationInfo: { created: '2025-02-27T18:02:11Z', creators: ['Tool: trivy-0.50.1', 'Organization: Kestrel Cloud Systems'] },
    packages: COMPONENTS.map((c, i) => ({ name: c[0], SPDXID: `SPDXRef-Package-${i}`, versionInfo: c[1], downloadLocation: 'NOASSERTION', licenseConcluded: c[3], licenseDeclared: c[3], externalRefs: [{ referenceCategory: 'PACKAGE-MANAGER', referenceType: 'purl', referenceLocator: c[2] }] })),
    relationships: COMPONENTS.map((_, i) => ({ spdxElementId: 'SPDXRef-DOCUMENT', relationshipType: 'DESCRIBES', relatedSpdxElement: `SPDXRef-Package-${i}` })),
  }, null, 2);
}

function cloudtrail(): string {
  const r = rng(611);
  const names = ['AssumeRoleWithWebIdentity', 'DescribeCluster', 'PutObject', 'CreateGrant', 'UpdateNodegroupConfig'];
  return JSON.stringify({
    Records: names.map((n, i) => ({
      eventVersion: '1.09',
      userIdentity: { type: 'AssumedRole', principalId: 'AROA4EXAMPLEID:argocd-controller', arn: 'arn:aws-us-gov:sts::123456789012:assumed-role/kmkp-argocd/argocd-controller', accountId: '123456789012' },
      eventTime: `2025-03-03T14:0${i}:1${i}Z`,
      eventSource: n === 'PutObject' ? 's3.amazonaws.com' : n === 'CreateGrant' ? 'kms.amazonaws.com' : n.startsWith('Assume') ? 'sts.amazonaws.com' : 'eks.amazonaws.com',
      eventName: n,
      awsRegion: 'us-gov-west-1',
      sourceIPAddress: '10.41.12.17',
      userAgent: 'aws-sdk-go-v2/1.30.3',
      requestParameters: { name: 'kmkp-tenant-a' },
      responseElements: null,
      requestID: uuidFrom(r),
      eventID: uuidFrom(r),
      readOnly: n.startsWith('Describe'),
      eventType: 'AwsApiCall',
      managementEvent: true,
      recipientAccountId: '123456789012',
      eventCategory: 'Management',
    })),
  });
}

function flowLogs(): string {
  const r = rng(621);
  const lines = ['version account-id interface-id srcaddr dstaddr srcport dstport protocol packets bytes start end action log-status'];
  for (let i = 0; i < 40; i++) {
    const src = `10.41.${10 + Math.floor(r() * 20)}.${Math.floor(r() * 250)}`;
    const dst = i % 7 === 0 ? '198.51.100.24' : `10.41.${10 + Math.floor(r() * 20)}.${Math.floor(r() * 250)}`;
    lines.push(`2 123456789012 eni-0${Math.floor(r() * 1e12).toString(16)} ${src} ${dst} ${30000 + Math.floor(r() * 30000)} ${[443, 5432, 10250, 53][i % 4]} 6 ${1 + Math.floor(r() * 40)} ${200 + Math.floor(r() * 9000)} ${1740996000 + i * 60} ${1740996060 + i * 60} ${i % 11 === 0 ? 'REJECT' : 'ACCEPT'} OK`);
  }
  return lines.join('\n') + '\n';
}

function k8sManifests(): string {
  const docs = [
    { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'kmkp-console', namespace: 'kmkp-system', labels: { 'app.kubernetes.io/name': 'kmkp-console', 'app.kubernetes.io/part-of': 'kmkp' } }, spec: { replicas: 3, selector: { matchLabels: { 'app.kubernetes.io/name': 'kmkp-console' } }, template: { metadata: { labels: { 'app.kubernetes.io/name': 'kmkp-console' } }, spec: { serviceAccountName: 'kmkp-console', securityContext: { runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } }, containers: [{ name: 'console', image: 'registry.kmkp.internal/platform/console:3.14.2', ports: [{ containerPort: 8443 }], securityContext: { allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ['ALL'] } }, resources: { requests: { cpu: '250m', memory: '256Mi' }, limits: { memory: '512Mi' } } }] } } } },
    { apiVersion: 'v1', kind: 'Service', metadata: { name: 'kmkp-console', namespace: 'kmkp-system' }, spec: { selector: { 'app.kubernetes.io/name': 'kmkp-console' }, ports: [{ port: 443, targetPort: 8443 }] } },
    { apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { name: 'default-deny', namespace: 'kmkp-system' }, spec: { podSelector: {}, policyTypes: ['Ingress', 'Egress'] } },
  ];
  return docs.map((d) => stringifyYaml(d)).join('---\n');
}

function helmValues(): string {
  return `# values-prod-usgw1.yaml — kmkp-platform umbrella chart
# Owner: platform-sre@kestrelcloud.example. Changes require CCB approval (see CMP).
global:
  imageRegistry: registry.kmkp.internal
  fips: true
  region: us-gov-west-1
${stringifyYaml({
  console: { replicaCount: 3, image: { repository: 'platform/console', tag: '3.14.2' }, ingress: { enabled: true, className: 'alb', hosts: ['console.kmkp.kestrelcloud.example'], annotations: { 'alb.ingress.kubernetes.io/ssl-policy': 'ELBSecurityPolicy-TLS13-1-2-FIPS-2023-04' } } },
  vault: { enabled: true, server: { ha: { enabled: true, replicas: 5 }, seal: { awskms: { region: 'us-gov-west-1', kms_key_id: 'alias/kmkp-vault-unseal' } } } },
  falco: { enabled: true, driver: { kind: 'modern_ebpf' }, falcosidekick: { config: { splunk: { hostport: 'https://http-inputs-kestrel.splunkcloud.com:443' } } } },
  kyverno: { replicaCount: 3, admissionController: { failurePolicy: 'Fail' } },
})}`;
}

function kyvernoPolicy(): string {
  return stringifyYaml({
    apiVersion: 'kyverno.io/v1',
    kind: 'ClusterPolicy',
    metadata: { name: 'verify-kmkp-image-signatures', annotations: { 'policies.kyverno.io/title': 'Verify KMKP image signatures', 'policies.kyverno.io/category': 'Supply Chain Security', 'policies.kyverno.io/severity': 'high', 'policies.kyverno.io/description': 'Only images signed by the KMKP release key and carrying SLSA provenance are admitted to tenant and system namespaces.' } },
    spec: {
      validationFailureAction: 'Enforce',
      background: false,
      webhookTimeoutSeconds: 15,
      rules: [{ name: 'check-cosign-signature', match: { any: [{ resources: { kinds: ['Pod'] } }] }, verifyImages: [{ imageReferences: ['registry.kmkp.internal/*'], mutateDigest: true, attestors: [{ entries: [{ keys: { kms: 'awskms:///arn:aws-us-gov:kms:us-gov-west-1:123456789012:alias/kmkp-cosign' } }] }], attestations: [{ type: 'https://slsa.dev/provenance/v1', conditions: [{ all: [{ key: '{{ buildDefinition.buildType }}', operator: 'Equals', value: 'https://gitlab.kestrelcloud.example/ci/v1' }] }] }] }] }],
    },
  });
}

function siemAlerts(): string {
  const r = rng(631);
  const rules = ['Falco - Terminal shell in container', 'GuardDuty - Kubernetes anonymous access granted', 'Okta - MFA factor reset by admin', 'Vault - root token generated', 'CloudTrail - KMS key scheduled for deletion'];
  const rows: (string | number)[][] = [['_time', 'search_name', 'urgency', 'status', 'owner', 'src', 'user', 'dest', 'rule_description', 'notable_id']];
  for (let i = 0; i < 25; i++) {
    rows.push([`2025-03-0${1 + (i % 9)}T${String(i % 24).padStart(2, '0')}:1${i % 10}:0${i % 6}.000+00:00`, rules[i % rules.length]!, ['high', 'medium', 'critical', 'low'][i % 4]!, ['New', 'In Progress', 'Closed - false positive', 'Resolved'][i % 4]!, i % 3 === 0 ? 'unassigned' : 'secops-oncall', `10.41.${10 + (i % 20)}.${Math.floor(r() * 250)}`, i % 2 ? 'system:serviceaccount:tenant-17:builder' : 'dachterberg', 'kmkp-tenant-a', 'Correlation search fired; see drilldown.', uuidFrom(r)]);
  }
  return toCsv(rows, '\n');
}

function costUsage(): string {
  const r = rng(641);
  const products = [['AmazonEKS', 'USGW1-AmazonEKS-Hours:perCluster', 0.1], ['AmazonEC2', 'USGW1-BoxUsage:m6i.2xlarge', 0.464], ['AmazonRDS', 'USGW1-InstanceUsage:db.r6g.xlarge', 0.55], ['AmazonS3', 'USGW1-TimedStorage-ByteHrs', 0.000033], ['AWSKMS', 'us-gov-west-1-KMS-Requests', 0.00003]] as const;
  const rows: (string | number)[][] = [['identity/LineItemId', 'bill/BillingPeriodStartDate', 'lineItem/UsageAccountId', 'lineItem/LineItemType', 'lineItem/UsageStartDate', 'lineItem/ProductCode', 'lineItem/UsageType', 'lineItem/UsageAmount', 'lineItem/UnblendedRate', 'lineItem/UnblendedCost', 'resourceTags/user:kmkp-tenant']];
  for (let i = 0; i < 30; i++) {
    const p = products[i % products.length]!;
    const amt = Math.round((1 + r() * 700) * 100) / 100;
    rows.push([uuidFrom(r).replace(/-/g, '').slice(0, 26), '2025-02-01T00:00:00Z', '123456789012', 'Usage', `2025-02-${String(1 + (i % 28)).padStart(2, '0')}T00:00:00Z`, p[0], p[1], amt, p[2], Math.round(amt * p[2] * 1e6) / 1e6, `tenant-${1 + (i % 6)}`]);
  }
  return toCsv(rows);
}

function tflint(): string {
  return JSON.stringify({
    issues: [
      { rule: { name: 'terraform_deprecated_interpolation', severity: 'warning', link: 'https://github.com/terraform-linters/tflint-ruleset-terraform/blob/v0.9.1/docs/rules/terraform_deprecated_interpolation.md' }, message: 'Interpolation-only expressions are deprecated in Terraform v0.12.14', range: { filename: 'modules/eks/main.tf', start: { line: 41, column: 14 }, end: { line: 41, column: 33 } }, callers: [] },
      { rule: { name: 'aws_instance_invalid_type', severity: 'error', link: '' }, message: '"m6i.2xlarg" is an invalid value as instance_type', range: { filename: 'modules/bastion/main.tf', start: { line: 12, column: 19 }, end: { line: 12, column: 31 } }, callers: [] },
      { rule: { name: 'terraform_unused_declarations', severity: 'warning', link: 'https://github.com/terraform-linters/tflint-ruleset-terraform/blob/v0.9.1/docs/rules/terraform_unused_declarations.md' }, message: 'variable "legacy_gpu_ami" is declared but not used', range: { filename: 'envs/prod-usgw1/variables.tf', start: { line: 88, column: 1 }, end: { line: 88, column: 27 } }, callers: [] },
      { rule: { name: 'terraform_naming_convention', severity: 'notice', link: '' }, message: 'resource name "KMKP_logs" must match the following format: snake_case', range: { filename: 'modules/logging/s3.tf', start: { line: 3, column: 1 }, end: { line: 3, column: 32 } }, callers: [] },
    ],
    errors: [],
  }, null, 2);
}

function renovate(): string {
  return `# Dependency Dashboard

This issue lists Renovate updates and detected dependencies. Read the [Dependency Dashboard](https://docs.renovatebot.com/key-concepts/dashboard/) docs to learn more.

## Rate-Limited

These updates are currently rate-limited. Click on a checkbox below to force their creation now.

 - [ ] <!-- unlimit-branch=renovate/golang.org-x-net-0.x -->fix(deps): update module golang.org/x/net to v0.36.0
 - [ ] <!-- unlimit-branch=renovate/helm-falco-4.x -->chore(deps): update helm release falco to v4.20.1

## Open

These updates have all been created already. Click a checkbox below to force a retry/rebase of any.

 - [ ] <!-- rebase-branch=renovate/bottlerocket-1.x -->chore(deps): update bottlerocket AMI to v1.33.0 (\`charts/nodes/values.yaml\`)
 - [ ] <!-- rebase-branch=renovate/kyverno-3.x -->chore(deps): update helm release kyverno to v3.3.7
 - [ ] <!-- rebase-branch=renovate/major-terraform-aws -->chore(deps): update terraform aws to v6 (**major**)

## Pending Status Checks

 - [ ] <!-- approvePr-branch=renovate/trivy-0.x -->chore(deps): update aquasec/trivy docker tag to v0.60.0 (waiting for CI: image-scan, conftest)

## Detected dependencies

<details><summary>helm-values</summary>

 - \`charts/platform/values.yaml\`: falco 4.19.0, kyverno 3.3.4, vault 0.29.1, argo-cd 7.8.2

</details>

<details><summary>gomod</summary>

 - \`services/console/go.mod\`: go 1.22.7, golang.org/x/net v0.15.0, k8s.io/client-go v0.30.2

</details>

---

- [ ] <!-- manual job -->Check this box to trigger a request for Renovate to run again on this repository
`;
}

function threatModel(): ProseDoc {
  return {
    blocks: [
      { k: 'title', text: 'Threat Model: Tenant Build Pipeline (KMKP CI runners)' },
      { k: 'p', text: `Status: Accepted. Authors: platform security engineering. Reviewed: 2025-02-05 with ${PLATFORM_LEAD}. Method: STRIDE per element on the data flow diagram, attack trees for the two highest-ranked threats.` },
      { k: 'h1', text: 'Scope' },
      { k: 'p', text: 'Shared GitLab runners that build tenant images on ephemeral Kubernetes pods in the build cluster, the image push path to the registry, and the signing service. Out of scope: the tenant source repositories themselves.' },
      { k: 'h1', text: 'Assets' },
      { k: 'bullets', items: ['Cosign signing key (KMS)', 'Runner service account tokens', 'Cached base layers', 'Tenant build secrets injected by Vault'] },
      { k: 'h1', text: 'Threats' },
      { k: 'table', rows: [['ID', 'STRIDE', 'Threat', 'Likelihood', 'Impact', 'Mitigation'], ['T1', 'Elevation', 'Malicious build escapes pod via privileged Docker-in-Docker', 'Medium', 'High', 'Kaniko/Buildah rootless builds; no privileged pods (Kyverno)'], ['T2', 'Tampering', 'Cache poisoning across tenants', 'Medium', 'High', 'Per-tenant cache buckets; digest pinning'], ['T3', 'Information disclosure', 'Build logs leak Vault secrets', 'High', 'Medium', 'Masked variables; log scrubbing'], ['T4', 'Spoofing', 'Tenant requests a signature for an image it did not build', 'Low', 'High', 'Signing only from pipeline OIDC identity with provenance check']] },
      { k: 'h1', text: 'Open Questions' },
      { k: 'p', text: 'Should build pods run in gVisor? Decision deferred to ADR-0031. Residual risks go to the platform risk register, not to this document.' },
    ],
  };
}

function adr(): ProseDoc {
  return {
    blocks: [
      { k: 'title', text: 'ADR-0027: Adopt Cilium as the CNI for tenant clusters' },
      { k: 'p', text: 'Status: Accepted (2024-10-14). Deciders: platform architecture group. Supersedes: ADR-0009 (Calico).' },
      { k: 'h1', text: 'Context' },
      { k: 'p', text: 'Calico in iptables mode shows tail latency at 4,000+ services per cluster and requires a separate policy engine for L7 rules. We need FQDN-based egress policy for tenants and want eBPF observability (Hubble) for incident response.' },
      { k: 'h1', text: 'Decision' },
      { k: 'p', text: 'We will use Cilium 1.16 in ENI mode with kube-proxy replacement, Hubble enabled and the egress gateway for internet-bound traffic. Transparent encryption stays in IPsec mode until a FIPS-validated WireGuard path exists.' },
      { k: 'h1', text: 'Consequences' },
      { k: 'bullets', items: ['Migration per cluster with blue/green node groups; about two weeks per region.', 'Network policies must be rewritten as CiliumNetworkPolicy where FQDN rules are needed.', 'The security team must evaluate whether this is a significant change for FedRAMP before rollout.'] },
      { k: 'h1', text: 'Alternatives Considered' },
      { k: 'p', text: 'Calico eBPF dataplane (lacks FQDN policy in OSS), AWS VPC CNI with security groups for pods (coarse-grained, quota limits).' },
    ],
  };
}

function pir(): ProseDoc {
  return {
    metaTitle: 'PIR-2025-004',
    author: 'SRE',
    header: 'Blameless post-incident review \u2014 internal',
    blocks: [
      { k: 'title', text: 'Post-Incident Review: Console outage after certificate rotation (INC-2025-004)', size: 32 },
      { k: 'table', header: false, rows: [['Date of incident', '2025-02-18 13:02\u201314:47 UTC'], ['Severity', 'SEV-2 (availability)'], ['Incident commander', 'M. Haugland'], ['Security incident?', 'No \u2014 not reportable']] },
      { k: 'h1', text: 'Summary' },
      { k: 'p', text: 'The console returned HTTP 502 for 1 hour 45 minutes after cert-manager rotated the internal CA intermediate. The ALB target group health checks failed because the console pods still trusted only the previous intermediate.' },
      { k: 'h1', text: 'Timeline' },
      { k: 'table', rows: [['Time (UTC)', 'Event'], ['13:00', 'cert-manager renews intermediate'], ['13:02', 'Synthetic check alerts; page to SRE on-call'], ['13:31', 'Root cause suspected: trust bundle'], ['14:40', 'trust-manager bundle redeployed'], ['14:47', 'Recovery confirmed']] },
      { k: 'h1', text: 'Contributing Factors' },
      { k: 'bullets', items: ['Trust bundle distributed by a ConfigMap mounted at pod start only.', 'No staging test of intermediate rotation.', 'Runbook referenced a deprecated command.'] },
      { k: 'h1', text: 'Action Items' },
      { k: 'table', rows: [['Action', 'Owner', 'Due'], ['Reload trust bundle without restart', 'Platform SRE', '2025-03-15'], ['Add rotation game day to quarterly schedule', 'SRE manager', '2025-03-31'], ['Update runbook RB-112', 'On-call lead', '2025-02-28']] },
    ],
  };
}

function cisGuide(): ProseDoc {
  const recs = [
    ['3.1.1', 'Ensure that the kubeconfig file permissions are set to 644 or more restrictive', 'Automated', 'Bottlerocket sets 600 by default.'],
    ['3.2.1', 'Ensure that the Anonymous Auth is Not Enabled', 'Automated', 'settings.kubernetes.authentication-mode = "webhook".'],
    ['3.2.2', 'Ensure that the --authorization-mode argument is not set to AlwaysAllow', 'Automated', 'Webhook authorization (default).'],
    ['3.2.4', 'Ensure that the --read-only-port is disabled', 'Automated', 'Not exposed on Bottlerocket 1.19+.'],
    ['4.1.1', 'Ensure that the cluster-admin role is only used where required', 'Manual', 'Reviewed quarterly via rbac-lookup.'],
    ['4.5.1', 'Create administrative boundaries between resources using namespaces', 'Manual', 'One namespace set per tenant application.'],
    ['5.4.2', 'Ensure clusters are created with Private Endpoint Enabled and Public Access Disabled', 'Manual', 'Terraform module enforces endpoint_public_access = false.'],
  ];
  return {
    metaTitle: 'EKS hardening guide',
    author: 'Platform Security Engineering',
    blocks: [
      { k: 'title', text: 'Amazon EKS and Bottlerocket Hardening Guide' },
      { k: 'p', text: 'Platform engineering handbook \u2014 how we apply the CIS Amazon EKS Benchmark v1.5.0 and the CIS Bottlerocket Benchmark v1.0.0 to KMKP clusters. This guide is a how-to for engineers; it is not an authorization document.' },
      { k: 'h1', text: 'How to use this guide' },
      { k: 'p', text: 'Each recommendation shows the benchmark identifier, whether it is automated, and how our Terraform modules or Bottlerocket settings satisfy it. Run kube-bench in the cluster with the eks-1.5.0 target to verify.' },
      { k: 'h1', text: 'Worker node recommendations' },
      { k: 'table', rows: [['CIS ID', 'Recommendation', 'Type', 'How we comply'], ...recs] },
      { k: 'h1', text: 'Verifying' },
      { k: 'p', text: 'kubectl apply -f job-eks.yaml; kubectl logs job/kube-bench. Expect 0 FAIL on worker node checks; WARN items map to manual reviews listed above.' },
    ],
  };
}

function minutes(): ProseDoc {
  return {
    metaTitle: 'Meeting notes',
    author: ISSO,
    blocks: [
      { k: 'bold', text: `${SYS_ABBR} Monthly Continuous Monitoring Meeting \u2014 Minutes` },
      { k: 'p', text: `Date: 2025-04-15, 14:00\u201315:00 ET (Teams). Attendees: ${ISSO} (Kestrel ISSO), ${PLATFORM_LEAD} (System Owner), J. Whitcombe (DOC Agency ISSO), R. Okonkwo (${TPAO}).` },
      { k: 'h2', text: 'Agenda' },
      { k: 'bullets', items: ['Review of March deliverables (POA&M, scans, inventory)', 'Status of open High finding V-0200', 'Upcoming significant change (service mesh)', 'Annual assessment scheduling'] },
      { k: 'h2', text: 'Discussion' },
      { k: 'p', text: 'The agency ISSO confirmed receipt of the March POA&M and scan files. Two scan findings were not yet on the POA&M because they were detected on 03-31; Kestrel will add them in the April submission. V-0200 (containerd) is remediated on 396 of 412 nodes; the remaining GPU nodes depend on a vendor AMI and Kestrel intends to file a deviation request (operational requirement).' },
      { k: 'p', text: 'Kestrel described the planned Cilium service mesh change; the agency asked for the significant change request form at least 30 days before implementation. The 3PAO noted that the annual assessment window is proposed for 2026-02.' },
      { k: 'h2', text: 'Action Items' },
      { k: 'table', rows: [['#', 'Action', 'Owner', 'Due'], ['1', 'Add late-March findings to POA&M', ISSO, '2025-05-10'], ['2', 'Submit deviation request for GPU nodes', ISSO, '2025-05-01'], ['3', 'Send SCR draft to agency', PLATFORM_LEAD, '2025-06-01']] },
      { k: 'p', text: 'Next meeting: 2025-05-20.' },
    ],
  };
}

function soc2Bridge(): ProseDoc {
  return {
    metaTitle: 'Bridge Letter',
    blocks: [
      { k: 'p', text: 'Kestrel Cloud Systems, Inc.\n1200 Larkspur Way, Suite 400\nReston, VA 20190' },
      { k: 'p', text: 'March 20, 2025' },
      { k: 'p', text: 'To our customers and their auditors:' },
      { k: 'bold', text: 'Re: SOC 2 Type II Bridge Letter for the period October 1, 2024 through March 20, 2025' },
      { k: 'p', text: `${CSP} engaged an independent CPA firm to examine the description of its ${SYS} system and the suitability of the design and operating effectiveness of its controls relevant to the Security, Availability and Confidentiality Trust Services Criteria for the period October 1, 2023 to September 30, 2024. The SOC 2 Type II report was issued on November 22, 2024.` },
      { k: 'p', text: 'This letter bridges the gap between the end of the report period and the date of this letter. Management confirms that there have been no material changes to the system or to the internal controls described in the report, and that it is not aware of any material control deficiencies during the bridge period. The next SOC 2 Type II report, covering October 1, 2024 to September 30, 2025, is expected in November 2025.' },
      { k: 'p', text: 'This letter is not a CPA opinion and is intended solely for the information of customers and their auditors who have obtained the SOC 2 report.' },
      { k: 'p', text: 'Sincerely,\n\nChief Financial Officer, Kestrel Cloud Systems, Inc.' },
    ],
  };
}

function jobDescription(): string {
  return `Kestrel Cloud Systems — Careers
Job title: Senior Platform Security Engineer (FedRAMP)
Location: Reston, VA or remote (US); US citizenship required
Team: Platform Security Engineering

About the role
You will secure the Kestrel Managed Kubernetes Platform, a FedRAMP Moderate authorized PaaS running in AWS GovCloud. You will own the controls we implement in code — admission policies, image signing, network policy, runtime detection — and help our ISSO keep the continuous monitoring program healthy.

What you will do
  * Design and maintain Kyverno and OPA policies, Cosign signing and SLSA provenance for platform images.
  * Run the monthly vulnerability management cycle: triage Tenable, Trivy and Inspector findings and drive remediation within FedRAMP timelines.
  * Help prepare evidence for the annual 3PAO assessment and answer assessor questions.
  * Review significant changes for security impact with the Change Control Board.
  * Participate in the security on-call rotation (one week in six).

What you bring
  * 5+ years in cloud or platform security; deep Kubernetes and AWS knowledge.
  * Experience with FedRAMP, FISMA or DoD IL environments (SSP, POA&M, ConMon).
  * Go or Python; Terraform; CI/CD security.
  * Nice to have: CKS, OSCP, experience with OSCAL.

Compensation: $168,000 - $205,000 base, equity, 401(k) match. Kestrel is an equal opportunity employer.
`;
}

async function caiq(): Promise<Buffer> {
  const q = [
    ['A&A-01.1', 'Are audit and assurance policies, procedures and standards established, documented, approved, communicated, applied, evaluated and maintained?', 'Yes', 'FedRAMP Moderate ATO; SOC 2 Type II.'],
    ['AIS-01.1', 'Are application security policies and procedures established?', 'Yes', 'Secure SDLC standard; SAST and image scanning in CI.'],
    ['CEK-03.1', 'Are data at rest and in transit encrypted using cryptographic libraries certified to approved standards?', 'Yes', 'FIPS 140-validated modules; AWS KMS.'],
    ['DSP-05.1', 'Is data flow documentation created to identify what data is processed and where it is stored?', 'Yes', 'Data flow diagrams maintained in the architecture repository.'],
    ['IAM-14.1', 'Are strong authentication capabilities implemented?', 'Yes', 'Phishing-resistant MFA for all workforce access.'],
    ['TVM-07.1', 'Are vulnerabilities identified through scanning at least monthly?', 'Yes', 'Weekly authenticated scans; nightly image scans.'],
  ];
  return buildXlsx([
    { name: 'CAIQv4.0.3', rows: [['Consensus Assessments Initiative Questionnaire v4.0.3'], [`Completed by ${CSP} for a prospective state government customer`, '', 'Date: 2025-01-22'], [], ['Question ID', 'Question', 'CSP CAIQ Answer', 'SSRM Control Ownership / Notes'], ...q], boldRows: [4] },
  ], { title: 'CAIQ', creator: 'Sales Engineering' });
}

async function catalogExcerpt(): Promise<string> {
  const doc = JSON.parse(await readFile(fixture('oscal/FedRAMP_rev5_LOW-baseline-resolved-profile_catalog.excerpt.json'), 'utf8')) as { catalog: { metadata: { title: string } } };
  doc.catalog.metadata.title = `${doc.catalog.metadata.title} (excerpt kept for KMKP policy-as-code mapping)`;
  return JSON.stringify(doc, null, 1);
}

export async function unknownDocs(): Promise<Eval29Doc[]> {
  return [
    { file: 'console-3.14.2.cdx.json', expected: 'UNKNOWN', note: 'CycloneDX SBOM of the console image: a component list, not a vulnerability scan or inventory.', data: cyclonedx() },
    { file: 'sbom.spdx.json', expected: 'UNKNOWN', note: 'SPDX 2.3 SBOM of the operator image; not a FedRAMP deliverable.', data: spdx() },
    { file: '123456789012_CloudTrail_us-gov-west-1_20250303T1405Z.json', expected: 'UNKNOWN', note: 'Raw CloudTrail log file: audit events, not a deliverable.', data: cloudtrail() },
    { file: 'flowlogs-eni.txt', expected: 'UNKNOWN', note: 'VPC flow log records (default format): network telemetry, not a deliverable.', data: flowLogs() },
    { file: 'console-deploy.yaml', expected: 'UNKNOWN', note: 'Kubernetes manifests (Deployment, Service, NetworkPolicy) for the console.', data: k8sManifests() },
    { file: 'values-prod-usgw1.yaml', expected: 'UNKNOWN', note: 'Helm values file for the platform umbrella chart.', data: helmValues() },
    { file: 'verify-images.yaml', expected: 'UNKNOWN', note: 'Kyverno ClusterPolicy enforcing image signatures (policy-as-code, not a policy document).', data: kyvernoPolicy() },
    { file: 'notable_events_march.csv', expected: 'UNKNOWN', note: 'Splunk ES notable-event (SIEM alert) export; security alerts, not a vulnerability scan.', data: siemAlerts() },
    { file: 'kmkp-cur-2025-02.csv', expected: 'UNKNOWN', note: 'AWS Cost and Usage Report extract; billing data.', data: costUsage() },
    { file: 'tflint-report.json', expected: 'UNKNOWN', note: 'tflint IaC lint report (style and validity issues in Terraform), not a vulnerability scan.', data: tflint() },
    { file: 'dependency-dashboard.md', expected: 'UNKNOWN', note: 'Renovate dependency dashboard issue body listing pending dependency updates.', data: renovate() },
    { file: 'threat-model-ci-runners.md', expected: 'UNKNOWN', note: 'STRIDE threat model of the tenant build pipeline (engineering artefact).', data: toMarkdown(threatModel()) },
    { file: 'ADR-0027-cilium.md', expected: 'UNKNOWN', note: 'Architecture decision record adopting Cilium.', data: toMarkdown(adr()) },
    { file: 'PIR-2025-004.docx', expected: 'UNKNOWN', note: 'Blameless post-incident review of an availability outage (not an incident response plan).', data: await buildDocx(pir()) },
    { file: 'Configuration_Management_Plan.docx', expected: 'UNKNOWN', note: 'Engineering hardening guide applying the CIS EKS/Bottlerocket benchmarks; misleading file name, not the CMP.', data: await buildDocx(cisGuide()) },
    { file: 'ConMon-minutes-2025-04.docx', expected: 'UNKNOWN', note: 'Minutes of the monthly ConMon meeting that discuss POA&M, scans and a deviation request but are none of them.', data: await buildDocx(minutes()) },
    { file: 'SOC2_bridge_letter_2025.pdf', expected: 'UNKNOWN', note: 'SOC 2 Type II bridge letter from CSP management.', data: await buildPdf(soc2Bridge(), { serif: true }) },
    { file: 'CAIQ_v4_Kestrel.xlsx', expected: 'UNKNOWN', note: 'CSA CAIQ v4 vendor questionnaire answered for a prospective customer.', data: await caiq() },
    { file: 'job-posting-psec.txt', expected: 'UNKNOWN', note: 'Job description for a platform security engineer mentioning FedRAMP duties.', data: jobDescription() },
    { file: 'fedramp-low-catalog-excerpt.json', expected: 'UNKNOWN', note: 'OSCAL resolved-profile catalog excerpt (a baseline, not a deliverable).', data: await catalogExcerpt() },
  ];
}

