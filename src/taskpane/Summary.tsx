/** What a build did: tables written, tables not built and why, rows left out. Scrolled into view. */
import { useEffect, useRef, useState } from "react";
import {
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
} from "@fluentui/react-components";
import { reasonText, type Finding, type Lang } from "../report";
import { copyHtml } from "./clipboard";
import { Findings } from "./Findings";
import type { BuildOutcome } from "./session";
import { useShared } from "./styles";
import { useTexts } from "./texts";

export function Summary(props: {
  outcome: BuildOutcome;
  seq: number;
  onGoTo: (a: string) => void;
  /** Bab III of the same model as HTML and text, in the pane's language. */
  bab3?: (lang: Lang) => Promise<{ html: string; text: string }>;
}) {
  const { outcome, seq, onGoTo, bab3 } = props;
  const [copied, setCopied] = useState<boolean | null>(null);
  const { t, f, language } = useTexts();
  const shared = useShared();
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    ref.current?.scrollIntoView({ block: "nearest" });
    ref.current?.focus();
  }, [seq]);
  const sheet = outcome.write.sheetName;
  // Each left-out row by the problems that left it out, each at its cell.
  const rows: Finding[] = outcome.rowsLeftOut.flatMap((r) => r.temuan);
  return (
    <section
      ref={ref}
      tabIndex={-1}
      className={shared.section}
      aria-labelledby="ringkasan-judul"
      data-testid="ringkasan"
    >
      <MessageBar intent="success" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle id="ringkasan-judul">
            {f(t.summary, { n: outcome.tables.length, sheet })}
          </MessageBarTitle>
        </MessageBarBody>
      </MessageBar>
      <ul className={shared.list}>
        {outcome.tables.map((x) => (
          <li key={x.id}>
            <Text size={200} className={shared.wrap}>
              {x.title}
            </Text>
          </li>
        ))}
      </ul>
      {bab3 ? (
        <>
          <Text weight="semibold">{t.bab3Title}</Text>
          <Button
            appearance="secondary"
            onClick={() => {
              // Built after the click: the clipboard keeps the user's gesture for the write.
              void bab3(language)
                .then((c) => copyHtml(c.html, c.text))
                .then(setCopied, () => setCopied(false));
            }}
          >
            {t.bab3Copy}
          </Button>
          <Text size={200} className={shared.wrap} role="status" data-testid="bab3-status">
            {copied === null ? t.bab3Hint : copied ? t.bab3Copied : t.bab3CopyFailed}
          </Text>
        </>
      ) : null}
      {outcome.write.note ? (
        <Text size={200} className={shared.wrap}>
          {t.writeNotes[outcome.write.note]}
        </Text>
      ) : null}
      {outcome.leftOut.length > 0 ? (
        <>
          <Text weight="semibold">{t.leftOut}</Text>
          <ul className={shared.list}>
            {outcome.leftOut.map((x) => (
              <li key={x.id}>
                <Text
                  size={200}
                  className={shared.wrap}
                >{`${x.title}: ${reasonText(x.reason, language)}`}</Text>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {rows.length > 0 ? (
        <>
          <Text weight="semibold">{f(t.rowsLeftOut, { n: rows.length })}</Text>
          <Findings findings={rows} label={t.rowsLeftOut} empty="" onGoTo={onGoTo} />
        </>
      ) : null}
      <div>
        <Button onClick={() => onGoTo(`'${sheet.replace(/'/g, "''")}'!A1`)}>{t.goToSheet}</Button>
      </div>
    </section>
  );
}
