import { expect } from '@open-wc/testing';
import { evaluate, run, type Evaluation } from '../../src/rights/engine.js';
import { loadShippedRuleset } from '../../src/rights/shipped-rulesets.js';
import type { Answers, Outcome, Question, Ruleset } from '../../src/rights/ruleset.js';
import type { Translatable } from '../../src/core/translatable.js';

let ruleset: Ruleset;

before(async () => {
  // As the widget loads it: English from the ruleset, Swedish (the staff language) from locales/content/sv.json.
  ruleset = (await loadShippedRuleset('se-vgr'))!;
});

/**
 * Answers as this person would. A question the person has no answer for fails the test: the engine
 * should not ask it (a status question is asked only when the outcome still depends on it).
 */
function as(person: Record<string, string>) {
  return (question: Question): string => {
    const answer = person[question.id];
    if (answer === undefined) throw new Error(`Question "${question.id}" should not have been asked`);
    expect(question.options.map((o) => o.id), `options of "${question.id}"`).to.include(answer);
    return answer;
  };
}

const en = (text: Translatable | undefined): string => (typeof text === 'string' ? text : text?.en ?? '');
const askedIds = (result: Evaluation) => result.asked.map((a) => a.question.id);
const outcomeOf = (person: Record<string, string>): Outcome => {
  const result = run(ruleset, as(person));
  expect(result.outcome, JSON.stringify(person)).to.exist;
  return result.outcome!;
};
const hasFee = (outcome: Outcome, amount: number, forWhat: RegExp) =>
  (outcome.fees ?? []).some((f) => f.amount === amount && f.currency === 'SEK' && forWhat.test(en(f.for)));

const adult = { age: '18-or-older', folkbokford: 'no' };
const CARE = ['emergency', 'cannot-wait', 'pregnancy', 'abortion', 'contraception', 'infectious', 'health-exam', 'planned', 'dont-know'];

