// Local ESLint plugin, registered in /eslint.config.js as `ecw`.
// Plain ESM JavaScript: no build step.
import { resolversMustBeGuarded } from './resolvers-must-be-guarded.js';

export const rules = {
  'resolvers-must-be-guarded': resolversMustBeGuarded,
};

export default {
  meta: { name: 'eslint-plugin-ecw' },
  rules,
};
