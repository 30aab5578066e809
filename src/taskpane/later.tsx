/**
 * Parts of the pane that are not on screen at its first paint, each in a `later-*` chunk loaded
 * when first rendered (README, "Kinerja": the first load stays ≤ 250 KB gzip): the template menu
 * (Fluent's Menu and its positioning), the confirmation dialog, "Periksa naskah" (the naskah
 * checker; its readers and pdfjs load later still, on a chosen file), the build's summary (with
 * "Salin Bab III ke Word"), the column/table questions (only when there is one to ask), and the
 * two accordions at the foot of the pane, Tabel yang dibuat and Bantuan (Fluent's Accordion,
 * Checkbox and their motion), in one chunk.
 */
import { Suspense, lazy, useState, type ComponentProps } from "react";
import { Spinner } from "@fluentui/react-components";
import type {
  KolomChoices as KolomChoicesNow,
  SumberChoices as SumberChoicesNow,
} from "./ChoiceForms";
import type { ConfirmDialog as ConfirmDialogNow } from "./ConfirmDialog";
import type { NaskahCheck as NaskahCheckNow } from "./NaskahCheck";
import type { Help as HelpNow } from "./Help";
import type { Summary as SummaryNow } from "./Summary";
import type { TablePicker as TablePickerNow } from "./TablePicker";
import type { TemplateMenu as TemplateMenuNow } from "./TemplateMenu";

const TemplateMenuLater = lazy(() =>
  import(/* webpackChunkName: "later-menu" */ "./TemplateMenu").then((m) => ({
    default: m.TemplateMenu,
  }))
);
const ConfirmDialogLater = lazy(() =>
  import(/* webpackChunkName: "later-confirm" */ "./ConfirmDialog").then((m) => ({
    default: m.ConfirmDialog,
  }))
);
const NaskahCheckLater = lazy(() =>
  import(/* webpackChunkName: "later-naskahcheck" */ "./NaskahCheck").then((m) => ({
    default: m.NaskahCheck,
  }))
);

const SummaryLater = lazy(() =>
  import(/* webpackChunkName: "later-summary" */ "./Summary").then((m) => ({
    default: m.Summary,
  }))
);
const KolomChoicesLater = lazy(() =>
  import(/* webpackChunkName: "later-choices" */ "./ChoiceForms").then((m) => ({
    default: m.KolomChoices,
  }))
);
const SumberChoicesLater = lazy(() =>
  import(/* webpackChunkName: "later-choices" */ "./ChoiceForms").then((m) => ({
    default: m.SumberChoices,
  }))
);

const HelpLater = lazy(() =>
  import(/* webpackChunkName: "later-accordions" */ "./Help").then((m) => ({ default: m.Help }))
);
const TablePickerLater = lazy(() =>
  import(/* webpackChunkName: "later-accordions" */ "./TablePicker").then((m) => ({
    default: m.TablePicker,
  }))
);

export function TemplateMenu(props: ComponentProps<typeof TemplateMenuNow>) {
  return (
    <Suspense fallback={<Spinner size="tiny" />}>
      <TemplateMenuLater {...props} />
    </Suspense>
  );
}

/** Loaded with the first question asked, then kept mounted (so it closes as before). */
export function ConfirmDialog(props: ComponentProps<typeof ConfirmDialogNow>) {
  const [asked, setAsked] = useState(false);
  if (props.confirm && !asked) setAsked(true);
  if (!asked && !props.confirm) return null;
  return (
    <Suspense fallback={null}>
      <ConfirmDialogLater {...props} />
    </Suspense>
  );
}

export function NaskahCheck(props: ComponentProps<typeof NaskahCheckNow>) {
  return (
    <Suspense fallback={<Spinner size="tiny" />}>
      <NaskahCheckLater {...props} />
    </Suspense>
  );
}

export function Summary(props: ComponentProps<typeof SummaryNow>) {
  return (
    <Suspense fallback={<Spinner size="tiny" />}>
      <SummaryLater {...props} />
    </Suspense>
  );
}

/** Nothing to ask, nothing loaded (the component itself renders nothing then). */
export function KolomChoices(props: ComponentProps<typeof KolomChoicesNow>) {
  if (props.questions.length === 0) return null;
  return (
    <Suspense fallback={<Spinner size="tiny" />}>
      <KolomChoicesLater {...props} />
    </Suspense>
  );
}

export function SumberChoices(props: ComponentProps<typeof SumberChoicesNow>) {
  if (props.questions.length === 0) return null;
  return (
    <Suspense fallback={<Spinner size="tiny" />}>
      <SumberChoicesLater {...props} />
    </Suspense>
  );
}

export function Help(props: ComponentProps<typeof HelpNow>) {
  return (
    <Suspense fallback={<Spinner size="tiny" />}>
      <HelpLater {...props} />
    </Suspense>
  );
}

export function TablePicker(props: ComponentProps<typeof TablePickerNow>) {
  return (
    <Suspense fallback={<Spinner size="tiny" />}>
      <TablePickerLater {...props} />
    </Suspense>
  );
}
