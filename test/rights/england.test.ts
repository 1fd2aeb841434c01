import { expect } from '@open-wc/testing';
import { evaluate, run } from '../../src/rights/engine.js';
import { validateRuleset } from '../../src/rights/validate.js';
import type { Question, Ruleset } from '../../src/rights/ruleset.js';

let england: Ruleset;
before(async () => {
  england = await (await fetch('/src/rights/rulesets/gb-eng.json')).json();
});

/** Answers as a person would: the given ones, else "no" / "never" / "none". */
const person = (given: Record<string, string>) => (question: Question) =>
  given[question.id] ?? ['no', 'never', 'none'].find((id) => question.options.some((o) => o.id === id))!;

const text = (value: unknown) => (typeof value === 'string' ? value : (value as Record<string, string>).en);

describe('England ruleset', () => {
  it('is valid: every path ends in an outcome, every question is reachable, every outcome cited', () => {
    const report = validateRuleset(england);
    expect(report.errors).to.deep.equal([]);
    expect(report.paths).to.be.greaterThan(1000);
  });

  it('asks about care first, and nothing about the person for care that is free for everyone', () => {
    expect(evaluate(england, {}).next!.id).to.equal('care');
    for (const care of ['gp', 'nhs111', 'ae', 'contraception']) {
      const result = evaluate(england, { care });
      expect(result.next, care).to.equal(undefined);
      expect(result.outcome!.kind, care).to.equal('free-for-everyone');
    }
  });

  it('asks a status question only while the answer still depends on it', () => {
    const result = run(england, person({ care: 'hospital', condition: 'none', settled: 'no', protection: 'yes' }));
    expect(result.asked.map((a) => a.question.id)).to.deep.equal(['care', 'condition', 'settled', 'protection']);
    expect(result.outcome!.kind).to.equal('free');
  });

  it('never asks about support unless the asylum claim was refused', () => {
    const asked = run(england, person({ care: 'hospital', asylum: 'never' })).asked.map((a) => a.question.id);
    expect(asked).to.not.include('support');
  });
});

describe('England scenarios (shared/domain/rights-brief.md §1.7)', () => {
  it('E1: an overstayer with no ID or proof of address registers with a GP: free, documents not needed', () => {
    const { outcome } = run(england, person({ care: 'gp' }));
    expect(outcome!.kind).to.equal('free-for-everyone');
    expect(text(outcome!.reason)).to.contain('You do not need ID, proof of address or immigration status');
    expect(outcome!.sources).to.include('hl9241');
  });

  it('E2: the same person, A&E free; then admitted for surgery: chargeable, but urgent care never waits for payment', () => {
    expect(run(england, person({ care: 'ae' })).outcome!.kind).to.equal('free-for-everyone');
    const surgery = run(england, person({ care: 'hospital' })).outcome!;
    expect(surgery.kind).to.equal('depends');
    expect(text(surgery.decidedBy)).to.contain('clinician');
    expect(text(surgery.reason)).to.contain('150%');
    expect(text(surgery.reason)).to.contain('never refused or delayed');
    expect(surgery.sources).to.include.members(['reg3', 'bma-urgency']);
  });

  it('E3: an undocumented pregnant woman: never refused or delayed, no payment first, billed afterwards; debt rules explained', () => {
    const { outcome } = run(england, person({ care: 'pregnancy' }));
    expect(outcome!.kind).to.equal('charged-later');
    expect(text(outcome!.reason)).to.contain('must never be refused or delayed');
    const debt = england.sections.dataSharing!.find((s) => s.id === 'debt-threshold')!;
    expect(text(debt.text)).to.contain('£500').and.to.contain('2 months');
  });

  it('E4: an adult asylum seeker waiting for a decision needs hip surgery: free', () => {
    const { outcome } = run(england, person({ care: 'hospital', asylum: 'waiting' }));
    expect(outcome!.kind).to.equal('free');
    expect(outcome!.sources).to.include('reg15');
  });

  it('E6: a refused asylum-seeking family on section 95 support, child needs an operation: free', () => {
    const { outcome, asked } = run(england, person({ care: 'hospital', asylum: 'refused', support: 'yes' }));
    expect(outcome!.kind).to.equal('free');
    expect(asked.map((a) => a.question.id)).to.include('support');
  });

  it('E8: mental health treatment for PTSD caused by domestic abuse: free for everyone (unless she came to get it)', () => {
    const { outcome, asked } = run(england, person({ care: 'hospital', condition: 'violence' }));
    expect(outcome!.kind).to.equal('free-for-everyone');
    expect(text(outcome!.reason)).to.contain('unless you came to the UK in order to get this treatment');
    expect(asked.some((a) => a.question.topic === 'status')).to.equal(false);
  });

  it('E10: a Ukrainian on Homes for Ukraine needs elective surgery: free', () => {
    expect(run(england, person({ care: 'hospital', ukraine: 'yes' })).outcome!.kind).to.equal('free');
  });

  it('E11: a man with a positive NRM decision and his wife: free for both, shown as uncertain about the stage', () => {
    const { outcome } = run(england, person({ care: 'hospital', trafficking: 'yes' }));
    expect(outcome!.kind).to.equal('free');
    expect(text(outcome!.reason)).to.contain('husband, wife, civil partner or children');
    expect(outcome!.uncertain).to.exist;
  });

  it('E13: an unpaid invoice of £700: what may be shared with the Home Office, that no health data is, and how to remove it', () => {
    const sharing = england.sections.dataSharing!;
    const all = sharing.map((s) => text(s.text)).join(' ');
    expect(all).to.contain('No information about your health');
    for (const item of ['name', 'date of birth', 'nationality', 'address', 'National Insurance number', 'Home Office reference', 'passport number', 'details of the debt']) {
      expect(all).to.contain(item);
    }
    expect(all).to.contain('may then refuse');
    expect(all).to.contain('agreeing instalments');
    expect(sharing.find((s) => s.id === 'debt-effect')!.sources).to.include('sui16');
  });

  it('E15: an unaccompanied 16-year-old asylum seeker in council care: free', () => {
    expect(run(england, person({ care: 'hospital', asylum: 'waiting', 'child-in-care': 'yes' })).outcome!.kind).to.equal('free');
    expect(run(england, person({ care: 'hospital', 'child-in-care': 'yes' })).outcome!.kind).to.equal('free');
  });

  it('E16: only COVID-19 testing and treatment, no status asked: free', () => {
    const { outcome, asked } = run(england, person({ care: 'hospital', condition: 'infectious' }));
    expect(outcome!.kind).to.equal('free-for-everyone');
    expect(asked.map((a) => a.question.id)).to.deep.equal(['care', 'condition']);
  });

  it('"I\'d rather not say" and "I don\'t know" lead to an adviser, never to "you will be charged"', () => {
    for (const answer of ['prefer-not-to-say', 'dont-know']) {
      const { outcome } = run(england, person({ care: 'hospital', settled: answer }));
      expect(outcome!.kind).to.equal('depends');
      expect(text(outcome!.decidedBy)).to.contain('Overseas Visitor Manager');
    }
  });

  it('abortion is not free for everyone, and whether it is urgent is the clinician’s decision', () => {
    const { outcome } = run(england, person({ care: 'abortion' }));
    expect(outcome!.kind).to.equal('depends');
    expect(outcome!.sources).to.include('abortion-answer');
  });
});
