/** The sample data's own words in English: the same keys as sample.id.ts. */
import type { SampleWords } from "./sample.id";

const en: SampleWords = {
  triwulanNote:
    "Example: the quarterly figures are invented for demonstration (not the report's); realisasi up to Q4 equals the year's realisasi in Data IKU.",
};

export default en;
