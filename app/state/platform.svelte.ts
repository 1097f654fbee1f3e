/** The platform whose commands and ephemeral range are shown first. */
class PlatformState {
  os = $state<string | undefined>(undefined);
}

/** The app's single platform choice. */
export const platformState = new PlatformState();
