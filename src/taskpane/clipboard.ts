/* global ClipboardItem */
/**
 * "Salin ke Word": the chapter on the clipboard as HTML (Word keeps headings and tables) and as
 * text. A download from a task pane is blocked or silent in desktop webviews (office-js #3385,
 * #1511, #1793); the clipboard from a click works on every host. The async Clipboard API first,
 * then the selection of a detached copy and execCommand("copy") for webviews without it.
 */
export async function copyHtml(html: string, text: string): Promise<boolean> {
  try {
    if (typeof ClipboardItem !== "undefined" && navigator.clipboard?.write) {
      await navigator.clipboard.write([
        new ClipboardItem({
          "text/html": new Blob([html], { type: "text/html" }),
          "text/plain": new Blob([text], { type: "text/plain" }),
        }),
      ]);
      return true;
    }
  } catch {
    // fall through to the selection
  }
  const holder = document.createElement("div");
  holder.setAttribute("aria-hidden", "true");
  holder.style.position = "fixed";
  holder.style.left = "-10000px";
  holder.style.top = "0";
  // The HTML is ours (report/tables/bab3/html.ts escapes every text), never the user's markup.
  const parsed = new DOMParser().parseFromString(html, "text/html");
  holder.append(...Array.from(parsed.body.childNodes));
  document.body.append(holder);
  try {
    const range = document.createRange();
    range.selectNodeContents(holder);
    const cell = window.getSelection();
    cell?.removeAllRanges();
    cell?.addRange(range);
    const ok = document.execCommand("copy");
    cell?.removeAllRanges();
    return ok;
  } catch {
    return false;
  } finally {
    holder.remove();
  }
}
