/**
 * Evaluation corpus 19: documents of a CSP that serves state and local governments (StateRAMP Authorized,
 * TX-RAMP certified, CJIS and IRS Pub 1075 obligations) and is pursuing a FedRAMP Moderate agency
 * authorization. Its UNKNOWN documents are mostly the state-side paperwork that mirrors FedRAMP's.
 * Every document is built here from code (and FedRAMP's OSCAL templates under test/fixtures/oscal);
 * the bytes are the same on every run.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DeliverableType } from '../../../functions/core/domain/deliverables.js';
import type { EvalDoc } from './kit/model.js';
import * as A from './docs/attachments-a.js';
import * as B from './docs/attachments-b.js';
import * as S from './docs/assessment.js';
import * as F from './docs/forms.js';
import * as O from './docs/oscal.js';
import * as X from './docs/sheets.js';
import * as N from './docs/scans.js';
import * as U from './docs/unknown-state.js';
import * as V from './docs/unknown-other.js';
import { sspDocx } from './docs/ssp-docx.js';

type Builder = () => EvalDoc | Promise<EvalDoc>;

const BUILDERS: Builder[] = [
  // SSP and its attachments
  sspDocx, O.sspJson, O.sspYaml, O.sspXml,
  A.policiesDocx, A.auPolicyScan,
  A.userGuideDocx, A.userGuideMd,
  A.diwDocx, A.diwScan,
  A.ptaDocx, A.piaPdf,
  A.robScan, A.robDocx,
  B.iscpDocx, B.iscpPdf,
  B.cmpDocx, B.cmpMd,
  B.irpDocx, B.irpScan,
  X.cisCrm, X.cisCrmRenamed,
  B.fipsDocx, B.fipsScan,
  X.sodXlsx, B.sodDocx,
  X.lawsXlsx, B.lawsDocx,
  B.scrmDocx, B.scrmPdf,
  // assessment
  S.sapDocx, O.sapJson, O.sapXml,
  S.sarDocx, O.sarJson, S.sarPdf,
  // POA&M, authorization, ConMon
  X.poamTemplate, X.poamDrifted, O.poamJson, O.poamYaml, X.poamCsv,
  F.atoScan, F.atoDocx,
  X.checklistXlsx, F.checklistDocx,
  N.nessusXml, N.nessusCsv, N.qualysDbCsv, N.zapJson, N.openvasXml,
  X.inventoryXlsx, X.inventoryRev5, X.inventoryCsv,
  F.scrDocx, F.scrScan,
  X.deviationXlsx, F.deviationDocx,
  // UNKNOWN look-alikes: state-side paperwork first, then everyday company documents
  U.stateRampSsp, U.stateRampPoam, U.txRampLetter, U.stateRampLetter, U.cjisAddendum, U.cjisAudit, U.irsSsr, U.irsCap,
  U.vendorRiskAssessment, U.countyDsa, U.procurementQuestionnaire, U.marsEMemo,
  V.boardNotes, V.projectPlan, V.kickoffMinutes, V.roeMemo, V.soc2Bridge, V.isoCertificate, V.jobDescription, V.conmonEmail, V.riskRegister,
];

/** Every document of the corpus, in memory, in a fixed order. */
export async function buildEval19Docs(): Promise<EvalDoc[]> {
  const docs: EvalDoc[] = [];
  for (const build of BUILDERS) docs.push(await build());
  return docs;
}

/** Writes every document into `dir` and returns the labels. */
export async function generateEval19Corpus(dir: string): Promise<{ file: string; expected: DeliverableType; note: string }[]> {
  await mkdir(dir, { recursive: true });
  const docs = await buildEval19Docs();
  for (const d of docs) await writeFile(join(dir, d.file), d.data);
  return docs.map(({ file, expected, note }) => ({ file, expected, note }));
}
