/** A read position in a pattern's source, stepping by code point. */
export class Cursor {
  pos = 0;

  constructor(readonly text: string) {}

  atEnd(): boolean {
    return this.pos >= this.text.length;
  }

  /** The next code unit, or '' at the end. */
  peek(offset = 0): string {
    return this.text.charAt(this.pos + offset);
  }

  startsWith(prefix: string): boolean {
    return this.text.startsWith(prefix, this.pos);
  }

  eat(prefix: string): boolean {
    if (!this.startsWith(prefix)) return false;
    this.pos += prefix.length;
    return true;
  }

  /** Consumes and returns the next code point; the caller checks `atEnd` first. */
  nextCodePoint(): number {
    const cp = this.text.codePointAt(this.pos)!;
    this.pos += cp > 0xffff ? 2 : 1;
    return cp;
  }

  /** Consumes what `re` (sticky, anchored at the cursor) matches. */
  match(re: RegExp): RegExpExecArray | null {
    re.lastIndex = this.pos;
    const found = re.exec(this.text);
    if (found) this.pos += found[0].length;
    return found;
  }
}
