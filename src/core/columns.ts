// Growable typed columns: a team's long lists (training needs, bench, calibration: several entries per person,
// a million at 100,000 people) kept as numbers in typed arrays, a few bytes per entry, not an object each.

export class Column<A extends Float64Array | Int32Array | Uint8Array> {
  length = 0;
  constructor(
    private data: A,
    private readonly make: (size: number) => A,
  ) {}

  push(value: number): void {
    if (this.length === this.data.length) {
      const bigger = this.make(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = value;
  }

  at(i: number): number {
    return this.data[i]!;
  }
}

/** Whole numbers (people, ids, counts). */
export function ints(): Column<Int32Array> {
  return new Column(new Int32Array(8), (n) => new Int32Array(n));
}

/** Any number, exactly (levels, readiness). */
export function floats(): Column<Float64Array> {
  return new Column(new Float64Array(8), (n) => new Float64Array(n));
}

/**
 * Levels (0 to 5 by the schemas): a byte each, until a value is not a whole number from 0 to 255; from then on
 * the column holds any number exactly.
 */
export class Levels {
  private bytes: Column<Uint8Array> | undefined = new Column(new Uint8Array(8), (n) => new Uint8Array(n));
  private any: Column<Float64Array> | undefined;

  get length(): number {
    return (this.bytes ?? this.any!).length;
  }

  push(value: number): void {
    if (this.bytes && !(Number.isInteger(value) && value >= 0 && value <= 255 && !Object.is(value, -0))) {
      const any = floats();
      for (let i = 0; i < this.bytes.length; i++) any.push(this.bytes.at(i));
      this.any = any;
      this.bytes = undefined;
    }
    (this.bytes ?? this.any!).push(value);
  }

  at(i: number): number {
    return (this.bytes ?? this.any!).at(i);
  }
}

export function levels(): Levels {
  return new Levels();
}

/** Strings (or string lists) as small numbers: the same value once, however many entries hold it. */
export class Interned<T> {
  readonly values: T[] = [];
  private readonly ids = new Map<string, number>();
  constructor(private readonly keyOf: (value: T) => string) {}

  id(value: T): number {
    const key = this.keyOf(value);
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.values.length;
      this.values.push(value);
      this.ids.set(key, id);
    }
    return id;
  }
}
