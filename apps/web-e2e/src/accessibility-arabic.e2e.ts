/** Every screen of the app in Arabic (right to left) has no serious or critical WCAG 2.2 A/AA violation. */
import { checkEveryScreenIn } from './support/accessibility-screens.js';

checkEveryScreenIn('Arabic', 'ar', 'ar');
