import {
  Collaborator,
  localDate,
  msUntilLocalMidnight,
  officeToday
} from '../../../../src/core/sources/office/office-days';

describe('office days', function () {
  const HOUR = 3600000;
  /** Monday 2026-11-23, noon, the viewer's local time. */
  const MONDAY = new Date(2026, 10, 23, 12, 0, 0).getTime();

  function person(changes: Partial<Collaborator>): Collaborator {
    return Object.assign(
      { sysId: 'a'.repeat(32), privacy: false, routine: { monday: true, tuesday: false }, exceptions: [] },
      changes
    );
  }

  const table: [string, Partial<Collaborator>, object][] = [
    ['a routine office day', {}, { following: true, inOffice: true }],
    ['a routine remote day', { routine: { monday: false } }, { following: true, inOffice: false }],
    ['a weekday the routine does not mention', { routine: { tuesday: true } }, { following: true }],
    ['no routine at all', { routine: null }, { following: true }],
    [
      'an exception turns an office day into a remote one',
      { exceptions: [{ date: '2026-11-23', inOffice: false, location: 'Building B' }] },
      { following: true, inOffice: false }
    ],
    [
      'an exception turns a remote day into an office day, with its location',
      { routine: { monday: false }, exceptions: [{ date: '2026-11-23', inOffice: true, location: 'Building B' }] },
      { following: true, inOffice: true, location: 'Building B' }
    ],
    [
      'an office exception with no location',
      { routine: null, exceptions: [{ date: '2026-11-23', inOffice: true, location: '' }] },
      { following: true, inOffice: true }
    ],
    [
      'an exception on another date changes nothing',
      { exceptions: [{ date: '2026-11-24', inOffice: false, location: '' }] },
      { following: true, inOffice: true }
    ],
    [
      'a private schedule tells nothing, whatever it holds',
      { privacy: true, exceptions: [{ date: '2026-11-23', inOffice: true, location: 'Building B' }] },
      { following: true }
    ]
  ];

  table.forEach(function (row) {
    it(row[0], function () {
      expect(officeToday(person(row[1]), MONDAY)).toEqual(row[2] as never);
    });
  });

  it("reads the viewer's local date, on both sides of midnight", function () {
    const beforeMidnight = new Date(2026, 10, 23, 23, 59, 59, 999).getTime();
    expect(localDate(beforeMidnight)).toBe('2026-11-23');
    expect(localDate(beforeMidnight + 1)).toBe('2026-11-24');
    const exception = person({ exceptions: [{ date: '2026-11-24', inOffice: false, location: '' }] });
    expect(officeToday(exception, beforeMidnight)).toEqual({ following: true, inOffice: true });
    expect(officeToday(exception, beforeMidnight + 1)).toEqual({ following: true, inOffice: false });
    expect(msUntilLocalMidnight(beforeMidnight)).toBe(1);
  });

  describe('around a daylight-saving change (the tests run in Europe/Berlin)', function () {
    it('runs in a zone that changes its offset', function () {
      expect(new Date(2026, 0, 15).getTimezoneOffset()).not.toBe(new Date(2026, 6, 15).getTimezoneOffset());
    });

    it('has a 23-hour day when the clocks go forward and a 25-hour day when they go back', function () {
      expect(msUntilLocalMidnight(new Date(2026, 2, 29, 0, 0, 0).getTime())).toBe(23 * HOUR);
      expect(msUntilLocalMidnight(new Date(2026, 9, 25, 0, 0, 0).getTime())).toBe(25 * HOUR);
    });

    it('rolls over to the right weekday after the short night', function () {
      // Sunday 29 March 2026, the day the clocks go forward; Monday follows 23 hours later.
      const sunday = new Date(2026, 2, 29, 0, 30, 0).getTime();
      const worker = person({ routine: { sunday: false, monday: true } });
      expect(officeToday(worker, sunday)).toEqual({ following: true, inOffice: false });
      const monday = sunday + msUntilLocalMidnight(sunday);
      expect(localDate(monday)).toBe('2026-03-30');
      expect(officeToday(worker, monday)).toEqual({ following: true, inOffice: true });
    });
  });
});
