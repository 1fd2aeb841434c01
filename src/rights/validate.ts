/**
 * Checks a ruleset before anyone relies on it: its shape, every reference, that every statement
 * cites a source, that every path through the questions ends in an answer and every question can
 * be reached, and that every text is in every declared language. Pure; used by the CLI
 * (`sanctuary-widgets check-ruleset`), the tests and the checker element.
 */
import { evaluate, rulesFor } from './engine.js';
import { DONT_KNOW, PREFER_NOT, RULESET_FORMAT, type Answers, type Condition, type Outcome, type Ruleset, type Statement, SECTION_IDS } from './ruleset.js';

export interface RulesetReport {
  errors: string[];
  warnings: string[];
  /** How many complete paths through the questions were checked. */
  paths: number;
}

const KINDS = ['free-for-everyone', 'free', 'charged-later', 'charged-in-advance', 'fee', 'depends'];
const TOPICS = ['place', 'care', 'status', 'situation'];
const MAX_PATHS = 500_000;

export interface ValidateOptions {
  /**
   * Also walk every path through the questions (dead ends, questions never asked). Thorough but
   * slow for large rulesets: England has 157,448 paths, about 2 s on a laptop and far more on a
   * cheap phone. The CLI and the tests walk them; the widgets do not (see rights-element.ts).
   */
  walkPaths?: boolean;
}

