import type { Block, RenderOptions } from './blocks.js';
import { blocksToText } from './blocks.js';
import { renderDocx } from './docx.js';
import { renderPdf } from './pdf.js';

export type ProseFormat = 'docx' | 'pdf' | 'md' | 'txt';

/** Renders one prose document in the chosen format. */
export async function renderProse(format: ProseFormat, blocks: Block[], opts: RenderOptions = {}): Promise<Buffer | string> {
  switch (format) {
    case 'docx':
      return renderDocx(blocks, opts);
    case 'pdf':
      return renderPdf(blocks, opts);
    case 'md':
      return blocksToText(blocks, true);
    case 'txt':
      return blocksToText(blocks, false);
  }
}
