/** Prose deliverables of the eval37 corpus, as block lists (rendered to docx, pdf, md or text). */
import type { Block } from './kit37.js';
import {
  AGENCY, ALT_DC, AO, CISO, CSP, CSP_SHORT, CUI_NOTICE, DCOPS, ISSO, PRIMARY_DC, PROPRIETARY, SYS, SYS_ABBR, TPAO,
  approvals, assets, distribution, revisionHistory, toc,
} from './world37.js';

function ctrl(id: string, name: string, origination: string, parts: string[]): Block[] {
  return [
    { h: 3, text: `${id} ${name}` },
    {
      table: [
        [`${id} Control Summary Information`, ''],
        ['Responsible Role:', 'ISSO; Data Center Operations Manager'],
        ['Implementation Status (check all that apply):', 'Implemented'],
        ['Control Origination (check all that apply):', origination],
      ],
    },
    { p: `${id} What is the solution and how is it implemented?`, bold: true },
    ...parts.map((t, i) => ({ p: parts.length > 1 ? `Part ${String.fromCharCode(97 + i)}: ${t}` : t })),
  ];
}

export function sspBlocks(): Block[] {
  const hv = assets().filter((a) => a.kind === 'Hypervisor host').length;
  return [
    { p: CSP, bold: true, size: 28, center: true },
    { p: `${SYS} (${SYS_ABBR})`, bold: true, size: 40, center: true },
    { p: 'System Security Plan', bold: true, size: 36, center: true },
    { p: 'FedRAMP High Baseline — Rev 5', center: true },
    { p: 'Version 2.3 — March 12, 2026', center: true },
    { p: CUI_NOTICE, size: 16 },
    { pageBreak: true },
    ...revisionHistory([
      ['08/04/2025', '1.0', 'Initial draft for agency partnership kickoff', ISSO],
      ['11/21/2025', '2.0', 'Incorporated GEG-2 alternate site and NSX micro-segmentation', ISSO],
      ['02/06/2026', '2.2', 'Updated PE and CP families after facility walkthrough', 'R. Tanaka'],
      ['03/12/2026', '2.3', 'Addressed agency comments on SC-7 and SC-8', ISSO],
    ]),
    ...approvals([
      [CISO, 'Chief Information Security Officer'],
      ['Gregory Albescu', 'Chief Executive Officer and System Owner'],
    ]),
    ...toc(['1 Information System Name / Title', '2 Information System Categorization', '3 Information System Owner', '9 General System Description', '10 System Environment and Inventory', '13 Minimum Security Controls', 'Appendix A: Attachments']),
    { pageBreak: true },
    { h: 1, text: '1 Information System Name / Title' },
    { p: `This System Security Plan provides an overview of the security requirements for the ${SYS} (${SYS_ABBR}) and describes the controls in place or planned for implementation to provide a level of security appropriate for the information to be transmitted, processed or stored by the system. Information security is vital to our critical infrastructure and its effective performance and protection is a key component of our national security program.` },
    { table: [['Unique Identifier', 'Information System Name', 'Information System Abbreviation'], ['FR2611409873', SYS, SYS_ABBR]] },
    { h: 1, text: '2 Information System Categorization' },
    { p: `The overall information system sensitivity categorization is recorded in Table 2-1 and is determined in accordance with FIPS 199 and NIST SP 800-60. The complete categorization is provided in Attachment 10, FIPS 199 Categorization. The system is categorized as High.` },
    { table: [['Security Objective', 'Low, Moderate or High'], ['Confidentiality', 'High'], ['Integrity', 'High'], ['Availability', 'High']] },
    { h: 2, text: '2.1 Digital Identity Determination' },
    { p: 'The digital identity level selected for the CIIC is IAL3 / AAL3 / FAL3 for privileged users and IAL2 / AAL2 / FAL2 for tenant console users, as documented in Attachment 3, Digital Identity Worksheet.' },
    { h: 1, text: '3 Information System Owner' },
    { table: [['Name', 'Gregory Albescu'], ['Title', 'Chief Executive Officer'], ['Company / Organization', CSP], ['Address', '2150 E. Overland Road, Meridian, ID 83642'], ['Phone Number', '(208) 555-0148'], ['Email Address', 'galbescu@cascadeiron.net']] },
    { h: 1, text: '9 General System Description' },
    { p: `The ${SYS_ABBR} is an Infrastructure as a Service (IaaS) offering that provides federal tenants with virtual compute, dedicated bare-metal servers, block and file storage, and software-defined networking. The service is delivered entirely from data centers owned and operated by ${CSP_SHORT}: the primary processing site ${PRIMARY_DC} and the alternate processing site ${ALT_DC}. No third-party cloud service provider is leveraged; the physical and environmental controls are therefore inherited by tenants from ${CSP_SHORT} rather than from an underlying provider.` },
    { p: `Tenant compute runs on ${hv} VMware ESXi 8.0 hypervisor hosts in vSAN-backed clusters, with NSX providing distributed firewalling between tenant segments. Bare-metal nodes are provisioned through the CIIC portal and isolated on dedicated VLANs. Persistent storage is provided by NetApp AFF A400 controllers replicated with SnapMirror to the alternate site.` },
    { h: 2, text: '9.1 Information System Components and Boundaries' },
    { p: 'The authorization boundary includes the tenant data plane (hypervisors, bare-metal nodes, storage controllers), the management plane (vCenter, NSX Manager, the CIIC provisioning portal, the privileged access jump hosts), the network devices that enforce the boundary (Palo Alto PA-5445 firewalls in FIPS-CC mode and Arista 7280R3 leaf and spine switches) and the supporting security tooling (Splunk Enterprise, Tenable Security Center, CrowdStrike Falcon). The authorization boundary diagram is shown in Figure 9-1.' },
    { p: '[Figure 9-1 Authorization Boundary Diagram — see Attachment 13 diagram labels]' },
    { h: 2, text: '9.2 Types of Users' },
    { table: [['Role', 'Internal or External', 'Privileged, Non-Privileged, or No Logical Access', 'Sensitivity Level', 'Authorized Privileges', 'Functions Performed'], ['Virtualization Administrator', 'Internal', 'Privileged', 'High Risk', 'Full administrative access to vCenter', 'Host patching, cluster maintenance'], ['Data Center Technician', 'Internal', 'No Logical Access', 'Moderate Risk', 'Physical access to data halls', 'Rack and stack, hardware replacement'], ['Tenant Administrator', 'External', 'Privileged', 'N/A', 'Tenant-scoped portal administration', 'Provision VMs and networks']] },
    { h: 1, text: '10 System Environment and Inventory' },
    { p: 'Directions for attaching the FedRAMP Inventory Workbook can be found in Attachment 13, FedRAMP Integrated Inventory Workbook. The inventory is updated monthly and submitted with the continuous monitoring deliverables alongside the POA&M and vulnerability scan results.' },
    { h: 2, text: '10.1 Data Flow' },
    { p: 'Tenant traffic enters through redundant carrier circuits terminated on the boundary firewalls, is inspected, and is forwarded to tenant segments over the leaf-spine fabric. Management traffic is restricted to the out-of-band management network (10.40.0.0/16) reachable only through the privileged access jump hosts with phishing-resistant MFA.' },
    { h: 1, text: '13 Minimum Security Controls' },
    { p: 'Security controls must meet minimum security control baseline requirements. The following sections describe how each control of the FedRAMP High baseline is implemented. The full responsibility split is recorded in Attachment 9, CIS/CRM Workbook.' },
    ...ctrl('AC-2', 'Account Management (L)(M)(H)', 'Service Provider Corporate; Service Provider System Specific', [
      'Account types for the CIIC are defined as individual privileged, individual non-privileged, service and emergency accounts.',
      'Account managers are assigned by the System Owner for each directory realm (corporate AD, vCenter SSO, CIIC portal).',
      'Membership in privileged groups requires an approved ServiceNow access request with manager and ISSO approval.',
    ]),
    ...ctrl('CP-7', 'Alternate Processing Site (M)(H)', 'Service Provider System Specific', [
      `The alternate processing site is ${ALT_DC}, located 410 miles from the primary site and outside its flood plain and seismic zone. Agreements permit transfer and resumption of tenant workloads within the RTO defined in the Information System Contingency Plan (Attachment 6).`,
      'Equipment and supplies required to resume operations are pre-positioned at GEG-2, including spare hypervisor capacity sized at 60% of BOI-1 peak.',
    ]),
    ...ctrl('PE-3', 'Physical Access Control (L)(M)(H)', 'Service Provider Corporate', [
      'Physical access to the data halls is enforced by a badge reader plus biometric hand geometry at the mantrap, with anti-passback enabled. Access authorizations are reviewed quarterly by the Data Center Operations Manager.',
      'Visitors are escorted at all times and recorded in the visitor management system; visitor records are retained for one year.',
    ]),
    ...ctrl('PE-11', 'Emergency Power (M)(H)', 'Service Provider Corporate', [
      'Each data hall is served by 2N UPS systems providing 12 minutes of runtime at design load, bridging to two 2.0 MW diesel generators with 72 hours of on-site fuel and priority refueling contracts.',
    ]),
    ...ctrl('SC-7', 'Boundary Protection (L)(M)(H)', 'Service Provider System Specific', [
      'Palo Alto PA-5445 firewalls in an active/passive pair monitor and control communications at the external boundary and at key internal boundaries between the management plane and tenant segments.',
      'Publicly accessible portal components are placed in a DMZ subnet that is logically separated from internal networks.',
      'Connections to external networks are made only through managed interfaces consisting of the boundary firewalls and the web application firewall.',
    ]),
    { h: 1, text: 'Appendix A: Attachments' },
    { table: [['Attachment', 'Title'], ['1', 'Information Security Policies and Procedures'], ['2', 'User Guide'], ['3', 'Digital Identity Worksheet'], ['4', 'Privacy Threshold Analysis / Privacy Impact Assessment'], ['5', 'Rules of Behavior'], ['6', 'Information System Contingency Plan'], ['7', 'Configuration Management Plan'], ['8', 'Incident Response Plan'], ['9', 'CIS/CRM Workbook'], ['10', 'FIPS 199'], ['11', 'Separation of Duties Matrix'], ['12', 'Laws and Regulations'], ['13', 'Integrated Inventory Workbook']] },
  ];
}

