/**
 * Sample parameters for every finding code: a new code without samples fails findings.test.ts, and
 * test/texts.test.ts renders each sample in both languages to check that the English text shows
 * every parameter the Indonesian one shows.
 */
import type { FindingCode, FindingParams, Milik } from "../../../src/report/contract/findings";

export const C = { sheet: "Data IKU", row: 6, col: 6 };
export const C2 = { sheet: "Data Anggaran", row: 2, col: 0, rows: 1, cols: 6 };
const MILIK: Milik[] = [
  { jenis: "indikator", nama: "Persentase KPM" },
  { jenis: "sasaran", nomor: 2 },
  { jenis: "program", nama: "Program A" },
  { jenis: "kegiatan", nama: "Kegiatan A" },
  { jenis: "subKegiatan", nama: "Sub A" },
  { jenis: "belanja", nama: "Belanja Pegawai" },
];
const banding = (rumus: FindingParams<"CAPAIAN_BEDA">["rumus"]) =>
  MILIK.map((milik) => ({
    kolom: "Capaian",
    milik,
    tertulis: "0,5573",
    hitung: "55,73",
    rumus,
    reason: [
      { jenis: "pecahan" as const, pecahan: { tertulis: "0,5573", persen: "55,73" } },
      { jenis: "pembulatan" as const, ditulis: "TRUNC" as const, dipakai: "ROUND" as const },
      { jenis: "tanpaBatas" as const, mentah: "26,57" },
    ],
  }));
const RUMUS: FindingParams<"CAPAIAN_BEDA">["rumus"][] = [
  {
    jenis: "capaian",
    arah: "turun",
    target: "1,31",
    realisasi: "0,73",
    hasil: "55,73",
    pembulatan: "ROUND",
  },
  { jenis: "serapan", sigma: true, realisasi: "9", pagu: "10", hasil: "90,00", sasaran: 1 },
  {
    jenis: "serapan",
    sigma: true,
    realisasi: "9",
    pagu: "10",
    hasil: "90,00",
    rincian: { jumlah: 2, jenis: "campur" },
  },
  {
    jenis: "efisiensi",
    pagu: "10",
    capaian: "134,32",
    capaianDibatasi: true,
    realisasi: "9",
    hasil: "20,00",
    mentah: "26,57",
  },
];

