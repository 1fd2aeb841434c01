import { css } from 'lit';

export const mapStyles = css`
  :host {
    --_map-height: var(--sanctuary-map-height, calc(22 * var(--_rem)));
    --_pin: var(--sanctuary-map-pin-color, var(--_muted));
    container-type: inline-size;
  }
  .search {
    margin-block-end: var(--_space);
  }
  .search label,
  .field label,
  legend {
    font-weight: 700;
  }
  .hint {
    margin: calc(0.25 * var(--_rem)) 0 calc(0.5 * var(--_rem));
    color: var(--_muted);
  }
  .search-row {
    display: flex;
    flex-wrap: wrap;
    gap: calc(0.5 * var(--_rem));
    margin-block-end: calc(0.5 * var(--_rem));
  }
  input[type='search'] {
    flex: 1 1 calc(12 * var(--_rem));
    min-inline-size: 0;
    min-block-size: 44px;
    padding-inline: calc(0.5 * var(--_rem));
    border: 2px solid var(--_text);
    border-radius: 0;
    background: var(--_surface);
  }
  .search-status:empty,
  .count:empty {
    display: none;
  }
  .search-status {
    margin: calc(0.25 * var(--_rem)) 0 0;
    font-weight: 700;
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: calc(0.5 * var(--_rem)) calc(1.5 * var(--_rem));
    align-items: end;
    margin: 0 0 var(--_space);
    padding: 0;
    border: 0;
  }
  legend {
    padding: 0;
    margin-block-end: calc(0.25 * var(--_rem));
    inline-size: 100%;
  }
  .check {
    display: flex;
    align-items: center;
    gap: calc(0.5 * var(--_rem));
    min-block-size: 44px;
  }
  .check input {
    inline-size: calc(1.5 * var(--_rem));
    block-size: calc(1.5 * var(--_rem));
    margin: 0;
    accent-color: var(--_accent);
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: calc(0.25 * var(--_rem));
  }
  select {
    min-block-size: 44px;
    padding-inline: calc(0.5 * var(--_rem));
    border: 2px solid var(--_text);
    border-radius: 0;
    background: var(--_surface);
    max-inline-size: 100%;
  }
  .count {
    margin: 0 0 calc(0.5 * var(--_rem));
    color: var(--_muted);
  }
  .map-area {
    position: relative;
    margin-block-end: var(--_space);
  }
  /* Hidden until focused, then shown over the top of the map. */
  .skip-link {
    position: absolute;
    inset-inline-start: calc(0.5 * var(--_rem));
    inset-block-start: calc(0.5 * var(--_rem));
    z-index: 1001;
    padding: calc(0.5 * var(--_rem)) calc(0.75 * var(--_rem));
    background: var(--_surface);
  }
  .skip-link:not(:focus) {
    inline-size: 1px;
    block-size: 1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .map-frame {
    position: relative;
  }
  .map {
    block-size: var(--_map-height);
    min-block-size: calc(12 * var(--_rem));
    border: 1px solid var(--_border);
    background: #e8eef1;
    /* Leaflet's panes stack to z-index 1000: keep them inside the widget. */
    isolation: isolate;
    z-index: 0;
  }
  .map:focus-visible {
    outline: 3px solid var(--_focus-text);
    outline-offset: 0;
    box-shadow: 0 0 0 6px var(--_focus);
  }
  @container (max-width: 30rem) {
    .map {
      block-size: var(--sanctuary-map-height, calc(16 * var(--_rem)));
    }
  }
  .zoom {
    position: absolute;
    inset-block-start: calc(0.5 * var(--_rem));
    inset-inline-end: calc(0.5 * var(--_rem));
    z-index: 1000;
    display: flex;
    flex-direction: column;
    gap: calc(0.25 * var(--_rem));
  }
  .zoom-button {
    inline-size: 44px;
    block-size: 44px;
    border: 2px solid var(--_text);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font-size: calc(1.5 * var(--_rem));
    line-height: 1;
    cursor: pointer;
  }
  .map-note {
    position: absolute;
    inset-inline: calc(0.5 * var(--_rem));
    inset-block-end: calc(0.5 * var(--_rem));
    z-index: 1000;
    margin: 0;
    padding: calc(0.5 * var(--_rem));
    background: var(--_surface);
    border-inline-start: 5px solid var(--_accent);
  }
  .map-failed {
    margin: calc(0.25 * var(--_rem)) 0 0;
    padding: calc(0.5 * var(--_rem));
    border-inline-start: 5px solid var(--_accent);
  }
  .attribution {
    margin: calc(0.25 * var(--_rem)) 0 0;
    font-size: calc(0.8125 * var(--_rem));
    text-align: end;
  }
  /* Pins and clusters (Leaflet places them; these are our DOM nodes). */
  .marker {
    background: none;
    border: 0;
  }
  .marker:focus-visible {
    outline: 3px solid var(--_focus-text);
    outline-offset: 2px;
    border-radius: 50%;
    box-shadow: 0 0 0 6px var(--_focus);
  }
  .pin svg {
    display: block;
    fill: var(--_pin);
    stroke: var(--_surface);
    stroke-width: 2;
  }
  .pin svg circle {
    fill: var(--_surface);
  }
  .pin.safe svg {
    fill: var(--_accent);
  }
  .pin.selected svg {
    fill: var(--_focus-text);
    stroke: var(--_focus);
    stroke-width: 3;
  }
  .cluster {
    display: grid;
    place-items: center;
    inline-size: 100%;
    block-size: 100%;
    border-radius: 50%;
    background: var(--_accent);
    color: var(--_accent-contrast);
    font-weight: 700;
    border: 3px solid var(--_surface);
    box-shadow: 0 0 0 2px var(--_accent);
  }
  .results-heading {
    margin: 0 0 calc(0.5 * var(--_rem));
    font-size: calc(1.25 * var(--_rem));
  }
  .practices {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .practice {
    padding-block: calc(0.75 * var(--_rem));
    border-block-end: 1px solid var(--_border);
  }
  .practice.selected {
    border-inline-start: 5px solid var(--_accent);
    padding-inline-start: calc(0.75 * var(--_rem));
  }
  .practice-name {
    margin: 0;
    font-size: calc(1.125 * var(--_rem));
  }
  .practice-toggle {
    display: inline;
    padding: calc(0.25 * var(--_rem)) 0;
    border: 0;
    background: none;
    color: var(--_accent);
    font: inherit;
    font-weight: 700;
    text-align: start;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }
  .summary,
  .badges {
    display: flex;
    flex-wrap: wrap;
    gap: calc(0.25 * var(--_rem)) calc(0.75 * var(--_rem));
    margin: calc(0.25 * var(--_rem)) 0 0;
  }
  .distance {
    font-weight: 700;
  }
  .badge {
    display: inline-block;
    padding-inline: calc(0.5 * var(--_rem));
    border: 1px solid currentColor;
    border-radius: 999px;
    font-size: calc(0.875 * var(--_rem));
    color: var(--_muted);
  }
  .badge.safe {
    border-color: var(--_accent);
    background: var(--_accent);
    color: var(--_accent-contrast);
  }
  .badge.open {
    color: #00703c;
  }
  .details {
    margin-block-start: calc(0.5 * var(--_rem));
  }
  .details-heading {
    margin: calc(0.75 * var(--_rem)) 0 calc(0.25 * var(--_rem));
    font-size: var(--_rem);
  }
  .findings,
  .actions {
    margin: calc(0.25 * var(--_rem)) 0;
    padding: 0;
    list-style: none;
  }
  .findings li {
    display: flex;
    gap: calc(0.5 * var(--_rem));
  }
  .mark {
    font-weight: 700;
  }
  .good .mark {
    color: #00703c;
  }
  .bad .mark {
    color: var(--_error);
  }
  .rights {
    margin-block: calc(0.75 * var(--_rem));
    padding: calc(0.75 * var(--_rem));
    border-inline-start: 5px solid var(--_accent);
    background: color-mix(in srgb, var(--_accent) 8%, var(--_surface));
  }
  .rights p {
    margin: 0 0 calc(0.25 * var(--_rem));
  }
  .source {
    font-size: calc(0.875 * var(--_rem));
  }
  .hours {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0 var(--_rem);
    margin: 0;
  }
  .hours dd {
    margin: 0;
  }
  .notes {
    white-space: pre-line;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: calc(0.5 * var(--_rem));
  }
  .action {
    display: inline-flex;
    align-items: center;
    min-block-size: 44px;
    padding-inline: calc(0.75 * var(--_rem));
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_accent);
    font: inherit;
    text-decoration: none;
    cursor: pointer;
  }
  .more {
    margin-block-start: var(--_space);
  }
  .empty {
    margin: 0;
  }
  .skipped-note {
    color: var(--_muted);
    font-size: calc(0.875 * var(--_rem));
  }
  [dir='auto'] {
    unicode-bidi: isolate;
  }
  @media (forced-colors: active) {
    .pin svg,
    .pin.safe svg,
    .cluster {
      forced-color-adjust: none;
      fill: CanvasText;
      background: CanvasText;
      color: Canvas;
    }
    .pin.selected svg {
      fill: Highlight;
    }
  }
  @media print {
    .search,
    .filters,
    .map-area,
    .actions {
      display: none !important;
    }
  }
`;
