import { useEffect, useState, useSyncExternalStore } from 'react';
import { INITIAL_ROOM_STATE, RoomConnection, type RoomState } from './RoomConnection.ts';

/** Opens a {@link RoomConnection} for as long as the component is mounted. */
export function useRoom(roomId: string, token: string, name: string | null): RoomConnection | null {
  const [connection, setConnection] = useState<RoomConnection | null>(null);
  useEffect(() => {
    if (!name) return;
    const next = new RoomConnection({ roomId, token, name });
    setConnection(next);
    return () => {
      next.destroy();
      setConnection(null);
    };
  }, [roomId, token, name]);
  return connection;
}

const noop = () => () => {};

/** The connection's state, re-rendering on every change. */
export function useRoomState(connection: RoomConnection | null): RoomState {
  return useSyncExternalStore(connection?.subscribe ?? noop, connection?.getState ?? (() => INITIAL_ROOM_STATE));
}
