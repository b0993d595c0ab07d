/** A key written twice in one object literal. */
export interface DuplicateKey {
  key: string;
  /** Offset of the later key, the one whose value is kept. */
  offset: number;
  /** Offset of the earlier key, whose value is dropped. */
  firstOffset: number;
}

/**
 * Most objects have a handful of keys, compared fastest one by one; past this
 * many an object gets a map, so that no object is quadratic (a VM's config
 * has some 400 keys).
 */
const SMALL_OBJECT = 12;

/**
 * Notes keys that repeat within an object, fed by the bracket scan of
 * `locate.ts` as it goes: `JSON.parse` keeps the last of duplicate keys
 * without a word. The keys of all open objects share two flat arrays, each
 * object a slice of them, so that the ten thousand objects of an apidoc cost
 * no allocation each.
 */
export class DuplicateKeyScan {
  readonly found: DuplicateKey[] = [];
  readonly #names: string[] = [];
  readonly #offsets: number[] = [];
  /** Where each open object's (or array's) keys start in the flat arrays. */
  readonly #starts: number[] = [];
  /** The map of each open object that outgrew `SMALL_OBJECT`. */
  readonly #maps: (Map<string, number> | undefined)[] = [];

  open(): void {
    this.#starts.push(this.#names.length);
    this.#maps.push(undefined);
  }

  close(): void {
    const start = this.#starts.pop()!;
    this.#names.length = start;
    this.#offsets.length = start;
    this.#maps.pop();
  }

  key(name: string, offset: number): void {
    const top = this.#maps.length - 1;
    const map = this.#maps[top];
    let first: number | undefined;
    if (map) {
      first = map.get(name);
      map.set(name, offset);
    } else {
      const start = this.#starts[top]!;
      const names = this.#names;
      for (let i = start; i < names.length; i++) if (names[i] === name) first = this.#offsets[i];
      names.push(name);
      this.#offsets.push(offset);
      if (names.length - start > SMALL_OBJECT) {
        const big = new Map<string, number>();
        for (let i = start; i < names.length; i++) big.set(names[i]!, this.#offsets[i]!);
        this.#maps[top] = big;
      }
    }
    if (first !== undefined) this.found.push({ key: name, offset, firstOffset: first });
  }
}
