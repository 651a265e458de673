/**
 * One IntersectionObserver for all the pages of a letter (a letter can have hundreds): each
 * element watched is told once when it comes within `NEAR` of the view, and then forgotten.
 */
const NEAR = '1200px 0px';

const waiting = new Map<Element, () => void>();
let observer: IntersectionObserver | null = null;

function observerOf(): IntersectionObserver {
  observer ??= new IntersectionObserver(
    (entries) => {
      for (const e of entries) {
        if (!e.isIntersecting) continue;
        const near = waiting.get(e.target);
        unwatch(e.target);
        near?.();
      }
    },
    { rootMargin: NEAR },
  );
  return observer;
}

function unwatch(el: Element) {
  waiting.delete(el);
  observer?.unobserve(el);
}

/** Calls `near` once when `el` comes near the view; returns the way to stop watching. */
export function whenNearView(el: Element, near: () => void): () => void {
  waiting.set(el, near);
  observerOf().observe(el);
  return () => unwatch(el);
}
