import { expect } from '@open-wc/testing';
import { evaluate, truth } from '../../src/rights/engine.js';
import { validateRuleset } from '../../src/rights/validate.js';
import type { Ruleset } from '../../src/rights/ruleset.js';

const opts = (...ids: string[]) => ids.map((id) => ({ id, label: id }));
const base = (): Ruleset => ({
  format: 'sanctuary-ruleset/1',
  id: 'test',
  name: 'Test',
  lastReviewed: new Date().toISOString().slice(0, 10),
  languages: ['en'],
  staffLanguage: 'en',
  sources: { law: { title: 'A law', url: 'https://example.org/law', date: '2020-01-01' } },
  careQuestion: 'care',
  questions: [
    { id: 'care', topic: 'care', text: 'What care?', options: opts('gp', 'hospital', 'dont-know') },
    { id: 'a', topic: 'status', text: 'A?', options: opts('yes', 'no', 'dont-know', 'prefer-not-to-say') },
    { id: 'b', topic: 'status', text: 'B?', options: opts('yes', 'no', 'dont-know', 'prefer-not-to-say') },
  ],
  freeForEveryone: [{ id: 'gp', text: 'GP', sources: ['law'] }],
  care: [
    { id: 'gp', rules: [{ outcome: { kind: 'free-for-everyone', reason: 'free', sources: ['law'] } }] },
    {
      id: 'hospital',
      rules: [
        { if: { answer: 'a', is: 'yes' }, outcome: { kind: 'free', reason: 'a', sources: ['law'] } },
        { if: { answer: 'b', is: 'yes' }, outcome: { kind: 'free', reason: 'b', sources: ['law'] } },
        { outcome: { kind: 'charged-later', reason: 'default', sources: ['law'] } },
      ],
    },
    { id: 'dont-know', rules: [{ outcome: { kind: 'depends', reason: 'x', dependsOn: 'y', decidedBy: 'z', sources: ['law'] } }] },
  ],
  sections: {},
});

describe('rules engine', () => {
  it('uses three values: yes, no, and not known yet', () => {
    const r = base();
    expect(truth({ answer: 'a', is: 'yes' }, r, {})).to.equal(undefined);
    expect(truth({ answer: 'a', is: 'yes' }, r, { a: 'yes' })).to.equal(true);
    expect(truth({ all: [{ answer: 'a', is: 'yes' }, { answer: 'b', is: 'yes' }] }, r, { a: 'no' })).to.equal(false);
    expect(truth({ any: [{ answer: 'a', is: 'yes' }, { answer: 'b', is: 'yes' }] }, r, { b: 'yes' })).to.equal(true);
    expect(truth({ not: { answer: 'a', in: ['no', 'dont-know'] } }, r, { a: 'no' })).to.equal(false);
  });

  it('stops asking as soon as a rule decides', () => {
    const r = base();
    expect(evaluate(r, { care: 'hospital' }).next!.id).to.equal('a');
    const decided = evaluate(r, { care: 'hospital', a: 'yes' });
    expect(decided.next).to.equal(undefined);
    expect(decided.outcome!.reason).to.equal('a');
    expect(evaluate(r, { care: 'hospital', a: 'no' }).next!.id).to.equal('b');
    expect(evaluate(r, { care: 'hospital', a: 'no', b: 'no' }).outcome!.reason).to.equal('default');
    expect(evaluate(r, { care: 'gp' }).asked.map((x) => x.question.id)).to.deep.equal(['care']);
  });
});

describe('validateRuleset', () => {
  it('accepts a sound ruleset', () => {
    expect(validateRuleset(base()).errors).to.deep.equal([]);
  });

  it('reports missing sources, unknown references, dead ends, unreachable questions and missing options', () => {
    const r = base();
    r.care[1].rules.pop(); // no default rule: a dead end when a and b are "no"
    (r.care[0].rules[0] as { outcome: { sources: string[] } }).outcome.sources = [];
    r.care[2].rules = [{ outcome: { kind: 'free', reason: 'x', sources: ['nowhere'] } }];
    r.questions.push({ id: 'orphan', topic: 'status', text: 'Never asked', options: opts('yes', 'dont-know', 'prefer-not-to-say') });
    r.questions[2].options = opts('yes', 'no', 'dont-know');
    r.questions[1].askIf = { answer: 'care', is: 'surgery' };
    const { errors } = validateRuleset(r);
    const all = errors.join('\n');
    expect(all).to.contain('cites no source');
    expect(all).to.contain('unknown source "nowhere"');
    expect(all).to.contain('the last rule must have no "if"');
    expect(all).to.contain('has no option "surgery"');
    expect(all).to.contain('Status question "b" has no "prefer-not-to-say"');
  });

  it('finds dead ends and questions no path reaches by walking every path', () => {
    const r = base();
    r.care[1].rules = [{ if: { answer: 'a', is: 'yes' }, outcome: { kind: 'free', reason: 'a', sources: ['law'] } }, { outcome: { kind: 'charged-later', reason: 'd', sources: ['law'] } }];
    const { errors, paths } = validateRuleset(r);
    expect(errors).to.deep.equal(['Question "b" is never asked on any path.']);
    expect(paths).to.be.greaterThan(3);
  });

  it('warns about missing translations and an old review date', () => {
    const r = base();
    r.languages = ['en', 'sv'];
    r.lastReviewed = '2020-01-01';
    const { warnings } = validateRuleset(r);
    expect(warnings.join('\n')).to.contain('not translated into sv');
    expect(warnings.join('\n')).to.contain('more than a year ago');
  });
});

describe('every shipped ruleset, every path', () => {
  // The widgets skip this walk (too slow for a phone), so it must pass here, for every language build.
  for (const id of ['gb-eng', 'gb-sct', 'gb-wls', 'se-vgr']) {
    it(`${id}: no errors, no dead end, every question asked, every language complete`, async () => {
      const ruleset = await (await fetch(`/dist/rights/rulesets/${id}.json`)).json();
      const report = validateRuleset(ruleset);
      expect(report.errors).to.deep.equal([]);
      expect(report.paths).to.be.greaterThan(10);
      expect(report.warnings.filter((w) => w.includes(' text.'))).to.deep.equal([]); // no text missing a language
      expect(ruleset.languages.length).to.equal(25);
    });
  }
});

describe('the published ruleset JSON Schema', () => {
  it('accepts every shipped ruleset and rejects a malformed one', async () => {
    const { Validator } = await import('@cfworker/json-schema');
    const validator = new Validator(await (await fetch('/schemas/ruleset.schema.json')).json(), '2020-12', false);
    for (const id of ['gb-eng', 'gb-sct', 'gb-wls', 'se-vgr']) {
      const result = validator.validate(await (await fetch(`/src/rights/rulesets/${id}.json`)).json());
      expect(result.valid, `${id}: ${JSON.stringify(result.errors.slice(0, 2))}`).to.equal(true);
    }
    const broken = base() as unknown as Record<string, unknown>;
    (broken.care as Array<{ rules: unknown[] }>)[0].rules = [{ outcome: { kind: 'maybe', reason: 'x', sources: [] } }];
    expect(validator.validate(broken).valid).to.equal(false);
  });
});
