/**
 * The findings' words in Indonesian (the first language): one text per FindingCode of the
 * catalogue in findings.ts, built from its typed parameters. `at` is the finding's own cell as A1
 * text ("" when it has none). The English dictionary (findings.en.ts) must have the same codes;
 * test/texts.test.ts checks both. How to add a text: src/report/contract/README.md.
 */
import { refAddress } from "./address";
import { capitalise, kutip } from "./text";
import { coreText } from "./core-reasons";
import { readFailureText } from "./read-failure";
import type {
  ReasonLabel,
  ReasonPengaturan,
  Row,
  BandingParams,
  FindingWords,
  AngkaNaskah,
  Reason,
  MasalahNaskah,
  LabelParams,
  Milik,
  NilaiCell,
  Rincian,
  Rumus,
  Wadah,
} from "./findings";

const A = refAddress;
/** The level a band row heads (BARIS_PITA). */
const PITA = { tujuan: "Tujuan", sasaran: "Sasaran", program: "Program" } as const;

// Each message ends its sentence right after these (`; ${BARIS(p)}.`), so the total hint is
// a sentence of its own before that full stop.
const BARIS = (p: Row) =>
  (p.wajib
    ? "sampai diperbaiki, baris ini tidak dimasukkan ke tabel"
    : "sampai diperbaiki, nilai ini tidak dipakai (baris lainnya tetap dipakai)") +
  (p.total
    ? `. Bila baris ini baris ${p.total.label.toLowerCase()} yang tercetak di laporan (${kutip(p.total.teks)}), tulis "${p.total.label}" sebagai satu-satunya teks di baris itu (src/core/README.md §11): baris itu lalu dikenali sebagai baris total, tidak dibaca sebagai data, dan angkanya diperiksa`
    : "");

const milik = (m: Milik): string => {
  switch (m.jenis) {
    case "indikator":
      return `indikator ${kutip(m.nama)}`;
    case "sasaran":
      return `sasaran ${m.nomor}`;
    case "program":
      return `program ${kutip(m.nama)} (baris total)`;
    case "kegiatan":
      return `kegiatan ${kutip(m.nama)}`;
    case "subKegiatan":
      return `sub kegiatan ${kutip(m.nama)}`;
    case "belanja":
      return `belanja ${kutip(m.nama)}`;
    case "instansi":
      return `${kutip(m.nama)} (seluruh anggaran)`;
  }
};

const rincian = (r: Rincian) =>
  `${r.jumlah} ${r.jenis === "campur" ? "kegiatan dan sub kegiatan" : r.jenis === "subKegiatan" ? "sub kegiatan" : "kegiatan"}`;

const NAMA_PEMBULATAN = { ROUND: "dibulatkan (ROUND)", TRUNC: "dipotong (TRUNC)" } as const;

function rumus(r: Rumus): string {
  switch (r.jenis) {
    case "capaian": {
      const f =
        r.arah === "turun"
          ? `(2 × Target ${r.target} − Realisasi ${r.realisasi}) / Target ${r.target} × 100 (arah turun)`
          : `Realisasi ${r.realisasi} / Target ${r.target} × 100`;
      return `capaiannya ${f} = ${r.hasil} (2 desimal, pembulatan ${r.pembulatan})`;
    }
    case "serapan": {
      const s = r.sigma ? "Σ " : "";
      const asal = r.rincian
        ? ` (jumlah ${rincian(r.rincian)}nya)`
        : r.sasaran !== undefined
          ? ` (anggaran yang tertaut ke sasaran ${r.sasaran})`
          : "";
      return `serapannya ${s}Realisasi ${r.realisasi} / ${s}Pagu ${r.pagu} × 100 = ${r.hasil}${asal}`;
    }
    case "efisiensi": {
      const c = `${r.capaian} %${r.capaianDibatasi ? " (dihitung 100 %, Batasi Capaian Efisiensi = Ya)" : ""}`;
      const h =
        r.mentah !== undefined ? `${r.mentah}, dibatasi menjadi ${r.hasil} (batas ±20 %)` : r.hasil;
      return `menurut PMK 214/PMK.02/2017 E = (Pagu × Capaian − Realisasi) / (Pagu × Capaian) × 100 dengan Pagu ${r.pagu}, Capaian ${c}, Realisasi ${r.realisasi}, yaitu ${h}`;
    }
  }
}

function reason(k: Reason): string {
  switch (k.jenis) {
    case "pecahan":
      return `angka itu tampaknya ditulis sebagai pecahan (${k.pecahan.tertulis} = ${k.pecahan.persen} %)`;
    case "pembulatan":
      return `angka itu ${NAMA_PEMBULATAN[k.ditulis]}, sedangkan buku kerja ini memakai angka yang ${NAMA_PEMBULATAN[k.dipakai]}; aturannya di LKIP_INFO, baris Pembulatan`;
    case "tanpaBatas":
      return `batas ±20 % belum diterapkan (nilai tanpa batas ${k.mentah})`;
  }
}

const reasonList = (ks: Reason[], f: (k: Reason) => string, and: string) =>
  ks.length > 0 ? ` ${capitalise(ks.map(f).join(and))}.` : "";

function reasonLabel(a: ReasonLabel): string {
  switch (a.jenis) {
    case "predikat":
      return `capaian ${a.capaian} masuk predikat "${a.label}" (${a.rentang})`;
    case "kategori":
      return `capaian ${a.capaian} termasuk kategori "${a.label}" (rentang ${a.rentang}, skala ${a.skala})`;
    case "bawahSkala":
      return `capaian ${a.capaian} berada di bawah batas terendah skala ${a.skala}, sehingga tidak berkategori`;
  }
}

