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
    gap: 0.75rem 1.25rem;
    align-items: end;
    margin-block-end: var(--_space);
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    min-inline-size: min(100%, 12rem);
    flex: 1 1 12rem;
    max-inline-size: 20rem;
  }
  label {
    font-weight: 700;
  }
  select {
    min-block-size: 44px;
    padding-block: 0.25rem;
    padding-inline: 0.5rem;
    border: 2px solid var(--_text);
    border-radius: 0;
    background: var(--_surface);
    color: var(--_text);
    max-inline-size: 100%;
  }
  .summary {
    margin-block: 0 0.5rem;
    color: var(--_muted);
  }
  .year-nav ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.5rem;
    margin: 0 0 var(--_space);
    padding: 0;
    list-style: none;
  }
  .year-nav a {
    display: inline-block;
    min-inline-size: 44px;
    min-block-size: 44px;
    padding: 0.6rem 0.5rem;
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
    gap: 0 0.75rem;
    margin: 0 0 0.5rem;
    font-size: 1.5rem;
    line-height: 1.25;
    scroll-margin-block-start: 1rem;
  }
  .year-count {
    font-size: 1rem;
    font-weight: 400;
    color: var(--_muted);
  }
  .events {
    border-inline-start: 3px solid var(--_line);
    margin-inline-start: 0.5rem;
  }
  .event {
    position: relative;
    padding-block: 0.25rem 1rem;
    padding-inline: 1.25rem 0;
  }
  /* The dot on the line: logical inset, so it sits on the right in RTL. */
  .event::before {
    content: '';
    position: absolute;
    inset-block-start: 0.7rem;
    inset-inline-start: calc(-0.5rem - 1.5px);
    inline-size: 1rem;
    block-size: 1rem;
    border-radius: 50%;
    background: var(--_dot);
    border: 2px solid var(--_surface);
  }
  article {
    background: var(--_card);
  }
  .event-title {
    margin: 0;
    font-size: 1.125rem;
    line-height: 1.35;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
    margin: 0.25rem 0 0;
    color: var(--_muted);
    font-size: 0.9375rem;
  }
  .tag {
    display: inline-block;
    padding-inline: 0.5rem;
    border: 1px solid currentColor;
    border-radius: 999px;
  }
  .description {
    margin: 0.5rem 0 0;
    white-space: pre-line;
  }
  .more {
    margin-block-start: 0.25rem;
    padding: 0.5rem 0;
    min-block-size: 44px;
    border: 0;
    background: none;
    color: var(--_accent);
    text-decoration: underline;
    cursor: pointer;
  }
  .event img {
    display: block;
    max-inline-size: min(100%, 28rem);
    block-size: auto;
    margin-block-start: 0.5rem;
    border-radius: var(--_radius);
  }
  .link {
    display: inline-block;
    margin-block-start: 0.5rem;
  }
  .empty {
    margin: 0;
  }
  .skipped-note {
    margin-block: var(--_space) 0;
    color: var(--_muted);
    font-size: 0.875rem;
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
