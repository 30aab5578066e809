/** The lazily loaded part of the pane: React, Fluent UI and the app. */
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { HostInfo } from "../excel";
import { App } from "./App";
import { NotInExcel } from "./NotInExcel";
import { TEXTS } from "./i18n";

/** `onShown` subscribes to the pane being shown again (the App then reads the workbook afresh). */
export function mount(
  container: HTMLElement,
  host: HostInfo,
  onShown?: (cb: () => void) => () => void
): void {
  const t = TEXTS[host.language];
  document.documentElement.lang = host.language;
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      {host.inExcel ? <App env={{ host, onShown }} t={t} /> : <NotInExcel />}
    </FluentProvider>
  );
}
