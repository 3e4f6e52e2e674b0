import { Colleague, Doing } from '../../../src/core/record/sessions';
import { typingStarts } from '../../../src/core/record/typing-starts';

function person(id: string, doing: Doing): Colleague {
  return {
    userId: id,
    name: 'N' + id,
    initials: 'N',
    avatar: undefined,
    doing: doing,
    field: doing === 'typing' ? 'comments' : undefined
  };
}

describe('record presence: who started typing (announcements)', function () {
  let now: number;
  let started: (list: Colleague[]) => Colleague[];
  const ids = function (list: Colleague[]) {
    return list.map(function (c) {
      return c.userId;
    });
  };

  beforeEach(function () {
    now = 1000;
    started = typingStarts(function () {
      return now;
    });
  });

  it('answers those who start typing, once while they go on typing', function () {
    expect(ids(started([person('a', 'viewing'), person('b', 'viewing')]))).toEqual([]);
    expect(ids(started([person('a', 'typing'), person('b', 'viewing')]))).toEqual(['a']);
    now += 30000;
    expect(ids(started([person('a', 'typing'), person('b', 'typing')]))).toEqual(['b']);
  });

  it('announces a person at most once per 10 s, however often they stop and start', function () {
    expect(ids(started([person('a', 'typing')]))).toEqual(['a']);
    now += 4000;
    started([person('a', 'viewing')]);
    expect(ids(started([person('a', 'typing')]))).toEqual([]);
    now += 6000;
    started([]);
    expect(ids(started([person('a', 'typing')]))).toEqual(['a']);
  });
});
