import {
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { TEXTS } from "./i18n";

const useStyles = makeStyles({
  root: {
    display: "grid",
    rowGap: tokens.spacingVerticalM,
    paddingTop: tokens.spacingVerticalL,
    paddingBottom: tokens.spacingVerticalL,
    paddingLeft: tokens.spacingHorizontalL,
    paddingRight: tokens.spacingHorizontalL,
  },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    fontWeight: tokens.fontWeightSemibold,
  },
});

/**
 * Outside Office the page still says what it is, instead of crashing or staying blank. There is
 * no Office display language to follow here, so it says it in Indonesian, then in English.
 */
export function NotInExcel() {
  const s = useStyles();
  return (
    <main className={s.root}>
      <h1 className={s.title}>{TEXTS.id.title}</h1>
      {(["id", "en"] as const).map((lang) => (
        <MessageBar key={lang} intent="info" layout="multiline" lang={lang}>
          <MessageBarBody>
            <MessageBarTitle>{TEXTS[lang].notInExcel}</MessageBarTitle>
            {TEXTS[lang].notInExcelHelp}
          </MessageBarBody>
        </MessageBar>
      ))}
    </main>
  );
}
