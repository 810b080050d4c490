import type { Block } from './blocks.js';
import { esc, zipEntries } from './zip.js';

/** Document properties as the authoring tool left them; null leaves docProps/core.xml out entirely. */
export interface CoreProps {
  readonly title?: string;
  readonly subject?: string;
  readonly creator?: string;
  readonly lastModifiedBy?: string;
  readonly keywords?: string;
  readonly description?: string;
  readonly created: string;
  readonly modified: string;
  readonly revision?: number;
}

export interface DocxOptions {
  /** Which word processor wrote it: its style names, its app.xml and its part layout. */
  readonly flavour: 'libreoffice' | 'word';
  /** Headings as real heading styles, or as bold paragraphs typed by hand. */
  readonly headings: 'styles' | 'bold';
  readonly header?: string;
  readonly footer?: string;
  readonly pageNumbers?: boolean;
  readonly core: CoreProps | null;
  readonly company?: string;
  readonly template?: string;
  readonly mtime: Date;
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

function run(text: string, props = ''): string {
  const parts = text.split('\t');
  const body = parts.map((part, i) => `${i > 0 ? '<w:tab/>' : ''}<w:t xml:space="preserve">${esc(part)}</w:t>`).join('');
  return `<w:r>${props.length > 0 ? `<w:rPr>${props}</w:rPr>` : ''}${body}</w:r>`;
}

function para(text: string, ppr: string, rpr = ''): string {
  return `<w:p><w:pPr>${ppr}</w:pPr>${text.length > 0 ? run(text, rpr) : ''}</w:p>`;
}

function styleNames(flavour: DocxOptions['flavour']): { body: string; cell: string; headCell: string; toc: string; list: string } {
  return flavour === 'libreoffice'
    ? { body: 'TextBody', cell: 'TableContents', headCell: 'TableHeading', toc: 'Contents1', list: 'ListBullet' }
    : { body: 'Normal', cell: 'Normal', headCell: 'Normal', toc: 'TOC1', list: 'ListParagraph' };
}

function tableXml(rows: readonly (readonly string[])[], header: boolean, opts: DocxOptions): string {
  const names = styleNames(opts.flavour);
  const cols = Math.max(1, ...rows.map((r) => r.length));
  const width = Math.floor(9360 / cols);
  const border = (side: string): string => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>`;
  const borders = `<w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(border).join('')}</w:tblBorders>`;
  const grid = `<w:tblGrid>${Array.from({ length: cols }, () => `<w:gridCol w:w="${width}"/>`).join('')}</w:tblGrid>`;
  const trs = rows
    .map((row, ri) => {
      const isHead = header && ri === 0;
      const cells = Array.from({ length: cols }, (_, ci) => row[ci] ?? '');
      const tcs = cells
        .map((cell) => {
          const shade = isHead ? '<w:shd w:fill="D9E2F3" w:val="clear"/>' : '';
          const lines = cell.split('\n');
          const ps = lines
            .map((l) => para(l, `<w:pStyle w:val="${isHead ? names.headCell : names.cell}"/>`, isHead ? '<w:b/><w:bCs/>' : ''))
            .join('');
          return `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/>${shade}</w:tcPr>${ps}</w:tc>`;
        })
        .join('');
      return `<w:tr>${isHead ? '<w:trPr><w:tblHeader/></w:trPr>' : ''}${tcs}</w:tr>`;
    })
    .join('');
  const style = opts.flavour === 'word' ? '<w:tblStyle w:val="TableGrid"/>' : '';
  return `<w:tbl><w:tblPr>${style}<w:tblW w:w="${width * cols}" w:type="dxa"/>${borders}<w:tblLook w:val="04A0"/></w:tblPr>${grid}${trs}</w:tbl><w:p><w:pPr><w:pStyle w:val="${names.body}"/></w:pPr></w:p>`;
}

function blockXml(block: Block, opts: DocxOptions): string {
  const names = styleNames(opts.flavour);
  switch (block.kind) {
    case 'title': {
      const size = block.size ?? 48;
      if (opts.flavour === 'word' && opts.headings === 'styles') return para(block.text, '<w:pStyle w:val="Title"/>');
      return para(block.text, `<w:pStyle w:val="${names.body}"/><w:jc w:val="center"/><w:spacing w:before="480" w:after="240"/>`, `<w:b/><w:bCs/><w:sz w:val="${size}"/><w:szCs w:val="${size}"/>`);
    }
    case 'line': {
      const align = block.align === undefined ? '' : `<w:jc w:val="${block.align}"/>`;
      const size = block.size === undefined ? '' : `<w:sz w:val="${block.size}"/><w:szCs w:val="${block.size}"/>`;
      return para(block.text, `<w:pStyle w:val="${names.body}"/>${align}`, `${block.bold === true ? '<w:b/><w:bCs/>' : ''}${size}`);
    }
    case 'h': {
      if (opts.headings === 'styles') return para(block.text, `<w:pStyle w:val="Heading${block.level}"/>`);
      const size = [32, 28, 24][block.level - 1] ?? 24;
      return para(block.text, `<w:pStyle w:val="${names.body}"/><w:keepNext/><w:spacing w:before="240" w:after="120"/>`, `<w:b/><w:bCs/><w:sz w:val="${size}"/><w:szCs w:val="${size}"/>`);
    }
    case 'p':
      return para(block.text, `<w:pStyle w:val="${names.body}"/><w:jc w:val="both"/>`);
    case 'bullets':
      return block.items.map((item) => para(item, `<w:pStyle w:val="${names.list}"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>`)).join('');
    case 'table':
      return tableXml(block.rows, block.header !== false, opts);
    case 'toc':
      return block.entries.map((entry) => para(entry, `<w:pStyle w:val="${names.toc}"/><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="9350"/></w:tabs>`)).join('');
    case 'break':
      return '<w:p><w:r><w:br w:type="page"/></w:r></w:p>';
  }
}

function headerFooterXml(tag: 'hdr' | 'ftr', text: string, pageNumbers: boolean, opts: DocxOptions): string {
  const style = opts.flavour === 'libreoffice' ? (tag === 'hdr' ? 'Header' : 'Footer') : tag === 'hdr' ? 'Header' : 'Footer';
  const page = pageNumbers
    ? `<w:r><w:tab/><w:t xml:space="preserve">Page </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>`
    : '';
  const lines = text.split('\n');
  const ps = lines
    .map((l, i) => `<w:p><w:pPr><w:pStyle w:val="${style}"/><w:tabs><w:tab w:val="right" w:pos="9360"/></w:tabs></w:pPr>${run(l)}${i === lines.length - 1 ? page : ''}</w:p>`)
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:${tag} xmlns:w="${W}" xmlns:r="${R}">${ps}</w:${tag}>`;
}

