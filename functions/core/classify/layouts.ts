/**
 * Table layouts that identify a deliverable without any title: detectors over the first rows of a
 * workbook or document table.
 */

/** First header cell of a role × duty matrix, either way round (roles as rows or duties as rows). */
const ROLE_HEADER = /^\s*(?:roles?|user roles?|role name|position|job title|(?:privileged )?functions?|dut(?:y|ies)|tasks?|activit(?:y|ies)|responsibilit(?:y|ies)|privileges?)\s*:?\s*$/i;
const MARK = /^\s*(?:x|✓|✔|yes|y|no|n|r|w|rw|r\/w|a|p|c|i|raci|—|–|-|n\/a)\s*$/i;

/**
 * A role × duty matrix (a separation-of-duties matrix): a header row starting with "Role" (or "Function",
 * "Duty" when transposed) followed by several columns, and body rows marked (X, ✓, R/W, RACI letters).
 */
export function isRoleMatrix(rows: readonly (readonly string[])[]): boolean {
  const headerAt = rows.findIndex((r) => ROLE_HEADER.test(r[0] ?? '') && r.filter((c) => c.trim()).length >= 3);
  if (headerAt < 0) return false;
  const width = rows[headerAt]!.length;
  const body = rows.slice(headerAt + 1, headerAt + 30).filter((r) => (r[0] ?? '').trim());
  if (body.length < 2) return false;
  let marks = 0;
  let filled = 0;
  for (const r of body) {
    for (let i = 1; i < width; i++) {
      const c = (r[i] ?? '').trim();
      if (!c) continue;
      filled++;
      if (MARK.test(c)) marks++;
    }
  }
  // RACI-style legends use dashes for "no role": count only the positive marks towards the minimum.
  const positive = body.flatMap((r) => r.slice(1, width)).filter((c) => /^\s*(?:x|✓|✔|yes|y|r|w|rw|r\/w|a|p|c|i)\s*$/i.test(c)).length;
  return positive >= body.length && marks / Math.max(1, filled) >= 0.8;
}

/** A letter or memorandum: salutation, memo header, or signature block. */
const LETTER_MARKS = /\bdear\s+[A-Z]|\bsincerely\b|\brespectfully\b|\bmemorandum for\b|^\s*memorandum\b|\/s\/|\bdigitally signed by\b|\bsignature\b/im;

export function isLetter(text: string): boolean {
  return LETTER_MARKS.test(text);
}
