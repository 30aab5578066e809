/**
 * Where the data comes from: each source found (with its address) or what it needs, and for a
 * missing one "Gunakan pilihan ini sebagai …" — the pane reads the selection and shows what it
 * recognised before anything is written (the question is the Confirm dialog).
 */
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { SOURCE_NAMES, type LkipModel, type SourceName } from "../report";
import { useShared } from "./styles";
import { useTexts } from "./texts";

const useStyles = makeStyles({
  source: {
    display: "grid",
    rowGap: tokens.spacingVerticalXXS,
    minWidth: 0,
  },
  name: { fontWeight: tokens.fontWeightSemibold },
});

export function Sources(props: {
  model: LkipModel;
  busy: boolean;
  onUseSelection: (source: SourceName) => void;
}) {
  const { model, busy, onUseSelection } = props;
  const { t, f } = useTexts();
  const shared = useShared();
  const s = useStyles();
  return (
    <section className={shared.section} aria-labelledby="sumber-judul">
      <h2 id="sumber-judul" className={shared.heading}>
        {t.sources}
      </h2>
      <ul className={shared.plainList}>
        {SOURCE_NAMES.map((name) => {
          const found = model.sumber[name];
          return (
            <li key={name} className={s.source} data-source={name}>
              <Text size={200} className={shared.wrap}>
                <span className={s.name}>{name}</span>
                {": "}
                {found
                  ? found.dipakai
                    ? found.lokasi
                    : `${found.lokasi} — ${t.sourceUnusable}`
                  : t.sourceMissing}
              </Text>
              {!found ? (
                <>
                  <Text size={200} className={shared.muted}>
                    {t.needs[name]}
                  </Text>
                  <div>
                    <Button
                      size="small"
                      className={shared.wrapButton}
                      disabled={busy}
                      onClick={() => onUseSelection(name)}
                    >
                      {f(t.useSelection, { source: name })}
                    </Button>
                  </div>
                </>
              ) : null}
            </li>
          );
        })}
      </ul>
      <Text size={200}>
        {f(t.counts, {
          indikator: model.indikator.length,
          sasaran: model.sasaran.length,
          anggaran: model.anggaran?.length ?? 0,
          belanja: model.belanja?.length ?? 0,
        })}
        {/* LKIP_TRIWULAN: its rows and the last quarter with a value (what Tabel 13 runs to by default). */}
        {model.triwulan
          ? " · " +
            f(t.countsTriwulan, {
              row: model.triwulan.rows.length,
              tw: ["I", "II", "III", "IV"][(model.triwulan.terakhir ?? 0) - 1] ?? "–",
            })
          : null}
      </Text>
    </section>
  );
}
