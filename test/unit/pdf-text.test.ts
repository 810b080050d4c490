import { readFileSync } from 'node:fs';
import { once } from 'node:events';
import { createDeflate, deflateSync } from 'node:zlib';
import { PDFDocument, PDFName, StandardFonts } from 'pdf-lib';
import type { ByteSource } from '../../functions/core/bytes/byte-source.js';
import { BufferByteSource, MeteredByteSource } from '../../functions/core/bytes/byte-source.js';
import { DocumentRejectedError } from '../../functions/core/classify/errors.js';
import { CLASSIFY_LIMITS } from '../../functions/core/classify/limits.js';
import type { PdfText } from '../../functions/core/classify/pdf/index.js';
import { extractPdfText } from '../../functions/core/classify/pdf/index.js';

const MiB = 1024 * 1024;
/**
 * Hostile input is done with "within seconds": a hang or a quadratic blow-up takes minutes. The bound
 * is generous so that a machine busy with other work (two cores, other jest workers) does not fail it;
 * the budgets themselves are checked through the notes each test expects.
 */
const HOSTILE_SECONDS = 15;
const fixture = (name: string): Buffer => readFileSync(new URL(`../fixtures/pdf/${name}`, import.meta.url));

function metered(source: ByteSource | Uint8Array, budget = 2 * MiB): MeteredByteSource {
  return new MeteredByteSource(source instanceof Uint8Array ? new BufferByteSource(source) : source, { budget });
}

async function extract(bytes: Uint8Array, budget?: number): Promise<PdfText & { bytesRead: number }> {
  const source = metered(bytes, budget);
  const result = await extractPdfText(source);
  return { ...result, bytesRead: source.bytesRead };
}

/** Collapses whitespace, as the classifier does, for substring checks that ignore line breaks. */
const flat = (text: string): string => text.replace(/\s+/g, ' ');

// ---------------------------------------------------------------------------------------------
// Hand-built PDFs: numbered object bodies, a correct xref table and trailer.

type Body = string | Buffer;

/** Objects numbered from 1; an undefined body leaves its number free (e.g. for objects in an object stream). */
function buildPdf(objects: (Body | undefined)[], trailer: string, header = '%PDF-1.7'): Buffer {
  const parts: Buffer[] = [Buffer.from(`${header}\n%\xe2\xe3\xcf\xd3\n`, 'latin1')];
  let offset = parts[0]!.length;
  const entries: string[] = [];
  objects.forEach((body, i) => {
    if (body === undefined) {
      entries.push('0000000000 00001 f \n');
      return;
    }
    const chunk = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), Buffer.from(body as never), Buffer.from('\nendobj\n')]);
    entries.push(`${String(offset).padStart(10, '0')} 00000 n \n`);
    parts.push(chunk);
    offset += chunk.length;
  });
  const xref =
    `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${entries.join('')}` +
    `trailer\n<< /Size ${objects.length + 1} ${trailer} >>\nstartxref\n${offset}\n%%EOF\n`;
  parts.push(Buffer.from(xref, 'latin1'));
  return Buffer.concat(parts);
}

function stream(dict: string, data: Body, deflate = false): Buffer {
  const raw = Buffer.from(data as never);
  const bytes = deflate ? deflateSync(raw) : raw;
  return Buffer.concat([
    Buffer.from(`<< ${dict} /Length ${bytes.length}${deflate ? ' /Filter /FlateDecode' : ''} >>\nstream\n`, 'latin1'),
    bytes,
    Buffer.from('\nendstream'),
  ]);
}

