// @ts-check
/** History with 10,000 entries (issue 5): a placeholder until the history feature lands. */

/** @typedef {import('./types.js').Figure} Figure */

/** Reports the history budgets as not measured yet; replace with a real measurement. */
export async function measureHistory(/** @type {import('./types.js').BenchContext} */ _ctx) {
  const note = 'not measured yet';
  /** @type {Figure[]} */
  const figures = [
    {
      id: 'history.firstRender',
      label: 'History first render, 10,000 entries',
      value: null,
      unit: 'ms',
      budget: { max: 100 },
      note,
    },
    {
      id: 'history.record.p95',
      label: 'History record a check, p95',
      value: null,
      unit: 'ms',
      budget: { max: 5 },
      note,
    },
  ];
  return { figures, details: { status: note } };
}
