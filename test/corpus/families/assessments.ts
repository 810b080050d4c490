/** SAP and SAR as Word/PDF documents written by the 3PAO. OSCAL SAP/SAR live in oscal.ts. */
import { fill, fillSecs, sections } from '../lib/compose.js';
import type { Placement, Sec } from '../lib/compose.js';
import { describe, furniture, render } from '../lib/furnish.js';
import type { Draft, Family } from '../lib/types.js';
import { sapHoldout, sapTrain, sarHoldout, sarTrain } from '../text/assessments.js';

interface Plan {
  kind: 'SAP' | 'SAR';
  csp: 0 | 1 | 2;
  tpao: 0 | 1;
  format: 'docx' | 'pdf';
  placement: Placement;
  title: string;
  subtitle: readonly string[];
  name?: string;
  misleading?: boolean;
}

const TRAIN: readonly Plan[] = [
  { kind: 'SAP', csp: 0, tpao: 0, format: 'docx', placement: 'props', title: 'Security Assessment Plan (SAP)', subtitle: ['{CSO}', 'FedRAMP Initial Assessment'] },
  { kind: 'SAR', csp: 1, tpao: 1, format: 'docx', placement: 'props', title: 'Security Assessment Report (SAR)', subtitle: ['{CSO}', 'FedRAMP Initial Assessment'] },
  { kind: 'SAR', csp: 2, tpao: 0, format: 'pdf', placement: 'header', title: 'Security Assessment Report', subtitle: [] },
];

const HOLDOUT: readonly Plan[] = [
  { kind: 'SAP', csp: 0, tpao: 0, format: 'pdf', placement: 'body', title: '{CSO} – 2025 Annual Assessment Plan', subtitle: ['SAP', 'Independent assessment by {TPAO}'] },
  { kind: 'SAR', csp: 1, tpao: 1, format: 'docx', placement: 'body', title: 'Annual Assessment Report (SAR) — {CSO}', subtitle: ['Security assessment results and 3PAO recommendation'], name: 'SAP_final.docx', misleading: true },
  { kind: 'SAR', csp: 2, tpao: 0, format: 'pdf', placement: 'late', title: '{CSO} Security Assessment Report – FY2025', subtitle: [] },
];

export const assessments: Family = async (ctx) => {
  const out: Draft[] = [];
  for (const p of ctx.set === 'train' ? TRAIN : HOLDOUT) {
    const csp = ctx.parties.csps[p.csp];
    const tpao = ctx.parties.assessors[p.tpao];
    const agency = ctx.parties.agencies[p.csp === 1 ? 1 : 0];
    const rng = ctx.rng.fork(`${p.kind}:${p.csp}`);
    const extra = { TPAO: tpao.name, YEAR: '2025' };
    const title = fill(p.title, csp, extra);
    const subtitle = [...p.subtitle.map((s) => fill(s, csp, extra)), `Prepared by ${tpao.name}`, `Prepared for ${csp.name}`];
    const f = { ...furniture(ctx.set, csp, rng, title, subtitle, p.placement, p.kind === 'SAP' ? 'Security Assessment Plan' : 'Security Assessment Report'), author: tpao.lead.name };
    let secs: Sec[];
    if (ctx.set === 'train') secs = p.kind === 'SAP' ? sapTrain(csp, tpao) : sarTrain(csp, tpao, agency);
    else secs = p.kind === 'SAP' ? sapHoldout(csp, tpao) : sarHoldout(csp, tpao, agency);
    const body = sections(fillSecs(secs, csp, extra));
    out.push({
      expected: p.kind,
      format: p.format,
      ext: p.format,
      bytes: await render(p.format, f, body, rng, { company: tpao.name, lastModifiedBy: tpao.tester.name }),
      note: `${p.kind} "${title}" by ${tpao.name} for ${csp.cso}; ${p.kind === 'SAR' ? 'refers to the SAP and the POA&M' : 'lists tools, rules of engagement and the pen-test plan'}; title ${describe(p.placement)}`,
      name: p.name,
      misleading: p.misleading,
    });
  }
  return out;
};
