import { type ReactNode, useLayoutEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
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

type PartName = 'problem' | 'editor' | 'results' | 'side';
type Hosts = Record<PartName, HTMLDivElement>;

/**
 * The room's parts, filling the window without ever scrolling it: each pane scrolls inside
 * itself. Wide: problem | code over results | side panel, every border draggable and
 * keyboard-resizable (arrows, Home, End; Enter folds the problem away), the sizes
 * remembered per browser. Compact: one part at a time, chosen by tabs.
 *
 * Each part is rendered once, into an element of its own that the layout in use places
 * (a portal): crossing from one layout to the other, zooming say, moves the parts without
 * unmounting them, so the editor keeps its undo history and a half-written note survives.
 */
export function RoomLayout({ parts }: { parts: RoomParts }) {
  const compact = useMediaQuery(COMPACT_QUERY);
  const [hosts] = useState<Hosts>(() => ({
    problem: partHost(),
    editor: partHost(),
    results: partHost(),
    side: partHost(),
  }));
  const problemPanel = usePanelRef();
  const [problemOpen, setProblemOpen] = useState(true);
  const pane: PaneControl | null = compact
    ? null
    : {
        open: problemOpen,
        setOpen: (open) => (open ? problemPanel.current?.expand() : problemPanel.current?.collapse()),
      };
  return (
    <>
      {createPortal(parts.problem(pane), hosts.problem)}
      {createPortal(parts.editor, hosts.editor)}
      {createPortal(parts.results, hosts.results)}
      {createPortal(parts.side, hosts.side)}
      {compact ? (
        <CompactLayout hosts={hosts} sideLabel={parts.sideLabel} />
      ) : (
        <WideLayout
          hosts={hosts}
          problemPanel={problemPanel}
          onProblemResize={() => setProblemOpen(!problemPanel.current?.isCollapsed())}
        />
      )}
    </>
  );
}

function partHost(): HTMLDivElement {
  const host = document.createElement('div');
  host.className = 'room-part';
  return host;
}

/** Where a part shows in the layout in use: its element is moved here, not re-rendered. */
function Slot({ host }: { host: HTMLDivElement }) {
  const slot = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    slot.current?.appendChild(host);
    return () => host.remove();
  }, [host]);
  return <div ref={slot} className="room-slot" />;
}

function useRememberedLayout(id: string) {
  return useDefaultLayout({ id: `dryrun:layout:${id}`, storage: browserStorage });
}

function WideLayout({
  hosts,
  problemPanel,
  onProblemResize,
}: {
  hosts: Hosts;
  problemPanel: ReturnType<typeof usePanelRef>;
  onProblemResize: () => void;
}) {
  const columns = useRememberedLayout('columns');
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
        onResize={onProblemResize}
      >
        <Slot host={hosts.problem} />
      </Panel>
      <Separator className="resize-handle" aria-label="Resize the problem pane" />
      <Panel id="work" className="room-pane" minSize="22rem">
        <CodeAndResults hosts={hosts} layoutId="rows" />
      </Panel>
      <Separator className="resize-handle" aria-label="Resize the side panel" />
      <Panel id="side" className="room-pane room-side" defaultSize="26%" minSize="16rem" maxSize="50%">
        <Slot host={hosts.side} />
      </Panel>
    </Group>
  );
}

function CodeAndResults({ hosts, layoutId }: { hosts: Hosts; layoutId: string }) {
  const rows = useRememberedLayout(layoutId);
  return (
    <Group
      orientation="vertical"
      className="room-work"
      defaultLayout={rows.defaultLayout}
      onLayoutChanged={rows.onLayoutChanged}
    >
      <Panel id="editor" className="room-pane" minSize="6rem">
        <Slot host={hosts.editor} />
      </Panel>
      <Separator className="resize-handle" aria-label="Resize the results" />
      <Panel id="results" className="room-pane" defaultSize="38%" minSize="4.5rem">
        <Slot host={hosts.results} />
      </Panel>
    </Group>
  );
}

const COMPACT_VIEW_KEY = 'dryrun:layout:compactView';

function CompactLayout({ hosts, sideLabel }: { hosts: Hosts; sideLabel: string }) {
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
        { id: 'problem', label: 'Problem', content: <Slot host={hosts.problem} /> },
        { id: 'code', label: 'Code', content: <CodeAndResults hosts={hosts} layoutId="compact:rows" /> },
        { id: 'side', label: sideLabel, content: <Slot host={hosts.side} /> },
      ]}
    />
  );
}
