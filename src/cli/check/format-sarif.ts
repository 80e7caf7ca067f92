/**
 * `--format sarif`: SARIF 2.1.0 for GitHub code scanning. One run; `tool.driver.rules` lists the check
 * rules; each problem is a result with its rule, level `error`, a message, the input (URI relative to
 * the repository root) and line, the JSON Pointer as logical location, and a fingerprint made of
 * non-secret fields only.
 */
import { createHash } from 'node:crypto';
import { CHECK_RULES, describeProblem } from './problems.js';
import type { CheckProblem } from './problems.js';
import type { CheckReport } from './report.js';

export const SARIF_SCHEMA = 'https://raw.githubusercontent.com/oasis-tcs/sarif-spec/master/Schemata/sarif-schema-2.1.0.json';
const INFORMATION_URI = 'https://www.npmjs.com/package/scrubjay';

/** A relative path as a URI reference: each segment percent-encoded, `/` kept. */
export function toUriReference(file: string): string {
  return file.split('/').map(encodeURIComponent).join('/');
}

function fingerprint(p: CheckProblem): string {
  const parts = [p.ruleId, p.file, p.pointer, p.kind ?? '', p.planted ?? '', p.target ?? ''];
  return createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 32);
}

function properties(p: CheckProblem): Record<string, unknown> {
  const out: Record<string, unknown> = { pointer: p.pointer };
  if (p.kind) out['leakKind'] = p.kind;
  if (p.target) out['target'] = p.target;
  if (p.planted) out['planted'] = p.planted;
  if (p.firedRules) out['firedRules'] = p.firedRules;
  if (p.types) out['types'] = p.types;
  if (p.addedTypes) out['addedTypes'] = p.addedTypes;
  if (p.removedTypes) out['removedTypes'] = p.removedTypes;
  return out;
}

function result(p: CheckProblem): Record<string, unknown> {
  return {
    ruleId: p.ruleId,
    ruleIndex: CHECK_RULES.findIndex((r) => r.id === p.ruleId),
    level: 'error',
    message: { text: describeProblem(p) },
    locations: [
      {
        physicalLocation: { artifactLocation: { uri: toUriReference(p.file), uriBaseId: '%SRCROOT%' }, region: { startLine: p.line } },
        logicalLocations: [{ fullyQualifiedName: p.pointer === '' ? '/' : p.pointer, kind: 'member' }],
      },
    ],
    partialFingerprints: { 'scrubjayProblem/v1': fingerprint(p) },
    properties: properties(p),
  };
}

export function formatSarif(report: CheckReport): string {
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'scrubjay',
            version: report.version,
            semanticVersion: report.version,
            informationUri: INFORMATION_URI,
            rules: CHECK_RULES.map((r) => ({
              id: r.id,
              name: r.name,
              shortDescription: { text: r.short },
              fullDescription: { text: r.full },
              defaultConfiguration: { level: 'error' },
              help: { text: r.full },
              properties: { tags: ['privacy', 'security'] },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        results: report.problems.map(result),
        properties: { ...report.stats, unusedPlanted: report.unused },
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
