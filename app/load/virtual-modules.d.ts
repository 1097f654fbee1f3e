/** Written by the knowledge-slices plugin in vite.config.ts. */
declare module 'virtual:knowledge-slices' {
  const index: import('../core/ports/slices.ts').SliceIndex;
  export default index;
}
