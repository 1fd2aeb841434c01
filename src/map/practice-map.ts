/**
 * The one seam between the widget and Leaflet: a map of practices with supercluster clustering,
 * keyboard-operable named markers, and no HTML strings anywhere (markers are DOM nodes; Leaflet's
 * zoom and attribution controls, which write innerHTML, are replaced by the element's own).
 * Loaded lazily, when the map first scrolls into view.
 */
import { Map as LeafletMap, Marker, TileLayer, DivIcon, LatLngBounds, type LeafletKeyboardEvent } from 'leaflet/dist/leaflet-src.esm.js';
import Supercluster from 'supercluster';
import { leafletCss } from '../generated/leaflet-css.js';
import type { LatLng } from './geo.js';

/**
 * Leaflet's stylesheet, for the element to adopt in its shadow root when the map loads. (Built
 * here rather than with Lit's css tag, so this lazy chunk shares no module with the entry.)
 */
let sheet: CSSStyleSheet | undefined;
export function leafletStyleSheet(): CSSStyleSheet {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(leafletCss);
  }
  return sheet;
}

export interface MapPoint extends LatLng {
  id: string;
  name: string;
  safeSurgery: boolean;
}

export interface PracticeMapOptions {
  /** `{z}/{x}/{y}` tile URL template, or null for no tiles (markers on a plain background). */
  tileUrl: string | null;
  /** Accessible name of a cluster of `count` practices, in the visitor's language. */
  clusterLabel: (count: number) => string;
  /** A cluster's count as shown on its bubble, short and in the visitor's digits (e.g. ۱۲, 1,2 k). */
  formatCount: (count: number) => string;
  onSelect: (id: string) => void;
  /** After every move or zoom: the zoom level and how many practices are in view. */
  onMove: (zoom: number, inView: number) => void;
  /** Tiles failed to load (after a few errors and no success). */
  onTilesFailed: () => void;
}

interface ClusterProperties {
  cluster?: boolean;
  cluster_id?: number;
  point_count?: number;
  id?: string;
  name?: string;
  safeSurgery?: boolean;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

export class PracticeMap {
  private readonly map: LeafletMap;
  private tiles?: TileLayer;
  private index = newIndex();
  private markers = new Map<string, Marker>();
  private selectedId?: string;
  private points: MapPoint[] = [];

  constructor(
    container: HTMLElement,
    private readonly options: PracticeMapOptions,
  ) {
    this.map = new LeafletMap(container, {
      zoomControl: false, // its buttons are written with innerHTML (Trusted Types); the element draws its own
      attributionControl: false, // the element shows the attribution as text
      keyboard: true,
      // No zoom or pan animation: calmer for people who asked for less motion, and nothing left
      // running if the widget is removed mid-move.
      zoomAnimation: false,
      fadeAnimation: false,
      markerZoomAnimation: false,
      center: [51.46, -0.01],
      zoom: 12,
      maxZoom: 18,
      minZoom: 3,
    });
    if (options.tileUrl) this.addTiles(options.tileUrl);
    this.map.on('moveend', () => this.refresh());
  }

  private addTiles(url: string): void {
    let loaded = 0;
    let failed = 0;
    this.tiles = new TileLayer(url, { maxZoom: 19 });
    this.tiles.on('tileload', () => loaded++);
    this.tiles.on('tileerror', () => {
      failed++;
      if (failed === 3 && loaded === 0) this.options.onTilesFailed();
    });
    this.tiles.addTo(this.map);
  }

  setPoints(points: MapPoint[]): void {
    this.points = points;
    this.index = newIndex();
    this.index.load(
      points.map((p) => ({
        type: 'Feature' as const,
        geometry: { type: 'Point' as const, coordinates: [p.lng, p.lat] },
        properties: { id: p.id, name: p.name, safeSurgery: p.safeSurgery },
      })),
    );
    this.refresh();
  }

  /** Show these places: one → centred at street level; several → all in view. */
  fit(places: LatLng[], maxZoom = 15): void {
    if (places.length === 0) return;
    if (places.length === 1) {
      this.map.setView([places[0].lat, places[0].lng], maxZoom);
      return;
    }
    this.map.fitBounds(new LatLngBounds(places.map((p) => [p.lat, p.lng] as [number, number])), { padding: [24, 24], maxZoom });
  }

  /** Mark a practice as chosen, bringing it into view (zooming in far enough to uncluster it). */
  select(id: string | undefined): void {
    this.selectedId = id;
    const point = id ? this.points.find((p) => p.id === id) : undefined;
    if (point) {
      const zoom = Math.max(this.map.getZoom(), 16);
      this.map.setView([point.lat, point.lng], zoom);
    }
    this.refresh();
  }

  zoomBy(delta: number): void {
    this.map.setZoom(this.map.getZoom() + delta);
  }

  invalidateSize(): void {
    this.map.invalidateSize();
  }

