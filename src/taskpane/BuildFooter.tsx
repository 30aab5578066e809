/**
 * The footer that is always in view: the primary action and, while it works, its progress
 * ("Langkah 3 dari 4: menulis tabel…").
 */
import { Button, Field, ProgressBar, makeStyles, tokens } from "@fluentui/react-components";
import { STEPS, type Step } from "./session";
import { useTexts } from "./texts";

const useStyles = makeStyles({
  footer: {
    position: "sticky",
    bottom: 0,
    zIndex: 1,
    display: "grid",
    rowGap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalM,
    paddingBottom: tokens.spacingVerticalM,
    paddingLeft: tokens.spacingHorizontalM,
    paddingRight: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    boxShadow: tokens.shadow4,
  },
  hint: {
    margin: 0,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground3,
  },
});

export function BuildFooter(props: {
  step: Step | null;
  disabled: boolean;
  hint: string | null;
  onBuild: () => void;
}) {
  const { step, disabled, hint, onBuild } = props;
  const { t, f } = useTexts();
  const s = useStyles();
  const n = step ? STEPS.indexOf(step) + 1 : 0;
  return (
    <footer className={s.footer}>
      <Button appearance="primary" size="large" disabled={disabled} onClick={onBuild}>
        {t.build}
      </Button>
      {step ? (
        <Field
          validationMessage={f(t.stepOf, { n, total: STEPS.length, label: t.steps[step] })}
          validationState="none"
        >
          <ProgressBar value={n / (STEPS.length + 1)} aria-label={t.build} />
        </Field>
      ) : hint ? (
        <p className={s.hint}>{hint}</p>
      ) : null}
    </footer>
  );
}
