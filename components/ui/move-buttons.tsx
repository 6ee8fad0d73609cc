'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';
import { Button } from './button';

// Up/Down buttons that move an item within its list; the pressed button keeps the focus after the move.
export function MoveButtons({ name, position, count, disabled, onMove }: { name: string; position: number; count: number; disabled?: boolean; onMove: (direction: 'up' | 'down') => void }) {
  const t = useTranslations();
  const up = useRef<HTMLButtonElement>(null);
  const down = useRef<HTMLButtonElement>(null);
  const [pressed, setPressed] = useState<'up' | 'down' | null>(null);
  useEffect(() => {
    if (pressed === 'up') (position > 0 ? up : down).current?.focus();
    if (pressed === 'down') (position < count - 1 ? down : up).current?.focus();
  }, [position, count, pressed]);
  const move = (direction: 'up' | 'down') => {
    setPressed(direction);
    onMove(direction);
  };
  return (
    <span className="inline-flex gap-1">
      <Button ref={up} type="button" variant="secondary" className="w-10 px-0" disabled={disabled || position === 0} aria-label={t('common.moveUp', { name })} onClick={() => move('up')}>
        <span aria-hidden="true">↑</span>
      </Button>
      <Button ref={down} type="button" variant="secondary" className="w-10 px-0" disabled={disabled || position === count - 1} aria-label={t('common.moveDown', { name })} onClick={() => move('down')}>
        <span aria-hidden="true">↓</span>
      </Button>
    </span>
  );
}
