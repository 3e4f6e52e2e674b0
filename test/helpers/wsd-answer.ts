/**
 * The instance as a page with office days meets it: WSD's collaborators answer today's office
 * day for `days` (one per user), every other request the presence answer.
 */
import { localDate } from '../../src/core/sources/office/office-days';
import { FetchCall } from './fake-fetch';
import { FakeInstance, jsonAnswer } from './fake-instance';

export interface TodayAt {
  sysId: string;
  inOffice: boolean;
  location: string;
}

export function answerOfficeToday(instance: FakeInstance, calls: FetchCall[], days: TodayAt[]): void {
  const date = localDate(Date.now());
  instance.responder = function () {
    const last = calls[calls.length - 1];
    if (last.url.indexOf('/api/sn_wsd_concierge/') >= 0) {
      return jsonAnswer({
        result: {
          collaborators: days.map(function (day) {
            return {
              sys_id: day.sysId,
              privacy_enabled: false,
              routine: null,
              exceptions: [{ date: date, in_office: day.inOffice, location: day.location }]
            };
          })
        }
      });
    }
    return instance.answer();
  };
}
