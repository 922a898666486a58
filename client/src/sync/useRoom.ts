import { useEffect, useEffectEvent, useState, useSyncExternalStore } from 'react';
import { INITIAL_ROOM_STATE, RoomConnection, type RoomState } from './RoomConnection.ts';

/**
 * Opens a {@link RoomConnection} for as long as the component is mounted, once there is a
 * name to join with. A later change of name is the connection's (`rename`), not a new one.
 */
export function useRoom(roomId: string, token: string, name: string | null): RoomConnection | null {
  const [connection, setConnection] = useState<RoomConnection | null>(null);
  const joinAs = useEffectEvent(() => name);
  const named = name !== null;
  useEffect(() => {
    const first = joinAs();
    if (!named || !first) return;
    const next = new RoomConnection({ roomId, token, name: first });
    setConnection(next);
    return () => {
      next.destroy();
      setConnection(null);
    };
  }, [roomId, token, named]);
  return connection;
}

const noop = () => () => {};

/** The connection's state, re-rendering on every change. */
export function useRoomState(connection: RoomConnection | null): RoomState {
  return useSyncExternalStore(connection?.subscribe ?? noop, connection?.getState ?? (() => INITIAL_ROOM_STATE));
}
