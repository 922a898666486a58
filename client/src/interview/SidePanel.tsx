import { type KeyboardEvent, type ReactNode, useId, useRef, useState } from 'react';
import './interview.css';

export interface SideTab {
  id: string;
  label: string;
  /** A count shown beside the label (notes, claims), if any. */
  count?: number;
  content: ReactNode;
}

/**
 * The room's side panel as tabs (arrow keys move between them). Every tab stays mounted
 * while hidden, so a half-typed note or claim survives a look at another tab.
 */
export function SidePanel({ tabs, initial }: { tabs: SideTab[]; initial: string }) {
  const id = useId();
  const [selected, setSelected] = useState(initial);
  const current = tabs.some((t) => t.id === selected) ? selected : (tabs[0]?.id ?? '');
  const buttons = useRef(new Map<string, HTMLButtonElement>());

  const onKeyDown = (event: KeyboardEvent) => {
    const index = tabs.findIndex((t) => t.id === current);
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0 || index === -1) return;
    event.preventDefault();
    const next = tabs[(index + step + tabs.length) % tabs.length];
    if (!next) return;
    setSelected(next.id);
    buttons.current.get(next.id)?.focus();
  };

  return (
    <div className="side-panel">
      <div className="side-tabs" role="tablist" aria-label="Interview tools" onKeyDown={onKeyDown}>
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
            onClick={() => setSelected(tab.id)}
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
          className="side-tab-panel"
          hidden={tab.id !== current}
        >
          {tab.content}
        </div>
      ))}
    </div>
  );
}
