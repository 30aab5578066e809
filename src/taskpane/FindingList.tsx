import { Badge, Link, Text } from "@fluentui/react-components";
import { findingText, formatLokasi } from "../report";
import type { Finding, Tingkat } from "../report";
import type { Texts } from "./i18n";

const INTENT: Record<Tingkat, "danger" | "warning" | "informative"> = {
  galat: "danger",
  peringatan: "warning",
  info: "informative",
};

/** Findings, each with its cell as a link that selects it in the workbook. */
export function FindingList(props: {
  findings: Finding[];
  t: Texts;
  empty: string;
  onGoTo: (address: string) => void;
}) {
  const { findings, t, empty, onGoTo } = props;
  if (findings.length === 0) return <Text>{empty}</Text>;
  return (
    <ul
      aria-label={t.problems}
      style={{ listStyle: "none", padding: 0, margin: 0, display: "grid", gap: 8 }}
    >
      {findings.map((f, i) => (
        <li key={i} data-kode={f.kode} style={{ display: "grid", gap: 2 }}>
          <span style={{ display: "flex", gap: 6, alignItems: "center", flexWrap: "wrap" }}>
            <Badge appearance="tint" color={INTENT[f.tingkat]} size="small">
              {t[f.tingkat]}
            </Badge>
            {f.sel ? (
              <Link as="button" onClick={() => onGoTo(formatLokasi(f))}>
                {formatLokasi(f)}
              </Link>
            ) : null}
          </span>
          <Text size={200}>{findingText(f, t.lang)}</Text>
          {f.nilaiTertulis !== undefined || f.nilaiHitung !== undefined ? (
            <Text size={200} italic>
              {f.nilaiTertulis !== undefined ? `${t.written}: ${f.nilaiTertulis}` : ""}
              {f.nilaiTertulis !== undefined && f.nilaiHitung !== undefined ? " · " : ""}
              {f.nilaiHitung !== undefined ? `${t.computed}: ${f.nilaiHitung}` : ""}
            </Text>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
