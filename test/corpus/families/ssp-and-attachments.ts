/** SSP documents (docx/pdf) and the prose SSP attachments. OSCAL SSPs live in oscal.ts. */
import type { DeliverableType } from '../../../functions/core/domain/deliverables.js';
import { fill, fillSecs, sections } from '../lib/compose.js';
import type { Placement, Sec } from '../lib/compose.js';
import { describe, furniture, render } from '../lib/furnish.js';
import { readFixture } from '../lib/paths.js';
import type { Draft, Family, FamilyContext } from '../lib/types.js';
import { TRAIN_OUTLINES } from '../text/attachments-train.js';
import type { Outline } from '../text/attachments-train.js';
import { HOLDOUT_OUTLINES } from '../text/attachments-holdout.js';
import { sspHoldout, sspTrain } from '../text/ssp.js';

type ProseCode = keyof typeof TRAIN_OUTLINES;

interface Plan {
  format: 'docx' | 'pdf';
  placement: Placement;
  csp: 0 | 1 | 2;
  title?: string;
  name?: string;
  misleading?: boolean;
}

const TRAIN_PLAN: Record<ProseCode, readonly Plan[]> = {
  POLICIES_AND_PROCEDURES: [{ format: 'docx', placement: 'props', csp: 0 }, { format: 'pdf', placement: 'late', csp: 1 }],
  USER_GUIDE: [{ format: 'docx', placement: 'body', csp: 2 }],
  DIGITAL_IDENTITY_WORKSHEET: [{ format: 'docx', placement: 'props', csp: 1 }, { format: 'pdf', placement: 'header', csp: 0 }],
  PRIVACY_ASSESSMENT: [{ format: 'docx', placement: 'props', csp: 2 }, { format: 'docx', placement: 'late', csp: 0 }],
  RULES_OF_BEHAVIOR: [{ format: 'docx', placement: 'body', csp: 0 }, { format: 'pdf', placement: 'props', csp: 1 }],
  CONTINGENCY_PLAN: [{ format: 'docx', placement: 'props', csp: 1 }, { format: 'pdf', placement: 'late', csp: 2, name: 'IRP.pdf', misleading: true }],
  CONFIGURATION_MANAGEMENT_PLAN: [{ format: 'docx', placement: 'header', csp: 2 }],
  INCIDENT_RESPONSE_PLAN: [{ format: 'docx', placement: 'late', csp: 0 }],
  FIPS_199: [{ format: 'docx', placement: 'body', csp: 2 }, { format: 'pdf', placement: 'props', csp: 0 }],
  LAWS_AND_REGULATIONS: [{ format: 'docx', placement: 'props', csp: 1 }],
  SUPPLY_CHAIN_RISK_MANAGEMENT_PLAN: [{ format: 'docx', placement: 'props', csp: 0 }, { format: 'pdf', placement: 'header', csp: 2 }],
};

const HOLDOUT_PLAN: Record<ProseCode, readonly Plan[]> = {
  POLICIES_AND_PROCEDURES: [{ format: 'docx', placement: 'header', csp: 0 }, { format: 'pdf', placement: 'body', csp: 1 }],
  USER_GUIDE: [{ format: 'pdf', placement: 'props', csp: 2 }, { format: 'docx', placement: 'late', csp: 0 }],
  DIGITAL_IDENTITY_WORKSHEET: [{ format: 'docx', placement: 'body', csp: 1 }, { format: 'pdf', placement: 'late', csp: 2 }],
  PRIVACY_ASSESSMENT: [{ format: 'pdf', placement: 'body', csp: 0 }, { format: 'docx', placement: 'header', csp: 1, title: 'PTA/PIA – {CSO}' }],
  RULES_OF_BEHAVIOR: [{ format: 'docx', placement: 'props', csp: 2 }, { format: 'pdf', placement: 'header', csp: 0 }],
  CONTINGENCY_PLAN: [{ format: 'docx', placement: 'body', csp: 0 }, { format: 'pdf', placement: 'props', csp: 1, title: 'ISCP v3.2' }],
  CONFIGURATION_MANAGEMENT_PLAN: [{ format: 'docx', placement: 'late', csp: 1 }, { format: 'pdf', placement: 'props', csp: 2 }],
  INCIDENT_RESPONSE_PLAN: [{ format: 'pdf', placement: 'body', csp: 2 }, { format: 'docx', placement: 'props', csp: 0, name: 'contingency plan FINAL.docx', misleading: true }],
  FIPS_199: [{ format: 'docx', placement: 'header', csp: 0 }, { format: 'pdf', placement: 'late', csp: 1 }],
  LAWS_AND_REGULATIONS: [{ format: 'docx', placement: 'body', csp: 2 }],
  SUPPLY_CHAIN_RISK_MANAGEMENT_PLAN: [{ format: 'docx', placement: 'late', csp: 1 }, { format: 'pdf', placement: 'body', csp: 0 }],
};

