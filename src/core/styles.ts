/**
 * Styles every widget shares. Each token is read as `var(--sanctuary-…, default)` so a widget looks
 * right with no theme loaded; partners override them on the element or any ancestor.
 *
 * Design tokens (all optional):
 * --sanctuary-color-text, --sanctuary-color-muted, --sanctuary-color-accent,
 * --sanctuary-color-accent-contrast, --sanctuary-color-surface, --sanctuary-color-border,
 * --sanctuary-color-focus, --sanctuary-color-focus-text, --sanctuary-color-error,
 * --sanctuary-radius, --sanctuary-space, --sanctuary-font-family.
 */
import { css } from 'lit';

export const sharedStyles = css`
  :host {
    /* Private aliases with defaults: one place where each default lives. */
    --_text: var(--sanctuary-color-text, #0b0c0c);
    --_muted: var(--sanctuary-color-muted, #505a5f);
    --_accent: var(--sanctuary-color-accent, #005ea5);
    --_accent-contrast: var(--sanctuary-color-accent-contrast, #ffffff);
    --_surface: var(--sanctuary-color-surface, #ffffff);
    --_border: var(--sanctuary-color-border, #b1b4b6);
    --_focus: var(--sanctuary-color-focus, #ffdd00);
    --_focus-text: var(--sanctuary-color-focus-text, #0b0c0c);
    --_error: var(--sanctuary-color-error, #d4351c);
    --_radius: var(--sanctuary-radius, 4px);
    /* The widgets' unit of size: the page's root size, but never under 16 px, so a host page that
       sets html { font-size: 62.5% } does not shrink the text and the targets (1rem stays 1rem for
       visitors who enlarged their default font). */
    --_rem: max(1rem, 16px);
    --_space: var(--sanctuary-space, var(--_rem));

    display: block;
    box-sizing: border-box;
    /* The host page's font, but never a host's odd letter-spacing or text-transform. */
    font-family: var(--sanctuary-font-family, inherit);
    font-size: var(--_rem);
    line-height: 1.5;
    color: var(--_text);
    text-align: start;
    letter-spacing: normal;
    text-transform: none;
    overflow-wrap: anywhere;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  [part='base'] {
    max-inline-size: 100%;
  }
  a {
    color: var(--_accent);
    text-decoration-thickness: max(1px, calc(0.0625 * var(--_rem)));
    text-underline-offset: 0.15em;
  }
  a:hover {
    text-decoration-thickness: max(3px, calc(0.1875 * var(--_rem)));
  }
  /* GOV.UK-style focus: yellow behind, dark bar below; visible on any host background. */
  a:focus-visible,
  button:focus-visible,
  select:focus-visible,
  input:focus-visible,
  summary:focus-visible {
    outline: 3px solid transparent;
    background-color: var(--_focus);
    color: var(--_focus-text);
    box-shadow: 0 -2px var(--_focus), 0 4px var(--_focus-text);
    text-decoration: none;
  }
  [tabindex='-1']:focus {
    outline: none;
  }
  button,
  select,
  input {
    font: inherit;
    color: inherit;
    letter-spacing: inherit;
  }
  .button {
    display: inline-block;
    min-block-size: 44px;
    min-inline-size: 44px;
    padding-block: calc(0.5 * var(--_rem));
    padding-inline: var(--_rem);
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_accent-contrast);
    cursor: pointer;
  }
  .button.secondary {
    background: transparent;
    color: var(--_accent);
  }
  .button:focus-visible {
    border-color: var(--_focus-text);
  }
  /* A button that looks like a link (Change, Open all, Sign another pledge). */
  .link-button {
    padding: 0;
    min-block-size: 24px;
    border: 0;
    background: none;
    color: var(--_accent);
    font: inherit;
    text-decoration: underline;
    cursor: pointer;
  }
  /* The GOV.UK error summary: a red box above a form, focused when shown. */
  .error-summary {
    margin-block: var(--_space);
    padding: var(--_space);
    border: 4px solid var(--_error);
  }
  .language-picker {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: flex-end;
    gap: calc(0.5 * var(--_rem));
    margin-block-end: var(--_space);
  }
  .language-picker select {
    min-block-size: 44px;
    padding-inline: calc(0.5 * var(--_rem));
    border: 2px solid var(--_text);
    border-radius: 0;
    background: var(--_surface);
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px !important;
    block-size: 1px !important;
    margin: 0 !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }
  .alert {
    padding: var(--_space);
    border-inline-start: 5px solid var(--_error);
    background: var(--_surface);
    color: var(--_text);
  }
  .alert p {
    margin-block: 0 calc(0.5 * var(--_rem));
  }
  .alert p:last-child {
    margin-block-end: 0;
  }
  .loading {
    color: var(--_muted);
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      animation-iteration-count: 1 !important;
      transition-duration: 0.01ms !important;
      scroll-behavior: auto !important;
    }
  }
  @media (forced-colors: active) {
    .button {
      border-color: ButtonText;
    }
    a:focus-visible,
    button:focus-visible,
    select:focus-visible,
    input:focus-visible,
    summary:focus-visible {
      outline: 3px solid Highlight;
    }
    .alert {
      border-inline-start-color: CanvasText;
    }
  }
  @media print {
    .button,
    .no-print {
      display: none !important;
    }
  }
`;
