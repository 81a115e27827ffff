// A read-only array whose items are made when they are read. A team of 100,000 keeps its report rows on disk
// and its long lists packed in typed arrays (issue 16: a report in bounded memory); each row or entry becomes an
// object only while a renderer looks at it. To every reader it is an array (Array.isArray, JSON.stringify,
// for…of, map, slice, a test's toEqual), so renderers and tests take it as they take any array.

/** `length` items, item i made by `at(i)` on every read (the last one read is kept: `xs[i].a, xs[i].b`). */
export function listView<T>(length: number, at: (i: number) => T): T[] {
  let lastIndex = -1;
  let last: T | undefined;
  const item = (i: number): T => {
    if (i !== lastIndex) {
      last = at(i);
      lastIndex = i;
    }
    return last as T;
  };
  // A holey array of the right length as the target keeps the proxy invariants for `length` true.
  return new Proxy(new Array<T>(length), {
    get(target, prop, receiver) {
      const i = indexOf(prop, length);
      return i === undefined ? Reflect.get(target, prop, receiver) : item(i);
    },
    has(target, prop) {
      return indexOf(prop, length) !== undefined || Reflect.has(target, prop);
    },
    ownKeys(target) {
      return [...Array.from({ length }, (_, i) => String(i)), ...Reflect.ownKeys(target)];
    },
    getOwnPropertyDescriptor(target, prop) {
      const i = indexOf(prop, length);
      return i === undefined ? Reflect.getOwnPropertyDescriptor(target, prop) : { value: item(i), writable: false, enumerable: true, configurable: true };
    },
    set: () => false,
    defineProperty: () => false,
    deleteProperty: () => false,
  });
}

function indexOf(prop: string | symbol, length: number): number | undefined {
  if (typeof prop !== 'string' || prop === '' || prop.length > 15) return undefined;
  const c = prop.charCodeAt(0);
  if (c < 48 || c > 57 || (c === 48 && prop.length > 1)) return undefined;
  const i = Number(prop);
  return Number.isInteger(i) && i < length ? i : undefined;
}
