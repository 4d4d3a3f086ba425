/**
 * "Sao chép" buttons: copy a citation, an address or an embed code in one
 * click. Without JavaScript the buttons stay hidden and the text stays on the
 * page, selectable. A button copies `data-copy-text`, or the text (or value)
 * of the element whose id is in `data-copy`, and its status says what happened.
 */
for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy], button[data-copy-text]')) {
  const status =
    button.nextElementSibling instanceof HTMLElement && button.nextElementSibling.matches('[role="status"]')
      ? button.nextElementSibling
      : undefined;
  const say = (message: string) => {
    if (!status) return;
    status.textContent = message;
    setTimeout(() => (status.textContent = ''), 3000);
  };
  button.hidden = false;
  button.addEventListener('click', async () => {
    const target = button.dataset.copy ? document.getElementById(button.dataset.copy) : null;
    const text =
      button.dataset.copyText ??
      (target instanceof HTMLTextAreaElement || target instanceof HTMLInputElement ? target.value : (target?.textContent ?? '').trim());
    try {
      await navigator.clipboard.writeText(text);
      say('Đã sao chép.');
    } catch {
      // No clipboard (an old browser, a frame without permission): select the text so Ctrl+C copies it.
      if (target) getSelection()?.selectAllChildren(target);
      say('Đã chọn sẵn: nhấn Ctrl+C để sao chép.');
    }
  });
}
