/** LKIP_BELANJA rows → spending by type (WORKBOOK.md). */
import { sourceRef } from "./row-reader";
import { resolveHeaders, kolomCalon } from "./columns";
import type { PilihanKolom } from "./columns";
import { miripTotal, walkRows } from "./totals";
import type { BelanjaRow, LeftOutRow, KolomCalon, TotalTertulis } from "./types";
import { temuan } from "../contract";
import type { Finding, RawRange } from "../contract";

export interface BelanjaRead {
  calon: KolomCalon[];
  rows: BelanjaRow[] | null;
  adaRealisasi: boolean;
  findings: Finding[];
  leftOut: LeftOutRow[];
  totalTertulis: TotalTertulis[];
}

export function readBelanja(
  range: RawRange & { source: "LKIP_BELANJA" },
  tahun: number,
  pilihan: PilihanKolom = {}
): BelanjaRead {
  const h = resolveHeaders(range, tahun, pilihan);
  const k = h.columns;
  const adaRealisasi = k.realisasi !== undefined;
  const out: BelanjaRead = {
    rows: null,
    calon: kolomCalon(range, h),
    adaRealisasi,
    findings: [...h.findings],
    leftOut: [],
    totalTertulis: [],
  };
  if (h.missing.length > 0) return out;
  const rows: BelanjaRow[] = [];
  const leftOut: string[] = [];
  walkRows(
    range,
    "LKIP_BELANJA",
    { pagu: k.pagu, realisasi: k.realisasi },
    { read: () => rows.map((_, i) => i), leftOut: () => leftOut },
    out.totalTertulis,
    (row, r) => {
      const jenis = row.text(k.jenis, "Jenis Belanja", true);
      const pagu = row.decimal(k.pagu, "Pagu", true);
      // Optional column, but once it is there every row needs it, or the total would be partial.
      const realisasi = adaRealisasi ? row.decimal(k.realisasi, "Realisasi", true) : null;
      row.sebutTotal(() => miripTotal(range.values[r]));
      out.findings.push(...row.problems, ...row.valueProblems);
      if (row.problems.length > 0 || !jenis || !pagu || (adaRealisasi && !realisasi)) {
        out.leftOut.push({
          source: "LKIP_BELANJA",
          lokasi: row.rowAddr(),
          temuan: row.problems,
        });
        leftOut.push(row.rowAddr());
        return;
      }
      rows.push({ jenis, pagu, realisasi, row: row.rowAddr() });
    }
  );
  if (rows.length === 0 && out.leftOut.length === 0) {
    out.findings.push(
      temuan(
        "SUMBER_KOSONG",
        { sumber: "LKIP_BELANJA" },
        { sumber: "LKIP_BELANJA", cell: sourceRef(range) }
      )
    );
  }
  out.rows = rows;
  return out;
}
