import { css } from 'lit';

export const checkerStyles = css`
  .exit {
    display: flex;
    justify-content: flex-end;
    margin-block-end: 0.5rem;
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
    margin: 0 0 0.75rem;
    font-size: 1.5rem;
    line-height: 1.25;
  }
  .progress,
  .hint,
  .privacy,
  .reviewed {
    color: var(--_muted);
  }
  .progress {
    margin: 0 0 0.25rem;
  }
  .hint {
    margin: 0 0 0.75rem;
  }
  .choice {
    display: flex;
    align-items: flex-start;
    gap: 0.75rem;
    padding-block: 0.4rem;
  }
  .choice input {
    flex: none;
    inline-size: 1.75rem;
    block-size: 1.75rem;
    margin: 0;
    accent-color: var(--_accent);
  }
  .choice label {
    padding-block-start: 0.1rem;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
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
    font-size: 1.125rem;
  }
  .outcome-kind {
    font-size: 1.25rem;
    margin: 0.25rem 0 0.5rem;
  }
  .uncertain {
    padding: 0.5rem 0.75rem;
    border-inline-start: 4px solid #f47738;
    background: var(--_surface);
  }
  .statements {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .statements li {
    margin-block-end: 0.75rem;
  }
  .statements p {
    margin: 0 0 0.25rem;
  }
  .sources {
    font-size: 0.875rem;
  }
  .sources summary {
    cursor: pointer;
    color: var(--_accent);
    text-decoration: underline;
    min-block-size: 24px;
  }
  .sources ul {
    margin: 0.25rem 0;
    padding-inline-start: 1.25rem;
  }
  .summary-list {
    margin: 0 0 var(--_space);
  }
  .summary-row {
    display: grid;
    grid-template-columns: minmax(0, 2fr) minmax(0, 1fr) auto;
    gap: 0.25rem 1rem;
    padding-block: 0.75rem;
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
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 16rem), 1fr));
    gap: var(--_space);
  }
  .card-column {
    font-size: 1.125rem;
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
    scroll-margin-block-start: 1rem;
  }
  .section-link {
    display: inline-block;
    min-inline-size: 24px;
    margin-inline-start: 0.25rem;
    color: var(--_accent);
    font-weight: 400;
    text-align: center;
  }
  .care-rules {
    border-block-end: 1px solid var(--_border);
  }
  .care-rules > summary {
    padding-block: 0.75rem;
    font-weight: 700;
    color: var(--_accent);
    cursor: pointer;
  }
  .cases {
    margin: 0 0 var(--_space);
    padding-inline-start: 1.5rem;
  }
  .case-when {
    margin-block: var(--_space) 0;
  }
  .chooser {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    max-inline-size: 20rem;
    margin-block-end: var(--_space);
  }
  .chooser label {
    font-weight: 700;
  }
  .chooser input {
    min-block-size: 44px;
    padding-inline: 0.5rem;
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
