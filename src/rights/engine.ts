/**
 * Evaluating a ruleset against a person's answers. Pure: no DOM, no network, no storage; the
 * answers never leave the caller. Conditions use three values (yes, no, not known yet) so that a
 * status question is asked only when the outcome for the chosen care still depends on it.
 */
import type { Answers, Condition, Outcome, Question, Ruleset, Rule, RuleItem } from './ruleset.js';

type Truth = boolean | undefined; // undefined: depends on a question not answered yet

export interface Evaluation {
  /** The next question to ask, or undefined when the outcome is known. */
  next?: Question;
  /** The care asked about (an option of the care question), once answered. */
  care?: string;
  /** The outcome for that care, once known. */
  outcome?: Outcome;
  /** The questions asked so far, in order, with their answers (for "check your answers"). */
  asked: Array<{ question: Question; answer: string }>;
}

/** Where the person is: the next question, or the outcome. */
export function evaluate(ruleset: Ruleset, answers: Answers): Evaluation {
  const asked: Evaluation['asked'] = [];
  const care = answers[ruleset.careQuestion];
  const rules = care === undefined ? undefined : rulesFor(ruleset, care);
  for (const question of ruleset.questions) {
    const answer = answers[question.id];
    const wanted = question.askIf === undefined ? true : truth(question.askIf, ruleset, answers);
    if (wanted === false) continue;
    if (answer !== undefined) {
      asked.push({ question, answer });
      continue;
    }
    // Place and care are always asked; other questions only if they can still change the outcome.
    if (question.topic === 'place' || question.topic === 'care' || rules === undefined || mattersFor(rules, question.id, ruleset, answers)) {
      return { next: question, care, asked };
    }
  }
  if (!rules) return { care, asked };
  return { care, outcome: decide(rules, ruleset, answers), asked };
}

/** The rules for one kind of care, shared lists expanded in place. */
export function rulesFor(ruleset: Ruleset, care: string): Rule[] | undefined {
  const items = ruleset.care.find((c) => c.id === care)?.rules;
  if (!items) return undefined;
  const expand = (list: RuleItem[], depth: number): Rule[] =>
    list.flatMap((item) => ('include' in item ? (depth < 5 ? expand(ruleset.shared?.[item.include] ?? [], depth + 1) : []) : [item]));
  return expand(items, 0);
}

/** The first rule that holds, treating questions never asked as "no". */
function decide(rules: Rule[], ruleset: Ruleset, answers: Answers): Outcome | undefined {
  for (const rule of rules) {
    if (rule.if === undefined || truth(rule.if, ruleset, answers, true) === true) return rule.outcome;
  }
  return undefined;
}

/** Whether answering `questionId` could change which rule applies. */
function mattersFor(rules: Rule[], questionId: string, ruleset: Ruleset, answers: Answers): boolean {
  for (const rule of rules) {
    if (rule.if === undefined) return false; // the default applies before this question counts
    const value = truth(rule.if, ruleset, answers);
    if (value === true) return false; // decided already
    if (value === undefined && mentions(rule.if, questionId)) return true;
    if (value === undefined) return false; // an earlier question decides this rule first
  }
  return false;
}

function mentions(condition: Condition, questionId: string): boolean {
  if ('answer' in condition) return condition.answer === questionId;
  if ('all' in condition) return condition.all.some((c) => mentions(c, questionId));
  if ('any' in condition) return condition.any.some((c) => mentions(c, questionId));
  return mentions(condition.not, questionId);
}

/**
 * A condition's value given the answers so far. A question not answered is "not known yet"
 * unless `closed` (the questionnaire is over) or it will never be asked (its askIf is false).
 */
export function truth(condition: Condition, ruleset: Ruleset, answers: Answers, closed = false): Truth {
  if ('answer' in condition) {
    const answer = answers[condition.answer];
    if (answer === undefined) {
      if (closed) return false;
      const question = ruleset.questions.find((q) => q.id === condition.answer);
      const askable = question?.askIf === undefined ? true : truth(question.askIf, ruleset, answers);
      return askable === false ? false : undefined;
    }
    return 'is' in condition ? answer === condition.is : condition.in.includes(answer);
  }
  if ('all' in condition) {
    let result: Truth = true;
    for (const part of condition.all) {
      const value = truth(part, ruleset, answers, closed);
      if (value === false) return false;
      if (value === undefined) result = undefined;
    }
    return result;
  }
  if ('any' in condition) {
    let result: Truth = false;
    for (const part of condition.any) {
      const value = truth(part, ruleset, answers, closed);
      if (value === true) return true;
      if (value === undefined) result = undefined;
    }
    return result;
  }
  const inner = truth(condition.not, ruleset, answers, closed);
  return inner === undefined ? undefined : !inner;
}

/** Answer questions in turn with `choose` until an outcome (for tests and the validator). */
export function run(ruleset: Ruleset, choose: (question: Question, answers: Answers) => string, limit = 50): Evaluation {
  const answers: Record<string, string> = {};
  for (let step = 0; step < limit; step++) {
    const result = evaluate(ruleset, answers);
    if (!result.next) return result;
    answers[result.next.id] = choose(result.next, answers);
  }
  throw new Error(`ruleset ${ruleset.id}: more than ${limit} questions`);
}
