/**
 * Keeps one spare object of each per-call class alive for the life of the module.
 *
 * V8 compiles hot functions against the hidden classes (maps) of the objects they saw and holds those
 * maps weakly. Objects made per call (`CallState`, `CallBudget`, an error's context, acorn's tokenizer)
 * are all garbage between two calls; a major GC that runs then finds no object of their maps, drops
 * the maps and deoptimizes every function compiled against them (about 40 on the scrub path), and the
 * next calls run unoptimized until V8 compiles them again. One live object per class keeps its maps,
 * and so the optimized code, as long as the class itself is loaded.
 *
 * Only objects holding no input go here: they are built from constants.
 */
const kept: object[] = [];

/** Keeps `spare` alive and returns it. */
export function keepShape<T extends object>(spare: T): T {
  kept.push(spare);
  return spare;
}
