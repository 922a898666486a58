import type { RoomProblem } from '@dryrun/shared';
import { useId } from 'react';

/** The problem's visible tests: the calls Run checks and the answers they expect. */
export function Examples({ examples }: { examples: RoomProblem['examples'] }) {
  const id = useId();
  if (examples.length === 0) return null;
  return (
    <section className="problem-examples" aria-labelledby={id} data-testid="problem-examples">
      <h3 id={id}>Sample tests</h3>
      <p className="hint">Run checks these; Submit adds hidden tests.</p>
      <ol>
        {examples.map((example) => (
          <li key={example.name}>
            <span className="example-name">{example.name}</span>
            <dl>
              <div>
                <dt>Input</dt>
                <dd>
                  <pre>{example.input}</pre>
                </dd>
              </div>
              <div>
                <dt>Expected</dt>
                <dd>
                  <pre>{example.expected}</pre>
                </dd>
              </div>
            </dl>
          </li>
        ))}
      </ol>
    </section>
  );
}
