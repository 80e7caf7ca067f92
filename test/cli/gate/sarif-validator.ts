/**
 * Validates SARIF logs against the official SARIF 2.1.0 schema (test/schemas/sarif-schema-2.1.0.json,
 * see test/schemas/README.md for its origin and the two upstream quirks handled here).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020';
import type { ErrorObject } from 'ajv';

const schemaPath = fileURLToPath(new URL('../../schemas/sarif-schema-2.1.0.json', import.meta.url));

/** JavaScript has no inline `(?i)`: a leading one becomes the `i` flag. */
function regExp(pattern: string, flags: string): RegExp {
  return pattern.startsWith('^(?i)') ? new RegExp(`^${pattern.slice(5)}`, `${flags}i`) : new RegExp(pattern, flags);
}
regExp.code = 'new RegExp';

function isUri(value: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(value) && URL.canParse(value);
}

function isUriReference(value: string): boolean {
  return !/[\s"<>\\^`{|}]/.test(value) && URL.canParse(value, 'file:///base/') && !/%(?![0-9A-Fa-f]{2})/.test(value);
}

function isDateTime(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/.test(value) && !Number.isNaN(Date.parse(value));
}

export function createSarifValidator(): (log: unknown) => ErrorObject[] {
  const ajv = new Ajv2020({ strict: false, validateSchema: false, allErrors: true, code: { regExp } });
  ajv.addFormat('uri', isUri);
  ajv.addFormat('uri-reference', isUriReference);
  ajv.addFormat('date-time', isDateTime);
  const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')) as object);
  return (log) => (validate(log) ? [] : [...(validate.errors ?? [])]);
}
