/**
 * What a naskah's numbers can speak of (RULES §15 "Subject"): each indicator, sasaran and budget
 * line of the workbook, with the words that name it and the figures the tables print for it. Names
 * are compared as word sequences (case, spacing, punctuation and quote marks ignored); an
 * abbreviation given in parentheses, in the workbook or in the naskah, stands for its expansion.
 */
import { Decimal } from "../../../core";
import type { AngkaNaskah, Milik } from "../../contract";
import type { EfisiensiSasaran, HasilIndikator, HasilKualitatif, LkipHasil } from "../../compute";
import { tokenize, type Token } from "./tokens";

/** One printed figure: as printed, and the exact value it was rounded from when there is one. */
export interface Figure {
  nilai: Decimal;
  exact?: Decimal;
  /** Efisiensi: the unbounded value, printed. */
  mentah?: Decimal;
  /** tahunLalu / perubahan: the year. */
  tahun?: number;
  /** Money (Rupiah): compared to the rupiah. */
  money?: boolean;
}

export type Figures = Partial<Record<AngkaNaskah, Figure[]>>;

export interface Subject {
  milik: Milik;
  /** The name as canonical words (for matching), or several when it has variants. */
  names: string[][];
  figures: Figures;
  /** Satuan of an indicator (compared with a counted unit after a number). */
  satuan: string | null;
  /** More specific subjects win a tie at the same place (indicator > sasaran > program). */
  rank: number;
}

/** Small words left out when an abbreviation's letters are matched ("Dinas Sosial dan ..."). */
const SMALL = new Set([
  "dan",
  "yang",
  "di",
  "ke",
  "dari",
  "untuk",
  "serta",
  "&",
  "atau",
  "bagi",
  "pada",
]);

/**
 * Abbreviations defined in parentheses: "Pemerlu Pelayanan Kesejahteraan Sosial (PPKS)" →
 * PPKS = [pemerlu, pelayanan, kesejahteraan, sosial], matched by initials from the right.
 */
export function abbreviationsIn(text: string, into: Map<string, string[]>): void {
  const tokens = tokenize(text);
  for (let i = 1; i + 1 < tokens.length; i++) {
    const a = tokens[i];
    if (a.kind !== "word" || tokens[i - 1].text !== "(" || tokens[i + 1].text !== ")") continue;
    if (!/^[A-Z][A-Za-z]*[A-Z]$/.test(a.text) || a.text.length < 2 || a.text.length > 10) continue;
    const letters = a.text.toLowerCase().replace(/[^a-z]/g, "");
    const words: string[] = [];
    let k = letters.length - 1;
    for (let j = i - 2; j >= 0 && k >= 0; j--) {
      const w = tokens[j];
      if (w.kind !== "word") break;
      if (SMALL.has(w.lower) && words.length > 0) {
        words.unshift(w.lower);
        continue;
      }
      if (w.lower[0] !== letters[k]) break;
      words.unshift(w.lower);
      k--;
    }
    if (k < 0 && !into.has(a.text)) into.set(a.text, words);
  }
}

/**
 * Canonical words of a text: words lower-cased and numbers as written, punctuation dropped, an
 * abbreviation in parentheses dropped (its expansion is beside it), any other known abbreviation
 * replaced by its expansion. `at` maps each canonical word back to its token.
 */
function canonical(
  tokens: Token[],
  abbreviations: Map<string, string[]>
): { words: string[]; at: number[] } {
  const words: string[] = [];
  const at: number[] = [];
  tokens.forEach((t, i) => {
    if (t.kind === "sym") return;
    const exp = t.kind === "word" ? abbreviations.get(t.text) : undefined;
    if (exp) {
      if (tokens[i - 1]?.text === "(" && tokens[i + 1]?.text === ")") return;
      for (const w of exp) {
        words.push(w);
        at.push(i);
      }
      return;
    }
    words.push(t.lower);
    at.push(i);
  });
  return { words, at };
}

function nameWords(text: string, abbreviations: Map<string, string[]>): string[] {
  return canonical(tokenize(text), abbreviations).words;
}

const pct = (d: Decimal | null | undefined): Figure[] => (d ? [{ nilai: d }] : []);

function efisiensiFigures(e: EfisiensiSasaran): Figure[] {
  return e.dihitung ? [{ nilai: e.nilai, mentah: e.mentah }] : [];
}

