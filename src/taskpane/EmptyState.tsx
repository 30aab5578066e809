/** A workbook with no LKIP data: what the pane needs, and the three ways to get there. */
import {
  Button,
  Link,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import type { TemplateKind } from "../report";
import { useShared } from "./styles";
import { TemplateMenu } from "./later";
import { useTexts } from "./texts";

export function EmptyState(props: {
  busy: boolean;
  onUseSelection: () => void;
  onTemplate: (kind: TemplateKind) => void;
  onSample: () => void;
}) {
  const { busy, onUseSelection, onTemplate, onSample } = props;
  const { t, f } = useTexts();
  const shared = useShared();
  return (
    <section className={shared.section} aria-labelledby="kosong-judul">
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle id="kosong-judul">{t.emptyTitle}</MessageBarTitle>
          {t.emptyBody}
        </MessageBarBody>
      </MessageBar>
      <div className={shared.row}>
        <Button
          appearance="secondary"
          className={shared.wrapButton}
          disabled={busy}
          onClick={onUseSelection}
        >
          {f(t.useSelection, { source: "LKIP_IKU" })}
        </Button>
        <TemplateMenu busy={busy} onTemplate={onTemplate} />
        <Link as="button" disabled={busy} onClick={onSample}>
          {t.trySample}
        </Link>
      </div>
    </section>
  );
}
