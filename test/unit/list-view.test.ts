// listView: a read-only array whose items are made on reading (the team report's rows and long lists).
import { describe, expect, it } from 'vitest';
import { listView } from '../../src/core/list-view.js';

describe('listView', () => {
  const made: number[] = [];
  const view = () => listView(3, (i) => (made.push(i), { n: i }));

  it('is an array to every reader: equality, JSON, iteration, array methods', () => {
    const v = view();
    expect(Array.isArray(v)).toBe(true);
    expect(v).toEqual([{ n: 0 }, { n: 1 }, { n: 2 }]);
    expect(v).not.toEqual([{ n: 0 }, { n: 1 }]);
    expect(v).not.toEqual([{ n: 0 }, { n: 1 }, { n: 3 }]);
    expect(JSON.stringify(v, null, 2)).toBe(JSON.stringify([{ n: 0 }, { n: 1 }, { n: 2 }], null, 2));
    expect(v.map((x) => x.n)).toEqual([0, 1, 2]);
    expect([...v].map((x) => x.n)).toEqual([0, 1, 2]);
    expect(v.slice(1)).toEqual([{ n: 1 }, { n: 2 }]);
    expect(v.filter((x) => x.n > 0)).toHaveLength(2);
    expect(v.find((x) => x.n === 2)).toEqual({ n: 2 });
    expect(Object.keys(v)).toEqual(['0', '1', '2']);
    expect(v[3]).toBeUndefined();
    expect(2 in v).toBe(true);
    expect(3 in v).toBe(false);
    expect(listView(0, () => 1)).toEqual([]);
  });

  it('makes an item when it is read, and again only when another was read in between', () => {
    made.length = 0;
    const v = view();
    expect(made).toEqual([]);
    void v[1]!.n;
    void v[1]!.n;
    expect(made).toEqual([1]);
    void v[0];
    void v[1];
    expect(made).toEqual([1, 0, 1]);
  });

  it('cannot be changed', () => {
    const v = view();
    expect(() => ((v as { n: number }[])[0] = { n: 9 })).toThrow(TypeError);
    expect(() => v.push({ n: 9 })).toThrow(TypeError);
    expect(v).toHaveLength(3);
  });
});
