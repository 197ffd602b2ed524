// Closing a modal <dialog> through close() lets the browser give the focus back to what opened it
// (unmounting it open would drop the focus on <body>); its close event then unmounts it.
export function closeDialog(dialog: HTMLDialogElement | null, onClose: () => void): void {
  if (dialog?.open && typeof dialog.close === 'function') dialog.close();
  else onClose();
}
