/** Whether shortcuts read ⌘ rather than Ctrl on this machine. */
export const IS_MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.userAgent);
