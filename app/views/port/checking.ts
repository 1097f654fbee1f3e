/** The port page's parts that need no port data: the recommended command, the paste box and the ephemeral table. */
export { default as Commands } from './Commands.svelte';
export { default as Ephemeral } from './Ephemeral.svelte';
