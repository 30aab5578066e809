/**
 * The task pane's entry. It stays tiny: in the shared runtime this page also hosts the custom
 * functions, which must register before anything heavy loads, so React and Fluent UI come in a
 * lazily loaded chunk once Office is ready.
 */
import { detectHost } from "../excel";

async function start(): Promise<void> {
  const container = document.getElementById("container");
  if (!container) return;
  const host = await detectHost();
  const { mount } = await import(/* webpackChunkName: "pane" */ "./mount");
  mount(container, host);
}

void start();
