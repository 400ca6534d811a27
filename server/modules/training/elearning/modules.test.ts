import { describe, expect, it } from 'vitest';
import { DEFAULT_PROTOCOL } from '../../protocols/default-protocol.js';
import { ELEARNING_MODULES } from './modules.js';

describe.each(ELEARNING_MODULES.map((module) => [module.id, module] as const))(
  'e-learning module %s',
  (_id, module) => {
    it('has content and questions in Dutch and English, each with a right answer among its options', () => {
      const content = module.content(DEFAULT_PROTOCOL);
      expect(content.length).toBeGreaterThan(0);
      for (const text of content) expect(text.nl && text.en).toBeTruthy();
      const questions = module.questions(DEFAULT_PROTOCOL);
      expect(questions.length).toBeGreaterThanOrEqual(2);
      expect(new Set(questions.map((question) => question.id)).size).toBe(questions.length);
      for (const question of questions) {
        expect(question.options.length).toBeGreaterThanOrEqual(2);
        expect(question.options[question.correct]).toBeDefined();
        for (const text of [question.text, question.explanation, ...question.options])
          expect(text.nl && text.en).toBeTruthy();
        // No two options read the same: a quiz must be answerable.
        expect(new Set(question.options.map((option) => option.nl)).size).toBe(question.options.length);
      }
    });
  },
);

describe('modules built from the protocol', () => {
  it('teach the organisation’s own alarm number and follow it when the protocol changes', () => {
    const alarm = ELEARNING_MODULES.find((module) => module.id === 'alarm-en-interventieteam');
    const changed = { ...DEFAULT_PROTOCOL, settings: { ...DEFAULT_PROTOCOL.settings, alarmNumber: '444' } };
    const question = alarm?.questions(changed)[0];
    expect(question?.options[question.correct]?.nl).toBe('444');
    expect(alarm?.content(changed)[0]?.nl).toContain('444');
  });

  it('names the phases as the protocol does', () => {
    const phases = ELEARNING_MODULES.find((module) => module.id === 'vier-fasen');
    expect(phases?.content(DEFAULT_PROTOCOL)[2]?.nl).toContain('Persoonlijke agressie');
  });
});