function wadah(w: Wadah): string {
  if (w.jenis === "tabel") return `tabel ${w.nama} di lembar ${quote(w.lembar)}`;
  if (w.jenis === "blok") return `rentang ${A(w.ref)}${w.dipilih ? " (pilihan Anda)" : ""}`;
  return w.lembar === undefined
    ? `nama ${w.sumber} (berlaku di seluruh buku kerja)`
    : `nama ${w.sumber} (khusus lembar ${quote(w.lembar)})`;
}

/** The columns a found block's header row was read as, when known. */
const kolomId = (kolom: string[]) =>
  kolom.length > 0 ? ` (judul kolomnya terbaca sebagai ${kolom.join(", ")})` : "";

const quote = (sheet: string) => `'${sheet.replace(/'/g, "''")}'`;

function reasonPengaturan(a: ReasonPengaturan): string {
  switch (a.jenis) {
    case "tahun":
      return `"${a.tertulis}" bukan tahun; isi tahun laporan empat angka, misalnya 2024`;
    case "skala":
      return `"${a.tertulis}" tidak dikenal; isi kategori atau permendagri86`;
    case "yaTidak":
      return `"${a.tertulis}" tidak dikenal; isi Ya atau Tidak`;
    case "triwulan":
      return `"${a.tertulis}" bukan triwulan; isi 1, 2, 3 atau 4 (atau I–IV)`;
    case "galatExcel":
      return `sel berisi galat ${a.galat}`;
    case "inti":
      return coreText(a.inti, "id");
  }
}

const daftarNilai = (xs: NilaiCell[]) =>
  xs.map((n) => `${n.label} ${n.nilai} (${A(n.cell)})`).join(", ");

const banding = (p: BandingParams, at: string) =>
  `${p.kolom} ${milik(p.milik)} tertulis ${p.tertulis} di ${at}, padahal ${rumus(p.rumus)}.${reasonList(p.reason, reason, ", dan ")} Ganti dengan ${p.hitung}.`;
const label = (p: LabelParams, at: string) =>
  `${p.kolom} ${milik(p.milik)} tertulis "${p.tertulis}" di ${at}, padahal ${reasonLabel(p.reason)}.` +
  (p.benar !== null
    ? ` Ganti dengan "${p.benar}".`
    : " Kosongkan sel itu atau periksa skalanya di LKIP_INFO.");

const ANGKA: Record<AngkaNaskah, (t?: number) => string> = {
  target: () => "target",
  realisasi: () => "realisasi",
  capaian: () => "capaian",
  capaianRenstra: () => "capaian terhadap target Renstra",
  targetRenstra: () => "target Renstra",
  tahunLalu: (t) => (t !== undefined ? `realisasi tahun ${t}` : "realisasi tahun sebelumnya"),
  perubahan: (t) =>
    t !== undefined ? `perubahan realisasi dari tahun ${t} (poin)` : "perubahan realisasi (poin)",
  efisiensi: () => "efisiensi",
  serapan: () => "serapan anggaran",
  pagu: () => "pagu anggaran",
  realisasiAnggaran: () => "realisasi anggaran",
};

const MASALAH_NASKAH = (m: MasalahNaskah): string => {
  switch (m.kode) {
    case "BUKAN_NASKAH":
      return m.dikenali === "doc"
        ? 'bukan dokumen .docx: ini dokumen Word lama (.doc) atau dokumen yang dilindungi kata sandi. Buka di Word, hapus kata sandinya bila ada, lalu simpan sebagai "Word Document (*.docx)" atau PDF'
        : m.dikenali === "xlsx"
          ? "ini buku kerja Excel, bukan naskah laporan. Pilih dokumen Word (.docx) atau PDF laporannya"
          : 'bukan dokumen Word (.docx) atau PDF. Simpan naskah laporan sebagai "Word Document (*.docx)" atau PDF';
    case "RUSAK":
      return m.format === "pdf"
        ? "PDF-nya rusak atau tidak utuh. Simpan ulang atau ekspor ulang PDF itu"
        : 'dokumennya rusak atau tidak utuh. Buka di Word lalu simpan ulang sebagai "Word Document (*.docx)"';
    case "DILINDUNGI":
      return "dilindungi kata sandi. Buka, hapus kata sandinya, lalu simpan lagi";
    case "TERLALU_BESAR":
      switch (m.batas) {
        case "ukuran":
          return `terlalu besar (lebih dari ${m.nilai} MB). Simpan Bab III saja sebagai dokumen tersendiri`;
        case "bagian":
          return `terlalu besar (lebih dari ${m.nilai} bagian). Simpan Bab III saja sebagai dokumen tersendiri`;
        case "isi":
          return "isinya terlalu besar untuk dibaca. Simpan Bab III saja sebagai dokumen tersendiri";
        case "paragraf":
          return `memuat lebih dari ${m.nilai} paragraf. Simpan Bab III saja sebagai dokumen tersendiri`;
        case "halaman":
          return `memuat lebih dari ${m.nilai} halaman. Simpan Bab III saja sebagai dokumen tersendiri`;
        case "waktu":
          return `tidak selesai dibaca dalam ${m.nilai} detik. Simpan Bab III saja sebagai dokumen tersendiri`;
        case "memori":
          return "tidak muat di memori untuk dibaca. Simpan Bab III saja sebagai dokumen tersendiri";
      }
      break;
    case "PDF_TANPA_TEKS":
      return `PDF ini (${m.halaman} halaman) tidak punya lapisan teks: tampaknya hasil pindai (scan), sehingga angkanya tidak dapat dibaca. Periksa dokumen Word asalnya, atau PDF yang diekspor dari Word`;
    case "KOSONG":
      return "tidak berisi teks";
    case "TIDAK_ADA":
      return "berkasnya tidak ditemukan atau tidak dapat dibuka. Periksa nama dan foldernya";
  }
};

