/**
 * The index of built-in rule packs: every rules/*.json file is listed here, explicitly (nothing is
 * discovered from the file system at run time, so the core bundles for browsers and edge runtimes).
 */
import type { RulePackInput } from '../types.js';
import packIndex from '../../rules/packs.json';
import context from '../../rules/context.json';
import generic from '../../rules/generic.json';
import keys from '../../rules/keys.json';
import paths from '../../rules/paths.json';
import pii from '../../rules/pii.json';
import secretsAi from '../../rules/secrets-ai.json';
import secretsChat from '../../rules/secrets-chat.json';
import secretsCloud from '../../rules/secrets-cloud.json';
import secretsDatabases from '../../rules/secrets-databases.json';
import secretsDevtools from '../../rules/secrets-devtools.json';
import secretsKeys from '../../rules/secrets-keys.json';
import secretsObservability from '../../rules/secrets-observability.json';
import secretsPayments from '../../rules/secrets-payments.json';
import secretsRegistries from '../../rules/secrets-registries.json';
import secretsSaas from '../../rules/secrets-saas.json';
import secretsVcs from '../../rules/secrets-vcs.json';
import urls from '../../rules/urls.json';

export const builtinRulePacks: readonly RulePackInput[] = [
  context, generic, keys, paths, pii, secretsAi, secretsChat, secretsCloud, secretsDatabases, secretsDevtools, secretsKeys, secretsObservability, secretsPayments, secretsRegistries, secretsSaas, secretsVcs, urls,
] as RulePackInput[];

/** Named packs: lists of rule ids or `pack:NAME` references. */
export const builtinPackIndex: Readonly<Record<string, readonly string[]>> = packIndex.packs;