function indicatorFigures(h: HasilIndikator): Figures {
  const i = h.indikator;
  const f: Figures = {
    target: [{ nilai: i.target.value }],
    realisasi: [{ nilai: i.realisasi.value }],
    capaian: [{ nilai: h.capaian, exact: h.capaianExact }],
    capaianRenstra: pct(h.capaianRenstra),
    targetRenstra: [i.targetRenstra, i.targetAkhirRenstra]
      .filter((x) => x !== null)
      .map((x) => ({ nilai: x.value })),
    tahunLalu: i.tahunLalu.map((t) => ({ nilai: t.nilai.value, tahun: t.tahun })),
    perubahan: h.perubahan ? [{ nilai: h.perubahan.nilai, tahun: h.perubahan.dari }] : [],
  };
  if (h.anggaran) {
    f.efisiensi = efisiensiFigures(h.anggaran.efisiensi);
    f.serapan = pct(h.anggaran.serapan);
    f.pagu = [{ nilai: h.anggaran.pagu, money: true }];
    f.realisasiAnggaran = [{ nilai: h.anggaran.realisasi, money: true }];
  }
  return f;
}

/**
 * A qualitative indicator ("Level 3" against "Level 3") is named too, so that what is said of it is
 * not taken for the indicator named before; its only figure is the capaian of 100 a reached one may
 * be given (RULES §10), and no efisiensi of its own (its budget lines stay the sasaran's).
 */
function qualitativeSubject(k: HasilKualitatif, abbreviations: Map<string, string[]>): Subject {
  return {
    milik: { jenis: "indikator", nama: k.indikator.nama.value },
    names: [nameWords(k.indikator.nama.value, abbreviations)],
    figures: k.predikat === "Tidak tercapai" ? {} : { capaian: pct(new Decimal(100)) },
    satuan: k.indikator.satuan?.value ?? null,
    rank: 2,
  };
}

/** Every subject of the workbook, with its names and printed figures. */
export function subjectsOf(hasil: LkipHasil, abbreviations: Map<string, string[]>): Subject[] {
  const out: Subject[] = [];
  for (const s of hasil.sasaran) {
    for (const t of [s.sasaran.teks, ...s.indikator.map((h) => h.indikator.nama.value)])
      abbreviationsIn(t, abbreviations);
  }
  for (const s of hasil.sasaran) {
    const sf: Figures = {
      capaian: pct(s.capaian),
      efisiensi: efisiensiFigures(s.efisiensi),
    };
    if (s.anggaran) {
      sf.serapan = pct(s.anggaran.serapan);
      sf.pagu = [{ nilai: s.anggaran.pagu, money: true }];
      sf.realisasiAnggaran = [{ nilai: s.anggaran.realisasi, money: true }];
    }
    // A sasaran with one indicator: what is said of the sasaran is said of that indicator.
    if (s.indikator.length === 1 && s.kualitatif.length === 0) {
      const only = indicatorFigures(s.indikator[0]);
      for (const k of [
        "target",
        "realisasi",
        "capaianRenstra",
        "targetRenstra",
        "tahunLalu",
        "perubahan",
      ] as const)
        sf[k] = only[k];
    }
    out.push({
      milik: { jenis: "sasaran", nomor: s.sasaran.nomor },
      names: [nameWords(s.sasaran.teks, abbreviations)],
      figures: sf,
      satuan: s.indikator.length === 1 ? (s.indikator[0].indikator.satuan?.value ?? null) : null,
      rank: 1,
    });
    for (const h of s.indikator) {
      const f = indicatorFigures(h);
      // Budget linked to the sasaran only: the indicator's efisiensi and serapan are the sasaran's.
      for (const k of ["efisiensi", "serapan", "pagu", "realisasiAnggaran"] as const)
        if (f[k] === undefined) f[k] = sf[k];
      out.push({
        milik: { jenis: "indikator", nama: h.indikator.nama.value },
        names: [nameWords(h.indikator.nama.value, abbreviations)],
        figures: f,
        satuan: h.indikator.satuan?.value ?? null,
        rank: 2,
      });
    }
    for (const k of s.kualitatif) out.push(qualitativeSubject(k, abbreviations));
  }
  // Indicators of a tujuan (RULES §13) belong to no sasaran but are named in the text all the same.
  for (const h of hasil.indikator)
    if (h.indikator.sasaran === 0)
      out.push({
        milik: { jenis: "indikator", nama: h.indikator.nama.value },
        names: [nameWords(h.indikator.nama.value, abbreviations)],
        figures: indicatorFigures(h),
        satuan: h.indikator.satuan?.value ?? null,
        rank: 2,
      });
  for (const k of hasil.kualitatif)
    if (k.indikator.sasaran === 0) out.push(qualitativeSubject(k, abbreviations));
  if (hasil.anggaran) {
    const seen = new Map<string, number>();
    const lines: {
      milik: Milik;
      nama: string;
      pagu: Decimal;
      realisasi: Decimal;
      serapan: Decimal | null;
    }[] = [];
    for (const p of hasil.anggaran.program) {
      lines.push({
        milik: { jenis: "program", nama: p.nama },
        nama: p.nama,
        pagu: p.pagu,
        realisasi: p.realisasi,
        serapan: p.serapan,
      });
      for (const l of p.leaves) {
        const b = l.row;
        const nama = b.subKegiatan?.value ?? b.kegiatan?.value;
        if (!nama) continue;
        const milik: Milik = b.subKegiatan
          ? { jenis: "subKegiatan", nama }
          : { jenis: "kegiatan", nama };
        lines.push({
          milik,
          nama,
          pagu: b.pagu.value,
          realisasi: b.realisasi.value,
          serapan: l.serapan,
        });
      }
    }
    for (const l of lines)
      seen.set(l.nama.toLowerCase(), (seen.get(l.nama.toLowerCase()) ?? 0) + 1);
    for (const l of lines) {
      // A name used twice (the same kegiatan under two programs) names neither.
      if ((seen.get(l.nama.toLowerCase()) ?? 0) > 1) continue;
      out.push({
        milik: l.milik,
        names: [nameWords(l.nama, abbreviations)],
        figures: {
          pagu: [{ nilai: l.pagu, money: true }],
          realisasiAnggaran: [{ nilai: l.realisasi, money: true }],
          serapan: pct(l.serapan),
        },
        satuan: null,
        rank: 0,
      });
    }
  }
  // The office by its name ("Jumlah APBD Inspektorat Kabupaten Jombang … sebesar Rp …"): the
  // whole budget's figures only, and the least specific of all subjects.
  const instansi = hasil.settings.instansi?.trim();
  if (instansi && hasil.anggaran)
    out.push({
      milik: { jenis: "instansi", nama: instansi },
      names: [nameWords(instansi, abbreviations)],
      figures: {
        pagu: [{ nilai: hasil.anggaran.pagu, money: true }],
        realisasiAnggaran: [{ nilai: hasil.anggaran.realisasi, money: true }],
        serapan: pct(hasil.anggaran.serapan),
      },
      satuan: null,
      rank: -1,
    });
  return out.filter((s) => s.names.every((n) => n.length > 0));
}

