/** ServiceNow sys_ids are 32 hex characters; the instance stores them in lowercase. */
const SYS_ID = /^[0-9a-f]{32}$/;

/** Returns the canonical sys_id, or undefined when `value` cannot be one. */
export function normaliseSysId(value: unknown): string | undefined {
  if (typeof value !== 'string') {
    return undefined;
  }
  const id = value.trim().toLowerCase();
  return SYS_ID.test(id) ? id : undefined;
}

/** A short, printable form of untrusted input for console messages. */
export function describeInput(value: unknown): string {
  let text: string;
  try {
    text = typeof value === 'string' ? JSON.stringify(value) : String(value);
  } catch (e) {
    text = Object.prototype.toString.call(value);
  }
  return text.length > 60 ? text.slice(0, 57) + '...' : text;
}
