/** Written by the knowledge-slices plugin in vite.config.ts. */
declare module 'virtual:knowledge-slices' {
  const index: import('../core/ports/slices.ts').SliceIndex;
  export default index;
}

/** The site's origin from PORTWISE_ORIGIN at build time ('' when unset): vite.config.ts `define`. */
declare const __PORTWISE_ORIGIN__: string;
/** The language of a client build (vite.config.ts); absent in the build for Node. */
declare const __PORTWISE_LOCALE__: import('../i18n/locales.ts').Locale | undefined;
