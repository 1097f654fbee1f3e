/** The port page's sections below the ephemeral table, in page order: one chunk, loaded together. */
export { default as Uses } from './Uses.svelte';
export { default as Security } from './Security.svelte';
export { default as Commands } from './Commands.svelte';
export { default as Answer } from './Answer.svelte';
export { default as Feedback } from './Feedback.svelte';
export { default as Nearby } from './Nearby.svelte';