export function contingencyBlocks(variant: number): Block[] {
  return [
    ...(variant === 0
      ? [
          { p: `${CSP}`, bold: true, size: 26 } as Block,
          { p: `${SYS} (${SYS_ABBR}) Information System Contingency Plan`, bold: true, size: 36 } as Block,
          { p: 'Attachment 6 — Version 1.4 — February 2026' } as Block,
        ]
      : [{ p: `ISCP | ${SYS_ABBR} | High`, size: 18 } as Block]),
    ...revisionHistory([
      ['06/30/2025', '1.0', 'Initial plan', 'L. Sorensen'],
      ['12/15/2025', '1.3', 'Added generator fuel contract details and GEG-2 activation', 'L. Sorensen'],
      ['02/20/2026', '1.4', 'Results of annual functional exercise incorporated', ISSO],
    ]),
    ...approvals([[CISO, 'CISO'], [DCOPS, 'Director, Data Center Operations']]),
    ...(variant === 0 ? [] : [{ h: 1, text: 'Information System Contingency Plan (ISCP)' } as Block]),
    { h: 1, text: '1. Introduction and Purpose' },
    { p: `This Information System Contingency Plan (ISCP) establishes procedures to recover the ${SYS_ABBR} following a disruption. The plan follows NIST SP 800-34 Rev. 1 and satisfies the FedRAMP CP family requirements at the High baseline. It applies to the primary processing site ${PRIMARY_DC} and the alternate processing site ${ALT_DC}.` },
    { h: 2, text: '1.1 Recovery Objectives' },
    { table: [['Component', 'MTD', 'RTO', 'RPO'], ['Tenant compute clusters', '24 hours', '8 hours', '15 minutes'], ['CIIC provisioning portal', '24 hours', '4 hours', '1 hour'], ['NetApp tenant storage', '24 hours', '8 hours', '15 minutes (SnapMirror)'], ['Boundary firewalls', '12 hours', '2 hours', 'Configuration backup (daily)']] },
    { h: 1, text: '2. Concept of Operations' },
    { p: 'The plan is executed in three phases: Activation and Notification, Recovery, and Reconstitution. The ISCP Director (Director, Data Center Operations) declares a contingency when an outage is expected to exceed the RTO of any critical component, or when the primary site becomes uninhabitable.' },
    { h: 2, text: '2.1 Alternate Processing Site' },
    { p: `The alternate processing site is ${ALT_DC}, a ${CSP_SHORT}-owned facility 410 miles from BOI-1. It is a warm site: hypervisor clusters run at reduced tenant density and can absorb 60% of BOI-1 peak load. SnapMirror replication of tenant volumes runs continuously with a 15-minute schedule.` },
    { h: 2, text: '2.2 Alternate Storage Site' },
    { p: 'Backups are written to an immutable object store at GEG-2 and copied weekly to encrypted LTO-9 media held by Iron Vault Records Management in Boise under contract IV-2291.' },
    { h: 2, text: '2.3 Alternate Telecommunications and Power' },
    { p: 'Each site has two diverse carrier entrances. Emergency power is provided by two 2.0 MW diesel generators per site with 72 hours of fuel. Fuel resupply is contracted with Treasure Valley Petroleum (priority emergency delivery within 6 hours, contract TVP-2024-118) and Inland Fuel Services for GEG-2.' },
    { h: 1, text: '3. Activation and Notification' },
    { p: 'The Network Operations Center detects the outage and notifies the on-call Data Center Duty Manager, who performs an outage assessment within 30 minutes. The ISCP Director is notified through the emergency call tree in Appendix A. Agency customers are notified through the status page and by e-mail to the POCs listed in the SSP.' },
    { bullets: ['Assess the extent of the damage to facility power, cooling and network.', 'Determine whether the RTO of any component will be exceeded.', 'Declare activation and open a bridge line.', 'Notify the FedRAMP PMO and agency AOs when the incident also meets US-CERT reporting thresholds per the Incident Response Plan.'] },
    { h: 1, text: '4. Recovery' },
    { p: 'Recovery procedures are sequenced: boundary firewalls and core switching first, then the management plane (vCenter, NSX Manager, directory services), then storage failover (SnapMirror break and promote), and finally tenant workloads in tenant priority order. Each step is verified by the Recovery Team Lead before the next begins.' },
    { h: 1, text: '5. Reconstitution' },
    { p: 'Reconstitution returns operations to BOI-1 after the facility is certified safe by the facilities engineer. Data is resynchronised in reverse, validated with checksums and tenant acceptance, and the alternate site is returned to standby. Lessons learned are captured and the plan updated.' },
    { h: 1, text: '6. Plan Testing and Maintenance' },
    { p: 'The ISCP is tested annually with a functional exercise (CP-4) and reviewed after every activation. The most recent exercise, a simulated loss of utility power and cooling at BOI-1, was conducted on 01/28/2026; results are recorded in the ISCP test report.' },
    { h: 1, text: 'Appendix A: Personnel Contact List' },
    { table: [['Role', 'Name', 'Phone'], ['ISCP Director', DCOPS, '(208) 555-0190'], ['ISSO', ISSO, '(208) 555-0177'], ['Recovery Team Lead', 'Jonah Perrault', '(509) 555-0121']] },
    { h: 1, text: 'Appendix B: Vendor and Supplier Contacts' },
    { table: [['Vendor', 'Service', 'Contract', 'Emergency contact'], ['Treasure Valley Petroleum', 'Diesel fuel resupply, BOI-1 (6-hour emergency delivery)', 'TVP-2024-118', '(208) 555-0133'], ['Inland Fuel Services', 'Diesel fuel resupply, GEG-2', 'IFS-3371', '(509) 555-0166'], ['High Desert Power Systems', 'Generator repair, 4-hour response', 'HDPS-SVC-22', '(208) 555-0109'], ['Summit Third-Party Maintenance', 'Server and storage parts, 4-hour on-site', 'STPM-2026-01', '(800) 555-0177'], ['Iron Vault Records Management', 'Off-site media retrieval', 'IV-2291', '(208) 555-0150']] },
    { h: 1, text: 'Appendix C: Detailed Recovery Procedures' },
    { h: 2, text: 'C.1 Loss of Utility Power at BOI-1' },
    { bullets: ['Confirm that both generators started and the ATS transferred (BMS alarm panel).', 'Verify UPS systems returned to normal mode within 30 seconds of transfer.', 'Check bulk and belly tank levels; if projected runtime is below 36 hours, call the fuel supplier for emergency delivery.', 'If a generator fails to start, shed non-critical loads (office HVAC, Hall B test racks) per the load-shed list.', 'If utility power is not expected to return within 48 hours, prepare GEG-2 failover.'] },
    { h: 2, text: 'C.2 Failover of Tenant Storage to GEG-2' },
    { bullets: ['Quiesce SnapMirror relationships and record the last transfer timestamp for each tenant volume.', 'Break the relationships and make the GEG-2 volumes writable.', 'Update DNS records for tenant NFS and iSCSI endpoints (TTL 60 seconds).', 'Power on tenant VMs from the recovery cluster in the order recorded in the tenant priority list.', 'Notify tenants of the recovery point achieved.'] },
    { h: 2, text: 'C.3 Loss of Cooling' },
    { p: 'If supply air temperature in a cold aisle exceeds 32 °C for more than ten minutes, the Duty Manager begins a controlled shutdown of test and non-tenant systems, migrates tenant workloads to the unaffected hall or to GEG-2, and engages the mechanical contractor. Hardware is powered down before inlet temperatures reach the manufacturer maximum of 35 °C.' },
    { h: 1, text: 'Appendix D: Alternate Site Readiness Checklist' },
    { table: [['Item', 'Frequency', 'Last verified'], ['Recovery cluster capacity report', 'Monthly', '03/01/2026'], ['SnapMirror lag below 15 minutes', 'Daily (automated)', '03/11/2026'], ['Generator test under load at GEG-2', 'Monthly', '02/24/2026'], ['Badge access for recovery team at GEG-2', 'Quarterly', '01/09/2026']] },
  ];
}

