/**
 * Help, folded at the bottom: what the pane reads and writes, the functions' help, the empty
 * template (the sample is offered only while the workbook has no data: EmptyState).
 */
import type { ReactNode } from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Link,
  Text,
} from "@fluentui/react-components";
import type { TemplateKind } from "../report";
import { useShared } from "./styles";
import { TemplateMenu } from "./later";
import { useTexts } from "./texts";

export function Help(props: {
  busy: boolean;
  onTemplate: (kind: TemplateKind) => void;
  children?: ReactNode;
}) {
  const { busy, onTemplate, children } = props;
  const { t } = useTexts();
  const shared = useShared();
  return (
    <Accordion collapsible>
      <AccordionItem value="bantuan">
        <AccordionHeader>{t.help}</AccordionHeader>
        <AccordionPanel>
          <div className={shared.section}>
            <Text size={200}>{t.helpBody}</Text>
            <Link href="bantuan.html" target="_blank">
              {t.helpFunctions}
            </Link>
            <div>
              <TemplateMenu size="small" busy={busy} onTemplate={onTemplate} />
            </div>
            {/* The Excel compatibility self-test (SelfTest.tsx). */}
            {children}
          </div>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
