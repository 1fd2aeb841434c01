import { css } from 'lit';

export const pledgeStyles = css`
  .pledge-text {
    font-size: calc(1.125 * var(--_rem));
  }
  /* The pledge text's other languages: !important here beats a host page's !important. */
  .pledge-text ::slotted([hidden]) {
    display: none !important;
  }
  .counter {
    margin-block: var(--_space);
  }
  .count {
    margin: 0;
    font-size: calc(1.5 * var(--_rem));
    font-weight: 700;
  }
  .bar {
    display: block;
    inline-size: 100%;
    block-size: var(--_rem);
    margin-block: calc(0.5 * var(--_rem));
    border: 1px solid var(--_text);
    border-radius: 0;
    background: var(--_surface);
    appearance: none;
    color: var(--_accent);
  }
  .bar::-webkit-progress-bar {
    background: var(--_surface);
  }
  .bar::-webkit-progress-value {
    background: var(--_accent);
  }
  .bar::-moz-progress-bar {
    background: var(--_accent);
  }
  .goal,
  .hint,
  .privacy {
    margin-block: calc(0.25 * var(--_rem));
    color: var(--_muted);
  }
  .field {
    margin-block: var(--_space);
  }
  .field > label {
    display: block;
    font-weight: 700;
  }
  .field input[type='text'],
  .field input[type='email'],
  textarea {
    box-sizing: border-box;
    inline-size: 100%;
    max-inline-size: calc(30 * var(--_rem));
    min-block-size: 44px;
    margin-block-start: calc(0.25 * var(--_rem));
    padding: calc(0.5 * var(--_rem));
    border: 2px solid var(--_text);
    border-radius: 0;
    background: var(--_surface);
    font: inherit;
    color: inherit;
  }
  textarea:focus-visible,
  .field input:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 0;
    box-shadow: inset 0 0 0 2px var(--_focus-text);
    background: var(--_surface);
    color: var(--_text);
  }
  .has-error {
    padding-inline-start: calc(0.75 * var(--_rem));
    border-inline-start: 5px solid var(--_error);
  }
  .has-error input,
  .has-error textarea {
    border-color: var(--_error);
  }
  .error-message,
  .error-text {
    margin-block: calc(0.25 * var(--_rem));
    color: var(--_error);
    font-weight: 700;
  }
  .checkbox {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: calc(0.5 * var(--_rem));
  }
  .checkbox .error-message {
    flex-basis: 100%;
  }
  .checkbox input {
    flex: none;
    inline-size: 28px;
    block-size: 28px;
    margin: 0;
    accent-color: var(--_accent);
  }
  .checkbox label {
    flex: 1;
    padding-block-start: calc(0.15 * var(--_rem));
  }
  .error-summary h2 {
    margin-block: 0 calc(0.5 * var(--_rem));
    font-size: calc(1.25 * var(--_rem));
  }
  .error-summary ul {
    margin: 0;
    padding-inline-start: calc(1.25 * var(--_rem));
  }
  .error-summary a {
    color: var(--_error);
    font-weight: 700;
  }
  .status:empty {
    display: none;
  }
  .status {
    margin-block: var(--_space);
    font-weight: 700;
  }
  .status:focus {
    outline: none;
  }
  .share {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(0.75 * var(--_rem));
  }
  a.button {
    text-decoration: none;
  }
  .queue {
    padding: calc(0.5 * var(--_rem)) calc(0.75 * var(--_rem));
    border-inline-start: 5px solid var(--_accent);
    background: var(--_surface);
  }
  /* The honeypot: invisible to people and to screen readers (aria-hidden, no tab stop), present for bots. Clipped in place, not moved off-screen, so it never widens the page. */
  .hp {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  button[aria-disabled='true'] {
    opacity: 0.6;
    cursor: progress;
  }
`;
