import type { OscalDocument } from '../oscal/parse.js';
import { levelFromSensitivity } from './baselines/index.js';
import { first, items, propValue, select, text, type JsonObject, type Located } from './oscal-rules/query.js';
import type { DeliverableSummary, PoamItemSummary, Risk, SarRiskSummary } from './types.js';

const CVE = /CVE-\d{4}-\d{4,}/gi;

function risk(value: string | undefined): Risk | undefined {
  const v = (value ?? '').toLowerCase();
  if (/critical/.test(v)) return 'critical';
  if (/high/.test(v)) return 'high';
  if (/moderate|medium/.test(v)) return 'moderate';
  if (/low/.test(v)) return 'low';
  return undefined;
}

/** The risk level recorded in a risk's characterizations (facet `risk`/`impact`), if any. */
function riskLevel(riskNode: Located): Risk | undefined {
  for (const facet of select(riskNode, 'characterizations/facets')) {
    const f = facet.value as JsonObject;
    if (['risk', 'severity', 'priority', 'impact'].includes(text(f['name']))) {
      const r = risk(text(f['value']));
      if (r) return r;
    }
  }
  return undefined;
}

/** What an OSCAL document tells other documents of the package (impact level, POA&M items, SAR risks). */
export function oscalSummary(doc: OscalDocument): DeliverableSummary {
  const root: Located = { value: doc.root as JsonObject, pointer: '' };
  const model = first(root, doc.model);
  if (!model) return {};
  if (doc.model === 'system-security-plan') {
    const level = levelFromSensitivity(text(first(model, 'system-characteristics/security-sensitivity-level')));
    return level ? { impactLevel: level } : {};
  }
  if (doc.model === 'plan-of-action-and-milestones') {
    const risks = new Map(select(model, 'risks').map((r) => [text((r.value as JsonObject)['uuid']), r]));
    const poamItems: PoamItemSummary[] = items(first(model, 'poam-items')).map((item, i) => {
      const v = item.value as JsonObject;
      const related = select(item, 'related-risks').map((rr) => risks.get(text((rr.value as JsonObject)['risk-uuid']))).filter((r): r is Located => !!r);
      const closed = related.length > 0 && related.every((r) => text((r.value as JsonObject)['status']) === 'closed');
      const body = `${text(v['title'])} ${text(v['description'])}`;
      const level = related.map(riskLevel).find(Boolean);
      const deadline = related.map((r) => text((r.value as JsonObject)['deadline'])).find(Boolean);
      return {
        id: propValue(item, 'POAM-ID') ?? (text(v['uuid']) || `item-${i + 1}`),
        status: closed ? 'closed' : 'open',
        weakness: text(v['title']),
        controls: [],
        cves: [...new Set(body.match(CVE) ?? [])],
        assets: [],
        ...(level ? { risk: level } : {}),
        ...(deadline ? { scheduledCompletion: deadline.slice(0, 10) } : {}),
        location: item.pointer,
      };
    });
    return { poamItems };
  }
  if (doc.model === 'assessment-results') {
    const sarRisks: SarRiskSummary[] = select(model, 'results/risks').map((r, i) => {
      const v = r.value as JsonObject;
      const level = riskLevel(r);
      return { id: propValue(r, 'risk-id') ?? (text(v['uuid']) || `risk-${i + 1}`), title: text(v['title']), ...(level ? { risk: level } : {}), location: r.pointer };
    });
    return { sarRisks };
  }
  return {};
}
