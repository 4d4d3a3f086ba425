/**
 * "Sao chép liên kết" and "Sao chép trích dẫn" for a figure in a report:
 * one pair of buttons (the page's [data-figure-tools], driven by copy.ts),
 * moved beside the figure that is linked to (#so-lieu-…) or has the keyboard
 * focus. Citations come from the report's small JSON file, fetched the first
 * time a figure is chosen. Without JavaScript the buttons stay hidden; the
 * figure is still highlighted (CSS :target) and its link still leads to its
 * indicator page with the citation.
 */
import { observationOfAnchor } from '../lib/routes.ts';

const tools = document.querySelector<HTMLElement>('[data-figure-tools]');
if (tools) {
  const [linkButton, citeButton] = [...tools.querySelectorAll<HTMLButtonElement>('button')];
  const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? location.href;
  let citations: Promise<Record<string, string>> | undefined;

  const figureOf = (el: Element | null): HTMLElement | null => (el instanceof HTMLElement && el.matches('a.figure[id]') ? el : null);
  const targeted = () => figureOf(document.getElementById(decodeURIComponent(location.hash.slice(1))));

  const attach = (figure: HTMLElement | null) => {
    if (!figure) {
      tools.hidden = true;
      return;
    }
    if (tools.previousElementSibling !== figure) figure.after(tools);
    tools.hidden = false;
    const observation = observationOfAnchor(figure.id)!;
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
      if (tools.previousElementSibling === figure && all[observation]) citeButton!.dataset.copyText = all[observation];
    });
  };

  addEventListener('hashchange', () => attach(targeted()));
  document.addEventListener('focusin', (event) => {
    const target = event.target as Element;
    if (tools.contains(target)) return;
    attach(figureOf(target) ?? targeted());
  });
  attach(targeted());
}
