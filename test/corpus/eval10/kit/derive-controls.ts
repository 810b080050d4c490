// Derives data/moderate-controls.json from GSA's resolved Moderate catalog in ../shared/fixtures (run once,
// from the project root: npx tsx test/corpus/eval10/kit/derive-controls.ts). The corpus reads the result.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { displayId, type Control } from './controls.js';

/** ../shared/fixtures of the workspace. */
const sharedFixture = (relative: string): string => join(fileURLToPath(new URL('../../../../../shared/fixtures/', import.meta.url)), relative);

interface OscalPart {
  name: string;
  prose?: string;
  props?: { name: string; value: string }[];
  parts?: OscalPart[];
}
interface OscalParam {
  id: string;
  label?: string;
  constraints?: { description?: string }[];
  select?: { choice?: string[] };
}
interface OscalControl {
  id: string;
  title: string;
  params?: OscalParam[];
  parts?: OscalPart[];
  controls?: OscalControl[];
}

/** The FedRAMP Rev5 Moderate baseline (323 controls and enhancements) from the resolved catalog fixture. */
function deriveModerateControls(): Control[] {
  const path = sharedFixture('gsa-fedramp-automation-develop/dist/content/rev5/baselines/json/FedRAMP_rev5_MODERATE-baseline-resolved-profile_catalog.json');
  const catalog = (JSON.parse(readFileSync(path, 'utf8')) as { catalog: { groups: { id: string; title: string; controls: OscalControl[] }[] } }).catalog;
  const out: Control[] = [];
  for (const g of catalog.groups) {
    const visit = (c: OscalControl, enhancement: boolean): void => {
      const params = new Map<string, string>();
      for (const p of c.params ?? []) {
        const fixed = p.constraints?.[0]?.description;
        const choice = p.select?.choice?.join('; ');
        const label = p.label ?? 'value';
        params.set(p.id, fixed ?? (choice ? `[Selection: ${choice}]` : `[Assignment: ${label.startsWith('organization-defined') ? label : `organization-defined ${label}`}]`));
      }
      const fill = (s: string): string => s.replace(/\{\{ insert: param, ([^ }]+) \}\}/g, (_m, id: string) => params.get(id) ?? '[Assignment]');
      const flatten = (p: OscalPart): string => {
        const label = p.props?.find((x) => x.name === 'label')?.value;
        const own = `${label ? `${label} ` : ''}${fill(p.prose ?? '')}`.trim();
        const subs = (p.parts ?? []).filter((s) => s.name === 'item').map(flatten);
        return [own, ...subs].filter((s) => s !== '').join(' ');
      };
      const statement = (c.parts ?? []).find((p) => p.name === 'statement');
      const items = (statement?.parts ?? []).filter((p) => p.name === 'item');
      const parts = items.length
        ? items.map((p) => ({ label: p.props?.find((x) => x.name === 'label')?.value ?? '', prose: flatten({ ...p, props: [] }) }))
        : [{ label: '', prose: fill(statement?.prose ?? c.title) }];
      out.push({ id: displayId(c.id), family: g.id.toUpperCase(), familyTitle: g.title, title: c.title, parts, enhancement });
      for (const e of c.controls ?? []) visit(e, true);
    };
    for (const c of g.controls) visit(c, false);
  }
  return out;
}

writeFileSync(new URL('../data/moderate-controls.json', import.meta.url), JSON.stringify(deriveModerateControls()));
