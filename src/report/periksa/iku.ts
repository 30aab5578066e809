/**
 * Checks on LKIP_IKU: typed Capaian / Predikat / Kategori per indicator, typed Efisiensi / Serapan
 * per sasaran, the efisiensi bound, arah, duplicates and rows mixing fractions with percent points.
 * Every number comes from compute.ts.
 */
import { Decimal, SKALA, bulatkan, rentang } from "../../core";
import type { Pembulatan, Skala } from "../../core";
import type { HasilIndikator, HasilKualitatif, HasilSasaran, LkipHasil } from "../compute";
import { sameTextKey } from "../model";
import { frasaMakinRendah, satuanPersen } from "./phrases";
import {
  apaAdanya,
  bandingkanLabel,
  bandingkanPersen,
  campurPecahan,
  persen,
  refOf,
  rupiah,
  tertulisTeks,
} from "./tertulis";
import type { KnownSlip } from "./tertulis";
import type { LkipIndikator, LkipModel, Cell } from "../model";
import { temuan } from "../contract";
import type { Finding, Milik, RawCell, Rumus, TidakTeruji } from "../contract";

export function periksaIku(model: LkipModel, hasil: LkipHasil): Finding[] {
  const out: Finding[] = [];
  const st = model.settings;
  for (const h of hasil.indikator) out.push(...tertulisIndikator(h, st.pembulatan, st.skala));
  for (const k of hasil.kualitatif) out.push(...tertulisKualitatif(k));
  for (const h of hasil.indikator) {
    const tinggi = capaianSangatTinggi(h);
    if (tinggi) out.push(tinggi);
  }
  for (const s of hasil.sasaran) out.push(...periksaSasaran(model, s));
  for (const ind of model.indikator) {
    const arah = arahMungkinTurun(ind);
    if (arah) out.push(arah);
    const campur = campurPecahanPersen(ind, model.kolomIku.satuan);
    if (campur) out.push(campur);
  }
  out.push(...indikatorGanda(model.indikator));
  return out.map((f) => (f.sumber ? f : { ...f, sumber: "LKIP_IKU" }));
}

function milikIndikator(ind: LkipIndikator): Milik {
  return { jenis: "indikator", nama: ind.nama.value };
}

function rumusCapaian(h: HasilIndikator, pembulatan: Pembulatan): Rumus {
  const ind = h.indikator;
  return {
    jenis: "capaian",
    arah: ind.arah.value,
    target: apaAdanya(ind.target.value),
    realisasi: apaAdanya(ind.realisasi.value),
    hasil: persen(h.capaian),
    pembulatan,
  };
}

/** The band of `label` on the scale, as the tables print it ("50,00 – 64,99"). */
function rentangLabel(skala: Skala, label: string): string {
  return rentang(skala).find((b) => b.label === label)?.rentang ?? "";
}

function tertulisIndikator(h: HasilIndikator, pembulatan: Pembulatan, skala: Skala): Finding[] {
  const ind = h.indikator;
  const tw = ind.tertulis;
  const out: (Finding | null)[] = [];
  const milik = milikIndikator(ind);
  if (tw.capaian) {
    const lain: Pembulatan = pembulatan === "ROUND" ? "TRUNC" : "ROUND";
    const slips: KnownSlip[] = [
      {
        nilai: bulatkan(h.capaianExact, lain, 2),
        reason: { jenis: "pembulatan", ditulis: lain, dipakai: pembulatan },
      },
    ];
    out.push(
      bandingkanPersen({
        kode: "CAPAIAN_BEDA",
        kolom: "Capaian",
        milik,
        cell: tw.capaian,
        benar: h.capaian,
        rumus: rumusCapaian(h, pembulatan),
        pembulatan,
        mentah: [h.capaianExact],
        slips: slips.filter((s) => !s.nilai.eq(h.capaian)),
      })
    );
  }
  if (tw.predikat) {
    out.push(
      bandingkanLabel({
        kode: "PREDIKAT_BEDA",
        kolom: "Predikat",
        milik,
        cell: tw.predikat,
        benar: h.predikat,
        reason: {
          jenis: "predikat",
          capaian: persen(h.capaian),
          label: h.predikat,
          rentang: rentangLabel(SKALA.target, h.predikat),
        },
      })
    );
  }
  if (tw.kategori) {
    out.push(
      bandingkanLabel({
        kode: "KATEGORI_BEDA",
        kolom: "Kategori",
        milik,
        cell: tw.kategori,
        benar: h.kategori,
        reason:
          h.kategori !== null
            ? {
                jenis: "kategori",
                capaian: persen(h.capaian),
                label: h.kategori,
                rentang: rentangLabel(skala, h.kategori),
                skala: skala.id,
              }
            : { jenis: "bawahSkala", capaian: persen(h.capaian), skala: skala.id },
      })
    );
  }
  return out.filter((f): f is Finding => f !== null);
}

