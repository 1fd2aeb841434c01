// Do not modify this file by hand!
// Re-generate this file by running lit-localize.

/**
 * The locale code that templates in this source code are written in.
 */
export const sourceLocale = `en`;

/**
 * The other locale codes that this application is localized into. Sorted
 * lexicographically.
 */
export const targetLocales = [
  `am`,
  `ar`,
  `be`,
  `bn`,
  `ckb`,
  `cy`,
  `es`,
  `fa`,
  `fa-AF`,
  `fr`,
  `pl`,
  `ps`,
  `pt`,
  `ro`,
  `ru`,
  `so`,
  `sq`,
  `sv`,
  `ti`,
  `tr`,
  `uk`,
  `ur`,
  `vi`,
  `zh-Hans`,
] as const;

/**
 * All valid project locale codes. Sorted lexicographically.
 */
export const allLocales = [
  `am`,
  `ar`,
  `be`,
  `bn`,
  `ckb`,
  `cy`,
  `en`,
  `es`,
  `fa`,
  `fa-AF`,
  `fr`,
  `pl`,
  `ps`,
  `pt`,
  `ro`,
  `ru`,
  `so`,
  `sq`,
  `sv`,
  `ti`,
  `tr`,
  `uk`,
  `ur`,
  `vi`,
  `zh-Hans`,
] as const;
