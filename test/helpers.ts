import { waitUntil } from '@open-wc/testing';

/** URL of a fixture file, served by the test runner's real dev server. */
export const fixtureUrl = (path: string) => new URL(`/test/fixtures/${path}`, location.origin).href;

/** The element's shadow root, asserted to exist. */
export function shadow(element: Element): ShadowRoot {
  if (!element.shadowRoot) throw new Error(`<${element.localName}> has no shadow root`);
  return element.shadowRoot;
}

/** Wait until a widget shows content, an empty state or an error (data and locale both loaded). */
export async function settled(element: Element, what = '[part="list"], .empty, [role="alert"]'): Promise<void> {
  await waitUntil(() => element.shadowRoot?.querySelector(what), `<${element.localName}> did not show ${what}`, { timeout: 8000 });
  await (element as unknown as { updateComplete: Promise<unknown> }).updateComplete;
}

/** Visible text of the shadow root, whitespace collapsed. */
export function textOf(root: ParentNode): string {
  return ((root as Element).textContent ?? Array.from(root.childNodes).map((n) => n.textContent).join(' ')).replace(/\s+/g, ' ').trim();
}

/** Capture console.warn calls while `run` runs (the widget's messages to the web editor). */
export async function captureWarnings(run: () => Promise<void> | void): Promise<string[]> {
  const original = console.warn;
  const seen: string[] = [];
  console.warn = (...args: unknown[]) => {
    seen.push(args.map(String).join(' '));
  };
  try {
    await run();
  } finally {
    console.warn = original;
  }
  return seen;
}

/** Set <html lang> for a test and return a function that restores it. */
export function withPageLanguage(lang: string | null): () => void {
  const root = document.documentElement;
  const before = root.getAttribute('lang');
  if (lang === null) root.removeAttribute('lang');
  else root.setAttribute('lang', lang);
  return () => (before === null ? root.removeAttribute('lang') : root.setAttribute('lang', before));
}
