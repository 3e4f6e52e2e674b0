import { readCollaborators } from '../../../../src/core/sources/office/collaborators-answer';
import { sysId } from '../../../helpers/fake-instance';

describe('readCollaborators', function () {
  const A = sysId(0xa);

  it('reads the documented example shape', function () {
    const read = readCollaborators({
      result: {
        count: 1,
        collaborators: [
          {
            sys_id: A,
            name: 'Jane Smith',
            privacy_enabled: false,
            routine: { monday: true, tuesday: false },
            exceptions: [{ sys_id: 'e', date: '2026-03-10', in_office: true, origin: 'user', location: 'Building B' }]
          }
        ]
      }
    });
    expect(read).toEqual([
      {
        sysId: A,
        privacy: false,
        routine: { monday: true, tuesday: false },
        exceptions: [{ date: '2026-03-10', inOffice: true, location: 'Building B' }]
      }
    ]);
  });

  it('reads in_office written as a string, as GET /exception documents it', function () {
    const read = readCollaborators({
      result: {
        collaborators: [
          { sys_id: A, routine: null, exceptions: [{ date: '2026-03-10', in_office: 'false', location: '' }] }
        ]
      }
    });
    expect(read && read[0].exceptions).toEqual([{ date: '2026-03-10', inOffice: false, location: '' }]);
  });

  it('keeps nothing of a private schedule, whatever the answer holds', function () {
    const read = readCollaborators({
      result: {
        collaborators: [
          {
            sys_id: A,
            privacy_enabled: true,
            routine: { monday: true },
            exceptions: [{ date: '2026-03-10', in_office: true, location: 'B' }]
          }
        ]
      }
    });
    expect(read).toEqual([{ sysId: A, privacy: true, routine: null, exceptions: [] }]);
  });

  it('leaves out collaborators that are not well formed, and keeps the others', function () {
    const read = readCollaborators({
      result: {
        collaborators: [
          null,
          'x',
          { sys_id: '<script>' },
          { sys_id: A, routine: 'every day' },
          { sys_id: A, routine: null, exceptions: 'none' },
          {
            sys_id: sysId(0xb),
            routine: { monday: 'yes', tuesday: true },
            exceptions: [
              { date: 'today', in_office: true },
              { date: '2026-03-10', in_office: 1 }
            ]
          }
        ]
      }
    });
    expect(read).toEqual([{ sysId: sysId(0xb), privacy: false, routine: { tuesday: true }, exceptions: [] }]);
  });

  it('refuses an answer that is not {result: {collaborators: [...]}}', function () {
    expect(readCollaborators({ result: { collaborators: {} } })).toBeUndefined();
    expect(readCollaborators({ result: [] })).toBeUndefined();
    expect(readCollaborators('nope')).toBeUndefined();
  });

  it('cuts a long location', function () {
    const read = readCollaborators({
      result: {
        collaborators: [
          { sys_id: A, exceptions: [{ date: '2026-03-10', in_office: true, location: 'x'.repeat(5000) }] }
        ]
      }
    });
    expect(read && read[0].exceptions[0].location.length).toBe(100);
  });
});
