/** What every part of the settings checks the same way: the error naming the setting, numbers, paths. */
import { describeInput } from './sys-id';

export class SettingsError extends Error {
  constructor(message: string) {
    super('[sp-presence] invalid settings: ' + message);
    // ES5 output: restore the prototype chain that extending Error loses.
    Object.setPrototypeOf(this, SettingsError.prototype);
    this.name = 'SettingsError';
  }
}

function isNumber(value: unknown): value is number {
  return typeof value === 'number' && isFinite(value);
}

export function checkNumber(name: string, value: unknown, min: number, max: number): void {
  if (!isNumber(value) || value < min || value > max) {
    throw new SettingsError(
      name + ' must be a number from ' + min + ' to ' + max + ' (got ' + describeInput(value) + ')'
    );
  }
}

/** Requests carry the session token: an endpoint must be a path on the instance's origin. */
export function checkPath(name: string, value: unknown): void {
  if (typeof value !== 'string' || !/^\/(?!\/)[^\s\\]*$/.test(value)) {
    throw new SettingsError(
      name + ' must be a path on this instance starting with "/" (got ' + describeInput(value) + ')'
    );
  }
}
