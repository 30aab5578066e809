/** Sample: the sample report's data as input sheets. */
export { sampleInput } from "./sample";
export { TEMPLATE_KINDS, templatePlan } from "./template";
export type { TemplateKind, TemplateSheet } from "./template";
