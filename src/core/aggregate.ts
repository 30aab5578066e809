/** Aggregates in tables (src/core/README.md §6): exact sums and means; the caller rounds by the policy. */
import { LkipError } from "./errors";
import { Decimal } from "./numbers";

export function jumlah(values: Decimal[]): Decimal {
  return values.reduce<Decimal>((acc, v) => acc.plus(v), new Decimal(0));
}

export function rataRata(values: Decimal[], bobot?: Decimal[]): Decimal {
  if (values.length === 0) throw new LkipError("#DIV/0!", { kode: "RATA_TANPA_NILAI" });
  if (bobot === undefined) return jumlah(values).div(values.length);
  if (bobot.length !== values.length) {
    throw new LkipError("#VALUE!", {
      kode: "BOBOT_UKURAN",
      bobot: bobot.length,
      nilai: values.length,
    });
  }
  const totalBobot = jumlah(bobot);
  if (totalBobot.isZero()) throw new LkipError("#DIV/0!", { kode: "BOBOT_NOL" });
  return jumlah(values.map((v, i) => new Decimal(v).times(bobot[i]))).div(totalBobot);
}
