/** The public API of the telemetry client (re-exports only). */
export { createTelemetry } from './create-telemetry.js';
export { runTelemetryCommand, telemetryCommandUsage } from './run-telemetry-command.js';
export { noticeText, statusText } from './notice.js';
export { resolveConsent, CONSENT_DESCRIPTIONS } from './consent.js';
export type { ConsentInput } from './consent.js';
export { isDebugEnabled } from './debug-matcher.js';
export { envPrefix, isFlagSet, readTelemetryEnv } from './telemetry-env.js';
export type { TelemetryEnv } from './telemetry-env.js';
export { archFamily, bucketCpuCount, collectMachineFacts, nodeMajor, osFamily } from './machine-facts.js';
export { hashProjectId } from './identity.js';
export { findProjectSource, normalizeRemote } from './project-source.js';
export type { ProjectSource, ProjectSourceKind } from './project-source.js';
export { isProjectOptedOut } from './project-opt-out.js';
export type {
  ConsentReason,
  FetchLike,
  MachineFacts,
  RecordInput,
  Telemetry,
  TelemetryEvent,
  TelemetryOptions,
  TelemetryStatus,
} from './types.js';
