/**
 * What the page does when, in one place. The sequence, in order:
 *
 * 1. **First paint.** `main.ts` mounts the app; the route's view renders what it can without data
 *    (a port page: its heading, the range and the ephemeral table).
 * 2. **Port data.** Once that has painted (`afterPaint`), the port page fetches the slice of the
 *    data that holds its port, and the range explainer's code.
 * 3. **Details.** When the data is there, the code of the sections that show it; the lower half of
 *    the page (uses, commands, the answer reader) once the reader is near it.
 * 4. **Idle.** The remembered settings are restored (`platformState.restore`), the shell's notices
 *    load, checks an earlier page queued but never stored are stored, the port page records the
 *    visit, and the history rows are read ahead.
 * 5. **Settled.** Once the page has loaded and start-up is over: the service worker registers
 *    (it downloads the whole app, which must not compete with the page) and the history page's
 *    code is fetched.
 *
 * Steps 4 and 5 run from `startUp()` below (their code in a chunk of its own, ./background.ts);
 * steps 2 and 3 belong to the port page, which schedules them with the helpers here. A prerendered
 * page has painted before any of this: its code and data load at once, and it is taken over (then
 * starts up) when `./take-over.ts` says.
 */
import { platformState } from './platform.svelte.ts';

/** Runs work when the browser is idle (after a short delay where requestIdleCallback is missing). */
export function whenIdle(run: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => run());
  else setTimeout(run, 1500);
}

/** Runs work just after the next frame is painted, so it never delays what the user is waiting to see. */
export function afterPaint(run: () => void): void {
  if (document.visibilityState === 'hidden') setTimeout(run, 0);
  else requestAnimationFrame(() => setTimeout(run, 0));
}

/** Resolves in a later task, so parsing, decoding and rendering never add up to one long task. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Resolves once the page has loaded and then a short wait and an idle moment have passed. */
export function settled(waitMs = 2000): Promise<void> {
  return new Promise((resolve) => {
    const start = () => setTimeout(() => whenIdle(resolve), waitMs);
    if (document.readyState === 'complete') start();
    else addEventListener('load', start, { once: true });
  });
}

/** How far start-up has come, for the shell's markup (notices at idle, prefetching once settled). */
class Startup {
  idle = $state(false);
  settled = $state(false);
}

/** The app's single start-up progress. */
export const startup = new Startup();

/** Steps 4 and 5 of the sequence above; `main.ts` calls it once, right after mounting the app. */
export function startUp(): void {
  whenIdle(async () => {
    // 4. Idle: the shell's notices show, the remembered platform is restored, and (at the next
    //    idle moment) the history rows are read ahead.
    startup.idle = true;
    void platformState.restore();
    const background = await import('./background.ts').catch(() => undefined);
    void background?.historyState.flushPending();
    whenIdle(() => void background?.historyState.prefetchHistory());
    // 5. Settled: the service worker registers; the shell fetches the history page's code.
    await settled();
    startup.settled = true;
    if (import.meta.env.PROD) void background?.pwa.register();
  });
}
