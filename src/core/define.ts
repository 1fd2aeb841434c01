/**
 * Register a custom element once. A second copy of the library on the page (two plugins, a CMS
 * that prints the script twice, a CDN bundle next to an npm build) warns and keeps the first
 * definition working, instead of throwing "has already been used with this registry".
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (!existing) {
    customElements.define(tag, constructor);
  } else if (existing !== constructor) {
    console.warn(`sanctuary-widgets: <${tag}> is already defined, probably by a second copy of the library on this page. The first copy is used; load the script once.`);
  }
}
