/**
 * The index of built-in rule packs: every rules/*.json file is listed here, explicitly (nothing is
 * discovered from the file system at run time, so the core bundles for browsers and edge runtimes).
 */
import type { RulePackInput } from '../types.js';
import packIndex from '../../rules/packs.json';
import context from '../../rules/context.json';
import keys from '../../rules/keys.json';
import paths from '../../rules/paths.json';
import urls from '../../rules/urls.json';

export const builtinRulePacks: readonly RulePackInput[] = [context, keys, paths, urls] as RulePackInput[];

/** Named packs: lists of rule ids or `pack:NAME` references. */
export const builtinPackIndex: Readonly<Record<string, readonly string[]>> = packIndex.packs;
