import { useState } from 'react';
import { type Tab, Tabs } from '../layout/Tabs.tsx';
import './interview.css';

/** The room's side panel: the interview tools (guide, think-aloud, Big-O, notes, scorecard) as tabs. */
export function SidePanel({ tabs, initial }: { tabs: Tab[]; initial: string }) {
  const [selected, setSelected] = useState(initial);
  return <Tabs tabs={tabs} selected={selected} onSelect={setSelected} label="Interview tools" className="side-panel" />;
}
