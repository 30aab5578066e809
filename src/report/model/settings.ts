/**
 * Settings from LKIP_INFO (WORKBOOK.md): rows of (key, value). A first row of headers such as
 * "Kunci | Nilai" is simply a key nobody knows, so it is ignored like any other unknown key.
 */
import { LkipError, SKALA, parsePembulatan, parseSkala, parseYesNo } from "../../core";
import type { SkalaId } from "../../core";
import { refAddress, temuan } from "../contract";
import { cellError, cellText, isBlankCell } from "./row-reader";
import { KOSAKATA, normalizeHeader } from "./columns";
import type { PilihanKolom } from "./columns";
import type { Settings } from "./types";
import type { ReasonPengaturan, CellRef, Finding, RawCell, RawRange } from "../contract";

type Key = keyof Settings;

const KEYS: Record<string, Key> = {
  instansi: "instansi",
  tahun: "tahun",
  pembulatan: "pembulatan",
  skala: "skala",
  batasicapaianefisiensi: "batasiCapaian",
  batasicapaian: "batasiCapaian",
  triwulan: "triwulan",
  tw: "triwulan",
};

const LABEL: Record<Key, string> = {
  instansi: "Instansi",
  tahun: "Tahun",
  pembulatan: "Pembulatan",
  skala: "Skala",
  batasiCapaian: "Batasi Capaian Efisiensi",
  triwulan: "Triwulan",
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
  /** `Kolom {kolom}` rows: the user's column choices (WORKBOOK "Headers by meaning"). */
  kolom: PilihanKolom;
  findings: Finding[];
}

/** "Kolom Indikator" → "Indikator" (the WORKBOOK name), or null when it is no column's key. */
export function kolomKey(key: string): string | null {
  const m = /^\s*kolom\s+(.+)$/i.exec(key);
  if (!m) return null;
  const k = KOSAKATA.find((v) => normalizeHeader(v.label) === normalizeHeader(m[1]));
  return k ? k.label : null;
}

/** LKIP_INFO's own settings, before anything the pane chose (what "Simpan" would change). */
export function savedSettings(info: RawRange | undefined): Settings {
  return readSettings(info).settings;
}

export function readSettings(
  info: RawRange | undefined,
  overrides: Partial<Settings> = {}
): SettingsRead {
  const settings = defaultSettings();
  const address: Partial<Record<Key, string>> = {};
  const findings: Finding[] = [];
  const kolom: PilihanKolom = {};
  const dipakai: Partial<Record<Key, CellRef>> = {}; // where each key was first written

  info?.values.forEach((row, r) => {
    const keyCell = row[0] ?? null;
    if (isBlankCell(keyCell) || cellError(keyCell) !== null) return;
    const label = kolomKey(cellText(keyCell));
    const header = row[1] ?? null;
    if (label !== null) {
      if (!isBlankCell(header) && cellError(header) === null && kolom[label] === undefined)
        kolom[label] = cellText(header).trim();
      return;
    }
    const key = KEYS[normalizeHeader(cellText(keyCell))];
    if (key === undefined) return;
    const at = (c: number): CellRef => ({
      sheet: info.sheet,
      row: info.row + r,
      col: info.col + c,
    });
    const first = dipakai[key];
    if (first !== undefined) {
      findings.push(
        temuan(
          "PENGATURAN_GANDA",
          { kunci: LABEL[key], dipakai: first },
          { sumber: "LKIP_INFO", cell: at(0) }
        )
      );
      return;
    }
    dipakai[key] = at(1);
    address[key] = refAddress(at(1));
    const value = row[1] ?? null;
    const reason = apply(settings, key, value);
    if (reason !== null) {
      delete address[key];
      delete dipakai[key];
      findings.push(
        temuan(
          "PENGATURAN_TIDAK_SAH",
          { kunci: LABEL[key], reason, bawaan: describe(settings, key) },
          { sumber: "LKIP_INFO", cell: at(1), tertulis: cellText(value) }
        )
      );
    }
  });

  for (const key of Object.keys(overrides) as Key[]) {
    if (overrides[key] === undefined) continue;
    (settings as unknown as Record<Key, unknown>)[key] = overrides[key];
    delete address[key];
  }
  return { settings, lokasi: address, kolom, findings };
}

/** Set the setting from the cell; the reason it is not valid, or null. */
function apply(s: Settings, key: Key, value: RawCell): ReasonPengaturan | null {
  const code = cellError(value);
  if (code !== null) return { jenis: "galatExcel", galat: code };
  const tertulis = cellText(value);
  try {
    switch (key) {
      case "instansi":
        s.instansi = isBlankCell(value) ? null : tertulis;
        return null;
      case "tahun": {
        if (isBlankCell(value)) return null;
        const t = typeof value === "number" ? value : Number(tertulis.trim());
        if (!isTahun(t)) return { jenis: "tahun", tertulis };
        s.tahun = t;
        return null;
      }
      case "pembulatan":
        s.pembulatan = parsePembulatan(value);
        return null;
      case "skala": {
        // WORKBOOK.md allows only these two here: other PREDIKAT scales are not kategori bands.
        const skala = parseSkala(value);
        if (!(SKALA_KATEGORI as readonly string[]).includes(skala.id))
          return { jenis: "skala", tertulis };
        s.skala = skala;
        return null;
      }
      case "batasiCapaian": {
        const b = parseYaTidak(value);
        if (b === null) return { jenis: "yaTidak", tertulis };
        s.batasiCapaian = b;
        return null;
      }
      case "triwulan": {
        if (isBlankCell(value)) return null;
        const n = parseTriwulan(tertulis);
        if (n === null) return { jenis: "triwulan", tertulis };
        s.triwulan = n;
        return null;
      }
    }
  } catch (e) {
    if (!(e instanceof LkipError)) throw e;
    return { jenis: "inti", inti: e.reason };
  }
}

/** The scales LKIP_INFO and the pane offer for the kategori tables (Tabel 4, 5). */
export const SKALA_KATEGORI = ["kategori", "permendagri86"] as const satisfies readonly SkalaId[];

/** A report year LKIP_INFO and the pane accept. */
export function isTahun(t: number): boolean {
  return Number.isInteger(t) && t >= 1900 && t <= 2999;
}

/** "3", "III", "TW III", "Triwulan 3" → 3; null when it is no quarter. */
function parseTriwulan(text: string): number | null {
  const t = text
    .trim()
    .toUpperCase()
    .replace(/^(TRIWULAN|TW|Q)\s*/, "");
  const n = ["I", "II", "III", "IV"].indexOf(t) + 1 || Number(t);
  return Number.isInteger(n) && n >= 1 && n <= 4 ? n : null;
}

function parseYaTidak(value: RawCell): boolean | null {
  if (isBlankCell(value)) return false;
  if (typeof value === "boolean") return value;
  return parseYesNo(cellText(value));
}

/** The value in use, as the message shows it (null: no agency name). */
function describe(s: Settings, key: Key): string | null {
  switch (key) {
    case "instansi":
      return s.instansi;
    case "tahun":
      return String(s.tahun);
    case "pembulatan":
      return s.pembulatan;
    case "skala":
      return s.skala.id;
    case "batasiCapaian":
      return s.batasiCapaian ? "Ya" : "Tidak";
    case "triwulan":
      return typeof s.triwulan === "number" ? String(s.triwulan) : "triwulan terakhir yang terisi";
  }
}
