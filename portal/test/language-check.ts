/**
 * The portal's language check: what must never reach a page (language-problems.ts, no DOM, also
 * used on the registry's own readable pages) and the text a browser page shows.
 */
export * from './language-problems.ts';

/**
 * The text a person meets on the page, as the browser renders it: text nodes and the attributes
 * read out (aria-label, title, placeholder, alt), the document title. Left out: identifiers set in
 * `.mono` (PINs, source references, card numbers) and passages marked in another language
 * (`lang`, e.g. an SMS as it was sent, a language's own name in the switcher).
 */
export const pageText = (): string => {
  const language = document.documentElement.lang;
  const skip = (el: Element | null) => !el || el.closest('script, style, .mono') !== null || (el.closest('[lang]')?.getAttribute('lang') ?? language) !== language;
  const parts: string[] = [document.title];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!skip(node.parentElement)) parts.push(node.textContent ?? '');
  }
  for (const el of document.querySelectorAll('[aria-label], [title], [placeholder], [alt]')) {
    if (skip(el)) continue;
    for (const name of ['aria-label', 'title', 'placeholder', 'alt']) {
      const value = el.getAttribute(name);
      if (value) parts.push(value);
    }
  }
  return parts.join('\n');
};
