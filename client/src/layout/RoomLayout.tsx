import { type ReactNode, useState } from 'react';
import { Group, Panel, Separator, useDefaultLayout, usePanelRef } from 'react-resizable-panels';
import { browserStorage } from '../browserStorage.ts';
import { Tabs } from './Tabs.tsx';
import { useMediaQuery } from './useMediaQuery.ts';
import './layout.css';

/** Below this width (a narrow window, or a zoomed one) the room shows one part at a time. */
const COMPACT_QUERY = '(max-width: 56rem)';

/** Opens and closes the problem pane; null where the layout has no room to keep it aside. */
export interface PaneControl {
  open: boolean;
  setOpen(open: boolean): void;
}

export interface RoomParts {
  problem: (pane: PaneControl | null) => ReactNode;
  editor: ReactNode;
  results: ReactNode;
  side: ReactNode;
  /** What the side panel holds, as its tab in the compact layout ("Interview"). */
  sideLabel: string;
}

/**
 * The room's panes, filling the window without ever scrolling it: each pane scrolls inside
 * itself. Wide: problem | code over results | side panel, every border draggable and
 * keyboard-resizable (arrows, Home, End; Enter folds the problem away), the sizes remembered
 * per browser under `layoutKey`. Compact: one part at a time, chosen by tabs.
 */
export function RoomLayout({ parts, layoutKey }: { parts: RoomParts; layoutKey: string }) {
  const compact = useMediaQuery(COMPACT_QUERY);
  return compact ? (
    <CompactLayout parts={parts} layoutKey={layoutKey} />
  ) : (
    <WideLayout parts={parts} layoutKey={layoutKey} />
  );
}

function useRememberedLayout(id: string) {
  return useDefaultLayout({ id: `dryrun:layout:${id}`, storage: browserStorage, onlySaveAfterUserInteractions: true });
}

function WideLayout({ parts, layoutKey }: { parts: RoomParts; layoutKey: string }) {
  const columns = useRememberedLayout(`${layoutKey}:columns`);
  const problemPanel = usePanelRef();
  const [problemOpen, setProblemOpen] = useState(true);
  const pane: PaneControl = {
    open: problemOpen,
    setOpen: (open) => (open ? problemPanel.current?.expand() : problemPanel.current?.collapse()),
  };
  return (
    <Group
      orientation="horizontal"
      className="room-body"
      defaultLayout={columns.defaultLayout}
      onLayoutChanged={columns.onLayoutChanged}
    >
      <Panel
        id="problem"
        panelRef={problemPanel}
        className="room-pane"
        defaultSize="28%"
        minSize="15rem"
        collapsible
        collapsedSize="2.75rem"
        onResize={() => setProblemOpen(!problemPanel.current?.isCollapsed())}
      >
        {parts.problem(pane)}
      </Panel>
      <Separator className="resize-handle" aria-label="Resize the problem pane" />
      <Panel id="work" className="room-pane" minSize="22rem">
        <CodeAndResults parts={parts} layoutKey={layoutKey} />
      </Panel>
      <Separator className="resize-handle" aria-label="Resize the side panel" />
      <Panel id="side" className="room-pane room-side" defaultSize="26%" minSize="16rem" maxSize="50%">
        {parts.side}
      </Panel>
    </Group>
  );
}

function CodeAndResults({ parts, layoutKey }: { parts: RoomParts; layoutKey: string }) {
  const rows = useRememberedLayout(`${layoutKey}:rows`);
  return (
    <Group
      orientation="vertical"
      className="room-work"
      defaultLayout={rows.defaultLayout}
      onLayoutChanged={rows.onLayoutChanged}
    >
      <Panel id="editor" className="room-pane" minSize="6rem">
        {parts.editor}
      </Panel>
      <Separator className="resize-handle" aria-label="Resize the results" />
      <Panel id="results" className="room-pane" defaultSize="38%" minSize="4.5rem">
        {parts.results}
      </Panel>
    </Group>
  );
}

const COMPACT_VIEW_KEY = 'dryrun:layout:compactView';

function CompactLayout({ parts, layoutKey }: { parts: RoomParts; layoutKey: string }) {
  const [view, setView] = useState(() => browserStorage.getItem(COMPACT_VIEW_KEY) ?? 'code');
  const choose = (next: string) => {
    setView(next);
    browserStorage.setItem(COMPACT_VIEW_KEY, next);
  };
  return (
    <Tabs
      className="room-body room-compact"
      label="Room"
      selected={view}
      onSelect={choose}
      tabs={[
        { id: 'problem', label: 'Problem', content: parts.problem(null) },
        { id: 'code', label: 'Code', content: <CodeAndResults parts={parts} layoutKey={`${layoutKey}:compact`} /> },
        { id: 'side', label: parts.sideLabel, content: parts.side },
      ]}
    />
  );
}
