/** The port page's parts that need the command catalogue and the reader, but no port data. */
export { default as Commands } from './Commands.svelte';
export { default as Ephemeral } from './Ephemeral.svelte';
