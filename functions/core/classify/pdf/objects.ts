/** The PDF object model (ISO 32000-1 §7.3), reduced to what text extraction needs. */

export class PdfName {
  constructor(readonly name: string) {}
}

/** A string object's raw bytes; how to read them (text string, glyph codes) depends on where it is used. */
export class PdfString {
  constructor(
    readonly bytes: Uint8Array,
    readonly hex: boolean,
  ) {}
}

export class PdfRef {
  constructor(
    readonly num: number,
    readonly gen: number,
  ) {}
}

/** A bare keyword: `true`/`false`/`null` become values; anything else (`obj`, `stream`, `Tj`, `[`) stays an operator. */
export class PdfOp {
  constructor(readonly op: string) {}
}

export class PdfDict {
  readonly entries = new Map<string, PdfValue>();

  get(key: string): PdfValue | undefined {
    return this.entries.get(key);
  }

  has(key: string): boolean {
    return this.entries.has(key);
  }

  /** The value of `key` when it is a name. */
  name(key: string): string | undefined {
    const value = this.entries.get(key);
    return value instanceof PdfName ? value.name : undefined;
  }

  /** The value of `key` when it is a number. */
  number(key: string): number | undefined {
    const value = this.entries.get(key);
    return typeof value === 'number' ? value : undefined;
  }
}

export type PdfValue = null | boolean | number | PdfName | PdfString | PdfRef | PdfDict | PdfValue[];

/** A stream object: its dictionary and its still-encoded bytes (a view into the bytes read). */
export class PdfStream {
  constructor(
    readonly dict: PdfDict,
    readonly raw: Uint8Array,
    /** False when the data ran past the end of the bytes read (cut short by the head limit). */
    readonly complete: boolean,
  ) {}
}

/** What an indirect object can be. */
export type PdfObject = PdfValue | PdfStream;
