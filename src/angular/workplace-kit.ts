/**
 * What spUserPresence lends the spPresenceWorkplace provider's code at run time, so that a page
 * with office days does not load a second copy of RxJS and the source machinery (webpack.config.js
 * maps the workplace bundle's imports of these modules to this object). Each entry holds exactly
 * the exports the workplace code uses: listing more would keep them in every page's provider.
 */
import { Observable } from 'rxjs';
import { map } from 'rxjs/operators';
import { __extends } from 'tslib';
import { after } from '../core/delay';
import { failure, isFailure } from '../core/failure';
import { createReporter } from '../core/reporter';
import { askJson } from '../core/sources/ask-json';
import { ScheduledSource } from '../core/sources/scheduled-source';
import { normaliseSysId } from '../core/sys-id';

export const WORKPLACE_KIT = {
  rxjs: { Observable: Observable },
  operators: { map: map },
  tslib: { __extends: __extends },
  delay: { after: after },
  failure: { failure: failure, isFailure: isFailure },
  reporter: { createReporter: createReporter },
  askJson: { askJson: askJson },
  scheduledSource: { ScheduledSource: ScheduledSource },
  sysId: { normaliseSysId: normaliseSysId }
};
