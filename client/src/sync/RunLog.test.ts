import { LIMITS, type RunRecord } from '@dryrun/shared';
import { describe, expect, it } from 'vitest';
import { RunLog } from './RunLog.ts';

function run(id: string, status: RunRecord['status'], second = 0): RunRecord {
  return {
    id,
    mode: 'run',
    status,
    problemSlug: 'two-sum',
    language: 'javascript',
    by: { name: 'Cara', role: 'candidate' },
    createdAt: new Date(Date.UTC(2026, 0, 1, 12, 0, second)).toISOString(),
    finishedAt: null,
    customInput: null,
    complexity: null,
    follows: null,
    target: 'problem',
    report: null,
    error: null,
  };
}

const ids = (log: RunLog) => log.getRuns().map((r) => `${r.id}:${r.status}`);

describe('RunLog', () => {
  it("takes the snapshot's runs, then updates runs in place by id", () => {
    const log = new RunLog();
    let changes = 0;
    log.subscribe(() => changes++);
    log.replace([run('a', 'done', 1)]);
    log.upsert(run('b', 'running', 2));
    log.upsert(run('b', 'done', 2));
    expect(ids(log)).toEqual(['a:done', 'b:done']);
    expect(changes).toBe(3);
  });

  it('replaces the list with the runs of each join snapshot', () => {
    const log = new RunLog();
    log.replace([run('a', 'done', 1), run('b', 'running', 2)]);
    log.replace([run('b', 'done', 2), run('c', 'failed', 3)]);
    expect(ids(log)).toEqual(['b:done', 'c:failed']);
  });

  it('keeps as many runs as a late joiner is sent', () => {
    const log = new RunLog();
    for (let i = 0; i < LIMITS.runHistoryLength + 5; i++) log.upsert(run(`r${i}`, 'done', i));
    expect(log.getRuns()).toHaveLength(LIMITS.runHistoryLength);
    expect(log.getRuns().at(-1)?.id).toBe(`r${LIMITS.runHistoryLength + 4}`);
  });

  it("gathers a running program's streamed lines, and lets them go once it finishes", () => {
    const log = new RunLog();
    log.upsert(run('p', 'running', 1));
    log.appendOutput({ runId: 'p', lines: ['one', 'two'] });
    log.appendOutput({ runId: 'p', lines: ['three'] });
    expect(log.getOutput().get('p')).toEqual(['one', 'two', 'three']);
    log.upsert(run('p', 'done', 1));
    expect(log.getOutput().has('p')).toBe(false);
    // A late batch for a finished run is not shown again.
    log.appendOutput({ runId: 'p', lines: ['late'] });
    expect(log.getOutput().has('p')).toBe(false);
  });
});
