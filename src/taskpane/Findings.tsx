/**
 * Findings a person reads: grouped by kind with counts, one line each (the cell as a link that
 * selects it, the message in the UI's language cut to one line); a click opens the whole message
 * and the written and right values.
 */
import { useId, useState, type ReactNode } from "react";
import {
  Badge,
  Link,
  makeStyles,
  mergeClasses,
  shorthands,
  tokens,
} from "@fluentui/react-components";
import { findingText, formatAddress, type Finding, type Tingkat } from "../report";
import { useShared } from "./styles";
import { useTexts } from "./texts";

const INTENT: Record<Tingkat, "danger" | "warning" | "informative"> = {
  galat: "danger",
  peringatan: "warning",
  info: "informative",
};
const ORDER: Tingkat[] = ["galat", "peringatan", "info"];

const useStyles = makeStyles({
  group: {
    display: "grid",
    rowGap: tokens.spacingVerticalXS,
    minWidth: 0,
  },
  groupTitle: {
    margin: 0,
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  item: {
    display: "grid",
    gridTemplateColumns: "auto minmax(0, 1fr)",
    columnGap: tokens.spacingHorizontalS,
    alignItems: "baseline",
    minWidth: 0,
  },
  cell: {
    overflowWrap: "anywhere",
    fontSize: tokens.fontSizeBase200,
    maxWidth: "9rem",
    textAlign: "start",
  },
  toggle: {
    minWidth: 0,
    display: "block",
    width: "100%",
    textAlign: "start",
    backgroundColor: "transparent",
    ...shorthands.border("0"),
    ...shorthands.padding("0"),
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    cursor: "pointer",
    whiteSpace: "nowrap",
    overflowX: "hidden",
    overflowY: "hidden",
    textOverflow: "ellipsis",
    ":hover": { textDecorationLine: "underline" },
    ":focus-visible": {
      outlineStyle: "solid",
      outlineWidth: tokens.strokeWidthThick,
      outlineColor: tokens.colorStrokeFocus2,
    },
  },
  open: {
    whiteSpace: "normal",
    overflowWrap: "anywhere",
  },
  details: {
    gridColumnStart: 1,
    gridColumnEnd: 3,
    display: "grid",
    rowGap: tokens.spacingVerticalXXS,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
    paddingLeft: tokens.spacingHorizontalM,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}`,
    overflowWrap: "anywhere",
  },
  closed: { display: "none" },
  kutipan: {
    gridColumnStart: 1,
    gridColumnEnd: 3,
    fontSize: tokens.fontSizeBase200,
    fontStyle: "italic",
    color: tokens.colorNeutralForeground2,
    overflowWrap: "anywhere",
  },
  action: {
    gridColumnStart: 1,
    gridColumnEnd: 3,
  },
});

function groupTitle(kode: string, groups: Record<string, string>): string {
  if (groups[kode]) return groups[kode];
  const words = kode.toLowerCase().split("_").join(" ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export interface FindingsProps {
  findings: Finding[];
  label: string;
  empty: string;
  onGoTo: (address: string) => void;
  /** Something to do about a finding (e.g. "Perluas rentang"), shown under its line. */
  actionFor?: (f: Finding) => ReactNode;
}

export function Findings(props: FindingsProps) {
  const { findings, label, empty, onGoTo, actionFor } = props;
  const { t, f } = useTexts();
  const s = useStyles();
  const shared = useShared();
  if (findings.length === 0) return <p className={shared.muted}>{empty}</p>;

  // Groups by tingkat, then kode, in the order the findings come (already sorted by the checker).
  const groups = new Map<string, Finding[]>();
  for (const tingkat of ORDER)
    for (const x of findings.filter((y) => y.tingkat === tingkat)) {
      const k = `${tingkat}:${x.kode}`;
      groups.set(k, [...(groups.get(k) ?? []), x]);
    }
  const count = (tk: Tingkat) => findings.filter((x) => x.tingkat === tk).length;

  return (
    <div className={shared.section} aria-label={label} role="group">
      <p className={shared.muted}>
        {f(t.tingkatCounts, {
          galat: count("galat"),
          peringatan: count("peringatan"),
          info: count("info"),
        })}
      </p>
      {[...groups.entries()].map(([k, items]) => {
        const tingkat = items[0].tingkat;
        return (
          <section key={k} className={s.group} aria-label={groupTitle(items[0].kode, t.groups)}>
            <h3 className={s.groupTitle}>
              <Badge appearance="tint" color={INTENT[tingkat]} size="small">
                {t.tingkat[tingkat]}
              </Badge>
              <span className={shared.wrap}>
                {`${groupTitle(items[0].kode, t.groups)} (${items.length})`}
              </span>
            </h3>
            <ul className={shared.plainList}>
              {items.map((x, i) => (
                <FindingLine key={i} finding={x} onGoTo={onGoTo} action={actionFor?.(x)} />
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}

function FindingLine(props: { finding: Finding; onGoTo: (a: string) => void; action: ReactNode }) {
  const { finding: x, onGoTo, action } = props;
  const { t, f, language } = useTexts();
  const s = useStyles();
  const [open, setOpen] = useState(false);
  const id = useId();
  const address = formatAddress(x);
  // The message in the UI's language, from the findings catalogue.
  const pesan = findingText(x, language);
  const hasValues = x.nilaiTertulis !== undefined || x.nilaiHitung !== undefined;
  return (
    <li className={s.item} data-kode={x.kode}>
      {x.naskah ? (
        <span className={s.cell} title={x.naskah.file}>{`¶${x.naskah.paragraf}`}</span>
      ) : address ? (
        <Link
          as="button"
          className={s.cell}
          onClick={() => onGoTo(address)}
          aria-label={f(t.goToCell, { address: address })}
        >
          {address}
        </Link>
      ) : (
        <span className={s.cell}>—</span>
      )}
      <button
        type="button"
        className={mergeClasses(s.toggle, open && s.open)}
        aria-expanded={open}
        aria-controls={hasValues ? id : undefined}
        onClick={() => setOpen(!open)}
      >
        {pesan}
      </button>
      {x.naskah ? (
        // The sentence (or table row) the number is in, always in view: it is how one finds it.
        <q className={s.kutipan}>{x.naskah.kutipan}</q>
      ) : null}
      {hasValues ? (
        <div id={id} className={mergeClasses(s.details, !open && s.closed)}>
          <span>
            {x.nilaiTertulis !== undefined ? `${t.written}: ${x.nilaiTertulis}` : ""}
            {x.nilaiTertulis !== undefined && x.nilaiHitung !== undefined ? " · " : ""}
            {x.nilaiHitung !== undefined ? `${t.computed}: ${x.nilaiHitung}` : ""}
          </span>
        </div>
      ) : null}
      {action ? <div className={s.action}>{action}</div> : null}
    </li>
  );
}
