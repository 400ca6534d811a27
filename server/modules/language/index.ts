/** The Dutch language assistant (issue 6): pure, deterministic, offline. See docs/LANGUAGE.md. */
export { type AnalyseOptions, analyse } from './analyse.js';
export * from './types.js';