/**
 * RULES §10: a qualitative indicator has a predikat, no percentage. A typed Capaian of 100 (or
 * the word "Tercapai") is accepted for a reached one; a typed Predikat is compared as a label.
 */
function tertulisKualitatif(k: HasilKualitatif): Finding[] {
  const ind = k.indikator;
  const tw = ind.tertulis;
  const out: Finding[] = [];
  for (const [kolom, cell] of [
    ["Capaian", tw.capaian],
    ["Predikat", tw.predikat],
  ] as const) {
    if (!cell) continue;
    const teks = tertulisTeks(cell.value);
    const angka = typeof cell.value === "number" ? new Decimal(String(cell.value)) : null;
    const cocok =
      sameTextKey(teks) === sameTextKey(k.predikat) ||
      (angka !== null && k.predikat === "Tercapai" && (angka.eq(100) || angka.eq(1))) ||
      (kolom === "Capaian" && k.predikat === "Tercapai" && /^100([.,]0+)?\s*%?$/.test(teks));
    if (cocok) continue;
    out.push(
      temuan(
        "KUALITATIF_BEDA",
        {
          kolom,
          nama: ind.nama.value,
          tertulis: teks,
          target: ind.target.value,
          realisasi: ind.realisasi.value,
          skala: k.skala,
          predikat: k.predikat,
        },
        { cell: refOf(cell.lokasi), tertulis: teks, hitung: k.predikat }
      )
    );
  }
  return out;
}

/** A capaian far above target is more often a wrong target (or a fraction) than a triumph. */
const BATAS_CAPAIAN_TINGGI = new Decimal(300);

function capaianSangatTinggi(h: HasilIndikator): Finding | null {
  if (!h.capaian.gt(BATAS_CAPAIAN_TINGGI)) return null;
  const ind = h.indikator;
  return temuan(
    "CAPAIAN_SANGAT_TINGGI",
    {
      nama: ind.nama.value,
      capaian: persen(h.capaian),
      batas: persen(BATAS_CAPAIAN_TINGGI),
      target: apaAdanya(ind.target.value),
      realisasi: apaAdanya(ind.realisasi.value),
      realisasiCell: refOf(ind.realisasi.lokasi)!,
    },
    { cell: refOf(ind.target.lokasi), hitung: persen(h.capaian) }
  );
}

