/** Every screen of the app in English has no serious or critical WCAG 2.2 A/AA violation. */
import { checkEveryScreenIn } from './support/accessibility-screens.js';

checkEveryScreenIn('English', 'en', 'en-GB');
