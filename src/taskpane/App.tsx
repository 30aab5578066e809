import { useCallback, useEffect, useMemo, useState } from "react";
import {
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Divider,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Radio,
  RadioGroup,
  Select,
  Spinner,
  Switch,
  Tab,
  TabList,
  Text,
} from "@fluentui/react-components";
import {
  SKALA,
  SKALA_KATEGORI,
  SOURCE_NAMES,
  TABLE_SPECS,
  isTahun,
  type Finding,
  type Settings,
} from "../report";
import { FindingList } from "./FindingList";
import { SelfTest } from "./SelfTest";
import type { Texts } from "./i18n";
import {
  analyse,
  build,
  goTo,
  insertSample,
  inspect,
  writeCatatan,
  type BuildOutcome,
  type Env,
  type Inspection,
  type Step,
} from "./session";

type Busy = null | { kind: "build"; step: Step } | { kind: "sample" } | { kind: "catatan" };
/** A sheet the add-in made earlier is replaced only after the user says so. */
type Confirming = null | { sheet: string; action: "tabel" | "catatan" };
const STEPS: Step[] = ["membaca", "menghitung", "menulis"];

export function App({ env, t }: { env: Env; t: Texts }) {
  const [raw, setRaw] = useState<Inspection["raw"] | null>(null);
  const [overrides, setOverrides] = useState<Partial<Settings>>({});
  const [selected, setSelected] = useState<Set<number>>(
    () => new Set(TABLE_SPECS.map((s) => s.id))
  );
  const [busy, setBusy] = useState<Busy>(null);
  const [outcome, setOutcome] = useState<BuildOutcome | null>(null);
  const [confirming, setConfirming] = useState<Confirming>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [tab, setTab] = useState<"tabel" | "periksa">("tabel");

  const reload = useCallback(async () => {
    setError(null);
    try {
      setRaw((await inspect(env)).raw);
    } catch (e) {
      setError(messageOf(e));
    }
  }, [env]);

  useEffect(() => {
    void reload();
  }, [reload]);
  // Shown again (shared runtime): the workbook may have changed while the pane was hidden.
  useEffect(() => env.onShown?.(() => void reload()), [env, reload]);

  // Settings edits re-run the pure model only; Excel is read again when the tables are built.
  const inspection = useMemo(() => (raw ? analyse(raw, overrides) : null), [raw, overrides]);

  const runBuild = async (replace: boolean) => {
    setError(null);
    setOutcome(null);
    setConfirming(null);
    setBusy({ kind: "build", step: "membaca" });
    try {
      const ids = TABLE_SPECS.map((s) => s.id).filter((id) => selected.has(id));
      const result = await build(env, overrides, ids, replace, (step) =>
        setBusy({ kind: "build", step })
      );
      if (result.write.status === "needsConfirmation")
        setConfirming({ sheet: result.write.sheetName, action: "tabel" });
      else setOutcome(result);
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(null);
    }
  };

  const runSample = async () => {
    setError(null);
    setNotice(null);
    setBusy({ kind: "sample" });
    try {
      const sheets = await insertSample(env);
      setNotice(`${t.sampleDone} ${sheets}.`);
      setOverrides({});
      await reload();
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(null);
    }
  };

  const runCatatan = async (replace: boolean) => {
    if (!inspection) return;
    setError(null);
    setNotice(null);
    setConfirming(null);
    setBusy({ kind: "catatan" });
    try {
      const result = await writeCatatan(env, inspection.findings, replace);
      if (result.status === "needsConfirmation")
        setConfirming({ sheet: result.sheetName, action: "catatan" });
      else setNotice(`${t.catatanDone} "${result.sheetName}".`);
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(null);
    }
  };

  const onGoTo = (address: string) => void goTo(env, address).catch((e) => setError(messageOf(e)));

  if (!inspection && !error) {
    return (
      <main style={{ padding: 16 }}>
        <Spinner label={t.loading} />
      </main>
    );
  }

  const model = inspection?.model;
  const findings = inspection?.findings ?? [];
  // Reading problems (rows that cannot go into the tables); the Periksa tab has every finding.
  const problems = model?.findings ?? [];
  const hasIku = Boolean(model?.sumber.LKIP_IKU);

  return (
    <main style={{ padding: 12, display: "grid", gap: 12 }} aria-busy={busy !== null}>
      <Text as="h1" size={500} weight="semibold">
        {t.title}
      </Text>

      {error ? (
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>{t.error}</MessageBarTitle>
            {error}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {notice ? (
        <MessageBar intent="success">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      ) : null}

      <div style={{ display: "flex", gap: 8, flexWrap: "wrap" }}>
        <Button onClick={runSample} disabled={busy !== null}>
          {busy?.kind === "sample" ? t.insertingSample : t.insertSample}
        </Button>
        <Button appearance="subtle" onClick={() => void reload()} disabled={busy !== null}>
          {t.reread}
        </Button>
      </div>

      {model && !hasIku ? (
        <MessageBar intent="warning">
          <MessageBarBody>{t.noIku}</MessageBarBody>
        </MessageBar>
      ) : null}

      <TabList selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as "tabel" | "periksa")}>
        <Tab value="tabel">{t.build}</Tab>
        <Tab value="periksa">{`${t.check} (${findings.length})`}</Tab>
      </TabList>

      {tab === "periksa" ? (
        <section aria-label={t.checkTitle} style={{ display: "grid", gap: 8 }}>
          <Text as="h2" weight="semibold">
            {t.checkTitle}
          </Text>
          <FindingList findings={findings} t={t} empty={t.checkNone} onGoTo={onGoTo} />
          {findings.length > 0 ? (
            <Button onClick={() => void runCatatan(false)} disabled={busy !== null}>
              {t.writeCatatan}
            </Button>
          ) : null}
        </section>
      ) : model ? (
        <>
          <section aria-label={t.sources} style={{ display: "grid", gap: 4 }}>
            <Text as="h2" weight="semibold">
              {t.sources}
            </Text>
            <ul style={{ margin: 0, paddingLeft: 18 }}>
              {SOURCE_NAMES.map((s) => (
                <li key={s}>
                  <Text size={200}>
                    <b>{s}</b>: {model.sumber[s]?.lokasi ?? t.sourceMissing}
                  </Text>
                </li>
              ))}
            </ul>
            <Text size={200}>
              {`${model.indikator.length} ${t.indikator} · ${model.sasaran.length} ${t.sasaran} · ${
                model.anggaran?.length ?? 0
              } ${t.budgetLines} · ${model.belanja?.length ?? 0} ${t.belanja}`}
            </Text>
          </section>

          <Divider />
          <SettingsForm
            settings={model.settings}
            t={t}
            onChange={(o) => setOverrides({ ...overrides, ...o })}
          />

          <Divider />
          <section aria-label={t.problems} style={{ display: "grid", gap: 8 }}>
            <Text as="h2" weight="semibold">
              {`${t.problems} (${problems.length})`}
            </Text>
            <FindingList findings={problems} t={t} empty={t.noProblems} onGoTo={onGoTo} />
          </section>

          <Divider />
          <fieldset style={{ border: "none", padding: 0, margin: 0, display: "grid" }}>
            <legend>
              <Text weight="semibold">{t.tables}</Text>
            </legend>
            {TABLE_SPECS.map((s) => (
              <Checkbox
                key={s.id}
                label={`${s.id}. ${s.nama}`}
                checked={selected.has(s.id)}
                onChange={(_, d) => {
                  const next = new Set(selected);
                  if (d.checked) next.add(s.id);
                  else next.delete(s.id);
                  setSelected(next);
                }}
              />
            ))}
          </fieldset>

          <Button
            appearance="primary"
            size="large"
            onClick={() => void runBuild(false)}
            disabled={busy !== null || selected.size === 0 || !hasIku}
          >
            {t.build}
          </Button>

          {busy?.kind === "build" ? (
            <Field validationMessage={t.steps[busy.step]} validationState="none">
              <ProgressBar value={(STEPS.indexOf(busy.step) + 1) / (STEPS.length + 1)} />
            </Field>
          ) : null}

          {outcome ? <Summary outcome={outcome} t={t} onGoTo={onGoTo} /> : null}
        </>
      ) : null}

      {/* Help area (issue 11 re-homes it): the Excel compatibility self-test. */}
      <Divider />
      <SelfTest env={env} />

      <Dialog
        open={confirming !== null}
        onOpenChange={(_, d) => (d.open ? null : setConfirming(null))}
      >
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{confirming?.sheet}</DialogTitle>
            <DialogContent>{t.confirmReplace}</DialogContent>
            <DialogActions>
              <Button appearance="secondary" onClick={() => setConfirming(null)}>
                {t.cancel}
              </Button>
              <Button
                appearance="primary"
                onClick={() =>
                  void (confirming?.action === "catatan" ? runCatatan(true) : runBuild(true))
                }
              >
                {t.replace}
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </main>
  );
}

