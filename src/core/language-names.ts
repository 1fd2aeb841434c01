/**
 * The language menu's names, in a chunk of their own: only widgets with \`language-picker\` load it.
 */
/** Each shipped language's name in itself (a fixed list: browsers' Intl.DisplayNames lack some of these). */
export const ownNames: Record<string, string> = {
  en: 'English', cy: 'Cymraeg', vi: 'Tiếng Việt', sv: 'Svenska', ru: 'Русский', uk: 'Українська', be: 'Беларуская',
  ar: 'العربية', fa: 'فارسی', 'fa-AF': 'دری', ps: 'پښتو', ur: 'اردو', ckb: 'کوردیی ناوەندی', so: 'Soomaali', ti: 'ትግርኛ',
  am: 'አማርኛ', pl: 'Polski', ro: 'Română', pt: 'Português', es: 'Español', fr: 'Français', tr: 'Türkçe', bn: 'বাংলা',
  'zh-Hans': '简体中文', sq: 'Shqip',
};
