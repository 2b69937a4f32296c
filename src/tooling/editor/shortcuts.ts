/**
 * The editor's keyboard shortcuts, with Ctrl on Windows and Linux and ⌘ on a Mac: the page shows
 * each beside its control and announces it (`aria-keyshortcuts`); the client listens for them.
 * Ctrl+K for Insert: CodeMirror keeps Ctrl+I (select the enclosing syntax) and the browser Ctrl+Shift+I.
 */
export const SHORTCUTS = {
  save: { key: 's', aria: 'Control+S Meta+S' },
  insert: { key: 'k', aria: 'Control+K Meta+K' },
} as const;
