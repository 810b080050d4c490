// The second half of the evaluation corpora (see accuracy.ts).
import { describeEvalSets } from './accuracy.js';
import { generateEval8Corpus } from './eval8/generate-eval8.js';
import { generateEval9Corpus } from './eval9/generate-eval9.js';
import { generateEval10Corpus } from './eval10/generate-eval10.js';
import { generateEval11Corpus } from './eval11/generate-eval11.js';
import { generateEval12Corpus } from './eval12/generate-eval12.js';
import { generateEval13Corpus } from './eval13/generate-eval13.js';
import { generateEval14Corpus } from './eval14/generate-eval14.js';

describeEvalSets([
  ['eval8', generateEval8Corpus],
  ['eval9', generateEval9Corpus],
  ['eval10', generateEval10Corpus],
  ['eval11', generateEval11Corpus],
  ['eval12', generateEval12Corpus],
  ['eval13', generateEval13Corpus],
  [
    'eval14',
    generateEval14Corpus,
    {
      // Open: its title sits only in a header-table cell (Document ID | Title | Version), which is not
      // read as a title line, while its first paragraphs name the SAP, POA&M and scan results.
      'Final Report.docx': 'SAR titled only in a header table',
    },
  ],
]);