export function cmpBlocks(): Block[] {
  return [
    { p: `${SYS} Configuration Management Plan`, bold: true, size: 36 },
    { p: `Prepared by ${CSP} — Version 3.0 — January 30, 2026` },
    ...revisionHistory([['10/02/2025', '2.0', 'Rewritten for Rev 5', ISSO], ['01/30/2026', '3.0', 'Added network device baselines', 'T. Nakamura']]),
    ...distribution(['Change Advisory Board members', 'Network Engineering', 'Virtualization Engineering', 'ISSO']),
    { h: 1, text: '1 Purpose' },
    { p: `This Configuration Management Plan (CMP) describes how ${CSP_SHORT} establishes and maintains the integrity of the ${SYS_ABBR} hardware, firmware and software configurations throughout the system development life cycle, in accordance with NIST SP 800-128 and the CM family of the FedRAMP High baseline.` },
    { h: 1, text: '2 Roles and Responsibilities' },
    { table: [['Role', 'Responsibility'], ['Change Advisory Board (CAB)', 'Reviews and approves normal and significant changes'], ['Configuration Manager', 'Maintains the CMDB and configuration baselines'], ['ISSO', 'Performs security impact analysis (CM-4)'], ['Change Implementer', 'Executes approved changes in the approved window']] },
    { h: 1, text: '3 Configuration Baselines' },
    { p: 'Baselines are maintained for each component type: ESXi hosts (hardened per the DISA VMware vSphere 8.0 STIG), RHEL 9 bare-metal images (CIS Level 2), Arista EOS switches, PAN-OS firewalls, NetApp ONTAP and iDRAC firmware. Baselines are stored in the Git repository ciic-baselines and deployed through Ansible and vSphere Lifecycle Manager. Deviations detected by nightly compliance scans raise tickets automatically.' },
    { h: 1, text: '4 Change Control Process' },
    { bullets: ['Request: changes are submitted as ServiceNow change records with a rollback plan.', 'Security impact analysis: the ISSO determines whether the change is a significant change requiring FedRAMP notification.', 'Approval: the CAB meets weekly on Tuesdays; emergency changes are approved by two CAB members and reviewed retroactively.', 'Implementation: changes are executed only in published maintenance windows.', 'Verification: post-change scans confirm the baseline.'] },
    { h: 1, text: '5 Configuration Monitoring and Inventory' },
    { p: 'The component inventory (CM-8) is reconciled monthly between the CMDB, vCenter, NetBox and Tenable discovery results and reported in the Integrated Inventory Workbook. Unauthorized components detected on the management network are isolated by NAC within 15 minutes.' },
    { h: 1, text: '6 Firmware and Patch Management' },
    { p: 'Firmware for servers, storage controllers and network devices is reviewed quarterly against vendor advisories. Critical firmware vulnerabilities are handled through the vulnerability management process with the remediation timeframes in the POA&M.' },
    { h: 1, text: '7 Configuration Items and Baselines' },
    { table: [['Configuration item class', 'Baseline', 'Tooling', 'Owner'], ...[...new Set(assets().map((a) => `${a.kind}|${a.os} ${a.osVersion}|${a.owner}`))].map((k) => { const [kind, os, owner] = k.split('|'); return [kind ?? '', `${os ?? ''} hardened baseline v3`, kind === 'Hypervisor host' ? 'vLCM + Ansible' : 'Ansible / vendor CLI', owner ?? '']; })] },
    { h: 1, text: '8 Training and Plan Maintenance' },
    { p: 'All CAB members and change implementers complete configuration management training annually. This plan is reviewed annually by the Configuration Manager and the ISSO and updated after any significant change to the system. Changes to this plan are recorded in the revision history.' },
  ];
}

