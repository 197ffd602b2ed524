// Lint keeps the layers honest: the engine stays pure and deterministic, and imports only flow
// one way (engine ← cli ← protocol ← worker / app), as DESIGN.md draws them.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const layer = (name) => ({
  regex: `(^|/)${name}(/|$)`,
  message: `This layer may not import from src/${name}.`,
});
const anyPackage = { regex: '^[^.]', message: 'The engine imports nothing outside src/engine.' };

export default tseslint.config(
  { ignores: ['dist', 'coverage', 'test-results', 'playwright-report', 'node_modules'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      eqeqeq: ['error', 'always'],
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['src/app/**/*.{ts,tsx}', 'src/main.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // The engine: no DOM, no wall clock, no unseeded randomness, no timers.
    files: ['src/engine/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-globals': [
        'error',
        ...[
          'Date',
          'setTimeout',
          'setInterval',
          'setImmediate',
          'queueMicrotask',
          'requestAnimationFrame',
          'performance',
          'window',
          'document',
          'self',
          'globalThis',
          'process',
          'navigator',
          'fetch',
          'crypto',
          'structuredClone',
        ].map((name) => ({
          name,
          message: 'The engine is pure and deterministic: virtual time and the seeded Rng only.',
        })),
      ],
      'no-restricted-properties': [
        'error',
        {
          object: 'Math',
          property: 'random',
          message: 'Use the seeded Rng (src/engine/random.ts).',
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date']",
          message: 'No wall-clock time in the engine.',
        },
      ],
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [anyPackage, ...['cli', 'protocol', 'worker', 'app', 'lessons'].map(layer)] },
      ],
    },
  },
  {
    files: ['src/cli/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: ['protocol', 'worker', 'app', 'lessons'].map(layer) },
      ],
    },
  },
  {
    // The protocol carries lessons and sessions (their types): both sit below it, beside the cli.
    files: ['src/protocol/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: ['worker', 'app'].map(layer) },
      ],
    },
  },
  {
    files: ['src/worker/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: ['app'].map(layer) }],
    },
  },
  {
    // The app sees the engine's types and the protocol, never the engine's code.
    files: ['src/app/**/*.{ts,tsx}', 'src/lessons/**/*.ts', 'src/scenario/**/*.ts', 'src/main.tsx'],
    ignores: ['src/app/bridge/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              ...layer('engine'),
              message: 'The app may import only types from the engine.',
              allowTypeImports: true,
            },
            { ...layer('worker'), message: 'Only src/app/bridge talks to the worker code.' },
            layer('cli'),
          ],
        },
      ],
    },
  },
  {
    files: ['src/app/bridge/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              ...layer('engine'),
              message: 'The bridge may import only types from the engine.',
              allowTypeImports: true,
            },
          ],
        },
      ],
    },
  },
);
