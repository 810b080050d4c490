import { parseXmlSafely } from '../../classify/extract/safe-sax.js';
import { DOCUMENT_LIMITS } from './limits.js';

/** What a paragraph style means for the outline. */
export type StyleRole = { kind: 'heading'; level: number } | { kind: 'toc' } | { kind: 'body' };

interface StyleDef {
  name?: string;
  basedOn?: string;
  outlineLevel?: number;
}

const HEADING_NAME = /^heading\s*([1-9])$/i;
const TITLE_NAME = /^title$/i;
const TOC_NAME = /^(?:toc\b|toc\s*heading|toc\d|index\s*\d|table of (?:figures|contents|authorities))/i;

/**
 * Paragraph styles of word/styles.xml, resolved to heading levels: a style named "heading N" (Word's
 * built-in names are language-independent), one with an outline level, or one based on either; the
 * Title style is level 0; table-of-contents styles are neither headings nor body text.
 */
export class DocxStyles {
  private readonly defs = new Map<string, StyleDef>();
  private readonly cache = new Map<string, StyleRole>();

  static parse(xml: string | undefined, complete: boolean): DocxStyles {
    const styles = new DocxStyles();
    if (xml === undefined) return styles;
    let current: StyleDef | undefined;
    let inPPr = 0;
    parseXmlSafely(
      xml,
      {
        open(tag) {
          switch (tag.local) {
            case 'style':
              current = tag.attributes['w:type'] === 'paragraph' || tag.attributes['w:type'] === undefined ? {} : undefined;
              if (current) styles.defs.set(tag.attributes['w:styleId'] ?? '', current);
              break;
            case 'name':
              if (current && inPPr === 0) current.name = tag.attributes['w:val'] ?? '';
              break;
            case 'basedOn':
              if (current) current.basedOn = tag.attributes['w:val'] ?? '';
              break;
            case 'pPr':
              inPPr++;
              break;
            case 'outlineLvl':
              if (current && inPPr > 0) current.outlineLevel = Number(tag.attributes['w:val'] ?? '9');
              break;
          }
        },
        close(local) {
          if (local === 'style') current = undefined;
          else if (local === 'pPr') inPPr--;
        },
      },
      { complete, maxDepth: DOCUMENT_LIMITS.maxDepth, label: 'word/styles.xml' },
    );
    return styles;
  }

  roleOf(styleId: string | undefined): StyleRole {
    if (!styleId) return { kind: 'body' };
    const cached = this.cache.get(styleId);
    if (cached) return cached;
    const role = this.resolve(styleId, 0);
    this.cache.set(styleId, role);
    return role;
  }

  private resolve(styleId: string, depth: number): StyleRole {
    const def = this.defs.get(styleId);
    const name = def?.name ?? styleId;
    for (const label of [name, styleId]) {
      if (TOC_NAME.test(label)) return { kind: 'toc' };
      const heading = HEADING_NAME.exec(label);
      if (heading) return { kind: 'heading', level: Number(heading[1]) };
      if (TITLE_NAME.test(label)) return { kind: 'heading', level: 0 };
    }
    if (def?.outlineLevel !== undefined && def.outlineLevel >= 0 && def.outlineLevel < 9) {
      return { kind: 'heading', level: def.outlineLevel + 1 };
    }
    if (def?.basedOn && depth < 10) return this.resolve(def.basedOn, depth + 1);
    return { kind: 'body' };
  }
}
