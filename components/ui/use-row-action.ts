'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import type { ActionResult } from '@/lib/mutation/result';

// Runs a small mutation from a row of controls: refreshes the page on success and keeps the message to show.
export function useRowAction() {
  const router = useRouter();
  const [message, setMessage] = useState<{ text: string; ok: boolean } | null>(null);
  const [pending, startTransition] = useTransition();

  function run<T>(call: () => Promise<ActionResult<T>>, success?: string, after?: (data: T) => void) {
    startTransition(async () => {
      const result = await call();
      if (result.ok) {
        setMessage(success ? { text: success, ok: true } : null);
        after?.(result.data);
        router.refresh();
      } else {
        const fieldMessage = Object.values(result.fieldErrors ?? {})[0]?.[0];
        setMessage({ text: fieldMessage ?? result.formError ?? 'errors.unexpected', ok: false });
      }
    });
  }

  return { run, pending, message, setMessage };
}
