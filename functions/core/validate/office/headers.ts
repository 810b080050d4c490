/** One column a validator looks for, by its template name and the names it drifts to. */
export interface ColumnSpec<K extends string> {
  key: K;
  /** The template's name, used in messages. */
  label: string;
  aliases?: readonly string[];
}

export interface MatchedColumn {
  column: number;
  /** The header as written in the document. */
  header: string;
}

export type ColumnMap<K extends string> = ReadonlyMap<K, MatchedColumn>;

/**
 * A header reduced to what identifies it: lower case, letters and digits only, "POA&M" as "poam",
 * "&" as "and" (so "POA&M ID", "poam  id" and "POAM-ID" are one name).
 */
export function normalizeHeader(text: string): string {
  return text
    .toLowerCase()
    .replace(/poa\s*&\s*m/g, 'poam')
    .replace(/&/g, 'and')
    .replace(/[^a-z0-9]+/g, '');
}

/** The names a header may be compared by: as written, without a parenthesised note, singular. */
function variants(text: string): string[] {
  const forms = new Set<string>();
  for (const t of [text, text.replace(/\([^)]*\)/g, ' ')]) {
    const n = normalizeHeader(t);
    if (!n) continue;
    forms.add(n);
    if (n.length > 3 && n.endsWith('s')) forms.add(n.slice(0, -1));
  }
  return [...forms];
}

/**
 * Which cell of a header row holds each column: first every column whose template name matches
 * exactly, then those matched through an alias; a cell serves one column only.
 */
export function matchColumns<K extends string>(
  headers: readonly (string | undefined)[],
  specs: readonly ColumnSpec<K>[],
): Map<K, MatchedColumn> {
  const cellForms = Array.from(headers, (h) => (h === undefined ? [] : variants(h)));
  const taken = new Set<number>();
  const found = new Map<K, MatchedColumn>();
  const pass = (names: (spec: ColumnSpec<K>) => readonly string[]): void => {
    for (const spec of specs) {
      if (found.has(spec.key)) continue;
      const wanted = new Set(names(spec).flatMap(variants));
      const column = cellForms.findIndex((forms, i) => !taken.has(i) && forms.some((f) => wanted.has(f)));
      if (column < 0) continue;
      taken.add(column);
      found.set(spec.key, { column, header: (headers[column] ?? '').replace(/\s+/g, ' ').trim() });
    }
  };
  pass((spec) => [spec.label]);
  pass((spec) => spec.aliases ?? []);
  return found;
}
