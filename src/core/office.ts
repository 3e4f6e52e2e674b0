/**
 * Whether a colleague is in the office today, as ServiceNow Workplace Service Delivery tells it
 * to the people who follow their office days (WSD collaborators).
 */
export interface OfficeDay {
  /** The viewer follows this person's office days (the person is one of their WSD collaborators). */
  following: boolean;
  /** Today: in the office (true) or remote (false); absent when not told (a private schedule, no plan, not followed). */
  inOffice?: boolean;
  /** Where, when in the office and an exception says so. */
  location?: string;
}

/** Locations are names such as "Building B": anything longer is not one. */
export const MAX_LOCATION_CHARS = 100;

/** An office day as shared between tabs, checked field by field, or undefined. */
export function readOfficeValue(raw: unknown): OfficeDay | undefined {
  const o = raw as { following?: unknown; inOffice?: unknown; location?: unknown } | null;
  if (typeof o !== 'object' || o === null || typeof o.following !== 'boolean') {
    return undefined;
  }
  if (
    (o.inOffice !== undefined && typeof o.inOffice !== 'boolean') ||
    (o.location !== undefined && (typeof o.location !== 'string' || o.location.length > MAX_LOCATION_CHARS))
  ) {
    return undefined;
  }
  const day: OfficeDay = { following: o.following };
  if (o.inOffice !== undefined) {
    day.inOffice = o.inOffice as boolean;
  }
  if (o.location !== undefined) {
    day.location = o.location as string;
  }
  return day;
}
