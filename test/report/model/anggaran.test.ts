import { describe, expect, it } from "vitest";
import { sasaranKey } from "../../../src/report/model/anggaran";
import type { AnggaranRow } from "../../../src/report/model/types";

/** Only the two fields the key reads; the rest of a budget line does not matter to it. */
const line = (sasaran: number | null, tertulis: string) =>
  ({ sasaran, sasaranTertulis: { value: tertulis, lokasi: "'A'!A2" } }) as unknown as AnggaranRow;

describe("sasaranKey", () => {
  it("groups by the matched sasaran number whatever the written text", () => {
    expect(sasaranKey(line(1, "Meningkatnya X"))).toBe(sasaranKey(line(1, "lain")));
    expect(sasaranKey(line(1, "X"))).not.toBe(sasaranKey(line(2, "X")));
  });

  it("groups unmatched lines by their text, spaces and case ignored, apart from numbered ones", () => {
    expect(sasaranKey(line(null, " Meningkatnya  X "))).toBe(
      sasaranKey(line(null, "meningkatnya x"))
    );
    expect(sasaranKey(line(null, "1"))).not.toBe(sasaranKey(line(1, "1")));
  });
});
