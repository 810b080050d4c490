import type { AuthorizationProcess, Requirement } from './model.js';
import type { DeliverableType } from '../domain/deliverables.js';
import type { Role } from '../domain/roles.js';

const need = (type: DeliverableType, from: Role, level: Requirement['level'] = 'required'): Requirement => ({ type, from: [from], level });

/** SSP attachments FedRAMP's SSP rules require (attachment-required-*, has-* rules) and the rest. */
const SSP_ATTACHMENTS_REQUIRED: readonly DeliverableType[] = [
  'FIPS_199',
  'DIGITAL_IDENTITY_WORKSHEET',
  'PRIVACY_ASSESSMENT',
  'CIS_CRM_WORKBOOK',
  'INVENTORY',
  'RULES_OF_BEHAVIOR',
  'USER_GUIDE',
  'CONTINGENCY_PLAN',
  'CONFIGURATION_MANAGEMENT_PLAN',
  'INCIDENT_RESPONSE_PLAN',
  'SEPARATION_OF_DUTIES_MATRIX',
  'POLICIES_AND_PROCEDURES',
];
const SSP_ATTACHMENTS_RECOMMENDED: readonly DeliverableType[] = ['LAWS_AND_REGULATIONS', 'SUPPLY_CHAIN_RISK_MANAGEMENT_PLAN'];

/**
 * FedRAMP Rev5 Agency Authorization (DOMAIN.md "Stages"), as data: gates, who submits what, who
 * decides, where each outcome leads, and the deadlines. Handlers and state machines read this table;
 * a newer process (e.g. FedRAMP 20x) is another table beside it.
 */
export const REV5_AGENCY_AUTHORIZATION: AuthorizationProcess = {
  id: 'rev5-agency',
  title: 'FedRAMP Rev5 Agency Authorization',
  gates: [
    {
      id: 'ssp-review',
      stage: 'PARTNERSHIP',
      title: 'Agency review of the System Security Plan',
      requires: [need('SSP', 'CSP'), ...SSP_ATTACHMENTS_REQUIRED.map((t) => need(t, 'CSP', 'recommended'))],
      decision: { kind: 'ssp-approval', decidedBy: 'AGENCY', outcomes: { approve: 'sap-review', reject: 'ssp-review' }, timeoutDays: 30 },
      dueDays: 90,
    },
    {
      id: 'sap-review',
      stage: 'ASSESSMENT',
      title: 'Agency approval of the Security Assessment Plan',
      requires: [need('SAP', '3PAO')],
      decision: { kind: 'sap-approval', decidedBy: 'AGENCY', outcomes: { approve: 'testing', reject: 'sap-review' }, timeoutDays: 30 },
      dueDays: 60,
    },
    {
      id: 'testing',
      stage: 'ASSESSMENT',
      title: 'Testing of the frozen system: SAR from the 3PAO, POA&M from the CSP',
      requires: [need('SAR', '3PAO'), need('POAM', 'CSP')],
      dueDays: 90,
    },
    {
      id: 'agency-review',
      stage: 'AUTHORIZATION',
      title: 'Agency review of the assessment',
      requires: [],
      decision: { kind: 'assessment-review', decidedBy: 'AGENCY', outcomes: { approve: 'ato-letter', 'request-testing': 'testing' }, timeoutDays: 45 },
      dueDays: 45,
    },
    {
      id: 'ato-letter',
      stage: 'AUTHORIZATION',
      title: 'Agency issues its ATO letter',
      requires: [need('ATO_LETTER', 'AGENCY')],
      dueDays: 30,
    },
    {
      id: 'pmo-review',
      stage: 'AUTHORIZATION',
      title: 'PMO review of the complete package',
      requires: [
        need('SSP', 'CSP'),
        ...SSP_ATTACHMENTS_REQUIRED.map((t) => need(t, 'CSP')),
        ...SSP_ATTACHMENTS_RECOMMENDED.map((t) => need(t, 'CSP', 'recommended')),
        need('SAP', '3PAO'),
        need('SAR', '3PAO'),
        need('POAM', 'CSP'),
        need('AUTHORIZATION_CHECKLIST', 'CSP'),
        need('ATO_LETTER', 'AGENCY'),
      ],
      decision: { kind: 'pmo-review', decidedBy: 'PMO', outcomes: { approve: 'authorization-decision', return: 'pmo-review' }, timeoutDays: 30 },
      dueDays: 30,
    },
    {
      id: 'authorization-decision',
      stage: 'AUTHORIZATION',
      title: 'FedRAMP authorization decision',
      requires: [],
      decision: { kind: 'authorization', decidedBy: 'PMO', outcomes: { authorize: 'AUTHORIZED', deny: 'DENIED' }, timeoutDays: 30 },
      dueDays: 30,
    },
  ],
  conmon: {
    monthly: [need('POAM', 'CSP'), need('SCAN_RESULTS', 'CSP'), need('INVENTORY', 'CSP')],
    annual: [need('SAP', '3PAO'), need('SAR', '3PAO'), need('SSP', 'CSP')],
    reviewedBy: 'AGENCY',
    dueDayOfMonth: 30,
  },
  freezeSspDuring: ['testing'],
};
