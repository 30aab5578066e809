/**
 * Checks on LKIP_ANGGARAN and LKIP_BELANJA: program total rows against their leaves, typed
 * Serapan per line, realisasi above pagu, negative amounts, the same line twice. Every number
 * comes from compute.ts.
 */
import type { Decimal } from "../../core";
import type { HasilRow, HasilProgram, LkipHasil } from "../compute";
import { sameTextKey, sasaranKey } from "../model";
import { bandingkanPersen, persen, refOf, rupiah } from "./tertulis";
import type { AnggaranRow, LkipModel, Cell } from "../model";
import { temuan } from "../contract";
import type { Finding, Milik, Rincian, SourceName } from "../contract";

export function periksaAnggaran(model: LkipModel, hasil: LkipHasil): Finding[] {
  const out: Finding[] = [];
  const dari = (sumber: SourceName) => (f: Finding) => (f.sumber ? f : { ...f, sumber });
  const ang = hasil.anggaran;
  if (ang) {
    for (const p of ang.program) {
      for (const t of p.totals)
        out.push(...totalProgram(model, p, t, ang.program), ...serapanTotal(model, p, t));
      for (const l of p.leaves) out.push(...serapanLeaf(model, l));
      for (const b of [...p.totals, ...p.leaves])
        // A negative amount never gets here: the model leaves its line out with a galat (§4).
        out.push(...lebihPagu(namaRow(b.row), b.row.pagu, b.row.realisasi, b.serapan));
    }
    out.push(...rowGanda(model.anggaran ?? []));
  }
  const belanja: Finding[] = [];
  for (const b of hasil.belanja?.row ?? []) {
    if (b.row.realisasi)
      belanja.push(
        ...lebihPagu(
          { jenis: "belanja", nama: b.row.jenis.value },
          b.row.pagu,
          b.row.realisasi,
          b.serapan
        )
      );
  }
  return [...out.map(dari("LKIP_ANGGARAN")), ...belanja.map(dari("LKIP_BELANJA"))];
}

function namaRow(b: AnggaranRow): Milik {
  if (b.subKegiatan) return { jenis: "subKegiatan", nama: b.subKegiatan.value };
  if (b.kegiatan) return { jenis: "kegiatan", nama: b.kegiatan.value };
  return { jenis: "program", nama: b.program.value };
}

/** "3 sub kegiatan", "6 kegiatan", "2 kegiatan dan sub kegiatan". */
function rincian(p: HasilProgram): Rincian {
  const sub = p.leaves.some((l) => l.row.subKegiatan);
  const keg = p.leaves.some((l) => !l.row.subKegiatan);
  return {
    jumlah: p.leaves.length,
    jenis: sub && keg ? "campur" : sub ? "subKegiatan" : "kegiatan",
  };
}

/** WORKBOOK.md: a program total row is compared with the sum of its leaves (exact, money). */
function totalProgram(
  model: LkipModel,
  p: HasilProgram,
  t: HasilRow,
  semua: HasilProgram[]
): Finding[] {
  const leaves = p.leavesSum;
  if (leaves === null) return [];
  const out: Finding[] = [];
  // A leaf left out for a problem (e.g. "90,000,000") makes the sum short: the total may be right.
  const leftOut = model.leftOut
    .filter(
      (b) =>
        b.source === "LKIP_ANGGARAN" &&
        b.program !== undefined &&
        sameTextKey(b.program) === sameTextKey(p.nama)
    )
    .map((b) => b.lokasi);
  const pasangan: ["Pagu" | "Realisasi", Cell<Decimal>, Decimal, (q: HasilProgram) => Decimal][] = [
    ["Pagu", t.row.pagu, leaves.pagu, (q) => q.pagu],
    ["Realisasi", t.row.realisasi, leaves.realisasi, (q) => q.realisasi],
  ];
  for (const [label, cell, jumlah, ambil] of pasangan) {
    if (cell.value.eq(jumlah)) continue;
    if (leftOut.length > 0) {
      out.push(
        temuan(
          "TOTAL_PROGRAM_BELUM_TERUJI",
          {
            kolom: label,
            program: p.nama,
            tertulis: rupiah(cell.value),
            jumlah: rupiah(jumlah),
            leftOut,
          },
          { cell: refOf(cell.lokasi), tertulis: rupiah(cell.value), hitung: rupiah(jumlah) }
        )
      );
      continue;
    }
    // A figure copied from the neighbouring program is a common slip; say so when it is one.
    const mirip = semua.find((q) => q !== p && ambil(q).eq(cell.value));
    const miripCell = mirip
      ? refOf(mirip.totals[0]?.row[label === "Pagu" ? "pagu" : "realisasi"].lokasi ?? mirip.lokasi)
      : undefined;
    out.push(
      temuan(
        "TOTAL_PROGRAM_BEDA",
        {
          kolom: label,
          program: p.nama,
          tertulis: rupiah(cell.value),
          jumlah: rupiah(jumlah),
          rincian: rincian(p),
          ...(mirip && miripCell ? { mirip: { program: mirip.nama, cell: miripCell } } : {}),
        },
        { cell: refOf(cell.lokasi), tertulis: rupiah(cell.value), hitung: rupiah(jumlah) }
      )
    );
  }
  return out;
}

