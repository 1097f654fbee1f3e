/**
 * The port-conflict doctor: reads a pasted error message (`diagnose`) and turns the diagnosis into
 * advice for the user's platform (`adviseFor`). Codes live in the diagnosis, words in advice-text.ts.
 */
export type {
  Confidence,
  DiagnoseContext,
  Diagnosis,
  DoctorCause,
  DoctorSource,
  ErrnoAnchor,
  ErrnoMatch,
  ErrnoName,
  Evidence,
  EvidenceKind,
} from './types.ts';
export { AIRPLAY_PORTS, diagnose } from './diagnose.ts';
export { looksLikeCommandOutput } from './command-output.ts';
export { ERRNO_FACTS, ERRNO_SOURCES } from './errno.ts';
export type { ErrnoFact, ErrnoSource } from './errno.ts';
export { adviseFor } from './advice.ts';
export type { Advice } from './advice.ts';
export { ADVICE_TEXT } from './advice-text.ts';
export type { CauseText } from './advice-text.ts';
