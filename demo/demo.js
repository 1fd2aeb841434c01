// The partner's own language switcher: it sets <html lang> and <html dir>, as a CMS would.
// The widgets follow <html lang> on their own.
const rtl = new Set(['ar', 'fa', 'ps', 'ur', 'ckb']); // by primary subtag: fa-AF (Dari) too
// The languages the widgets ship, each by its own name (the same list on every demo page).
const languages = [
  ['en', 'English'], ['cy', 'Cymraeg'], ['vi', 'Tiếng Việt'], ['sv', 'Svenska'], ['ru', 'Русский'], ['uk', 'Українська'],
  ['be', 'Беларуская'], ['ar', 'العربية'], ['fa', 'فارسی'], ['fa-AF', 'دری'], ['ps', 'پښتو'], ['ur', 'اردو'],
  ['ckb', 'کوردیی ناوەندی'], ['so', 'Soomaali'], ['ti', 'ትግርኛ'], ['am', 'አማርኛ'], ['pl', 'Polski'], ['ro', 'Română'],
  ['pt', 'Português'], ['es', 'Español'], ['fr', 'Français'], ['tr', 'Türkçe'], ['bn', 'বাংলা'], ['zh-Hans', '简体中文'], ['sq', 'Shqip'],
];
const select = document.querySelector('#site-language');
if (select) {
  select.replaceChildren(
    ...languages.map(([code, name]) => {
      const option = new Option(name, code);
      option.lang = code;
      return option;
    }),
  );
  const fromUrl = new URLSearchParams(location.search).get('lang');
  if (fromUrl && [...select.options].some((o) => o.value === fromUrl)) select.value = fromUrl;
  const apply = () => {
    document.documentElement.lang = select.value;
    document.documentElement.dir = rtl.has(select.value.split('-')[0]) ? 'rtl' : 'ltr';
  };
  // This demo's own text is English only (a partner would translate it): marked as English, so a
  // screen reader reads it as English and an RTL page does not move its full stops.
  for (const el of document.querySelectorAll('h1, h2, h3, p, li, label, code')) {
    if (!el.closest('[lang]:not(html), sanctuary-timeline, sanctuary-safe-surgery-map, sanctuary-rights-checker, sanctuary-charging-guidance, sanctuary-pledge-form')) {
      el.lang = 'en';
      el.dir = 'auto';
    }
  }
  select.addEventListener('change', apply);
  apply();
}
