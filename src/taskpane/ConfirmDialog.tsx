/** Every question the pane asks before it writes over something: one dialog, worded per case. */
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Confirm } from "./state";
import { useShared } from "./styles";
import { useTexts } from "./texts";

const useStyles = makeStyles({
  surface: {
    maxWidth: "calc(100vw - 24px)",
    boxSizing: "border-box",
    paddingLeft: tokens.spacingHorizontalL,
    paddingRight: tokens.spacingHorizontalL,
  },
  content: { display: "grid", rowGap: tokens.spacingVerticalS, overflowWrap: "anywhere" },
});

export function ConfirmDialog(props: {
  confirm: Confirm | null;
  onCancel: () => void;
  onConfirm: (c: Confirm) => void;
}) {
  const { confirm, onCancel, onConfirm } = props;
  const { t, f } = useTexts();
  const s = useStyles();
  const shared = useShared();
  if (!confirm) return null;

  let title = "";
  let yes = t.replace;
  let body: React.ReactNode = null;
  switch (confirm.kind) {
    case "replaceTabel":
    case "replaceCatatan":
      title = f(t.confirmReplaceTitle, { sheet: confirm.sheet });
      body = <Text>{t.confirmReplace}</Text>;
      break;
    case "replaceSample":
      title = t.confirmSampleTitle;
      body = <Text>{f(t.confirmSample, { sheets: confirm.sheets.join(", ") })}</Text>;
      break;
    case "saveSettings":
      title = t.confirmSaveTitle;
      yes = t.save;
      body = (
        <>
          <Text>{t.confirmSave}</Text>
          <ul className={shared.list}>
            {confirm.values.map((v) => (
              <li key={v.label}>
                {/* A blank Triwulan is the choice "the last quarter with a value" (its cell emptied). */}
                {`${v.label}: ${v.label === "Triwulan" && v.value === "" ? t.triwulanCleared : v.value}`}
              </li>
            ))}
          </ul>
          {confirm.newSheet ? (
            <Text>{f(t.confirmSaveNew, { sheet: confirm.newSheet })}</Text>
          ) : null}
        </>
      );
      break;
    case "adopt": {
      const p = confirm.preview;
      const r = p.recognition;
      title = f(t.adoptTitle, { address: p.selection.address, source: p.source });
      yes = f(t.adoptConfirm, { source: p.source });
      // A column a group header named ("Realisasi Anggaran"), else one a year did ("Target 2024").
      const example =
        r.recognised.find((c) => r.groups[c.col] !== null)?.header ??
        r.recognised.find((c) => /\d{4}/.test(c.header))?.header ??
        r.headers[0];
      body = (
        <>
          <Text weight="semibold">{t.adoptRecognised}</Text>
          <ul className={shared.list} aria-label={t.adoptRecognised}>
            {r.recognised.map((c) => (
              <li key={c.col}>{c.header === c.label ? c.label : `${c.header} → ${c.label}`}</li>
            ))}
          </ul>
          <Text weight="semibold">{t.adoptMissing}</Text>
          {r.missing.length > 0 ? (
            <ul className={shared.list} aria-label={t.adoptMissing}>
              {r.missing.map((m) => (
                <li key={m}>{m}</li>
              ))}
            </ul>
          ) : (
            <Text>{t.adoptNoneMissing}</Text>
          )}
          {r.ignored.length > 0 ? (
            <Text size={200}>{`${t.adoptIgnored}: ${r.ignored.join(", ")}`}</Text>
          ) : null}
          {r.headerRows > 1 ? <Text size={200}>{f(t.adoptTwoRowExplain, { example })}</Text> : null}
          <Text size={200}>{f(t.adoptExplain, { source: p.source })}</Text>
        </>
      );
      break;
    }
  }

  return (
    <Dialog open onOpenChange={(_, d) => (d.open ? null : onCancel())}>
      <DialogSurface className={s.surface}>
        <DialogBody>
          <DialogTitle className={shared.wrap}>{title}</DialogTitle>
          <DialogContent className={s.content}>{body}</DialogContent>
          <DialogActions>
            <Button appearance="secondary" onClick={onCancel}>
              {t.cancel}
            </Button>
            <Button appearance="primary" onClick={() => onConfirm(confirm)}>
              {yes}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
