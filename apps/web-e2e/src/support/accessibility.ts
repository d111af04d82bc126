import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** WCAG 2.2 level A and AA, with the 2.0 and 2.1 rules they include. */
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const BLOCKING = new Set(['serious', 'critical']);
/**
 * axe marks this WCAG 2.5.3 (A) rule experimental and leaves it off by default; it is the one
 * that catches a control whose accessible name does not contain its visible text.
 */
const EXPERIMENTAL_RULES_ON = { 'label-content-name-mismatch': { enabled: true } };

/**
 * Runs axe-core over the page as it is now and fails on any serious or critical WCAG 2.2 A/AA
 * violation, naming the rule, the help text and the elements, so the message is the fix list.
 */
export async function expectNoSeriousViolations(page: Page, screen: string): Promise<void> {
  // Legacy mode runs axe in the page itself. The default finishes each run in a new blank page,
  // a renderer process of its own per screen checked, for frames of other origins we do not have.
  const results = await new AxeBuilder({ page })
    .setLegacyMode()
    .withTags(WCAG_22_AA)
    // Only violations are read: axe then collects one node, not every node, for passes and the rest.
    .options({ rules: EXPERIMENTAL_RULES_ON, resultTypes: ['violations'] })
    .analyze();
  const blocking = results.violations.filter((violation) => BLOCKING.has(violation.impact ?? ''));
  const report = blocking.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help}\n` +
      violation.nodes.map((node) => `    ${node.target.join(' ')}: ${node.failureSummary ?? ''}`).join('\n'),
  );
  if (report.length > 0) {
    throw new Error(
      `${screen} has ${report.length} serious or critical accessibility violation(s):\n${report.join('\n')}`,
    );
  }
}
