/**
 * The benchmark's baseline: the plainest Lit list of the same events (no localization, no
 * grouping, no filters). The timeline's render time is reported as a ratio against this.
 */
import { LitElement, html } from 'lit';

interface PlainEvent {
  date: string;
  title: string;
  category: string;
}

export class PlainList extends LitElement {
  static override properties = { events: { attribute: false } };
  declare events: PlainEvent[];

  constructor() {
    super();
    this.events = [];
  }

  protected override render() {
    return html`<ol part="list">
      ${this.events.map((e) => html`<li><h3>${e.title}</h3><time datetime=${e.date}>${e.date}</time> <span>${e.category}</span></li>`)}
    </ol>`;
  }
}
customElements.define('plain-list', PlainList);
