/**
 * The rights checker's rules engine, for Node or the browser, with no DOM: evaluate a ruleset
 * against answers, and validate a ruleset. Rulesets: `sanctuary-widgets/rulesets/gb-eng.json`, …
 */
export { evaluate, run, rulesFor, truth } from './engine.js';
export type { Evaluation } from './engine.js';
export { validateRuleset } from './validate.js';
export type { RulesetReport } from './validate.js';
export * from './ruleset.js';
