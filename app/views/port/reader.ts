/** The port page's output reader: what reads pasted output and shows the verdict. */
export { readAnswer } from '../../core/output/answer.ts';
export { default as OutputVerdict } from '../../components/OutputVerdict.svelte';
