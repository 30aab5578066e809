/**
 * Bab III (TABLES.md "Bab III"): the computed report → a host-free document. Every figure is one
 * that compute made and the tables print (RULES §1), written through the tables' own formats;
 * nothing here computes a number, it picks and words them. An item without data says so.
 */
import { Decimal, terbilang } from "../../../core";
import { compute, type HasilIndikator, type HasilSasaran, type LkipHasil } from "../../compute";
import { coreText, type Lang, type TableCell, type TableDesc } from "../../contract";
import type { LkipModel } from "../../model";
import { reasonText } from "../reasons";
import { buildTables, type BuildResult } from "../specs";
import { FMT_NILAI, count, hdr, inputFormat, num, rupiahFormat, txt } from "../table-cells";
import { docTable, fig, formatNumber, runs, tableTitle, type Part } from "./format";
import { BAB3_TEXTS, fill, type Bab3Texts } from "./texts";
import type { Bab3Document, Block, DocTable, Run } from "./types";

export interface Bab3Options {
  lang?: Lang;
  /** The computed report, when the caller has it already (the same object the tables used). */
  hasil?: LkipHasil;
  /** The tables, when built already. */
  built?: BuildResult;
}

/** Writes figures as the tables print them. */
class Writer {
  constructor(readonly rupiahFmt: string) {}
  persen(kind: Parameters<typeof fig>[0], d: Decimal, subject: string | null): Run {
    return fig(kind, d, formatNumber(d, FMT_NILAI), subject);
  }
  nilai(kind: Parameters<typeof fig>[0], d: Decimal, subject: string | null): Run {
    return fig(kind, d, formatNumber(d, inputFormat(d)), subject);
  }
  rupiah(kind: Parameters<typeof fig>[0], d: Decimal, subject: string | null): Run {
    return fig(kind, d, `Rp ${formatNumber(d, this.rupiahFmt)}`, subject);
  }
}

