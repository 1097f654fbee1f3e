/** Reading pasted command output and judging what it says about a port. */
export type {
  ParsedOutput,
  ProcessInfo,
  ProcessRef,
  Protocol,
  SocketRow,
  ToolId,
  Verdict,
  VerdictKind,
} from './types.ts';
export { detectTool } from './detect-tool.ts';
export { parseOutput } from './parse-output.ts';
export { TOOL_NAMES } from './tool-names.ts';
export { judgeOutput } from './verdict.ts';
export type { JudgeContext } from './verdict.ts';
export { readAnswer } from './answer.ts';
export type { Answer, AnswerQuestion } from './answer.ts';
export type { StopAdvice } from './stop-advice.ts';
export { holderWords, stopAdvice } from './stop-advice.ts';
export { identifyHolder } from './holders.ts';
export type { Holder, HolderKind } from './holders.ts';
export { HOLDER_TEXT } from './holder-text.ts';
export { outputPlatform } from './hints.ts';
