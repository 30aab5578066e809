/**
 * The pane: one reducer (state.ts) over what was read, every async action through runAction
 * (busy/error), each part in its own component. Content scrolls; the build footer stays in view.
 */
import { Suspense, lazy, useCallback, useEffect, useMemo, useReducer } from "react";
import {
  Button,
  Divider,
  Link,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Tab,
  TabList,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { TABLE_NAMES, type Finding, type Settings, type SourceName } from "../report";
import { BuildFooter } from "./BuildFooter";
import { ConfirmDialog } from "./ConfirmDialog";
import { EmptyState } from "./EmptyState";
import { Findings } from "./Findings";
import { Help } from "./Help";
import { SettingsForm } from "./SettingsForm";
import { Sources } from "./Sources";
import { Summary } from "./Summary";
import { TablePicker } from "./TablePicker";
import {
  adoptSelection,
  analyse,
  build,
  extendRange,
  goTo,
  insertSample,
  insertTemplate,
  inspect,
  previewSelection,
  saveSettings,
  settingsRows,
  writeCatatan,
  type Env,
} from "./session";
import { initialState, reducer, type Confirm } from "./state";
import { useShared } from "./styles";
import { useTexts } from "./texts";
import { useAction } from "./useAction";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    minHeight: "100vh",
    boxSizing: "border-box",
    minWidth: 0,
  },
  content: {
    flexGrow: 1,
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr)",
    rowGap: tokens.spacingVerticalM,
    alignContent: "start",
    paddingTop: tokens.spacingVerticalM,
    paddingBottom: tokens.spacingVerticalL,
    paddingLeft: tokens.spacingHorizontalM,
    paddingRight: tokens.spacingHorizontalM,
  },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
  },
  loading: {
    paddingTop: tokens.spacingVerticalL,
  },
  header: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalS,
  },
});

// The self-test and its Excel code load when Help is opened (its panel mounts only when open), not
// with the pane (README, "Kinerja").
const SelfTest = lazy(() =>
  import(/* webpackChunkName: "later-selftest" */ "./SelfTest").then((m) => ({
    default: m.SelfTest,
  }))
);

