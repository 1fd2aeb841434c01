// Runs in the page: time from attaching an element with N events to its list being laid out.
const categories = ['council', 'health', 'nhs', 'housing', 'education', 'community'];

export function makeEvents(count) {
  return Array.from({ length: count }, (_, i) => ({
    date: `${2000 + (i % 24)}-${String((i % 12) + 1).padStart(2, '0')}`,
    title: { en: `Event number ${i}: a council or an NHS trust made a change`, vi: `Sự kiện số ${i}` },
    category: categories[i % categories.length],
    place: i % 2 ? 'Lewisham' : 'Greenwich',
  }));
}

async function renderOnce(tag, events) {
  const el = document.createElement(tag);
  const start = performance.now();
  el.events = events;
  document.body.append(el);
  // Wait until the list exists (the timeline waits for its locale and data), then force layout.
  while (!el.shadowRoot?.querySelector('[part="list"]')) await el.updateComplete.then(() => new Promise((r) => setTimeout(r, 0)));
  void el.shadowRoot.querySelector('[part="list"]').offsetHeight;
  const elapsed = performance.now() - start;
  el.remove();
  return elapsed;
}

window.runRenderBenchmark = async (count, rounds) => {
  await Promise.all([customElements.whenDefined('sanctuary-timeline'), customElements.whenDefined('plain-list')]);
  const events = makeEvents(count);
  const plainEvents = events.map((e) => ({ date: e.date, title: e.title.en, category: e.category }));
  const timeline = [];
  const plain = [];
  // Warm up both once, then alternate so noise hits both alike.
  await renderOnce('sanctuary-timeline', events);
  await renderOnce('plain-list', plainEvents);
  for (let i = 0; i < rounds; i++) {
    timeline.push(await renderOnce('sanctuary-timeline', events));
    plain.push(await renderOnce('plain-list', plainEvents));
  }
  return { timeline, plain };
};
window.benchReady = true;
