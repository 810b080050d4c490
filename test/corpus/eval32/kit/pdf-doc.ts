/**
 * eval32's PDF layout: flows blocks (headings, paragraphs, tables, bullets, form fields) onto pages and
 * writes them the way different producers do — one text object per line, per word (Word's "Save as
 * PDF"), TJ arrays with kerning, TeX-style arrays whose spaces are glyph displacements, hex strings,
 * text inside form XObjects, two columns, landscape or /Rotate 90 pages, running headers and footers,
 * AcroForm fields whose values carry the content, XMP-only, stale or missing Info metadata.
 */
import { PdfObjects, pdfHex, pdfString, streamBody } from './pdf-objects.js';

export type TextStyle = 'line' | 'word' | 'kern' | 'tex' | 'hex';

export type Block =
  | { k: 'title'; text: string; size?: number }
  | { k: 'h'; text: string; size?: number }
  | { k: 'p'; text: string; size?: number; bold?: boolean }
  | { k: 'bullets'; items: string[] }
  | { k: 'table'; head: string[]; rows: string[][]; widths?: number[]; size?: number }
  | { k: 'field'; label: string; name: string; value: string; lines?: number }
  | { k: 'space'; h: number }
  | { k: 'break' };

export interface PdfOptions {
  style: TextStyle;
  compress?: boolean;
  xobject?: boolean;
  columns?: 1 | 2;
  landscape?: boolean;
  rotate?: 0 | 90 | 270;
  header?: string;
  /** Footer text; `{p}` and `{n}` become the page number and page count. */
  footer?: string;
  info?: Record<string, string>;
  xmp?: { title?: string; creator?: string; tool?: string; producer?: string; date?: string };
  version?: string;
  id: string;
  font?: 'Helvetica' | 'Times-Roman';
}

export interface BuiltPdf {
  bytes: Buffer;
  root: number;
  info?: number;
  pages: { num: number; body: string }[];
  catalog: string;
  size: number;
  id: string;
}

interface Op {
  page: number;
  ops: string;
}

interface Widget {
  page: number;
  name: string;
  value: string;
  rect: [number, number, number, number];
}

const charW = (size: number, bold: boolean): number => size * (bold ? 0.55 : 0.5);

function wrap(text: string, width: number, size: number, bold: boolean): string[] {
  const max = Math.max(8, Math.floor(width / charW(size, bold)));
  const lines: string[] = [];
  for (const para of text.split('\n')) {
    let cur = '';
    for (const word of para.split(/\s+/).filter(Boolean)) {
      if (cur && cur.length + 1 + word.length > max) {
        lines.push(cur);
        cur = word;
      } else cur = cur ? `${cur} ${word}` : word;
    }
    lines.push(cur);
  }
  return lines;
}

/** Stable pseudo-random kerning per chunk, so bytes never change. */
function kernFor(i: number): number {
  return [-15, 20, -30, 10, -5, 25, -20][i % 7]!;
}

function showText(style: TextStyle, font: string, size: number, x: number, y: number, text: string): string {
  const sx = x.toFixed(2);
  const sy = y.toFixed(2);
  switch (style) {
    case 'line':
      return `BT /${font} ${size} Tf 1 0 0 1 ${sx} ${sy} Tm ${pdfString(text)} Tj ET\n`;
    case 'hex':
      return `BT\n/${font} ${size} Tf\n${sx} ${sy} Td\n${pdfHex(text)} Tj\nET\n`;
    case 'word': {
      let out = '';
      let cx = x;
      for (const w of text.split(' ')) {
        if (w) out += `BT\n/${font} ${size} Tf\n1 0 0 1 ${cx.toFixed(2)} ${sy} Tm\n[${pdfString(w)}] TJ\nET\n`;
        cx += (w.length + 1) * charW(size, font.endsWith('B'));
      }
      return out;
    }
    case 'kern': {
      const parts: string[] = [];
      let i = 0;
      for (let at = 0; at < text.length; i++) {
        const n = 3 + (i % 5);
        parts.push(pdfString(text.slice(at, at + n)));
        at += n;
        if (at < text.length) parts.push(String(kernFor(i)));
      }
      return `BT /${font} ${size} Tf ${sx} ${sy} Td [${parts.join('')}] TJ ET\n`;
    }
    case 'tex': {
      const parts = text.split(' ').map((w, i) => {
        const half = Math.ceil(w.length / 2);
        return w.length > 5 ? `${pdfString(w.slice(0, half))}${kernFor(i)}${pdfString(w.slice(half))}` : pdfString(w);
      });
      return `BT /${font} ${size} Tf ${sx} ${sy} Td [${parts.join('-333')}] TJ ET\n`;
    }
  }
}

