/**
 * Checks on LKIP_ANGGARAN and LKIP_BELANJA: program total rows against their leaves, typed
 * Serapan per line, realisasi above pagu, negative amounts, the same line twice. Every number
 * comes from compute.ts.
 */
import type { Decimal } from "../../core";
import type { HasilBaris, HasilProgram, LkipHasil } from "../compute";
import { sameTextKey, sasaranKey } from "../model";
import { bandingkanPersen, kutip, persen, rupiah, temuan } from "./tertulis";
import type { BarisAnggaran, LkipModel, Sel } from "../model";
import type { Finding } from "../contract";
import { capitalise } from "../contract";

export function periksaAnggaran(model: LkipModel, hasil: LkipHasil): Finding[] {
  const out: Finding[] = [];
  const ang = hasil.anggaran;
  if (ang) {
    for (const p of ang.program) {
      for (const t of p.totals)
        out.push(...totalProgram(model, p, t, ang.program), ...serapanTotal(model, p, t));
      for (const l of p.leaves) out.push(...serapanLeaf(model, l));
      for (const b of [...p.totals, ...p.leaves])
        out.push(
          ...lebihPagu(namaBaris(b.baris), b.baris.pagu, b.baris.realisasi, b.serapan),
          ...negatif(b.baris)
        );
    }
    out.push(...barisGanda(model.anggaran ?? []));
  }
  for (const b of hasil.belanja?.baris ?? []) {
    if (b.baris.realisasi)
      out.push(
        ...lebihPagu(
          `belanja ${kutip(b.baris.jenis.value)}`,
          b.baris.pagu,
          b.baris.realisasi,
          b.serapan
        )
      );
  }
  return out;
}

function namaBaris(b: BarisAnggaran): string {
  if (b.subKegiatan) return `sub kegiatan ${kutip(b.subKegiatan.value)}`;
  if (b.kegiatan) return `kegiatan ${kutip(b.kegiatan.value)}`;
  return `program ${kutip(b.program.value)} (baris total)`;
}

/** "3 sub kegiatan", "6 kegiatan", "2 kegiatan dan sub kegiatan". */
function rincian(p: HasilProgram): string {
  const sub = p.leaves.some((l) => l.baris.subKegiatan);
  const keg = p.leaves.some((l) => !l.baris.subKegiatan);
  const jenis = sub && keg ? "kegiatan dan sub kegiatan" : sub ? "sub kegiatan" : "kegiatan";
  return `${p.leaves.length} ${jenis}`;
}

/** WORKBOOK.md: a program total row is compared with the sum of its leaves (exact, money). */
function totalProgram(
  model: LkipModel,
  p: HasilProgram,
  t: HasilBaris,
  semua: HasilProgram[]
): Finding[] {
  const leaves = p.leavesSum;
  if (leaves === null) return [];
  const out: Finding[] = [];
  // A leaf left out for a problem (e.g. "90,000,000") makes the sum short: the total may be right.
  const ditinggal = model.leftOut.filter(
    (b) =>
      b.source === "LKIP_ANGGARAN" &&
      b.program !== undefined &&
      sameTextKey(b.program) === sameTextKey(p.nama)
  );
  const pasangan: [string, Sel<Decimal>, Decimal, (q: HasilProgram) => Decimal][] = [
    ["Pagu", t.baris.pagu, leaves.pagu, (q) => q.pagu],
    ["Realisasi", t.baris.realisasi, leaves.realisasi, (q) => q.realisasi],
  ];
  for (const [label, sel, jumlah, ambil] of pasangan) {
    if (sel.value.eq(jumlah)) continue;
    // A figure copied from the neighbouring program is a common slip; say so when it is one.
    const mirip = semua.find((q) => q !== p && ambil(q).eq(sel.value));
    const asal = mirip
      ? ` Angka itu sama dengan ${label.toLowerCase()} program ${kutip(mirip.nama)} (${mirip.totals[0]?.baris[label === "Pagu" ? "pagu" : "realisasi"].lokasi ?? mirip.lokasi}).`
      : "";
    if (ditinggal.length > 0) {
      out.push(
        temuan(
          "peringatan",
          "TOTAL_PROGRAM_BELUM_TERUJI",
          sel.lokasi,
          `${label} program ${kutip(p.nama)} di baris totalnya tertulis ${rupiah(sel.value)} di ${sel.lokasi}; jumlah ${rincian(p)}nya yang terbaca ${rupiah(jumlah)}, tetapi ${ditinggal.length} baris rinciannya tidak terbaca (${ditinggal.map((b) => b.lokasi).join(", ")}). Perbaiki baris itu lebih dahulu; angka total ini belum dapat dinilai.`,
          { tertulis: rupiah(sel.value), hitung: rupiah(jumlah) }
        )
      );
      continue;
    }
    out.push(
      temuan(
        "galat",
        "TOTAL_PROGRAM_BEDA",
        sel.lokasi,
        `${label} program ${kutip(p.nama)} di baris totalnya tertulis ${rupiah(sel.value)} di ${sel.lokasi}, padahal jumlah ${label.toLowerCase()} ${rincian(p)}nya ${rupiah(jumlah)}.${asal} Ganti dengan ${rupiah(jumlah)}, atau periksa baris rinciannya.`,
        { tertulis: rupiah(sel.value), hitung: rupiah(jumlah) }
      )
    );
  }
  return out;
}

