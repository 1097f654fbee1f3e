/**
 * Whether the first render builds the whole page at once: true on the build's prerenderer (it
 * writes every section into static HTML) and in a browser hydrating such a page (its first render
 * must match that HTML). Otherwise a page builds its lower half when the reader nears it.
 */
export const wholePage = { first: false };