/** Typed Serapan / Efisiensi of an indicator that has budget lines of its own (RULES §6). */
function tertulisAnggaranIndikator(model: LkipModel, h: HasilIndikator): (Finding | null)[] {
  const a = h.anggaran!;
  const ind = h.indikator;
  const st = model.settings;
  const milik: Milik = { jenis: "indikator", nama: ind.nama.value };
  const out: (Finding | null)[] = [];
  const c = ind.tertulis.efisiensi;
  const e = a.efisiensi;
  if (c) {
    if (!e.dihitung)
      out.push(tidakTeruji("Efisiensi", milik, c, { jenis: "efisiensi", inti: e.reason }));
    else
      out.push(
        bandingkanPersen({
          kode: "EFISIENSI_BEDA",
          kolom: "Efisiensi",
          milik,
          cell: c,
          benar: e.nilai,
          rumus: {
            jenis: "efisiensi",
            pagu: rupiah(a.pagu),
            capaian: persen(h.capaian),
            capaianDibatasi: st.batasiCapaian && h.capaian.gt(100),
            realisasi: rupiah(a.realisasi),
            hasil: persen(e.nilai),
            ...(e.hasil.dibatasi ? { mentah: persen(e.mentah) } : {}),
          },
          pembulatan: st.pembulatan,
          mentah: [e.hasil.nilai],
          slips: e.hasil.dibatasi
            ? [{ nilai: e.hasil.mentah, reason: { jenis: "tanpaBatas", mentah: persen(e.mentah) } }]
            : [],
        })
      );
  }
  const sr = ind.tertulis.serapan;
  if (sr) {
    if (a.serapan === null) out.push(tidakTeruji("Serapan", milik, sr, { jenis: "pagu0" }));
    else
      out.push(
        bandingkanPersen({
          kode: "SERAPAN_BEDA",
          kolom: "Serapan",
          milik,
          cell: sr,
          benar: a.serapan,
          rumus: {
            jenis: "serapan",
            sigma: true,
            realisasi: rupiah(a.realisasi),
            pagu: rupiah(a.pagu),
            hasil: persen(a.serapan),
          },
          pembulatan: st.pembulatan,
        })
      );
  }
  return out;
}

function periksaSasaran(model: LkipModel, s: HasilSasaran): Finding[] {
  const out: (Finding | null)[] = [];
  const st = model.settings;
  const nomor = s.sasaran.nomor;
  const milik: Milik = { jenis: "sasaran", nomor };
  const cell = (key: "efisiensi" | "serapan"): Cell<RawCell>[] =>
    s.indikator.flatMap((h) =>
      h.indikator.tertulis[key] && !h.anggaran ? [h.indikator.tertulis[key]!] : []
    );
  for (const h of s.indikator) if (h.anggaran) out.push(...tertulisAnggaranIndikator(model, h));

  const ef = s.efisiensi;
  const efisiensiCell = cell("efisiensi");
  for (const c of efisiensiCell) {
    if (!ef.dihitung) {
      out.push(tidakTeruji("Efisiensi", milik, c, { jenis: "efisiensi", inti: ef.reason }));
      continue;
    }
    out.push(
      bandingkanPersen({
        kode: "EFISIENSI_BEDA",
        kolom: "Efisiensi",
        milik,
        cell: c,
        benar: ef.nilai,
        rumus: {
          jenis: "efisiensi",
          pagu: rupiah(ef.pagu),
          capaian: persen(ef.capaian),
          capaianDibatasi: st.batasiCapaian && ef.capaian.gt(100),
          realisasi: rupiah(ef.realisasi),
          hasil: persen(ef.nilai),
          ...(ef.hasil.dibatasi ? { mentah: persen(ef.mentah) } : {}),
        },
        pembulatan: st.pembulatan,
        mentah: [ef.hasil.nilai],
        slips: ef.hasil.dibatasi
          ? [
              {
                nilai: ef.hasil.mentah,
                reason: { jenis: "tanpaBatas", mentah: persen(ef.mentah) },
              },
            ]
          : [],
      })
    );
  }
  if (ef.dihitung && ef.hasil.dibatasi) {
    const address = efisiensiCell[0]?.lokasi ?? s.sasaran.lokasi;
    out.push(
      temuan(
        "EFISIENSI_DIBATASI",
        { sasaran: nomor, mentah: persen(ef.mentah), nilai: persen(ef.nilai) },
        { cell: refOf(address), hitung: persen(ef.nilai) }
      )
    );
  }

  const ang = s.anggaran;
  for (const c of cell("serapan")) {
    if (ang === null || ang.serapan === null) {
      out.push(
        tidakTeruji(
          "Serapan",
          milik,
          c,
          ang === null
            ? model.anggaran
              ? { jenis: "tanpaAnggaranTertaut" }
              : { jenis: "tanpaLkipAnggaran" }
            : { jenis: "pagu0" }
        )
      );
      continue;
    }
    out.push(
      bandingkanPersen({
        kode: "SERAPAN_BEDA",
        kolom: "Serapan",
        milik,
        cell: c,
        benar: ang.serapan,
        rumus: {
          jenis: "serapan",
          sigma: true,
          realisasi: rupiah(ang.realisasi),
          pagu: rupiah(ang.pagu),
          hasil: persen(ang.serapan),
          sasaran: nomor,
        },
        pembulatan: st.pembulatan,
      })
    );
  }

  if (
    model.anggaran !== null &&
    model.anggaran.length > 0 &&
    ang === null &&
    s.indikator.length > 0
  ) {
    out.push(
      temuan(
        "SASARAN_TANPA_ANGGARAN",
        { nomor, teks: s.sasaran.teks },
        { cell: refOf(s.sasaran.lokasi) }
      )
    );
  }
  return out.filter((f): f is Finding => f !== null);
}

