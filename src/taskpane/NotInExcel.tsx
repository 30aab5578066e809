import { MessageBar, MessageBarBody, MessageBarTitle, Text } from "@fluentui/react-components";
import { TEXTS } from "./i18n";

/**
 * Outside Office the page still says what it is, instead of crashing or staying blank. There is
 * no Office display language to follow here, so it says it in Indonesian, then in English.
 */
export function NotInExcel() {
  return (
    <main style={{ padding: 16, display: "grid", gap: 12 }}>
      <Text as="h1" size={500} weight="semibold">
        {TEXTS.id.title}
      </Text>
      {(["id", "en"] as const).map((lang) => (
        <MessageBar key={lang} intent="info" lang={lang}>
          <MessageBarBody>
            <MessageBarTitle>{TEXTS[lang].notInExcel}</MessageBarTitle>
            {TEXTS[lang].notInExcelHelp}
          </MessageBarBody>
        </MessageBar>
      ))}
    </main>
  );
}
