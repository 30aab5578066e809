/** Sample: the sample report's data as input sheets. */
export { sampleInput } from "./sample";
export { templatePlan } from "./template";
export type { TemplateSheet } from "./template";
