// Straight from the modules (not the index), so nothing else of core/platform joins the first paint.
import { detectPlatform } from '../core/platform/detect.ts';
import type { DetectedPlatform, UaDataLike } from '../core/platform/detect.ts';
import { parsePlatformId } from '../core/platform/platform-ids.ts';
import type { PlatformId } from '../core/platform/platform-ids.ts';
import { router } from './router.svelte.ts';

/** Reads what the browser says about itself; the detection itself is pure core code. */
function detectHere(): DetectedPlatform {
  const nav = navigator as Navigator & { userAgentData?: UaDataLike };
  return detectPlatform(navigator.userAgent, nav.userAgentData ?? null, navigator.maxTouchPoints);
}

/** The platform whose commands and ephemeral range are shown first: ?os=, then the saved choice, then detection. */
class PlatformState {
  readonly detected: DetectedPlatform = detectHere();
  /** The choice remembered from an earlier visit, once storage has answered. */
  saved = $state<PlatformId | null>(null);
  /** A platform given in the URL (?os=linux|macos|windows|freebsd) wins, so shared links show the same commands. */
  readonly fromUrl = $derived(parsePlatformId(new URLSearchParams(router.search).get('os')));
  readonly os: PlatformId = $derived(this.fromUrl ?? this.saved ?? this.detected.platform);
  /** Saves an explicit choice; storage wires this up once it has loaded (when the page is idle). */
  private save: ((os: PlatformId) => void) | undefined;
  /** A choice made before storage was wired up, saved as soon as it is. */
  private unsaved: PlatformId | undefined;

  /** Remembers an explicit choice; the caller puts it in the URL. */
  choose(os: PlatformId): void {
    this.saved = os;
    if (this.save) this.save(os);
    else this.unsaved = os;
  }

  /** Wires up saving: every later choice is saved, and so is one made before this was called. */
  saveChoicesWith(save: (os: PlatformId) => void): void {
    this.save = save;
    if (this.unsaved) save(this.unsaved);
    this.unsaved = undefined;
  }
}

/** The app's single platform choice. */
export const platformState = new PlatformState();