function tidakTeruji(kolom: string, milik: Milik, c: Cell<RawCell>, reason: TidakTeruji): Finding {
  return temuan("TERTULIS_TIDAK_TERUJI", { kolom, milik, reason }, { cell: refOf(c.lokasi) });
}

function arahMungkinTurun(ind: LkipIndikator): Finding | null {
  if (ind.arah.value === "turun") return null;
  const frasa = frasaMakinRendah(ind.nama.value);
  if (frasa === null) return null;
  const address = ind.arah.lokasi ?? ind.nama.lokasi;
  const arahCell = ind.arah.lokasi ? refOf(ind.arah.lokasi) : undefined;
  return temuan(
    "ARAH_MUNGKIN_TURUN",
    {
      nama: ind.nama.value,
      namaCell: refOf(ind.nama.lokasi)!,
      frasa,
      ...(arahCell ? { arahCell } : {}),
    },
    ind.arah.lokasi
      ? { cell: refOf(address), tertulis: "naik", hitung: "turun" }
      : { cell: refOf(address), hitung: "turun" }
  );
}

/** src/core/README.md §0: in a percent row, a value ≤ 1,5 beside one > 1,5 is a fraction mixed with percent points. */
function campurPecahanPersen(ind: LkipIndikator, adaKolomSatuan: boolean): Finding | null {
  const persenUnit = ind.satuan
    ? satuanPersen(ind.satuan.value)
    : !adaKolomSatuan && /^\s*persentase\b/i.test(ind.nama.value);
  if (!persenUnit) return null;
  return campurPecahan(ind.nama.value, [
    { label: "Target", cell: ind.target },
    { label: "Realisasi", cell: ind.realisasi },
    ...ind.tahunLalu.map((t) => ({ label: `Realisasi ${t.tahun}`, cell: t.nilai })),
    ...(ind.targetRenstra ? [{ label: "Target Renstra", cell: ind.targetRenstra }] : []),
    ...(ind.targetAkhirRenstra
      ? [{ label: "Target Akhir Renstra", cell: ind.targetAkhirRenstra }]
      : []),
  ]);
}

function indikatorGanda(indikator: LkipIndikator[]): Finding[] {
  const out: Finding[] = [];
  const pertama = new Map<string, LkipIndikator>();
  for (const ind of indikator) {
    const key = sameTextKey(ind.nama.value);
    const first = pertama.get(key);
    if (!first) {
      pertama.set(key, ind);
      continue;
    }
    out.push(
      temuan(
        "INDIKATOR_GANDA",
        {
          nama: ind.nama.value,
          pertama: refOf(first.nama.lokasi)!,
          sasaran: ind.sasaran,
          sasaranPertama: first.sasaran,
        },
        { cell: refOf(ind.nama.lokasi), tertulis: ind.nama.value }
      )
    );
  }
  return out;
}
