/**
 * Table layouts that identify a deliverable without any title: detectors over the first rows of a
 * workbook or document table.
 */

/** First header cell of a role × duty matrix, either way round (roles as rows or duties as rows). */
const ROLE_HEADER = /^\s*(?:roles?|user roles?|role name|position|job title|(?:privileged )?functions?|dut(?:y|ies)|tasks?|activit(?:y|ies)|responsibilit(?:y|ies)|privileges?)\s*:?\s*$/i;
const MARK = /^\s*(?:x|✓|✔|yes|y|no|n|r|w|rw|r\/w|a|p|c|i|raci|—|–|-|n\/a)\s*$/i;

/** A mark that gives a role a duty (not a dash or "no"). */
const POSITIVE_MARK = /^\s*(?:x|✓|✔|yes|y|r|w|rw|r\/w|a|p|c|i)\s*$/i;

/**
 * A role × duty matrix (a separation-of-duties matrix): a header row starting with "Role" (or "Function",
 * "Duty" when transposed) followed by several columns, and body rows marked (X, ✓, R/W, RACI letters)
 * in at least three columns. A description or control-reference column beside them is not one of them.
 */
export function isRoleMatrix(rows: readonly (readonly string[])[]): boolean {
  const headerAt = rows.findIndex((r) => ROLE_HEADER.test(r[0] ?? '') && r.filter((c) => c.trim()).length >= 3);
  if (headerAt < 0) return false;
  const width = rows[headerAt]!.length;
  const body = rows.slice(headerAt + 1, headerAt + 30).filter((r) => (r[0] ?? '').trim());
  if (body.length < 2) return false;
  const markColumns: number[] = [];
  for (let i = 1; i < width; i++) {
    const filled = body.map((r) => (r[i] ?? '').trim()).filter(Boolean);
    if (filled.length > 0 && filled.filter((c) => MARK.test(c)).length / filled.length >= 0.8) markColumns.push(i);
  }
  if (markColumns.length < 3) return false;
  // RACI-style legends use dashes for "no role": count only the positive marks towards the minimum.
  const positive = body.flatMap((r) => markColumns.map((i) => r[i] ?? '')).filter((c) => POSITIVE_MARK.test(c)).length;
  return positive >= body.length;
}

/** A letter or memorandum: salutation, memo header, or signature block. */
const LETTER_MARKS = /\bdear\s+[A-Z]|\bsincerely\b|\brespectfully\b|\bmemorandum for\b|^\s*memorandum\b|\/s\/|\bdigitally signed by\b|\bsignature\b/im;
/** A letter's salutation ("Dear Valued Customer"). */
export const SALUTATION = /\b[Dd]ear\s+[A-Z]/;
/** Lines of a memo's header block ("TO:", "FROM:", "SUBJECT:", "DATE:", "THRU:"). */
const MEMO_HEADER = /^(?:to|from|subject|re|regarding|date|thru|through|attn|attention|memorandum for)\s*:/i;
/** A title or first line that says it is a memo or a letter. */
const MEMO_TITLE = /^(?:memo(?:randum)?|letter)\b|\b(?:memo(?:randum)?|letter)$/i;

/** A letter or memorandum, from its text and, when known, its short lines and title. */
export function isLetter(text: string, lines: readonly string[] = [], title = ''): boolean {
  if (LETTER_MARKS.test(text)) return true;
  const head = lines.slice(0, 20);
  if (head.filter((l) => MEMO_HEADER.test(l)).length >= 2) return true;
  return [title, ...head.slice(0, 4)].some((l) => MEMO_TITLE.test(l.trim()));
}

