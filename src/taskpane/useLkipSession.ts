/**
 * The pane's state and every action on it, without markup: one reducer (state.ts) over what was
 * read, every async action through `useAction` (busy/error), the model re-run on each settings
 * edit. `App.tsx` renders what this returns, as Fluent v9 pairs `X.tsx` with `useX.ts`. A new pane
 * action is one function here (its flow in session.ts) and one control in a component.
 */
import { useCallback, useEffect, useMemo, useReducer } from "react";
import {
  TABLE_NAMES,
  savedSettings,
  type Finding,
  type Settings,
  type SourceName,
  type TemplateKind,
} from "../report";
import {
  adoptSelection,
  analyse,
  build,
  extendRange,
  goTo,
  insertSample,
  insertTemplate,
  inspect,
  newInfoRows,
  previewSelection,
  saveSettings,
  settingsRows,
  writeCatatan,
  type Env,
} from "./session";
import { initialState, reducer, type Confirm, type PaneState, type Tab } from "./state";
import {
  kolomPlan,
  kolomQuestions,
  saveKolom,
  sumberQuestions,
  type KolomPlan,
  type KolomQuestion,
  type SumberQuestion,
} from "./choices";
import { useTexts } from "./texts";
import { useAction } from "./useAction";

export type Inspection = ReturnType<typeof analyse>;

export interface LkipSession {
  state: PaneState;
  /** The model and findings for the current settings; null until the first read is in. */
  inspection: Inspection | null;
  busy: boolean;
  /** Errors the checker found beyond the model's own (the banner's count). */
  checkerErrors: number;
  /** LKIP_IKU is read: the tables can be built. */
  hasIku: boolean;
  /** Nobody gave the report year: the pane asks before building (issue 21). */
  tahunTidakAda: boolean;
  /** Neither LKIP_IKU nor LKIP_ANGGARAN: the empty state is shown. */
  nothing: boolean;
  /** Settings were edited in the pane and not saved. */
  changed: boolean;
  /** The Triwulan LKIP_INFO holds (before the pane's choice); absent when none is saved. */
  triwulanTersimpan: number | null | undefined;
  /** The name and address a finding's "extend the range" action would write, if it has one. */
  extendFor: (x: Finding) => { source: SourceName; address: string } | null;
  reread: () => void;
  goTo: (address: string) => void;
  build: (replace: boolean) => void;
  sample: (replace: boolean) => void;
  /** "Sisipkan templat kosong" of the annual report or of the quarterly form. */
  template: (kind: TemplateKind) => void;
  catatan: (replace: boolean) => void;
  preview: (source: SourceName) => void;
  extend: (source: SourceName, address: string) => void;
  askSave: () => void;
  confirm: (c: Confirm) => void;
  cancelConfirm: () => void;
  dismissError: () => void;
  setTab: (tab: Tab) => void;
  override: (patch: Partial<Settings>) => void;
  setTahunText: (text: string) => void;
  toggleTable: (id: number, on: boolean) => void;
  /** Missing required columns with candidate headers: the pane offers them as a choice. */
  kolomQuestions: KolomQuestion[];
  /** The header picked for a question (the first candidate until another is picked). */
  kolomPicked: (q: KolomQuestion) => string;
  /** Where saving a question's choice would write (said before the click). */
  kolomPlan: (q: KolomQuestion) => KolomPlan | null;
  pickKolom: (q: KolomQuestion, judul: string) => void;
  /** "Pakai kolom ini": the `Kolom …` row saved in LKIP_INFO, then the workbook read again. */
  saveKolom: (q: KolomQuestion) => void;
  /** Sources several unnamed blocks read equally well as (SUMBER_CALON). */
  sumberQuestions: SumberQuestion[];
  /** A block chosen: selected in Excel and previewed as "Gunakan pilihan ini" previews. */
  chooseSumber: (source: SourceName, address: string) => void;
}

