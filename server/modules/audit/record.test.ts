import { describe, expect, it } from 'vitest';
import { changedFields } from './record.js';

describe('changedFields', () => {
  it('lists only the fields that differ, with from and to', () => {
    expect(
      changedFields(
        { name: 'Oud', email: 'a@x.example', active: true },
        { name: 'Nieuw', email: 'a@x.example', active: false },
      ),
    ).toEqual({ name: { from: 'Oud', to: 'Nieuw' }, active: { from: true, to: false } });
  });

  it('marks personal fields the caller names as changed, without their values', () => {
    expect(
      changedFields(
        { name: 'J. Jansen', phone: '0612345678', active: true },
        { name: 'J. Janssen', phone: '0612345678', active: false },
        ['name', 'phone'],
      ),
    ).toEqual({ name: { changed: true }, active: { from: true, to: false } });
  });

  it('reports nothing when nothing changed', () => {
    expect(changedFields({ a: 1, roles: ['hr'] }, { a: 1, roles: ['hr'] })).toEqual({});
  });

  it('treats a created record as changes from null and a removed one as changes to null', () => {
    expect(changedFields(null, { name: 'Kantoor' })).toEqual({ name: { from: null, to: 'Kantoor' } });
    expect(changedFields({ name: 'Kantoor' }, null)).toEqual({ name: { from: 'Kantoor', to: null } });
    expect(changedFields({ teamId: 'x' }, { teamId: undefined })).toEqual({ teamId: { from: 'x', to: null } });
  });

  it('compares arrays and objects by value, and writes dates as ISO text', () => {
    expect(changedFields({ roles: ['employee'] }, { roles: ['employee', 'hr'] })).toEqual({
      roles: { from: ['employee'], to: ['employee', 'hr'] },
    });
    const at = new Date('2026-01-02T03:04:05.000Z');
    expect(changedFields({ at }, { at: new Date(at) })).toEqual({});
    expect(changedFields({ at: null }, { at })).toEqual({ at: { from: null, to: '2026-01-02T03:04:05.000Z' } });
  });

  it('masks secrets: only the fact that they changed is recorded', () => {
    const before = { passwordHash: '$argon2id$v=19$m=19456,t=2,p=1$old', tokenHash: 'aaa', csrfToken: 'c1', name: 'A' };
    const after = { passwordHash: '$argon2id$v=19$m=19456,t=2,p=1$new', tokenHash: 'bbb', csrfToken: 'c2', name: 'A' };
    const changes = changedFields(before, after);
    expect(changes).toEqual({
      passwordHash: { changed: true },
      tokenHash: { changed: true },
      csrfToken: { changed: true },
    });
    expect(JSON.stringify(changes)).not.toContain('argon2');
    expect(changedFields(null, { passwordHash: '$argon2id$secret' })).toEqual({ passwordHash: { changed: true } });
  });

  it('does not mention an unchanged secret', () => {
    expect(changedFields({ passwordHash: 'same', name: 'A' }, { passwordHash: 'same', name: 'B' })).toEqual({
      name: { from: 'A', to: 'B' },
    });
  });
});
