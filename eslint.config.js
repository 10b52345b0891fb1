import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['.output/**', '.output-*/**', '.wxt/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'demo-output/**', 'docs/schema/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    // Code that ships in the extension or in the pure core runs in browsers: no Node globals,
    // and no stray console output (use utils/ext/logger.ts). A `process.env` read here once
    // crashed the content script on load, where no try/catch can see it.
    files: ['utils/**/*.{ts,tsx}', 'entrypoints/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-globals': ['error', { name: 'process', message: 'Browser and core code must not use Node globals.' }, { name: 'Buffer', message: 'Browser and core code must not use Node globals.' }],
      'no-console': 'error',
    },
  },
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
);
