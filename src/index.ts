/**
 * Classes and types, with no side effects: importing this registers nothing.
 * To register an element import its subpath, e.g. `sanctuary-widgets/timeline`.
 */
export { SanctuaryElement } from './core/base-element.js';
export { SanctuaryDataElement } from './core/data-element.js';
export { defineElement } from './core/define.js';
export { SanctuaryDataError, SanctuaryErrorEvent } from './core/errors.js';
export type { SanctuaryErrorCode, SanctuaryErrorDetail } from './core/errors.js';
export { matchLocale, directionOf, supportedLocales } from './core/language.js';
export type { LocaleCode } from './core/language.js';
export type { Translatable } from './core/translatable.js';
export { SanctuaryTimeline } from './timeline/sanctuary-timeline.js';
export type { TimelineOrder, TimelineFilterDetail, TimelineDataLoadDetail } from './timeline/sanctuary-timeline.js';
export { parseTimeline, validateEvent } from './timeline/events.js';
export type { TimelineEventInput, TimelineEvent } from './timeline/events.js';
export { SanctuarySafeSurgeryMap } from './map/sanctuary-safe-surgery-map.js';
export type { PracticeFilters, PracticeSelectDetail, PracticeSearchDetail, PracticeFilterDetail } from './map/sanctuary-safe-surgery-map.js';
export { parsePractices, validatePractice, detectFormat } from './map/practices.js';
export type { Practice, PracticeCheck, PracticeFormat } from './map/practices.js';
export { parseOpeningHours, isOpenAt } from './map/opening-hours.js';
export { createGeocoder, localGeocoder, postcodesIoGeocoder, nominatimGeocoder, templateGeocoder, readAreaTable } from './map/geocoders.js';
export type { Geocoder, Place, AreaTable } from './map/geocoders.js';
export { SanctuaryRightsChecker } from './rights/sanctuary-rights-checker.js';
export { evaluate as evaluateRuleset, validateRuleset } from './rights/index.js';
export type { Ruleset, Outcome, OutcomeKind, Answers } from './rights/ruleset.js';
export { SanctuaryChargingGuidance } from './rights/sanctuary-charging-guidance.js';
export { SanctuaryPledgeForm } from './pledge/sanctuary-pledge-form.js';
export type { PledgeSubmitDetail, PledgeSentDetail } from './pledge/sanctuary-pledge-form.js';
export { validatePledge, nextGoal } from './pledge/pledge.js';
export type { Pledge, PledgeErrors, PledgeRules } from './pledge/pledge.js';
