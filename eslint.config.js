// @ts-check
import fs from 'node:fs';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import pluginQuery from '@tanstack/eslint-plugin-query';
import reactHooks from 'eslint-plugin-react-hooks';
import boundaries from './eslint-rules/import-boundaries.js';
import globals from 'globals';

// Features never import each other: shared code flows one way (shared -> features -> app).
const features = fs.existsSync('src/features')
  ? fs.readdirSync('src/features', { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name)
  : [];
const featureZones = features.map((name) => ({
  target: `./src/features/${name}`,
  from: './src/features',
  except: [`./${name}`],
  message: 'Features do not import each other; move shared code to src/components, src/lib or src/api.',
}));

// Untrusted data is rendered as text, never as HTML.
const NO_HTML = [
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Untrusted data is rendered as text, never as HTML.' },
  { selector: "AssignmentExpression[left.property.name='innerHTML']", message: 'Untrusted data is rendered as text, never as HTML.' },
];
// Query keys come from the factories in src/api/<provider>/queries.ts, so one invalidation reaches every view.
const KEY_MESSAGE = 'Write query keys only in src/api/<provider>/queries.ts; use a factory member here.';
const NO_LITERAL_KEYS = [
  { selector: "Property[key.name='queryKey'] > ArrayExpression", message: KEY_MESSAGE },
  { selector: "Property[key.name='queryKey'] > TSAsExpression > ArrayExpression", message: KEY_MESSAGE },
  {
    selector: 'CallExpression[callee.property.name=/^(getQueryData|setQueryData|getQueryState|ensureQueryData|fetchQuery|prefetchQuery)$/] > ArrayExpression.arguments:first-child',
    message: KEY_MESSAGE,
  },
];

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'public/mockServiceWorker.js', 'test-results/', 'playwright-report/', 'src/api/nexigon/schema.gen.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { boundaries },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'boundaries/no-cycle': ['error', { maxDepth: 12 }],
      'boundaries/no-restricted-paths': [
        'error',
        {
          zones: [
            ...featureZones,
            {
              target: ['./src/api', './src/components', './src/acl', './src/mqtt', './src/lib'],
              from: ['./src/features', './src/app'],
              message: 'Shared modules must not depend on features or the app shell.',
            },
            { target: './src/features', from: './src/app', message: 'Features must not depend on the app shell.' },
            {
              target: './src',
              from: './mocks',
              message: 'The app reaches the mock backend only through HTTP (msw) or src/main.tsx.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      'no-restricted-syntax': ['error', ...NO_HTML, ...NO_LITERAL_KEYS],
    },
  },
  {
    // The query factories are where keys are written.
    files: ['src/api/queries.ts', 'src/api/*/queries.ts', 'src/**/*.test.{ts,tsx}', 'src/test/**'],
    rules: { 'no-restricted-syntax': ['error', ...NO_HTML] },
  },
  ...pluginQuery.configs['flat/recommended'],
  {
    files: ['src/api/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'error' },
  },
  {
    // The topic engine is pure: no React, no I/O.
    files: ['src/acl/**/*.ts'],
    ignores: ['src/acl/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['react', 'react-*', '@tanstack/*', '@mantine/*', 'mqtt', 'node:*'] }],
    },
  },
  {
    // main.tsx is the one place allowed to start the mock worker (dynamic import).
    files: ['src/main.tsx', 'src/**/*.test.{ts,tsx}', 'src/test/**'],
    rules: { 'boundaries/no-restricted-paths': 'off' },
  },
);
