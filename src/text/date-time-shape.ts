/**
 * A whole string that is an ISO 8601 date-time (`2025-05-31T23:59:45.047Z`, `2025-05-31 23:59+02:00`):
 * the most common value of telemetry after keys. No built-in rule matches inside one (a property test
 * checks it), so the engine lets those rules skip it; known values and extra rules still run. Only a
 * `.` starts the fraction: after ISO's other mark, a comma, `33932029Z` is a valid Spanish DNI.
 */
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?$/;

/** Longest string the shape allows (`2025-05-31T23:59:45.123456789+02:00`). */
const MAX_LENGTH = 35;

export function isIsoDateTime(text: string): boolean {
  return text.length >= 16 && text.length <= MAX_LENGTH && ISO_DATE_TIME.test(text);
}