async function prose(ctx: FamilyContext, code: ProseCode, outline: Outline, plan: Plan): Promise<Draft> {
  const csp = ctx.parties.csps[plan.csp];
  const rng = ctx.rng.fork(`${code}:${plan.csp}:${plan.placement}`);
  const title = fill(plan.title ?? outline.title, csp);
  const f = furniture(ctx.set, csp, rng, title, outline.subtitle?.map((s) => fill(s, csp)), plan.placement, outline.subject);
  const body = sections(fillSecs(outline.secs, csp));
  return {
    expected: code,
    format: plan.format,
    ext: plan.format,
    bytes: await render(plan.format, f, body, rng),
    note: `${ctx.set === 'train' ? 'template-titled' : 'CSP-retitled'} "${title}" for ${csp.cso}; ${plan.format}; title ${describe(plan.placement)}`,
    name: plan.name,
    misleading: plan.misleading,
  };
}

function fixtureDoc(file: string, expected: DeliverableType, note: string): Draft {
  return { expected, format: 'docx', ext: 'docx', bytes: readFixture('office', file), note: `GSA AwesomeCloud artifact ${file} (as published, title-only stub): ${note}` };
}

async function ssps(ctx: FamilyContext): Promise<Draft[]> {
  const { set, parties } = ctx;
  const plans: { csp: 0 | 1 | 2; format: 'docx' | 'pdf'; placement: Placement; title: string; subtitle: string[] }[] =
    set === 'train'
      ? [
          { csp: 0, format: 'docx', placement: 'props', title: 'System Security Plan (SSP)', subtitle: ['{CSO}', 'FedRAMP {LEVEL} Baseline'] },
          { csp: 2, format: 'docx', placement: 'header', title: 'FedRAMP System Security Plan', subtitle: [] },
        ]
      : [
          { csp: 0, format: 'docx', placement: 'body', title: '{CSO} System Security Plan', subtitle: ['Prepared for the FedRAMP Agency Authorization'] },
          { csp: 1, format: 'pdf', placement: 'late', title: 'FedRAMP {LEVEL} SSP — {CSO}', subtitle: [] },
        ];
  const out: Draft[] = [];
  for (const p of plans) {
    const csp = parties.csps[p.csp];
    const agency = parties.agencies[p.csp % 2 === 0 ? 0 : 1];
    const rng = ctx.rng.fork(`SSP:${p.csp}`);
    const title = fill(p.title, csp);
    const f = furniture(set, csp, rng, title, p.subtitle.map((s) => fill(s, csp)), p.placement, 'System Security Plan');
    const secs: Sec[] = set === 'train' ? sspTrain(csp, agency) : sspHoldout(csp, agency);
    const body = sections(fillSecs(secs, csp));
    out.push({
      expected: 'SSP',
      format: p.format,
      ext: p.format,
      bytes: await render(p.format, f, body, rng),
      note: `SSP "${title}" for ${csp.cso} (FIPS 199 ${csp.level}); lists its appendices/attachments by name; title ${describe(p.placement)}`,
    });
  }
  return out;
}

export const sspAndAttachments: Family = async (ctx) => {
  const outlines: Record<ProseCode, Outline> = ctx.set === 'train' ? TRAIN_OUTLINES : HOLDOUT_OUTLINES;
  const plans = ctx.set === 'train' ? TRAIN_PLAN : HOLDOUT_PLAN;
  const out: Draft[] = await ssps(ctx);
  for (const code of Object.keys(plans) as ProseCode[]) {
    for (const plan of plans[code]) out.push(await prose(ctx, code, outlines[code], plan));
  }
  if (ctx.set === 'train') {
    out.push(fixtureDoc('AwesomeCloud-User-Guide.docx', 'USER_GUIDE', 'body is just "AwesomeCloud User Guide"'));
    out.push(fixtureDoc('AwesomeCloud-CMP.docx', 'CONFIGURATION_MANAGEMENT_PLAN', 'body is just "AwesomeCloud Configuration Management Plan"'));
    out.push(fixtureDoc('AwesomeCloud-IRP.docx', 'INCIDENT_RESPONSE_PLAN', 'body is just "AwesomeCloud Incident Response Plan"'));
  }
  return out;
};

