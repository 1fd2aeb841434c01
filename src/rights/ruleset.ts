/**
 * The rights checker's rules, as data: one ruleset per jurisdiction (see docs/rulesets.md). Types
 * only; no DOM, importable in Node.
 */
import type { Translatable } from '../core/translatable.js';

export const RULESET_FORMAT = 'sanctuary-ruleset/1';

export interface Ruleset {
  format: typeof RULESET_FORMAT;
  /** e.g. `gb-eng`, `gb-sct`, `gb-wls`, `se-vgr`. */
  id: string;
  name: Translatable;
  /** ISO date the rules were last checked against their sources. */
  lastReviewed: string;
  /** Languages every text must have (the validator reports gaps). */
  languages: string[];
  /** The language reception staff read (the "show this at reception" card). */
  staffLanguage: string;
  sources: Record<string, Source>;
  /** Asked in this order; each only when it can still change the answer (see engine.ts). */
  questions: Question[];
  /** The question whose options name the kinds of care in `care`. */
  careQuestion: string;
  /** What everyone can get, shown first, before any question about the person. */
  freeForEveryone: Statement[];
  /**
   * What `freeForEveryone` is headed with: `free` (default) when every statement in it is free for
   * everyone; `offered` when some say what may be paid (Sweden: care that must be offered to
   * everyone, at a fee for some), so the heading does not promise "free".
   */
  freeForEveryoneHeading?: 'free' | 'offered';
  /** For each kind of care (an option of `careQuestion`): rules, first match wins. */
  care: CareRules[];
  /** Named rule lists that several kinds of care include (`{"include": "exemptions"}`). */
  shared?: Record<string, RuleItem[]>;
  /** What to do if refused, what is shared, confidentiality, where to get help. */
  sections: Partial<Record<SectionId, Statement[]>>;
}

/** The result and guidance show these sections in this order. */
export const SECTION_IDS = ['ifRefused', 'evidence', 'dataSharing', 'confidentiality', 'help'] as const;
export type SectionId = (typeof SECTION_IDS)[number];

export interface Source {
  title: Translatable;
  /** e.g. `reg 15(b)`, `§ 6`. */
  section?: string;
  url: string;
  /** ISO date of the version read (or of publication). */
  date: string;
}

export interface Question {
  id: string;
  /** `place` and `care` are asked first; `status` questions only if the answer still depends on them. */
  topic: 'place' | 'care' | 'status' | 'situation';
  text: Translatable;
  hint?: Translatable;
  /** Ask only when this holds (e.g. "are you pregnant" only for hospital care). */
  askIf?: Condition;
  options: Option[];
}

export interface Option {
  id: string;
  label: Translatable;
}

/** Every question offers these; status questions also offer `prefer-not-to-say`. */
export const DONT_KNOW = 'dont-know';
export const PREFER_NOT = 'prefer-not-to-say';

export type Condition =
  | { answer: string; is: string }
  | { answer: string; in: string[] }
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition };

export interface CareRules {
  /** An option id of the care question. */
  id: string;
  rules: RuleItem[];
}

/** A rule, or all the rules of a shared list, in place. */
export type RuleItem = Rule | { include: string };

export interface Rule {
  /** Omitted on the last rule: the default. */
  if?: Condition;
  outcome: Outcome;
}

export type OutcomeKind =
  /** Free whoever you are (a service exemption). */
  | 'free-for-everyone'
  /** Free for this person (an exempt group). */
  | 'free'
  /** Chargeable, but never withheld or delayed: billed afterwards. */
  | 'charged-later'
  /** Chargeable, and the estimated cost is asked for in advance. */
  | 'charged-in-advance'
  /** A fixed fee (e.g. 50 kr a visit). */
  | 'fee'
  /** It depends on something the checker cannot know: says on what, and who decides. */
  | 'depends';

export interface Outcome {
  kind: OutcomeKind;
  reason: Translatable;
  /** Ids in `sources`: every outcome cites at least one. */
  sources: string[];
  fees?: Array<{ amount: number; currency: string; for: Translatable }>;
  dependsOn?: Translatable;
  decidedBy?: Translatable;
  /** Present when a source marks it UNCONFIRMED: shown as uncertain, with this explanation. */
  uncertain?: Translatable;
}

export interface Statement {
  id: string;
  text: Translatable;
  sources: string[];
  uncertain?: Translatable;
  /** A phone number to call (shown as a tel: link). */
  phone?: string;
  /** A page to visit. */
  url?: string;
}

/** The person's answers so far: question id → option id. */
export type Answers = Readonly<Record<string, string>>;