/** Column headers of an issue or ticket tracker export (Jira, ServiceNow, GitHub, Azure DevOps…). */
const TICKET_KEY = /^\s*(?:issue\s*(?:key|id|#|number)|key|number|ticket(?:\s*(?:id|#|no\.?|number|key))?|work\s*item\s*id|case\s*(?:id|#|number)|incident\s*(?:id|#|number)|request\s*(?:id|#|number))\s*$/i;
const TICKET_COLUMNS: readonly RegExp[] = [
  /^\s*(?:summary|title|short description|subject)\s*$/i,
  /^\s*(?:status|state|resolution)\s*$/i,
  /^\s*(?:assignee|assigned to|reporter|requester|requestor|created by|opened by)\s*$/i,
  /^\s*(?:created|updated|resolved|opened|closed|due)(?:\s*(?:date|at|on))?\s*$/i,
  /^\s*(?:priority|issue\s*type|labels?|sprint|epic(?:\s*link)?|components?|story points)\s*$/i,
];
/** Values of a ticket key column: PROJ-123, INC0012345, #42, 1042. */
const TICKET_ID = /^\s*(?:[A-Z][A-Z0-9_]+-\d+|(?:INC|CHG|RITM|REQ|TASK|PRB|SCTASK)\d{4,}|#?\d+)\s*$/;

/**
 * An export of an issue or ticket tracker: a header row with a ticket key column and at least three of
 * summary, status, assignee/reporter, dates and priority/type, and ticket ids under the key. Its
 * summaries may name deliverables; it is a list of work items, not a deliverable.
 */
export function isTicketExport(rows: readonly (readonly string[])[]): boolean {
  for (let h = 0; h < Math.min(rows.length, 5); h++) {
    const header = rows[h]!;
    const key = header.findIndex((c) => TICKET_KEY.test(c));
    if (key < 0) continue;
    const groups = TICKET_COLUMNS.filter((g) => header.some((c) => g.test(c))).length;
    if (groups < 3) continue;
    const body = rows.slice(h + 1, h + 21).filter((r) => (r[key] ?? '').trim());
    if (body.length > 0 && body.filter((r) => TICKET_ID.test(r[key] ?? '')).length / body.length >= 0.8) return true;
  }
  return false;
}

/** The comment column of a review comment matrix (the comment itself, not a "Comments" notes column alone). */
const COMMENT_COLUMN = /^\s*(?:(?:reviewer|agency|government|pmo|fedramp|jab|3pao|ao|sponsor|assessor|tr|technical reviewer|qa)'?s?\s+)?(?:comments?|comment text|comment description|observations?|remarks?|review comments?|findings?|concerns?|questions?|issues?(?:\s*description)?)\s*$/i;
/** Its answer or fate: the author's response, the disposition, the resolution. */
const RESPONSE_COLUMN = /^\s*(?:(?:csp|vendor|author|3pao|provider|system owner|isso|owner)'?s?\s+)?(?:responses?|reply|replies|dispositions?|resolutions?|adjudication|action taken|proposed (?:change|resolution|text)|suggested (?:change|revision|text)|recommended (?:change|revision)|accept(?:ed)?\s*\/\s*reject(?:ed)?|(?:comment|response|resolution) status|status of comment|closed\??|verified\??)\s*$/i;
/** Where in the reviewed document a comment applies. */
const LOCATION_COLUMN = /^\s*(?:page(?:\s*(?:#|no\.?|number))?|section(?:\s*(?:#|no\.?|number))?|para(?:graph)?(?:\s*(?:#|no\.?))?|line(?:\s*(?:#|no\.?))?|(?:document|doc)(?:\s*(?:\/|and|&)\s*(?:section|page|location|name|title))?|(?:document\s*)?location|reference|ref\.?|control(?:\s*(?:id|#))?|figure\s*\/\s*table|table|sheet|tab|row|cell|attachment|artifact)\s*$/i;

/**
 * A review comment matrix (comment resolution matrix, review log, disposition table): a header row
 * with a comment column, a response or disposition column, and a column saying where in a document
 * each comment applies. It is about a deliverable (the SSP reviewed, the SAR commented on), not one.
 */
export function isCommentMatrix(rows: readonly (readonly string[])[]): boolean {
  for (let h = 0; h < Math.min(rows.length, 6); h++) {
    const header = rows[h]!;
    if (header.filter((c) => c.trim()).length < 3) continue;
    if (header.some((c) => COMMENT_COLUMN.test(c)) && header.some((c) => RESPONSE_COLUMN.test(c)) && header.some((c) => LOCATION_COLUMN.test(c))) return true;
  }
  return false;
}

/**
 * Columns of a register of end-user devices or fixed assets: who holds each device, what it cost and
 * how it depreciates, its warranty, MDM.
 */
const DEVICE_COLUMNS: readonly RegExp[] = [
  /^\s*(?:assigned\s*to|assignee|assigned\s*user|user(?:\s*name)?|employee|custodian|holder)\s*$/i,
  /\bwarranty\b/i,
  /^\s*(?:purchase|acquisition|procurement)\s*(?:date|price|cost)\s*$/i,
  /^\s*cost\s*cent(?:er|re)\s*$/i,
  /\bmdm\b|^\s*(?:intune|jamf)\b/i,
  /^\s*department\s*$/i,
  /\bdepreciation\b|\buseful\s*life\b|\bnet\s*book\s*value\b/i,
  /^\s*(?:cost|purchase\s*price|book\s*value)\s*(?:\([^)]*\))?\s*$/i,
];
/** What identifies a component on the network, as the system inventory lists it. */
const NETWORK_IDENTITY = /\bip(?:v4|v6)?\b|\bdns\b|\bmac address\b|\bnetbios\b|\bfqdn\b|\bauthenticated scan\b|\bbaseline configuration\b|\bvlan\b/i;

/**
 * A register of end-user devices (laptops and phones by holder, department, warranty, MDM enrolment)
 * or of fixed assets (cost, depreciation, useful life): a header row with three or more such columns
 * and none that identifies a component on the network. It lists the company's devices and equipment,
 * not the system's components: not the system inventory.
 */
export function isDeviceRegister(rows: readonly (readonly string[])[]): boolean {
  for (let h = 0; h < Math.min(rows.length, 6); h++) {
    const header = rows[h]!;
    if (header.some((c) => NETWORK_IDENTITY.test(c))) continue;
    if (DEVICE_COLUMNS.filter((g) => header.some((c) => g.test(c))).length >= 3) return true;
  }
  return false;
}

/** Tables that say, by their columns alone, that a workbook is no deliverable: why, or undefined. */
export function notADeliverableTable(rows: readonly (readonly string[])[]): string | undefined {
  if (isTicketExport(rows)) return 'an issue tracker export (ticket key, summary, status, assignee columns): a list of work items';
  if (isCommentMatrix(rows)) return 'a review comment matrix (comment, response or disposition, and location columns): comments about a deliverable';
  if (isDeviceRegister(rows)) return "a register of end-user devices or fixed assets (holder, warranty, purchase, cost, depreciation, MDM columns, no network identity): the company's devices and equipment, not the system inventory";
  return undefined;
}
