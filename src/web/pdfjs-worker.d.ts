// pdfjs-dist ships no types for its worker module; the page only hands it to pdfjs (index.ts).
declare module "pdfjs-dist/legacy/build/pdf.worker.mjs";