describe('se-vgr ruleset: the Sweden / VGR scenarios of the rights brief (§4.7)', () => {
  it('SE2: an adult asylum seeker with type-1 diabetes gets care that cannot wait, at 50 kr a doctor visit, with the 400 kr grant', () => {
    const result = run(ruleset, as({ care: 'cannot-wait', ...adult, status: 'asylum' }));
    expect(askedIds(result)).to.deep.equal(['care', 'age', 'folkbokford', 'status']);
    const outcome = result.outcome!;
    expect(outcome.kind).to.equal('depends');
    expect(en(outcome.decidedBy)).to.match(/clinician/);
    expect(en(outcome.reason)).to.match(/long-term illness such as diabetes/);
    expect(hasFee(outcome, 50, /doctor visit/), 'a 50 SEK doctor visit').to.equal(true);
    expect(hasFee(outcome, 50, /medicines/), '50 SEK for medicines').to.equal(true);
    expect(en(outcome.reason)).to.include('400 kr').and.to.include('special grant (särskilt bidrag)');
    expect(outcome.reason).to.have.property('sv').that.includes('särskilt bidrag');
  });

  it('SE3: an undocumented pregnant woman is offered maternity care and childbirth, with no fee', () => {
    for (const age of ['18-or-older', 'under-18', 'dont-know']) {
      const outcome = outcomeOf({ care: 'pregnancy', age, folkbokford: 'no', status: 'undocumented' });
      expect(outcome.kind, age).to.equal('free');
      expect(en(outcome.reason)).to.match(/maternity care/);
      expect(outcome.sources).to.include('lag-2013-407');
    }
  });

  it('SE5: an adult Ukrainian with temporary protection, not folkbokförd, gets the same care and fees as an asylum seeker', () => {
    for (const care of CARE) {
      const ukrainian = outcomeOf({ care, ...adult, status: 'temporary-protection' });
      const asylumSeeker = outcomeOf({ care, ...adult, status: 'asylum' });
      expect(ukrainian, care).to.deep.equal(asylumSeeker);
    }
    const cannotWait = outcomeOf({ care: 'cannot-wait', ...adult, status: 'temporary-protection' });
    expect(cannotWait.kind).to.equal('depends');
    expect(hasFee(cannotWait, 50, /doctor visit/)).to.equal(true);
    expect(en(cannotWait.reason)).to.match(/become folkbokförd, you then have the same rights/);
    const pregnancy = outcomeOf({ care: 'pregnancy', ...adult, status: 'temporary-protection' });
    expect(pregnancy.kind).to.equal('fee');
    expect(hasFee(pregnancy, 0, /maternity/), 'preventive maternity care costs nothing').to.equal(true);
    expect(outcomeOf({ care: 'abortion', ...adult, status: 'temporary-protection' }).kind).to.equal('fee');
    expect(outcomeOf({ care: 'contraception', ...adult, status: 'temporary-protection' }).kind).to.equal('fee');
    const exam = outcomeOf({ care: 'health-exam', ...adult, status: 'temporary-protection' });
    expect(en(exam.reason)).to.match(/must be offered a health examination/);
  });

  it('SE6: the same Ukrainian, once folkbokförd, has the same rights and fees as other residents (no status question)', () => {
    for (const care of CARE) {
      const result = run(ruleset, as({ care, age: '18-or-older', folkbokford: 'yes' }));
      expect(askedIds(result), care).to.deep.equal(['care', 'age', 'folkbokford']);
      const outcome = result.outcome!;
      expect(outcome.kind, care).to.equal('fee');
      expect(en(outcome.reason)).to.match(/same rights to care as everyone else who lives in Sweden/);
      expect(hasFee(outcome, 400, /emergency department/)).to.equal(true);
      expect(hasFee(outcome, 200, /vårdcentral/)).to.equal(true);
      expect(en(outcome.uncertain), 'later fee changes are unconfirmed').to.match(/changed since/);
    }
    const child = outcomeOf({ care: 'emergency', age: 'under-18', folkbokford: 'yes' });
    expect(child.kind).to.equal('free');
    expect(en(child.reason)).to.match(/up to and including the age of 19/);
  });

  it('SE7: a non-EU tourist with a heart attack in Göteborg gets immediate care, billed at full cost unless a convention applies', () => {
    const result = run(ruleset, as({ care: 'emergency', ...adult, status: 'visitor' }));
    expect(askedIds(result)).to.not.include('ehic');
    expect(result.outcome!.kind).to.equal('charged-later');
    expect(en(result.outcome!.reason)).to.match(/always given/).and.to.match(/full cost/).and.to.match(/convention/);
  });

  it('SE10: a Romanian with an EHIC pays the normal patient fee; without one, immediate care is still given but may be billed in full', () => {
    const withCard = run(ruleset, as({ care: 'emergency', ...adult, status: 'eu', ehic: 'yes' }));
    expect(askedIds(withCard)).to.deep.equal(['care', 'age', 'folkbokford', 'status', 'ehic']);
    expect(withCard.outcome!.kind).to.equal('fee');
    expect(en(withCard.outcome!.reason)).to.match(/normal patient fee/);
    expect(hasFee(withCard.outcome!, 400, /emergency department/)).to.equal(true);

    const withoutCard = outcomeOf({ care: 'emergency', ...adult, status: 'eu', ehic: 'no' });
    expect(withoutCard.kind).to.equal('charged-later');
    expect(en(withoutCard.reason)).to.match(/always given/).and.to.match(/full cost/);
    expect(withoutCard.uncertain, 'how VGR applies 2013:407 to EU citizens is unconfirmed').to.exist;
    const notSure = outcomeOf({ care: 'cannot-wait', ...adult, status: 'eu', ehic: 'dont-know' });
    expect(notSure.kind).to.equal('depends');
  });
});