export function irpBlocks(): Block[] {
  return [
    { p: `${SYS_ABBR} Incident Response Plan`, bold: true, size: 36 },
    { p: `Owner: Security Operations, ${CSP}. Review cycle: annual. Current version 2.1 (02/2026).` },
    ...revisionHistory([['04/12/2025', '1.0', 'Initial', 'SOC Manager'], ['02/02/2026', '2.1', 'Added physical intrusion playbook and US-CERT timelines', ISSO]]),
    { h: 1, text: '1 Introduction' },
    { p: `This Incident Response Plan (IRP) describes how ${CSP_SHORT} prepares for, detects, analyzes, contains, eradicates and recovers from security incidents affecting the ${SYS_ABBR}, consistent with NIST SP 800-61 Rev. 2, the FedRAMP Incident Communications Procedures and US-CERT Federal Incident Notification Guidelines.` },
    { h: 1, text: '2 Incident Response Team' },
    { table: [['Role', 'Primary', 'Backup'], ['Incident Commander', 'SOC Manager', ISSO], ['Forensics Lead', 'A. Delacroix', 'K. Bui'], ['Facilities Liaison', DCOPS, 'J. Perrault'], ['Communications', 'VP Customer Success', 'Legal Counsel']] },
    { h: 1, text: '3 Incident Categories and Severity' },
    { table: [['Severity', 'Definition', 'Response time'], ['SEV-1', 'Confirmed compromise of management plane or tenant data', '15 minutes'], ['SEV-2', 'Suspected compromise; malware on a hypervisor or jump host', '1 hour'], ['SEV-3', 'Policy violation, failed physical access attempts', '4 hours']] },
    { h: 1, text: '4 Reporting Requirements' },
    { p: 'Incidents affecting federal data are reported to US-CERT within one hour of identification, and to the FedRAMP PMO and the agency ISSO of every leveraging agency. The incident ticket records the timeline, indicators of compromise, affected assets by unique asset identifier, and actions taken.' },
    { h: 1, text: '5 Detection and Analysis' },
    { p: 'Detection sources include Splunk correlation searches on ESXi, PAN-OS and ONTAP logs, CrowdStrike Falcon alerts on jump hosts and bare-metal images, NetFlow anomaly detection on the spine switches, and alarms from the physical access control system forwarded by the facility security desk.' },
    { h: 1, text: '6 Containment, Eradication and Recovery' },
    { bullets: ['Isolate affected hypervisors by placing them in maintenance mode and migrating tenant VMs.', 'Quarantine bare-metal nodes by moving their switch ports to the quarantine VLAN.', 'Preserve volatile memory and disk images before reimaging.', 'Rotate credentials for any privileged account used on an affected asset.'] },
    { h: 2, text: '6.1 Playbook: Physical Intrusion at a Data Center' },
    { bullets: ['Security desk notifies the SOC and the Duty Manager; CCTV footage for the affected zone is preserved.', 'Badge access events for the affected doors are exported and reviewed for the previous 24 hours.', 'Racks in the affected zone are inspected for tampering, unknown devices and broken seals.', 'Any device found connected without authorization is photographed, disconnected and retained as evidence.', 'Law enforcement is contacted where a break-in is confirmed.'] },
    { h: 2, text: '6.2 Playbook: Compromised Hypervisor' },
    { bullets: ['Place the host in maintenance mode and evacuate tenant VMs to healthy hosts.', 'Capture the host support bundle and core dumps; isolate the management VMkernel interface.', 'Reimage the host from the approved ESXi baseline and rotate the host root password and certificates.', 'Review vCenter events and Splunk logs for lateral movement to other hosts.'] },
    { h: 1, text: '7 Post-Incident Activity and Testing' },
    { p: 'A lessons-learned review is held within ten business days of closing any SEV-1 or SEV-2 incident. The plan is tested annually through a tabletop exercise (IR-3); the 2026 exercise simulated ransomware on the vCenter appliance combined with a tailgating event at BOI-1.' },
  ];
}

