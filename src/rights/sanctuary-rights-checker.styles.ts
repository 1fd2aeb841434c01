import { css } from 'lit';

export const checkerStyles = css`
  .exit {
    display: flex;
    justify-content: flex-end;
    margin-block-end: calc(0.5 * var(--_rem));
  }
  .exit-button {
    background: #d4351c;
    border-color: #d4351c;
    color: #fff;
  }
  fieldset {
    margin: 0 0 var(--_space);
    padding: 0;
    border: 0;
  }
  legend {
    padding: 0;
  }
  .question-heading {
    margin: 0 0 calc(0.75 * var(--_rem));
    font-size: calc(1.5 * var(--_rem));
    line-height: 1.25;
  }
  .progress,
  .hint,
  .privacy,
  .reviewed {
    color: var(--_muted);
  }
  .progress {
    margin: 0 0 calc(0.25 * var(--_rem));
  }
  .hint {
    margin: 0 0 calc(0.75 * var(--_rem));
  }
  .choice {
    display: flex;
    align-items: flex-start;
    gap: calc(0.75 * var(--_rem));
    padding-block: calc(0.4 * var(--_rem));
  }
  .choice input {
    flex: none;
    inline-size: calc(1.75 * var(--_rem));
    block-size: calc(1.75 * var(--_rem));
    margin: 0;
    accent-color: var(--_accent);
  }
  .choice label {
    padding-block-start: calc(0.1 * var(--_rem));
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: calc(0.75 * var(--_rem));
    margin-block: var(--_space);
  }
  .error-summary p {
    margin: 0;
    font-weight: 700;
  }
  .free-first,
  .outcome,
  .card {
    margin-block: var(--_space);
    padding: var(--_space);
    border-inline-start: 6px solid var(--_accent);
    background: color-mix(in srgb, var(--_accent) 7%, var(--_surface));
  }
  .outcome.charged-later,
  .outcome.charged-in-advance,
  .outcome.depends,
  .outcome.fee {
    border-inline-start-color: var(--_text);
    background: var(--_surface);
    border-block: 1px solid var(--_border);
    border-inline-end: 1px solid var(--_border);
  }
  .outcome-care {
    margin: 0;
    font-size: calc(1.125 * var(--_rem));
  }
  .outcome-kind {
    font-size: calc(1.25 * var(--_rem));
    margin: calc(0.25 * var(--_rem)) 0 calc(0.5 * var(--_rem));
  }
  .uncertain {
    padding: calc(0.5 * var(--_rem)) calc(0.75 * var(--_rem));
    border-inline-start: 4px solid #f47738;
    background: var(--_surface);
  }
  .statements {
    margin: 0;
    padding-inline-start: calc(1.25 * var(--_rem));
  }
  .statements li {
    margin-block-end: calc(0.75 * var(--_rem));
  }
  .statements p {
    margin: 0 0 calc(0.25 * var(--_rem));
  }
  .sources {
    font-size: calc(0.875 * var(--_rem));
  }
  .sources summary {
    cursor: pointer;
    color: var(--_accent);
    text-decoration: underline;
    min-block-size: 24px;
  }
  .sources ul {
    margin: calc(0.25 * var(--_rem)) 0;
    padding-inline-start: calc(1.25 * var(--_rem));
  }
  .summary-list {
    margin: 0 0 var(--_space);
  }
  .summary-row {
    display: grid;
    grid-template-columns: minmax(0, 2fr) minmax(0, 1fr) auto;
    gap: calc(0.25 * var(--_rem)) var(--_rem);
    padding-block: calc(0.75 * var(--_rem));
    border-block-end: 1px solid var(--_border);
  }
  .summary-row dt {
    font-weight: 700;
  }
  .summary-row dd {
    margin: 0;
  }
  @container (max-width: 36rem) {
    .summary-row {
      grid-template-columns: 1fr;
    }
  }
  .card-columns {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, calc(16 * var(--_rem))), 1fr));
    gap: var(--_space);
  }
  .card-column {
    font-size: calc(1.125 * var(--_rem));
  }
  :host {
    container-type: inline-size;
  }
  @media print {
    .card {
      border: 2px solid #000;
      background: none;
    }
    .sources[open] summary ~ * {
      display: block;
    }
  }
`;

/** Extra rules for the guidance view. */
export const guidanceStyles = css`
  .section-heading {
    scroll-margin-block-start: var(--_rem);
  }
  .section-link {
    display: inline-block;
    min-inline-size: 24px;
    margin-inline-start: calc(0.25 * var(--_rem));
    color: var(--_accent);
    font-weight: 400;
    text-align: center;
  }
  .care-rules {
    border-block-end: 1px solid var(--_border);
  }
  .care-rules > summary {
    padding-block: calc(0.75 * var(--_rem));
    font-weight: 700;
    color: var(--_accent);
    cursor: pointer;
  }
  .cases {
    margin: 0 0 var(--_space);
    padding-inline-start: calc(1.5 * var(--_rem));
  }
  .case-when {
    margin-block: var(--_space) 0;
  }
  .chooser {
    display: flex;
    flex-direction: column;
    gap: calc(0.25 * var(--_rem));
    max-inline-size: calc(20 * var(--_rem));
    margin-block-end: var(--_space);
  }
  .chooser label {
    font-weight: 700;
  }
  .chooser input {
    min-block-size: 44px;
    padding-inline: calc(0.5 * var(--_rem));
    border: 2px solid var(--_text);
    background: var(--_surface);
  }
  .count:empty {
    display: none;
  }
  @media print {
    .care-rules {
      break-inside: avoid-page;
    }
    .care-rules:not([open]) > :not(summary) {
      display: block;
    }
  }
  .chooser select {
    min-block-size: 44px;
    border: 2px solid var(--_text);
    background: var(--_surface);
  }
`;
