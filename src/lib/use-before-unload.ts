import { useEffect } from 'react';

/**
 * While `when` holds, closing or reloading the tab asks first (the browser's own prompt: its
 * wording cannot be chosen). Used by unsaved forms and by mutations still in flight.
 */
export function useBeforeUnload(when: boolean): void {
  useEffect(() => {
    if (!when) return undefined;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older Chromium versions still need returnValue set to show the prompt.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [when]);
}
