/**
 * The input part of the sample report's fixture: what src/report/sample/contoh.json holds. Shared by the
 * generator (make-sample.ts) and the test that asserts contoh.json is exactly this trim.
 */
import type { Contoh } from "../../src/report/sample/sample";

// The fixture's shape, as far as the trim reads it.
interface Fixture {
  instansi: string;
  tahun: number;
  iku: (Contoh["iku"][number] & Record<string, unknown>)[];
  anggaran: Contoh["anggaran"];
  belanja: Contoh["belanja"] & Record<string, unknown>;
}

export function trimFixture(fixture: Fixture): Contoh {
  return {
    sumber:
      "Data masukan dari LKIP 2024 Dinas Sosial Kabupaten Barito Kuala (terbit Februari 2025); 'printed' = yang tercetak di laporan, termasuk salah hitungnya. Dibuat oleh `npm run sample` dari test/fixtures/lkip-dinsos-batola-2024.json; jangan disunting.",
    instansi: fixture.instansi,
    tahun: fixture.tahun,
    iku: fixture.iku.map((i) => ({
      no: i.no,
      sasaran: i.sasaran,
      indikator: i.indikator,
      satuan: i.satuan,
      formulasi: i.formulasi,
      arah: i.arah,
      target: i.target,
      realisasi: i.realisasi,
      realisasi_tahun_lalu: i.realisasi_tahun_lalu,
      target_renstra: i.target_renstra,
      printed: i.printed,
    })),
    anggaran: fixture.anggaran,
    belanja: {
      komposisi: fixture.belanja.komposisi,
      total_pagu: fixture.belanja.total_pagu,
      total_realisasi: fixture.belanja.total_realisasi,
    },
  };
}
