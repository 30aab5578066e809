/**
 * The `lkip` command's words in English (cli.id.ts is the first language and the reference for
 * keys; test/texts.test.ts checks both). Options keep their Indonesian names (`--timpa`, `--tahun`):
 * they are the command's interface, the same in every language.
 */
import type { CliWords } from "./cli.id";

/** "1 error", "2 errors". */
const n = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;

const en: CliWords = {
  help: {
    main: `lkip — LKIP tables and checks of the figures of an Excel workbook (.xlsx), without Excel

Usage:
  lkip tabel <input.xlsx> -o <output.xlsx> [--timpa]
  lkip bab3 <input.xlsx> -o <BAB3.docx> [--timpa]
  lkip periksa <input.xlsx> [--laporan <report.docx|pdf>] [--json]
  lkip rekap <folder|file.xlsx>... -o <rekap.xlsx> [--timpa] [--json]
  lkip demo

Commands:
  tabel     makes the LKIP tables on a sheet "Tabel LKIP {tahun}" of a NEW workbook
  bab3      writes Bab III (Akuntabilitas Kinerja) as a NEW Word document (.docx)
  periksa   checks the data and the figures typed by hand (capaian, kategori, serapan, ...) against the rules
  rekap     sums up the workbooks of many OPD at once: one row per file, with its findings
  demo      runs tabel and periksa on the sample data (assets/contoh-lkip-2024.xlsx)

The input workbook holds the named ranges or Excel tables LKIP_IKU, LKIP_ANGGARAN, LKIP_INFO,
LKIP_BELANJA and LKIP_TRIWULAN (see src/report/model/WORKBOOK.md). The input file is never changed.

Exit codes: 0 success, 1 failure (file unreadable, no table could be made, or periksa found an
error), 2 wrong usage.

"lkip <command> --help" explains each command.
Language: English when the locale (LC_ALL, else LC_MESSAGES, else LANG) starts with "en".
`,
    tabel: `lkip tabel <input.xlsx> -o <output.xlsx> [--timpa] [--tahun N] [--kolom K=J]

Reads LKIP_IKU, LKIP_ANGGARAN, LKIP_INFO, LKIP_BELANJA and LKIP_TRIWULAN from <input.xlsx>,
builds the standard LKIP tables (mid-year, from LKIP_TRIWULAN only: the table of capaian up to the quarter), and writes a NEW workbook <output.xlsx> with a sheet "Tabel LKIP {tahun}".
The input file is never written, so its charts, pivots, macros and everything else stay intact there.
Rows with a problem are left out and listed with their cell's address ('Data IKU'!G7).

Options:
  -o, --keluaran <file>     the .xlsx file written (required; never the input)
  --timpa                   may replace an existing <output.xlsx>
  --sumber "LKIP_IKU='Capaian IKU'!A3:H20"
                            the range read as that source (may be repeated), when its table has
                            no name and several fit
  --tahun <year>            the report year (over Tahun in LKIP_INFO and the year in the column
                            headers); with no year from anywhere, no table is written (never guessed)
  --kolom "<Kolom>=<Title>" the column header read as that column, e.g. --kolom
                            "Indikator=INDIKATOR TUJUAN" (several separated by ;), like a row
                            "Kolom Indikator" in LKIP_INFO
  -h, --help                this help

The report year used and where it comes from (LKIP_INFO, --tahun, a column header "Target 2024",
or the title of the table) is always said.

Exit codes:
  0  tables written (rows with a problem left out and listed)
  1  nothing could be written (file unreadable, damaged, too large, not .xlsx, no LKIP_IKU and
     no LKIP_TRIWULAN, report year unknown, ...)
  2  wrong usage (an argument missing, -o is the input, the output exists without --timpa,
     the output's folder is a file)
`,
    periksa: `lkip periksa <input.xlsx> [--laporan <report.docx|pdf>] [--json]

Checks a workbook: problems reading the data (empty cells, not a number, a source missing) and
figures typed by hand that differ from what the rules give. Every finding names its cell's address.
With --laporan, every figure of the report's text (Bab III etc., .docx or a PDF with text) is
also compared with the workbook; its findings name "{berkas} ¶{paragraf}" (file ¶ paragraph) and
quote the sentence (src/core/README.md §15).

Options:
  --laporan <file>    the report's text (.docx, or a .pdf whose text can be read) to check
  --json              print the findings as ONE JSON array {tingkat, kode, pesan, lokasi,
                      kutipan, ...} and nothing else on stdout
  -h, --help          this help

Exit codes:
  0  no error (warnings and notes may be there)
  1  an error found, or the file could not be read
  2  wrong usage
`,
    demo: `lkip demo

Runs "lkip tabel" on assets/contoh-lkip-2024.xlsx (the LKIP 2024 data of Dinas Sosial Kabupaten
Barito Kuala, with the figures printed in its report) into out/contoh-lkip-2024-tabel.xlsx
(replaced when it exists), then "lkip periksa" on that sample file.

Exit codes: 0 when the tables are written (the sample's findings are deliberate), 1 on failure.
`,
    bab3: `lkip bab3 <input.xlsx> -o <BAB3.docx> [--timpa]

Reads the LKIP_ sources of <input.xlsx> and writes Bab III, Akuntabilitas Kinerja, as a NEW Word
document <BAB3.docx>: Ikhtisar Eksekutif, A. Capaian Kinerja Organisasi (tables 3.n and seven
items per sasaran) and B. Akuntabilitas Keuangan. Every figure of its sentences equals the table
"lkip tabel" makes. The parts highlighted in yellow ([to fill in: …]) are yours to write.

Options:
  -o, --keluaran <file>     the .docx file written (required)
  --timpa                   may replace an existing <BAB3.docx>
  -h, --help                this help

Exit codes:
  0  Bab III written
  1  nothing could be written (file unreadable, damaged, no LKIP_IKU, ...)
  2  wrong usage (an argument missing, the output is not .docx, the output exists without
     --timpa, the output's folder is a file)
`,
    rekap: `lkip rekap <folder|file.xlsx>... -o <rekap.xlsx> [--timpa] [--json]

Sums up the LKIP workbooks of every OPD at once (for Bappeda and the Inspektorat): every .xlsx of
the folders named (with their sub-folders, by name) or every file named is read, computed and
checked exactly as "lkip tabel" and "lkip periksa" do, and becomes ONE row of the sheet Rekap; the
sheet Temuan holds every finding of every file. The report's text (.docx or .pdf with the same
base name, in the same folder) is checked too when there is one. A file that cannot be read
becomes a row saying why: the rekap never stops because of one file. Input files are only read;
the output never replaces an input. Progress goes to stderr.

Options:
  -o, --keluaran <file>     the rekap .xlsx written (required, except with --json)
  --timpa                   may replace an existing <rekap.xlsx>
  --json                    print the rows as ONE JSON array and nothing else on stdout
  -h, --help                this help

Exit codes:
  0  at least one file read
  1  no file could be read, or the rekap could not be written
  2  wrong usage
`,
  },
  usage: {
    prefix: (message: string) => `Wrong usage: ${message}`,
    outputNeedsFile: (flag: string) => `${flag} needs the output file's name, e.g. -o result.xlsx`,
    twice: (flag: string) => `${flag} is given twice`,
    tahunNeeded: "--tahun needs the report year, e.g. --tahun 2024",
    kolomNeeded: '--kolom needs a column choice, e.g. --kolom "Indikator=INDIKATOR TUJUAN"',
    fileNeeded: (name: string) => `--${name} needs a file name, e.g. --${name} "Bab III.docx"`,
    unknownOption: (option: string) => `unknown option: ${option}`,
    tahunInvalid: (written: string) =>
      `--tahun needs the report year in four digits, e.g. --tahun 2024 (written: ${written})`,
    kolomInvalid: (written: string) =>
      `--kolom is written as Kolom=Title, e.g. --kolom "Indikator=INDIKATOR TUJUAN" (written: ${written})`,
    sumberNeeded: (example: string) => `--sumber needs a source and its range, e.g. ${example}`,
    sumberInvalid: (written: string, example: string) =>
      `--sumber "${written}" cannot be read: write the source's name (LKIP_IKU, LKIP_ANGGARAN, LKIP_BELANJA), =, then the sheet and the range, e.g. ${example}`,
    inputToRead: "name the .xlsx file to read",
    inputToCheck: "name the .xlsx file to check",
    oneInput: (given: string) => `only one input file; given: ${given}`,
    outputTabel: "name the output file with -o <output.xlsx>",
    outputBab3: "name the output file with -o <BAB3.docx>",
    rekapInputs: "name the folders or .xlsx files to sum up",
    rekapOutput: "name the output file with -o <rekap.xlsx> (or --json)",
    demoNoArgs: (given: string) => `demo takes no arguments (${given})`,
    unknownCommand: (command: string) => `unknown command: ${command}`,
  },
  unexpected:
    "An unexpected error occurred; no file was changed. Run again with LKIP_DEBUG=1 for the details, and report it with the file if it happens again.",
  unexpectedShort:
    "An unexpected error occurred; no file was changed. Run again with LKIP_DEBUG=1 for the details.",
  tingkat: { galat: "ERROR", peringatan: "WARNING", info: "NOTE" },
  reading: (file: string) => `Reading ${file} …`,
  output: {
    wrongExt: (file: string, ext: string) => `The output file must end in ${ext}: ${file}`,
    isInput: (file: string) =>
      `The output is the input file (${file}). The input file is never replaced; choose another name with -o.`,
    exists: (file: string) =>
      `${file} already exists. Choose another name with -o, or add --timpa to replace it.`,
    folderIsFile: (file: string, folder: string) =>
      `${file} cannot be written: ${folder} is a file, not a folder. Choose another folder with -o.`,
    notDir: (file: string) =>
      `${file} cannot be written: one of the folders on its path is a file, not a folder. Choose another folder with -o.`,
    diskFull: (file: string) =>
      `${file} cannot be written: the disk is full (ENOSPC). No file was written or changed; free some space and run again.`,
    failed: (file: string, code: string | undefined) =>
      `${file} cannot be written${code ? ` (${code})` : ""}. Check the folder, the permission to write there, and whether the file is open in Excel.`,
  },
  tabel: {
    unnamedRange: (range: string) => `range without a name ${range}`,
    tableOn: (sheet: string) => `Excel table on ${sheet}`,
    nameOn: (sheet: string) => `name on ${sheet}`,
    source: (source: string, where: string, rows: number) =>
      `  ${source}: ${where}, ${n(rows, "data row")}`,
    noYear: "No file was written; run again with --tahun.",
    noIku: "LKIP_IKU was not found, so the LKIP tables were not made; no file was written.",
    noTables: "No table could be made; no file was written.",
    built: (title: string, first: number, last: number) => `  ✓ ${title} (rows ${first}–${last})`,
    written: (tables: number, sheet: string, file: string) =>
      `${n(tables, "table")} written to the sheet ${sheet} of the new workbook ${file}`,
    settings: (tahun: number, instansi: string, pembulatan: string) =>
      `  Year ${tahun}${instansi ? `, ${instansi}` : ""}; rounding ${pembulatan}. The input file is not changed.`,
    notBuilt: "Tables not made:",
    notBuiltItem: (id: string, title: string, reason: string) =>
      `  - Table ${id} (${title}): ${reason}`,
    rowsLeftOut: (rows: number) => `Rows left out (${rows}):`,
    otherProblems: (galat: number, peringatan: number, info: number) =>
      `Other problems while reading (${n(galat, "error")}, ${n(peringatan, "warning")}, ${n(info, "note")}):`,
  },
  bab3: {
    noIku: "LKIP_IKU was not found, so Bab III was not made; no file was written.",
    noIndikator:
      "LKIP_IKU holds no indicator that can be read, so Bab III was not made; no file was written.",
    written: (file: string, sasaran: number, tables: number) =>
      `Bab III written to ${file}: ${sasaran} sasaran, ${n(tables, "table")} (Tabel 3.1–3.${tables}). The input file is not changed.`,
    toFill:
      "  The parts highlighted in yellow ([to fill in: …]) wait for your words: the causes of success/failure and the solutions.",
    problems: (n: number) => `Problems while reading (${n}); see also "lkip periksa":`,
  },
  periksa: {
    heading: (file: string) => `Check of ${file}`,
    headingNaskah: (file: string, naskah: string) => `Check of ${file} and the report ${naskah}`,
    none: "  No findings.",
    summary: (count: number, galat: number, peringatan: number, info: number) =>
      `${n(count, "finding")}: ${n(galat, "error")}, ${n(peringatan, "warning")}, ${n(info, "note")}.`,
  },
  rekap: {
    outputIsInput: (file: string) =>
      `The output ${file} is one of the input files. Input files are never replaced; choose another name with -o.`,
    noFiles: (inputs: string) =>
      `No .xlsx file in ${inputs}. Name a folder holding the OPD workbooks, or the files themselves.`,
    crashed: (file: string, why: string) =>
      `${file} could not be processed (${why}); the other files are still summed up.`,
    summary: (files: number, read: number, findings: number) =>
      `${n(files, "file")} summed up: ${read} read, ${files - read} not; ${n(findings, "finding")}.`,
    writtenTo: (file: string) => ` Rekap written to ${file}.`,
  },
  demo: {
    tabel: "== lkip tabel (sample) ==",
    periksa: "== lkip periksa (sample) ==",
    deliberate:
      "(The errors above are deliberate: the sample's Capaian, Kategori, Predikat, Efisiensi and Serapan columns hold the figures printed in the report, its miscalculations included.)",
    result: (file: string) => `Result: ${file}`,
  },
};

export default en;
