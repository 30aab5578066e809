/**
 * The task pane's entry. It stays tiny: in the shared runtime this page also hosts the custom
 * functions, which must register before anything heavy loads, so React and Fluent UI come in a
 * lazily loaded chunk once Office is ready and the pane is on screen (startup.ts).
 */
import { detectHost, explainError, paneVisibility } from "../excel";
import { start } from "./startup";

const container = document.getElementById("container");
if (container) {
  void start({
    detect: (opts) => detectHost(undefined, opts),
    visibility: () => paneVisibility(),
    mount: async (host, onShown) => {
      const { mount } = await import(/* webpackChunkName: "pane" */ "./mount");
      mount(container, host, onShown);
    },
    say: (text) => {
      const p = document.createElement("p");
      p.id = "memuat";
      p.setAttribute("role", "status");
      p.textContent = text;
      container.replaceChildren(p);
    },
    explain: explainError,
  });
}
