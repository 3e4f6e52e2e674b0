import { Colleague } from '../../../src/core/record/sessions';
import { cut, DEFAULT_MAX, readMax } from '../../../src/core/record/shown';

function people(n: number): Colleague[] {
  const list: Colleague[] = [];
  for (let i = 0; i < n; i++) {
    list.push({
      userId: String(i),
      name: 'P' + i,
      initials: 'P',
      avatar: undefined,
      doing: 'viewing',
      field: undefined
    });
  }
  return list;
}

describe('record presence: the "+N more" cut', function () {
  it('draws everyone up to max, and no "more"', function () {
    expect(cut(people(5), 5)).toEqual({ people: people(5), more: [] });
    expect(cut([], 5)).toEqual({ people: [], more: [] });
  });

  it('draws the first max people and puts the rest, in order, in "more"', function () {
    const shown = cut(people(8), 5);
    expect(
      shown.people.map(function (p) {
        return p.name;
      })
    ).toEqual(['P0', 'P1', 'P2', 'P3', 'P4']);
    expect(
      shown.more.map(function (p) {
        return p.name;
      })
    ).toEqual(['P5', 'P6', 'P7']);
    expect(cut(people(2), 1).more.length).toBe(1);
  });

  it('reads max as a whole number from 1 to 100, else 5', function () {
    expect(readMax('3')).toBe(3);
    expect(readMax(' 12 ')).toBe(12);
    [undefined, '', 'five', '0', '-2', '2.5', '101', 'Infinity', null].forEach(function (value) {
      expect(readMax(value)).toBe(DEFAULT_MAX);
    });
  });
});
