/**
 * The build's prerenderer (server side): renders a page of the app with `svelte/server`, from the
 * same components the browser hydrates. scripts/prerender.js builds this module for Node, loads
 * the whole knowledge base into it and writes one HTML file per page.
 */
import { render } from 'svelte/server';
import App from '../App.svelte';
import { Knowledge } from '../core/ports/knowledge.ts';
import type { KnowledgeData } from '../core/ports/knowledge-data.ts';
import { knowledgeState } from '../state/knowledge.svelte.ts';
import { platformState } from '../state/platform.svelte.ts';
import { router } from '../state/router.svelte.ts';
import { wholePage } from '../state/whole-page.ts';
import { fillIslands, islands } from '../state/islands.ts';
import { prepareWholePage } from '../views/whole-page.ts';
import ranges from '../data/port-ranges.json';
import ephemeral from '../data/ephemeral-ranges.json';
import { languagePages, prerenderPages } from './pages.ts';
import type { PrerenderPage } from './pages.ts';

export type { PrerenderPage };
export { readOrigin, robotsTxt, sitemaps } from './sitemap.ts';
export { languagePages };
export { renderIn } from '../i18n/current.ts';
export { LOCALES, localePath } from '../i18n/locales.ts';

/** The rendered parts of a page: what goes into <head> and into <div id="app">. */
export interface RenderedPage {
  head: string;
  body: string;
}

/** Takes the whole knowledge base and loads every part of the page's code, once. */
export async function setUp(data: KnowledgeData): Promise<PrerenderPage[]> {
  const knowledge = new Knowledge(data);
  knowledgeState.adopt(knowledge);
  wholePage.first = true;
  islands.on = true;
  // The pages are written for Linux; the browser puts the reader's platform in after hydrating.
  platformState.pinned = 'linux';
  return prerenderPages(knowledge, data, ranges.entries, ephemeral.entries);
}

/** Renders one page (its path as in the URL) with every section in place. */
export async function renderPath(path: string): Promise<RenderedPage> {
  router.show(path, '');
  await prepareWholePage(router.route);
  const { head, body } = render(App);
  return {
    head,
    body: fillIslands(body, (slot) => render(slot.component, { props: slot.props }).body),
  };
}