function serapanTotal(model: LkipModel, p: HasilProgram, t: HasilBaris): Finding[] {
  const sel = t.baris.serapanTertulis;
  if (!sel) return [];
  // With leaves, the program's serapan is theirs (what Tabel 9 prints); without, the row's own.
  const dariRincian = p.leaves.length > 0;
  const benar = dariRincian ? p.serapan : t.serapan;
  const pagu = dariRincian ? p.pagu : t.baris.pagu.value;
  const realisasi = dariRincian ? p.realisasi : t.baris.realisasi.value;
  if (benar === null) return [tidakTeruji(namaBaris(t.baris), sel)];
  const f = bandingkanPersen({
    kode: "SERAPAN_BEDA",
    kolom: "Serapan",
    milik: namaBaris(t.baris),
    sel,
    benar,
    rumus: `serapannya ${dariRincian ? "Σ " : ""}Realisasi ${rupiah(realisasi)} / ${dariRincian ? "Σ " : ""}Pagu ${rupiah(pagu)} × 100 = ${persen(benar)}${dariRincian ? ` (jumlah ${rincian(p)}nya)` : ""}`,
    pembulatan: model.settings.pembulatan,
  });
  return f ? [f] : [];
}

function serapanLeaf(model: LkipModel, l: HasilBaris): Finding[] {
  const sel = l.baris.serapanTertulis;
  if (!sel) return [];
  if (l.serapan === null) return [tidakTeruji(namaBaris(l.baris), sel)];
  const f = bandingkanPersen({
    kode: "SERAPAN_BEDA",
    kolom: "Serapan",
    milik: namaBaris(l.baris),
    sel,
    benar: l.serapan,
    rumus: `serapannya Realisasi ${rupiah(l.baris.realisasi.value)} / Pagu ${rupiah(l.baris.pagu.value)} × 100 = ${persen(l.serapan)}`,
    pembulatan: model.settings.pembulatan,
  });
  return f ? [f] : [];
}

function tidakTeruji(nama: string, sel: Sel<unknown>): Finding {
  return temuan(
    "info",
    "TERTULIS_TIDAK_TERUJI",
    sel.lokasi,
    `Serapan ${nama} tertulis di ${sel.lokasi}, tetapi tidak dapat diperiksa: pagunya 0.`
  );
}

/** src/core/README.md §4: RAK > PAK is allowed in the formula but reported here. */
function lebihPagu(
  nama: string,
  pagu: Sel<Decimal>,
  realisasi: Sel<Decimal>,
  serapan: Decimal | null
): Finding[] {
  if (!realisasi.value.gt(pagu.value)) return [];
  const s = serapan !== null ? ` (serapan ${persen(serapan)} %)` : "";
  return [
    temuan(
      "peringatan",
      "REALISASI_LEBIH_PAGU",
      realisasi.lokasi,
      `Realisasi ${nama} ${rupiah(realisasi.value)} di ${realisasi.lokasi} melebihi pagunya ${rupiah(pagu.value)} di ${pagu.lokasi}${s}. Realisasi anggaran biasanya tidak melampaui pagu; periksa kedua angka itu.`,
      { tertulis: rupiah(realisasi.value), hitung: `≤ ${rupiah(pagu.value)}` }
    ),
  ];
}

function negatif(b: BarisAnggaran): Finding[] {
  return (
    [
      ["Pagu", b.pagu],
      ["Realisasi", b.realisasi],
    ] as const
  )
    .filter(([, sel]) => sel.value.isNegative())
    .map(([label, sel]) =>
      temuan(
        "galat",
        "ANGGARAN_NEGATIF",
        sel.lokasi,
        `${label} ${namaBaris(b)} di ${sel.lokasi} negatif (${rupiah(sel.value)}). Isi ${label.toLowerCase()} 0 atau lebih.`,
        {
          tertulis: rupiah(sel.value),
        }
      )
    );
}

/** The same kegiatan / sub kegiatan twice under one program is counted twice in every total. */
function barisGanda(lines: BarisAnggaran[]): Finding[] {
  const out: Finding[] = [];
  const seen = new Map<string, BarisAnggaran>();
  for (const b of lines) {
    if (!b.leaf) continue;
    const key = [
      sasaranKey(b),
      b.program.value,
      b.kegiatan?.value ?? "",
      b.subKegiatan?.value ?? "",
    ]
      .map((x) => sameTextKey(x))
      .join("\u0000");
    const first = seen.get(key);
    if (!first) {
      seen.set(key, b);
      continue;
    }
    const sel = (b.subKegiatan ?? b.kegiatan)!;
    out.push(
      temuan(
        "peringatan",
        "ANGGARAN_GANDA",
        sel.lokasi,
        capitalise(
          `${namaBaris(b)} program ${kutip(b.program.value)} di ${sel.lokasi} sudah ada di baris ${first.baris}, sehingga pagu dan realisasinya terhitung dua kali. Hapus salah satu baris, atau bedakan namanya bila memang berbeda.`
        ),
        { tertulis: sel.value }
      )
    );
  }
  return out;
}
