/**
 * Table layouts that identify a deliverable without any title: detectors over the first rows of a
 * workbook or document table.
 */

const ROLE_HEADER = /^\s*(?:roles?|user roles?|role name|position|job title)\s*:?\s*$/i;
const MARK = /^\s*(?:x|✓|✔|yes|y|r|w|rw|r\/w|a|p)\s*$/i;

/**
 * A role × duty matrix (a separation-of-duties matrix): a header row starting with "Role" followed by
 * several duty columns, and body rows of role names with marks (X, ✓, R/W) in the duty columns.
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
  return marks >= body.length && marks / Math.max(1, filled) >= 0.8;
}
