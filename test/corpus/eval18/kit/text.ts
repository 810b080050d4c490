import type { Block, DocSpec } from './model.js';

const esc = (s: string): string => s.replace(/\|/g, '\\|').replace(/\n/g, '<br>');

/** Markdown as a documents-as-code repository keeps it (optional YAML front matter, pipe tables). */
export function renderMarkdown(spec: DocSpec, frontMatter?: Record<string, string>): string {
  const out: string[] = [];
  if (frontMatter) {
    out.push('---');
    for (const [k, v] of Object.entries(frontMatter)) out.push(`${k}: ${/[:#]/.test(v) ? JSON.stringify(v) : v}`);
    out.push('---', '');
  }
  if (spec.header) out.push(`<!-- ${spec.header} -->`, '');
  for (const block of spec.blocks) out.push(...mdBlock(block), '');
  if (spec.footer) out.push('---', '', `_${spec.footer}_`, '');
  return out.join('\n');
}

function mdBlock(block: Block): string[] {
  switch (block.kind) {
    case 'title':
      return [`# ${block.text}`];
    case 'h':
      return [`${'#'.repeat(block.level + 1)} ${block.text}`];
    case 'p':
      return [block.bold ? `**${block.text}**` : block.italic ? `_${block.text}_` : block.text];
    case 'bullets':
      return block.items.map((i) => `- ${i}`);
    case 'table': {
      const [head, ...rest] = block.rows;
      if (!head) return [];
      const width = Math.max(...block.rows.map((r) => r.length));
      const pad = (r: readonly string[]): string[] => Array.from({ length: width }, (_, i) => esc(r[i] ?? ''));
      return [`| ${pad(head).join(' | ')} |`, `|${' --- |'.repeat(width)}`, ...rest.map((r) => `| ${pad(r).join(' | ')} |`)];
    }
    case 'pagebreak':
      return ['---'];
  }
}

/** Plain text as a word processor's "Save as .txt" or a mail client writes it (CRLF optional). */
export function renderText(spec: DocSpec, crlf = false): string {
  const out: string[] = [];
  if (spec.header) out.push(spec.header, '');
  for (const block of spec.blocks) {
    switch (block.kind) {
      case 'title':
        out.push(block.text.toUpperCase(), '');
        break;
      case 'h':
        out.push(block.text, block.level === 1 ? '='.repeat(Math.min(70, block.text.length)) : '-'.repeat(Math.min(70, block.text.length)), '');
        break;
      case 'p':
        out.push(...wrapText(block.text, 78), '');
        break;
      case 'bullets':
        for (const i of block.items) out.push(...wrapText(i, 74).map((l, n) => (n === 0 ? `  * ${l}` : `    ${l}`)));
        out.push('');
        break;
      case 'table':
        for (const r of block.rows) out.push(r.join('  |  '));
        out.push('');
        break;
      case 'pagebreak':
        out.push('', '');
        break;
    }
  }
  if (spec.footer) out.push(spec.footer);
  const text = out.join('\n');
  return crlf ? text.replace(/\n/g, '\r\n') : text;
}

function wrapText(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}
