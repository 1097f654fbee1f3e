/**
 * Loads everything a page's first render needs to build it whole, at once: on the build's
 * prerenderer before it renders a page, and in the browser before it hydrates a prerendered page
 * (the first render must build the same DOM that the HTML carries, or hydration would rebuild it).
 */
import type { Route } from '../routes.ts';
import { knowledgeState } from '../state/knowledge.svelte.ts';
import { belowTheFold, checking, rangeExplainer, whatItIsDetails } from './port/chunks.ts';
import { doctorView, homeView, languageMenu, rangeView } from './pages.ts';

// When the browser takes the page over, in the same chunk as what it loads first.
export { holdEarlyClicks, takeOverMoment } from '../state/take-over.ts';

export async function prepareWholePage(route: Route): Promise<void> {
  await languageMenu();
  if (route.name === 'port') {
    await Promise.all([
      knowledgeState.ensurePort(route.port),
      checking(),
      whatItIsDetails(),
      rangeExplainer(),
      belowTheFold(),
    ]);
    if (!knowledgeState.about(route.port)) throw new Error('the port data did not load');
  } else if (route.name === 'range') {
    // The whole base is fetched once however often it is asked for (load/knowledge.ts).
    await Promise.all([rangeView(), knowledgeState.knowledge ? undefined : knowledgeState.load()]);
    if (!knowledgeState.knowledge) throw new Error('the port data did not load');
  } else if (route.name === 'doctor') {
    await doctorView();
  } else if (route.name === 'home') {
    await homeView();
  }
}
