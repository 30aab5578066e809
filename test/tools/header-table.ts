/**
 * The README's table of accepted headers, generated from the one vocabulary in
 * src/report/model/columns.ts so that it cannot drift: `npx tsx test/tools/header-table.ts --write`
 * rewrites the block between the markers in README.md; test/readme.test.ts checks it.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { KOSAKATA } from "../../src/report/model/columns";
import { LABEL_TOTAL } from "../../src/report/model/totals";

export const START = "<!-- judul-kolom:awal (dibuat oleh test/tools/header-table.ts) -->";
export const END = "<!-- judul-kolom:akhir -->";

const SOURCES = ["LKIP_IKU", "LKIP_ANGGARAN", "LKIP_BELANJA"] as const;

export function headerTable(): string {
  const rows = KOSAKATA.map((k) => {
    const where = SOURCES.filter((s) => k.sources[s] !== undefined)
      .map((s) => `\`${s}\`${k.sources[s] ? " (wajib)" : ""}`)
      .join(", ");
    const only = SOURCES.flatMap((s) => (k.only?.[s] ?? []).map((a) => `\`${a}\` (hanya ${s})`));
    const names = [...k.aliases.map((a) => `\`${a}\``), ...only].join(", ");
    return `| ${k.label} | ${names || "—"} | ${where} |`;
  });
  return [
    START,
    "| kolom | judul lain yang diterima | sumber |",
    "|---|---|---|",
    ...rows,
    "",
    `\`{tahun}\` = tahun laporan; \`{tahun akhir}\` = tahun terakhir Renstra (lebih dari tahun laporan). Di \`LKIP_IKU\`, \`Realisasi {tahun sebelumnya}\` (mis. \`Realisasi 2023\`) dan \`Realisasi Tahun Lalu\` adalah realisasi tahun-tahun lalu; \`Target\` atau \`Capaian\` tahun lain, \`Realisasi\` tahun sesudah tahun laporan, dan judul yang tidak dikenal tidak dibaca — pemeriksaan menyebut setiap kolom itu (info) di sel judulnya. Baris total di dalam rentang dikenali dari teksnya: ${LABEL_TOTAL.map((l) => `"${l}"`).join(", ")} (RULES §11).`,
    "",
    `**Judul menurut maknanya / Headers by meaning.** Judul yang tidak ada di daftar dibaca dari kata pertamanya (sesudah No./penomoran): \`INDIKATOR TUJUAN\` adalah Indikator, \`Target Kinerja Tahun Ini\` adalah Target — kecuali kolom itu sudah dipakai judul yang persis, atau kata berikutnya menyebut tingkat anggaran yang lebih rendah (\`Indikator Program\`, \`Target Kegiatan\`: kolom program/kegiatan itu sendiri, diabaikan). \`Target Akhir RPJMD (2021)\` atau \`Target Akhir Periode …\` adalah Target Akhir Renstra (target akhir rencana jangka menengah, Renstra perangkat daerah atau RPJMD kabupaten), tidak pernah Target tahun ini. Setiap pembacaan seperti itu disebut (info) di sel judulnya. Bila kolom wajib tetap tidak ada, pemeriksaan menyebut judul-judul yang mungkin dimaksud; pilihan Anda disimpan di \`LKIP_INFO\` sebagai \`Kolom Indikator\` = \`INDIKATOR TUJUAN\` (atau \`lkip --kolom "Indikator=INDIKATOR TUJUAN"\`). *A header not in the list is read by its first word (\`Target Akhir RPJMD (2021)\` by its first words: the plan's end-of-period target); a required column still missing names the candidate headers; a choice is saved as \`Kolom …\` in LKIP_INFO.*`,
    END,
  ].join("\n");
}

/** The README with its header-table block replaced by the generated one. */
export function withHeaderTable(readme: string): string {
  const a = readme.indexOf(START);
  const b = readme.indexOf(END);
  if (a < 0 || b < 0) throw new Error("README.md has no header-table markers");
  return readme.slice(0, a) + headerTable() + readme.slice(b + END.length);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const readme = readFileSync("README.md", "utf8");
  if (process.argv.includes("--write")) writeFileSync("README.md", withHeaderTable(readme));
  else console.log(headerTable());
}