export function policyBlocks(family: 'PE' | 'AC'): Block[] {
  const pe = family === 'PE';
  const title = pe ? 'Physical and Environmental Protection Policy and Procedures' : 'Access Control Policy and Procedures';
  return [
    { p: `${CSP}`, bold: true },
    { p: title, bold: true, size: 34 },
    { p: `Information Security Policies and Procedures — ${SYS_ABBR} — Attachment 1 (${family} family)` },
    ...revisionHistory([['05/01/2025', '1.0', 'Initial issue', CISO], ['01/15/2026', '1.2', 'Annual review; no material change', CISO]]),
    { h: 1, text: '1 Purpose' },
    { p: `This document establishes the ${pe ? 'physical and environmental protection' : 'access control'} policy for the ${SYS_ABBR} and the procedures that implement it, satisfying control ${family}-1 of the FedRAMP High baseline. It is reviewed and updated at least annually and following significant changes.` },
    { h: 1, text: '2 Scope' },
    { p: `This policy applies to all ${CSP_SHORT} employees, contractors and visitors with ${pe ? 'physical access to BOI-1 and GEG-2' : 'logical access to the management plane and tenant administration interfaces'}.` },
    { h: 1, text: '3 Roles and Responsibilities' },
    { p: `The CISO owns this policy. The ${pe ? 'Director, Data Center Operations' : 'Identity and Access Management team lead'} is responsible for the procedures. Managers ensure their staff comply. Violations are handled under the Personnel Sanctions procedure (PS-8).` },
    { h: 1, text: '4 Policy' },
    ...(pe
      ? [
          { h: 2, text: `PE-2 Physical Access Authorizations` } as Block,
          { p: 'An access list of personnel with authorized access to the data halls is maintained, credentials are issued only after background screening, and the list is reviewed every 90 days.' } as Block,
          { h: 2, text: 'PE-3 Physical Access Control' } as Block,
          { p: 'Entry and exit points are controlled by badge readers, biometric readers and mantraps; keys, combinations and badge credentials are inventoried and changed when lost or when personnel are transferred or terminated.' } as Block,
          { h: 2, text: 'PE-6 Monitoring Physical Access' } as Block,
          { p: 'Physical access logs are reviewed weekly and upon occurrence of suspicious events; CCTV recordings are retained for 90 days.' } as Block,
          { h: 2, text: 'PE-13 Fire Protection / PE-14 Environmental Controls / PE-15 Water Damage Protection' } as Block,
          { p: 'Data halls are protected by clean-agent fire suppression with VESDA early detection. Temperature is maintained between 18 and 27 °C and humidity within ASHRAE A1 recommendations. Leak detection cable runs under all CRAH units with master shutoff valves accessible to key personnel.' } as Block,
        ]
      : [
          { h: 2, text: 'AC-2 Account Management' } as Block,
          { p: 'Accounts are requested through ServiceNow, approved by the account owner and the ISSO, reviewed quarterly for privileged accounts and disabled within 24 hours of termination.' } as Block,
          { h: 2, text: 'AC-6 Least Privilege' } as Block,
          { p: 'Privileged functions on hypervisors, storage arrays and network devices require membership in role-specific groups; administrators use separate non-privileged accounts for non-security functions.' } as Block,
          { h: 2, text: 'AC-17 Remote Access' } as Block,
          { p: 'Remote administrative access is permitted only through the privileged access jump hosts over FIPS 140-validated VPN with phishing-resistant MFA.' } as Block,
        ]),
    { h: 1, text: '5 Procedures' },
    { bullets: pe ? ['Issue badge after HR confirmation and signed Rules of Behavior.', 'Escort visitors; log arrival and departure.', 'Review access list quarterly and remove stale entries.', 'Test fire suppression and generators per the maintenance schedule.'] : ['Submit access request.', 'Approve by manager and ISSO.', 'Provision group membership.', 'Review quarterly and attest.'] },
    { h: 1, text: '6 Compliance and Review' },
    { p: `Compliance with this policy is assessed annually by the 3PAO during the FedRAMP assessment. Exceptions require written approval from the CISO. ${PROPRIETARY}` },
  ];
}

export function userGuideBlocks(): Block[] {
  return [
    { p: `${SYS_ABBR} Tenant Portal User Guide`, bold: true, size: 34 },
    { p: `Release 2026.1 — ${CSP}` },
    ...toc(['1 Getting Started', '2 Signing In', '3 Provisioning a Virtual Machine', '4 Ordering a Bare-Metal Server', '5 Managing Storage Volumes', '6 Network Security Groups', '7 Getting Help']),
    { h: 1, text: '1 Getting Started' },
    { p: `This User Guide explains how tenant administrators and users operate the ${SYS} through the tenant portal (https://portal.ciic.cascadeiron.net) and the REST API. It describes the security features available to you and your responsibilities for configuring them securely. Your agency's customer responsibilities are summarized in the CRM.` },
    { h: 1, text: '2 Signing In' },
    { p: 'Sign in with your PIV/CAC card or a FIDO2 security key. Password-only sign-in is disabled. Sessions end after 15 minutes of inactivity. If you are locked out after three failed attempts, contact your tenant administrator.' },
    { h: 1, text: '3 Provisioning a Virtual Machine' },
    { bullets: ['Select Compute > Virtual Machines > Create.', 'Choose an approved hardened image (RHEL 9 CIS L2, Windows Server 2022 STIG).', 'Pick an instance size and a tenant network segment.', 'Attach an SSH public key; password authentication is disabled by default.', 'Click Create. The VM appears in the list within about two minutes.'] },
    { h: 1, text: '4 Ordering a Bare-Metal Server' },
    { p: 'Bare-metal servers are dedicated to one tenant. Choose a server profile, a hardened OS image and a VLAN. Provisioning takes up to 40 minutes because the server is wiped using NIST SP 800-88 purge procedures before hand-off.' },
    { h: 1, text: '5 Managing Storage Volumes' },
    { p: 'Volumes are encrypted at rest with FIPS 140-validated NetApp Volume Encryption. You may create snapshots, resize volumes and enable cross-site replication to GEG-2 from the Storage page.' },
    { h: 1, text: '6 Network Security Groups' },
    { p: 'By default all inbound traffic to a tenant segment is denied. Add rules in Networking > Security Groups. Rules are enforced by the NSX distributed firewall on each hypervisor.' },
    { h: 1, text: '7 Getting Help' },
    { p: 'Open a support ticket from the portal or call the 24x7 NOC at (208) 555-0100. Report suspected security incidents immediately by selecting "Security Incident" as the ticket category.' },
  ];
}

export function scrmBlocks(): Block[] {
  return [
    { p: `${SYS_ABBR} Supply Chain Risk Management Plan`, bold: true, size: 34 },
    { p: `${CSP} — SR-2 — Version 1.1 — March 2026` },
    ...revisionHistory([['09/09/2025', '1.0', 'Initial plan', 'Procurement Security Lead'], ['03/02/2026', '1.1', 'Added firmware provenance checks', ISSO]]),
    ...approvals([[CISO, 'CISO'], ['Helen Moravec', 'VP Procurement']]),
    { h: 1, text: '1 Introduction' },
    { p: `This Supply Chain Risk Management (SCRM) Plan describes how ${CSP_SHORT} identifies, assesses and mitigates supply chain risks to the ${SYS_ABBR}, in accordance with NIST SP 800-161 Rev. 1 and controls SR-1 through SR-12 of the FedRAMP High baseline. As an IaaS provider that buys servers, storage arrays and network equipment directly, the plan focuses on hardware and firmware provenance.` },
    { h: 1, text: '2 SCRM Roles' },
    { table: [['Role', 'Responsibility'], ['SCRM Team', 'Evaluates suppliers and critical components'], ['Procurement', 'Enforces contract clauses and acquisition strategies'], ['Receiving / DC Operations', 'Performs tamper inspection on delivery (SR-10)'], ['ISSO', 'Tracks supply chain risks in the POA&M where applicable']] },
    { h: 1, text: '3 Supplier Assessment' },
    { p: 'Critical suppliers (Dell, Supermicro, NetApp, Arista, Palo Alto Networks) are assessed before award and annually: ownership and foreign influence, secure development practices, vulnerability disclosure, and the existence of authorized reseller channels. Purchases are made only from the OEM or authorized distributors (SR-5).' },
    { h: 1, text: '4 Component Authenticity and Tamper Resistance' },
    { p: 'On receipt, packaging seals and serial numbers are checked against the advance ship notice. Server firmware is verified with vendor-signed secure boot and Dell Secured Component Verification certificates. Counterfeit or suspect components are quarantined and reported to the OEM and to GIDEP (SR-11).' },
    { h: 1, text: '5 Notification Agreements and Provenance' },
    { p: 'Contracts require suppliers to notify Cascade Ironworks of compromises, recalls and end-of-life dates (SR-8). Provenance records (SR-4) for every hardware asset are kept in NetBox linked to the purchase order and the unique asset identifier.' },
    { h: 1, text: '6 Disposal' },
    { p: 'Failed drives never leave the facility intact: they are degaussed and shredded on site under SR-12 and MP-6, and the certificate of destruction is retained for three years.' },
  ];
}

