import type { Block, Run } from './model.js';
import { plain, runsOf } from './model.js';

function mdRuns(runs: readonly Run[]): string {
  return runs
    .map((r) => {
      let t = r.text;
      if (t.trim() === '') return t;
      if (r.strike) t = `~~${t}~~`;
      if (r.bold) t = `**${t}**`;
      if (r.italic) t = `_${t}_`;
      return t;
    })
    .join('');
}

export interface MarkdownOptions {
  /** YAML front matter, as wikis and docs-as-code keep it. */
  readonly frontMatter?: Record<string, string | string[]>;
  /** Render the title block as '# title' (default) or as a bold line. */
  readonly titleAs?: 'h1' | 'bold' | 'none';
  /** Shift heading levels (h1 → '##' when 1). */
  readonly headingShift?: number;
}

export function renderMarkdown(blocks: readonly Block[], o: MarkdownOptions = {}): string {
  const out: string[] = [];
  if (o.frontMatter) {
    out.push('---');
    for (const [k, v] of Object.entries(o.frontMatter)) {
      if (Array.isArray(v)) out.push(`${k}:`, ...v.map((x) => `  - ${x}`));
      else out.push(`${k}: ${/[:#]/.test(v) ? JSON.stringify(v) : v}`);
    }
    out.push('---', '');
  }
  const shift = o.headingShift ?? 1;
  for (const bl of blocks) {
    switch (bl.kind) {
      case 'title':
        if (o.titleAs === 'none') break;
        out.push(o.titleAs === 'bold' ? `**${bl.text}**` : `# ${bl.text}`, '');
        for (const s of bl.sub ?? []) out.push(`_${s}_  `);
        if ((bl.sub ?? []).length > 0) out.push('');
        break;
      case 'heading':
        out.push(`${'#'.repeat(Math.min(6, bl.level + shift))} ${bl.text}`, '');
        break;
      case 'para':
        out.push(mdRuns(bl.runs), '');
        break;
      case 'list':
        bl.items.forEach((item, n) => out.push(`${bl.ordered ? `${n + 1}.` : '-'} ${mdRuns(runsOf(item))}`));
        out.push('');
        break;
      case 'table': {
        const rows = bl.rows.map((r) => r.map((c) => mdRuns(runsOf(c)).replace(/\|/g, '\\|').replace(/\n/g, ' ')));
        const [head, ...rest] = rows;
        if (!head) break;
        out.push(`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rest.map((r) => `| ${r.join(' | ')} |`), '');
        break;
      }
      case 'break':
        break;
    }
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}

/** Plain text, as a document pasted into a .txt file reads. */
export function renderPlainText(blocks: readonly Block[]): string {
  const out: string[] = [];
  for (const bl of blocks) {
    switch (bl.kind) {
      case 'title':
        out.push(bl.text.toUpperCase(), ...(bl.sub ?? []), '');
        break;
      case 'heading':
        out.push(bl.text, bl.level === 1 ? '='.repeat(bl.text.length) : '-'.repeat(bl.text.length), '');
        break;
      case 'para':
        out.push(bl.runs.filter((r) => !r.strike).map((r) => r.text).join(''), '');
        break;
      case 'list':
        bl.items.forEach((item, n) => out.push(`${bl.ordered ? `${n + 1})` : '*'} ${plain(item)}`));
        out.push('');
        break;
      case 'table':
        for (const r of bl.rows) out.push(r.map(plain).join('\t'));
        out.push('');
        break;
      case 'break':
        break;
    }
  }
  return out.join('\n').trimEnd() + '\n';
}
