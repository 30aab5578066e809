/**
 * "Uji kecocokan Excel" in the pane's help area: runs src/excel/selftest.ts against this Excel and
 * shows pass/fail per item, with a block to copy into a support message. No Office.js here.
 */
import { useState } from "react";
import {
  Button,
  Caption1,
  Spinner,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import {
  runSelfTest,
  SELF_TEST_SIZE,
  SELF_TEST_WORDS,
  selfTestText,
  type SelfTestItem,
  type SelfTestReport,
} from "../excel";
import type { Env } from "./session";

const useStyles = makeStyles({
  root: { display: "grid", rowGap: tokens.spacingVerticalS },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: "grid",
    rowGap: tokens.spacingVerticalXS,
  },
  ok: { color: tokens.colorPaletteGreenForeground1 },
  bad: { color: tokens.colorPaletteRedForeground1 },
  block: { fontFamily: tokens.fontFamilyMonospace, minHeight: "8em" },
});

export function SelfTest({ env }: { env: Env }) {
  const lang = env.host.language;
  const t = SELF_TEST_WORDS[lang].pane;
  const styles = useStyles();
  const [items, setItems] = useState<SelfTestItem[]>([]);
  const [report, setReport] = useState<SelfTestReport | null>(null);
  const [busy, setBusy] = useState(false);
  const [copied, setCopied] = useState(false);

  const run = async () => {
    setBusy(true);
    setItems([]);
    setReport(null);
    setCopied(false);
    try {
      const r = await runSelfTest({
        run: env.run,
        host: env.host,
        onItem: (i) => setItems((xs) => [...xs, i]),
      });
      setReport(r);
    } finally {
      setBusy(false);
    }
  };
  const text = report ? selfTestText(report, lang) : "";

  return (
    <section className={styles.root} aria-labelledby="uji-kecocokan" data-testid="uji-kecocokan">
      <Text as="h2" id="uji-kecocokan" weight="semibold">
        {t.title}
      </Text>
      <Caption1>{t.intro}</Caption1>
      <div>
        <Button onClick={() => void run()} disabled={busy}>
          {busy ? t.running : t.run}
        </Button>
      </div>
      {busy ? <Spinner size="tiny" label={`${items.length}/${SELF_TEST_SIZE}`} /> : null}
      {items.length > 0 ? (
        <ul className={styles.list}>
          {items.map((i) => (
            <li key={i.id} data-ok={i.ok}>
              <span className={i.ok ? styles.ok : styles.bad}>{i.ok ? "✓" : "✗"}</span>{" "}
              {i.title[lang]} <Caption1>— {i.detail[lang]}</Caption1>
            </li>
          ))}
        </ul>
      ) : null}
      {report ? (
        <>
          <Text>
            {report.items.filter((i) => i.ok).length}/{report.items.length} {t.passed}
          </Text>
          <Textarea
            aria-label={t.block}
            className={styles.block}
            value={text}
            readOnly
            resize="vertical"
          />
          <div>
            <Button
              onClick={() =>
                void navigator.clipboard
                  ?.writeText(text)
                  .then(() => setCopied(true))
                  .catch(() => undefined)
              }
            >
              {copied ? t.copied : t.copy}
            </Button>
          </div>
        </>
      ) : null}
    </section>
  );
}