export function fips199Blocks(): Block[] {
  return [
    { p: 'FIPS 199 Security Categorization', bold: true, size: 34 },
    { p: `${SYS} (${SYS_ABBR}) — Attachment 10` },
    ...revisionHistory([['07/01/2025', '1.0', 'Initial categorization', ISSO]]),
    { h: 1, text: '1 Introduction and Purpose' },
    { p: 'This document describes the security categorization of the system in accordance with FIPS PUB 199, Standards for Security Categorization of Federal Information and Information Systems, and NIST SP 800-60 Volume II. The categorization determines the FedRAMP baseline.' },
    { h: 1, text: '2 Information Types' },
    { table: [['Information Type (SP 800-60 ID)', 'Confidentiality', 'Integrity', 'Availability'], ['C.3.5.1 System Development', 'Low', 'Moderate', 'Low'], ['C.3.5.5 Information Management', 'Moderate', 'Moderate', 'Moderate'], ['D.14.1 Water Resource Management (tenant data)', 'High', 'High', 'High'], ['C.2.8.12 Emergency Response', 'Moderate', 'High', 'High']] },
    { h: 1, text: '3 Security Categorization' },
    { p: 'SC CIIC = {(confidentiality, HIGH), (integrity, HIGH), (availability, HIGH)}. Based on the high water mark, the overall system security categorization is HIGH, and the FedRAMP High baseline is selected.' },
    { h: 2, text: 'Adjustments' },
    { p: 'No adjustments to the provisional impact levels were made. Tenant agencies may host mission-critical water infrastructure telemetry, supporting a High availability impact.' },
    { h: 1, text: '4 Approval' },
    { table: [['System Owner', 'Gregory Albescu', '03/03/2026'], ['ISSO', ISSO, '03/03/2026']] },
  ];
}

export function diwBlocks(): Block[] {
  return [
    { p: 'Digital Identity Worksheet', bold: true, size: 34 },
    { p: `${SYS_ABBR} — SSP Attachment 3 — NIST SP 800-63-3` },
    { h: 1, text: 'Introduction and Purpose' },
    { p: 'This worksheet records the digital identity assurance levels selected for the system: Identity Assurance Level (IAL), Authenticator Assurance Level (AAL) and Federation Assurance Level (FAL), following the process in NIST SP 800-63-3 section 6.' },
    { h: 1, text: 'Digital Identity Level Selection' },
    { table: [['User population', 'IAL', 'AAL', 'FAL', 'Rationale'], ['Privileged administrators', 'IAL3', 'AAL3', 'FAL3', 'Compromise could affect all tenants and physical infrastructure management'], ['Tenant administrators', 'IAL2', 'AAL2', 'FAL2', 'Federated from agency IdP with PIV'], ['Tenant API service accounts', 'N/A', 'AAL2', 'N/A', 'Mutual TLS client certificates']] },
    { h: 1, text: 'Risk Assessment for Impact Categories' },
    { table: [['Potential impact category', 'Impact level'], ['Inconvenience, distress or damage to standing or reputation', 'Moderate'], ['Financial loss or agency liability', 'High'], ['Harm to agency programs or public interests', 'High'], ['Unauthorized release of sensitive information', 'High'], ['Personal safety', 'Moderate'], ['Civil or criminal violations', 'Moderate']] },
    { h: 1, text: 'Selected Level' },
    { p: 'Based on the assessment above the system requires IAL3 / AAL3 / FAL3 for privileged users. Authenticators are PIV cards and FIDO2 hardware keys with verifier-impersonation resistance.' },
  ];
}

export function privacyBlocks(kind: 'PTA' | 'PIA'): Block[] {
  const pta = kind === 'PTA';
  return [
    { p: pta ? 'Privacy Threshold Analysis (PTA)' : 'Privacy Impact Assessment (PIA)', bold: true, size: 34 },
    { p: `${SYS} — SSP Attachment 4` },
    ...revisionHistory([['08/20/2025', '1.0', `Initial ${kind}`, 'Privacy Officer']]),
    { h: 1, text: pta ? 'Privacy Threshold Analysis' : 'Section 1: Characterization of the Information' },
    { p: pta ? `This PTA determines whether the ${SYS_ABBR} collects, maintains or disseminates personally identifiable information (PII) and therefore requires a full Privacy Impact Assessment.` : 'This PIA describes the PII handled by the system, why it is collected, how it is used and protected, and with whom it is shared, as required by the E-Government Act of 2002 section 208.' },
    { h: 2, text: pta ? 'Qualifying Questions' : '1.1 What PII is collected?' },
    ...(pta
      ? [{ table: [['#', 'Question', 'Yes / No'], ['1', 'Does the system collect, maintain, use or share PII in any form?', 'Yes'], ['2', 'Does the system collect PII from members of the public?', 'No'], ['3', 'Does the system collect Social Security Numbers?', 'No'], ['4', 'Does the system collect PII of federal employees or contractors?', 'Yes (administrator names, work e-mail, badge photos for facility access)']] } as Block,
          { p: 'Designation: the system collects PII of employees and tenant administrators; a PIA is required. Tenant workload data may contain PII but is controlled by the tenant agency and covered by the agency\'s own PIA.' } as Block]
      : [{ p: 'Names, business e-mail addresses, phone numbers and PIV certificate subject names of tenant administrators; names and badge photographs of personnel with physical access to the data centers; visitor names and escorting employee.' } as Block,
          { h: 2, text: '1.2 Why is the PII collected?' } as Block,
          { p: 'To authenticate users, authorize physical access and meet audit requirements (AU-2, PE-8).' } as Block,
          { h: 1, text: 'Section 2: Uses, Sharing and Retention' } as Block,
          { p: 'PII is used only for identification, authentication and audit. It is not shared outside Cascade Ironworks except with the tenant agency and law enforcement when required. Records are retained per NARA GRS 3.2.' } as Block,
          { h: 1, text: 'Section 3: Safeguards' } as Block,
          { p: 'Access to PII is limited to the IAM team and facility security. Data at rest is encrypted with FIPS 140-3 validated modules.' } as Block]),
    { h: 1, text: 'Signatures' },
    { table: [['Privacy Officer', 'Ines Calderwood', '09/01/2025'], ['System Owner', 'Gregory Albescu', '09/01/2025']] },
  ];
}