/** A one-page PDF whose page draws `content` with the given font resources. */
function onePage(content: Body, fonts = '', extraObjects: Body[] = [], trailer = ''): Buffer {
  return buildPdf(
    [
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << ${fonts} >> >> /Contents 4 0 R >>`,
      stream('', content, true),
      ...extraObjects,
    ],
    `/Root 1 0 R ${trailer}`,
  );
}

/** PNG "Up" predictor rows (as in xref and object streams written with /Predictor 12). */
function pngUp(data: Buffer, columns: number): Buffer {
  const rows = Math.ceil(data.length / columns);
  const padded = Buffer.concat([data, Buffer.alloc(rows * columns - data.length, 0x20)]);
  const out = Buffer.alloc(rows * (columns + 1));
  for (let r = 0; r < rows; r++) {
    out[r * (columns + 1)] = 2;
    for (let x = 0; x < columns; x++) {
      const up = r > 0 ? padded[(r - 1) * columns + x]! : 0;
      out[r * (columns + 1) + 1 + x] = (padded[r * columns + x]! - up) & 0xff;
    }
  }
  return out;
}

function ascii85(data: Buffer): string {
  let out = '';
  for (let i = 0; i < data.length; i += 4) {
    const chunk = Buffer.alloc(4);
    data.copy(chunk, 0, i, i + 4);
    let value = chunk.readUInt32BE(0);
    const count = Math.min(4, data.length - i);
    if (value === 0 && count === 4) {
      out += 'z';
      continue;
    }
    const digits: string[] = [];
    for (let k = 0; k < 5; k++) {
      digits.unshift(String.fromCharCode(33 + (value % 85)));
      value = Math.floor(value / 85);
    }
    out += digits.slice(0, count + 1).join('');
  }
  return out;
}

/** Glyph ids of the Identity-H font below: space 3, a–z 0x20…, A–Z 0x40…, "fi" 0x70, . , ’ 0x60–0x62. */
function gids(text: string): string {
  let hex = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    let gid: number;
    if (ch === ' ') gid = 3;
    else if (text.startsWith('fi', i)) {
      gid = 0x70;
      i++;
    } else if (ch >= 'a' && ch <= 'z') gid = 0x20 + ch.charCodeAt(0) - 97;
    else if (ch >= 'A' && ch <= 'Z') gid = 0x40 + ch.charCodeAt(0) - 65;
    else gid = 0x60 + '.,’'.indexOf(ch);
    hex += gid.toString(16).padStart(4, '0');
  }
  return `<${hex}>`;
}

const IDENTITY_CMAP = `/CIDInit /ProcSet findresource begin
12 dict begin
begincmap
/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
/CMapName /Adobe-Identity-UCS def
/CMapType 2 def
1 begincodespacerange
<0000> <FFFF>
endcodespacerange
2 beginbfchar
<0003> <0020>
<0070> <00660069>
endbfchar
3 beginbfrange
<0020> <0039> <0061>
<0040> <0059> <0041>
<0060> <0062> [<002E> <002C> <2019>]
endbfrange
endcmap
CMapName currentdict /CMap defineresource pop
end
end`;

/** Objects 5–7 of a page: a subset TrueType Type0 font (Identity-H, hex glyph ids) with a ToUnicode CMap. */
const TYPE0_FONT: Body[] = [
  '<< /Type /Font /Subtype /Type0 /BaseFont /ABCDEF+Calibri /Encoding /Identity-H /DescendantFonts [6 0 R] /ToUnicode 7 0 R >>',
  '<< /Type /Font /Subtype /CIDFontType2 /BaseFont /ABCDEF+Calibri /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW 500 /W [3 [250] 32 120 500] /CIDToGIDMap /Identity >>',
  stream('', IDENTITY_CMAP, true),
];

// ---------------------------------------------------------------------------------------------

describe('extractPdfText: PDFs written by pdf-lib', () => {
  async function atoLetter(): Promise<PDFDocument> {
    const doc = await PDFDocument.create();
    doc.setTitle('Authorization to Operate – Acme Cloud');
    doc.setSubject('ATO letter');
    const font = await doc.embedFont(StandardFonts.Helvetica);
    const page = doc.addPage();
    page.drawText('Authority to Operate', { x: 72, y: 720, size: 18, font });
    page.drawText('I grant an Authority to Operate to the Acme Cloud system.\nAuthorizing Official', {
      x: 72,
      y: 680,
      size: 11,
      font,
      lineHeight: 14,
    });
    return doc;
  }

  it.each([false, true])('reads title, subject and text (object streams: %s)', async (useObjectStreams) => {
    const bytes = await (await atoLetter()).save({ useObjectStreams });
    const pdf = await extract(bytes);
    expect(pdf).toMatchObject({
      version: '1.7',
      title: 'Authorization to Operate – Acme Cloud',
      subject: 'ATO letter',
      encrypted: false,
      pagesSeen: 1,
    });
    expect(pdf.text).toBe(
      'Authority to Operate\nI grant an Authority to Operate to the Acme Cloud system.\nAuthorizing Official',
    );
    expect(pdf.bytesRead).toBe(bytes.length);
  });

  it('reads several pages of multi-line text in order, in each standard font', async () => {
    const doc = await PDFDocument.create();
    const fonts = [StandardFonts.Helvetica, StandardFonts.TimesRoman, StandardFonts.Courier];
    for (const [i, name] of fonts.entries()) {
      const font = await doc.embedFont(name);
      const page = doc.addPage();
      page.drawText(`Page ${i + 1} heading\nfirst line of ${name}\nsecond line – “quoted” café`, {
        x: 50,
        y: 700,
        size: 12,
        font,
        lineHeight: 15,
      });
    }
    const pdf = await extract(await doc.save());
    expect(pdf.pagesSeen).toBe(3);
    expect(pdf.title).toBeUndefined();
    const lines = pdf.text.split('\n');
    expect(lines).toEqual([
      'Page 1 heading',
      'first line of Helvetica',
      'second line – “quoted” café',
      'Page 2 heading',
      'first line of Times-Roman',
      'second line – “quoted” café',
      'Page 3 heading',
      'first line of Courier',
      'second line – “quoted” café',
    ]);
  });

  it('decodes a UTF-16 title with non-Latin characters', async () => {
    const doc = await PDFDocument.create();
    doc.setTitle('Plan de sécurité du système – 安全计划 – Ωμέγα');
    doc.addPage();
    const pdf = await extract(await doc.save({ useObjectStreams: true }));
    expect(pdf.title).toBe('Plan de sécurité du système – 安全计划 – Ωμέγα');
    expect(pdf.text).toBe('');
    expect(pdf.notes.join(' ')).toMatch(/no text found/);
  });

  it('takes the title from XMP dc:title when the Info dictionary has none', async () => {
    const doc = await PDFDocument.create({ updateMetadata: false });
    doc.addPage();
    const xmp = `<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
<dc:title><rdf:Alt><rdf:li xml:lang="fr">Règles</rdf:li><rdf:li xml:lang="x-default">Rules of Behavior &amp; Access</rdf:li></rdf:Alt></dc:title>
<dc:description><rdf:Alt><rdf:li xml:lang="x-default">Signed by every user</rdf:li></rdf:Alt></dc:description>
</rdf:Description></rdf:RDF></x:xmpmeta>
<?xpacket end="w"?>`;
    const metadata = doc.context.flateStream(xmp, { Type: 'Metadata', Subtype: 'XML' });
    doc.catalog.set(PDFName.of('Metadata'), doc.context.register(metadata));
    const pdf = await extract(await doc.save({ useObjectStreams: false }));
    expect(pdf.title).toBe('Rules of Behavior & Access');
    expect(pdf.subject).toBe('Signed by every user');
  });
});

describe('extractPdfText: PDFs written by LibreOffice (subset TrueType fonts with ToUnicode CMaps)', () => {
  it('reads a Security Assessment Report (PDF/A with XMP)', async () => {
    const bytes = fixture('security-assessment-report.pdf');
    const pdf = await extract(bytes);
    expect(pdf.title).toBe('Acme Cloud Security Assessment Report');
    expect(pdf.subject).toBe('FedRAMP Moderate SAR');
    expect(pdf.pagesSeen).toBe(1);
    expect(pdf.text.split('\n').slice(0, 4)).toEqual([
      'Security Assessment Report',
      'Acme Cloud Service Offering – FedRAMP Moderate Baseline',
      'Prepared by: Independent Assessor (3PAO)',
      'Executive Summary',
    ]);
    const text = flat(pdf.text);
    // "assess" is bold and "ment" regular: two fonts, one word.
    expect(text).toContain('documents the results of the assessment of the Acme Cloud system.');
    expect(text).toContain('The Authorizing Official uses this report to make a risk-based decision.');
    expect(pdf.text).toContain('Control Weakness Risk Level\nAC-2 Inactive accounts not disabled Moderate');
    expect(text).toContain('Résumé of findings: “no high risks” — naïve café façade ﬁle.');
    expect(pdf.bytesRead).toBe(bytes.length);
  });

  it('reads Rules of Behavior converted from HTML', async () => {
    const pdf = await extract(fixture('rules-of-behavior.pdf'));
    expect(pdf.title).toBe('Acme Cloud Rules of Behavior');
    expect(pdf.text.startsWith('Rules of Behavior\nAll users of the Acme Cloud system must read and sign')).toBe(true);
    expect(pdf.text).toContain('• Protect your credentials and never share them.');
    expect(pdf.text).toContain('User Acknowledgement: I have read and agree to comply with the Rules of Behavior.');
  });

  it('reads an ATO letter converted from plain text', async () => {
    const pdf = await extract(fixture('ato-letter.pdf'));
    expect(pdf.version).toBe('1.6');
    expect(pdf.text.split('\n').slice(0, 2)).toEqual([
      'AUTHORIZATION TO OPERATE',
      'Subject: Authority to Operate for the Acme Cloud Service Offering',
    ]);
    expect(flat(pdf.text)).toContain('I grant an Authority to Operate (ATO) for the Acme Cloud Service Offering');
    expect(pdf.text.endsWith('Authorizing Official\nDepartment of Examples')).toBe(true);
  });
});

describe('extractPdfText: fonts, strings and content operators', () => {
  it('maps Identity-H glyph ids through ToUnicode bfchar and bfrange, with TJ gaps as spaces', async () => {
    const content = `BT /F1 12 Tf 72 720 Td
[${gids('Plan')} -300 ${gids('of')} -300 ${gids('Action and Milestones')}] TJ
0 -16 Td ${gids('Configuration Management’s Plan.')} Tj
0 -16 Td [${gids('Ker')} -20 ${gids('ning')} 15 ${gids(' kept')}] TJ
ET`;
    const pdf = await extract(onePage(content, '/F1 5 0 R', TYPE0_FONT));
    expect(pdf.text).toBe('Plan of Action and Milestones\nConfiguration Management’s Plan.\nKerning kept');
  });

  it('decodes simple fonts: WinAnsi literal strings with escapes, /Differences glyph names, a font without /Encoding', async () => {
    const content = String.raw`BT /F1 11 Tf 72 720 Td (System\222s caf\351 \(draft\) \
continued\043) Tj
/F2 11 Tf 0 -14 Td <0102030405060708> Tj
/F3 11 Tf 0 -14 Td (Plain ASCII) Tj ET`;
    const fonts = '/F1 5 0 R /F2 6 0 R /F3 7 0 R';
    const pdf = await extract(
      onePage(content, fonts, [
        '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
        '<< /Type /Font /Subtype /Type1 /BaseFont /ABCDEF+CMR10 /FirstChar 1 /LastChar 8 /Widths [500 500 500 500 500 500 500 500] /Encoding << /Type /Encoding /Differences [1 /S /e /c /u /r /eacute /f_i /uni2013] >> >>',
        '<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman >>',
      ]),
    );
    expect(pdf.text).toBe('System’s café (draft) continued#\nSecuréfi–\nPlain ASCII');
  });

  it('follows Form XObjects, skips inline images, honours ActualText, ignores image XObjects', async () => {
    const content = Buffer.concat([
      Buffer.from(`BT /F1 12 Tf 72 720 Td ${gids('Heading')} Tj ET
q 6 0 0 1 300 300 cm BI /W 6 /H 1 /BPC 8 /CS /G ID `),
      Buffer.from([0x28, 0x78, 0x29, 0x20, 0x54, 0x6a]), // "(x) Tj" as image data
      Buffer.from(` EI Q
/Img Do
BT /F1 12 Tf 72 700 Td /Span << /ActualText (Replaced text) >> BDC ${gids('zzz')} Tj EMC ET
/Fm1 Do`),
    ]);
    const pdf = await extract(
      buildPdf(
        [
          '<< /Type /Catalog /Pages 2 0 R >>',
          '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
          '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> /XObject << /Fm1 8 0 R /Img 9 0 R >> >> /Contents 4 0 R >>',
          stream('', content, true),
          ...TYPE0_FONT,
          stream(
            '/Type /XObject /Subtype /Form /BBox [0 0 612 792] /Matrix [1 0 0 1 0 -600]',
            `BT /F1 9 Tf 72 650 Td ${gids('Footer text')} Tj ET`,
            true,
          ),
          stream('/Type /XObject /Subtype /Image /Width 2 /Height 1 /ColorSpace /DeviceGray /BitsPerComponent 8', 'BT (x) Tj'),
        ],
        '/Root 1 0 R',
      ),
    );
    expect(pdf.text).toBe('Heading\nReplaced text\nFooter text');
  });

  it('decodes Info literal strings (escapes, octal, PDFDocEncoding) and hex strings', async () => {
    const pdf = await extract(
      buildPdf(
        [
          '<< /Type /Catalog /Pages 2 0 R >>',
          '<< /Type /Pages /Kids [] /Count 0 >>',
          String.raw`<< /Title (Rules \(of\) Behavior \205 Caf\351\
 Policy\n) /Subject <FEFF0053005300500020D83DDD12> /Producer (test) >>`,
        ],
        '/Root 1 0 R /Info 3 0 R',
      ),
    );
    expect(pdf.title).toBe('Rules (of) Behavior – Café Policy');
    expect(pdf.subject).toBe('SSP 🔒');
    expect(pdf.pagesSeen).toBe(0);
  });

  it('unpacks a hand-built object stream with a PNG predictor, and ASCIIHex / ASCII85 filtered content', async () => {
    const packed = [
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 7 0 R >> >> /Contents [5 0 R 6 0 R] >>',
      '<< /Title (Plan of Action and Milestones) /Producer (hand) >>',
    ];
    let offset = 0;
    const header = packed
      .map((body, i) => {
        const entry = `${i + 1} ${offset}`;
        offset += body.length + 1;
        return entry;
      })
      .join(' ');
    const data = Buffer.from(`${header}\n${packed.join('\n')}\n`);
    const compressed = deflateSync(pngUp(data, 8));
    const objStm = Buffer.concat([
      Buffer.from(
        `<< /Type /ObjStm /N 4 /First ${header.length + 1} /Filter /FlateDecode /DecodeParms << /Predictor 12 /Columns 8 >> /Length ${compressed.length} >>\nstream\n`,
      ),
      compressed,
      Buffer.from('\nendstream'),
    ]);
    const bytes = buildPdf(
      [
        undefined, // 1–4 live in the object stream
        undefined,
        undefined,
        undefined,
        stream('/Filter /ASCIIHexDecode', `${Buffer.from('BT /F1 12 Tf 72 720 Td (POA&M) Tj ET').toString('hex')}>`),
        stream('/Filter [/ASCII85Decode /FlateDecode]', `${ascii85(deflateSync('BT /F1 12 Tf 72 700 Td (Milestones) Tj ET'))}~>`),
        '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
        objStm,
      ],
      '/Root 1 0 R /Info 4 0 R',
    );
    const pdf = await extract(bytes);
    expect(pdf.title).toBe('Plan of Action and Milestones');
    expect(pdf.text).toBe('POA&M\nMilestones');
  });

  it('reads pages past a broken page tree (cycles) without looping', async () => {
    const pdf = await extract(
      buildPdf(
        [
          '<< /Type /Catalog /Pages 2 0 R >>',
          '<< /Type /Pages /Kids [2 0 R 5 0 R 3 0 R 2 0 R] /Count 1 >>',
          '<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 6 0 R >> >> /Contents 4 0 R >>',
          stream('', 'BT /F1 12 Tf 72 720 Td (Still read) Tj ET', true),
          '<< /Type /Pages /Kids [5 0 R 2 0 R] >>',
          '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
        ],
        '/Root 1 0 R',
      ),
    );
    expect(pdf.text).toBe('Still read');
    expect(pdf.pagesSeen).toBe(1);
  });

  it('caps the text at maxTextChars', async () => {
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    const line = 'System Security Plan control implementation statement. ';
    for (let p = 0; p < 40; p++) {
      const page = doc.addPage();
      for (let i = 0; i < 40; i++) page.drawText(line, { x: 20, y: 780 - i * 19, size: 10, font });
    }
    const pdf = await extract(await doc.save());
    expect(pdf.text.length).toBeLessThanOrEqual(CLASSIFY_LIMITS.maxTextChars);
    expect(pdf.text.length).toBeGreaterThan(CLASSIFY_LIMITS.maxTextChars - line.length);
    expect(pdf.pagesSeen).toBeLessThan(40);
  });
});

// ---------------------------------------------------------------------------------------------

/** `size` bytes of `fill` (deflated without ever holding them), after an optional prefix. */
async function deflated(prefix: string, size: number, fill = 0): Promise<Buffer> {
  const deflate = createDeflate();
  const chunks: Buffer[] = [];
  deflate.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = once(deflate, 'end');
  deflate.write(Buffer.from(prefix, 'latin1'));
  const block = Buffer.alloc(MiB, fill);
  for (let written = 0; written < size; written += block.length) {
    if (!deflate.write(block)) await once(deflate, 'drain');
  }
  deflate.end();
  await ended;
  return Buffer.concat(chunks);
}

function flateStream(dict: string, compressed: Buffer): Buffer {
  return Buffer.concat([
    Buffer.from(`<< ${dict} /Length ${compressed.length} /Filter /FlateDecode >>\nstream\n`),
    compressed,
    Buffer.from('\nendstream'),
  ]);
}

describe('extractPdfText: hostile and broken input', () => {
  it('stops a flate bomb (200 MB of zeros) at the per-stream cap, and keeps the text before it', async () => {
    const bomb = await deflated('BT /F1 12 Tf 72 720 Td (Bomb survivor) Tj ET ', 200 * MiB, 0x20);
    const zeros = await deflated('', 200 * MiB, 0);
    expect(bomb.length).toBeLessThan(MiB);
    const pdf = buildPdf(
      [
        '<< /Type /Catalog /Pages 2 0 R >>',
        '<< /Type /Pages /Kids [3 0 R 6 0 R] /Count 2 >>',
        '<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
        flateStream('', bomb),
        '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding /ToUnicode 8 0 R >>',
        '<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 5 0 R >> >> /Contents [4 0 R 7 0 R 4 0 R] >>',
        flateStream('', zeros),
        flateStream('', zeros),
      ],
      '/Root 1 0 R',
    );
    const started = Date.now();
    const before = process.memoryUsage().arrayBuffers;
    const result = await extract(pdf);
    expect(Date.now() - started).toBeLessThan(HOSTILE_SECONDS * 1000);
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(64 * MiB);
    expect(result.text).toBe('Bomb survivor\nBomb survivor Bomb survivor');
    expect(result.notes.join(' ')).toMatch(/stream\(s\) cut at the 256 KiB decompression cap/);
  });

  it('spends at most inflateBudget over many large streams, then notes the rest', async () => {
    const big = await deflated('', 4 * MiB, 0x20);
    const pages = 12;
    const objects: Body[] = ['<< /Type /Catalog /Pages 2 0 R >>', ''];
    const kids: string[] = [];
    for (let i = 0; i < pages; i++) {
      kids.push(`${objects.length + 1} 0 R`);
      objects.push(`<< /Type /Page /Parent 2 0 R /Contents ${objects.length + 2} 0 R >>`);
      objects.push(flateStream('', big));
    }
    objects[1] = `<< /Type /Pages /Kids [${kids.join(' ')}] /Count ${pages} >>`;
    const started = Date.now();
    const result = await extract(buildPdf(objects, '/Root 1 0 R'));
    expect(Date.now() - started).toBeLessThan(HOSTILE_SECONDS * 1000);
    expect(result.pagesSeen).toBe(pages);
    expect(result.notes.join(' ')).toMatch(/decompression budget of 2 MiB spent: 4 stream\(s\) not decoded/);
  });

  it('bounds re-reading: a form drawn 100 times on each of 50 pages, each page listing its content 256 times', async () => {
    const form = stream('/Type /XObject /Subtype /Form /BBox [0 0 1 1]', '1 0 0 1 0 0 cm '.repeat(32_000));
    const content = stream('', '/Fm Do '.repeat(100));
    const objects: Body[] = ['<< /Type /Catalog /Pages 2 0 R >>', '', form, content];
    const kids: string[] = [];
    for (let i = 0; i < 50; i++) {
      kids.push(`${objects.length + 1} 0 R`);
      objects.push(`<< /Type /Page /Contents [${'4 0 R '.repeat(256)}] /Resources << /XObject << /Fm 3 0 R >> >> >>`);
    }
    objects[1] = `<< /Type /Pages /Kids [${kids.join(' ')}] /Count 50 >>`;
    const started = Date.now();
    const result = await extract(buildPdf(objects, '/Root 1 0 R'));
    expect(Date.now() - started).toBeLessThan(HOSTILE_SECONDS * 1000);
    expect(result.notes.join(' ')).toMatch(/parse budget of 8 MiB spent/);
  });

  it('returns what a truncated PDF (its first half) holds: title and first pages, without a trailer', async () => {
    const doc = await PDFDocument.create();
    doc.setTitle('System Security Plan');
    const font = await doc.embedFont(StandardFonts.Helvetica);
    for (let p = 1; p <= 6; p++) {
      const page = doc.addPage();
      page.drawText(`Section ${p}: Access Control policy and procedures`, { x: 50, y: 700, size: 12, font });
    }
    const bytes = await doc.save({ useObjectStreams: false });
    const pdf = await extract(bytes.subarray(0, Math.floor(bytes.length / 2)));
    expect(pdf.title).toBe('System Security Plan');
    expect(pdf.text).toContain('Section 1: Access Control policy and procedures');
    expect(pdf.pagesSeen).toBeGreaterThanOrEqual(2);
    expect(pdf.pagesSeen).toBeLessThan(6);
    expect(pdf.notes.join(' ')).toMatch(/no trailer/);
  });

  it('decodes what is there of a content stream cut short', async () => {
    const lines = Array.from({ length: 400 }, (_, i) => `0 -12 Td (Control AC-${i + 1} is implemented.) Tj`);
    const content = `BT /F1 10 Tf 72 780 Td ${lines.join('\n')} ET`;
    const whole = onePage(content, '/F1 5 0 R', ['<< /Type /Font /Subtype /Type1 /BaseFont /Courier >>']);
    const streamAt = whole.indexOf('stream\n') + 7;
    const compressed = Number(/\/Length (\d+)/.exec(whole.toString('latin1'))?.[1]);
    const pdf = await extract(whole.subarray(0, streamAt + Math.floor(compressed / 2)));
    expect(pdf.text.startsWith('Control AC-1 is implemented.\nControl AC-2 is implemented.')).toBe(true);
    expect(pdf.text).not.toContain('AC-400');
  });

  it('reads a truncated PDF whose objects were all in object streams from its loose content', async () => {
    const doc = await PDFDocument.create();
    doc.setTitle('Lost with the object stream');
    const font = await doc.embedFont(StandardFonts.Helvetica);
    doc.addPage().drawText('Authorizing Official signature page', { x: 50, y: 700, size: 12, font });
    const bytes = await doc.save({ useObjectStreams: true });
    const cut = bytes.subarray(0, Buffer.from(bytes).indexOf('/ObjStm'));
    const pdf = await extract(cut);
    expect(pdf.title).toBeUndefined();
    expect(pdf.text).toBe('Authorizing Official signature page');
    expect(pdf.notes.join(' ')).toMatch(/content stream/);
  });

  it('rejects bytes without a %PDF- header as unreadable', async () => {
    const attempt = extractPdfText(metered(Buffer.from('<html>not a pdf</html>\n1 0 obj << >> endobj')));
    await expect(attempt).rejects.toBeInstanceOf(DocumentRejectedError);
    await expect(attempt).rejects.toMatchObject({ kind: 'unreadable', message: expect.stringMatching(/%PDF-/) });
    await expect(extractPdfText(metered(new Uint8Array(0)))).rejects.toBeInstanceOf(DocumentRejectedError);
  });

  it('rejects a %PDF- header followed by garbage as unreadable', async () => {
    let seed = 42;
    const garbage = Buffer.alloc(200_000, 0).map(() => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed >> 16;
    });
    const bytes = Buffer.concat([Buffer.from('%PDF-1.4\n'), garbage]);
    await expect(extractPdfText(metered(bytes))).rejects.toMatchObject({ name: 'DocumentRejectedError', kind: 'unreadable' });
  });

  it('survives syntax soup: deep nesting, unterminated strings, fake objects, bad references', async () => {
    const soup = [
      '%PDF-1.7\n',
      '1 0 obj ' + '['.repeat(100_000) + '\n',
      '2 0 obj << /Type /Catalog /Pages 3 0 R >> endobj\n',
      '3 0 obj << /Type /Pages /Kids [4 0 R 4 0 R 99 0 R (x) /N] /Count 9 >> endobj\n',
      '4 0 obj << /Type /Page /Parent 3 0 R /Contents [5 0 R 5 0 R] /Resources 4 0 R >> endobj\n',
      '5 0 obj << /Length 7 0 R >> stream\n' + 'BT ' + '[('.repeat(20_000) + ' (ok) Tj ET ' + '<<'.repeat(20_000) + '\nendstream endobj\n',
      '6 0 obj ' + '('.repeat(100_000) + ' endobj\n',
      '7 0 obj 7 0 R endobj\n',
      '8 0 obj << /Type /ObjStm /N 100000 /First 5 /Length 20 >> stream\n0 0 0 0 [[[[[[[[[[\nendstream endobj\n',
      ' 0 obj'.repeat(50_000),
      '\ntrailer << /Root 2 0 R /Info 7 0 R /Size -1 >>\n',
      'trailer << /Root',
    ].join('');
    const started = Date.now();
    const pdf = await extract(Buffer.from(soup, 'latin1'));
    expect(Date.now() - started).toBeLessThan(HOSTILE_SECONDS * 1000);
    expect(pdf.encrypted).toBe(false);
    expect(pdf.title).toBeUndefined();
    expect(typeof pdf.text).toBe('string');
  });

  it('flags an encrypted PDF and reads nothing from it', async () => {
    const bytes = buildPdf(
      [
        '<< /Type /Catalog /Pages 2 0 R >>',
        '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
        '<< /Type /Page /Parent 2 0 R /Contents 4 0 R >>',
        stream('', Buffer.from([0x8f, 0x12, 0x55, 0xa0, 0x3c, 0x29]), false),
        '<< /Filter /Standard /V 2 /R 3 /Length 128 /O <00112233445566778899AABBCCDDEEFF00112233445566778899AABBCCDDEEFF> /U <00112233445566778899AABBCCDDEEFF00112233445566778899AABBCCDDEEFF> /P -3904 >>',
        '<< /Title (\x8f\x12\x55\xa0) >>',
      ],
      '/Root 1 0 R /Info 6 0 R /Encrypt 5 0 R /ID [<0123> <0123>]',
    );
    const pdf = await extract(bytes);
    expect(pdf).toMatchObject({ encrypted: true, text: '', pagesSeen: 0, version: '1.7' });
    expect(pdf.title).toBeUndefined();
    // Also when only the first half (no trailer) was readable.
    const cut = await extract(bytes.subarray(0, bytes.indexOf('xref')));
    expect(cut.encrypted).toBe(true);
  });
});

describe('extractPdfText: read cost', () => {
  /** A real PDF with `padding` bytes of an unused stream inserted before its xref table. */
  async function padded(padding: number): Promise<Buffer> {
    const doc = await PDFDocument.create();
    doc.setTitle('Continuous Monitoring Plan');
    const font = await doc.embedFont(StandardFonts.Helvetica);
    doc.addPage().drawText('Monthly vulnerability scans are delivered to the Authorizing Official.', {
      x: 50,
      y: 700,
      size: 11,
      font,
    });
    const bytes = Buffer.from(await doc.save({ useObjectStreams: false }));
    const xrefAt = bytes.lastIndexOf('\nxref');
    const filler = Buffer.concat([
      Buffer.from(`\n999 0 obj\n<< /Length ${padding} >>\nstream\n`),
      Buffer.alloc(padding, 0x41),
      Buffer.from('\nendstream\nendobj\n'),
    ]);
    const tail = Buffer.from(
      bytes.subarray(xrefAt).toString('latin1').replace(/startxref\n\d+/, `startxref\n${xrefAt + filler.length + 1}`),
      'latin1',
    );
    return Buffer.concat([bytes.subarray(0, xrefAt), filler, tail]);
  }

  it('reads at most head + tail of a 20 MB PDF', async () => {
    const bytes = await padded(20 * MiB);
    const pdf = await extract(bytes);
    expect(pdf.bytesRead).toBeLessThanOrEqual(1.3 * MiB);
    expect(pdf.title).toBe('Continuous Monitoring Plan');
    expect(pdf.text).toBe('Monthly vulnerability scans are delivered to the Authorizing Official.');
    expect(pdf.notes.join(' ')).toMatch(/only the first 1\.0 MiB and last \d+ KiB of 20\.0 MiB were read/);
  });

  it('costs the same for a 1 GiB PDF (a source that is never materialised)', async () => {
    const small = await padded(16);
    const xrefAt = small.lastIndexOf('\nxref');
    const head = small.subarray(0, xrefAt);
    const trailer = small.subarray(xrefAt);
    const size = 1024 * MiB;
    let calls = 0;
    const huge: ByteSource = {
      size,
      async read(offset, length) {
        calls++;
        const out = Buffer.alloc(Math.max(0, Math.min(length, size - offset)), 0x20);
        head.subarray(offset, offset + out.length).copy(out, 0);
        const trailerAt = size - trailer.length;
        if (offset + out.length > trailerAt) {
          const from = Math.max(offset, trailerAt);
          trailer.subarray(from - trailerAt).copy(out, from - offset);
        }
        return out;
      },
    };
    const source = metered(huge);
    const pdf = await extractPdfText(source);
    expect(source.bytesRead).toBeLessThanOrEqual(1.3 * MiB);
    expect(calls).toBeLessThanOrEqual(Math.ceil((1.3 * MiB) / CLASSIFY_LIMITS.blockSize));
    expect(pdf.title).toBe('Continuous Monitoring Plan');
    expect(pdf.text).toContain('Authorizing Official');
  });

  it('works with what fits when the read budget is smaller than head + tail', async () => {
    const bytes = await padded(20 * MiB);
    const pdf = await extract(bytes, 512 * 1024);
    expect(pdf.bytesRead).toBeLessThanOrEqual(512 * 1024);
    expect(pdf.title).toBe('Continuous Monitoring Plan');
    expect(pdf.notes.join(' ')).toMatch(/read budget exhausted/);
  });
});
