/**
 * eval10: an independent, labelled evaluation corpus for the deliverable classifier.
 *
 * Persona: a consultancy's shared drive holding the FedRAMP files of four client CSPs written by different teams
 * (Rev4 attachment numbering and Rev5 appendices side by side, documents converted from other formats, very short
 * forms and very long plans), plus the consultancy's own look-alikes (gap assessment, RAR, SOW, status report,
 * template index, crosswalk, blank template, training deck, invoice...). Labels follow the content, never the name.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DeliverableType } from '../../../functions/core/domain/deliverables.js';
import type { CorpusDoc } from './kit/types.js';
import * as assessment from './docs/assessment.js';
import * as att1 from './docs/attachments1.js';
import * as att2 from './docs/attachments2.js';
import * as authz from './docs/authorization.js';
import * as conmon from './docs/conmon.js';
import * as ssp from './docs/ssp.js';
import * as unk1 from './docs/unknown1.js';
import * as unk2 from './docs/unknown2.js';

export type Eval10Doc = CorpusDoc;

const BUILDERS: (() => Promise<CorpusDoc>)[] = [
  // System Security Plans
  ssp.kestrelSspDocx,
  ssp.bluefinSspPdf,
  ssp.quillonSspJson,
  ssp.northwindSspXml,
  // 3PAO documents
  assessment.kestrelSapDocx,
  assessment.bluefinSapPdf,
  assessment.quillonSapXml,
  assessment.kestrelSarDocx,
  assessment.bluefinSarPdf,
  assessment.quillonSarJson,
  // Continuous monitoring
  conmon.kestrelPoamXlsx,
  conmon.quillonPoamXlsxDrift,
  conmon.bluefinPoamPdf,
  conmon.northwindPoamYaml,
  conmon.kestrelPoamCsv,
  conmon.quillonNessus,
  conmon.kestrelTenableCsv,
  conmon.northwindZapXml,
  conmon.kestrelTrivyJson,
  conmon.bluefinInventoryXlsx,
  conmon.quillonInventoryXlsx,
  conmon.kestrelInventoryPdf,
  conmon.northwindInventoryCsv,
  // Authorization and ConMon requests
  authz.bluefinAtoPdf,
  authz.kestrelAtoPdf,
  authz.kestrelChecklistXlsx,
  authz.northwindChecklistDocx,
  authz.quillonScrDocx,
  authz.kestrelScrPdf,
  authz.kestrelDeviationDocx,
  authz.quillonDeviationXlsx,
  // SSP attachments / appendices
  att1.kestrelPoliciesDocx,
  att1.bluefinPoliciesPdf,
  att1.kestrelUserGuideDocx,
  att1.northwindUserGuideMd,
  att1.quillonDigitalIdentityDocx,
  att1.bluefinDigitalIdentityPdf,
  att1.northwindPtaDocx,
  att1.kestrelPiaDocx,
  att1.northwindRobPdf,
  att1.bluefinRobDocx,
  att1.quillonIscpDocx,
  att1.kestrelIscpPdf,
  att2.bluefinCmpDocx,
  att2.northwindCmpMd,
  att2.quillonIrpDocx,
  att2.northwindIrpTxt,
  att2.kestrelCisCrmXlsx,
  att2.bluefinCisXlsx,
  att2.northwindFips199Docx,
  att2.quillonFips199Pdf,
  att2.quillonSodXlsx,
  att2.kestrelSodDocx,
  att2.bluefinLawsXlsx,
  att2.kestrelLawsDocx,
  att2.quillonScrmpDocx,
  att2.kestrelScrmpPdf,
  // Look-alikes (UNKNOWN)
  unk1.gapAssessmentDocx,
  unk1.rarPdf,
  unk1.sowDocx,
  unk1.templateIndexMd,
  unk1.lessonsLearnedTxt,
  unk1.blankSspTemplateDocx,
  unk1.trainingDeckPdf,
  unk1.invoicePdf,
  unk1.soc2Pdf,
  unk1.minutesDocx,
  unk2.statusTrackerXlsx,
  unk2.crosswalkXlsx,
  unk2.riskRegisterXlsx,
  unk2.iprLetterPdf,
  unk2.emailThreadTxt,
  unk2.ndaDocx,
  unk2.caiqXlsx,
  unk2.kickoffPptx,
  unk2.jobPostingMd,
];

/** Every document in memory, in a fixed order. Builders run one after another (some seed Math.random). */
export async function buildEval10Docs(): Promise<Eval10Doc[]> {
  const docs: Eval10Doc[] = [];
  for (const build of BUILDERS) docs.push(await build());
  return docs;
}

/** Writes every document into `dir` and returns the labels. */
export async function generateEval10Corpus(dir: string): Promise<{ file: string; expected: DeliverableType; note: string }[]> {
  await mkdir(dir, { recursive: true });
  const docs = await buildEval10Docs();
  for (const d of docs) await writeFile(join(dir, d.file), d.data);
  return docs.map(({ file, expected, note }) => ({ file, expected, note }));
}