export function robBlocks(): Block[] {
  return [
    { p: `${SYS_ABBR} Rules of Behavior for Privileged Users`, bold: true, size: 32 },
    { p: `${CSP} — Attachment 5` },
    { h: 1, text: 'Introduction' },
    { p: 'These Rules of Behavior describe the responsibilities and expected behavior of every person with privileged access to the system or with unescorted physical access to its data centers. Users must read and sign these rules before access is granted and re-sign annually (PL-4).' },
    { h: 1, text: 'Rules' },
    { bullets: ['I will use my privileged account only for administrative tasks and use my standard account for e-mail and web browsing.', 'I will not share my PIV card, FIDO2 key, PIN or badge, and will report lost credentials immediately.', 'I will not connect personal devices to the management network or any data hall port.', 'I will not tailgate or allow others to tailgate through mantraps.', 'I will not photograph racks, diagrams or screens in the data halls.', 'I will report suspected incidents to the SOC immediately.', 'I understand that my activities are logged and monitored and that violations may result in loss of access and disciplinary action.'] },
    { h: 1, text: 'Acknowledgement' },
    { p: 'I have read and understand the Rules of Behavior and agree to comply with them.' },
    { table: [['User name', ''], ['Signature', ''], ['Date', '']] },
  ];
}

export function lawsBlocks(): Block[] {
  return [
    { p: 'Laws and Regulations', bold: true, size: 34 },
    { p: `${SYS_ABBR} — SSP Attachment 12 — applicable laws, regulations, standards and guidance` },
    { h: 1, text: 'Applicable Laws and Regulations' },
    { table: [['Identification Number', 'Title', 'Date', 'Link'], ['44 U.S.C. 3551 et seq.', 'Federal Information Security Modernization Act of 2014 (FISMA)', '12/2014', 'https://www.congress.gov/bill/113th-congress/senate-bill/2521'], ['5 U.S.C. 552a', 'Privacy Act of 1974', '1974', 'https://www.justice.gov/opcl/privacy-act-1974'], ['OMB A-130', 'Managing Information as a Strategic Resource', '07/2016', 'https://www.whitehouse.gov/omb'], ['OMB M-22-09', 'Moving the U.S. Government Toward Zero Trust Cybersecurity Principles', '01/2022', 'https://www.whitehouse.gov/omb'], ['HSPD-12', 'Policy for a Common Identification Standard for Federal Employees and Contractors', '08/2004', 'https://www.dhs.gov/homeland-security-presidential-directive-12']] },
    { h: 1, text: 'Applicable Standards and Guidance' },
    { table: [['Identification Number', 'Title', 'Date'], ['FIPS 140-3', 'Security Requirements for Cryptographic Modules', '03/2019'], ['FIPS 199', 'Standards for Security Categorization of Federal Information and Information Systems', '02/2004'], ['NIST SP 800-34 Rev. 1', 'Contingency Planning Guide for Federal Information Systems', '05/2010'], ['NIST SP 800-53 Rev. 5', 'Security and Privacy Controls for Information Systems and Organizations', '09/2020'], ['NIST SP 800-88 Rev. 1', 'Guidelines for Media Sanitization', '12/2014'], ['NIST SP 800-161 Rev. 1', 'Cybersecurity Supply Chain Risk Management Practices', '05/2022']] },
  ];
}

export function sapBlocks(): Block[] {
  return [
    { p: TPAO, bold: true },
    { p: `Security Assessment Plan (SAP) for the ${SYS}`, bold: true, size: 34 },
    { p: `Prepared for ${CSP} and ${AGENCY} — FedRAMP High — Initial Assessment — Version 1.0, March 2026` },
    ...revisionHistory([['03/04/2026', '0.9', 'Draft for CSP review', 'N. Halvorsen (3PAO)'], ['03/11/2026', '1.0', 'Final for agency approval', 'N. Halvorsen (3PAO)']]),
    { h: 1, text: '1 Introduction' },
    { p: `${TPAO}, an A2LA-accredited FedRAMP Third Party Assessment Organization, will perform an independent assessment of the ${SYS_ABBR}. This Security Assessment Plan describes the scope, methodology, test plan and rules of engagement. Results will be documented in the Security Assessment Report (SAR).` },
    { h: 1, text: '2 Scope' },
    { p: `The assessment covers the full FedRAMP High baseline (410 controls and enhancements) across both data centers: ${PRIMARY_DC} and ${ALT_DC}. In-scope components are listed in Appendix A and are drawn from the Integrated Inventory Workbook dated 02/28/2026.` },
    { table: [['Component type', 'Count', 'Sampling'], ['Hypervisor hosts (ESXi 8.0)', '8', '100% vulnerability scanning; 3 configuration samples'], ['Network devices', '6', '100% configuration review'], ['Storage controllers', '3', '100%'], ['Physical sites', '2', 'On-site inspection of both']] },
    { h: 1, text: '3 Assumptions' },
    { bullets: ['The CSP will provide credentials for authenticated scanning of all hypervisors and network devices.', 'Facility escorts will be available for the physical walkthroughs on 04/07 (BOI-1) and 04/09 (GEG-2).', 'Security controls that have been identified as inherited are out of scope.'] },
    { h: 1, text: '4 Methodology' },
    { p: 'Controls are tested with the examine, interview and test methods of NIST SP 800-53A Rev. 5. Physical and environmental controls are tested by direct observation of badge readers, mantraps, CCTV coverage, fire suppression panels and generator test records.' },
    { h: 1, text: '5 Test Plan' },
    { table: [['Role', 'Name', 'Organization'], ['Assessment Lead', 'Nils Halvorsen', TPAO], ['Penetration Tester', 'Rosa Ibekwe', TPAO], ['CSP POC', ISSO, CSP]] },
    { p: 'Testing schedule: kickoff 04/06/2026; on-site testing 04/07–04/10; penetration testing 04/13–04/24; SAR delivery 05/22/2026.' },
    { h: 1, text: '6 Rules of Engagement' },
    { p: 'Penetration testing will originate from the 3PAO source addresses 198.51.100.20–29. Denial-of-service, social engineering of tenant staff and physical break-in attempts are out of scope. The CSP may halt testing at any time by calling the 3PAO lead. Tenant data will not be accessed or exfiltrated.' },
    { table: [['Rules of Engagement Signatures', '', ''], ['CSP System Owner', 'Gregory Albescu', '03/12/2026'], ['3PAO Assessment Lead', 'Nils Halvorsen', '03/12/2026']] },
  ];
}