describe('se-vgr ruleset: checks', () => {
  it('has every text in both English and Swedish', () => {
    const keys = new Set(['name', 'title', 'text', 'hint', 'label', 'reason', 'dependsOn', 'decidedBy', 'uncertain', 'for']);
    const problems: string[] = [];
    let count = 0;
    const walk = (value: unknown, path: string): void => {
      if (Array.isArray(value)) return value.forEach((item, i) => walk(item, `${path}[${i}]`));
      if (typeof value !== 'object' || value === null) return;
      for (const [key, child] of Object.entries(value)) {
        if (keys.has(key)) {
          count++;
          const text = child as Record<string, unknown>;
          for (const lang of ['en', 'sv']) {
            if (typeof text?.[lang] !== 'string' || !(text[lang] as string).trim()) problems.push(`${path}.${key}: no ${lang}`);
          }
          if (typeof text === 'object' && text.en === text.sv) problems.push(`${path}.${key}: sv is a copy of en`);
        }
        walk(child, `${path}.${key}`);
      }
    };
    walk(ruleset, 'ruleset');
    expect(problems).to.deep.equal([]);
    expect(count).to.be.greaterThan(150);
    expect(ruleset.languages).to.include.members(['en', 'sv']);
    expect(ruleset.staffLanguage).to.equal('sv');
  });

  it('shows what the brief marks UNCONFIRMED as uncertain, never as fact', () => {
    const asylumEmergency = outcomeOf({ care: 'emergency', ...adult, status: 'asylum' });
    expect(en(asylumEmergency.uncertain)).to.match(/emergency department/);
    const undocumentedEmergency = outcomeOf({ care: 'emergency', ...adult, status: 'undocumented' });
    expect(en(undocumentedEmergency.uncertain)).to.match(/emergency departments/).and.to.match(/high-cost protection/);
    expect(en(outcomeOf({ care: 'abortion', ...adult, status: 'undocumented' }).uncertain)).to.match(/high-cost protection/);
    expect(en(outcomeOf({ care: 'planned', ...adult, status: 'asylum' }).uncertain)).to.match(/more than the minimum/);

    const reporting = ruleset.sections.dataSharing!.find((s) => s.id === 'informationsplikt')!;
    expect(en(reporting.text)).to.match(/has been proposed/).and.to.match(/uncertain/);
    expect(en(reporting.uncertain)).to.match(/suggested exempting health care/);
    const folkbokforing = ruleset.sections.help!.find((s) => s.id === 'temporary-protection-folkbokforing')!;
    expect(en(folkbokforing.uncertain)).to.match(/could not confirm how long/);
  });

  it('sends "I don\'t know" and "I\'d rather not say" about status to an adviser, never to a charge', () => {
    for (const care of CARE) {
      for (const status of ['dont-know', 'prefer-not-to-say']) {
        const outcome = outcomeOf({ care, ...adult, status });
        expect(outcome.kind, `${care} ${status}`).to.equal('depends');
        expect(en(outcome.reason)).to.match(/Immediate \(emergency\) care is given to everyone/);
      }
      const result = run(ruleset, as({ care, age: '18-or-older', folkbokford: 'prefer-not-to-say' }));
      expect(askedIds(result), 'no status question after "rather not say"').to.not.include('status');
      expect(result.outcome!.kind).to.equal('depends');
    }
  });

  it('ends every path with an outcome that cites its own sources, and asks every question somewhere', () => {
    const reached = new Set<string>();
    let paths = 0;
    const walk = (answers: Answers): void => {
      const result = evaluate(ruleset, answers);
      if (result.next) {
        reached.add(result.next.id);
        for (const option of result.next.options) walk({ ...answers, [result.next.id]: option.id });
        return;
      }
      paths++;
      const outcome = result.outcome;
      const where = JSON.stringify(answers);
      expect(outcome, where).to.exist;
      expect(outcome!.sources.length, where).to.be.greaterThan(0);
      for (const id of outcome!.sources) expect(ruleset.sources, where).to.have.property(id);
      if (outcome!.kind === 'depends') expect(outcome!.dependsOn && outcome!.decidedBy, where).to.exist;
      if (outcome!.kind === 'fee') expect(outcome!.fees ?? [], where).to.not.be.empty;
      expect(en(outcome!.reason), where).to.not.match(/non-urgent/i);
    };
    walk({});
    expect(paths).to.be.greaterThan(500);
    expect([...reached].sort()).to.deep.equal(ruleset.questions.map((q) => q.id).sort());
    for (const statement of [...ruleset.freeForEveryone, ...Object.values(ruleset.sections).flat()]) {
      expect(statement.sources, statement.id).to.not.be.empty;
      for (const id of statement.sources) expect(ruleset.sources, statement.id).to.have.property(id);
    }
  });
});
