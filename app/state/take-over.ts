/**
 * When a prerendered page is taken over by the app (main.ts), and what happens to a click that
 * comes before.
 *
 * A prerendered page is whole and readable before any of the app runs; taking it over (hydrating
 * its frame, then each island) costs a phone about half a second of main-thread work in tasks of
 * 50–150 ms at Lighthouse's 4× slowed CPU. Done at once, that work lands in the page's load, where
 * it delayed input and was most of its blocking time. So, for a reader who sees the page exactly
 * as the build wrote it (Linux commands, no query), it waits until the reader shows intent (a
 * pointer, a key, a touch, focus, a wheel) or the page has settled after its load, whichever comes
 * first. A reader who must see something else (another platform, detected or chosen earlier, or
 * a `?os=`/`?proto=` link) gets it at once, as before.
 *
 * A click on a button (or a choice) whose code is not there yet would be lost: it is kept, and
 * played again once the page is taken over.
 */
import { platformState } from './platform.svelte.ts';
import { settled } from './startup.svelte.ts';
import { islands } from './islands.ts';
import type { PlatformId } from '../core/platform/platform-ids.ts';

/** The events that say a reader is about to use the page, not only look at it. */
export const INTENT_EVENTS = [
  'pointerdown',
  'pointermove',
  'touchstart',
  'keydown',
  'focusin',
  'wheel',
] as const;

/** How long after the page's load (then an idle moment) a page nobody touches is taken over. */
export const TAKE_OVER_WAIT_MS = 2000;

/** The platform a prerendered page is written for (scripts/prerender.js renders for Linux). */
const BUILT_FOR: PlatformId = 'linux';

/**
 * Whether a reader must see the page other than as the build wrote it: a query (`?os=`,
 * `?proto=`) or a platform other than Linux, chosen earlier (`saved`) or detected.
 */
export function needsChangeNow(search: string, detected: PlatformId, saved: PlatformId | null) {
  return search.replace(/^\?/, '') !== '' || (saved ?? detected) !== BUILT_FOR;
}

/** Resolves at the first of `events` on `target`; the listeners go once one has come. */
export function firstIntent(
  target: EventTarget,
  events: readonly string[] = INTENT_EVENTS,
): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      for (const type of events) target.removeEventListener(type, done, true);
      resolve();
    };
    for (const type of events)
      target.addEventListener(type, done, { capture: true, passive: true });
  });
}

/**
 * Resolves when the page should be taken over: at once if this reader needs a change, otherwise at
 * the reader's first intent or once the page has settled. For a reader whose browser says Linux
 * the remembered platform decides, once storage answers; the reader's intent does not wait for it
 * (a choice read later applies as it always has).
 */
export async function takeOverMoment(): Promise<void> {
  const changes = () =>
    needsChangeNow(location.search, platformState.detected.platform, platformState.saved);
  if (changes()) return;
  // Listening before the choice is read: a reader may reach for the page meanwhile.
  const later = Promise.race([firstIntent(document), settled(TAKE_OVER_WAIT_MS)]);
  const restored = platformState.restore().catch(() => undefined);
  await Promise.race([later, restored.then(() => (changes() ? undefined : later))]);
}

/** Whether an element of the page answers input yet: its island (or the frame) is taken over. */
export function answers(element: Element): boolean {
  const wrapper = element.closest('.island');
  return wrapper ? islands.live.has(wrapper) : islands.framed;
}

/** What a click that reached no code yet asked for, or undefined if nothing is to be played again. */
export function heldControl(
  target: EventTarget | null,
): HTMLButtonElement | HTMLInputElement | undefined {
  if (!(target instanceof Element)) return undefined;
  const control = target.closest('button, input[type="radio"]');
  if (!(control instanceof HTMLButtonElement || control instanceof HTMLInputElement)) return;
  // A form's submit button submits without the app (the search form goes to its results page).
  if (control instanceof HTMLButtonElement && control.form && control.type === 'submit') return;
  return answers(control) ? undefined : control;
}

/**
 * Keeps the clicks on controls whose code has not arrived; `replay()` (once the page is taken
 * over) stops keeping them and plays each again, in order; `drop()` stops without playing.
 */
export function holdEarlyClicks(target: EventTarget = document) {
  const held: (HTMLButtonElement | HTMLInputElement)[] = [];
  const keep = (event: Event) => {
    const control = heldControl(event.target);
    if (control && !held.includes(control)) held.push(control);
  };
  target.addEventListener('click', keep, true);
  const stop = () => {
    target.removeEventListener('click', keep, true);
    return held.splice(0);
  };
  return {
    drop: () => void stop(),
    replay() {
      for (const control of stop()) {
        if (!control.isConnected) continue;
        if (control instanceof HTMLInputElement) {
          // A choice: the browser has ticked it already; the app hears it as a change.
          control.checked = true;
          control.dispatchEvent(new Event('change', { bubbles: true }));
        } else if (!control.disabled) control.click();
      }
    },
  };
}
