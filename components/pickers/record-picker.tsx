'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useId, useRef, useState } from 'react';
import { inputClass } from '@/components/ui/field';

type Suggestion = { id: number; label: string; detail: string | null };

// A typeahead picker (ARIA combobox): type, choose a suggestion with mouse or keyboard; reports the chosen id.
export function RecordPicker({
  id,
  endpoint,
  value,
  onChange,
  invalid,
  describedBy,
  placeholder,
}: {
  id: string;
  endpoint: '/api/typeahead/organisations' | '/api/typeahead/persons';
  value: { id: number; label: string } | null;
  onChange: (value: { id: number; label: string } | null) => void;
  invalid?: boolean;
  describedBy?: string;
  placeholder?: string;
}) {
  const t = useTranslations();
  const listId = useId();
  const [text, setText] = useState(value?.label ?? '');
  const [found, setItems] = useState<Suggestion[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [loading, setLoading] = useState(false);
  const typed = useRef(false);
  const items = text.trim() ? found : [];

  useEffect(() => {
    if (!typed.current) return;
    const q = text.trim();
    if (!q) return;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      setLoading(true);
      try {
        const res = await fetch(`${endpoint}?q=${encodeURIComponent(q)}`, { signal: controller.signal });
        if (res.ok) {
          setItems(await res.json());
          setActive(0);
          setOpen(true);
        }
      } catch {
        // a newer search replaced this one
      } finally {
        setLoading(false);
      }
    }, 200);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [text, endpoint]);

  function choose(item: Suggestion) {
    typed.current = false;
    setText(item.label);
    setOpen(false);
    onChange({ id: item.id, label: item.label });
  }

  return (
    <div className="relative">
      <input
        id={id}
        role="combobox"
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && items[active] ? `${listId}-${items[active].id}` : undefined}
        aria-invalid={invalid}
        aria-describedby={describedBy}
        autoComplete="off"
        className={inputClass}
        placeholder={placeholder ?? t('pickers.typeToSearch')}
        value={text}
        onChange={(e) => {
          typed.current = true;
          setText(e.target.value);
          if (value) onChange(null);
        }}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setOpen(true);
            setActive((a) => Math.min(a + 1, items.length - 1));
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            setActive((a) => Math.max(a - 1, 0));
          } else if (e.key === 'Enter' && open && items[active]) {
            e.preventDefault();
            choose(items[active]);
          } else if (e.key === 'Escape') {
            setOpen(false);
          }
        }}
      />
      {loading && <span className="absolute right-3 top-2.5 text-xs text-slate-500">{t('list.searching')}</span>}
      {open && (
        <ul id={listId} role="listbox" className="absolute z-30 mt-1 max-h-72 w-full overflow-auto rounded-md border border-slate-200 bg-white shadow-lg">
          {items.length === 0 ? (
            <li className="px-3 py-2 text-sm text-slate-500">{t('pickers.noMatches')}</li>
          ) : (
            items.map((item, i) => (
              <li
                key={item.id}
                id={`${listId}-${item.id}`}
                role="option"
                aria-selected={i === active}
                onMouseDown={(e) => {
                  e.preventDefault();
                  choose(item);
                }}
                className="cursor-pointer px-3 py-2 text-sm aria-selected:bg-brand-50"
              >
                <span className="font-medium">{item.label}</span>
                {item.detail && <span className="ml-2 text-slate-500">{item.detail}</span>}
              </li>
            ))
          )}
        </ul>
      )}
    </div>
  );
}
