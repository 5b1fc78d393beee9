// Lint: typescript-eslint's type-aware rules, React hooks, and the context boundaries of ARCHITECTURE.md.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** utils/ is pure logic: no extension APIs anywhere in it. */
const NO_EXTENSION_GLOBALS = [
  { name: 'browser', message: 'utils/ is pure: no extension APIs.' },
  { name: 'chrome', message: 'utils/ is pure: no extension APIs.' },
];

/** Packages a content script must never bundle (ARCHITECTURE.md: no React, Dexie or zod). */
const HEAVY_PACKAGES = ['react', 'react/*', 'react-dom', 'react-dom/*', 'dexie', 'dexie-react-hooks', 'zod', 'zod/*', '@preact/*'];

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'public/**', 'docs/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser },
    },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/consistent-type-imports': 'error',
      // Dropping fields by destructuring (`const { id, ...rest } = row`) is the idiom for "all but".
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true, argsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'No HTML sinks: render data as text.' },
        { selector: "AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]", message: 'No HTML sinks: use textContent.' },
        { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'No HTML sinks.' },
        { selector: "CallExpression[callee.name='eval'], NewExpression[callee.name='Function']", message: 'No code from strings.' },
      ],
    },
  },
  {
    // Node scripts and configs run outside the extension.
    files: ['scripts/**', '*.config.{ts,js}', 'tests/e2e/**'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },

  // ── Boundaries between contexts (ARCHITECTURE.md "Folder layout") ─────────────────────────────
  {
    files: ['entrypoints/*.content/**', 'utils/collect/**', 'utils/counts.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: HEAVY_PACKAGES, message: 'Content scripts stay small: no React, Dexie or zod.' },
            { group: ['@/storage/*', '@/components/*', '@/entrypoints/background/*'], message: 'Content scripts only observe and send messages.' },
            // Anything else may cross as types only (messaging schemas are zod, their types are free).
            { group: ['@/utils/*', '!@/utils/collect', '!@/utils/collect/*', '!@/utils/counts', '!@/utils/platforms'], allowTypeImports: true, message: 'Content scripts import only utils/collect, utils/counts and utils/platforms (and types).' },
          ],
        },
      ],
    },
  },
  {
    files: ['utils/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['dexie', 'dexie-react-hooks'], message: 'utils/ is pure logic: no database.' },
            // Row types (z.infer of the storage schemas) may cross; code may not.
            { group: ['@/storage/*'], allowTypeImports: true, message: 'utils/ is pure logic: import row types only.' },
            { group: ['wxt/*', '#imports', 'react', 'react-dom', '@/components/*', '@/entrypoints/*'], message: 'utils/ is pure logic: no browser APIs, no UI.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', ...NO_EXTENSION_GLOBALS],
    },
  },
  {
    files: ['utils/**'],
    ignores: ['utils/collect/**'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...NO_EXTENSION_GLOBALS,
        { name: 'document', message: 'utils/ is pure: take the DOM you need as an argument.' },
        { name: 'window', message: 'utils/ is pure.' },
        { name: 'localStorage', message: 'utils/ is pure.' },
      ],
    },
  },
  {
    files: ['storage/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [{ group: ['react', 'react-dom', '@/components/*', '@/entrypoints/*', 'wxt/*'], message: 'storage/ holds data, not UI or browser wiring.' }] },
      ],
    },
  },
  {
    // A migration means tomorrow what it means today: it copies constants in instead of importing them.
    files: ['storage/migrations/0*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: [{ group: ['@/*', '../*', './*'], allowTypeImports: false, message: 'Migrations import nothing from the live app.' }] }],
    },
  },
  {
    files: ['components/**', 'entrypoints/sidepanel/**', 'entrypoints/popup/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@/entrypoints/*', '../*/../*'], message: 'UI never imports a content script or the background.' },
            { group: ['@/storage/db', '@/storage/migrations', '@/storage/migrations/*'], message: 'UI reads and writes through the storage/ repositories, not the tables.' },
          ],
        },
      ],
    },
  },
  {
    files: ['entrypoints/background/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react-dom', '@/components/*', '@/storage/db'], message: 'The background has no UI and uses the storage/ repositories.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', { name: 'window', message: 'A service worker has no window.' }, { name: 'document', message: 'A service worker has no document.' }],
    },
  },
);
