/** Styles shared by the pane's components: Fluent tokens only, sized for a 320 px task pane. */
import { makeStyles, tokens } from "@fluentui/react-components";

export const useShared = makeStyles({
  section: {
    display: "grid",
    // minmax(0, …): a long word or a wide <select> option never widens the pane.
    gridTemplateColumns: "minmax(0, 1fr)",
    rowGap: tokens.spacingVerticalS,
    minWidth: 0,
  },
  /** A button whose label may wrap onto two lines at 320 px instead of overflowing. */
  wrapButton: {
    maxWidth: "100%",
    height: "auto",
    whiteSpace: "normal",
    textAlign: "start",
  },
  fill: {
    minWidth: 0,
    width: "100%",
  },
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  /** Long addresses and sheet names break anywhere rather than push the pane wider. */
  wrap: {
    overflowWrap: "anywhere",
    minWidth: 0,
  },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: "grid",
    rowGap: tokens.spacingVerticalXXS,
  },
  plainList: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "grid",
    rowGap: tokens.spacingVerticalXS,
  },
  row: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
    alignItems: "center",
  },
  muted: {
    color: tokens.colorNeutralForeground3,
  },
});
