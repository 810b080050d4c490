/** Publish one list of blocks in the format an archive file happens to have. */
import { type Block, type CoreProps, type Flavor, buildDocx, buildPdf, blocksToPdf, blocksToText } from './kit.js';

export type ProseFormat =
  | { fmt: 'docx'; flavor: Flavor; props: CoreProps; header?: string; footer?: string; boldHeadings?: boolean }
  | {
      fmt: 'pdf';
      producer: string;
      creator?: string;
      title?: string;
      author?: string;
      version?: '1.3' | '1.4';
      scanned?: boolean;
      header?: string;
      footer?: string;
      created?: string;
    }
  | { fmt: 'md' }
  | { fmt: 'txt' };

export async function emit(blocks: readonly Block[], f: ProseFormat): Promise<Buffer | string> {
  switch (f.fmt) {
    case 'docx':
      return buildDocx({
        flavor: f.flavor,
        props: f.props,
        blocks,
        ...(f.header !== undefined ? { header: f.header } : {}),
        ...(f.footer !== undefined ? { footer: f.footer } : {}),
        ...(f.boldHeadings !== undefined ? { boldHeadings: f.boldHeadings } : {}),
      });
    case 'pdf': {
      const { producer, ...opts } = f;
      return buildPdf({
        producer,
        ...(opts.creator !== undefined ? { creator: opts.creator } : {}),
        ...(opts.title !== undefined ? { title: opts.title } : {}),
        ...(opts.author !== undefined ? { author: opts.author } : {}),
        ...(opts.version !== undefined ? { version: opts.version } : {}),
        ...(opts.scanned !== undefined ? { scanned: opts.scanned } : {}),
        ...(opts.header !== undefined ? { header: opts.header } : {}),
        ...(opts.footer !== undefined ? { footer: opts.footer } : {}),
        ...(opts.created !== undefined ? { created: opts.created } : {}),
        lines: blocksToPdf(blocks),
      });
    }
    case 'md':
      return blocksToText(blocks, true);
    case 'txt':
      return blocksToText(blocks, false).replace(/\n/g, '\r\n');
  }
}

export const DISTILLER = 'Acrobat Distiller 5.0.5 (Windows)';
export const DISTILLER7 = 'Acrobat Distiller 7.0.5 (Windows)';
export const PDFMAKER = 'Acrobat PDFMaker 8.1 for Word';
export const SCANNER = 'ScanSoft OmniPage CSDK 15.0; modified using iText 2.1.7 by 1T3XT';
