/** "tabel LKIP_IKU …" → "Tabel LKIP_IKU …": a message that starts with a name-like phrase. */
export function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
