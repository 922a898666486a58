import { formatClock, formatDateTime } from './reportFormat.ts';

/** A moment of the session as the time of day; the full date is in `dateTime` and the tooltip. */
export function Timestamp({ at }: { at: string }) {
  return (
    <time dateTime={at} title={formatDateTime(at)} className="report-timestamp">
      {formatClock(at)}
    </time>
  );
}
