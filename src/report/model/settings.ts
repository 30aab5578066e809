/**
 * Settings from LKIP_INFO (WORKBOOK.md): rows of (key, value). A first row of headers such as
 * "Kunci | Nilai" is simply a key nobody knows, so it is ignored like any other unknown key.
 */
import { LkipError, SKALA, parsePembulatan, parseSkala, parseYesNo } from "../../core";
import type { SkalaId } from "../../core";
import { cellAddress } from "../contract";
import { cellError, cellText, isBlankCell } from "./row-reader";
import { normalizeHeader } from "./columns";
import type { Settings } from "./types";
import type { Finding, RawCell, RawRange } from "../contract";

type Key = keyof Settings;

const KEYS: Record<string, Key> = {
  instansi: "instansi",
  tahun: "tahun",
  pembulatan: "pembulatan",
  skala: "skala",
  batasicapaianefisiensi: "batasiCapaian",
  batasicapaian: "batasiCapaian",
};

const LABEL: Record<Key, string> = {
  instansi: "Instansi",
  tahun: "Tahun",
  pembulatan: "Pembulatan",
  skala: "Skala",
  batasiCapaian: "Batasi Capaian Efisiensi",
};

export function defaultSettings(now: Date = new Date()): Settings {
  return {
    instansi: null,
    tahun: now.getFullYear() - 1,
    pembulatan: "ROUND",
    skala: SKALA.kategori,
    batasiCapaian: false,
  };
}

export interface SettingsRead {
  settings: Settings;
  lokasi: Partial<Record<Key, string>>;
  findings: Finding[];
}

export function readSettings(
  info: RawRange | undefined,
  overrides: Partial<Settings> = {}
): SettingsRead {
  const settings = defaultSettings();
  const lokasi: Partial<Record<Key, string>> = {};
  const findings: Finding[] = [];

  info?.values.forEach((row, r) => {
    const keyCell = row[0] ?? null;
    if (isBlankCell(keyCell) || cellError(keyCell) !== null) return;
    const key = KEYS[normalizeHeader(cellText(keyCell))];
    if (key === undefined) return;
    const addr = cellAddress(info.sheet, info.row + r, info.col + 1);
    if (lokasi[key] !== undefined) {
      findings.push({
        tingkat: "galat",
        kode: "PENGATURAN_GANDA",
        pesan: `${LABEL[key]} ditulis dua kali di LKIP_INFO; yang dipakai ${lokasi[key]}. Hapus salah satunya.`,
        lokasi: cellAddress(info.sheet, info.row + r, info.col),
      });
      return;
    }
    lokasi[key] = addr;
    const value = row[1] ?? null;
    try {
      apply(settings, key, value);
    } catch (e) {
      if (!(e instanceof LkipError)) throw e;
      delete lokasi[key];
      findings.push({
        tingkat: "galat",
        kode: "PENGATURAN_TIDAK_SAH",
        pesan: `${LABEL[key]} di LKIP_INFO: ${e.message}. Sampai diperbaiki, dipakai nilai bawaan (${describe(settings, key)}).`,
        lokasi: addr,
        nilai_tertulis: cellText(value),
      });
    }
  });

  for (const key of Object.keys(overrides) as Key[]) {
    if (overrides[key] === undefined) continue;
    (settings as unknown as Record<Key, unknown>)[key] = overrides[key];
    delete lokasi[key];
  }
  return { settings, lokasi, findings };
}

function apply(s: Settings, key: Key, value: RawCell): void {
  const code = cellError(value);
  if (code !== null) throw new LkipError("#VALUE!", `sel berisi galat ${code}`);
  switch (key) {
    case "instansi":
      s.instansi = isBlankCell(value) ? null : cellText(value);
      return;
    case "tahun":
      if (isBlankCell(value)) return;
      s.tahun = parseTahun(value);
      return;
    case "pembulatan":
      s.pembulatan = parsePembulatan(value);
      return;
    case "skala": {
      // WORKBOOK.md allows only these two here: other PREDIKAT scales are not kategori bands.
      const skala = parseSkala(value);
      if (!(SKALA_KATEGORI as readonly string[]).includes(skala.id))
        throw new LkipError(
          "#VALUE!",
          `"${cellText(value)}" tidak dikenal; isi ${SKALA_KATEGORI.join(" atau ")}`
        );
      s.skala = skala;
      return;
    }
    case "batasiCapaian":
      s.batasiCapaian = parseYaTidak(value);
      return;
  }
}

function parseTahun(value: RawCell): number {
  const t = typeof value === "number" ? value : Number(cellText(value).trim());
  if (isTahun(t)) return t;
  throw new LkipError(
    "#VALUE!",
    `"${cellText(value)}" bukan tahun; isi tahun laporan empat angka, misalnya 2024`
  );
}

/** The scales LKIP_INFO and the pane offer for the kategori tables (Tabel 4, 5). */
export const SKALA_KATEGORI = ["kategori", "permendagri86"] as const satisfies readonly SkalaId[];

/** A report year LKIP_INFO and the pane accept. */
export function isTahun(t: number): boolean {
  return Number.isInteger(t) && t >= 1900 && t <= 2999;
}

function parseYaTidak(value: RawCell): boolean {
  if (isBlankCell(value)) return false;
  if (typeof value === "boolean") return value;
  const yes = parseYesNo(cellText(value));
  if (yes !== null) return yes;
  throw new LkipError("#VALUE!", `"${cellText(value)}" tidak dikenal; isi Ya atau Tidak`);
}

function describe(s: Settings, key: Key): string {
  switch (key) {
    case "instansi":
      return s.instansi ?? "tanpa nama instansi";
    case "tahun":
      return String(s.tahun);
    case "pembulatan":
      return s.pembulatan;
    case "skala":
      return s.skala.id;
    case "batasiCapaian":
      return s.batasiCapaian ? "Ya" : "Tidak";
  }
}
