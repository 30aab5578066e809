/**
 * "Uji kecocokan Excel" in Indonesian (the first language): the title of each check (by its id),
 * what each saw, the support block and the pane's words for it. selftest.en.ts has the same keys
 * (test/texts.test.ts). Values Excel gave are passed in as shown (JSON), never translated.
 */
const id = {
  titles: {
    "teks-rumus": "Teks yang mirip rumus, angka, tanggal atau galat tetap teks",
    "teks-panjang": "Teks panjang (> 255 huruf) tetap terbaca, tidak tampil ####",
    "kolom-utuh": "Nama seluruh kolom ($J:$K) dipotong sampai baris terakhir yang berisi",
    persen: "Sel berformat persen dibaca seperti tercetak (0,9271 → 92,71)",
    "baris-total": "Baris Total tabel Excel tidak dibaca sebagai data",
    "pecah-permintaan": "Data besar dikirim dan dibaca dalam beberapa permintaan",
    "gabung-per-baris": "Gabung per baris (merge across): tiap baris satu sel, nilainya tetap",
    fungsi: "Fungsi LKIP: sel kosong → #N/A, galat per sel, sel persen ×100",
  },
  details: {
    longText: (length: number, format: string, shown: string) =>
      `${length} huruf, format ${format}, tampil ${shown}`,
    wholeColumn: (filled: boolean, rows: number, cols: number) =>
      `values seluruh kolom: ${filled ? "terisi" : "null"}; dibaca ${rows}×${cols}`,
    percent: (value: string, flagged: boolean) => `nilai ${value}, format persen ${flagged}`,
    totalRow: (rows: number, firsts: string) => `badan tabel ${rows} baris: ${firsts}`,
    requests: (batches: number, read: number) => `${batches} kiriman; ${read} baris terbaca`,
    mergeAcross: (firsts: string) => `kolom pertama ${firsts}`,
    functions: (blank: string, blankOk: boolean, errors: string, percent: string) =>
      `kosong ${blank}${blankOk ? "" : " (sel kosong datang sebagai 0: perbarui Office)"}; galat ${errors}; persen ${percent}`,
    /** A check that threw: Excel's error code. */
    failed: (code: string) => `galat ${code}`,
  },
  /** The copyable block for a support message. */
  report: {
    head: (host: string, platform: string, version: string, at: string) =>
      `Uji kecocokan Excel — ${host} ${platform} ${version} — ${at}`,
    pass: "LULUS",
    fail: "GAGAL",
  },
  /** The pane's section (taskpane/SelfTest.tsx). */
  pane: {
    title: "Uji kecocokan Excel",
    intro:
      "Memeriksa di lembar sementara (dibuat lalu dihapus) bahwa Excel ini berperilaku seperti yang diandalkan add-in. Jalankan sekali di setiap komputer sebelum dipakai.",
    run: "Jalankan uji",
    running: "Menguji…",
    passed: "lulus",
    copy: "Salin hasil",
    copied: "Tersalin",
    block: "Hasil untuk pesan dukungan",
  },
};

export type SelfTestWords = typeof id;
export default id;
