// Runs in bench/map.html: first display and zoom time of <sanctuary-safe-surgery-map> (built CDN
// bundle) for one data set. Driven by bench/map.js: prepare(), then first(), then zoom().
import { frame, whenPresent } from './map-page-timing.js';
const host = document.getElementById('host');
let data;
let el;
let errors = 0;


const markerCount = () => el.shadowRoot.querySelectorAll('.leaflet-marker-icon').length;

window.mapBench = {
  /** Fetch and parse the data (not timed). `warmUrl`: the lazy Leaflet chunk, imported now so
   *  that, as on the baseline page, Leaflet's code is loaded before the clock starts. */
  async prepare(dataUrl, warmUrl) {
    await customElements.whenDefined('sanctuary-safe-surgery-map');
    if (warmUrl) await import(warmUrl);
    data = await (await fetch(dataUrl)).json();
    await frame();
    await frame();
    return data.features.length;
  },

  /** Hand the data to the widget; stop when its markers are on screen. */
  async first() {
    el = document.createElement('sanctuary-safe-surgery-map');
    el.setAttribute('no-tiles', '');
    el.addEventListener('sanctuary-error', () => errors++);
    const start = performance.now();
    el.practices = data;
    host.append(el);
    await whenPresent(el.shadowRoot, '.leaflet-marker-icon');
    await frame();
    const ms = performance.now() - start;
    const box = el.shadowRoot.querySelector('.map');
    return { ms, markers: markerCount(), zoom: el.map?.map?.getZoom(), box: `${box.offsetWidth}x${box.offsetHeight}`, errors };
  },

  /** Zoom in two levels (no animation) until the markers are redrawn and on screen. */
  async zoom() {
    const map = el.map?.map; // PracticeMap (private field `map`) → its Leaflet map
    if (!map) throw new Error('the widget has no Leaflet map');
    const from = map.getZoom();
    const start = performance.now();
    map.setZoom(from + 2);
    await frame();
    const ms = performance.now() - start;
    return { ms, from, to: map.getZoom(), markers: markerCount() };
  },
};
window.benchReady = true;
