export * from './types.ts';
export * from './range-class.ts';
export * from './ephemeral.ts';
export * from './knowledge.ts';
export * from './official.ts';
export * from './query.ts';
export * from './search.ts';
export type { KnowledgeData } from './knowledge-data.ts';
