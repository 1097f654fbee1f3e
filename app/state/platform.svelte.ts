// Straight from the modules (not the index), so nothing else of core/platform joins the first paint.
import { detectPlatform } from '../core/platform/detect.ts';
import type { DetectedPlatform, UaDataLike } from '../core/platform/detect.ts';
import { parsePlatformId } from '../core/platform/platform-ids.ts';
import { m } from '../generated/paraglide/messages.js';
import type { PlatformId } from '../core/platform/platform-ids.ts';
import { router } from './router.svelte.ts';

/** Reads what the browser says about itself; the detection itself is pure core code. */
function detectHere(): DetectedPlatform {
  // The build's prerenderer has no browser: it renders for Linux (see `pinned`).
  if (typeof navigator === 'undefined') return detectPlatform('', null, 0);
  const nav = navigator as Navigator & { userAgentData?: UaDataLike };
  return detectPlatform(navigator.userAgent, nav.userAgentData ?? null, navigator.maxTouchPoints);
}

/** The settings API, loaded on first use; undefined offline before its code was cached (a choice
 * then lasts this visit, and detection stays the default). */
const settings = () => import('./settings.ts').catch(() => undefined);

/** The platform whose commands and ephemeral range are shown first: ?os=, then the saved choice, then detection. */
class PlatformState {
  readonly detected: DetectedPlatform = detectHere();
  /** The choice remembered from an earlier visit, once storage has answered. */
  saved = $state<PlatformId | null>(null);
  /** A platform given in the URL (?os=linux|macos|windows|freebsd) wins, so shared links show the same commands. */
  readonly fromUrl = $derived(parsePlatformId(new URLSearchParams(router.search).get('os')));
  /** Set while a prerendered page (written for Linux) is built and hydrated: the first render must
   * match its HTML; the reader's own platform replaces it right after. */
  pinned = $state<PlatformId | null>(null);
  readonly os: PlatformId = $derived(
    this.pinned ?? this.fromUrl ?? this.saved ?? this.detected.platform,
  );
  private restored: Promise<void> | undefined;

  /** Remembers an explicit choice (the caller puts it in the URL) and saves it for later visits. */
  choose(os: PlatformId): void {
    this.saved = os;
    void settings().then((s) => s?.saveSetting('platform', os, m.platform_not_saved));
  }

  /** Restores the choice remembered from an earlier visit, once; a choice made meanwhile wins. */
  restore(): Promise<void> {
    this.restored ??= settings()
      .then((s) => s?.readSetting('platform'))
      .then((value) => {
        const remembered = parsePlatformId(String(value ?? ''));
        if (remembered && !this.saved) this.saved = remembered;
      });
    return this.restored;
  }
}

/** The app's single platform choice. */
export const platformState = new PlatformState();
