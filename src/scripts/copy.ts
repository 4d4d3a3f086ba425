/**
 * Copying what readers cite, in one click. Without JavaScript nothing here is
 * needed: the buttons stay hidden, the text stays selectable and the ¶ links
 * are plain links.
 * - "Sao chép" buttons copy `data-copy-text`, or the text (or value) of the
 *   element whose id is in `data-copy`; the status beside them says it did.
 * - A paragraph's ¶ link still goes to the paragraph, and also copies its
 *   citable address (the page's canonical address with the paragraph's id).
 */
async function copyText(text: string, fallback?: Element | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // No clipboard (an old browser, a frame without permission): select the text so Ctrl+C copies it.
    if (fallback) getSelection()?.selectAllChildren(fallback);
    return false;
  }
}

function announce(status: HTMLElement, message: string): void {
  status.textContent = message;
  setTimeout(() => (status.textContent = ''), 3000);
}

for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy], button[data-copy-text]')) {
  const status =
    button.nextElementSibling instanceof HTMLElement && button.nextElementSibling.matches('[role="status"]')
      ? button.nextElementSibling
      : undefined;
  button.hidden = false;
  button.addEventListener('click', async () => {
    const target = button.dataset.copy ? document.getElementById(button.dataset.copy) : null;
    const text =
      button.dataset.copyText ??
      (target instanceof HTMLTextAreaElement || target instanceof HTMLInputElement ? target.value : (target?.textContent ?? '').trim());
    const copied = await copyText(text, target);
    if (status) announce(status, copied ? 'Đã sao chép.' : 'Đã chọn sẵn: nhấn Ctrl+C để sao chép.');
  });
}

const permalinks = document.querySelectorAll<HTMLAnchorElement>('a.permalink');
if (permalinks.length) {
  const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? location.href.split('#')[0]!;
  const toast = document.createElement('p');
  toast.className = 'copy-toast';
  toast.setAttribute('role', 'status');
  document.body.append(toast);
  for (const link of permalinks) {
    link.addEventListener('click', async () => {
      const address = `${canonical.split('#')[0]}${link.hash}`;
      if (await copyText(address)) announce(toast, `Đã sao chép liên kết đến đoạn này: ${address}`);
    });
  }
}