export function bab3(model: LkipModel, opts: Bab3Options = {}): Bab3Document {
  const lang = opts.lang ?? "id";
  const t = BAB3_TEXTS[lang];
  const hasil = opts.hasil ?? opts.built?.hasil ?? compute(model);
  const built = opts.built ?? buildTables(model, { hasil });
  const st = model.settings;
  const money = [
    ...(model.anggaran ?? []).flatMap((b) => [b.pagu.value, b.realisasi.value]),
    ...(model.belanja ?? []).map((b) => b.pagu.value),
  ];
  const w = new Writer(rupiahFormat(money));
  const blocks: Block[] = [];
  const p = (...parts: Part[]) => blocks.push({ kind: "paragraph", runs: runs(...parts) });
  const li = (...parts: Part[]) =>
    blocks.push({ kind: "paragraph", runs: runs(...parts), list: true });
  const kategori = (k: string | null) => (k ? fill(t.kategori, { kategori: k }) : "");
  let nTabel = 0;
  const addTable = (desc: TableDesc, caption: string): number => {
    blocks.push(docTable(desc, ++nTabel, caption));
    return nTabel;
  };
  const standard = new Map(built.tables.map((x) => [x.id, x]));
  const leftOut = new Map(built.leftOut.map((x) => [x.id, x]));
  const instansi = st.instansi ? ` ${st.instansi.trim()}` : "";
  /**
   * A standard table after its sentences, or the sentence why it is not there. The sentences come
   * first so that none follows a table's last row (RULES §15 carries a subject from it).
   */
  const standardTable = (id: number, before: () => void) => {
    const desc = standard.get(id);
    if (!desc) {
      const lo = leftOut.get(id);
      if (lo) p(t.tabelTidakDibuat(lo.title, reasonText(lo.reason, lang)));
      return;
    }
    const title = tableTitle(desc);
    p(t.tabelDisajikan(nTabel + 1, title.replace(/ Tahun \d{4}$/, "").replace(instansi, "")));
    before();
    addTable(desc, title);
  };

  const numeric = hasil.indikator;
  const nIndikator = numeric.length + hasil.kualitatif.length;
  const extremes = () => {
    if (numeric.length < 2) return null;
    let hi = numeric[0];
    let lo = numeric[0];
    for (const h of numeric) {
      if (h.capaian.gt(hi.capaian)) hi = h;
      if (h.capaian.lt(lo.capaian)) lo = h;
    }
    const nama = (h: HasilIndikator) => h.indikator.nama.value;
    return {
      tinggi: nama(hi),
      capaianTinggi: w.persen("capaian", hi.capaian, nama(hi)),
      rendah: nama(lo),
      capaianRendah: w.persen("capaian", lo.capaian, nama(lo)),
    };
  };
  const bands = (list: { label: string; jumlah: number }[], f: (n: number, l: string) => string) =>
    list.map((b) => f(b.jumlah, b.label)).join(", ");

  // ---------------------------------------------------------------- Ikhtisar Eksekutif
  blocks.push({ kind: "heading", level: 1, text: t.ikhtisar });
  p(t.ikhtisarPembuka(st.instansi ?? t.instansiKosong, st.tahun, hasil.sasaran.length, nIndikator));
  // Figures of the whole report first, then the sasaran and the indicators by name (RULES §15:
  // a figure after a name would be read as that indicator's).
  if (hasil.rataRata)
    p(
      ...fill(t.ikhtisarRataRata, {
        capaian: w.persen("capaian", hasil.rataRata.capaian, null),
        kategori: kategori(hasil.rataRata.kategori),
      })
    );
  if (hasil.anggaran) {
    const a = hasil.anggaran;
    p(
      ...fill(t.ikhtisarAnggaran, {
        pagu: w.rupiah("pagu", a.pagu, null),
        realisasi: w.rupiah("realisasiAnggaran", a.realisasi, null),
        serapan: a.serapan
          ? fill(t.serapan, { serapan: w.persen("serapan", a.serapan, null) })
          : "",
      })
    );
  } else p(t.ikhtisarTanpaAnggaran);
  if (nIndikator > 0) p(t.ikhtisarPredikat(nIndikator, bands(hasil.perPredikat, t.predikatBand)));
  for (const s of hasil.sasaran)
    li(
      ...fill(t.ikhtisarSasaran, {
        nomor: String(s.sasaran.nomor),
        teks: s.sasaran.teks,
        indikator: [
          ...s.indikator.map((h) => h.indikator.nama.value),
          ...s.kualitatif.map((k) => k.indikator.nama.value),
        ].join("; "),
      })
    );
  const ex = extremes();
  if (ex) p(...fill(t.ikhtisarTertinggi, ex));
  blocks.push({ kind: "pageBreak" });

  // ---------------------------------------------------------------- A. Capaian Kinerja Organisasi
  blocks.push({ kind: "heading", level: 1, text: t.bab });
  blocks.push({ kind: "heading", level: 2, text: t.bagianA });
  p(t.metode);
  li(t.metodeNaik);
  li(t.metodeTurun);
  p(t.metodeKategori(st.skala.id));
  for (const b of hasil.perKategori) li(t.band(b.label, b.rentang));
  if (hasil.sasaran.some((s) => s.efisiensi.dihitung)) p(t.rumusEfisiensi);

  standardTable(2, () => {
    p(t.kalimatTabel2(nIndikator));
    const r = hasil.rataRata;
    if (r)
      p(
        ...fill(t.kalimatTabel2Rata, {
          capaian: w.persen("capaian", r.capaian, null),
          kategori: kategori(r.kategori),
        })
      );
  });
  standardTable(3, () => p(t.kalimatTabel3(bands(hasil.perPredikat, t.predikatBand))));
  standardTable(4, () =>
    p(
      t.kalimatTabel4(
        bands(
          hasil.perKategori.filter((b) => b.jumlah > 0),
          t.kategoriBand
        )
      )
    )
  );
  standardTable(5, () => {
    if (ex) p(...fill(t.kalimatTabel5, ex));
  });

  for (const s of hasil.sasaran) sasaranSection(s);

  // ---------------------------------------------------------------- B. Akuntabilitas Keuangan
  blocks.push({ kind: "heading", level: 2, text: t.bagianB });
  if (!hasil.anggaran) p(t.tanpaAnggaran);
  standardTable(10, () => {
    const a = hasil.anggaran;
    if (!a) return;
    p(
      ...fill(t.kalimatTabel10, {
        pagu: w.rupiah("pagu", a.pagu, null),
        terbilang: pagukata(a.pagu, lang),
        realisasi: w.rupiah("realisasiAnggaran", a.realisasi, null),
        serapan: a.serapan
          ? fill(t.serapanTotal, { serapan: w.persen("serapan", a.serapan, null) })
          : "",
      })
    );
  });
  if (!hasil.belanja) p(t.tanpaBelanja);
  standardTable(12, () => {
    const b = hasil.belanja;
    if (!b) return;
    const daftar = b.row.flatMap((x, i) => [
      { text: `${i > 0 ? "; " : ""}${x.row.jenis.value} ` },
      w.rupiah("jumlah", x.row.pagu.value, x.row.jenis.value),
    ]);
    p(...fill(t.kalimatTabel12, { daftar, total: w.rupiah("pagu", b.pagu, null) }));
  });

  return {
    lang,
    title: t.judulDokumen(st.instansi ?? "", st.tahun),
    halaman: t.halaman,
    blocks,
  };

  function sasaranSection(s: HasilSasaran): void {
    const subjek = s.sasaran.teks;
    const nomor = String(s.sasaran.nomor);
    blocks.push({ kind: "heading", level: 3, text: t.sasaranJudul(s.sasaran.nomor, subjek) });
    if (s.capaian)
      p(
        ...fill(t.sasaranCapaian, {
          nomor,
          capaian: w.persen("capaian", s.capaian, subjek),
          kategori: kategori(s.kategori),
        })
      );
    else p(t.sasaranTanpaCapaian(s.sasaran.nomor));
    p(t.tabelItem1(nTabel + 1));
    addTable(item1Table(s, t), t.captionItem1(s.sasaran.nomor));

    const label = (i: number): Run => ({ text: t.itemLabel[i], bold: true });
    s.indikator.forEach((h, k) => {
      const nama = h.indikator.nama.value;
      const ind = h.indikator;
      p({ text: t.indikatorJudul(`${s.sasaran.nomor}.${k + 1}`, nama), bold: true });
      li(
        label(0),
        ...fill(t.item1, {
          nama,
          target: w.nilai("target", ind.target.value, nama),
          satuan: ind.satuan ? fill(t.satuan, { satuan: ind.satuan.value }) : "",
          realisasi: w.nilai("realisasi", ind.realisasi.value, nama),
          capaian: w.persen("capaian", h.capaian, nama),
          predikat: t.predikat(h.predikat),
          kategori: kategori(h.kategori),
        })
      );
      // 2: Tabel 6's row.
      const ubah = h.perubahan;
      const sebelumnya = ubah ? ind.tahunLalu.find((x) => x.tahun === ubah.dari) : undefined;
      if (model.tahunLalu.length === 0) li(label(1), t.item2TanpaKolom);
      else if (!ubah || !sebelumnya)
        li(label(1), t.item2Kosong(model.tahunLalu[model.tahunLalu.length - 1]));
      else {
        const d = ubah.nilai;
        const keterangan = t.arah[ubah.keterangan];
        const nilai = w.persen("perubahan", d.abs(), nama);
        li(
          label(1),
          ...fill(t.item2, {
            nama,
            realisasi: w.nilai("realisasi", ind.realisasi.value, nama),
            tahun: String(ubah.dari),
            sebelumnya: w.nilai("tahunLalu", sebelumnya.nilai.value, nama),
            perubahan: d.isZero()
              ? fill(t.tetap, { keterangan })
              : fill(d.isPositive() ? t.naik : t.turun, { nilai, keterangan }),
          })
        );
      }
      // 3: Tabel 7's row.
      if (h.capaianRenstra && ind.targetRenstra)
        li(
          label(2),
          ...fill(t.item3, {
            nama,
            tahun: model.tahunRenstra
              ? fill(t.tahunRenstra, { tahun: String(model.tahunRenstra) })
              : "",
            targetRenstra: w.nilai("targetRenstra", ind.targetRenstra.value, nama),
            capaian: w.persen("capaianRenstra", h.capaianRenstra, nama),
          })
        );
      else li(label(2), t.item3Tanpa);
      // 4: the Standar Nasional column, as written; compared by the indicator's arah.
      const sn = ind.standarNasional;
      if (sn && typeof sn.value !== "string") {
        const memenuhi =
          ind.arah.value === "turun"
            ? ind.realisasi.value.lte(sn.value)
            : ind.realisasi.value.gte(sn.value);
        li(
          label(3),
          ...fill(t.item4Angka, {
            nama,
            standar: w.nilai("standarNasional", sn.value, nama),
            realisasi: w.nilai("realisasi", ind.realisasi.value, nama),
            hasil: memenuhi ? t.memenuhi : t.belumMemenuhi,
          })
        );
      } else if (sn) li(label(3), t.item4Teks(nama, String(sn.value)));
      else li(label(3), t.item4Tanpa, " ", { text: t.item4Konfirmasi, highlight: true });
      // 5: written by people; the facts stated, the rest asked for.
      const d = ubah?.nilai;
      const fakta = fill(t.item5Capaian, {
        capaian: w.persen("capaian", h.capaian, nama),
        kategori: kategori(h.kategori),
        perubahan:
          d && !d.isZero()
            ? fill(d.isPositive() ? t.item5Naik : t.item5Turun, {
                nilai: w.persen("perubahan", d.abs(), nama),
              })
            : "",
      });
      li(label(4), ...highlighted(fill(t.item5, { fakta })));
    });
    for (const k of s.kualitatif) {
      const nama = k.indikator.nama.value;
      p({ text: t.indikatorJudul(t.kualitatif, nama), bold: true });
      li(
        label(0),
        t.item1Kualitatif(nama, k.indikator.target.value, k.indikator.realisasi.value, k.predikat)
      );
      li(label(1), t.item2TanpaKolom);
      li(label(2), t.item3Tanpa);
      li(label(3), t.item4Tanpa, " ", { text: t.item4Konfirmasi, highlight: true });
      li(label(4), ...highlighted(fill(t.item5, { fakta: t.item5Kualitatif(k.predikat) })));
    }

    // 6: efisiensi of the sasaran (Tabel 8).
    const e = s.efisiensi;
    if (e.dihitung) {
      li(
        label(5),
        ...fill(t.item6, {
          nomor,
          pagu: w.rupiah("pagu", e.pagu, subjek),
          capaian: w.persen("capaian", e.capaian, subjek),
          realisasi: w.rupiah("realisasiAnggaran", e.realisasi, subjek),
          nilai: w.persen("efisiensi", e.nilai, subjek),
          keterangan: t.efisien[e.keterangan] ?? e.keterangan,
          batas: e.hasil.dibatasi ? (e.hasil.nilai.isPositive() ? t.batasAtas : t.batasBawah) : "",
        })
      );
      if (s.perIndikator) p(t.item6PerIndikator);
    } else li(label(5), t.item6Tidak(s.sasaran.nomor, coreText(e.reason, lang)));

    // 7: its programs and kegiatan (Tabel 9's rows).
    const programs = (hasil.anggaran?.program ?? []).filter((x) => x.sasaran === s.sasaran.nomor);
    if (programs.length === 0 || !s.anggaran) {
      li(label(6), t.item7Tanpa);
      return;
    }
    const leaves = programs.flatMap((x) => x.leaves);
    li(label(6), t.item7(s.sasaran.nomor, programs.length, leaves.length));
    p(
      ...fill(t.item7Anggaran, {
        nomor,
        pagu: w.rupiah("pagu", s.anggaran.pagu, subjek),
        realisasi: w.rupiah("realisasiAnggaran", s.anggaran.realisasi, subjek),
        serapan: s.anggaran.serapan
          ? fill(t.serapan, { serapan: w.persen("serapan", s.anggaran.serapan, subjek) })
          : "",
      })
    );
    const withSerapan = leaves.filter((l) => l.serapan !== null);
    if (withSerapan.length > 1) {
      let hi = withSerapan[0];
      let lo = withSerapan[0];
      for (const l of withSerapan) {
        if (l.serapan!.gt(hi.serapan!)) hi = l;
        if (l.serapan!.lt(lo.serapan!)) lo = l;
      }
      const nama = (l: typeof hi) => l.row.subKegiatan?.value ?? l.row.kegiatan?.value ?? "";
      if (hi !== lo)
        p(
          ...fill(t.item7Ekstrem, {
            tinggi: nama(hi),
            persenTinggi: w.persen("serapan", hi.serapan!, nama(hi)),
            rendah: nama(lo),
            persenRendah: w.persen("serapan", lo.serapan!, nama(lo)),
          })
        );
    }
    addTable(item7Table(programs, t, w.rupiahFmt), t.captionItem7(s.sasaran.nomor));
  }
}

