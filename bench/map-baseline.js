// Runs in bench/map-baseline.html: the same measurements as map-bench.js, with plain Leaflet 1.9
// and leaflet.markercluster (UMD globals L and L.markerClusterGroup), no tiles, no animation.
/* global L */
import { frame, whenPresent } from './map-page-timing.js';
const host = document.getElementById('host');
let data;
let map;
let div;


const markerCount = () => div.querySelectorAll('.leaflet-marker-icon').length;

window.mapBench = {
  async prepare(dataUrl) {
    data = await (await fetch(dataUrl)).json();
    await frame();
    await frame();
    return data.features.length;
  },

  /** Create the map, fit it to the data (as the widget does), cluster and add every marker. */
  async first() {
    const start = performance.now();
    div = document.createElement('div');
    div.id = 'map';
    host.append(div);
    // The widget's map options: no controls drawn by Leaflet, no animation, same zoom range.
    map = L.map(div, { zoomControl: false, attributionControl: false, zoomAnimation: false, fadeAnimation: false, markerZoomAnimation: false, maxZoom: 18, minZoom: 3 });
    const latlngs = data.features.map((f) => [f.geometry.coordinates[1], f.geometry.coordinates[0]]);
    map.fitBounds(L.latLngBounds(latlngs), { padding: [24, 24], maxZoom: 15 });
    const markers = latlngs.map((latlng, i) => L.marker(latlng, { title: data.features[i].properties.name }));
    // Same cluster radius as the widget's supercluster (60 px); no cluster animation.
    const group = L.markerClusterGroup({ animate: false, maxClusterRadius: 60 });
    group.addLayers(markers);
    map.addLayer(group);
    await whenPresent(div, '.leaflet-marker-icon');
    await frame();
    const ms = performance.now() - start;
    return { ms, markers: markerCount(), zoom: map.getZoom(), box: `${div.offsetWidth}x${div.offsetHeight}`, errors: 0 };
  },

  async zoom() {
    const from = map.getZoom();
    const start = performance.now();
    map.setZoom(from + 2);
    await frame();
    const ms = performance.now() - start;
    return { ms, from, to: map.getZoom(), markers: markerCount() };
  },
};
window.benchReady = true;
