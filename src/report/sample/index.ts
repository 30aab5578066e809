/** Sample: the sample report's data as input sheets. */
export { sampleInput } from "./sample";
