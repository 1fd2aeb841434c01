import { css } from 'lit';

export const timelineStyles = css`
  :host {
    --_line: var(--sanctuary-timeline-line-color, var(--_border));
    --_dot: var(--sanctuary-timeline-dot-color, var(--_accent));
    --_card: var(--sanctuary-timeline-card-background, transparent);
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: calc(0.75 * var(--_rem)) calc(1.25 * var(--_rem));
    align-items: end;
    margin-block-end: var(--_space);
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: calc(0.25 * var(--_rem));
    min-inline-size: min(100%, calc(12 * var(--_rem)));
    flex: 1 1 calc(12 * var(--_rem));
    max-inline-size: calc(20 * var(--_rem));
  }
  label {
    font-weight: 700;
  }
  select {
    min-block-size: 44px;
    padding-block: calc(0.25 * var(--_rem));
    padding-inline: calc(0.5 * var(--_rem));
    border: 2px solid var(--_text);
    border-radius: 0;
    background: var(--_surface);
    color: var(--_text);
    max-inline-size: 100%;
  }
  .summary {
    margin-block: 0 calc(0.5 * var(--_rem));
    color: var(--_muted);
  }
  .year-nav ul {
    display: flex;
    flex-wrap: wrap;
    gap: calc(0.25 * var(--_rem)) calc(0.5 * var(--_rem));
    margin: 0 0 var(--_space);
    padding: 0;
    list-style: none;
  }
  .year-nav a {
    display: inline-block;
    min-inline-size: 44px;
    min-block-size: 44px;
    padding: calc(0.6 * var(--_rem)) calc(0.5 * var(--_rem));
    text-align: center;
  }
  ol {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .year + .year {
    margin-block-start: calc(var(--_space) * 1.5);
  }
  .year-heading {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 calc(0.75 * var(--_rem));
    margin: 0 0 calc(0.5 * var(--_rem));
    font-size: calc(1.5 * var(--_rem));
    line-height: 1.25;
    scroll-margin-block-start: var(--_rem);
  }
  .year-count {
    font-size: var(--_rem);
    font-weight: 400;
    color: var(--_muted);
  }
  .events {
    border-inline-start: 3px solid var(--_line);
    margin-inline-start: calc(0.5 * var(--_rem));
  }
  .event {
    position: relative;
    padding-block: calc(0.25 * var(--_rem)) var(--_rem);
    padding-inline: calc(1.25 * var(--_rem)) 0;
  }
  /* The dot on the line: logical inset, so it sits on the right in RTL. */
  .event::before {
    content: '';
    position: absolute;
    inset-block-start: calc(0.7 * var(--_rem));
    inset-inline-start: calc(-0.5rem - 1.5px);
    inline-size: var(--_rem);
    block-size: var(--_rem);
    border-radius: 50%;
    background: var(--_dot);
    border: 2px solid var(--_surface);
  }
  article {
    background: var(--_card);
  }
  .event-title {
    margin: 0;
    font-size: calc(1.125 * var(--_rem));
    line-height: 1.35;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: calc(0.25 * var(--_rem)) calc(0.75 * var(--_rem));
    margin: calc(0.25 * var(--_rem)) 0 0;
    color: var(--_muted);
    font-size: calc(0.9375 * var(--_rem));
  }
  .tag {
    display: inline-block;
    padding-inline: calc(0.5 * var(--_rem));
    border: 1px solid currentColor;
    border-radius: 999px;
  }
  .description {
    margin: calc(0.5 * var(--_rem)) 0 0;
    white-space: pre-line;
  }
  .more {
    margin-block-start: calc(0.25 * var(--_rem));
    padding: calc(0.5 * var(--_rem)) 0;
    min-block-size: 44px;
    border: 0;
    background: none;
    color: var(--_accent);
    text-decoration: underline;
    cursor: pointer;
  }
  .event img {
    display: block;
    max-inline-size: min(100%, calc(28 * var(--_rem)));
    block-size: auto;
    margin-block-start: calc(0.5 * var(--_rem));
    border-radius: var(--_radius);
  }
  .link {
    display: inline-block;
    margin-block-start: calc(0.5 * var(--_rem));
  }
  .empty {
    margin: 0;
  }
  .skipped-note {
    margin-block: var(--_space) 0;
    color: var(--_muted);
    font-size: calc(0.875 * var(--_rem));
  }
  /* Content from data may be in another script; isolate it so its direction never leaks. */
  [dir='auto'] {
    unicode-bidi: isolate;
  }
  @media (forced-colors: active) {
    .event::before {
      background: CanvasText;
      forced-color-adjust: none;
    }
  }
  @media print {
    .controls,
    .year-nav,
    .more,
    .summary {
      display: none !important;
    }
    .short {
      display: none;
    }
    .full[hidden] {
      display: inline !important;
    }
    .year,
    .event {
      break-inside: avoid;
    }
    .link::after {
      content: ' (' attr(href) ')';
      overflow-wrap: anywhere;
    }
  }
`;
