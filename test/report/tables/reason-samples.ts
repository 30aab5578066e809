import { tidakDibuat, type LeftOutReason } from "../../../src/report/tables/reasons";

/** Sample parameters for every code: a new code without samples fails the first test. */
export const REASON_SAMPLES: Record<string, LeftOutReason[]> = {
  SUMBER_TIDAK_ADA: [tidakDibuat("SUMBER_TIDAK_ADA", { sumber: "LKIP_ANGGARAN" })],
  SUMBER_TIDAK_TERBACA: [tidakDibuat("SUMBER_TIDAK_TERBACA", { sumber: "LKIP_IKU" })],
  SUMBER_KOSONG: (["LKIP_IKU", "LKIP_ANGGARAN", "LKIP_BELANJA", "LKIP_TRIWULAN"] as const).flatMap(
    (sumber) =>
      [true, false].map((lihatTemuan) => tidakDibuat("SUMBER_KOSONG", { sumber, lihatTemuan }))
  ),
  TAHUN_LALU_TIDAK_ADA: [tidakDibuat("TAHUN_LALU_TIDAK_ADA", {})],
  TAHUN_LALU_KOSONG: [tidakDibuat("TAHUN_LALU_KOSONG", {})],
  RENSTRA_TIDAK_ADA: [tidakDibuat("RENSTRA_TIDAK_ADA", {})],
  RENSTRA_KOSONG: [tidakDibuat("RENSTRA_KOSONG", {})],
  TRIWULAN_KOSONG: [tidakDibuat("TRIWULAN_KOSONG", {})],
};
