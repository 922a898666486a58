import { useId, useRef, useState } from 'react';
import type { ProblemChooser } from '../sync/useProblemChooser.ts';
import { MatchCount, ProblemFilters } from './ProblemFilters.tsx';
import { ProblemSummary } from './ProblemTags.tsx';
import { filterProblems, NO_FILTER } from './problemFilter.ts';
import { useProblemListing } from './useProblemListing.ts';

/**
 * Interviewers only: "Choose problem" opens a modal dialog (native `<dialog>`: the rest of
 * the page is inert while it is open, and Esc closes it) listing the problem set, to search
 * and filter; choosing one puts it in front of the whole room.
 */
export function ProblemPicker({ current, chooser }: { current: string | null; chooser: ProblemChooser }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const search = useRef<HTMLInputElement>(null);
  const headingId = useId();
  const [opened, setOpened] = useState(false);
  const listing = useProblemListing(opened);
  const [filter, setFilter] = useState(NO_FILTER);

  const open = () => {
    setOpened(true);
    // Each visit starts from the whole set, the current problem marked.
    setFilter(NO_FILTER);
    dialog.current?.showModal();
    search.current?.focus();
  };
  const close = () => dialog.current?.close();
  const choose = async (slug: string | null) => {
    if (slug === current) return close();
    if (await chooser.choose(slug)) close();
  };

  const problems = listing.status === 'ready' ? listing.problems : [];
  const shown = filterProblems(problems, filter);
  return (
    <>
      <button type="button" className="choose-problem" aria-haspopup="dialog" onClick={open}>
        Choose problem
      </button>
      {/* biome-ignore lint/a11y/useKeyWithClickEvents: a backdrop click is the mouse's Esc, which <dialog> handles itself */}
      <dialog
        ref={dialog}
        className="problem-picker"
        aria-labelledby={headingId}
        onClose={chooser.dismiss}
        onClick={(e) => e.target === e.currentTarget && outside(e.currentTarget, e) && close()}
        data-testid="problem-picker"
      >
        <div className="problem-picker-header">
          <h2 id={headingId}>Choose a problem</h2>
          <button type="button" className="icon-button" onClick={close} aria-label="Close">
            <span aria-hidden="true">✕</span>
          </button>
        </div>
        <p className="hint">Everyone in the room switches to it. Code already written for a problem is kept.</p>
        <ProblemFilters problems={problems} filter={filter} onChange={setFilter} searchRef={search} />
        {listing.status === 'loading' && <p className="loading">Loading the problem set…</p>}
        {listing.status === 'failed' && (
          <p className="error" role="alert">
            {listing.message}
          </p>
        )}
        {listing.status === 'ready' && <MatchCount shown={shown.length} total={problems.length} />}
        {chooser.refusal && (
          <p className="error" role="alert" data-testid="problem-refusal">
            {chooser.refusal}
          </p>
        )}
        <ul className="problem-rows" aria-label="Problems" aria-busy={chooser.busy}>
          <li>
            <button
              type="button"
              className="problem-row"
              disabled={chooser.busy}
              aria-current={current === null}
              onClick={() => choose(null)}
            >
              <span className="problem-summary">
                <span className="problem-summary-title">Blank pad</span>
                <span className="hint">No problem: write and run any program</span>
              </span>
              {current === null && <span className="tag">Current</span>}
            </button>
          </li>
          {shown.map((problem) => (
            <li key={problem.slug}>
              <button
                type="button"
                className="problem-row"
                disabled={chooser.busy}
                aria-current={problem.slug === current}
                onClick={() => choose(problem.slug)}
              >
                <ProblemSummary problem={problem} />
                {problem.slug === current && <span className="tag">Current</span>}
              </button>
            </li>
          ))}
        </ul>
      </dialog>
    </>
  );
}

/** Whether a click fell on the backdrop rather than in the dialog's box (its padding included). */
function outside(box: Element, { clientX, clientY }: { clientX: number; clientY: number }): boolean {
  const r = box.getBoundingClientRect();
  return clientX < r.left || clientX > r.right || clientY < r.top || clientY > r.bottom;
}
