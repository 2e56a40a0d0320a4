/**
 * "Copy the quote" on requirement pages: a GP pastes the line into a letter, so one press should
 * put exactly that text on the clipboard. The button stays hidden without JavaScript, where the
 * text itself can still be selected and copied.
 */
export function startCopyButtons(root: Document): void {
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-copy-target]')) {
    const target = root.getElementById(button.dataset.copyTarget ?? '');
    const status = button.parentElement?.querySelector<HTMLElement>('[role="status"]');
    if (!target || !navigator.clipboard) continue;
    button.hidden = false;
    button.addEventListener('click', () => {
      navigator.clipboard.writeText(target.textContent?.trim() ?? '').then(
        () => setStatus(status, 'Quote copied. Paste it into your letter.'),
        () => setStatus(status, 'Could not copy. Select the text above and copy it instead.'),
      );
    });
  }
}

function setStatus(status: HTMLElement | null | undefined, text: string): void {
  if (status) status.textContent = text;
}
