import { NameForm } from './NameForm.tsx';

/** The first visit's question, before joining: the name is then remembered by this browser. */
export function NamePrompt({ onSubmit }: { onSubmit: (name: string) => void }) {
  return (
    <main className="page narrow">
      <h1>Join the interview</h1>
      <NameForm initial="" submitLabel="Join" onSubmit={onSubmit} />
    </main>
  );
}