export function validateRuleset(data: unknown, today = new Date(), { walkPaths = true }: ValidateOptions = {}): RulesetReport {
  const errors: string[] = [];
  const warnings: string[] = [];
  const report = { errors, warnings, paths: 0 };
  if (!isObject(data)) return { ...report, errors: ['The ruleset is not a JSON object.'] };
  const r = data as unknown as Ruleset;

  // ---- Shape ----
  if (r.format !== RULESET_FORMAT) errors.push(`"format" must be "${RULESET_FORMAT}".`);
  if (typeof r.id !== 'string' || !r.id) errors.push('"id" is missing.');
  if (!Array.isArray(r.languages) || r.languages.length === 0 || r.languages.some((l) => typeof l !== 'string')) errors.push('"languages" must list at least one language code.');
  if (typeof r.staffLanguage !== 'string') errors.push('"staffLanguage" is missing.');
  if (typeof r.lastReviewed !== 'string' || Number.isNaN(Date.parse(r.lastReviewed))) errors.push('"lastReviewed" must be a date (YYYY-MM-DD).');
  else if (today.getTime() - Date.parse(r.lastReviewed) > 365 * 86_400_000) warnings.push(`"lastReviewed" (${r.lastReviewed}) is more than a year ago: check the rules against their sources again.`);
  if (!isObject(r.sources)) errors.push('"sources" must be an object of sources by id.');
  if (!Array.isArray(r.questions) || r.questions.length === 0) errors.push('"questions" must be a list.');
  if (!Array.isArray(r.care)) errors.push('"care" must be a list.');
  if (!Array.isArray(r.freeForEveryone)) errors.push('"freeForEveryone" must be a list.');
  if (r.freeForEveryoneHeading !== undefined && r.freeForEveryoneHeading !== 'free' && r.freeForEveryoneHeading !== 'offered') errors.push('"freeForEveryoneHeading" must be "free" or "offered".');
  if (errors.length) return report;

  const languages = r.languages;
  const texts: Array<[string, unknown]> = [['name', r.name]];

  for (const [id, source] of Object.entries(r.sources)) {
    if (!isObject(source)) {
      errors.push(`Source "${id}" is not an object.`);
      continue;
    }
    texts.push([`source ${id} title`, source.title]);
    if (typeof source.url !== 'string' || !/^https?:\/\//.test(source.url)) errors.push(`Source "${id}" needs an http(s) "url".`);
    if (typeof source.date !== 'string' || Number.isNaN(Date.parse(source.date))) warnings.push(`Source "${id}" has no valid "date".`);
  }

  const questions = new Map(r.questions.map((q) => [q.id, q]));
  if (questions.size !== r.questions.length) errors.push('Two questions have the same id.');
  for (const q of r.questions) {
    if (!TOPICS.includes(q.topic)) errors.push(`Question "${q.id}": "topic" must be one of ${TOPICS.join(', ')}.`);
    if (!Array.isArray(q.options) || q.options.length < 2) {
      errors.push(`Question "${q.id}" needs at least two options.`);
      continue;
    }
    texts.push([`question ${q.id}`, q.text]);
    if (q.hint !== undefined) texts.push([`question ${q.id} hint`, q.hint]);
    for (const option of q.options) texts.push([`question ${q.id} option ${option.id}`, option.label]);
    const ids = q.options.map((o) => o.id);
    if (!ids.includes(DONT_KNOW)) errors.push(`Question "${q.id}" has no "${DONT_KNOW}" option.`);
    if (q.topic === 'status' && !ids.includes(PREFER_NOT)) errors.push(`Status question "${q.id}" has no "${PREFER_NOT}" option.`);
    if (q.askIf) checkCondition(q.askIf, `question ${q.id} askIf`);
  }

  const careQuestion = questions.get(r.careQuestion);
  if (!careQuestion) {
    errors.push(`"careQuestion" names no question ("${r.careQuestion}").`);
    return report;
  }
  for (const option of careQuestion.options) {
    if (!r.care.some((c) => c.id === option.id)) errors.push(`Care "${option.id}" (an option of "${r.careQuestion}") has no rules.`);
  }
  for (const entry of r.care) {
    if (!careQuestion.options.some((o) => o.id === entry.id)) errors.push(`Care rules "${entry.id}" match no option of "${r.careQuestion}".`);
    for (const item of entry.rules ?? []) {
      if ('include' in item && !r.shared?.[item.include]) errors.push(`Care "${entry.id}" includes unknown shared rules "${item.include}".`);
    }
    const rules = rulesFor(r, entry.id) ?? [];
    rules.forEach((rule, index) => {
      const where = `care ${entry.id} rule ${index + 1}`;
      if (rule.if) checkCondition(rule.if, where);
      checkOutcome(rule.outcome, where);
    });
    if (!rules.length || rules[rules.length - 1].if !== undefined) errors.push(`Care "${entry.id}": the last rule must have no "if" (the default), so every path ends with an answer.`);
  }
  for (const statement of r.freeForEveryone) checkStatement(statement, 'freeForEveryone');
  for (const [section, statements] of Object.entries(r.sections ?? {})) {
    if (!(SECTION_IDS as readonly string[]).includes(section)) errors.push(`Unknown section "${section}" (use ${SECTION_IDS.join(', ')}).`);
    for (const statement of statements ?? []) checkStatement(statement, `section ${section}`);
  }

  // ---- Translations ----
  for (const [where, text] of texts) {
    if (typeof text === 'string') {
      if (languages.length > 1) warnings.push(`${where}: a single text, not translated into ${languages.slice(1).join(', ')}.`);
    } else if (isObject(text)) {
      const missing = languages.filter((l) => typeof (text as Record<string, unknown>)[l] !== 'string' || !(text as Record<string, string>)[l].trim());
      if (missing.length) warnings.push(`${where}: no ${missing.join(', ')} text.`);
    } else {
      errors.push(`${where}: the text is missing.`);
    }
  }
  if (errors.length || !walkPaths) return report;

  // ---- Every path through the questions ----
  const reached = new Set<string>();
  const deadEnds: string[] = [];
  const walk = (answers: Answers): void => {
    if (report.paths >= MAX_PATHS) return;
    const result = evaluate(r, answers);
    if (result.next) {
      reached.add(result.next.id);
      for (const option of result.next.options) walk({ ...answers, [result.next.id]: option.id });
      return;
    }
    report.paths++;
    if (!result.outcome && deadEnds.length < 5) deadEnds.push(Object.entries(answers).map(([q, a]) => `${q}=${a}`).join(', '));
  };
  walk({});
  if (report.paths >= MAX_PATHS) warnings.push(`Stopped after ${MAX_PATHS} paths: the rest were not checked.`);
  for (const path of deadEnds) errors.push(`Dead end: no outcome after ${path}.`);
  for (const q of r.questions) if (!reached.has(q.id)) errors.push(`Question "${q.id}" is never asked on any path.`);
  return report;

  function checkCondition(condition: Condition, where: string): void {
    if (!isObject(condition)) {
      errors.push(`${where}: not a condition.`);
      return;
    }
    if ('answer' in condition) {
      const question = questions.get(condition.answer);
      if (!question) return void errors.push(`${where}: unknown question "${condition.answer}".`);
      const wanted = 'is' in condition ? [condition.is] : Array.isArray(condition.in) ? condition.in : undefined;
      if (!wanted) return void errors.push(`${where}: needs "is" or "in".`);
      for (const option of wanted) if (!question.options.some((o) => o.id === option)) errors.push(`${where}: question "${question.id}" has no option "${option}".`);
    } else if ('all' in condition || 'any' in condition) {
      const parts = 'all' in condition ? condition.all : condition.any;
      if (!Array.isArray(parts) || !parts.length) return void errors.push(`${where}: "all"/"any" needs a list.`);
      parts.forEach((part) => checkCondition(part, where));
    } else if ('not' in condition) {
      checkCondition(condition.not, where);
    } else {
      errors.push(`${where}: not a condition.`);
    }
  }

  function checkSources(ids: unknown, where: string): void {
    if (!Array.isArray(ids) || ids.length === 0) return void errors.push(`${where}: cites no source.`);
    for (const id of ids) if (!r.sources[id as string]) errors.push(`${where}: unknown source "${id}".`);
  }

  function checkOutcome(outcome: Outcome, where: string): void {
    if (!isObject(outcome)) return void errors.push(`${where}: no outcome.`);
    if (!KINDS.includes(outcome.kind)) errors.push(`${where}: "kind" must be one of ${KINDS.join(', ')}.`);
    texts.push([`${where} reason`, outcome.reason]);
    checkSources(outcome.sources, where);
    if (outcome.kind === 'fee' && (!Array.isArray(outcome.fees) || !outcome.fees.length)) errors.push(`${where}: a "fee" outcome needs "fees".`);
    for (const [index, fee] of (outcome.fees ?? []).entries()) {
      if (typeof fee.amount !== 'number' || !/^[A-Z]{3}$/.test(fee.currency)) errors.push(`${where}: fee ${index + 1} needs a number "amount" and a currency code.`);
      texts.push([`${where} fee ${index + 1}`, fee.for]);
    }
    if (outcome.kind === 'depends') {
      if (outcome.dependsOn === undefined || outcome.decidedBy === undefined) errors.push(`${where}: a "depends" outcome says on what ("dependsOn") and who decides ("decidedBy").`);
      else texts.push([`${where} dependsOn`, outcome.dependsOn], [`${where} decidedBy`, outcome.decidedBy]);
    }
    if (outcome.uncertain !== undefined) texts.push([`${where} uncertain`, outcome.uncertain]);
  }

  function checkStatement(statement: Statement, where: string): void {
    const at = `${where} ${statement?.id ?? '?'}`;
    if (!isObject(statement)) return void errors.push(`${where}: a statement is not an object.`);
    texts.push([at, statement.text]);
    if (statement.uncertain !== undefined) texts.push([`${at} uncertain`, statement.uncertain]);
    checkSources(statement.sources, at);
    if (statement.url !== undefined && !/^https?:\/\//.test(statement.url)) errors.push(`${at}: "url" must be http(s).`);
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
