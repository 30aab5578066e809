/**
 * lkip.html's questions about the file shown (issue 21), as DOM: a missing required column's
 * candidate headers (radio buttons and "Pakai kolom ini"), the year when nothing names it (a
 * number input and "Pakai tahun ini"), the tied unnamed tables (a button each). An answer goes to
 * `onAnswer`; the page keeps it for this file only and builds again (choices.ts).
 */
import type { SourceName } from "../report";
import type { PageQuestions } from "./choices";
import type { PageTexts } from "./page.id";

export type Answer =
  | { kind: "kolom"; kolom: string; judul: string }
  | { kind: "tahun"; text: string }
  | { kind: "sumber"; sumber: SourceName; address: string };

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const e = Object.assign(document.createElement(tag), props);
  e.append(...children);
  return e;
}

/** Fills `box` with the questions; returns whether there is any. */
export function renderQuestions(
  box: HTMLElement,
  q: PageQuestions,
  t: PageTexts,
  onAnswer: (a: Answer) => void
): boolean {
  const parts: HTMLElement[] = [];
  q.sumber.forEach((s, i) => {
    const text = el("p", { id: `sumber-q-${i}` }, t.sumberQuestion(s.sumber));
    const buttons = s.calon.map((address) => {
      const b = el("button", { type: "button" }, t.sumberUse(address));
      b.addEventListener("click", () => onAnswer({ kind: "sumber", sumber: s.sumber, address }));
      return b;
    });
    parts.push(el("div", { className: "question" }, text, ...buttons));
  });
  q.kolom.forEach((k, i) => {
    const name = `kolom-${i}`;
    const radios = k.calon.map((c, j) => {
      const input = el("input", { type: "radio", name, value: c.judul, checked: j === 0 });
      return el("label", {}, input, " ", t.kolomCandidate(c.judul, c.lokasi));
    });
    const use = el("button", { type: "button" }, t.kolomUse);
    const set = el(
      "fieldset",
      { className: "question" },
      el("legend", {}, t.kolomQuestion(k.sumber, k.kolom)),
      ...radios,
      use
    );
    use.addEventListener("click", () => {
      const picked = set.querySelector<HTMLInputElement>(`input[name="${name}"]:checked`);
      if (picked) onAnswer({ kind: "kolom", kolom: k.kolom, judul: picked.value });
    });
    parts.push(set);
  });
  if (q.tahun) {
    const input = el("input", {
      type: "number",
      id: "tahunInput",
      min: "1900",
      max: "2999",
      step: "1",
      inputMode: "numeric",
    });
    const use = el("button", { type: "button" }, t.tahunUse);
    const error = el("p", { className: "error", id: "tahunError", hidden: true }, t.tahunInvalid);
    input.setAttribute("aria-describedby", "tahunError");
    const answer = () => onAnswer({ kind: "tahun", text: input.value });
    use.addEventListener("click", answer);
    input.addEventListener("keydown", (e) => {
      if (e.key === "Enter") answer();
    });
    parts.push(
      el(
        "div",
        { className: "question" },
        el("p", {}, t.tahunQuestion),
        el("label", { htmlFor: "tahunInput" }, t.tahunLabel),
        input,
        use,
        error
      )
    );
  }
  box.replaceChildren(...parts);
  return parts.length > 0;
}

/** The year typed is no year: said under the field, the question stays. */
export function showTahunInvalid(box: HTMLElement): void {
  const e = box.querySelector<HTMLElement>("#tahunError");
  if (e) e.hidden = false;
  box.querySelector<HTMLInputElement>("#tahunInput")?.focus();
}
