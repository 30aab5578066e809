/** Aggregates in tables (src/core/README.md §6): exact sums and means; the caller rounds by the policy. */
import { LkipError } from "./errors";
import { Decimal } from "./numbers";

export function jumlah(values: Decimal[]): Decimal {
  return values.reduce<Decimal>((acc, v) => acc.plus(v), new Decimal(0));
}

export function rataRata(values: Decimal[], bobot?: Decimal[]): Decimal {
  if (values.length === 0) throw new LkipError("#DIV/0!", "tidak ada nilai untuk dirata-ratakan");
  if (bobot === undefined) return jumlah(values).div(values.length);
  if (bobot.length !== values.length) {
    throw new LkipError(
      "#VALUE!",
      `bobot (${bobot.length} nilai) dan nilai (${values.length}) harus berukuran sama`
    );
  }
  const totalBobot = jumlah(bobot);
  if (totalBobot.isZero())
    throw new LkipError("#DIV/0!", "jumlah bobot 0: rata-rata tertimbang tidak dapat dihitung");
  return jumlah(values.map((v, i) => new Decimal(v).times(bobot[i]))).div(totalBobot);
}
