/** Prints only what the class on <body> selects (viewer.css: body.printing-klage, body.printing-sheet). */
export function printOnly(bodyClass: string): void {
  document.body.classList.add(bodyClass);
  try {
    window.print();
  } finally {
    document.body.classList.remove(bodyClass);
  }
}
