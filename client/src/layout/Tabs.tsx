import { type KeyboardEvent, type ReactNode, useId, useRef } from 'react';

export interface Tab {
  id: string;
  label: string;
  /** A count shown beside the label (notes, claims), if any. */
  count?: number;
  content: ReactNode;
}

const STEP: Record<string, (index: number, length: number) => number> = {
  ArrowRight: (i, n) => (i + 1) % n,
  ArrowLeft: (i, n) => (i - 1 + n) % n,
  Home: () => 0,
  End: (_i, n) => n - 1,
};

/**
 * Tabs as the WAI-ARIA tabs pattern has them: Tab reaches the selected tab, the arrow keys,
 * Home and End move between tabs (selecting as they go), and Tab again enters the panel,
 * which takes focus itself so that a keyboard can scroll it. Every panel stays mounted
 * while hidden, so a half-typed note survives a look at another tab.
 */
export function Tabs({
  tabs,
  selected,
  onSelect,
  label,
  className,
}: {
  tabs: readonly Tab[];
  selected: string;
  onSelect: (id: string) => void;
  /** What the tabs are, for screen readers ("Interview tools"). */
  label: string;
  className?: string;
}) {
  const id = useId();
  const current = tabs.some((t) => t.id === selected) ? selected : (tabs[0]?.id ?? '');
  const buttons = useRef(new Map<string, HTMLButtonElement>());

  const onKeyDown = (event: KeyboardEvent) => {
    const step = STEP[event.key];
    const index = tabs.findIndex((t) => t.id === current);
    if (!step || index === -1) return;
    event.preventDefault();
    const next = tabs[step(index, tabs.length)];
    if (!next) return;
    onSelect(next.id);
    buttons.current.get(next.id)?.focus();
  };

  return (
    <div className={className ? `tabs ${className}` : 'tabs'}>
      <div className="tab-list" role="tablist" aria-label={label} onKeyDown={onKeyDown}>
        {tabs.map((tab) => (
          <button
            key={tab.id}
            ref={(el) => {
              if (el) buttons.current.set(tab.id, el);
              else buttons.current.delete(tab.id);
            }}
            type="button"
            role="tab"
            id={`${id}-${tab.id}-tab`}
            aria-selected={tab.id === current}
            aria-controls={`${id}-${tab.id}-panel`}
            tabIndex={tab.id === current ? 0 : -1}
            onClick={() => onSelect(tab.id)}
          >
            {tab.label}
            {tab.count ? (
              <span className="tab-count">
                <span className="visually-hidden">, </span>
                {tab.count}
              </span>
            ) : null}
          </button>
        ))}
      </div>
      {tabs.map((tab) => (
        <div
          key={tab.id}
          role="tabpanel"
          id={`${id}-${tab.id}-panel`}
          aria-labelledby={`${id}-${tab.id}-tab`}
          // biome-ignore lint/a11y/noNoninteractiveTabindex: the ARIA tabs pattern: a tab panel takes focus, so a keyboard can scroll it
          tabIndex={0}
          className="tab-panel"
          hidden={tab.id !== current}
          data-tab={tab.id}
        >
          {tab.content}
        </div>
      ))}
    </div>
  );
}
