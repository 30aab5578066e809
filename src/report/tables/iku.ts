/** Tables 2–7 (TABLES.md): the indicator tables, all numbers from compute.ts. */
import type { HasilIndikator, LkipHasil } from "../compute";
import type { LkipIndikator, LkipModel } from "../model";
import { W, closingRow, count, empty, hdr, inputFormat, num, txt, vmerge } from "./table-cells";
import type { Built } from "./table-cells";
import type { Merge, TableCell } from "../contract";

/**
 * No as written (number or text); a blank No gets the next running number of its table
 * (WORKBOOK.md), never the sasaran's number. `urut` carries the last number across rows.
 */
export function noCell(ind: LkipIndikator, urut: { last: number }): TableCell {
  if (ind.no === null) {
    urut.last += 1;
    return count(urut.last, { align: "center" });
  }
  const v = ind.no.value;
  const n = typeof v === "number" ? v : /^\s*\d+\.?\s*$/.test(v) ? parseInt(v, 10) : null;
  if (n !== null && Number.isInteger(n)) urut.last = n;
  else urut.last += 1;
  return typeof v === "number" ? count(v, { align: "center" }) : txt(v, { align: "center" });
}

export function rounding(model: LkipModel): string {
  return model.settings.pembulatan === "TRUNC"
    ? "Angka persen dipotong (TRUNC) pada 2 desimal; rata-rata dan jumlah dihitung dari angka yang tercetak."
    : "Angka persen dibulatkan (ROUND) pada 2 desimal; rata-rata dan jumlah dihitung dari angka yang tercetak.";
}

function arahNote(hasil: LkipHasil): string[] {
  return hasil.indikator.some((h) => h.indikator.arah.value === "turun")
    ? [
        "Indikator berarah turun (makin rendah makin baik): capaian = (2 × target − realisasi) / target × 100.",
      ]
    : [];
}

function bobotNote(model: LkipModel): string[] {
  return model.kolomIku.bobot ? ["Rata-rata capaian ditimbang dengan kolom Bobot."] : [];
}

/** Tabel 2 — Capaian Indikator Kinerja Utama. */
export function tabelCapaianIku(model: LkipModel, hasil: LkipHasil): Built {
  const header = [
    [
      "No",
      "Sasaran Strategis",
      "Indikator",
      "Satuan",
      "Formulasi",
      "Target",
      "Realisasi",
      "% Capaian",
    ].map(hdr),
  ];
  const body: TableCell[][] = [];
  const merges: Merge[] = [];
  const urut = { last: 0 };
  for (const s of hasil.sasaran) {
    if (s.indikator.length === 0) continue;
    const start = header.length + body.length;
    // One No for the sasaran unless the user numbered the indicators themselves.
    const ownNo = s.indikator.some((h) => h.indikator.no !== null);
    s.indikator.forEach((h, i) => {
      const ind = h.indikator;
      body.push([
        ownNo ? noCell(ind, urut) : i === 0 ? count(s.sasaran.nomor, { align: "center" }) : empty(),
        i === 0 ? txt(s.sasaran.teks) : empty(),
        txt(ind.nama.value),
        txt(ind.satuan?.value ?? null, { align: "center" }),
        txt(ind.formulasi?.value ?? null),
        num(ind.target.value, inputFormat(ind.target.value)),
        num(ind.realisasi.value, inputFormat(ind.realisasi.value)),
        num(h.capaian),
      ]);
    });
    if (!ownNo) merges.push(...vmerge(start, 0, s.indikator.length));
    merges.push(...vmerge(start, 1, s.indikator.length));
  }
  const r = hasil.rataRata;
  if (r) {
    merges.push(
      closingRow(header.length, body, "Rata-rata", 5, [
        num(r.target),
        num(r.realisasi),
        num(r.capaian),
      ])
    );
  }
  return {
    header,
    body,
    merges,
    widths: [W.no, W.sasaran, W.indikator, W.satuan, W.formulasi, W.nilai, W.nilai, W.nilai],
    notes: [
      ...arahNote(hasil),
      ...bobotNote(model),
      ...(r?.alasanTarget
        ? [`Rata-rata target dan realisasi tidak dicetak: ${r.alasanTarget}.`]
        : []),
      rounding(model),
    ],
  };
}

