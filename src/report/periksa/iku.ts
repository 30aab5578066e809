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
  NAMA_PEMBULATAN,
  apaAdanya,
  bandingkanLabel,
  bandingkanPersen,
  kutip,
  persen,
  rupiah,
  tampakPecahan,
  temuan,
  tertulisTeks,
} from "./tertulis";
import type { Sebab } from "./tertulis";
import type { LkipIndikator, LkipModel, Sel } from "../model";
import type { Finding, RawCell } from "../contract";

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
  return out;
}

function milikIndikator(ind: LkipIndikator): string {
  return `indikator ${kutip(ind.nama.value)}`;
}

function rumusCapaian(h: HasilIndikator, pembulatan: Pembulatan): string {
  const ind = h.indikator;
  const t = apaAdanya(ind.target.value);
  const r = apaAdanya(ind.realisasi.value);
  const rumus =
    ind.arah.value === "turun"
      ? `(2 × Target ${t} − Realisasi ${r}) / Target ${t} × 100 (arah turun)`
      : `Realisasi ${r} / Target ${t} × 100`;
  return `capaiannya ${rumus} = ${persen(h.capaian)} (2 desimal, pembulatan ${pembulatan})`;
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
    const sebab: Sebab[] = [
      {
        nilai: bulatkan(h.capaianExact, lain, 2),
        teks: `angka itu ${NAMA_PEMBULATAN[lain]}, sedangkan buku kerja ini memakai angka yang ${NAMA_PEMBULATAN[pembulatan]}; aturannya di LKIP_INFO, baris Pembulatan`,
      },
    ];
    out.push(
      bandingkanPersen({
        kode: "CAPAIAN_BEDA",
        kolom: "Capaian",
        milik,
        sel: tw.capaian,
        benar: h.capaian,
        rumus: rumusCapaian(h, pembulatan),
        pembulatan,
        mentah: [h.capaianExact],
        sebab: sebab.filter((s) => !s.nilai.eq(h.capaian)),
      })
    );
  }
  if (tw.predikat) {
    out.push(
      bandingkanLabel({
        kode: "PREDIKAT_BEDA",
        kolom: "Predikat",
        milik,
        sel: tw.predikat,
        benar: h.predikat,
        alasan: `capaian ${persen(h.capaian)} masuk predikat "${h.predikat}" (${rentangLabel(SKALA.target, h.predikat)})`,
      })
    );
  }
  if (tw.kategori) {
    out.push(
      bandingkanLabel({
        kode: "KATEGORI_BEDA",
        kolom: "Kategori",
        milik,
        sel: tw.kategori,
        benar: h.kategori,
        alasan:
          h.kategori !== null
            ? `capaian ${persen(h.capaian)} termasuk kategori "${h.kategori}" (rentang ${rentangLabel(skala, h.kategori)}, skala ${skala.id})`
            : `capaian ${persen(h.capaian)} berada di bawah batas terendah skala ${skala.id}, sehingga tidak berkategori`,
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
  const milik = `indikator kualitatif ${kutip(ind.nama.value)}`;
  const alasan = `target "${ind.target.value}" dan realisasi "${ind.realisasi.value}"${k.skala ? ` (skala ${k.skala})` : ""} berarti "${k.predikat}"`;
  const out: (Finding | null)[] = [];
  for (const sel of [tw.capaian, tw.predikat]) {
    if (!sel) continue;
    const teks = tertulisTeks(sel.value);
    const angka = typeof sel.value === "number" ? new Decimal(String(sel.value)) : null;
    const cocok =
      sameTextKey(teks) === sameTextKey(k.predikat) ||
      (angka !== null && k.predikat === "Tercapai" && (angka.eq(100) || angka.eq(1))) ||
      (sel === tw.capaian && k.predikat === "Tercapai" && /^100([.,]0+)?\s*%?$/.test(teks.trim()));
    if (cocok) continue;
    out.push(
      temuan(
        "galat",
        sel === tw.capaian ? "CAPAIAN_BEDA" : "PREDIKAT_BEDA",
        sel.lokasi,
        `${sel === tw.capaian ? "Capaian" : "Predikat"} ${milik} tertulis ${kutip(teks)} di ${sel.lokasi}, padahal ${alasan}. Indikator kualitatif tidak punya capaian dalam persen (src/core/README.md §10); tulis "${k.predikat}"${k.predikat === "Tercapai" ? " atau 100" : ""}.`,
        { tertulis: teks, hitung: k.predikat }
      )
    );
  }
  return out.filter((f): f is Finding => f !== null);
}

/** A capaian far above target is more often a wrong target (or a fraction) than a triumph. */
const BATAS_CAPAIAN_TINGGI = new Decimal(300);

function capaianSangatTinggi(h: HasilIndikator): Finding | null {
  if (!h.capaian.gt(BATAS_CAPAIAN_TINGGI)) return null;
  const ind = h.indikator;
  return temuan(
    "peringatan",
    "CAPAIAN_SANGAT_TINGGI",
    ind.target.lokasi,
    `Capaian ${milikIndikator(ind)} ${persen(h.capaian)} %, lebih dari ${persen(BATAS_CAPAIAN_TINGGI)} %: periksa Target ${apaAdanya(ind.target.value)} di ${ind.target.lokasi} (satuan, pecahan, atau target tahun lain?) dan Realisasi ${apaAdanya(ind.realisasi.value)} di ${ind.realisasi.lokasi}. Bila keduanya benar, abaikan peringatan ini.`,
    { hitung: persen(h.capaian) }
  );
}

function periksaSasaran(model: LkipModel, s: HasilSasaran): Finding[] {
  const out: (Finding | null)[] = [];
  const st = model.settings;
  const nomor = s.sasaran.nomor;
  const milik = `sasaran ${nomor}`;
  // RULES §6: an indicator with budget lines of its own is compared with its own figure.
  const sel = (key: "efisiensi" | "serapan"): Sel<RawCell>[] =>
    s.indikator.flatMap((h) =>
      h.indikator.tertulis[key] && !h.anggaran ? [h.indikator.tertulis[key]!] : []
    );
  for (const h of s.indikator) if (h.anggaran) out.push(...tertulisAnggaranIndikator(model, h));

  const ef = s.efisiensi;
  const efisiensiSel = sel("efisiensi");
  for (const c of efisiensiSel) {
    if (!ef.dihitung) {
      out.push(tidakTeruji("Efisiensi", milik, c, ef.alasan));
      continue;
    }
    const capaian = `${persen(ef.capaian)} %${st.batasiCapaian && ef.capaian.gt(100) ? " (dihitung 100 %, Batasi Capaian Efisiensi = Ya)" : ""}`;
    const hasilE = ef.hasil.dibatasi
      ? `${persen(ef.mentah)}, dibatasi menjadi ${persen(ef.nilai)} (batas ±20 %)`
      : persen(ef.nilai);
    out.push(
      bandingkanPersen({
        kode: "EFISIENSI_BEDA",
        kolom: "Efisiensi",
        milik,
        sel: c,
        benar: ef.nilai,
        rumus: `menurut PMK 214/PMK.02/2017 E = (Pagu × Capaian − Realisasi) / (Pagu × Capaian) × 100 dengan Pagu ${rupiah(ef.pagu)}, Capaian ${capaian}, Realisasi ${rupiah(ef.realisasi)}, yaitu ${hasilE}`,
        pembulatan: st.pembulatan,
        mentah: [ef.hasil.nilai],
        sebab: ef.hasil.dibatasi
          ? [
              {
                nilai: ef.hasil.mentah,
                teks: `batas ±20 % belum diterapkan (nilai tanpa batas ${persen(ef.mentah)})`,
              },
            ]
          : [],
      })
    );
  }
  if (ef.dihitung && ef.hasil.dibatasi) {
    const lokasi = efisiensiSel[0]?.lokasi ?? s.sasaran.lokasi;
    out.push(
      temuan(
        "info",
        "EFISIENSI_DIBATASI",
        lokasi,
        `Efisiensi ${milik} tanpa batas ${persen(ef.mentah)} %, di luar batas ±20 % PMK 214/PMK.02/2017; tabel mencetak ${persen(ef.nilai)} dan menyebut nilai tanpa batasnya di catatan di bawah tabel.`,
        { hitung: persen(ef.nilai) }
      )
    );
  }

  const ang = s.anggaran;
  for (const c of sel("serapan")) {
    if (ang === null || ang.serapan === null) {
      out.push(
        tidakTeruji(
          "Serapan",
          milik,
          c,
          ang === null
            ? model.anggaran
              ? "tidak ada anggaran yang tertaut"
              : "LKIP_ANGGARAN tidak ada"
            : "pagunya 0"
        )
      );
      continue;
    }
    out.push(
      bandingkanPersen({
        kode: "SERAPAN_BEDA",
        kolom: "Serapan",
        milik,
        sel: c,
        benar: ang.serapan,
        rumus: `serapannya Σ Realisasi ${rupiah(ang.realisasi)} / Σ Pagu ${rupiah(ang.pagu)} × 100 = ${persen(ang.serapan)} (anggaran yang tertaut ke ${milik})`,
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
        "info",
        "SASARAN_TANPA_ANGGARAN",
        s.sasaran.lokasi,
        `Sasaran ${nomor} (${kutip(s.sasaran.teks)}) tidak punya baris di LKIP_ANGGARAN, sehingga serapan dan efisiensinya tidak dihitung. Bila ada anggarannya, tambahkan barisnya dengan Sasaran berisi teks sasaran ini atau nomor ${nomor}.`
      )
    );
  }
  return out.filter((f): f is Finding => f !== null);
}

/** Typed Serapan / Efisiensi of an indicator that has budget lines of its own (RULES §6). */
function tertulisAnggaranIndikator(model: LkipModel, h: HasilIndikator): (Finding | null)[] {
  const a = h.anggaran!;
  const ind = h.indikator;
  const st = model.settings;
  const milik = milikIndikator(ind);
  const out: (Finding | null)[] = [];
  const ef = ind.tertulis.efisiensi;
  const e = a.efisiensi;
  if (ef) {
    if (!e.dihitung) out.push(tidakTeruji("Efisiensi", milik, ef, e.alasan));
    else
      out.push(
        bandingkanPersen({
          kode: "EFISIENSI_BEDA",
          kolom: "Efisiensi",
          milik,
          sel: ef,
          benar: e.nilai,
          rumus: `menurut PMK 214/PMK.02/2017 dengan anggaran indikator ini sendiri E = (Pagu ${rupiah(a.pagu)} × Capaian ${persen(h.capaian)} % − Realisasi ${rupiah(a.realisasi)}) / (Pagu × Capaian) × 100 = ${e.hasil.dibatasi ? `${persen(e.mentah)}, dibatasi menjadi ${persen(e.nilai)}` : persen(e.nilai)}`,
          pembulatan: st.pembulatan,
          mentah: [e.hasil.nilai],
          sebab: e.hasil.dibatasi
            ? [{ nilai: e.hasil.mentah, teks: "batas ±20 % belum diterapkan" }]
            : [],
        })
      );
  }
  const sr = ind.tertulis.serapan;
  if (sr) {
    if (a.serapan === null) out.push(tidakTeruji("Serapan", milik, sr, "pagunya 0"));
    else
      out.push(
        bandingkanPersen({
          kode: "SERAPAN_BEDA",
          kolom: "Serapan",
          milik,
          sel: sr,
          benar: a.serapan,
          rumus: `serapannya Σ Realisasi ${rupiah(a.realisasi)} / Σ Pagu ${rupiah(a.pagu)} × 100 = ${persen(a.serapan)} (anggaran yang tertaut ke indikator ini)`,
          pembulatan: st.pembulatan,
        })
      );
  }
  return out;
}

function tidakTeruji(kolom: string, milik: string, c: Sel<RawCell>, alasan: string): Finding {
  return temuan(
    "info",
    "TERTULIS_TIDAK_TERUJI",
    c.lokasi,
    `${kolom} ${milik} tertulis di ${c.lokasi}, tetapi tidak dapat diperiksa: ${alasan}.`
  );
}

function arahMungkinTurun(ind: LkipIndikator): Finding | null {
  if (ind.arah.value === "turun") return null;
  const frasa = frasaMakinRendah(ind.nama.value);
  if (frasa === null) return null;
  const lokasi = ind.arah.lokasi ?? ind.nama.lokasi;
  const kini = ind.arah.lokasi
    ? `Arah-nya "naik" (${ind.arah.lokasi})`
    : "Arah-nya tidak diisi, sehingga dianggap naik";
  const saran = ind.arah.lokasi
    ? `isi Arah dengan turun di ${ind.arah.lokasi}`
    : "isi kolom Arah dengan turun pada baris ini (tambahkan kolom Arah bila belum ada)";
  return temuan(
    "peringatan",
    "ARAH_MUNGKIN_TURUN",
    lokasi,
    `Indikator ${kutip(ind.nama.value)} (${ind.nama.lokasi}) memuat "${frasa}", yang biasanya berarti makin rendah makin baik, tetapi ${kini}. Bila memang makin rendah makin baik, ${saran}: capaiannya lalu dihitung (2 × target − realisasi) / target × 100.`,
    ind.arah.lokasi ? { tertulis: "naik", hitung: "turun" } : { hitung: "turun" }
  );
}

/** src/core/README.md §0: in a percent row, a value ≤ 1,5 beside one > 1,5 is a fraction mixed with percent points. */
function campurPecahanPersen(ind: LkipIndikator, adaKolomSatuan: boolean): Finding | null {
  const persenUnit = ind.satuan
    ? satuanPersen(ind.satuan.value)
    : !adaKolomSatuan && /^\s*persentase\b/i.test(ind.nama.value);
  if (!persenUnit) return null;
  const nilai: { label: string; sel: Sel<Decimal> }[] = [
    { label: "Target", sel: ind.target },
    { label: "Realisasi", sel: ind.realisasi },
    ...ind.tahunLalu.map((t) => ({ label: `Realisasi ${t.tahun}`, sel: t.nilai })),
    ...(ind.targetRenstra ? [{ label: "Target Renstra", sel: ind.targetRenstra }] : []),
    ...(ind.targetAkhirRenstra
      ? [{ label: "Target Akhir Renstra", sel: ind.targetAkhirRenstra }]
      : []),
  ].filter((n) => !n.sel.value.isZero()); // 0 reads the same either way
  const poin = nilai.filter((n) => !tampakPecahan(n.sel.value));
  // Only a value that reads like the others once × 100 is a fraction: a genuine 1 % target beside
  // a realisasi of 2,5 % is not (×100 it would be 100 against 2,5).
  const acuan = median(poin.map((n) => n.sel.value));
  const pecahan = nilai.filter(
    (n) => tampakPecahan(n.sel.value) && acuan !== null && dekatSeratusKali(n.sel.value, acuan)
  );
  if (pecahan.length === 0 || poin.length === 0) return null;
  const daftar = (xs: typeof nilai) =>
    xs.map((n) => `${n.label} ${apaAdanya(n.sel.value)} (${n.sel.lokasi})`).join(", ");
  const f = pecahan[0];
  const sebagaiPoin = persen(f.sel.value.times(100));
  return temuan(
    "peringatan",
    "CAMPUR_PECAHAN_PERSEN",
    f.sel.lokasi,
    `Baris indikator ${kutip(ind.nama.value)} bersatuan persen mencampur pecahan dan poin persen: ${daftar(pecahan)} tampak pecahan (${apaAdanya(f.sel.value)} = ${sebagaiPoin} %), sedangkan ${daftar(poin)} poin persen. Tulis semuanya dalam poin persen (mis. ${sebagaiPoin}), atau abaikan bila angka kecil itu memang poin persen.`,
    { tertulis: apaAdanya(f.sel.value), hitung: sebagaiPoin }
  );
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
    const sama = first.sasaran === ind.sasaran;
    out.push(
      temuan(
        sama ? "galat" : "peringatan",
        "INDIKATOR_GANDA",
        ind.nama.lokasi,
        sama
          ? `Indikator ${kutip(ind.nama.value)} di ${ind.nama.lokasi} sudah ada di ${first.nama.lokasi} pada sasaran yang sama, sehingga terhitung dua kali dalam rata-rata dan jumlah per kategori. Hapus salah satu baris.`
          : `Indikator ${kutip(ind.nama.value)} di ${ind.nama.lokasi} (sasaran ${ind.sasaran}) sudah ada di ${first.nama.lokasi} (sasaran ${first.sasaran}), sehingga terhitung dua kali dalam rata-rata dan jumlah per kategori. Bila keduanya memang indikator yang berbeda, bedakan namanya.`,
        { tertulis: ind.nama.value }
      )
    );
  }
  return out;
}

function median(xs: Decimal[]): Decimal | null {
  if (xs.length === 0) return null;
  const sorted = [...xs].sort((a, b) => a.comparedTo(b));
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : sorted[mid - 1].plus(sorted[mid]).div(2);
}

/** v × 100 within a factor 3 of the row's other values, and v itself not. */
function dekatSeratusKali(v: Decimal, acuan: Decimal): boolean {
  const tiga = new Decimal(3);
  const dalam = (x: Decimal) => {
    const a = x.abs();
    const b = acuan.abs();
    return !a.isZero() && !b.isZero() && a.lte(b.times(tiga)) && b.lte(a.times(tiga));
  };
  return dalam(v.times(100)) && !dalam(v);
}