function stylesXml(opts: DocxOptions): string {
  const font = opts.flavour === 'libreoffice' ? 'Liberation Serif' : 'Calibri';
  const heading = (n: number, size: number): string =>
    `<w:style w:type="paragraph" w:styleId="Heading${n}"><w:name w:val="${opts.flavour === 'libreoffice' ? `Heading ${n}` : `heading ${n}`}"/><w:basedOn w:val="Normal"/><w:next w:val="${opts.flavour === 'libreoffice' ? 'TextBody' : 'Normal'}"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="${n - 1}"/></w:pPr><w:rPr><w:b/><w:bCs/><w:sz w:val="${size}"/><w:szCs w:val="${size}"/></w:rPr></w:style>`;
  const simple = (id: string, name: string, extra = ''): string =>
    `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/><w:basedOn w:val="Normal"/>${extra}</w:style>`;
  const own =
    opts.flavour === 'libreoffice'
      ? [
          simple('TextBody', 'Body Text', '<w:pPr><w:spacing w:before="0" w:after="140" w:line="276" w:lineRule="auto"/></w:pPr>'),
          simple('TableContents', 'Table Contents', '<w:pPr><w:suppressLineNumbers/></w:pPr>'),
          simple('TableHeading', 'Table Heading', '<w:pPr><w:jc w:val="center"/></w:pPr><w:rPr><w:b/><w:bCs/></w:rPr>'),
          simple('Contents1', 'Contents 1'),
          simple('ListBullet', 'List Bullet'),
          simple('Header', 'Header'),
          simple('Footer', 'Footer'),
        ]
      : [
          simple('Title', 'Title', '<w:rPr><w:sz w:val="56"/><w:szCs w:val="56"/></w:rPr>'),
          simple('TOC1', 'toc 1'),
          simple('ListParagraph', 'List Paragraph', '<w:pPr><w:ind w:left="720"/></w:pPr>'),
          simple('Header', 'header'),
          simple('Footer', 'footer'),
          '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style>',
        ];
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles xmlns:w="${W}"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="${font}" w:hAnsi="${font}" w:cs="${font}"/><w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="en-US"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr/></w:pPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>${heading(1, 32)}${heading(2, 28)}${heading(3, 24)}${own.join('')}</w:styles>`;
}

const NUMBERING = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering xmlns:w="${W}"><w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="hybridMultilevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\u2022"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`;

function coreXml(core: CoreProps, flavour: DocxOptions['flavour']): string {
  const el = (tag: string, value: string | undefined): string =>
    value !== undefined ? `<${tag}>${esc(value)}</${tag}>` : flavour === 'libreoffice' ? `<${tag}></${tag}>` : '';
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">${el('dc:title', core.title)}${el('dc:subject', core.subject)}${el('dc:creator', core.creator)}${core.keywords !== undefined ? el('cp:keywords', core.keywords) : ''}${el('dc:description', core.description)}${el('cp:lastModifiedBy', core.lastModifiedBy)}<cp:revision>${core.revision ?? 1}</cp:revision>${flavour === 'libreoffice' ? '<dc:language>en-US</dc:language>' : ''}<dcterms:created xsi:type="dcterms:W3CDTF">${core.created}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${core.modified}</dcterms:modified></cp:coreProperties>`;
}

function appXml(opts: DocxOptions, words: number, pages: number, kind: 'Word' | 'Excel'): string {
  const application =
    opts.flavour === 'libreoffice'
      ? '<Application>LibreOffice/7.5.9.2$Linux_X86_64 LibreOffice_project/cdeefe45c17511d326101eed8008ac4092f278a9</Application><AppVersion>15.0000</AppVersion>'
      : `<Application>${kind === "Word" ? "Microsoft Office Word" : "Microsoft Excel"}</Application><DocSecurity>0</DocSecurity><AppVersion>16.0000</AppVersion>`;
  const template = opts.template !== undefined ? `<Template>${esc(opts.template)}</Template>` : opts.flavour === 'libreoffice' ? '<Template></Template>' : '<Template>Normal.dotm</Template>';
  const company = opts.company !== undefined ? `<Company>${esc(opts.company)}</Company>` : '';
  const counts = kind === 'Word' ? `<TotalTime>${(words % 97) + 12}</TotalTime><Pages>${pages}</Pages><Words>${words}</Words><Characters>${words * 6}</Characters>` : '';
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">${template}${counts}${application}${company}</Properties>`;
}

export { appXml as officeAppXml, coreXml as officeCoreXml };

/** A WordprocessingML document written part by part, as LibreOffice Writer or Word would save it. */
export async function renderDocx(blocks: readonly Block[], opts: DocxOptions): Promise<Buffer> {
  const body = blocks.map((b) => blockXml(b, opts)).join('');
  const hasHeader = opts.header !== undefined;
  const hasFooter = opts.footer !== undefined || opts.pageNumbers === true;
  const refs = `${hasHeader ? '<w:headerReference w:type="default" r:id="rIdHdr1"/>' : ''}${hasFooter ? '<w:footerReference w:type="default" r:id="rIdFtr1"/>' : ''}`;
  const sect = `<w:sectPr>${refs}<w:pgSz w:w="12240" w:h="15840"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="720" w:footer="720" w:gutter="0"/></w:sectPr>`;
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="${W}" xmlns:r="${R}"><w:body>${body}${sect}</w:body></w:document>`;
  const words = blocks.reduce((n, b) => n + (b.kind === 'p' ? b.text.split(' ').length : 0), 0);
  const rels = [
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>',
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>',
    '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>',
    hasHeader ? '<Relationship Id="rIdHdr1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>' : '',
    hasFooter ? '<Relationship Id="rIdFtr1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>' : '',
  ].join('');
  const overrides = [
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>',
    '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>',
    '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>',
    '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>',
    hasHeader ? '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>' : '',
    hasFooter ? '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>' : '',
    opts.core !== null ? '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' : '',
    '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>',
  ].join('');
  const contentTypes = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${overrides}</Types>`;
  const rootRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${opts.core !== null ? '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' : ''}<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;
  const settings = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:settings xmlns:w="${W}"><w:zoom w:percent="100"/><w:defaultTabStop w:val="720"/>${opts.flavour === 'libreoffice' ? '<w:autoHyphenation w:val="true"/>' : '<w:characterSpacingControl w:val="doNotCompress"/>'}<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>`;
  const entries = [
    { name: '[Content_Types].xml', data: contentTypes },
    { name: '_rels/.rels', data: rootRels },
    { name: 'docProps/app.xml', data: appXml(opts, words, Math.max(1, Math.round(words / 420)), 'Word') },
    ...(opts.core !== null ? [{ name: 'docProps/core.xml', data: coreXml(opts.core, opts.flavour) }] : []),
    { name: 'word/_rels/document.xml.rels', data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}</Relationships>` },
    { name: 'word/document.xml', data: document },
    { name: 'word/styles.xml', data: stylesXml(opts) },
    { name: 'word/numbering.xml', data: NUMBERING },
    { name: 'word/settings.xml', data: settings },
    ...(hasHeader ? [{ name: 'word/header1.xml', data: headerFooterXml('hdr', opts.header ?? '', false, opts) }] : []),
    ...(hasFooter ? [{ name: 'word/footer1.xml', data: headerFooterXml('ftr', opts.footer ?? '', opts.pageNumbers === true, opts) }] : []),
  ];
  // Word writes [Content_Types].xml first; LibreOffice writes _rels/.rels first.
  if (opts.flavour === 'libreoffice') entries.splice(0, 2, entries[1] as (typeof entries)[number], entries[0] as (typeof entries)[number]);
  return zipEntries(entries, opts.mtime);
}
