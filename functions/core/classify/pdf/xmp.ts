import { utf16be } from './encodings.js';

/**
 * Title and description from an XMP metadata packet (dc:title, dc:description): the x-default entry
 * of their rdf:Alt, else the first, else the element's text. Plain indexOf scanning, no XML parser:
 * the packet is bounded by the per-stream inflate cap and only two elements are wanted.
 */
export function xmpTitle(bytes: Uint8Array): { title?: string; subject?: string } {
  const xml = decodeXml(bytes);
  const title = altText(xml, 'dc:title');
  const subject = altText(xml, 'dc:description');
  return { ...(title ? { title } : {}), ...(subject ? { subject } : {}) };
}

function decodeXml(bytes: Uint8Array): string {
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16be(bytes, 2);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  return new TextDecoder('utf-8').decode(bytes);
}

function altText(xml: string, element: string): string | undefined {
  const open = xml.indexOf(`<${element}`);
  if (open < 0) return undefined;
  const start = xml.indexOf('>', open);
  if (start < 0) return undefined;
  if (xml[start - 1] === '/') return undefined; // <dc:title/>
  let end = xml.indexOf(`</${element}>`, start);
  if (end < 0) end = xml.length;
  const body = xml.slice(start + 1, end);
  const items: { lang: string | undefined; text: string }[] = [];
  for (let at = body.indexOf('<rdf:li'); at >= 0 && items.length < 64; at = body.indexOf('<rdf:li', at + 7)) {
    const tagEnd = body.indexOf('>', at);
    if (tagEnd < 0) break;
    const close = body.indexOf('</rdf:li>', tagEnd);
    const tag = body.slice(at, tagEnd);
    const lang = /xml:lang\s*=\s*["']([^"']*)["']/.exec(tag)?.[1];
    items.push({ lang, text: body.slice(tagEnd + 1, close < 0 ? body.length : close) });
  }
  const chosen = items.find((i) => i.lang === 'x-default') ?? items[0];
  const text = unescapeXml(stripTags(chosen ? chosen.text : body)).replace(/\s+/g, ' ').trim();
  return text.length > 0 ? text : undefined;
}

function stripTags(text: string): string {
  let out = '';
  let inTag = false;
  for (const ch of text) {
    if (ch === '<') inTag = true;
    else if (ch === '>') inTag = false;
    else if (!inTag) out += ch;
  }
  return out;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|amp|lt|gt|quot|apos);/g, (_, ref: string) => {
    if (ref.startsWith('#')) {
      const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
    }
    return ENTITIES[ref] ?? '';
  });
}