const id: FindingWords = {
  // ---- finding the sources (src/excel/read.ts, src/xlsx/read.ts, model/read-model.ts)
  SUMBER_TIDAK_ADA: (p) =>
    p.sumber === "LKIP_IKU"
      ? "LKIP_IKU (satu baris per indikator: Sasaran, Indikator, Target, Realisasi) tidak ditemukan. Buat rentang bernama atau tabel Excel bernama LKIP_IKU yang mencakup baris judul dan datanya."
      : "LKIP_ANGGARAN (satu baris per program/kegiatan: Sasaran, Program, Pagu, Realisasi) tidak ditemukan; tabel anggaran tidak dibuat. Buat rentang bernama atau tabel Excel bernama LKIP_ANGGARAN yang mencakup baris judul dan datanya.",
  SUMBER_BUKAN_RENTANG: (p) => {
    const w = capitalise(wadah(p.wadah));
    const fix = `Atur ulang ${p.sumber} di Formulas › Name Manager (Rumus › Pengelola Nama) agar merujuk ke rentang data beserta baris judulnya, misalnya 'Data IKU'!$A$1:$N$4, atau jadikan datanya Tabel Excel bernama ${p.sumber}.`;
    const s = p.reason;
    let why: string;
    switch (s.jenis) {
      case "tanpaJudul":
        why = `${w} tidak punya baris judul (Header Row dimatikan), jadi kolomnya tidak dapat dikenali. Nyalakan Header Row di Table Design (Desain Tabel).`;
        break;
      case "konstanta":
        why = `${w} berisi nilai tetap (${s.teks || "bukan alamat sel"}), bukan rentang sel. ${fix}`;
        break;
      case "rumus":
        why = `${w} berisi rumus (${s.teks}), bukan rentang sel tetap; rumus pada nama tidak dihitung saat berkas dibaca di luar Excel. ${fix}`;
        break;
      case "gabungan":
        why = `${w} merujuk ke beberapa rentang sekaligus (${s.teks}); sumber data harus satu rentang persegi. ${fix}`;
        break;
      case "eksternal":
        why = `${w} merujuk ke buku kerja lain (${s.teks}). Salin datanya ke buku kerja ini. ${fix}`;
        break;
      case "refHilang":
        why = `${w} merujuk ke sel yang sudah dihapus (${s.teks}). ${fix}`;
        break;
      case "lembarTidakAda":
        why = `${w} merujuk ke lembar ${quote(s.lembar)} yang tidak ada di buku kerja ini. ${fix}`;
        break;
    }
    return p.dipakai ? `${why} (Yang dipakai: ${wadah(p.dipakai)}.)` : why;
  },
  SUMBER_GANDA: (p) =>
    `${p.sumber} ditemukan lebih dari sekali: ${p.ditemukan.map(wadah).join("; ")}. Yang dipakai: ${wadah(p.dipakai)}. Hapus yang lain agar tidak tertukar.`,
  SUMBER_TERLALU_BESAR: (p, at) =>
    `${p.sumber} (${at}) terlalu besar untuk dibaca Excel, juga sepotong-sepotong. Batasi rentangnya pada baris dan kolom yang berisi data.`,
  SUMBER_DITEMUKAN: (p) =>
    p.dipilih
      ? `${p.sumber}: dipakai ${A(p.blok)}, sesuai pilihan Anda${kolomId(p.kolom)}.`
      : `${p.sumber} tidak ada; dipakai ${A(p.blok)}${kolomId(p.kolom)}. Bila bukan tabel itu yang dimaksud, beri nama ${p.sumber} pada rentang yang benar.`,
  SUMBER_CALON: (p) =>
    `${p.sumber} tidak ada, dan ${p.calon.length} rentang tanpa nama sama cocoknya: ${p.calon.map(A).join("; ")}. Tidak ada yang dipakai tanpa pilihan Anda: beri nama ${p.sumber} pada rentang yang benar (di perintah lkip: --sumber "${p.sumber}=${A(p.calon[0])}").`,
  SUMBER_KOSONG: (p) =>
    p.sumber === "LKIP_IKU"
      ? "LKIP_IKU tidak berisi satu baris indikator pun. Isi satu baris per indikator di bawah baris judul, dan pastikan rentang LKIP_IKU mencakupnya."
      : p.sumber === "LKIP_ANGGARAN"
        ? "LKIP_ANGGARAN tidak berisi satu baris anggaran pun. Isi satu baris per program, kegiatan atau sub kegiatan di bawah baris judul, dan pastikan rentangnya mencakupnya."
        : p.sumber === "LKIP_TRIWULAN"
          ? "LKIP_TRIWULAN tidak berisi satu baris indikator pun. Isi satu baris per indikator (Indikator, Jenis, Realisasi TW I … TW IV) di bawah baris judul, atau hapus nama LKIP_TRIWULAN bila tidak dipakai."
          : "LKIP_BELANJA tidak berisi satu baris pun. Isi satu baris per jenis belanja di bawah baris judul, atau hapus nama LKIP_BELANJA bila tidak dipakai.",
  // Rows typed just outside a fixed named range (WORKBOOK.md "Rows that are not data"; model/outside.ts).
  BARIS_DI_LUAR_RENTANG: (p, at) =>
    `${[
      p.bawah > 0 ? `${p.bawah} baris di bawah ${p.sumber}` : "",
      p.kanan > 0 ? `${p.kanan} kolom di kanan ${p.sumber}` : "",
    ]
      .filter(Boolean)
      .join(
        " dan "
      )} (${at}) tidak termasuk rentang bernama itu, jadi tidak dibaca. Klik "Perluas rentang" agar ikut dibaca, atau kosongkan sel-sel itu.`,
  RUMUS_TANPA_HASIL: (p) =>
    `Sel ini berisi rumus (=${p.rumus}) yang hasilnya belum tersimpan di berkas. Buka berkas di Excel, biarkan Excel menghitung, lalu simpan lagi.`,
  SEL_TANGGAL: (p) =>
    `Sel ini berformat tanggal, jadi dibaca sebagai angka seri Excel ${p.serial}. Bila isinya bukan tanggal, ubah format sel menjadi Number (Angka) dan ketik ulang nilainya.`,
  BERKAS_TIDAK_TERBACA: (p) => readFailureText(p.gagal, "id"),
  // ---- headers and settings (model/columns.ts, model/settings.ts)
  KOLOM_GANDA: (p) =>
    `Kolom "${p.judul}" di ${p.sumber} sama artinya dengan kolom "${p.judulPertama}" di ${A(p.pertama)}; yang dipakai kolom pertama. Hapus atau ganti nama salah satunya.`,
  KOLOM_TIDAK_ADA: (p) =>
    `Kolom ${p.kolom} tidak ditemukan di baris judul ${p.sumber}. Tambahkan kolom berjudul salah satu dari: ${p.judul.map((j) => `"${j}"`).join(", ")}.` +
    (p.tahun !== undefined ? ` Judul dengan tahun harus memakai tahun laporan (${p.tahun}).` : "") +
    (p.tahunLalu && p.tahunLalu.length > 0
      ? ` Kolom Realisasi ${p.tahunLalu.join(", ")} dibaca sebagai tahun sebelumnya; periksa Tahun di LKIP_INFO.`
      : "") +
    (p.calon && p.calon.length > 0
      ? ` Kolom yang mungkin dimaksud: ${p.calon.map((j) => `"${j}"`).join(", ")}; pilih di panel, atau tulis Kolom ${p.kolom} di LKIP_INFO dengan judul itu.`
      : ""),
  // A header the source does not read (WORKBOOK.md: unknown columns are ignored, never silently).
  KOLOM_DIABAIKAN: (p, at) => {
    const s = p.reason;
    switch (s.jenis) {
      case "tidakDikenal":
        return `Kolom "${p.judul}" di ${at} tidak dikenal di ${p.sumber}, jadi diabaikan: isinya tidak dibaca dan tidak diperiksa. Bila kolom itu harus dibaca, beri judul yang diterima (daftar judul kolom ada di README add-in).`;
      case "sumberLain":
        return `Kolom "${p.judul}" di ${at} adalah kolom ${s.dipakaiDi.join(" dan ")}, bukan kolom ${p.sumber}, jadi di sini diabaikan.`;
      case "tahunLain":
        return (
          `Kolom "${p.judul}" di ${at} adalah ${s.kolom} tahun ${s.tahun}, bukan tahun laporan ${s.tahunLaporan}, jadi diabaikan (yang dibaca hanya kolom ${s.kolom} ${s.tahunLaporan}).` +
          (s.tanpaTahunIni
            ? ` Kolom ${s.kolom} ${s.tahunLaporan} tidak ada: bila tahun laporannya ${s.tahun}, isi Tahun di LKIP_INFO dengan ${s.tahun}.`
            : "")
        );
      case "tingkatLain":
        return `Kolom "${p.judul}" di ${at} adalah ${s.kolom} tingkat ${s.tingkat}, bukan ${s.kolom} ${p.sumber}, jadi diabaikan (tidak pernah dipakai sebagai indikator IKU).`;
    }
  },
  // A header read by its head word or by the user's choice (WORKBOOK "Headers by meaning").
  KOLOM_DIBACA: (p, at) =>
    p.dipilih
      ? `Kolom "${p.judul}" di ${at} dibaca sebagai ${p.kolom} ${p.sumber}, sesuai Kolom ${p.kolom} yang dipilih.`
      : `Kolom "${p.judul}" di ${at} dibaca sebagai ${p.kolom} ${p.sumber} menurut kata pertamanya. Bila bukan itu maksudnya, ganti judulnya.`,
  TAHUN_DIPAKAI: (p, at) => {
    const a = p.asal;
    switch (a.jenis) {
      case "info":
        return `Tahun laporan ${p.tahun}, dari Tahun di LKIP_INFO (${at}).`;
      case "pilihan":
        return `Tahun laporan ${p.tahun}, seperti yang dipilih.`;
      case "judul":
        return `Tahun laporan ${p.tahun}, dari judul kolom "${a.judul}" di ${at} (LKIP_INFO tidak menyebut Tahun).`;
      case "judulLembar":
        return `Tahun laporan ${p.tahun}, dari judul "${a.teks}" di ${at} (LKIP_INFO dan judul kolom tidak menyebut tahun).`;
    }
  },
  TAHUN_TIDAK_ADA: () =>
    'Tahun laporan tidak diketahui: LKIP_INFO tidak menyebut Tahun, dan tidak ada judul kolom ("Target 2024") atau judul tabel yang menyebut tahun. Isi Tahun di LKIP_INFO, isi tahunnya di panel atau di halaman lkip.html, atau jalankan lkip dengan --tahun 2024; tabel tidak dibuat dengan tahun tebakan.',
  PENGATURAN_GANDA: (p) =>
    `${p.kunci} ditulis dua kali di LKIP_INFO; yang dipakai ${A(p.dipakai)}. Hapus salah satunya.`,
  PENGATURAN_TIDAK_SAH: (p) =>
    `${p.kunci} di LKIP_INFO: ${reasonPengaturan(p.reason)}. Sampai diperbaiki, dipakai nilai bawaan (${p.bawaan ?? "tanpa nama instansi"}).`,
  // ---- rows (model/row-reader.ts, iku.ts, anggaran.ts, belanja.ts)
  GALAT_EXCEL: (p, at) =>
    `Sel ${p.kolom} di ${at} berisi galat ${p.galat}. Perbaiki rumus atau isi sel itu; ${BARIS(p)}.`,
  SEL_KOSONG: (p, at) =>
    `${p.kolom} kosong di ${at}. Isi ${p.kolom}, atau hapus baris ini bila tidak dipakai; ${BARIS(p)}.`,
  BUKAN_ANGKA: (p, at) =>
    p.batas !== undefined
      ? `${coreText(p.inti, "id")}. Tulis angkanya saja (${p.batas}) di sel ${at}; bila makin rendah makin baik, isi kolom Arah dengan turun; ${BARIS(p)}.`
      : `${coreText(p.inti, "id")}. Tulis angka di sel ${at}; ${BARIS(p)}.`,
  INDIKATOR_TIDAK_COCOK: (p, at) =>
    `Indikator ${kutip(p.tertulis)} di ${at} tidak cocok dengan indikator mana pun dari sasaran ${p.sasaran} di LKIP_IKU. Tulis nama indikator persis seperti di LKIP_IKU, atau kosongkan sel itu agar baris ini dihitung untuk sasarannya saja; ${BARIS(p)}.`,
  BOBOT_NEGATIF: (p, at) => `Bobot di ${at} negatif. Isi bobot 0 atau lebih; ${BARIS(p)}.`,
  ARAH_TIDAK_DIKENAL: (p, at) => `Arah di ${at}: ${coreText(p.inti, "id")}; ${BARIS(p)}.`,
  TARGET_NOL: (p, at) =>
    `Target di ${at} bernilai 0, sehingga capaian tidak dapat dihitung. Isi target yang sebenarnya (lebih dari 0); ${BARIS(p)}.`,
  TARGET_NEGATIF: (p, at) => `Target di ${at} negatif: ${coreText(p.inti, "id")}; ${BARIS(p)}.`,
  // ---- issue 14: RULES §0 (numbers), §4 (negatives), §12 (merged cells), §6 (all Bobot 0)
  CAPAIAN_TAK_HINGGA: (p, at) =>
    `Target di ${at} terlalu kecil dibanding realisasinya: ${coreText(p.inti, "id")}. Periksa target dan realisasinya; ${BARIS(p)}.`,
  TITIK_RIBUAN: (p, at) =>
    `${p.kolom} '${p.tertulis}' di ${at} dibaca ${p.dibaca} (titik sebagai pemisah ribuan). Bila maksudnya pecahan, tulis dengan koma desimal (mis. 1,5).`,
  SEL_GABUNG_PER_BARIS: (p, at) =>
    `${p.kolom} di ${at} adalah sel gabungan (merge) atas ${p.row} baris; nilainya dipakai untuk setiap baris indikator di dalamnya.`,
  SEL_GABUNG_UANG: (p, at) =>
    `${p.kolom} di ${at} adalah sel gabungan (merge) atas ${p.row} baris; jumlahnya dihitung sekali saja, pada baris pertamanya, dan baris lain di dalamnya dihitung Rp 0. Bila tiap baris punya ${p.kolom.toLowerCase()} sendiri, pisahkan sel itu (Unmerge) dan isi nilainya per baris.`,
  SKOR_DIBACA: (p, at) =>
    `Target '${p.target}' di ${at} dan Realisasi '${p.realisasi}' di ${A(p.realisasiDi)} dibaca sebagai nilai ${p.skorTarget} dan ${p.skorRealisasi} (angka dalam kurung); capaian dihitung dari kedua nilai itu, dan tabel tetap mencetak teksnya.`,
  BARIS_PITA: (p, at) =>
    `Baris '${p.teks}' di ${at} hanya berisi satu teks: dibaca sebagai judul ${PITA[p.jenis]} untuk baris-baris di bawahnya, bukan sebagai data. Bila maksudnya lain, awali dengan "Tujuan :" atau "Sasaran :", atau isi kolomnya sendiri.`,
  KOLOM_KELOMPOK: (p, at) =>
    `Kolom '${p.judul}' di ${at} berada di bawah judul kelompok '${p.kelompok}' dan dibaca sebagai ${p.dibaca}.`,
  SASARAN_DIANGGAP: (p, at) =>
    `Baris anggaran di ${at} tidak menyebut sasarannya; dianggap milik sasaran '${p.teks}' (${A(p.dari)}), sasaran terakhir di atasnya. Bila salah, tulis sasarannya di baris itu.`,
  SEL_GABUNG_TIDAK_DIBACA: (p) =>
    p.reason === "versi"
      ? "Excel ini belum dapat memberi tahu sel gabungan (merge) kepada add-in (perlu ExcelApi 1.13): sel gabungan dibaca sebagai sel kosong di bawah sel kiri-atasnya. Bila hasilnya berbeda dengan lkip, pisahkan sel gabungan (Unmerge) di tabel sumber atau pakai Excel yang lebih baru."
      : "Excel menolak memberi daftar sel gabungan (merge) tabel sumber (lebih dari 512 sel gabungan dalam satu rentang): sel gabungan dibaca sebagai sel kosong di bawah sel kiri-atasnya. Bila hasilnya berbeda dengan lkip, pisahkan sel gabungan (Unmerge) yang tidak perlu.",
  SASARAN_TANPA_INDIKATOR: (p, at) =>
    p.indikator
      ? `Sasaran '${p.teks}' di ${at} tidak punya baris indikator sendiri: indikator di ${A(p.indikator)} digabung (merge) sampai baris ini, jadi dicatat satu kali saja, di bawah sasaran baris teratasnya.`
      : `Sasaran '${p.teks}' di ${at} tidak punya indikator, sehingga tidak muncul dengan capaian di tabel mana pun. Isi indikator beserta target dan realisasinya di baris di bawahnya, atau hapus baris itu bila bukan sasaran.`,
  BOBOT_SEMUA_NOL: () =>
    "Semua Bobot di LKIP_IKU bernilai 0, sehingga rata-rata capaian tertimbang tidak dapat dihitung dan baris Rata-rata tidak dicetak. Isi Bobot lebih dari 0 untuk indikator yang ditimbang, atau kosongkan kolom Bobot untuk rata-rata biasa.",
  SASARAN_TIDAK_COCOK: (p, at) =>
    `Sasaran "${p.teks}" di ${at}${p.terbawaDari ? ` (terbawa dari ${A(p.terbawaDari)})` : ""} tidak cocok dengan sasaran mana pun di LKIP_IKU. Tulis teks sasaran persis seperti di LKIP_IKU, atau nomor urutnya (1–${p.jumlah}); ${BARIS(p)}.`,
  // ---- the checker: typed-by-hand values (periksa/tertulis.ts, iku.ts, anggaran.ts)
  CAPAIAN_BEDA: banding,
  SERAPAN_BEDA: banding,
  EFISIENSI_BEDA: banding,
  PREDIKAT_BEDA: label,
  KATEGORI_BEDA: label,
  DITULIS_PECAHAN: (p, at) =>
    `${p.kolom} ${milik(p.milik)} di ${at} ditulis sebagai pecahan (${p.pecahan.tertulis} = ${p.pecahan.persen} %); nilainya cocok bila sel itu berformat persen. Tabel memakai poin persen: ${p.hitung}.`,
  TERTULIS_GALAT_EXCEL: (p, at) =>
    `${p.kolom} di ${at} berisi galat ${p.galat}, sehingga tidak dapat diperiksa. Perbaiki rumus atau isi sel itu.`,
  TERTULIS_BUKAN_ANGKA: (p, at) =>
    `${p.kolom} di ${at} bukan angka, sehingga tidak dapat diperiksa: ${coreText(p.inti, "id")}.`,
  TERTULIS_TIDAK_TERUJI: (p, at) => {
    const s = p.reason;
    const why =
      s.jenis === "pagu0"
        ? "pagunya 0"
        : s.jenis === "tanpaAnggaranTertaut"
          ? "tidak ada anggaran yang tertaut"
          : s.jenis === "tanpaLkipAnggaran"
            ? "LKIP_ANGGARAN tidak ada"
            : coreText(s.inti, "id");
    return `${p.kolom} ${milik(p.milik)} tertulis di ${at}, tetapi tidak dapat diperiksa: ${why}.`;
  },
  // ---- the checker: LKIP_IKU (periksa/iku.ts)
  EFISIENSI_DIBATASI: (p) =>
    `Efisiensi sasaran ${p.sasaran} tanpa batas ${p.mentah} %, di luar batas ±20 % PMK 214/PMK.02/2017; tabel mencetak ${p.nilai} dan menyebut nilai tanpa batasnya di catatan di bawah tabel.`,
  SASARAN_TANPA_ANGGARAN: (p) =>
    `Sasaran ${p.nomor} (${kutip(p.teks)}) tidak punya baris di LKIP_ANGGARAN, sehingga serapan dan efisiensinya tidak dihitung. Bila ada anggarannya, tambahkan barisnya dengan Sasaran berisi teks sasaran ini atau nomor ${p.nomor}.`,
  ARAH_MUNGKIN_TURUN: (p) => {
    const kini = p.arahCell
      ? `Arah-nya "naik" (${A(p.arahCell)})`
      : "Arah-nya tidak diisi, sehingga dianggap naik";
    const saran = p.arahCell
      ? `isi Arah dengan turun di ${A(p.arahCell)}`
      : "isi kolom Arah dengan turun pada baris ini (tambahkan kolom Arah bila belum ada)";
    return `Indikator ${kutip(p.nama)} (${A(p.namaCell)}) memuat "${p.frasa}", yang biasanya berarti makin rendah makin baik, tetapi ${kini}. Bila memang makin rendah makin baik, ${saran}: capaiannya lalu dihitung (2 × target − realisasi) / target × 100.`;
  },
  CAMPUR_PECAHAN_PERSEN: (p) =>
    `Baris indikator ${kutip(p.nama)} bersatuan persen mencampur pecahan dan poin persen: ${daftarNilai(p.pecahan)} tampak pecahan (${p.contoh.tertulis} = ${p.contoh.persen} %), sedangkan ${daftarNilai(p.poin)} poin persen. Tulis semuanya dalam poin persen (mis. ${p.contoh.persen}), atau abaikan bila angka kecil itu memang poin persen.`,
  INDIKATOR_GANDA: (p, at) =>
    p.sasaran === p.sasaranPertama
      ? `Indikator ${kutip(p.nama)} di ${at} sudah ada di ${A(p.pertama)} pada sasaran yang sama, sehingga terhitung dua kali dalam rata-rata dan jumlah per kategori. Hapus salah satu baris.`
      : `Indikator ${kutip(p.nama)} di ${at} (sasaran ${p.sasaran}) sudah ada di ${A(p.pertama)} (sasaran ${p.sasaranPertama}), sehingga terhitung dua kali dalam rata-rata dan jumlah per kategori. Bila keduanya memang indikator yang berbeda, bedakan namanya.`,
  // ---- printed totals inside the ranges (RULES §11; periksa/totals.ts)
  TOTAL_TERTULIS: (p) =>
    `Baris ${kutip(p.label)} (${p.row}) dikenali sebagai baris total tercetak yang mewakili ${p.jumlahRow} baris data: tidak dihitung sebagai data (src/core/README.md §11).`,
  TOTAL_TERTULIS_BEDA: (p, at) => {
    const k = p.kolom.toLowerCase();
    const wakil =
      p.wakil === "serapan"
        ? `serapan dari jumlah pagu dan realisasi baris yang diwakilinya (Σ realisasi / Σ pagu × 100)`
        : `${p.wakil === "rata" ? "rata-rata" : "jumlah"} ${k} baris yang diwakilinya`;
    return (
      `${p.kolom} di baris total ${kutip(p.label)} (${p.row}) tertulis ${p.tertulis} di ${at}, padahal ${wakil} ${p.hitung}. Baris total tidak ikut dihitung${p.diTabel ? `; tabel mencetak ${p.hitung}` : ""}.` +
      (p.leftOut.length > 0
        ? ` ${p.leftOut.length} baris di bagiannya tidak terbaca (${p.leftOut.slice(0, 3).join(", ")}); perbaiki baris itu lebih dahulu.`
        : ` Ganti dengan ${p.hitung}, atau periksa baris yang diwakilinya.`)
    );
  },
  TOTAL_TANPA_MAKNA: (p, at) =>
    `Target/realisasi di baris ${kutip(p.label)} (${p.row}) tertulis di ${at}, padahal satuan indikatornya berbeda: angka bersatuan berbeda tidak dapat dijumlah atau dirata-ratakan (src/core/README.md §6). Kosongkan sel itu.`,
  MUNGKIN_TOTAL: (p) =>
    p.arah === "atas"
      ? `Baris ${kutip(p.nama)} (${p.row}) berpagu ${p.pagu} dan berealisasi ${p.realisasi}, sama dengan jumlah ${p.jumlahRow} baris di atasnya (mulai ${p.dari}): tampaknya baris total. Kini ia dihitung sebagai baris anggaran, sehingga setiap jumlah menjadi dua kali lipat. Bila memang baris total, tulis "Jumlah" (atau "Total") sebagai satu-satunya teks di baris itu, atau keluarkan baris itu dari rentang LKIP_ANGGARAN.`
      : `Baris kegiatan ${kutip(p.nama)} (${p.row}) berpagu ${p.pagu} dan berealisasi ${p.realisasi}, sama dengan jumlah ${p.jumlahRow} sub kegiatan di bawahnya (mulai ${p.dari}): tampaknya jumlah rinciannya, sehingga anggaran kegiatan ini terhitung dua kali. Hapus pagu dan realisasi baris kegiatan itu, atau isi kolom Kegiatan pada baris sub kegiatannya dan hapus baris kegiatan itu.`,
  TOTAL_PROGRAM_BELUM_TERUJI: (p, at) =>
    `${p.kolom} program ${kutip(p.program)} di baris totalnya tertulis ${p.tertulis} di ${at}; jumlah rinciannya yang terbaca ${p.jumlah}, tetapi ${p.leftOut.length} baris rinciannya tidak terbaca (${p.leftOut.join(", ")}). Perbaiki baris itu lebih dahulu; angka total ini belum dapat dinilai.`,
  // ---- issue 12: honest figures (periksa/iku.ts, periksa/tertulis.ts)
  CAPAIAN_SANGAT_TINGGI: (p, at) =>
    `Capaian indikator ${kutip(p.nama)} ${p.capaian} %, lebih dari ${p.batas} %: periksa Target ${p.target} di ${at} (satuan, pecahan, atau target tahun lain?) dan Realisasi ${p.realisasi} di ${A(p.realisasiCell)}. Bila keduanya benar, abaikan peringatan ini.`,
  DITULIS_KURANG_DESIMAL: (p, at) =>
    `${p.kolom} ${milik(p.milik)} di ${at} tertulis ${p.tertulis}, yaitu ${p.hitung} ${p.desimal === 0 ? "tanpa desimal" : "dengan satu desimal"}; tabel mencetak 2 desimal: ${p.hitung}.`,
  KUALITATIF_BEDA: (p, at) =>
    `${p.kolom} indikator kualitatif ${kutip(p.nama)} tertulis ${kutip(p.tertulis)} di ${at}, padahal target "${p.target}" dan realisasi "${p.realisasi}"${p.skala ? ` (skala ${p.skala})` : ""} berarti "${p.predikat}". Indikator kualitatif tidak punya capaian dalam persen (src/core/README.md §10); tulis "${p.predikat}"${p.predikat === "Tercapai" ? " atau 100" : ""}.`,
  // ---- the checker: LKIP_ANGGARAN and LKIP_BELANJA (periksa/anggaran.ts)
  TOTAL_PROGRAM_BEDA: (p, at) => {
    const k = p.kolom.toLowerCase();
    const asal = p.mirip
      ? ` Angka itu sama dengan ${k} program ${kutip(p.mirip.program)} (${A(p.mirip.cell)}).`
      : "";
    return `${p.kolom} program ${kutip(p.program)} di baris totalnya tertulis ${p.tertulis} di ${at}, padahal jumlah ${k} ${rincian(p.rincian)}nya ${p.jumlah}.${asal} Ganti dengan ${p.jumlah}, atau periksa baris rinciannya.`;
  },
  REALISASI_LEBIH_PAGU: (p, at) =>
    `Realisasi ${milik(p.milik)} ${p.realisasi} di ${at} melebihi pagunya ${p.pagu} di ${A(p.paguCell)}${p.serapan !== undefined ? ` (serapan ${p.serapan} %)` : ""}. Realisasi anggaran biasanya tidak melampaui pagu; periksa kedua angka itu.`,
  ANGGARAN_NEGATIF: (p, at) =>
    `${p.kolom} ${milik(p.milik)} di ${at} negatif (${p.nilai}). Isi ${p.kolom.toLowerCase()} 0 atau lebih.`,
  ANGGARAN_GANDA: (p, at) =>
    capitalise(
      `${milik(p.milik)} program ${kutip(p.program)} di ${at} sudah ada di baris ${A(p.pertama)}, sehingga pagu dan realisasinya terhitung dua kali. Hapus salah satu baris, atau bedakan namanya bila memang berbeda.`
    ),
  // ---- the naskah (periksa/naskah, RULES §15)
  NASKAH_TIDAK_TERBACA: (p) =>
    `Naskah ${p.berkas} tidak dapat diperiksa: ${MASALAH_NASKAH(p.masalah)}.`,
  NASKAH_ANGKA_BEDA: (p) =>
    `Naskah menulis ${ANGKA[p.angka](p.tahun)} ${milik(p.milik)} ${p.tertulis}, padahal menurut buku kerja ${p.hitung}.` +
    (p.lain ? ` Angka ${p.tertulis} itu adalah ${ANGKA[p.lain.angka](p.lain.tahun)}nya.` : "") +
    reasonList(p.reason, reason, ", dan ") +
    ` Ganti dengan ${p.hitung}.`,
  NASKAH_ANGKA_DIBULATKAN: (p) =>
    `Naskah menulis ${ANGKA[p.angka](p.tahun)} ${milik(p.milik)} ${p.tertulis}; tabelnya mencetak ${p.hitung}. Sama bila dibulatkan ke ${p.desimal} desimal, tetapi tulis ${p.hitung} agar naskah dan tabel sama persis.`,
  NASKAH_REALISASI_SEBAGAI_CAPAIAN: (p) =>
    `Naskah menyebut ${p.tertulis} sebagai "capaian" ${milik(p.milik)}; angka itu adalah realisasinya. Capaiannya (realisasi / target × 100) ${p.capaian}. Bila yang dimaksud realisasi, sebut "realisasi".`,
  NASKAH_HITUNGAN_SALAH: (p) =>
    `Hitungan di naskah tidak benar: ${p.rumus} menghasilkan ${p.hitung}, bukan ${p.tertulis}. Ganti dengan ${p.hitung}.`,
  // ---- quarterly progress (RULES §14)
  JENIS_KOSONG: (p, at) =>
    `Jenis indikator ${kutip(p.nama)} di ${at} kosong, jadi dibaca "akhir": realisasi s.d. triwulan adalah nilai triwulan terakhir yang terisi (tidak dijumlahkan). Bila triwulannya harus dijumlahkan, isi "kumulatif"; bila dirata-ratakan, "rata-rata".`,
  JENIS_TIDAK_DIKENAL: (p, at) =>
    `Jenis "${p.tertulis}" di ${at} tidak dikenal. Isi kumulatif (triwulan dijumlahkan: orang dilayani, km dibangun), akhir (nilai triwulan terakhir: persentase cakupan, indeks) atau rata-rata; ${BARIS(p)}.`,
  TRIWULAN_TANPA_IKU: (p, at) =>
    `Indikator ${kutip(p.nama)} di ${at} tidak ada di LKIP_IKU, jadi dibaca apa adanya dari LKIP_TRIWULAN (sasaran, satuan, arah dan target dari barisnya sendiri). Bila seharusnya sama dengan indikator LKIP_IKU, samakan namanya.`,
  TRIWULAN_BEDA_IKU: (p, at) =>
    `Realisasi tahunan indikator ${kutip(p.nama)} di LKIP_IKU (${A(p.iku)}) ${p.nilaiIku}, sedangkan realisasi s.d. TW IV dari LKIP_TRIWULAN (${at}, jenis ${p.jenis}) ${p.sdTw4}. Keduanya harus sama: periksa jenis indikator dan angka triwulannya, atau realisasi di LKIP_IKU.`,
  KUMULATIF_BERJALAN: (p, at) =>
    `Indikator ${kutip(p.nama)} berjenis kumulatif, tetapi angka triwulannya (${at}) tampak ditulis sebagai total berjalan: tiap triwulan tidak kurang dari sebelumnya dan triwulan terakhir (${p.akhir}) sama dengan realisasi tahunan. Dijumlahkan, triwulannya menjadi ${p.jumlah}. Tulis tambahan tiap triwulan saja, atau ganti jenisnya menjadi "akhir".`,
};

export default id;
