import {
  type AssessmentReport,
  assessmentReportApiPath,
  type CreateAssessmentRequest,
  type CreateAssessmentResponse,
  type CreateRoomRequest,
  type CreateRoomResponse,
  DryRunError,
  type FeedbackRating,
  type FeedbackReport,
  historyApiPath,
  isErrorPayload,
  type ProblemListing,
  type RatingRequest,
  reportApiPath,
  type SessionFeedbackView,
  type SessionHistory,
  sessionApiPath,
} from '@dryrun/shared';

/** `POST /api/rooms`; throws an Error with the server's message on failure. */
export function createRoom(request: CreateRoomRequest): Promise<CreateRoomResponse> {
  return create('/api/rooms', request);
}

/** `POST /api/assessments`; throws an Error with the server's message on failure. */
export function createAssessment(request: CreateAssessmentRequest): Promise<CreateAssessmentResponse> {
  return create('/api/assessments', request);
}

/** POSTs a creation request as JSON; throws an Error with the server's message on failure. */
async function create<T>(path: string, request: object): Promise<T> {
  const response = await fetch(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(request),
  });
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    throw new Error(isErrorPayload(body) ? body.message : `The server answered ${response.status}.`);
  }
  return body as T;
}

/** `GET /api/problems`: the problem set as anyone may see it; throws an Error on failure. */
export async function listProblems(signal?: AbortSignal): Promise<ProblemListing[]> {
  const response = await fetch('/api/problems', { signal });
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok || !Array.isArray(body)) {
    throw new Error(isErrorPayload(body) ? body.message : `The server answered ${response.status}.`);
  }
  return body as ProblemListing[];
}

/*
 * The feedback report. These throw a DryRunError carrying the server's reason (NOT_READY,
 * BAD_TOKEN, FORBIDDEN, …), and let fetch's TypeError through when the server is unreachable,
 * so a page can tell "refused" from "offline". The token rides in a header, not the URL.
 */

/** `GET /api/rooms/:id/report`. */
export async function fetchReport(roomId: string, token: string, signal?: AbortSignal): Promise<FeedbackReport> {
  const response = await fetch(reportApiPath(roomId), { headers: bearer(token), signal, cache: 'no-store' });
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) throw refusal(response, body);
  return body as FeedbackReport;
}

/** `GET /api/rooms/:id/report.md`: the report as a Markdown file. */
export async function fetchReportMarkdown(roomId: string, token: string): Promise<Blob> {
  const response = await fetch(reportApiPath(roomId, 'markdown'), { headers: bearer(token), cache: 'no-store' });
  if (!response.ok) throw refusal(response, await response.json().catch(() => null));
  return response.blob();
}

/** `GET /api/assessments/:id/report`. */
export async function fetchAssessmentReport(
  roomId: string,
  token: string,
  signal?: AbortSignal,
): Promise<AssessmentReport> {
  const response = await fetch(assessmentReportApiPath(roomId), { headers: bearer(token), signal, cache: 'no-store' });
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) throw refusal(response, body);
  return body as AssessmentReport;
}

/** `GET /api/assessments/:id/report.md`. */
export async function fetchAssessmentMarkdown(roomId: string, token: string): Promise<Blob> {
  const response = await fetch(assessmentReportApiPath(roomId, 'markdown'), {
    headers: bearer(token),
    cache: 'no-store',
  });
  if (!response.ok) throw refusal(response, await response.json().catch(() => null));
  return response.blob();
}

/** `POST /api/rooms/:id/report/rating`: the candidate rates the feedback (again replaces it). */
export async function rateFeedback(roomId: string, token: string, rating: RatingRequest): Promise<FeedbackRating> {
  const response = await fetch(reportApiPath(roomId, 'rating'), {
    method: 'POST',
    headers: { ...bearer(token), 'content-type': 'application/json' },
    body: JSON.stringify(rating),
  });
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) throw refusal(response, body);
  return body as FeedbackRating;
}

/** `GET /api/rooms/:id/session`: where a two-half session's feedback stands; null for a room of one half. */
export async function fetchSessionFeedback(
  roomId: string,
  token: string,
  signal?: AbortSignal,
): Promise<SessionFeedbackView | null> {
  const response = await fetch(sessionApiPath(roomId), { headers: bearer(token), signal, cache: 'no-store' });
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) throw refusal(response, body);
  return body as SessionFeedbackView | null;
}

/** `GET /api/rooms/:id/history`: a session's timeline and edits, for its replay. */
export async function fetchHistory(roomId: string, token: string, signal?: AbortSignal): Promise<SessionHistory> {
  const response = await fetch(historyApiPath(roomId), { headers: bearer(token), signal, cache: 'no-store' });
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) throw refusal(response, body);
  return body as SessionHistory;
}

/** `GET /api/rooms/:id/export`: the session's history as a file. */
export async function fetchSessionExport(roomId: string, token: string): Promise<Blob> {
  const response = await fetch(historyApiPath(roomId, 'export'), { headers: bearer(token), cache: 'no-store' });
  if (!response.ok) throw refusal(response, await response.json().catch(() => null));
  return response.blob();
}

function bearer(token: string): Record<string, string> {
  return { authorization: `Bearer ${token}` };
}

/** The server's refusal, or (a proxy's HTML error page, say) a generic one with the status. */
function refusal(response: Response, body: unknown): DryRunError {
  return isErrorPayload(body)
    ? new DryRunError(body.reason, body.message)
    : new DryRunError('INTERNAL', `The server answered ${response.status}.`);
}
