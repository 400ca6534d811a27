import { describe, expect, it } from 'vitest';
import { type ChainedFields, canonicalJson, GENESIS_HASH, rowHash } from './chain.js';

describe('canonicalJson', () => {
  it('does not depend on the order of keys, at any depth', () => {
    const a = { b: 1, a: { y: [1, { q: 1, p: 2 }], x: 'x' }, c: null };
    const b = { c: null, a: { x: 'x', y: [1, { p: 2, q: 1 }] }, b: 1 };
    expect(canonicalJson(a)).toBe(canonicalJson(b));
    expect(canonicalJson(a)).toBe('{"a":{"x":"x","y":[1,{"p":2,"q":1}]},"b":1,"c":null}');
  });

  it('keeps the order of arrays, which is meaningful', () => {
    expect(canonicalJson([1, 2])).not.toBe(canonicalJson([2, 1]));
  });

  it('distinguishes values that differ only in type', () => {
    expect(canonicalJson({ a: 1 })).not.toBe(canonicalJson({ a: '1' }));
    expect(canonicalJson({ a: null })).not.toBe(canonicalJson({ a: 'null' }));
    expect(canonicalJson({ a: true })).not.toBe(canonicalJson({ a: 'true' }));
  });

  it('leaves out undefined fields, as stored JSON does, and writes top-level undefined as null', () => {
    expect(canonicalJson({ a: 1, b: undefined })).toBe('{"a":1}');
    expect(canonicalJson(undefined)).toBe('null');
  });

  it('escapes keys and strings', () => {
    const tricky = { 'a":1,"b': 'x"y\\z\n' };
    expect(JSON.parse(canonicalJson(tricky))).toEqual(tricky);
  });

  it('round-trips through JSON (as jsonb does) to the same text', () => {
    const value = { z: [{ b: 2, a: 1 }], a: 'ü € 🏢', n: 1.5 };
    expect(canonicalJson(JSON.parse(JSON.stringify(value)))).toBe(canonicalJson(value));
  });
});

describe('rowHash', () => {
  const row: ChainedFields = {
    seq: 7,
    at: new Date('2026-03-01T09:30:00.123Z'),
    actorId: '4f1c2e8a-0000-4000-8000-000000000001',
    actorLabel: 'beheer@wonenzuid.example',
    action: 'user.updated',
    entityType: 'user',
    entityId: '4f1c2e8a-0000-4000-8000-000000000002',
    changes: { roles: { from: ['employee'], to: ['manager'] } },
    prevHash: 'a'.repeat(64),
  };

  it('is a SHA-256 hex digest and deterministic', () => {
    expect(rowHash(row)).toMatch(/^[0-9a-f]{64}$/);
    expect(rowHash({ ...row })).toBe(rowHash(row));
  });

  it('does not depend on the key order of the changes', () => {
    const reordered = { ...row, changes: { roles: { to: ['manager'], from: ['employee'] } } };
    expect(rowHash(reordered)).toBe(rowHash(row));
  });

  const alterations: [string, Partial<ChainedFields>][] = [
    ['seq', { seq: 8 }],
    ['at', { at: new Date('2026-03-01T09:30:00.124Z') }],
    ['actorId', { actorId: null }],
    ['actorLabel', { actorLabel: 'iemand@wonenzuid.example' }],
    ['action', { action: 'user.created' }],
    ['entityType', { entityType: 'office' }],
    ['entityId', { entityId: null }],
    ['changes', { changes: { roles: { from: ['employee'], to: ['admin'] } } }],
    ['changes (array order)', { changes: { roles: { from: ['employee'], to: ['manager', 'hr'] } } }],
    ['prevHash', { prevHash: GENESIS_HASH }],
  ];
  it.each(alterations)('changes when %s changes', (_field, change) => {
    expect(rowHash({ ...row, ...change })).not.toBe(rowHash(row));
  });

  it('starts the chain from 64 zeros', () => {
    expect(GENESIS_HASH).toBe('0'.repeat(64));
  });
});
