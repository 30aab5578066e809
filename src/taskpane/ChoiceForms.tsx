/**
 * The reader's questions to the person (issue 21): which header is a missing required column
 * (candidates as a radio group, saved in LKIP_INFO only on "Pakai kolom ini", with what will be
 * written said first), and which of several equally good unnamed blocks is a source (each a
 * button that selects the block and opens the same preview as "Gunakan pilihan ini").
 */
import {
  Button,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import type { KolomPlan, KolomQuestion, SumberQuestion } from "./choices";
import { useShared } from "./styles";
import { useTexts } from "./texts";

const useStyles = makeStyles({
  question: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr)",
    rowGap: tokens.spacingVerticalXS,
    minWidth: 0,
  },
  radio: { minWidth: 0 },
});

export function KolomChoices(props: {
  questions: KolomQuestion[];
  picked: (q: KolomQuestion) => string;
  plan: (q: KolomQuestion) => KolomPlan | null;
  busy: boolean;
  onPick: (q: KolomQuestion, judul: string) => void;
  onSave: (q: KolomQuestion) => void;
}) {
  const { t, f } = useTexts();
  const shared = useShared();
  const s = useStyles();
  if (props.questions.length === 0) return null;
  return (
    <section className={shared.section} aria-labelledby="kolom-judul" data-testid="pilih-kolom">
      <h2 id="kolom-judul" className={shared.heading}>
        {t.kolomTitle}
      </h2>
      {props.questions.map((q) => {
        const label = f(t.kolomQuestion, { sumber: q.sumber, kolom: q.kolom });
        const plan = props.plan(q);
        const id = `kolom-${q.key.replace(/[^A-Za-z0-9]/g, "-")}`;
        return (
          <div key={q.key} className={s.question} data-kolom={q.kolom}>
            <Text id={id} size={200} weight="semibold" className={shared.wrap}>
              {label}
            </Text>
            <RadioGroup
              aria-labelledby={id}
              value={props.picked(q)}
              onChange={(_, d) => props.onPick(q, d.value)}
            >
              {q.calon.map((c) => (
                <Radio
                  key={c.judul}
                  className={s.radio}
                  value={c.judul}
                  label={
                    <span className={shared.wrap}>
                      {f(t.kolomCandidate, { judul: c.judul, lokasi: c.lokasi })}
                    </span>
                  }
                />
              ))}
            </RadioGroup>
            {plan ? <PlanText plan={plan} kolom={q.kolom} /> : null}
            <div>
              <Button
                size="small"
                className={shared.wrapButton}
                disabled={props.busy || plan?.kind === "rowTaken"}
                onClick={() => props.onSave(q)}
              >
                {t.kolomUse}
              </Button>
            </div>
          </div>
        );
      })}
    </section>
  );
}

/** What the click will write, in one sentence; the refusal when the row under LKIP_INFO is taken. */
function PlanText({ plan, kolom }: { plan: KolomPlan; kolom: string }) {
  const { t, f } = useTexts();
  const shared = useShared();
  if (plan.kind === "rowTaken")
    return (
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody className={shared.wrap}>
          {f(t.infoRowTaken, { address: plan.address })}
        </MessageBarBody>
      </MessageBar>
    );
  const text =
    plan.kind === "new"
      ? f(t.kolomWillNew, { kolom, sheet: plan.sheet })
      : plan.kind === "cell"
        ? f(t.kolomWillCell, { kolom, address: plan.address, was: plan.was })
        : f(t.kolomWillAppend, { kolom, address: plan.address });
  return (
    <Text size={200} className={mergeClasses(shared.wrap, shared.muted)}>
      {text}
    </Text>
  );
}

export function SumberChoices(props: {
  questions: SumberQuestion[];
  busy: boolean;
  onChoose: (source: SumberQuestion["sumber"], address: string) => void;
}) {
  const { t, f } = useTexts();
  const shared = useShared();
  const s = useStyles();
  if (props.questions.length === 0) return null;
  return (
    <section
      className={shared.section}
      aria-labelledby="sumber-pilih-judul"
      data-testid="pilih-sumber"
    >
      <h2 id="sumber-pilih-judul" className={shared.heading}>
        {t.sumberTitle}
      </h2>
      {props.questions.map((q) => (
        <div key={q.sumber} className={s.question} data-sumber={q.sumber}>
          <Text size={200} className={shared.wrap}>
            {f(t.sumberQuestion, { sumber: q.sumber })}
          </Text>
          <ul className={shared.plainList}>
            {q.calon.map((c) => (
              <li key={c.address}>
                <Button
                  size="small"
                  className={shared.wrapButton}
                  disabled={props.busy}
                  onClick={() => props.onChoose(q.sumber, c.address)}
                >
                  {f(t.sumberUse, { address: c.address })}
                </Button>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
