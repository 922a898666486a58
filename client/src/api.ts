import { type CreateRoomRequest, type CreateRoomResponse, isErrorPayload, type ProblemListing } from '@dryrun/shared';

/** `POST /api/rooms`; throws an Error with the server's message on failure. */
export async function createRoom(request: CreateRoomRequest): Promise<CreateRoomResponse> {
  const response = await fetch('/api/rooms', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(request),
  });
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    throw new Error(isErrorPayload(body) ? body.message : `The server answered ${response.status}.`);
  }
  return body as CreateRoomResponse;
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