export function useLkipSession(env: Env): LkipSession {
  const { t, f } = useTexts();
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
  const triwulanTersimpan = useMemo(
    () => (state.raw ? savedSettings(state.raw.ranges.LKIP_INFO).triwulan : undefined),
    [state.raw]
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

  const runTemplate = (kind: TemplateKind) =>
    act({ kind: "template" }, async () => {
      if (!inspection) return;
      const sheets = await insertTemplate(env, inspection.model, kind);
      // Every source of that form is already there: nothing is written, and the pane says so.
      const message = sheets ? f(t.templateDone, { sheets }) : t.templateNothing[kind];
      dispatch({ type: "notice", message });
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

  const runPreview = (source: SourceName, address?: string) =>
    act({ kind: "selection" }, async () => {
      // A block the reader found (SUMBER_CALON) is selected first, so the person sees it.
      if (address) await goTo(env, address);
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
        values: newSheet ? newInfoRows(inspection.model, state.overrides) : values,
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
          const r = await saveSettings(env, inspection.model, state.raw, state.overrides);
          if (r.status === "rowsTaken") {
            dispatch({ type: "failed", message: f(t.infoRowTaken, { address: r.address }) });
            return;
          }
          dispatch({ type: "settingsSaved", message: f(t.settingsSaved, { address: r.address }) });
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

  const model = inspection?.model;
  const findings = inspection?.findings ?? [];
  const kolomPicked = (q: KolomQuestion) => state.kolomPick[q.key] ?? q.calon[0]?.judul ?? "";
  const runSaveKolom = (q: KolomQuestion) =>
    act({ kind: "kolom" }, async () => {
      if (!state.raw) return;
      const judul = kolomPicked(q);
      const r = await saveKolom(env, state.raw, q.kolom, judul);
      if (r.status === "rowsTaken") {
        dispatch({ type: "failed", message: f(t.infoRowTaken, { address: r.address }) });
        return;
      }
      dispatch({
        type: "notice",
        message: f(t.kolomSaved, { kolom: q.kolom, judul, address: r.address }),
      });
      await reload();
    });
  return {
    state,
    inspection,
    busy,
    checkerErrors: model
      ? findings.filter((x) => x.tingkat === "galat" && !model.findings.includes(x)).length
      : 0,
    // Mid-year LKIP_TRIWULAN alone is a report (WORKBOOK.md): Tabel 13 can be built from it.
    hasIku: Boolean(model?.sumber.LKIP_IKU?.dipakai || model?.sumber.LKIP_TRIWULAN?.dipakai),
    tahunTidakAda: model?.tahunAsal?.jenis === "tidakAda",
    nothing: Boolean(
      model && !model.sumber.LKIP_IKU && !model.sumber.LKIP_ANGGARAN && !model.sumber.LKIP_TRIWULAN
    ),
    changed: Object.keys(state.overrides).length > 0,
    triwulanTersimpan,
    extendFor: (x) => {
      const source = x.kode === "BARIS_DI_LUAR_RENTANG" ? x.param.sumber : undefined;
      const address = source ? model?.perluas[source] : undefined;
      return source && address ? { source, address } : null;
    },
    reread: () => void act({ kind: "read" }, reload),
    goTo: (address) =>
      void goTo(env, address).catch((e) =>
        dispatch({ type: "failed", message: e instanceof Error ? e.message : String(e) })
      ),
    build: (replace) => void runBuild(replace),
    sample: (replace) => void runSample(replace),
    template: (kind) => void runTemplate(kind),
    catatan: (replace) => void runCatatan(replace),
    preview: (source) => void runPreview(source),
    extend: (source, address) => void runExtend(source, address),
    askSave,
    confirm: onConfirm,
    cancelConfirm: () => dispatch({ type: "dismiss", what: "confirm" }),
    dismissError: () => dispatch({ type: "dismiss", what: "error" }),
    setTab: (tab) => dispatch({ type: "tab", tab }),
    override: (patch) => dispatch({ type: "override", patch }),
    setTahunText: (text) => dispatch({ type: "tahunText", text }),
    toggleTable: (id, on) => dispatch({ type: "toggleTable", id, on }),
    kolomQuestions: model ? kolomQuestions(model) : [],
    kolomPicked,
    kolomPlan: (q) => (state.raw ? kolomPlan(state.raw, q.kolom) : null),
    pickKolom: (q, judul) => dispatch({ type: "pickKolom", key: q.key, judul }),
    saveKolom: (q) => void runSaveKolom(q),
    sumberQuestions: model ? sumberQuestions(model) : [],
    chooseSumber: (source, address) => void runPreview(source, address),
  };
}
