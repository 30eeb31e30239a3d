// Lint: the recommended rules of ESLint and typescript-eslint, and the
// direction of the house's dependencies (STYLE.md): http and views reach the
// database only through services; domain is pure and imports only domain.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const LAYERS = ['db', 'services', 'http', 'views', 'i18n', 'importers', 'documents', 'jobs', 'cli', 'config', 'mail', 'auth'];
const outside = (layer) =>
  [`../${layer}/*`, `../../${layer}/*`, `../../../${layer}/*`, `../../../../${layer}/*`, `../../../../../${layer}/*`].flatMap((p) => [p, `${p}*/**`]);

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'data/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/http/**/*.{ts,tsx}', 'src/views/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: outside('db'),
              message:
                'http/ and views/ reach the database through a service (types from the service model or domain/, the handle as Db from services/database.ts).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/domain/**/*.{ts,tsx}'],
    ignores: ['src/domain/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: LAYERS.flatMap(outside), message: 'domain/ is pure: it imports only domain/.' },
            { regex: '^(?!\\.|node:)', message: 'domain/ is pure: no packages (Intl and the language are enough).' },
          ],
        },
      ],
    },
  },
  {
    files: ['bin/**/*.js', '.ci/**/*.js'],
    languageOptions: { globals: { console: 'readonly', process: 'readonly', URL: 'readonly' } },
  },
);
