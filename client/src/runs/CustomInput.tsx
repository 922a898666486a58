import { LIMITS } from '@dryrun/shared';
import { useId } from 'react';

export interface CustomInputState {
  open: boolean;
  text: string;
}

export const CLOSED_CUSTOM_INPUT: CustomInputState = { open: false, text: '' };

/** The custom input Run sends, if any: only while the box is open and not blank. */
export function customInputToSend(state: CustomInputState): string | undefined {
  return state.open && state.text.trim() !== '' ? state.text : undefined;
}

/** A collapsed box for one more call's arguments, as JSON, sent with Run. */
export function CustomInput({
  value,
  onChange,
}: {
  value: CustomInputState;
  onChange: (next: CustomInputState) => void;
}) {
  const id = useId();
  return (
    <div className="custom-input">
      <button
        type="button"
        className="disclosure"
        aria-expanded={value.open}
        aria-controls={id}
        onClick={() => onChange({ ...value, open: !value.open })}
      >
        <span className="chevron" aria-hidden="true">
          {value.open ? '▾' : '▸'}
        </span>
        Custom input
      </button>
      <div id={id} className="custom-input-body" hidden={!value.open}>
        <label htmlFor={`${id}-text`}>Arguments of one call, as JSON</label>
        <textarea
          id={`${id}-text`}
          className="mono"
          rows={3}
          spellCheck={false}
          autoComplete="off"
          maxLength={LIMITS.maxCustomInputLength}
          placeholder="[[2, 7, 11, 15], 9]"
          value={value.text}
          onChange={(e) => onChange({ ...value, text: e.target.value })}
        />
        <p className="hint">
          Run adds this call as one more test, answered by the reference solution. For a class, list its calls:{' '}
          <code>[["new", 2], ["put", 1, 1]]</code>.
        </p>
      </div>
    </div>
  );
}