/** Tabel 3 — Jumlah indikator menurut predikat capaian (target scale, lowest first as in the sample). */
export function tabelPredikat(model: LkipModel, hasil: LkipHasil): Built {
  const header = [["Persentase", "Predikat", "Jumlah Indikator"].map(hdr)];
  const rows = [...hasil.perPredikat].reverse();
  const body = rows.map((b) => [
    txt(b.rentang, { align: "center" }),
    txt(b.label),
    count(b.jumlah),
  ]);
  const total = closingRow(header.length, body, "Jumlah", 2, [count(hasil.indikator.length)]);
  return {
    header,
    body,
    merges: [total],
    widths: [W.label, W.label, W.nilai],
    notes: [`Dihitung dari capaian yang tercetak (2 desimal). ${rounding(model)}`],
  };
}

/** Tabel 4 — Jumlah indikator menurut kategori (the chosen scale's bands, highest first). */
export function tabelKategori(model: LkipModel, hasil: LkipHasil): Built {
  const header = [["No", "Kategori", "Rentang Capaian", "Jumlah Indikator"].map(hdr)];
  const body = hasil.perKategori.map((b, i) => [
    count(i + 1, { align: "center" }),
    txt(b.label),
    txt(b.rentang, { align: "center" }),
    count(b.jumlah),
  ]);
  const notes: string[] = [];
  if (hasil.tanpaKategori > 0)
    notes.push(
      `${hasil.tanpaKategori} indikator bercapaian di bawah rentang terendah skala dan tidak masuk kategori mana pun.`
    );
  notes.push(rounding(model));
  const total = closingRow(header.length, body, "Jumlah", 3, [
    count(hasil.indikator.length - hasil.tanpaKategori),
  ]);
  return {
    header,
    body,
    merges: [total],
    widths: [W.no, W.label, W.label, W.nilai],
    notes,
  };
}

/** Tabel 5 — Capaian IKU menurut kategori. */
export function tabelCapaianKategori(model: LkipModel, hasil: LkipHasil): Built {
  const header = [["No", "IKU", "Formulasi", "Target", "Capaian (%)", "Kategori"].map(hdr)];
  const body: TableCell[][] = hasil.indikator.map((h, i) => [
    count(i + 1, { align: "center" }),
    txt(h.indikator.nama.value),
    txt(h.indikator.formulasi?.value ?? null),
    num(h.indikator.target.value, inputFormat(h.indikator.target.value)),
    num(h.capaian),
    txt(h.kategori, { align: "center" }),
  ]);
  const merges: Merge[] = [];
  const r = hasil.rataRata;
  if (r) {
    merges.push(
      closingRow(header.length, body, "Rata-rata", 4, [
        num(r.capaian),
        txt(r.kategori, { align: "center" }),
      ])
    );
  }
  return {
    header,
    body,
    merges,
    widths: [W.no, W.indikator, W.formulasi, W.nilai, W.nilai, W.label],
    notes: [...arahNote(hasil), ...bobotNote(model), rounding(model)],
  };
}