/** A subject named in a text: which, and where (canonical word span → token indices). */
export interface Mention {
  subject: Subject;
  /** Token index of its first and last word. */
  from: number;
  to: number;
}

const ORDINAL: Record<string, number> = {
  pertama: 1,
  kesatu: 1,
  kedua: 2,
  ketiga: 3,
  keempat: 4,
  kelima: 5,
  keenam: 6,
  ketujuh: 7,
  kedelapan: 8,
  kesembilan: 9,
  kesepuluh: 10,
};

/** Finds subjects by their names; built once per naskah (indexed by first word). */
export class SubjectIndex {
  private byFirst = new Map<string, { subject: Subject; words: string[] }[]>();
  private sasaran = new Map<number, Subject>();

  constructor(
    readonly subjects: Subject[],
    readonly abbreviations: Map<string, string[]>
  ) {
    for (const s of subjects) {
      if (s.milik.jenis === "sasaran") this.sasaran.set(s.milik.nomor, s);
      for (const words of s.names) {
        const list = this.byFirst.get(words[0]) ?? [];
        list.push({ subject: s, words });
        this.byFirst.set(words[0], list);
      }
    }
  }

  mentions(tokens: Token[]): Mention[] {
    const { words, at } = canonical(tokens, this.abbreviations);
    const found: Mention[] = [];
    for (let i = 0; i < words.length; i++) {
      for (const c of this.byFirst.get(words[i]) ?? []) {
        const n = c.words.length;
        if (i + n > words.length) continue;
        let ok = true;
        for (let k = 1; k < n && ok; k++) ok = words[i + k] === c.words[k];
        if (ok) found.push({ subject: c.subject, from: at[i], to: at[i + n - 1] });
      }
      // "sasaran 2", "sasaran strategis 2", "sasaran ke-2", "sasaran kedua".
      if (words[i] === "sasaran" || words[i] === "objective") {
        let k = i + 1;
        if (words[k] === "strategis") k++;
        const w = words[k];
        let nomor: number | undefined;
        if (w !== undefined && /^\d+$/.test(w)) nomor = Number(w);
        else if (w !== undefined && ORDINAL[w] !== undefined) nomor = ORDINAL[w];
        else if (w !== undefined && /^ke-?\d+$/.test(w)) nomor = Number(w.replace(/\D/g, ""));
        else if (w === "ke" && /^\d+$/.test(words[k + 1] ?? "")) nomor = Number(words[++k]);
        const s = nomor !== undefined ? this.sasaran.get(nomor) : undefined;
        if (s) found.push({ subject: s, from: at[i], to: at[k] });
      }
    }
    // Overlapping mentions: the longest wins, then the more specific.
    found.sort((a, b) => a.from - b.from || b.to - a.to || b.subject.rank - a.subject.rank);
    const out: Mention[] = [];
    for (const m of found) {
      const last = out[out.length - 1];
      if (last && m.from <= last.to) continue;
      out.push(m);
    }
    return out;
  }
}
