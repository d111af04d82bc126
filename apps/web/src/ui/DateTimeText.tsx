import { useViewerDateTimeFormat } from '../viewer/hooks/useViewerDateTimeFormat';

/** An instant shown in the viewer's time zone and language, machine-readable in `dateTime`. */
export function DateTimeText({ value }: { value: string }) {
  const format = useViewerDateTimeFormat();
  return <time dateTime={value}>{format(value)}</time>;
}
