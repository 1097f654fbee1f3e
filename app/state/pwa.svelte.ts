import type { Workbox } from 'workbox-window';

/** The page ↔ service-worker bridge: registration, the waiting update, and connectivity. */
class Pwa {
  /** True when a new version is installed and waiting for the user's "Reload". */
  updateReady = $state(false);
  /** False while the browser reports no network. */
  online = $state(typeof navigator === 'undefined' ? true : navigator.onLine);
  private wb: Workbox | undefined;

  constructor() {
    if (typeof window === 'undefined') return;
    addEventListener('online', () => (this.online = true));
    addEventListener('offline', () => (this.online = false));
  }

  /**
   * Registers /sw.js (start-up does, once it has settled); the app never reloads by itself. A
   * prerendered page comes without its manifest link (scripts/lib/prerender-html.js): it is added
   * here, with the worker that makes the app installable.
   */
  async register(): Promise<void> {
    if (!('serviceWorker' in navigator)) return;
    // Each language is a build of its own under its prefix, with its own worker (/de/sw.js).
    const base = import.meta.env.BASE_URL;
    linkManifest(`${base}manifest.webmanifest`);
    const { Workbox } = await import('workbox-window');
    const wb = new Workbox(`${base}sw.js`, { scope: base });
    wb.addEventListener('waiting', () => (this.updateReady = true));
    this.wb = wb;
    try {
      await wb.register();
    } catch (error) {
      console.warn('Service worker registration failed; the app still works online.', error);
    }
  }

  /** Activates the waiting worker and reloads once it controls the page. */
  applyUpdate(): void {
    const wb = this.wb;
    if (!wb) return;
    wb.addEventListener('controlling', () => location.reload());
    wb.messageSkipWaiting();
  }

  /** Hides the update notice until the next visit. */
  dismissUpdate(): void {
    this.updateReady = false;
  }
}

/** Adds the page's web app manifest link, unless the page has one already. */
export function linkManifest(href: string): void {
  if (document.querySelector('link[rel="manifest"]')) return;
  const link = document.createElement('link');
  link.rel = 'manifest';
  link.href = href;
  document.head.append(link);
}

/** The app's single PWA bridge. */
export const pwa = new Pwa();