export function sarBlocks(): Block[] {
  return [
    { p: `Security Assessment Report (SAR)`, bold: true, size: 36 },
    { p: `${SYS} — FedRAMP High — Initial Authorization` },
    { p: `Prepared by ${TPAO} — May 22, 2026` },
    ...revisionHistory([['05/22/2026', '1.0', 'Final SAR', 'N. Halvorsen (3PAO)']]),
    { h: 1, text: 'Executive Summary' },
    { p: `${TPAO} performed an independent security assessment of the ${SYS_ABBR} between April 6 and April 24, 2026, in accordance with the approved Security Assessment Plan. The assessment covered 410 controls of the FedRAMP High baseline at both data centers. This report documents the results and the 3PAO's recommendation.` },
    { h: 2, text: 'Summary of Risks' },
    { table: [['Risk Category', 'Total', '% of Total'], ['High', '2', '9%'], ['Moderate', '9', '41%'], ['Low', '11', '50%'], ['Operationally Required', '1', ''], ['Total', '22', '100%']] },
    { h: 1, text: 'Risk Exposure Table' },
    { table: [['Identifier', 'Name', 'Source', 'Initial Risk', 'Adjusted Risk', 'Remediation'], ['V-01', 'iDRAC firmware with known RCE (CVE-2024-25943)', 'Nessus', 'High', 'High', 'Upgrade to 7.10.50.00'], ['V-02', 'Arista EOS SNMPv2c community enabled on two leaves', 'Config review', 'High', 'Moderate', 'Disable SNMPv2c'], ['T-03', 'Visitor log retention shorter than one year at GEG-2', 'Examine', 'Moderate', 'Moderate', 'Extend retention'], ['T-07', 'Generator load bank test exceeded annual interval', 'Examine', 'Low', 'Low', 'Complete test']] },
    { h: 1, text: 'Assessment Methodology and Deviations from the SAP' },
    { p: 'Testing followed the SAP without material deviation, except that the GEG-2 walkthrough was moved to 04/10 due to weather.' },
    { h: 1, text: 'Authorization Recommendation' },
    { p: `${TPAO} attests that the ${SYS_ABBR} has implemented the FedRAMP High baseline with the exceptions in the risk exposure table. With two High risks scheduled for remediation within 30 days and no unmitigated critical findings, the 3PAO recommends the system for authorization.` },
    { table: [['3PAO Signature', 'Nils Halvorsen, Assessment Lead', '05/22/2026']] },
  ];
}

export function atoBlocks(): Block[] {
  return [
    { p: 'UNITED STATES DEPARTMENT OF THE INTERIOR', bold: true, center: true },
    { p: AGENCY.toUpperCase(), bold: true, center: true },
    { p: 'Office of the Chief Information Officer — 1849 C Street NW, Washington, DC 20240', center: true, size: 18 },
    { p: 'June 30, 2026' },
    { p: `MEMORANDUM FOR: Gregory Albescu, Chief Executive Officer, ${CSP}` },
    { p: `FROM: ${AO}, Chief Information Officer and Authorizing Official` },
    { p: `SUBJECT: Authority to Operate (ATO) — ${SYS} (${SYS_ABBR}), FedRAMP High`, bold: true },
    { p: `Based on my review of the System Security Plan, the Security Assessment Report prepared by ${TPAO}, and the Plan of Action and Milestones, I have determined that the risk to agency operations, agency assets and individuals resulting from the operation of the ${SYS_ABBR} is acceptable. Accordingly, I hereby grant an Authority to Operate for the ${SYS_ABBR} at the High impact level.` },
    { p: 'This authorization is valid for three years from the date of this letter, subject to the continuous monitoring requirements of the FedRAMP program. The CSP shall provide monthly POA&M updates, vulnerability scan results and inventory updates, and shall remediate the two High risks identified in the SAR within 30 days.' },
    { p: 'This ATO may be revoked if the security posture of the system changes significantly or if continuous monitoring deliverables are not provided as required. A copy of this letter is provided to the FedRAMP PMO for inclusion in the authorization package.' },
    { p: '/s/ Dana K. Whitfield' },
    { p: `${AO}, Authorizing Official` },
    { p: 'cc: FedRAMP PMO (info@fedramp.gov); Bureau CISO; Program ISSO' },
  ];
}

export function scrBlocks(): Block[] {
  return [
    { p: 'FedRAMP Significant Change Request Form', bold: true, size: 32 },
    { p: `CSP: ${CSP} | CSO: ${SYS} | Impact Level: High | Date submitted: 02/17/2026` },
    { h: 1, text: 'Section 1: Change Description' },
    { table: [['Field', 'Response'], ['Type of significant change', 'Adding a new data center / physical location (alternate processing site expansion to GEG-2 Data Hall 2)'], ['Short description', 'Addition of a second data hall at GEG-2 housing 16 new ESXi hosts and two NetApp AFF A400 HA pairs'], ['Planned implementation date', '05/04/2026'], ['Affected controls', 'CM-8, CP-7, PE-2, PE-3, PE-6, PE-11, PE-13, SC-7'], ['Components affected', 'Hypervisor clusters, storage, boundary firewalls, physical access control system']] },
    { h: 1, text: 'Section 2: Security Impact Analysis' },
    { p: 'The new data hall uses the same hardened baselines and the same physical security design as Data Hall 1. The authorization boundary grows physically but not logically: no new external interfaces are introduced. The 3PAO will assess the new hall on site before go-live and the SSP, inventory and ISCP will be updated.' },
    { h: 1, text: 'Section 3: 3PAO Involvement' },
    { p: `${TPAO} has been engaged to perform the significant change assessment; a SAP addendum will be submitted for agency approval.` },
    { h: 1, text: 'Section 4: Attestation' },
    { p: `I attest that the information in this Significant Change Request is accurate. — ${CISO}, CISO, 02/17/2026` },
  ];
}

export function drBlocks(): Block[] {
  return [
    { p: 'FedRAMP Deviation Request', bold: true, size: 32 },
    { p: 'Operational Requirement (OR) — Request ID DR-2026-004' },
    { table: [['CSP', CSP], ['System', SYS], ['POA&M ID', 'V-2026-031'], ['Deviation type', 'Operational Requirement'], ['Original risk rating', 'Moderate'], ['Scanner / Plugin', 'Tenable Nessus 187315 — SSH Terrapin Prefix Truncation Weakness (CVE-2023-48795)'], ['Affected assets', 'CIIC-ST-001, CIIC-ST-002, CIIC-ST-003 (NetApp AFF A400 service processors)']] },
    { h: 1, text: 'Justification' },
    { p: 'The affected SSH service runs on the NetApp service processor and is required for vendor-supported hardware diagnostics. The vendor fix requires an ONTAP major upgrade scheduled with the 2026 hardware refresh. Disabling the service would prevent hardware fault handling on the storage controllers.' },
    { h: 1, text: 'Compensating Controls' },
    { bullets: ['Service processor interfaces are reachable only from the out-of-band management VLAN behind the jump hosts.', 'ChaCha20-Poly1305 and EtM MACs were removed from the allowed algorithms where the platform allows it.', 'Sessions are logged to Splunk and reviewed weekly.'] },
    { h: 1, text: 'Approvals' },
    { table: [['CSP ISSO', ISSO, '03/02/2026'], ['Agency AO (decision)', 'Pending', '']] },
  ];
}
