import type { AssessmentState, CreateAssessmentResponse } from '@dryrun/shared';
import { browserStorage } from '../browserStorage.ts';

/** One attempt this browser created, as the home page lists it. */
export interface PracticeEntry {
  id: string;
  links: CreateAssessmentResponse['links'];
  createdAt: string;
  /** e.g. "Screen: 2 problems, 45 minutes". */
  summary: string;
  /** Once started. */
  problems?: Array<{ title: string; topics: string[] }>;
  /** Once scored: the total, and each problem's share of its worth (0–1) by topic. */
  score?: { total: number; scale: number; byTopic: Record<string, number[]> };
}

const KEY = 'dryrun:practice';
/** Attempts kept; older ones fall off. */
const KEPT = 100;

/**
 * This browser's practice history, without accounts: what it created, with the score once
 * the attempt has one. Kept in `localStorage`; nothing here is sent anywhere.
 */
export const practiceHistory = {
  list(): PracticeEntry[] {
    const entries = browserStorage.getJson<PracticeEntry[]>(KEY);
    return Array.isArray(entries) ? entries : [];
  },

  created(response: CreateAssessmentResponse, summary: string, at = new Date()): void {
    const entry: PracticeEntry = { id: response.id, links: response.links, createdAt: at.toISOString(), summary };
    browserStorage.setJson(KEY, [entry, ...this.list().filter((e) => e.id !== response.id)].slice(0, KEPT));
  },

  /** Records what an attempt's page learnt (the problems at the start, the score at the end). */
  progressed(id: string, state: AssessmentState): void {
    const entries = this.list();
    const entry = entries.find((e) => e.id === id);
    if (!entry || state.phase === 'ready') return;
    const next: PracticeEntry = {
      ...entry,
      problems: state.problems.map(({ title, topics }) => ({ title, topics })),
    };
    if (state.phase === 'ended' && state.score) {
      const byTopic: Record<string, number[]> = {};
      for (const [index, problem] of state.score.problems.entries()) {
        for (const topic of state.problems[index]?.topics ?? []) {
          byTopic[topic] = [...(byTopic[topic] ?? []), problem.worth === 0 ? 0 : problem.points / problem.worth];
        }
      }
      next.score = { total: state.score.total, scale: state.score.scale, byTopic };
    }
    if (JSON.stringify(next) === JSON.stringify(entry)) return;
    browserStorage.setJson(
      KEY,
      entries.map((e) => (e.id === id ? next : e)),
    );
  },

  /** The review link of an attempt this browser created, if it did. */
  reviewLink(id: string): string | null {
    return this.list().find((e) => e.id === id)?.links.review ?? null;
  },
};

/** Per topic, the share of the points scored on its problems, attempt by attempt, oldest first. */
export function topicTrends(entries: readonly PracticeEntry[]): Array<{ topic: string; shares: number[] }> {
  const trends = new Map<string, number[]>();
  for (const entry of [...entries].reverse()) {
    for (const [topic, shares] of Object.entries(entry.score?.byTopic ?? {})) {
      const mean = shares.reduce((a, b) => a + b, 0) / shares.length;
      trends.set(topic, [...(trends.get(topic) ?? []), mean]);
    }
  }
  return [...trends].map(([topic, shares]) => ({ topic, shares })).sort((a, b) => a.topic.localeCompare(b.topic));
}
