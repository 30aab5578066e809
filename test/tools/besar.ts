/**
 * A made-up workbook of n indicators (four per sasaran) with long names, budget lines, an earlier
 * year and a Renstra target: the "40-indicator workbook" the print check renders and tests.
 */
import type { RawCell, RawRange, RawWorkbook, SourceName } from "../../src/report/contract/types";

const rawRange = (
  source: SourceName,
  sheet: string,
  row: number,
  col: number,
  values: RawCell[][]
): RawRange => ({ source, kind: "name", sheet, row, col, values });

/** A workbook of n indicators over n/4 sasaran, with budget lines, earlier years and Renstra. */
export function besar(n: number): RawWorkbook {
  const iku: RawCell[][] = [
    [
      "No",
      "Sasaran",
      "Indikator",
      "Satuan",
      "Formulasi",
      "Target",
      "Realisasi",
      "Realisasi 2023",
      "Target Renstra",
    ],
  ];
  const ang: RawCell[][] = [["Sasaran", "Program", "Kegiatan", "Pagu", "Realisasi"]];
  for (let i = 0; i < n; i++) {
    const s = Math.floor(i / 4) + 1;
    iku.push([
      i + 1,
      `Meningkatnya kualitas layanan bidang ${s} bagi masyarakat kabupaten`,
      `Persentase capaian layanan nomor ${i + 1} yang memenuhi standar pelayanan minimal`,
      "Persen",
      "Jumlah yang memenuhi standar dibagi jumlah seluruhnya dikali seratus",
      80 + (i % 7),
      75 + ((i * 3) % 20),
      70 + (i % 9),
      85,
    ]);
    if (i % 4 === 0)
      ang.push([
        s,
        `Program peningkatan layanan ${s}`,
        `Kegiatan ${s}`,
        1_000_000_000 + i,
        900_000_000 + i,
      ]);
  }
  return {
    ranges: {
      LKIP_INFO: rawRange("LKIP_INFO", "Info", 0, 0, [
        ["Tahun", 2024],
        ["Instansi", "Dinas Contoh"],
      ]),
      LKIP_IKU: rawRange("LKIP_IKU", "IKU", 0, 0, iku),
      LKIP_ANGGARAN: rawRange("LKIP_ANGGARAN", "Ang", 0, 0, ang),
    },
    problems: [],
  };
}
