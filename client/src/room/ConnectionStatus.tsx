import { assertNever } from '@dryrun/shared';
import type { RoomState } from '../sync/RoomConnection.ts';

function describe(state: RoomState): { label: string; detail: string } {
  switch (state.status) {
    case 'connecting':
      return { label: 'Connecting…', detail: 'Joining the room.' };
    case 'connected':
      return state.synced
        ? { label: 'Connected', detail: 'Everything you type is saved on the server.' }
        : { label: 'Syncing…', detail: 'Exchanging changes with the server.' };
    case 'reconnecting':
      return {
        label: 'Reconnecting…',
        detail: 'Your edits are kept on this device and will sync when the connection is back.',
      };
    case 'offline':
      return { label: 'Offline', detail: 'Your edits are kept on this device and will sync when you are back online.' };
    case 'failed':
      return { label: 'Not connected', detail: state.error?.message ?? 'The server refused the connection.' };
    default:
      return assertNever(state.status);
  }
}

export function ConnectionStatus({ state }: { state: RoomState }) {
  const { label, detail } = describe(state);
  return (
    <output
      className={`status status-${state.status}`}
      title={detail}
      aria-live="polite"
      data-testid="connection-status"
      data-status={state.status}
      data-synced={state.synced}
    >
      <span className="status-dot" aria-hidden="true" />
      {label}
      <span className="visually-hidden"> — {detail}</span>
    </output>
  );
}
