/**
 * The Dutch language assistant in the web app (issue 6). For a text field where people write reports, use
 * `JudgementHints` under the textarea; for your own display, `useLanguageAnalysis(kind, text)`.
 */
export { JudgementHints, type JudgementHintsProps } from './JudgementHints';
export { ScriptParts, UtteranceAnalysis } from './UtteranceAnalysis';
export { type AnalysisResult, type Kind, useLanguageAnalysis } from './useLanguageAnalysis';
