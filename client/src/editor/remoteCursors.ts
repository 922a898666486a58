import type { Awareness } from 'y-protocols/awareness';

interface AwarenessUser {
  name?: unknown;
  color?: unknown;
  role?: unknown;
}

/** A CSS string literal that cannot break out of its quotes, whatever the name holds. */
function cssString(text: string): string {
  return `"${[...text].map((ch) => (/[\w ]/.test(ch) ? ch : `\\${ch.codePointAt(0)?.toString(16)} `)).join('')}"`;
}

const COLOR = /^#[0-9a-f]{6}$/i;

/**
 * Keeps a <style> element in sync with awareness: each peer's selection in their colour,
 * and a name label on their caret. y-monaco tags decorations with the peer's client id.
 * An observer is never drawn (the server relays no observer's cursor; this holds anyway).
 */
export function renderRemoteCursors(awareness: Awareness): () => void {
  const style = document.createElement('style');
  document.head.appendChild(style);
  const render = () => {
    const rules: string[] = [];
    awareness.getStates().forEach((state, clientId) => {
      if (clientId === awareness.clientID) return;
      const user = (state as { user?: AwarenessUser }).user ?? {};
      if (user.role === 'observer') {
        rules.push(`.yRemoteSelection-${clientId}, .yRemoteSelectionHead-${clientId} { display: none; }`);
        return;
      }
      const color = typeof user.color === 'string' && COLOR.test(user.color) ? user.color : '#888888';
      const name = typeof user.name === 'string' ? user.name.slice(0, 40) : 'Someone';
      rules.push(
        `.yRemoteSelection-${clientId} { background-color: ${color}40; }`,
        `.yRemoteSelectionHead-${clientId} { position: absolute; height: 100%; border-left: 2px solid ${color}; box-sizing: border-box; }`,
        `.yRemoteSelectionHead-${clientId}::after { content: ${cssString(name)}; position: absolute; top: -1.3em; left: -2px; padding: 0 4px; font: 11px/1.3em system-ui, sans-serif; color: #fff; background: ${color}; border-radius: 3px 3px 3px 0; white-space: nowrap; pointer-events: none; z-index: 10; }`,
      );
    });
    style.textContent = rules.join('\n');
  };
  awareness.on('change', render);
  render();
  return () => {
    awareness.off('change', render);
    style.remove();
  };
}
