/**
 * The pane: layout and tabs over `useLkipSession` (useLkipSession.ts: the state, every action),
 * each part in its own component. Content scrolls; the build footer stays in view.
 */
import { Suspense, lazy } from "react";
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
import type { Finding } from "../report";
import { BuildFooter } from "./BuildFooter";
import {
  ConfirmDialog,
  Help,
  KolomChoices,
  NaskahCheck,
  SumberChoices,
  Summary,
  TablePicker,
} from "./later";
import { EmptyState } from "./EmptyState";
import { Findings } from "./Findings";
import { SettingsForm } from "./SettingsForm";
import { Sources } from "./Sources";
import { bab3Clipboard, type Env } from "./session";
import type { Tab as PaneTab } from "./state";
import { useShared } from "./styles";
import { useTexts } from "./texts";
import { useLkipSession } from "./useLkipSession";

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
  const session = useLkipSession(env);
  const { state, inspection, busy } = session;

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
  const extendAction = (x: Finding) => {
    const target = session.extendFor(x);
    if (!target) return null;
    return (
      <Button
        size="small"
        disabled={busy}
        onClick={() => session.extend(target.source, target.address)}
      >
        {t.extendRange}
      </Button>
    );
  };

  return (
    <main className={s.root} aria-busy={busy}>
      <div className={s.content}>
        <div className={s.header}>
          <h1 className={s.title}>{t.title}</h1>
          <Button appearance="subtle" size="small" disabled={busy} onClick={session.reread}>
            {t.reread}
          </Button>
        </div>

        {state.error ? <ErrorBar message={state.error} onClose={session.dismissError} /> : null}
        {state.notice ? (
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody className={shared.wrap}>{state.notice}</MessageBarBody>
          </MessageBar>
        ) : null}
        {session.checkerErrors > 0 ? (
          <MessageBar intent="error" layout="multiline" data-testid="banner">
            <MessageBarBody>
              {f(t.bannerErrors, { n: session.checkerErrors })}{" "}
              <Link as="button" onClick={() => session.setTab("periksa")}>
                {t.bannerShow}
              </Link>
            </MessageBarBody>
          </MessageBar>
        ) : null}

        {/* Tied unnamed tables are data already: the question below is asked instead. */}
        {session.nothing && session.sumberQuestions.length === 0 ? (
          <EmptyState
            busy={busy}
            onUseSelection={() => session.preview("LKIP_IKU")}
            onTemplate={session.template}
            onSample={() => session.sample(false)}
          />
        ) : null}

        <TabList
          selectedValue={state.tab}
          onTabSelect={(_, d) => session.setTab(d.value as PaneTab)}
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
              onGoTo={session.goTo}
              actionFor={extendAction}
            />
            {findings.length > 0 ? (
              <div>
                <Button disabled={busy} onClick={() => session.catatan(false)}>
                  {t.writeCatatan}
                </Button>
              </div>
            ) : null}
            <Divider />
            <NaskahCheck model={model} busy={busy} />
          </section>
        ) : (
          <>
            {state.outcome ? (
              <Summary
                outcome={state.outcome}
                seq={state.outcomeSeq}
                onGoTo={session.goTo}
                bab3={(lang) => bab3Clipboard(model, lang)}
              />
            ) : null}
            <SumberChoices
              questions={session.sumberQuestions}
              busy={busy}
              onChoose={session.chooseSumber}
            />
            <KolomChoices
              questions={session.kolomQuestions}
              picked={session.kolomPicked}
              plan={session.kolomPlan}
              busy={busy}
              onPick={session.pickKolom}
              onSave={session.saveKolom}
            />
            <Sources model={model} busy={busy} onUseSelection={session.preview} />
            <Divider />
            <section className={shared.section} aria-labelledby="masalah-judul">
              <h2 id="masalah-judul" className={shared.heading}>
                {`${t.problems} (${model.findings.length})`}
              </h2>
              <Findings
                findings={model.findings}
                label={t.problems}
                empty={t.noProblems}
                onGoTo={session.goTo}
                actionFor={extendAction}
              />
            </section>
            <Divider />
            <SettingsForm
              settings={model.settings}
              tahunText={state.tahunText}
              tahunAsal={model.tahunAsal}
              adaInfo={Boolean(model.sumber.LKIP_INFO)}
              changed={session.changed}
              busy={busy}
              onChange={session.override}
              onTahunText={session.setTahunText}
              onSave={session.askSave}
              triwulanTerakhir={model.triwulan ? model.triwulan.terakhir : undefined}
              triwulanTersimpan={session.triwulanTersimpan}
            />
            <TablePicker chosen={state.tables} onToggle={session.toggleTable} />
          </>
        )}
        <Help busy={busy} onTemplate={session.template}>
          <Suspense fallback={<Spinner size="tiny" />}>
            <SelfTest env={env} />
          </Suspense>
        </Help>
      </div>

      <BuildFooter
        step={state.busy?.kind === "build" ? (state.busy.step ?? "membaca") : null}
        disabled={busy || state.tables.length === 0 || !session.hasIku || session.tahunTidakAda}
        hint={!session.hasIku ? t.needIku : session.tahunTidakAda ? t.tahunAsk : null}
        onBuild={() => session.build(false)}
      />

      <ConfirmDialog
        confirm={state.confirm}
        onCancel={session.cancelConfirm}
        onConfirm={session.confirm}
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
