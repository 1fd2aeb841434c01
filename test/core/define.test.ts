import { expect } from '@open-wc/testing';
import { LitElement } from 'lit';
import { defineElement } from '../../src/core/define.js';
import { captureWarnings } from '../helpers.js';

describe('defineElement', () => {
  it('defines once, and a second copy warns instead of throwing', async () => {
    class First extends LitElement {}
    class Second extends LitElement {}
    defineElement('sanctuary-test-define', First);
    const warnings = await captureWarnings(() => defineElement('sanctuary-test-define', Second));
    expect(customElements.get('sanctuary-test-define')).to.equal(First);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('second copy');
  });

  it('is silent when the same class is registered again', async () => {
    class Same extends LitElement {}
    defineElement('sanctuary-test-same', Same);
    const warnings = await captureWarnings(() => defineElement('sanctuary-test-same', Same));
    expect(warnings).to.have.length(0);
  });
});
