/** Tell the page that embeds this chart how tall it is, now and whenever the width changes. */
const id = document.body.dataset.chart;
const send = () =>
  parent.postMessage({ type: 'bao-cao-mo:height', id, height: Math.ceil(document.documentElement.getBoundingClientRect().height) }, '*');
new ResizeObserver(send).observe(document.body);
addEventListener('load', send);