function serapanTotal(model: LkipModel, p: HasilProgram, t: HasilRow): Finding[] {
  const cell = t.row.serapanTertulis;
  if (!cell) return [];
  // With leaves, the program's serapan is theirs (what Tabel 9 prints); without, the row's own.
  const dariRincian = p.leaves.length > 0;
  const benar = dariRincian ? p.serapan : t.serapan;
  const pagu = dariRincian ? p.pagu : t.row.pagu.value;
  const realisasi = dariRincian ? p.realisasi : t.row.realisasi.value;
  if (benar === null) return [tidakTeruji(namaRow(t.row), cell)];
  const f = bandingkanPersen({
    kode: "SERAPAN_BEDA",
    kolom: "Serapan",
    milik: namaRow(t.row),
    cell,
    benar,
    rumus: {
      jenis: "serapan",
      sigma: dariRincian,
      realisasi: rupiah(realisasi),
      pagu: rupiah(pagu),
      hasil: persen(benar),
      ...(dariRincian ? { rincian: rincian(p) } : {}),
    },
    pembulatan: model.settings.pembulatan,
  });
  return f ? [f] : [];
}

function serapanLeaf(model: LkipModel, l: HasilRow): Finding[] {
  const cell = l.row.serapanTertulis;
  if (!cell) return [];
  if (l.serapan === null) return [tidakTeruji(namaRow(l.row), cell)];
  const f = bandingkanPersen({
    kode: "SERAPAN_BEDA",
    kolom: "Serapan",
    milik: namaRow(l.row),
    cell,
    benar: l.serapan,
    rumus: {
      jenis: "serapan",
      sigma: false,
      realisasi: rupiah(l.row.realisasi.value),
      pagu: rupiah(l.row.pagu.value),
      hasil: persen(l.serapan),
    },
    pembulatan: model.settings.pembulatan,
  });
  return f ? [f] : [];
}

function tidakTeruji(milik: Milik, cell: Cell<unknown>): Finding {
  return temuan(
    "TERTULIS_TIDAK_TERUJI",
    { kolom: "Serapan", milik, reason: { jenis: "pagu0" } },
    { cell: refOf(cell.lokasi) }
  );
}

/** src/core/README.md §4: RAK > PAK is allowed in the formula but reported here. */
function lebihPagu(
  milik: Milik,
  pagu: Cell<Decimal>,
  realisasi: Cell<Decimal>,
  serapan: Decimal | null
): Finding[] {
  if (!realisasi.value.gt(pagu.value)) return [];
  return [
    temuan(
      "REALISASI_LEBIH_PAGU",
      {
        milik,
        realisasi: rupiah(realisasi.value),
        pagu: rupiah(pagu.value),
        paguCell: refOf(pagu.lokasi)!,
        ...(serapan !== null ? { serapan: persen(serapan) } : {}),
      },
      {
        cell: refOf(realisasi.lokasi),
        tertulis: rupiah(realisasi.value),
        hitung: `≤ ${rupiah(pagu.value)}`,
      }
    ),
  ];
}

/** The same kegiatan / sub kegiatan twice under one program is counted twice in every total. */
function rowGanda(lines: AnggaranRow[]): Finding[] {
  const out: Finding[] = [];
  const seen = new Map<string, AnggaranRow>();
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
    const cell = (b.subKegiatan ?? b.kegiatan)!;
    out.push(
      temuan(
        "ANGGARAN_GANDA",
        { milik: namaRow(b), program: b.program.value, pertama: refOf(first.row)! },
        { cell: refOf(cell.lokasi), tertulis: cell.value }
      )
    );
  }
  return out;
}