export function buildPdf(blocks: Block[], o: PdfOptions): BuiltPdf {
  const W = o.landscape ? 792 : 612;
  const H = o.landscape ? 612 : 792;
  const margin = 72;
  const cols = o.columns ?? 1;
  const gutter = 24;
  const colW = (W - 2 * margin - (cols - 1) * gutter) / cols;
  const top = H - margin - 10;
  const bottom = margin + 10;
  const reg = o.font === 'Times-Roman' ? 'F1' : 'F1';
  const bold = 'F2';
  const ops: Op[] = [];
  const widgets: Widget[] = [];
  let page = 0;
  let col = 0;
  let y = top;
  const emit = (s: string): void => {
    ops.push({ page, ops: s });
  };
  const x0 = (): number => margin + col * (colW + gutter);
  const newPage = (): void => {
    page++;
    col = 0;
    y = top;
  };
  const ensure = (h: number): void => {
    if (y - h >= bottom) return;
    if (col + 1 < cols) {
      col++;
      y = top;
    } else newPage();
  };
  const textLine = (t: string, size: number, isBold: boolean, indent = 0): void => {
    const lead = size * 1.3;
    ensure(lead);
    y -= lead;
    emit(showText(o.style, isBold ? bold : reg, size, x0() + indent, y, t));
  };

  for (const b of blocks) {
    switch (b.k) {
      case 'title': {
        const size = b.size ?? 20;
        for (const l of wrap(b.text, colW, size, true)) textLine(l, size, true);
        y -= 8;
        break;
      }
      case 'h': {
        const size = b.size ?? 13;
        ensure(size * 4);
        y -= 6;
        for (const l of wrap(b.text, colW, size, true)) textLine(l, size, true);
        y -= 2;
        break;
      }
      case 'p': {
        const size = b.size ?? 10;
        for (const l of wrap(b.text, colW, size, !!b.bold)) textLine(l, size, !!b.bold);
        y -= 6;
        break;
      }
      case 'bullets':
        for (const item of b.items) {
          const lines = wrap(item, colW - 18, 10, false);
          lines.forEach((l, i) => textLine(i === 0 ? `- ${l}` : l, 10, false, i === 0 ? 4 : 14));
        }
        y -= 6;
        break;
      case 'space':
        y -= b.h;
        break;
      case 'break':
        newPage();
        break;
      case 'table': {
        const size = b.size ?? 8;
        const n = b.head.length;
        const total = b.widths?.reduce((a, c) => a + c, 0) ?? n;
        const widths = (b.widths ?? b.head.map(() => 1)).map((w) => (w / total) * colW);
        const drawRow = (cells: string[], isHead: boolean): void => {
          const wrapped = cells.map((c, i) => wrap(c, widths[i]! - 6, size, isHead));
          const lines = Math.max(1, ...wrapped.map((w) => w.length));
          const h = lines * size * 1.25 + 6;
          if (y - h < bottom) {
            ensure(h + 1000);
            if (!isHead) drawRow(b.head, true);
          }
          let cx = x0();
          wrapped.forEach((ls, i) => {
            emit(`${cx.toFixed(2)} ${(y - h).toFixed(2)} ${widths[i]!.toFixed(2)} ${h.toFixed(2)} re S\n`);
            ls.forEach((l, j) => {
              if (l) emit(showText(o.style, isHead ? bold : reg, size, cx + 3, y - 3 - (j + 1) * size * 1.2, l));
            });
            cx += widths[i]!;
          });
          y -= h;
        };
        drawRow(b.head, true);
        for (const r of b.rows) drawRow(r, false);
        y -= 10;
        break;
      }
      case 'field': {
        const lines = b.lines ?? 1;
        const h = lines * 12 + 6;
        textLine(b.label, 9, true);
        ensure(h + 4);
        y -= h + 2;
        emit(`0.5 G ${x0().toFixed(2)} ${y.toFixed(2)} ${colW.toFixed(2)} ${h} re S 0 G\n`);
        widgets.push({ page, name: b.name, value: b.value, rect: [x0(), y, x0() + colW, y + h] });
        y -= 6;
        break;
      }
    }
  }

  const pageCount = page + 1;
  const objs = new PdfObjects();
  const catalogNum = objs.reserve();
  const pagesNum = objs.reserve();
  const baseFont = o.font === 'Times-Roman' ? 'Times-Roman' : 'Helvetica';
  const boldFont = o.font === 'Times-Roman' ? 'Times-Bold' : 'Helvetica-Bold';
  const f1 = objs.add(`<< /Type /Font /Subtype /Type1 /BaseFont /${baseFont} /Encoding /WinAnsiEncoding >>`);
  const f2 = objs.add(`<< /Type /Font /Subtype /Type1 /BaseFont /${boldFont} /Encoding /WinAnsiEncoding >>`);
  const fonts = `/Font << /F1 ${f1} 0 R /F2 ${f2} 0 R >>`;
  const compress = o.compress ?? true;
  const pageNums: { num: number; body: string }[] = [];
  const annotsByPage = new Map<number, number[]>();

  const widgetNums: number[] = [];
  const pageObjNums = Array.from({ length: pageCount }, () => objs.reserve());
  for (const w of widgets) {
    const [x1, y1, x2, y2] = w.rect;
    const vlines = wrap(w.value, x2 - x1 - 6, 9, false);
    const ap = vlines
      .map((l, i) => `BT /Helv 9 Tf 3 ${(y2 - y1 - 11 - i * 11).toFixed(2)} Td ${pdfString(l)} Tj ET`)
      .join('\n');
    const apNum = objs.add(
      streamBody(
        `/Type /XObject /Subtype /Form /BBox [0 0 ${(x2 - x1).toFixed(2)} ${(y2 - y1).toFixed(2)}] /Resources << /Font << /Helv ${f1} 0 R >> >>`,
        `/Tx BMC q BT ET ${ap} Q EMC`,
        compress,
      ),
    );
    const ff = vlines.length > 1 ? ' /Ff 4096' : '';
    const num = objs.add(
      `<< /Type /Annot /Subtype /Widget /FT /Tx /T ${pdfString(w.name)} /V ${pdfString(w.value)} /DA (/Helv 9 Tf 0 g)${ff} /F 4 /Rect [${w.rect.map((v) => v.toFixed(2)).join(' ')}] /P ${pageObjNums[w.page]} 0 R /AP << /N ${apNum} 0 R >> >>`,
    );
    widgetNums.push(num);
    annotsByPage.set(w.page, [...(annotsByPage.get(w.page) ?? []), num]);
  }

  for (let p = 0; p < pageCount; p++) {
    let content = ops
      .filter((op) => op.page === p)
      .map((op) => op.ops)
      .join('');
    if (o.header) content = showText(o.style, 'F1', 8, margin, H - 40, o.header) + '0.6 G 72 ' + (H - 46) + ` m ${W - 72} ${H - 46} l S 0 G\n` + content;
    if (o.footer) {
      content += showText(o.style, 'F1', 8, margin, 36, o.footer.replace('{p}', String(p + 1)).replace('{n}', String(pageCount)));
    }
    let resources = `<< ${fonts} /ProcSet [/PDF /Text] >>`;
    if (o.xobject) {
      const fx = objs.add(streamBody(`/Type /XObject /Subtype /Form /BBox [0 0 ${W} ${H}] /Resources ${resources}`, content, compress));
      resources = `<< /XObject << /Fx${p} ${fx} 0 R >> /ProcSet [/PDF] >>`;
      content = `q 1 0 0 1 0 0 cm /Fx${p} Do Q\n`;
    }
    const contents = objs.add(streamBody('', content, compress));
    const annots = annotsByPage.get(p);
    const rot = o.rotate ? ` /Rotate ${o.rotate}` : '';
    const body = `<< /Type /Page /Parent ${pagesNum} 0 R /MediaBox [0 0 ${W} ${H}]${rot} /Resources ${resources} /Contents ${contents} 0 R${annots ? ` /Annots [${annots.map((a) => `${a} 0 R`).join(' ')}]` : ''} >>`;
    objs.set(pageObjNums[p]!, body);
    pageNums.push({ num: pageObjNums[p]!, body });
  }
  objs.set(pagesNum, `<< /Type /Pages /Kids [${pageObjNums.map((n) => `${n} 0 R`).join(' ')}] /Count ${pageCount} >>`);

  let extra = '';
  if (o.xmp) {
    const x = o.xmp;
    const xmp = `<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
${x.title ? `   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">${x.title}</rdf:li></rdf:Alt></dc:title>\n` : ''}${x.creator ? `   <dc:creator><rdf:Seq><rdf:li>${x.creator}</rdf:li></rdf:Seq></dc:creator>\n` : ''}${x.tool ? `   <xmp:CreatorTool>${x.tool}</xmp:CreatorTool>\n` : ''}${x.date ? `   <xmp:CreateDate>${x.date}</xmp:CreateDate>\n   <xmp:ModifyDate>${x.date}</xmp:ModifyDate>\n` : ''}${x.producer ? `   <pdf:Producer>${x.producer}</pdf:Producer>\n` : ''}  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>`;
    const m = objs.add(streamBody('/Type /Metadata /Subtype /XML', Buffer.from(xmp, 'utf8'), false));
    extra += ` /Metadata ${m} 0 R`;
  }
  if (widgetNums.length) {
    extra += ` /AcroForm << /Fields [${widgetNums.map((n) => `${n} 0 R`).join(' ')}] /DA (/Helv 0 Tf 0 g) /DR << /Font << /Helv ${f1} 0 R >> >> >>`;
  }
  const catalog = `<< /Type /Catalog /Pages ${pagesNum} 0 R${extra} >>`;
  objs.set(catalogNum, catalog);
  let infoNum: number | undefined;
  if (o.info) {
    infoNum = objs.add(
      `<< ${Object.entries(o.info)
        .map(([k, v]) => `/${k} ${pdfString(v)}`)
        .join(' ')} >>`,
    );
  }
  const bytes = objs.build({ root: catalogNum, ...(infoNum ? { info: infoNum } : {}), id: o.id, version: o.version ?? '1.7' });
  return { bytes, root: catalogNum, ...(infoNum ? { info: infoNum } : {}), pages: pageNums, catalog, size: objs.count + 1, id: o.id };
}
