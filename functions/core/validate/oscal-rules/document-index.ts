import { descend, fieldText, perDocument, select, type Json, type Located } from './query.js';
import type { RuleContext } from './types.js';

/**
 * What the rules that look through the whole document need, gathered in one walk per document (on a
 * large SSP a walk costs about as much as JSON.parse: each rule walking on its own dominated).
 */
export interface DocumentIndex {
  /** Objects named `planned-completion-date` with `/props` in their pointer, in document order. */
  plannedCompletionDates: readonly Located[];
  /**
   * The back-matter resources' references found: each resource uuid, and `#uuid`, that occurs
   * (trimmed) as a string somewhere other than at a `…/back-matter/resources/N/uuid` (a uuid itself).
   */
  resourceReferences: ReadonlySet<string>;
}

/** The index of the rule context's document, built on first use. */
export const documentIndex = (ctx: RuleContext): DocumentIndex => perDocument(ctx.doc, 'documentIndex', () => buildIndex(ctx.doc));

/** Whether a pointer segment is an array index or an all-digit key (what `\d+` matches in a pointer). */
const isIndex = (key: string | number | undefined): boolean => typeof key === 'number' || (key !== undefined && /^\d+$/.test(key));

class IndexBuilder {
  readonly plannedCompletionDates: Located[] = [];
  readonly resourceReferences = new Set<string>();
  readonly path: (string | number)[] = [];
  /** How many keys of the path start with "props" (`/props` in the pointer). */
  propsKeys = 0;
  readonly shortest: number;

  constructor(
    private readonly root: Located,
    /** The root pointer's segments, which may begin `…/back-matter/resources/N/uuid`. */
    private readonly rootKeys: readonly string[],
    private readonly rootUnderProps: boolean,
    private readonly wanted: ReadonlySet<string>,
  ) {
    let shortest = Infinity;
    for (const w of wanted) shortest = Math.min(shortest, w.length);
    this.shortest = shortest;
  }

  private keyBack(back: number): string | number | undefined {
    const path = this.path;
    return back <= path.length ? path[path.length - back] : this.rootKeys[this.rootKeys.length - (back - path.length)];
  }

  private onString(v: string): void {
    if (v.length < this.shortest) return;
    const t = v.trim();
    if (!this.wanted.has(t) || this.resourceReferences.has(t)) return;
    if (this.keyBack(1) === 'uuid' && isIndex(this.keyBack(2)) && this.keyBack(3) === 'resources' && this.keyBack(4) === 'back-matter') return;
    this.resourceReferences.add(t);
  }

  visit(v: Json): void {
    if (typeof v === 'string') {
      this.onString(v);
      return;
    }
    if (v === null || typeof v !== 'object') return;
    const path = this.path;
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        path.push(i);
        this.visit(v[i] as Json);
        path.pop();
      }
      return;
    }
    if (v['name'] === 'planned-completion-date' && (this.rootUnderProps || this.propsKeys > 0)) this.plannedCompletionDates.push(descend(this.root, path));
    for (const key of Object.keys(v)) {
      const props = key.startsWith('props');
      if (props) this.propsKeys++;
      path.push(key);
      this.visit(v[key] as Json);
      path.pop();
      if (props) this.propsKeys--;
    }
  }
}

function buildIndex(root: Located): DocumentIndex {
  const wanted = new Set<string>();
  for (const r of select(root, 'back-matter/resources')) {
    const uuid = fieldText(r, 'uuid');
    if (uuid) wanted.add(uuid).add(`#${uuid}`);
  }
  const b = new IndexBuilder(root, root.pointer.split('/').slice(1), root.pointer.includes('/props'), wanted);
  b.visit(root.value);
  return { plannedCompletionDates: b.plannedCompletionDates, resourceReferences: b.resourceReferences };
}
