// The partner's own language switcher: it sets <html lang> and <html dir>, as a CMS would.
// The widgets follow <html lang> on their own.
const rtl = new Set(['ar', 'fa', 'ps', 'ur', 'ckb']); // by primary subtag: fa-AF (Dari) too
const select = document.querySelector('#site-language');
if (select) {
  const fromUrl = new URLSearchParams(location.search).get('lang');
  if (fromUrl && [...select.options].some((o) => o.value === fromUrl)) select.value = fromUrl;
  const apply = () => {
    document.documentElement.lang = select.value;
    document.documentElement.dir = rtl.has(select.value.split('-')[0]) ? 'rtl' : 'ltr';
  };
  select.addEventListener('change', apply);
  apply();
}
