/**
 * "Sao chép liên kết" and "Sao chép trích dẫn" for a figure in a report:
 * one pair of buttons (the page's [data-figure-tools], driven by copy.ts),
 * moved right after the figure that is linked to (#so-lieu-…) or has the
 * keyboard focus (next in Tab order), and shown under its paragraph (CSS).
 * Citations come from the report's small JSON file (by figure id), fetched
 * the first time a figure is chosen. Without JavaScript the buttons stay
 * hidden; the figure is still highlighted (CSS :target) and its link still
 * leads to its indicator page with the citation.
 */
const tools = document.querySelector<HTMLElement>('[data-figure-tools]');
if (tools) {
  const [linkButton, citeButton] = [...tools.querySelectorAll<HTMLButtonElement>('button')];
  const label = tools.querySelector<HTMLElement>('[data-figure-label]')!;
  const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? location.href;
  let citations: Promise<Record<string, string>> | undefined;

  const figureOf = (el: Element | null): HTMLElement | null => (el instanceof HTMLElement && el.matches('a.figure[id]') ? el : null);
  const targeted = () => figureOf(document.getElementById(decodeURIComponent(location.hash.slice(1))));

  // The paragraph makes room under its text for the buttons, however many lines they take on this screen.
  const makeRoom = () => {
    const block = tools.closest<HTMLElement>('.has-figure-tools');
    if (block) block.style.paddingBottom = `${tools.offsetHeight + 12}px`;
  };
  const attach = (figure: HTMLElement | null) => {
    const previous = tools.closest<HTMLElement>('.has-figure-tools');
    previous?.classList.remove('has-figure-tools');
    previous?.style.removeProperty('padding-bottom');
    if (!figure) {
      tools.hidden = true;
      return;
    }
    if (tools.previousElementSibling !== figure) figure.after(tools);
    figure.closest('.report-text [id]:not(a)')?.classList.add('has-figure-tools');
    label.textContent = `${figure.textContent}:`;
    tools.hidden = false;
    makeRoom();
    for (const [button, what] of [
      [linkButton, 'đến con số'],
      [citeButton, 'của con số'],
    ] as const)
      button!.querySelector('.visually-hidden')!.textContent = ` ${what} ${figure.textContent}`;
    linkButton!.dataset.copyText = new URL(`#${figure.id}`, canonical).href;
    // Until the citations arrive, the citation button copies the link rather than nothing.
    citeButton!.dataset.copyText = linkButton!.dataset.copyText;
    citations ??= fetch(tools.dataset.citations!).then((r) => r.json() as Promise<Record<string, string>>);
    void citations.then((all) => {
      if (tools.previousElementSibling === figure && all[figure.id]) citeButton!.dataset.copyText = all[figure.id];
    });
  };

  addEventListener('hashchange', () => attach(targeted()));
  addEventListener('resize', makeRoom);
  document.addEventListener('focusin', (event) => {
    const target = event.target as Element;
    if (tools.contains(target)) return;
    attach(figureOf(target) ?? targeted());
  });
  attach(targeted());
}
