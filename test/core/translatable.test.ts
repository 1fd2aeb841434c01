import { expect } from '@open-wc/testing';
import { resolveText, translatableFromColumns } from '../../src/core/translatable.js';

describe('resolveText', () => {
  const value = { en: 'Hello', vi: 'Xin chào', fa: 'سلام' };

  it('returns plain strings as they are, without a language', () => {
    expect(resolveText('Hi', 'vi')).to.deep.equal({ text: 'Hi' });
  });

  it('prefers the requested language, then its primary subtag, then fallbacks, then any', () => {
    expect(resolveText(value, 'vi')).to.deep.equal({ text: 'Xin chào', lang: 'vi' });
    expect(resolveText(value, 'fa-AF')).to.deep.equal({ text: 'سلام', lang: 'fa' });
    expect(resolveText(value, 'so', ['en'])).to.deep.equal({ text: 'Hello', lang: 'en' });
    expect(resolveText({ sv: 'Hej' }, 'so', ['en'])).to.deep.equal({ text: 'Hej', lang: 'sv' });
  });

  it('skips empty translations', () => {
    expect(resolveText({ vi: '', en: 'Hello' }, 'vi')).to.deep.equal({ text: 'Hello', lang: 'en' });
  });
});

describe('translatableFromColumns', () => {
  it('gathers title and title:xx columns, the plain column used after the named fallbacks', () => {
    const t = translatableFromColumns({ title: 'Council agrees', 'title:vi': 'Hội đồng đồng ý', 'title:sv': '' }, 'title');
    expect(resolveText(t, 'vi').text).to.equal('Hội đồng đồng ý');
    expect(resolveText(t, 'ru', ['ru', 'en']).text).to.equal('Council agrees');
    expect(translatableFromColumns({ title: 'Only' }, 'title')).to.equal('Only');
    expect(translatableFromColumns({ title: '' }, 'title')).to.equal(undefined);
  });
});
