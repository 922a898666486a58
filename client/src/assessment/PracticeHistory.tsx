import { topicLabel } from '../problem/problemFilter.ts';
import { practiceHistory, topicTrends } from './practiceHistory.ts';

/** This browser's past attempts, newest first, and per topic how the scores went over time. */
export function PracticeHistory() {
  const entries = practiceHistory.list();
  if (entries.length === 0) return null;
  const trends = topicTrends(entries);
  return (
    <section className="stack practice-history" aria-labelledby="history-heading" data-testid="practice-history">
      <h3 id="history-heading">Your practice (kept in this browser)</h3>
      <ol className="history-list">
        {entries.map((entry) => (
          <li key={entry.id}>
            <a href={entry.links.candidate}>{entry.summary}</a>{' '}
            <span className="hint">{new Date(entry.createdAt).toLocaleDateString()}</span>
            {entry.problems && <span> — {entry.problems.map((p) => p.title).join(', ')}</span>}{' '}
            {entry.score ? (
              <strong data-testid="history-score">
                {entry.score.total} / {entry.score.scale}
              </strong>
            ) : (
              <span className="hint">not scored yet</span>
            )}
          </li>
        ))}
      </ol>
      {trends.length > 0 && (
        <table className="topic-trends" data-testid="topic-trends">
          <caption>Points scored per topic, attempt by attempt (oldest first)</caption>
          <thead>
            <tr>
              <th scope="col">Topic</th>
              <th scope="col">Scores</th>
            </tr>
          </thead>
          <tbody>
            {trends.map(({ topic, shares }) => (
              <tr key={topic}>
                <th scope="row">{topicLabel(topic)}</th>
                <td>{shares.map((share) => `${Math.round(share * 100)} %`).join(' → ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