/** Tabel 6 — Perbandingan realisasi dengan tahun sebelumnya. */
export function tabelTahunLalu(model: LkipModel, hasil: LkipHasil): Built {
  const years = model.tahunLalu;
  if (years.length === 0)
    return {
      reason:
        'LKIP_IKU tidak punya kolom Realisasi tahun sebelumnya (misalnya "Realisasi Tahun Lalu").',
    };
  if (!hasil.indikator.some((h) => h.indikator.tahunLalu.length > 0)) {
    return { reason: "kolom Realisasi tahun sebelumnya di LKIP_IKU kosong semua." };
  }
  const tahun = model.settings.tahun;
  const nYears = years.length + 1;
  const cols = 2 + nYears + 1;
  const top: TableCell[] = [
    hdr("Indikator"),
    hdr("Satuan"),
    hdr("Realisasi"),
    ...Array.from({ length: nYears - 1 }, () => empty({ bold: true })),
    hdr("Perubahan (poin)"),
  ];
  const sub: TableCell[] = [
    empty({ bold: true }),
    empty({ bold: true }),
    ...[...years, tahun].map((y) => hdr(String(y))),
    empty({ bold: true }),
  ];
  const merges: Merge[] = [
    { row: 0, col: 0, rows: 2, cols: 1 },
    { row: 0, col: 1, rows: 2, cols: 1 },
    ...(nYears > 1 ? [{ row: 0, col: 2, rows: 1, cols: nYears }] : []),
    { row: 0, col: cols - 1, rows: 2, cols: 1 },
  ];
  const body = hasil.indikator.map((h: HasilIndikator) => {
    const ind = h.indikator;
    const earlier = years.map((y) => {
      const v = ind.tahunLalu.find((t) => t.tahun === y)?.nilai.value ?? null;
      return v === null ? empty() : num(v, inputFormat(v));
    });
    return [
      txt(ind.nama.value),
      txt(ind.satuan?.value ?? null, { align: "center" }),
      ...earlier,
      num(ind.realisasi.value, inputFormat(ind.realisasi.value)),
      num(h.perubahan?.nilai ?? null),
    ];
  });
  const last = years[years.length - 1];
  return {
    header: [top, sub],
    body,
    merges,
    widths: [W.indikator, W.satuan, ...Array.from({ length: nYears }, () => W.nilai), W.nilai],
    notes: [
      `Perubahan = Realisasi ${tahun} − Realisasi ${last}, dalam poin (satuan indikatornya).`,
    ],
  };
}

/** Tabel 7 — Perbandingan dengan target Renstra. */
export function tabelRenstra(model: LkipModel, hasil: LkipHasil): Built {
  if (!model.kolomIku.targetRenstra)
    return { reason: "LKIP_IKU tidak punya kolom Target Renstra." };
  if (!hasil.indikator.some((h) => h.indikator.targetRenstra))
    return { reason: "kolom Target Renstra di LKIP_IKU kosong semua." };
  const akhir =
    model.kolomIku.targetAkhirRenstra &&
    hasil.indikator.some((h) => h.indikator.targetAkhirRenstra);
  const tahun = model.settings.tahun;
  const names = [
    "Indikator",
    `Target ${tahun}`,
    `Realisasi ${tahun}`,
    "Target Renstra",
    ...(akhir ? ["Target Akhir Renstra"] : []),
    "Capaian terhadap Renstra (%)",
  ];
  const body = hasil.indikator.map((h) => {
    const ind = h.indikator;
    const opt = (v: LkipIndikator["targetRenstra"]) =>
      v ? num(v.value, inputFormat(v.value)) : empty();
    return [
      txt(ind.nama.value),
      num(ind.target.value, inputFormat(ind.target.value)),
      num(ind.realisasi.value, inputFormat(ind.realisasi.value)),
      opt(ind.targetRenstra),
      ...(akhir ? [opt(ind.targetAkhirRenstra)] : []),
      num(h.capaianRenstra),
    ];
  });
  return {
    header: [names.map(hdr)],
    body,
    merges: [],
    widths: [W.indikator, ...names.slice(1).map(() => W.nilai)],
    notes: [
      `Capaian terhadap Renstra = Realisasi ${tahun} / Target Renstra × 100 (rumus capaian yang sama, menurut arah indikatornya). ${rounding(model)}`,
    ],
  };
}