/** Sample parameters for every code (typed: a new code does not compile without its samples). */
export const SAMPLES: { [K in FindingCode]: FindingParams<K>[] } = {
  SUMBER_TIDAK_ADA: [{ sumber: "LKIP_IKU" }, { sumber: "LKIP_ANGGARAN" }],
  SUMBER_TERLALU_BESAR: [{ sumber: "LKIP_IKU" }],
  SUMBER_BUKAN_RENTANG: (
    [
      { jenis: "konstanta", teks: "0.5" },
      { jenis: "konstanta", teks: "" },
      { jenis: "rumus", teks: "OFFSET(A1,0,0)" },
      { jenis: "gabungan", teks: "A1:B2,C1:D2" },
      { jenis: "eksternal", teks: "[1]D!A1" },
      { jenis: "refHilang", teks: "#REF!" },
      { jenis: "lembarTidakAda", lembar: "Tidak Ada" },
      { jenis: "tanpaJudul" },
    ] as const
  ).flatMap((reason) => [
    { wadah: { jenis: "nama", sumber: "LKIP_IKU" }, sumber: "LKIP_IKU", reason },
    {
      wadah: { jenis: "tabel", nama: "LKIP_IKU", lembar: "D" },
      sumber: "LKIP_IKU",
      reason,
      dipakai: { jenis: "nama", sumber: "LKIP_IKU", lembar: "Data IKU" },
    },
  ]),
  SUMBER_DITEMUKAN: [
    {
      sumber: "LKIP_IKU",
      blok: { sheet: "Capaian IKU", row: 2, col: 0, rows: 18, cols: 8 },
      kolom: ["Sasaran", "Indikator", "Target", "Realisasi"],
    },
    {
      sumber: "LKIP_ANGGARAN",
      blok: { sheet: "Anggaran", row: 3, col: 1, rows: 9, cols: 5 },
      kolom: ["Program", "Pagu", "Realisasi"],
      dipilih: true,
    },
  ],
  SUMBER_CALON: [
    {
      sumber: "LKIP_IKU",
      calon: [
        { sheet: "IKU 2024", row: 2, col: 0, rows: 6, cols: 5 },
        { sheet: "IKU Perubahan", row: 2, col: 0, rows: 6, cols: 5 },
      ],
    },
  ],
  SUMBER_GANDA: [
    {
      sumber: "LKIP_IKU",
      ditemukan: [
        { jenis: "nama", sumber: "LKIP_IKU", lembar: "A" },
        { jenis: "nama", sumber: "LKIP_IKU", lembar: "B" },
      ],
      dipakai: { jenis: "nama", sumber: "LKIP_IKU", lembar: "A" },
    },
  ],
  SUMBER_KOSONG: [
    { sumber: "LKIP_IKU" },
    { sumber: "LKIP_ANGGARAN" },
    { sumber: "LKIP_BELANJA" },
    { sumber: "LKIP_TRIWULAN" },
  ],
  BARIS_DI_LUAR_RENTANG: [
    { sumber: "LKIP_IKU", bawah: 1, kanan: 0 },
    { sumber: "LKIP_ANGGARAN", bawah: 0, kanan: 2 },
    { sumber: "LKIP_INFO", bawah: 2, kanan: 1 },
  ],
  RUMUS_TANPA_HASIL: [{ rumus: "C2*2" }],
  SEL_TANGGAL: [{ serial: 45292 }],
  BERKAS_TIDAK_TERBACA: [
    { berkas: "x.xlsx", gagal: { kode: "TIDAK_ADA", berkas: "x.xlsx" } },
    {
      berkas: "data.xlsx",
      gagal: {
        kode: "RUSAK",
        berkas: "data.xlsx",
        reason: { jenis: "teksBersamaHilang", cell: "'D'!C2" },
      },
    },
    {
      berkas: "data.xlsx",
      gagal: {
        kode: "TERLALU_BESAR",
        berkas: "data.xlsx",
        reason: { jenis: "sumber", sumber: "LKIP_IKU", cell: 600000, batas: 500000 },
      },
    },
  ],
  KOLOM_GANDA: [{ sumber: "LKIP_IKU", judul: "IKU", judulPertama: "Indikator", pertama: C }],
  KOLOM_TIDAK_ADA: [
    { sumber: "LKIP_IKU", kolom: "Target", judul: ["Target", "Target 2024"] },
    {
      sumber: "LKIP_IKU",
      kolom: "Realisasi",
      judul: ["Realisasi", "Realisasi 2024"],
      tahun: 2024,
      tahunLalu: [2022, 2023],
    },
    {
      sumber: "LKIP_IKU",
      kolom: "Indikator",
      judul: ["Indikator"],
      calon: ["URAIAN", "Indikator Program"],
    },
  ],
  TAHUN_DIPAKAI: [
    { tahun: 2024, asal: { jenis: "info" } },
    { tahun: 2024, asal: { jenis: "pilihan" } },
    { tahun: 2021, asal: { jenis: "judul", judul: "Target 2021" } },
    { tahun: 2021, asal: { jenis: "judulLembar", teks: "CAPAIAN KINERJA TAHUN 2021" } },
  ],
  TAHUN_TIDAK_ADA: [{}],
  KOLOM_DIBACA: [
    { sumber: "LKIP_IKU", judul: "INDIKATOR TUJUAN", kolom: "Indikator" },
    { sumber: "LKIP_IKU", judul: "URAIAN", kolom: "Indikator", dipilih: true },
  ],
  KOLOM_DIABAIKAN: [
    {
      sumber: "LKIP_ANGGARAN",
      judul: "Indikator Program",
      reason: { jenis: "tingkatLain", kolom: "Indikator", tingkat: "Program" },
    },
    { sumber: "LKIP_IKU", judul: "Keterangan", reason: { jenis: "tidakDikenal" } },
    {
      sumber: "LKIP_ANGGARAN",
      judul: "Satuan",
      reason: { jenis: "sumberLain", dipakaiDi: ["LKIP_IKU"] },
    },
    {
      sumber: "LKIP_IKU",
      judul: "Capaian 2019 (%)",
      reason: { jenis: "tahunLain", kolom: "Capaian", tahun: 2019, tahunLaporan: 2020 },
    },
    {
      sumber: "LKIP_IKU",
      judul: "Target 2019",
      reason: {
        jenis: "tahunLain",
        kolom: "Target",
        tahun: 2019,
        tahunLaporan: 2020,
        tanpaTahunIni: true,
      },
    },
  ],
  PENGATURAN_GANDA: [{ kunci: "Tahun", dipakai: C }],
  PENGATURAN_TIDAK_SAH: [
    { kunci: "Tahun", reason: { jenis: "tahun", tertulis: "20x4" }, bawaan: "2025" },
    { kunci: "Skala", reason: { jenis: "skala", tertulis: "sakip" }, bawaan: "kategori" },
    { kunci: "Batasi", reason: { jenis: "yaTidak", tertulis: "mungkin" }, bawaan: "Tidak" },
    { kunci: "Triwulan", reason: { jenis: "triwulan", tertulis: "5" }, bawaan: "II" },
    { kunci: "Instansi", reason: { jenis: "galatExcel", galat: "#N/A" }, bawaan: null },
    {
      kunci: "Pembulatan",
      reason: { jenis: "inti", inti: { kode: "PEMBULATAN_TIDAK_DIKENAL", teks: "BULAT" } },
      bawaan: "ROUND",
    },
  ],
  GALAT_EXCEL: [
    { kolom: "Target", galat: "#REF!", wajib: true },
    { kolom: "Satuan", galat: "#N/A", wajib: false },
  ],
  SEL_KOSONG: [
    { kolom: "Target", wajib: true },
    {
      kolom: "Indikator",
      wajib: true,
      total: { teks: "Jumlah Capaian Realisasi Kinerja", label: "Jumlah" },
    },
    {
      kolom: "Target",
      wajib: false,
      total: { teks: "Rata-Rata Capaian Realisasi Kinerja", label: "Rata-rata" },
    },
  ],
  BUKAN_ANGKA: [
    {
      kolom: "Target",
      tertulis: "abc",
      inti: {
        kode: "BUKAN_ANGKA_SAH",
        arg: "Target",
        teks: "abc",
        reason: { jenis: "karakter", karakter: "a" },
      },
      wajib: true,
    },
    {
      kolom: "Target",
      tertulis: "< 30",
      inti: {
        kode: "BUKAN_ANGKA_SAH",
        arg: "Target",
        teks: "< 30",
        reason: { jenis: "karakter", karakter: "<" },
      },
      wajib: true,
      batas: "< 30",
    },
    {
      kolom: "Pagu",
      tertulis: "90,000,000",
      inti: {
        kode: "BUKAN_ANGKA_SAH",
        arg: "Pagu",
        teks: "90,000,000",
        reason: { jenis: "formatInggris", indonesia: "90.000.000" },
      },
      wajib: false,
    },
  ],
  BOBOT_NEGATIF: [{ wajib: true }],
  ARAH_TIDAK_DIKENAL: [
    { tertulis: "atas", inti: { kode: "ARAH_TIDAK_DIKENAL", teks: "atas" }, wajib: true },
  ],
  TARGET_NOL: [{ wajib: true }],
  TARGET_NEGATIF: [{ inti: { kode: "TARGET_NEGATIF", target: "-2" }, wajib: true }],
  CAPAIAN_TAK_HINGGA: [{ inti: { kode: "TERLALU_BESAR", apa: "capaian" }, wajib: true }],
  TITIK_RIBUAN: [{ kolom: "Target", tertulis: "1.500", dibaca: "1.500" }],
  SEL_GABUNG_PER_BARIS: [{ kolom: "Target", row: 2 }],
  SEL_GABUNG_UANG: [{ kolom: "Pagu", row: 2 }],
  SKOR_DIBACA: [
    {
      target: "Level 3 (3,35)",
      realisasi: "Level 3 (3,157)",
      skorTarget: "3,35",
      skorRealisasi: "3,157",
      realisasiDi: C,
    },
  ],
  BARIS_PITA: [
    { jenis: "tujuan", teks: "Meningkatkan penyelenggaraan pemerintahan" },
    { jenis: "sasaran", teks: "Meningkatnya akuntabilitas" },
    { jenis: "program", teks: "Program Penunjang" },
  ],
  KOLOM_KELOMPOK: [
    {
      sumber: "LKIP_ANGGARAN",
      judul: "Realisasi",
      kelompok: "Anggaran",
      dibaca: "Realisasi Anggaran",
    },
  ],
  SASARAN_DIANGGAP: [{ teks: "Meningkatnya akuntabilitas", dari: C }],
  SEL_GABUNG_TIDAK_DIBACA: [{ reason: "versi" }, { reason: "gagal" }],
  SASARAN_TANPA_INDIKATOR: [
    { teks: "Meningkatnya akuntabilitas" },
    { teks: "Meningkatnya akuntabilitas", indikator: C },
  ],
  BOBOT_SEMUA_NOL: [{}],
  SASARAN_TIDAK_COCOK: [
    { teks: "Lain", jumlah: 3, wajib: true },
    { teks: "Lain", jumlah: 3, wajib: true, terbawaDari: C },
  ],
  CAPAIAN_BEDA: RUMUS.flatMap(banding),
  SERAPAN_BEDA: banding(RUMUS[1]),
  EFISIENSI_BEDA: banding(RUMUS[3]),
  PREDIKAT_BEDA: [
    {
      kolom: "Predikat",
      milik: MILIK[0],
      tertulis: "Tercapai",
      benar: "Melebihi target",
      reason: { jenis: "predikat", capaian: "134,32", label: "Melebihi target", rentang: "> 100" },
    },
  ],
  KATEGORI_BEDA: [
    {
      kolom: "Kategori",
      milik: MILIK[0],
      tertulis: "Baik",
      benar: "Sangat baik",
      reason: {
        jenis: "kategori",
        capaian: "91,00",
        label: "Sangat baik",
        rentang: "90,00 – 100,00",
        skala: "kategori",
      },
    },
    {
      kolom: "Kategori",
      milik: MILIK[0],
      tertulis: "Kurang",
      benar: null,
      reason: { jenis: "bawahSkala", capaian: "10,00", skala: "permendagri86" },
    },
  ],
  DITULIS_PECAHAN: MILIK.map((milik) => ({
    kolom: "Serapan",
    milik,
    pecahan: { tertulis: "0,94", persen: "94,00" },
    hitung: "94,00",
  })),
  TERTULIS_GALAT_EXCEL: [{ kolom: "Capaian", galat: "#DIV/0!" }],
  TERTULIS_BUKAN_ANGKA: [
    {
      kolom: "Capaian",
      tertulis: "abc",
      inti: {
        kode: "BUKAN_ANGKA_SAH",
        arg: "Capaian",
        teks: "abc",
        reason: { jenis: "karakter", karakter: "a" },
      },
    },
  ],
  TERTULIS_TIDAK_TERUJI: (
    [
      { jenis: "pagu0" },
      { jenis: "tanpaAnggaranTertaut" },
      { jenis: "tanpaLkipAnggaran" },
      { jenis: "efisiensi", inti: { kode: "TANPA_ANGGARAN_TERTAUT" } },
      {
        jenis: "efisiensi",
        inti: { kode: "EFISIENSI_NEGATIF", nama: "capaian", row: 2, nilai: "-5,00" },
      },
    ] as const
  ).map((reason) => ({ kolom: "Serapan", milik: MILIK[1], reason })),
  EFISIENSI_DIBATASI: [{ sasaran: 1, mentah: "26,57", nilai: "20,00" }],
  SASARAN_TANPA_ANGGARAN: [{ nomor: 2, teks: "Meningkatnya akuntabilitas" }],
  ARAH_MUNGKIN_TURUN: [
    { nama: "Angka kematian ibu", namaCell: C, frasa: "angka kematian" },
    { nama: "Angka kematian ibu", namaCell: C, frasa: "angka kematian", arahCell: C },
  ],
  CAMPUR_PECAHAN_PERSEN: [
    {
      nama: "Persentase X",
      pecahan: [{ label: "Target", nilai: "0,75", cell: C }],
      poin: [{ label: "Realisasi", nilai: "80", cell: C }],
      contoh: { tertulis: "0,75", persen: "75,00" },
    },
  ],
  INDIKATOR_GANDA: [
    { nama: "X", pertama: C, sasaran: 1, sasaranPertama: 1 },
    { nama: "X", pertama: C, sasaran: 2, sasaranPertama: 1 },
  ],
  INDIKATOR_TIDAK_COCOK: [{ wajib: false, tertulis: "Indikator z", sasaran: 1 }],
  TOTAL_TERTULIS: [{ label: "JUMLAH", row: "'A'!A5:F5", jumlahRow: 3 }],
  TOTAL_TERTULIS_BEDA: [
    {
      kolom: "Pagu",
      label: "JUMLAH",
      row: "'A'!A5:F5",
      tertulis: "2.100",
      hitung: "2.000",
      wakil: "jumlah",
      diTabel: true,
      leftOut: [],
    },
    {
      kolom: "Pagu",
      label: "JUMLAH",
      row: "'A'!A5:F5",
      tertulis: "2.100",
      hitung: "2.000",
      wakil: "jumlah",
      diTabel: false,
      leftOut: ["'A'!A2:F2"],
    },
    {
      kolom: "Serapan",
      label: "JUMLAH",
      row: "'A'!A5:F5",
      tertulis: "80,00",
      hitung: "85,00",
      wakil: "serapan",
      diTabel: true,
      leftOut: [],
    },
    {
      kolom: "Capaian",
      label: "Rata-rata",
      row: "'A'!A5:F5",
      tertulis: "100,07",
      hitung: "100,08",
      wakil: "rata",
      diTabel: false,
      leftOut: [],
    },
  ],
  TOTAL_TANPA_MAKNA: [{ label: "Rata-rata", row: "'A'!A5:F5" }],
  MUNGKIN_TOTAL: [
    {
      nama: "TOTAL",
      row: "'A'!A5:F5",
      pagu: "2.000",
      realisasi: "1.700",
      jumlahRow: 3,
      dari: "'A'!A2:F2",
      arah: "atas",
    },
    {
      nama: "K",
      row: "'A'!A2:F2",
      pagu: "1.000",
      realisasi: "900",
      jumlahRow: 2,
      dari: "'A'!A3:F3",
      arah: "bawah",
    },
  ],
  TOTAL_PROGRAM_BELUM_TERUJI: [
    { kolom: "Pagu", program: "A", tertulis: "10", jumlah: "8", leftOut: ["'A'!A3:F3"] },
  ],
  CAPAIAN_SANGAT_TINGGI: [
    {
      nama: "a",
      capaian: "350,00",
      batas: "300,00",
      target: "2",
      realisasi: "7",
      realisasiCell: { sheet: "A", row: 1, col: 5 },
    },
  ],
  DITULIS_KURANG_DESIMAL: [
    {
      kolom: "Capaian",
      milik: { jenis: "indikator", nama: "a" },
      tertulis: "297",
      hitung: "296,67",
      desimal: 0,
    },
  ],
  KUALITATIF_BEDA: [
    {
      kolom: "Capaian",
      nama: "Opini",
      tertulis: "100",
      target: "BB",
      realisasi: "B",
      skala: "sakip",
      predikat: "Tidak tercapai",
    },
    {
      kolom: "Predikat",
      nama: "X",
      tertulis: "Tercapai",
      target: "A",
      realisasi: "B",
      skala: null,
      predikat: "Tidak tercapai",
    },
  ],
  TOTAL_PROGRAM_BEDA: [
    {
      kolom: "Pagu",
      program: "A",
      tertulis: "10",
      jumlah: "12",
      rincian: { jumlah: 3, jenis: "subKegiatan" },
    },
    {
      kolom: "Realisasi",
      program: "A",
      tertulis: "10",
      jumlah: "12",
      rincian: { jumlah: 2, jenis: "kegiatan" },
      mirip: { program: "B", cell: C2 },
    },
  ],
  REALISASI_LEBIH_PAGU: MILIK.map((milik) => ({
    milik,
    realisasi: "11",
    pagu: "10",
    paguCell: C2,
    serapan: "110,00",
  })),
  ANGGARAN_NEGATIF: [{ kolom: "Pagu", milik: MILIK[3], nilai: "-5" }],
  ANGGARAN_GANDA: [{ milik: MILIK[4], program: "A", pertama: C2 }],
  NASKAH_TIDAK_TERBACA: (
    [
      { kode: "BUKAN_NASKAH", dikenali: "doc" },
      { kode: "BUKAN_NASKAH", dikenali: "xlsx" },
      { kode: "BUKAN_NASKAH", dikenali: "zip" },
      { kode: "BUKAN_NASKAH", dikenali: "lain" },
      { kode: "RUSAK", format: "docx" },
      { kode: "RUSAK", format: "pdf" },
      { kode: "DILINDUNGI", format: "pdf" },
      { kode: "TERLALU_BESAR", batas: "ukuran", nilai: 120 },
      { kode: "TERLALU_BESAR", batas: "bagian", nilai: 20000 },
      { kode: "TERLALU_BESAR", batas: "isi", nilai: 64 },
      { kode: "TERLALU_BESAR", batas: "paragraf", nilai: 100000 },
      { kode: "TERLALU_BESAR", batas: "halaman", nilai: 3000 },
      { kode: "TERLALU_BESAR", batas: "waktu", nilai: 120 },
      { kode: "TERLALU_BESAR", batas: "memori", nilai: 0 },
      { kode: "PDF_TANPA_TEKS", halaman: 12 },
      { kode: "KOSONG", format: "docx" },
      { kode: "TIDAK_ADA" },
    ] as const
  ).map((masalah) => ({ berkas: "Bab III.docx", masalah })),
  NASKAH_ANGKA_BEDA: [
    {
      milik: MILIK[0],
      angka: "capaianRenstra",
      tertulis: "134,32",
      hitung: "135,38",
      reason: [],
      lain: { angka: "capaian" },
    },
    {
      milik: MILIK[1],
      angka: "efisiensi",
      tertulis: "0,266",
      hitung: "20,00",
      reason: [
        { jenis: "pecahan", pecahan: { tertulis: "0,266", persen: "26,6" } },
        { jenis: "tanpaBatas", mentah: "26,57" },
      ],
    },
    {
      milik: MILIK[0],
      angka: "tahunLalu",
      tahun: 2023,
      tertulis: "66",
      hitung: "66,97",
      reason: [],
    },
    {
      milik: MILIK[0],
      angka: "perubahan",
      tahun: 2023,
      tertulis: "25",
      hitung: "25,74",
      reason: [],
    },
    {
      milik: MILIK[1],
      angka: "pagu",
      tertulis: "3.205.880.796",
      hitung: "4.699.311.668",
      reason: [],
    },
  ],
  NASKAH_ANGKA_DIBULATKAN: [
    { milik: MILIK[0], angka: "capaian", tertulis: "55,7", hitung: "55,72", desimal: 1 },
    { milik: MILIK[0], angka: "target", tertulis: "69", hitung: "69,02", desimal: 0 },
  ],
  NASKAH_REALISASI_SEBAGAI_CAPAIAN: [{ milik: MILIK[0], tertulis: "92,71", capaian: "134,32" }],
  NASKAH_HITUNGAN_SALAH: [
    { rumus: "2.142.720.865 × 134,32 %", tertulis: "2.878.102.655,87", hitung: "2.878.102.665,87" },
  ],
  JENIS_KOSONG: [{ nama: "Cakupan layanan" }],
  JENIS_TIDAK_DIKENAL: [{ tertulis: "tren", wajib: true }],
  TRIWULAN_TANPA_IKU: [{ nama: "Cakupan layanan" }],
  TRIWULAN_BEDA_IKU: [
    { nama: "Cakupan layanan", iku: C, nilaiIku: "92,71", sdTw4: "370,84", jenis: "kumulatif" },
  ],
  KUMULATIF_BERJALAN: [{ nama: "Jumlah KPM", jumlah: "1.000", akhir: "400" }],
};
