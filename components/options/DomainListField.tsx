/**
 * An editable list of domains (blocklist, allowlist): a textarea, one entry per line, saved with a
 * button (or, live, as typed). Entries are cleaned (URLs become host names, `www.` dropped), invalid
 * lines named, and single-word entries (a typo for a domain, most likely) pointed out. The textarea
 * shows the saved, cleaned list, except in live mode while it has focus: there it keeps what the
 * reader is typing, and shows the cleaned list on leaving it.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { parseDomainList } from '../../utils/settings';

/** Props of {@link DomainListField}. */
export interface DomainListFieldProps {
  id: string;
  label: string;
  hint: string;
  value: readonly string[];
  onSave(entries: string[]): void | Promise<void>;
  /** Save on every change instead of with a button (onboarding). */
  live?: boolean;
}

/** A labelled domain-list textarea with validation feedback. */
export function DomainListField({ id, label, hint, value, onSave, live }: DomainListFieldProps) {
  const [text, setText] = useState(value.join('\n'));
  const [invalid, setInvalid] = useState<string[]>([]);
  const [bare, setBare] = useState<string[]>([]);
  const area = useRef<HTMLTextAreaElement>(null);
  // In live mode each keystroke saves: the cleaned list must not rewrite what is being typed.
  const editing = useRef(false);
  const stored = value.join('\n');
  useEffect(() => {
    if (!(live && editing.current)) setText(stored);
  }, [stored]);
  const save = async (next = area.current?.value ?? text) => {
    const parsed = parseDomainList(next);
    setInvalid(parsed.invalid);
    setBare(parsed.bare);
    await onSave(parsed.entries);
  };
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <p class="hint" id={`${id}-hint`}>
        {hint}
      </p>
      <textarea
        id={id}
        ref={area}
        rows={6}
        spellcheck={false}
        aria-describedby={`${id}-hint${invalid.length ? ` ${id}-invalid` : ''}${bare.length ? ` ${id}-bare` : ''}`}
        value={text}
        onFocus={() => { editing.current = true; }}
        onBlur={() => {
          editing.current = false;
          if (live) setText(stored);
        }}
        onInput={(e) => {
          const next = e.currentTarget.value;
          setText(next);
          if (live) void save(next);
        }}
      />
      {invalid.length > 0 && (
        <p class="error" id={`${id}-invalid`} role="alert">
          Not domains, ignored: {invalid.join(', ')}
        </p>
      )}
      {bare.length > 0 && (
        <p class="warning" id={`${id}-bare`} role="status">
          Single words match only a site of exactly that name, not {bare[0]}.com or {bare[0]}.co.uk: {bare.join(', ')}. Write the
          whole domain (for example {bare[0]}.com), or a pattern such as {bare[0]}.* for every site named {bare[0]}.
        </p>
      )}
      {!live && (
        <button type="button" onClick={() => void save()}>
          Save {label.toLowerCase()}
        </button>
      )}
    </div>
  );
}
