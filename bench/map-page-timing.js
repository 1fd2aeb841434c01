// Timing helpers shared by the widget page and the baseline page, so both measure the same way.

/** Resolves after the next frame has been rendered (rAF, then the task after that frame's paint). */
export const frame = () =>
  new Promise((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(0);
    }),
  );

/** Resolves once `selector` matches inside `root`. */
export function whenPresent(root, selector) {
  if (root.querySelector(selector)) return Promise.resolve();
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (root.querySelector(selector)) {
        observer.disconnect();
        resolve();
      }
    });
    observer.observe(root, { childList: true, subtree: true });
  });
}
