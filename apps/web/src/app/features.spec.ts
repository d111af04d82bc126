import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import { mergeTypePolicies } from '../apollo/cache';
import { FEATURES } from './features';

const FEATURES_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'features');

describe('the feature registry', () => {
  it('lists every feature folder, each under its own namespace', () => {
    const folders = readdirSync(FEATURES_DIR).sort();
    expect(FEATURES.map((feature) => feature.namespace).sort()).toEqual(folders);
  });

  it('gives every screen namespaces that exist', () => {
    const known = new Set(['common', ...FEATURES.map((feature) => feature.namespace)]);
    const unknown = FEATURES.flatMap((feature) =>
      feature.routes.flatMap((route) => route.namespaces.filter((namespace) => !known.has(namespace))),
    );
    expect(unknown).toEqual([]);
  });

  it('gives every path to one screen only', () => {
    const paths = FEATURES.flatMap((feature) => feature.routes.map((route) => route.path));
    expect(new Set(paths).size).toBe(paths.length);
  });

  it('labels every audit action a feature declares, in its own English catalogue', () => {
    const unlabelled = FEATURES.flatMap((feature) => {
      const file = join(FEATURES_DIR, feature.namespace, 'locales', 'en.json');
      const catalogue = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
      return feature.auditActions.filter((action) => {
        const label = [feature.namespace, 'auditActions', ...action.split('.')].reduce<unknown>(
          (node, segment) =>
            typeof node === 'object' && node !== null
              ? (node as Record<string, unknown>)[segment]
              : undefined,
          catalogue,
        );
        return typeof label !== 'string';
      });
    });
    expect(unlabelled).toEqual([]);
  });

  it('assembles the cache policies of all features without a clash', () => {
    const policies = mergeTypePolicies(FEATURES.map((feature) => feature.typePolicies));
    expect(Object.keys(policies.Query?.fields ?? {}).sort()).toEqual([
      'auditLog',
      'consultations',
      'elections',
      'notifications',
      'organizationRecommendations',
      'organizations',
      'reviewReports',
    ]);
  });
});

describe('mergeTypePolicies', () => {
  it("merges two features' fields of one type", () => {
    const merged = mergeTypePolicies([
      { Query: { fields: { a: { keyArgs: false } } } },
      { Query: { fields: { b: { keyArgs: ['x'] } } }, Thing: { keyFields: ['slug'] } },
    ]);
    expect(merged).toEqual({
      Query: { fields: { a: { keyArgs: false }, b: { keyArgs: ['x'] } } },
      Thing: { keyFields: ['slug'] },
    });
  });

  it('refuses two features declaring the same field', () => {
    expect(() =>
      mergeTypePolicies([{ Query: { fields: { a: { keyArgs: false } } } }, { Query: { fields: { a: {} } } }]),
    ).toThrow('Query.a');
  });
});
