import type { VerdictLook } from './format.ts';

/** A verdict as an icon and words, coloured by tone; the words carry the meaning. */
export function VerdictBadge({
  look,
  className = '',
  testId,
}: {
  look: VerdictLook;
  className?: string;
  testId?: string;
}) {
  return (
    <span className={`verdict tone-${look.tone} ${className}`.trim()} data-testid={testId}>
      <span className="verdict-icon" aria-hidden="true">
        {look.icon}
      </span>
      <span className="verdict-label">{look.label}</span>
    </span>
  );
}
