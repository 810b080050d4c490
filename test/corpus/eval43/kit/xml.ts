/** XML text escaping for hand-built XML documents. */
export function esc(s: string | number): string {
  return String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** CSV field quoting (RFC 4180). */
export function csvRow(cells: (string | number)[]): string {
  return cells.map((c) => { const s = String(c); return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s; }).join(',');
}
