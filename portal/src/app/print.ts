/**
 * Prints one part of the page (a decision letter, the readable copy of my data): the print
 * stylesheet shows only the element marked `print-target`, with its folded sections open.
 */
export const printOnly = (element: HTMLElement): void => {
  const folded = [...element.querySelectorAll('details')].filter((d) => !d.open);
  for (const d of folded) d.open = true;
  element.classList.add('print-target');
  document.body.classList.add('printing-part');
  const restore = () => {
    element.classList.remove('print-target');
    document.body.classList.remove('printing-part');
    for (const d of folded) d.open = false;
    removeEventListener('afterprint', restore);
  };
  addEventListener('afterprint', restore);
  print();
};