  destroy(): void {
    // Stop animations first: removing a map mid-zoom makes Leaflet's pending frames throw.
    this.map.off();
    this.map.stop();
    this.map.remove();
    this.markers.clear();
  }

  /** Redraw markers for the current view: clusters and single practices, reusing what is there. */
  private refresh(): void {
    const bounds = this.map.getBounds();
    const zoom = Math.round(this.map.getZoom());
    const features = this.index.getClusters([bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()], zoom);
    const next = new Map<string, Marker>();
    let inView = 0;
    for (const feature of features) {
      const [lng, lat] = feature.geometry.coordinates;
      const props = feature.properties;
      const key = props.cluster ? `c${props.cluster_id}` : `p${props.id}|${props.id === this.selectedId ? 's' : ''}`;
      inView += props.cluster ? (props.point_count ?? 0) : 1;
      const existing = this.markers.get(key);
      if (existing) {
        next.set(key, existing);
        this.markers.delete(key);
        continue;
      }
      const marker = props.cluster ? this.clusterMarker(lat, lng, props) : this.practiceMarker(lat, lng, props);
      marker.addTo(this.map);
      next.set(key, marker);
    }
    for (const stale of this.markers.values()) stale.remove();
    this.markers = next;
    this.options.onMove(zoom, inView);
  }

  private practiceMarker(lat: number, lng: number, props: ClusterProperties): Marker {
    const selected = props.id === this.selectedId;
    const pin = document.createElement('span');
    pin.className = `pin${props.safeSurgery ? ' safe' : ''}${selected ? ' selected' : ''}`;
    pin.append(pinSvg());
    const marker = new Marker([lat, lng], {
      icon: new DivIcon({ html: pin, className: 'marker', iconSize: [32, 40], iconAnchor: [16, 40] }),
      title: props.name, // the marker's accessible name (Leaflet puts it on the role="button" element)
      alt: props.name,
      keyboard: true,
      riseOnHover: true,
      zIndexOffset: selected ? 1000 : 0,
    });
    activate(marker, () => this.options.onSelect(props.id!));
    named(marker, props.name!);
    return marker;
  }

  private clusterMarker(lat: number, lng: number, props: ClusterProperties): Marker {
    const count = props.point_count ?? 0;
    const bubble = document.createElement('span');
    bubble.className = 'cluster';
    bubble.textContent = this.options.formatCount(count);
    bubble.setAttribute('aria-hidden', 'true');
    const size = count < 10 ? 36 : count < 100 ? 44 : 52;
    const marker = new Marker([lat, lng], {
      icon: new DivIcon({ html: bubble, className: 'marker', iconSize: [size, size] }),
      title: this.options.clusterLabel(count),
      keyboard: true,
    });
    activate(marker, () => {
      const zoom = Math.min(this.index.getClusterExpansionZoom(props.cluster_id!), 17);
      this.map.setView(marker.getLatLng(), zoom);
    });
    named(marker, this.options.clusterLabel(count));
    return marker;
  }
}

/**
 * Points closer than about 60 screen pixels join one cluster, so no two targets overlap (WCAG
 * 2.5.8 target spacing; our icons are at most 52 px). supercluster measures radius on a 512 px
 * tile and Leaflet draws 256 px tiles, hence 120.
 */
function newIndex(): Supercluster<ClusterProperties, ClusterProperties> {
  // Levels 3 (the map's widest) to 16 only: each level is a pass over every point.
  return new Supercluster<ClusterProperties, ClusterProperties>({ radius: 120, minZoom: 3, maxZoom: 16 });
}

/**
 * Click, Enter or Space: markers are role="button", so they must act like buttons. (Leaflet 1.9
 * only opens a bound popup on Enter, and we bind none.)
 */
function activate(marker: Marker, action: () => void): void {
  marker.on('click', action);
  marker.on('keydown', (event) => {
    const key = (event as LeafletKeyboardEvent).originalEvent;
    if (key.key === 'Enter' || key.key === ' ') {
      key.preventDefault();
      action();
    }
  });
}

/** An explicit accessible name on the marker's focusable element (title alone is a weak name). */
function named(marker: Marker, name: string): void {
  marker.on('add', () => marker.getElement()?.setAttribute('aria-label', name));
}

/** A map pin drawn as DOM (never an HTML string). */
function pinSvg(): SVGSVGElement {
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('viewBox', '0 0 32 40');
  svg.setAttribute('width', '32');
  svg.setAttribute('height', '40');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  const path = document.createElementNS(SVG_NS, 'path');
  path.setAttribute('d', 'M16 1C8 1 2 7 2 14.5 2 25 16 39 16 39s14-14 14-24.5C30 7 24 1 16 1z');
  const dot = document.createElementNS(SVG_NS, 'circle');
  dot.setAttribute('cx', '16');
  dot.setAttribute('cy', '14.5');
  dot.setAttribute('r', '5.5');
  svg.append(path, dot);
  return svg;
}
