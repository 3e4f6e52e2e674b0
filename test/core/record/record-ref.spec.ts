import { readRecord, recordFromQuery } from '../../../src/core/record/record-ref';

const ID = '9d385017c611228701d22104cc95c371';

describe('record presence: which record', function () {
  it('reads the record from the page URL as the platform does', function () {
    expect(recordFromQuery('?id=ticket&table=incident&sys_id=' + ID)).toEqual({ table: 'incident', sysId: ID });
    expect(recordFromQuery('?sys_id=' + ID.toUpperCase() + '&table=sc_req_item')).toEqual({
      table: 'sc_req_item',
      sysId: ID
    });
  });

  it('reads no record from a URL without a valid table and sys_id', function () {
    [
      '',
      '?id=ticket',
      '?table=incident',
      '?sys_id=' + ID,
      '?table=Incident&sys_id=' + ID,
      '?table=inc%20ident&sys_id=' + ID,
      '?table=incident&sys_id=-1',
      '?table=%E0%A4%A&sys_id=' + ID
    ].forEach(function (search) {
      expect(recordFromQuery(search)).toBeUndefined();
    });
  });

  it('reads a record from attributes, refusing bad ones', function () {
    expect(readRecord(' incident ', ID)).toEqual({ table: 'incident', sysId: ID });
    expect(readRecord(undefined, ID)).toBeUndefined();
    expect(readRecord('incident', 'new')).toBeUndefined();
    expect(readRecord('x'.repeat(81), ID)).toBeUndefined();
  });
});
