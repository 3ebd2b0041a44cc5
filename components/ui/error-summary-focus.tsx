"use client";

import { useEffect } from "react";

/**
 * Progressive enhancement: moves focus to the error summary after a failed
 * submit so screen reader and keyboard users start there. Without JS the
 * summary still renders (and role="alert" still announces it).
 */
export function ErrorSummaryFocus({ targetId }: { targetId: string }) {
  useEffect(() => {
    document.getElementById(targetId)?.focus();
  }, [targetId]);
  return null;
}