function highlighted(parts: Run[]): Run[] {
  return parts.map((r) => ({ ...r, highlight: true }));
}

/** "Delapan Miliar … Rupiah" (RULES §7); English keeps the Indonesian words of the amount. */
function pagukata(d: Decimal, lang: Lang): string {
  const words = terbilang(d, "Rupiah");
  return lang === "id" ? words.charAt(0) + words.slice(1).toLowerCase() : words;
}

/** Item 1's table: the sasaran's indicators with target, realisasi, capaian and kategori (Tabel 2's figures). */
function item1Table(s: HasilSasaran, t: Bab3Texts): TableDesc {
  const k = t.kolom;
  const header = [
    [k.no, k.indikator, k.satuan, k.target, k.realisasi, k.capaian, k.kategori].map(hdr),
  ];
  const body: TableCell[][] = [
    ...s.indikator.map((h, i) => [
      count(i + 1, { align: "center" }),
      txt(h.indikator.nama.value),
      txt(h.indikator.satuan?.value ?? null),
      num(h.indikator.target.value, inputFormat(h.indikator.target.value)),
      num(h.indikator.realisasi.value, inputFormat(h.indikator.realisasi.value)),
      num(h.capaian, FMT_NILAI),
      txt(h.kategori),
    ]),
    ...s.kualitatif.map((q, i) => [
      count(s.indikator.length + i + 1, { align: "center" }),
      txt(q.indikator.nama.value),
      txt(q.indikator.satuan?.value ?? null),
      txt(q.indikator.target.value, { align: "right" }),
      txt(q.indikator.realisasi.value, { align: "right" }),
      txt(q.predikat, { align: "right" }),
      txt(null),
    ]),
  ];
  return {
    id: 0,
    title: "",
    header,
    body,
    merges: [],
    widths: [5, 30, 9, 11, 11, 11, 13],
    notes: [],
  };
}

/** Item 7's table: the sasaran's programs (bold) and their kegiatan, as Tabel 9 prints them. */
function item7Table(
  programs: NonNullable<LkipHasil["anggaran"]>["program"],
  t: Bab3Texts,
  fmt: string
): TableDesc {
  const k = t.kolom;
  const header = [[k.no, k.program, k.pagu, k.realisasiAnggaran, k.serapan].map(hdr)];
  const body: TableCell[][] = [];
  programs.forEach((x, i) => {
    body.push([
      count(i + 1, { align: "center", bold: true }),
      txt(x.nama, { bold: true }),
      num(x.pagu, fmt, { bold: true }),
      num(x.realisasi, fmt, { bold: true }),
      num(x.serapan, FMT_NILAI, { bold: true }),
    ]);
    for (const l of x.leaves)
      body.push([
        txt(null),
        txt(`– ${l.row.subKegiatan?.value ?? l.row.kegiatan?.value ?? ""}`),
        num(l.row.pagu.value, fmt),
        num(l.row.realisasi.value, fmt),
        num(l.serapan, FMT_NILAI),
      ]);
  });
  return { id: 0, title: "", header, body, merges: [], widths: [5, 40, 16, 16, 8], notes: [] };
}

export type { DocTable };
