import type { SaxTag } from '../../classify/extract/safe-sax.js';
import { parseXmlSafely, StopParsing } from '../../classify/extract/safe-sax.js';
import { DocumentRejectedError } from '../../classify/errors.js';
import type { DocxStyles } from './docx-styles.js';
import { DOCUMENT_LIMITS } from './limits.js';
import type { OutlineBlock, TableBlock } from './outline.js';
import { headingLocation } from './outline.js';

export interface BodyOutline {
  blocks: OutlineBlock[];
  truncated: boolean;
  notes: string[];
}

interface OpenParagraph {
  parts: string[];
  length: number;
  styleId?: string;
  outlineLevel?: number;
}

interface OpenTable {
  block: TableBlock;
  row?: string[];
  cell?: string[];
  span: number;
}

/** Elements whose content is not the document's current text: alternate renderings, tracked deletions and moves. */
const SKIPPED = new Set(['Fallback', 'del', 'moveFrom']);

/** Collapses spaces, keeps explicit line breaks, caps the length. */
export function cleanText(raw: string, max: number = DOCUMENT_LIMITS.maxBlockChars): string {
  return raw
    .split('\n')
    .map((line) => line.replace(/[\s\u00a0]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n')
    .slice(0, max);
}

/**
 * Headings, paragraphs and tables of a WordprocessingML body, in order. Content controls, hyperlinks,
 * fields and text boxes are read through; tracked deletions and mc:Fallback copies are not. Paragraphs
 * in table cells become cell text; a nested table is its own table and its text also joins its cell.
 */
export function parseDocxBody(xml: string, complete: boolean, styles: DocxStyles, label: string): BodyOutline {
  const blocks: OutlineBlock[] = [];
  const notes: string[] = [];
  const paragraphs: OpenParagraph[] = [];
  const tables: OpenTable[] = [];
  let skip = 0;
  let inPPr = 0;
  let inPPrChange = 0;
  let inRun = 0;
  let inText = 0;
  let checkbox: { checked: boolean } | undefined;
  let paragraphCount = 0;
  let tableCount = 0;
  let totalChars = 0;
  let truncated = false;

  const stop = (why: string): never => {
    truncated = true;
    notes.push(why);
    throw new StopParsing();
  };
  const push = (text: string): void => {
    const p = paragraphs[paragraphs.length - 1];
    if (!p || text.length === 0 || p.length > DOCUMENT_LIMITS.maxBlockChars) return;
    p.parts.push(text);
    p.length += text.length;
  };
  const addBlock = (block: OutlineBlock): void => {
    if (blocks.length >= DOCUMENT_LIMITS.maxBlocks) stop(`${label}: only the first ${DOCUMENT_LIMITS.maxBlocks} blocks were kept`);
    blocks.push(block);
  };

  const closeParagraph = (): void => {
    const p = paragraphs.pop();
    if (!p) return;
    const text = cleanText(p.parts.join(''));
    if (!text) return;
    totalChars += text.length;
    if (totalChars > DOCUMENT_LIMITS.maxTotalChars) stop(`${label}: text beyond ${DOCUMENT_LIMITS.maxTotalChars} characters was not read`);
    const table = tables[tables.length - 1];
    if (table?.cell) {
      table.cell.push(text);
      return;
    }
    const role =
      p.outlineLevel !== undefined && p.outlineLevel < 9 ? { kind: 'heading' as const, level: p.outlineLevel + 1 } : styles.roleOf(p.styleId);
    if (role.kind === 'toc') return;
    if (role.kind === 'heading') addBlock({ kind: 'heading', level: role.level, text, location: headingLocation(text) });
    else addBlock({ kind: 'paragraph', text, location: `paragraph ${++paragraphCount}` });
  };

  const open = (tag: SaxTag): void => {
    if (skip > 0 || SKIPPED.has(tag.local)) {
      skip++;
      return;
    }
    const current = paragraphs[paragraphs.length - 1];
    const table = tables[tables.length - 1];
    switch (tag.local) {
      case 'p':
        paragraphs.push({ parts: [], length: 0 });
        break;
      case 'pPr':
        inPPr++;
        break;
      case 'pPrChange':
        inPPrChange++;
        break;
      case 'pStyle':
        if (current && inPPr > 0 && inPPrChange === 0) current.styleId = tag.attributes['w:val'] ?? '';
        break;
      case 'outlineLvl':
        if (current && inPPr > 0 && inPPrChange === 0) current.outlineLevel = Number(tag.attributes['w:val'] ?? '9');
        break;
      case 'r':
        inRun++;
        break;
      case 't':
        inText++;
        break;
      case 'tab':
        if (inRun > 0) push(' ');
        break;
      case 'br':
      case 'cr':
        if (inRun > 0) push('\n');
        break;
      case 'noBreakHyphen':
        if (inRun > 0) push('-');
        break;
      case 'checkBox':
        checkbox = { checked: false };
        break;
      case 'default':
      case 'checked':
        if (checkbox) checkbox.checked = !/^(?:0|false|off)$/i.test(tag.attributes['w:val'] ?? '1');
        break;
      case 'tbl': {
        const block: TableBlock = { kind: 'table', index: ++tableCount, rows: [], location: `table ${tableCount}` };
        addBlock(block);
        tables.push({ block, span: 1 });
        break;
      }
      case 'tr':
        if (table) table.row = [];
        break;
      case 'tc':
        if (table) {
          table.cell = [];
          table.span = 1;
        }
        break;
      case 'gridSpan':
        if (table?.cell) table.span = Math.min(DOCUMENT_LIMITS.maxCellsPerRow, Math.max(1, Number(tag.attributes['w:val'] ?? '1') || 1));
        break;
    }
  };

  const close = (local: string): void => {
    if (skip > 0) {
      skip--;
      return;
    }
    const table = tables[tables.length - 1];
    switch (local) {
      case 'p':
        closeParagraph();
        break;
      case 'pPr':
        inPPr--;
        break;
      case 'pPrChange':
        inPPrChange--;
        break;
      case 'r':
        inRun--;
        break;
      case 't':
        inText--;
        break;
      case 'checkBox':
        if (checkbox) push(checkbox.checked ? '☒ ' : '☐ ');
        checkbox = undefined;
        break;
      case 'tc':
        if (table?.row && table.cell && table.row.length < DOCUMENT_LIMITS.maxCellsPerRow) {
          table.row.push(cleanText(table.cell.join(' ')));
          for (let i = 1; i < table.span && table.row.length < DOCUMENT_LIMITS.maxCellsPerRow; i++) table.row.push('');
        }
        if (table) table.cell = undefined;
        break;
      case 'tr':
        if (table?.row?.some(Boolean)) {
          if (table.block.rows.length < DOCUMENT_LIMITS.maxRowsPerTable) table.block.rows.push(table.row);
          else if (table.block.rows.length === DOCUMENT_LIMITS.maxRowsPerTable) {
            notes.push(`${table.block.location}: rows after ${DOCUMENT_LIMITS.maxRowsPerTable} were not kept`);
            truncated = true;
          }
        }
        if (table) table.row = undefined;
        break;
      case 'tbl': {
        tables.pop();
        const parent = tables[tables.length - 1];
        if (table && parent?.cell) parent.cell.push(table.block.rows.map((r) => r.filter(Boolean).join(' ')).join(' '));
        break;
      }
    }
  };

  try {
    parseXmlSafely(
      xml,
      {
        open,
        close,
        text(t) {
          if (inText > 0 && skip === 0) push(t.replace(/[\r\n]+/g, ' '));
        },
      },
      { complete, maxDepth: DOCUMENT_LIMITS.maxDepth, label },
    );
  } catch (err) {
    // Damage further in does not hide what was read before it; hostile shapes are still refused.
    if (!(err instanceof DocumentRejectedError) || err.kind !== 'unreadable' || blocks.length === 0) throw err;
    truncated = true;
    notes.push(`${err.message}: blocks after the damage were not read`);
  }
  return { blocks, truncated, notes };
}
