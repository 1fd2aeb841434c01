import { expect } from '@open-wc/testing';
import { evaluate, run } from '../../src/rights/engine.js';
import type { Answers, Question, Ruleset } from '../../src/rights/ruleset.js';

// The scenarios of the rights brief's Scotland (§2.7) and Wales (§3.6) tables, answered as that
// person would answer: anything not named gets "no" (or "never", or "none of these").

const load = async (id: string): Promise<Ruleset> => (await fetch(`/src/rights/rulesets/${id}.json`)).json();

const answer =
  (map: Record<string, string>) =>
  (q: Question, _answers: Answers): string =>
    map[q.id] ?? (q.options.some((o) => o.id === 'no') ? 'no' : q.options.some((o) => o.id === 'never') ? 'never' : 'none');

const reasonOf = (outcome: { reason: unknown } | undefined): string => {
  const reason = outcome?.reason;
  return typeof reason === 'string' ? reason : ((reason as Record<string, string> | undefined)?.en ?? '');
};

describe('Scotland (gb-sct): the brief’s scenarios', () => {
  let sct: Ruleset;
  before(async () => {
    sct = await load('gb-sct');
  });

  it('S2: an overstayer who never claimed asylum needs planned surgery: may be charged, urgent care still given', () => {
    const { outcome, asked } = run(sct, answer({ care: 'hospital' }));
    expect(outcome?.kind).to.equal('depends');
    expect(reasonOf(outcome)).to.match(/charged/);
    expect(reasonOf(outcome)).to.match(/emergency, immediate or urgent care is always given/i);
    // Asked about every exemption before saying "it depends", and nothing about paying in advance.
    expect(asked.map((a) => a.question.id)).to.include.members(['asylum', 'protection', 'settled', 'visa', 'ukraine', 'gaza', 'family']);
    expect(JSON.stringify(outcome)).not.to.match(/in advance/i);
  });

  it('S3: the same overstayer registers with a GP and gets a prescription: both free, no status questions', () => {
    const gp = run(sct, answer({ care: 'gp' }));
    expect(gp.outcome?.kind).to.equal('free-for-everyone');
    expect(reasonOf(gp.outcome)).to.match(/register/);
    expect(gp.asked.map((a) => a.question.id)).to.deep.equal(['care']);
    const prescription = run(sct, answer({ care: 'prescription' }));
    expect(prescription.outcome?.kind).to.equal('free-for-everyone');
    expect(reasonOf(prescription.outcome)).to.match(/prescriptions/i);
    expect(prescription.asked.map((a) => a.question.id)).to.deep.equal(['care']);
  });

  it('S5: a Ukrainian national lawfully present and his 10-year-old child: both free', () => {
    for (const person of ['father', 'child']) {
      const { outcome } = run(sct, answer({ care: 'hospital', ukraine: 'yes' }));
      expect(outcome?.kind, person).to.equal('free');
      expect(reasonOf(outcome), person).to.match(/Ukraine/);
      expect(reasonOf(outcome), person).to.match(/children/);
    }
  });

  it('S6: a child evacuated from Gaza, and a companion who falls ill: child free; companion free for need arising here', () => {
    const child = run(sct, answer({ care: 'hospital', gaza: 'patient' }));
    expect(child.outcome?.kind).to.equal('free');
    expect(reasonOf(child.outcome)).to.match(/Gaza/);
    const companion = run(sct, answer({ care: 'hospital', gaza: 'companion' }));
    expect(companion.outcome?.kind).to.equal('free');
    expect(reasonOf(companion.outcome)).to.match(/companion/);
    expect(reasonOf(companion.outcome)).to.match(/arises while they are here/);
  });

  it('S7: the wife, and the 17-year-old daughter in school, of a man with a pending asylum claim: free as family', () => {
    for (const person of ['wife', 'daughter']) {
      const { outcome } = run(sct, answer({ care: 'hospital', family: 'yes' }));
      expect(outcome?.kind, person).to.equal('free');
      expect(reasonOf(outcome), person).to.match(/husband, wife or civil partner/);
      expect(reasonOf(outcome), person).to.match(/under 19 and in full-time education/);
    }
    // Had she answered for the claim itself, asylum (whatever the outcome) covers her too.
    const evaluation = evaluate(sct, { care: 'hospital', condition: 'none', asylum: 'yes' });
    expect(evaluation.next).to.equal(undefined);
    expect(evaluation.outcome?.kind).to.equal('free');
  });
});

describe('Wales (gb-wls): the brief’s scenarios', () => {
  let wls: Ruleset;
  before(async () => {
    wls = await load('gb-wls');
  });

  it('W2: a woman with a positive reasonable-grounds trafficking decision, reflection period running: free', () => {
    const { outcome } = run(wls, answer({ care: 'hospital', trafficking: 'yes' }));
    expect(outcome?.kind).to.equal('free');
    expect(reasonOf(outcome)).to.match(/trafficking/);
    expect(reasonOf(outcome)).to.match(/reasonable grounds/);
  });

  it('W3: a Ukrainian lawfully present, and her 6-week-old baby born in Wales: both free', () => {
    const mother = run(wls, answer({ care: 'pregnancy', ukraine: 'yes' }));
    expect(mother.outcome?.kind).to.equal('free');
    expect(reasonOf(mother.outcome)).to.match(/Ukraine/);
    const baby = run(wls, answer({ care: 'hospital', ukraine: 'yes' }));
    expect(baby.outcome?.kind).to.equal('free');
    expect(reasonOf(baby.outcome)).to.match(/baby born in the UK who is 3 months old or younger/);
  });

  it('W5: an EU citizen whose late EU Settlement Scheme application is pending: not charged while pending', () => {
    const { outcome } = run(wls, answer({ care: 'hospital', 'euss-late': 'yes' }));
    expect(outcome?.kind).to.equal('free');
    expect(reasonOf(outcome)).to.match(/EU Settlement Scheme/);
    expect(reasonOf(outcome)).to.match(/while you wait/);
  });

  it('W6: an undocumented visitor treated in A&E, then admitted: A&E free; admission chargeable, immediate care never refused', () => {
    const ae = run(wls, answer({ care: 'ae' }));
    expect(ae.outcome?.kind).to.equal('free-for-everyone');
    expect(ae.asked.map((a) => a.question.id)).to.deep.equal(['care']);
    const admitted = run(wls, answer({ care: 'hospital' }));
    expect(admitted.outcome?.kind).to.equal('depends');
    expect(reasonOf(admitted.outcome)).to.match(/admitted/);
    expect(reasonOf(admitted.outcome)).to.match(/charged/);
    expect(reasonOf(admitted.outcome)).to.match(/never refused/);
    // Paying in advance is not confirmed for Wales: only ever said as uncertain.
    expect(reasonOf(admitted.outcome)).not.to.match(/in advance/i);
    expect(admitted.outcome?.uncertain).to.not.equal(undefined);
  });

  it('W7: an undocumented migrant asks to register with a GP in Swansea: depends, uncertain (WHC/2025/025 unread)', () => {
    const { outcome, asked } = run(wls, answer({ care: 'gp' }));
    expect(outcome?.kind).to.equal('depends');
    expect(outcome?.uncertain).to.not.equal(undefined);
    expect(JSON.stringify(outcome?.uncertain)).to.match(/WHC\/2025\/025/);
    expect(outcome?.sources).to.include('whc-2025-025');
    expect(asked.map((a) => a.question.id)).to.deep.equal(['care']);
  });
});