export function App({ env }: { env: Env }) {
  const { t, f } = useTexts();
  const s = useStyles();
  const shared = useShared();
  const [state, dispatch] = useReducer(
    reducer,
    TABLE_NAMES.map((x) => x.id),
    initialState
  );
  const act = useAction(dispatch);

  const reload = useCallback(async () => {
    dispatch({ type: "read", raw: (await inspect(env)).raw });
  }, [env]);

  useEffect(() => {
    void act({ kind: "read" }, reload);
  }, [act, reload]);
  // Shown again (shared runtime): the workbook may have changed while the pane was hidden.
  useEffect(() => env.onShown?.(() => void act({ kind: "read" }, reload)), [env, act, reload]);

  // Settings edits re-run the pure model only; Excel is read again when the tables are built.
  const inspection = useMemo(
    () => (state.raw ? analyse(state.raw, state.overrides) : null),
    [state.raw, state.overrides]
  );
  const busy = state.busy !== null;
  const onGoTo = (address: string) =>
    void goTo(env, address).catch((e) =>
      dispatch({ type: "failed", message: e instanceof Error ? e.message : String(e) })
    );

  const runBuild = (replace: boolean) =>
    act({ kind: "build", step: "membaca" }, async () => {
      const result = await build(env, state.overrides, state.tables, replace, (step) =>
        dispatch({ type: "step", step })
      );
      if (result.write.status === "needsConfirmation")
        dispatch({ type: "ask", confirm: { kind: "replaceTabel", sheet: result.write.sheetName } });
      else dispatch({ type: "built", outcome: result });
      await reload();
    });

  const runSample = (replace: boolean) =>
    act({ kind: "sample" }, async () => {
      const r = await insertSample(env, replace);
      if (r.status === "ask") {
        dispatch({ type: "ask", confirm: { kind: "replaceSample", sheets: r.sheets } });
        return;
      }
      dispatch({ type: "notice", message: f(t.sampleDone, { sheets: r.sheets }) });
      await reload();
    });

  const runTemplate = () =>
    act({ kind: "template" }, async () => {
      if (!inspection) return;
      const sheets = await insertTemplate(env, inspection.model);
      dispatch({ type: "notice", message: f(t.templateDone, { sheets }) });
      await reload();
    });

  const runCatatan = (replace: boolean) =>
    act({ kind: "catatan" }, async () => {
      if (!inspection) return;
      const result = await writeCatatan(env, inspection.findings, replace);
      if (result.status === "needsConfirmation")
        dispatch({ type: "ask", confirm: { kind: "replaceCatatan", sheet: result.sheetName } });
      else dispatch({ type: "notice", message: f(t.catatanDone, { sheet: result.sheetName }) });
    });

  const runPreview = (source: SourceName) =>
    act({ kind: "selection" }, async () => {
      const tahun = inspection?.model.settings.tahun ?? new Date().getFullYear() - 1;
      const preview = await previewSelection(env, source, tahun);
      if (preview.selection.rows < preview.recognition.headerRows + 1) {
        dispatch({ type: "failed", message: t.adoptTooSmall });
        return;
      }
      dispatch({ type: "ask", confirm: { kind: "adopt", preview } });
    });

  const runExtend = (source: SourceName, address: string) =>
    act({ kind: "extend" }, async () => {
      await extendRange(env, source, address);
      dispatch({ type: "notice", message: f(t.extended, { source, address }) });
      await reload();
    });

  const askSave = () => {
    if (!inspection) return;
    const values = settingsRows(state.overrides);
    const newSheet = inspection.model.sumber.LKIP_INFO ? null : "LKIP Info";
    dispatch({
      type: "ask",
      confirm: {
        kind: "saveSettings",
        values: newSheet
          ? settingsRows({ ...inspection.model.settings, ...state.overrides })
          : values,
        newSheet,
      },
    });
  };

  const onConfirm = (c: Confirm) => {
    switch (c.kind) {
      case "replaceTabel":
        return void runBuild(true);
      case "replaceCatatan":
        return void runCatatan(true);
      case "replaceSample":
        return void runSample(true);
      case "saveSettings":
        return void act({ kind: "settings" }, async () => {
          if (!inspection || !state.raw) return;
          const address = await saveSettings(env, inspection.model, state.raw, state.overrides);
          dispatch({ type: "settingsSaved", message: f(t.settingsSaved, { address }) });
          await reload();
        });
      case "adopt":
        return void act({ kind: "adopt" }, async () => {
          const address = await adoptSelection(env, c.preview);
          dispatch({
            type: "notice",
            message: f(t.adoptDone, { address, source: c.preview.source }),
          });
          await reload();
        });
    }
  };

  if (!inspection) {
    return (
      <main className={s.root}>
        <div className={s.content}>
          <h1 className={s.title}>{t.title}</h1>
          {state.error ? <ErrorBar message={state.error} /> : null}
          {!state.error ? <Spinner className={s.loading} label={t.loading} /> : null}
        </div>
      </main>
    );
  }

  const { model, findings } = inspection;
  const checkerErrors = findings.filter(
    (x) => x.tingkat === "galat" && !model.findings.includes(x)
  ).length;
  const hasIku = Boolean(model.sumber.LKIP_IKU?.dipakai);
  const nothing = !model.sumber.LKIP_IKU && !model.sumber.LKIP_ANGGARAN;
  const extendAction = (x: Finding) => {
    const source = x.kode === "BARIS_DI_LUAR_RENTANG" ? x.param.sumber : undefined;
    const address = source ? model.perluas[source] : undefined;
    if (!source || !address) return null;
    return (
      <Button size="small" disabled={busy} onClick={() => void runExtend(source, address)}>
        {t.extendRange}
      </Button>
    );
  };
  const changed = Object.keys(state.overrides).length > 0;

  return (
    <main className={s.root} aria-busy={busy}>
      <div className={s.content}>
        <div className={s.header}>
          <h1 className={s.title}>{t.title}</h1>
          <Button
            appearance="subtle"
            size="small"
            disabled={busy}
            onClick={() => void act({ kind: "read" }, reload)}
          >
            {t.reread}
          </Button>
        </div>

        {state.error ? (
          <ErrorBar
            message={state.error}
            onClose={() => dispatch({ type: "dismiss", what: "error" })}
          />
        ) : null}
        {state.notice ? (
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody className={shared.wrap}>{state.notice}</MessageBarBody>
          </MessageBar>
        ) : null}
        {checkerErrors > 0 ? (
          <MessageBar intent="error" layout="multiline" data-testid="banner">
            <MessageBarBody>
              {f(t.bannerErrors, { n: checkerErrors })}{" "}
              <Link as="button" onClick={() => dispatch({ type: "tab", tab: "periksa" })}>
                {t.bannerShow}
              </Link>
            </MessageBarBody>
          </MessageBar>
        ) : null}

        {nothing ? (
          <EmptyState
            busy={busy}
            onUseSelection={() => void runPreview("LKIP_IKU")}
            onTemplate={() => void runTemplate()}
            onSample={() => void runSample(false)}
          />
        ) : null}

        <TabList
          selectedValue={state.tab}
          onTabSelect={(_, d) => dispatch({ type: "tab", tab: d.value as "data" | "periksa" })}
        >
          <Tab value="data">{t.tabData}</Tab>
          <Tab value="periksa">{f(t.tabCheck, { n: findings.length })}</Tab>
        </TabList>

        {state.tab === "periksa" ? (
          <section className={shared.section} aria-labelledby="periksa-judul">
            <h2 id="periksa-judul" className={shared.heading}>
              {t.checkTitle}
            </h2>
            <Findings
              findings={findings}
              label={t.checkTitle}
              empty={t.checkNone}
              onGoTo={onGoTo}
              actionFor={extendAction}
            />
            {findings.length > 0 ? (
              <div>
                <Button disabled={busy} onClick={() => void runCatatan(false)}>
                  {t.writeCatatan}
                </Button>
              </div>
            ) : null}
          </section>
        ) : (
          <>
            {state.outcome ? (
              <Summary outcome={state.outcome} seq={state.outcomeSeq} onGoTo={onGoTo} />
            ) : null}
            <Sources model={model} busy={busy} onUseSelection={(src) => void runPreview(src)} />
            <Divider />
            <section className={shared.section} aria-labelledby="masalah-judul">
              <h2 id="masalah-judul" className={shared.heading}>
                {`${t.problems} (${model.findings.length})`}
              </h2>
              <Findings
                findings={model.findings}
                label={t.problems}
                empty={t.noProblems}
                onGoTo={onGoTo}
                actionFor={extendAction}
              />
            </section>
            <Divider />
            <SettingsForm
              settings={model.settings}
              tahunText={state.tahunText}
              tahunDariJudul={Boolean(model.tahunDariJudul)}
              changed={changed}
              busy={busy}
              onChange={(patch: Partial<Settings>) => dispatch({ type: "override", patch })}
              onTahunText={(text) => dispatch({ type: "tahunText", text })}
              onSave={askSave}
            />
            <TablePicker
              chosen={state.tables}
              onToggle={(id, on) => dispatch({ type: "toggleTable", id, on })}
            />
          </>
        )}
        <Help busy={busy} onTemplate={() => void runTemplate()}>
          <Suspense fallback={<Spinner size="tiny" />}>
            <SelfTest env={env} />
          </Suspense>
        </Help>
      </div>

      <BuildFooter
        step={state.busy?.kind === "build" ? (state.busy.step ?? "membaca") : null}
        disabled={busy || state.tables.length === 0 || !hasIku}
        hint={hasIku ? null : t.needIku}
        onBuild={() => void runBuild(false)}
      />

      <ConfirmDialog
        confirm={state.confirm}
        onCancel={() => dispatch({ type: "dismiss", what: "confirm" })}
        onConfirm={onConfirm}
      />
    </main>
  );
}

function ErrorBar(props: { message: string; onClose?: () => void }) {
  const { t } = useTexts();
  const shared = useShared();
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody className={shared.wrap}>
        <MessageBarTitle>{t.error}</MessageBarTitle>
        {props.message}
      </MessageBarBody>
      {props.onClose ? (
        <MessageBarActions>
          <Button size="small" onClick={props.onClose}>
            {t.close}
          </Button>
        </MessageBarActions>
      ) : null}
    </MessageBar>
  );
}
