import { type InstantPrecision, useViewerDateTimeFormat } from '../viewer/hooks/useViewerDateTimeFormat';

/**
 * An instant shown in the viewer's time zone and language, machine-readable in `dateTime`.
 * Isolated from the text around it: a formatted date's digits and separators otherwise reorder
 * with a neighbouring left-to-right name on a right-to-left page ("03 · Name/2026/12").
 */
export function DateTimeText({ value, precision }: { value: string; precision?: InstantPrecision }) {
  const format = useViewerDateTimeFormat();
  return (
    <time dateTime={value} style={{ unicodeBidi: 'isolate' }}>
      {format(value, precision)}
    </time>
  );
}