function SettingsForm(props: {
  settings: Settings;
  t: Texts;
  onChange: (o: Partial<Settings>) => void;
}) {
  const { settings, t, onChange } = props;
  return (
    <section aria-label={t.settings} style={{ display: "grid", gap: 8 }}>
      <Text as="h2" weight="semibold">
        {t.settings}
      </Text>
      <Field label={t.tahun}>
        <Input
          type="number"
          value={String(settings.tahun)}
          onChange={(_, d) => {
            const tahun = Number(d.value);
            if (isTahun(tahun)) onChange({ tahun });
          }}
        />
      </Field>
      <Field label={t.pembulatan}>
        <RadioGroup
          layout="horizontal"
          value={settings.pembulatan}
          onChange={(_, d) => onChange({ pembulatan: d.value as Settings["pembulatan"] })}
        >
          <Radio value="ROUND" label={t.pembulatanRound} />
          <Radio value="TRUNC" label={t.pembulatanTrunc} />
        </RadioGroup>
      </Field>
      <Field label={t.skala}>
        <Select
          value={settings.skala.id}
          onChange={(_, d) =>
            onChange({ skala: SKALA[d.value as (typeof SKALA_KATEGORI)[number]] })
          }
        >
          {SKALA_KATEGORI.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </Select>
      </Field>
      <Switch
        label={t.batasi}
        checked={settings.batasiCapaian}
        onChange={(_, d) => onChange({ batasiCapaian: d.checked })}
      />
    </section>
  );
}

function Summary(props: { outcome: BuildOutcome; t: Texts; onGoTo: (a: string) => void }) {
  const { outcome, t, onGoTo } = props;
  const sheet = outcome.write.sheetName;
  // Each left-out row by the problems that left it out, each at its cell.
  const rows: Finding[] = outcome.rowsLeftOut.flatMap((r) => r.temuan);
  return (
    <section aria-label={t.summary} role="status" style={{ display: "grid", gap: 8 }}>
      <MessageBar intent="success">
        <MessageBarBody>
          <MessageBarTitle>{t.summary}</MessageBarTitle>
          {`${t.writtenTo} "${sheet}": ${outcome.tables.length}`}
        </MessageBarBody>
      </MessageBar>
      <ul style={{ margin: 0, paddingLeft: 18 }} aria-label={t.tables}>
        {outcome.tables.map((x) => (
          <li key={x.id}>
            <Text size={200}>{x.title}</Text>
          </li>
        ))}
      </ul>
      {outcome.write.note ? <Text size={200}>{outcome.write.note}</Text> : null}
      {outcome.leftOut.length > 0 ? (
        <>
          <Text weight="semibold">{t.leftOut}</Text>
          <ul style={{ margin: 0, paddingLeft: 18 }}>
            {outcome.leftOut.map((x) => (
              <li key={x.id}>
                <Text size={200}>{`${x.title}: ${x.reason}`}</Text>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {rows.length > 0 ? (
        <>
          <Text weight="semibold">{t.rowsLeftOut}</Text>
          <FindingList findings={rows} t={t} empty="" onGoTo={onGoTo} />
        </>
      ) : null}
      <Button onClick={() => onGoTo(`'${sheet.replace(/'/g, "''")}'!A1`)}>{t.goToSheet}</Button>
    </section>
  );
}

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
