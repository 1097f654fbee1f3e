/** The port page's sections that need the port data, loaded together once it is there. */
export { default as Uses } from './Uses.svelte';
export { default as Security } from './Security.svelte';
export { default as Feedback } from './Feedback.svelte';
export { default as Nearby } from './Nearby.svelte';
