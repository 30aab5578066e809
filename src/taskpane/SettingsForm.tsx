/**
 * Settings for this pane, over LKIP_INFO's; "Simpan ke LKIP_INFO" keeps them (after a question).
 * The Tahun field holds what is typed, so it can be cleared and retyped.
 */
import {
  Button,
  Field,
  Input,
  Radio,
  RadioGroup,
  Select,
  Switch,
  Text,
} from "@fluentui/react-components";
import { SKALA, SKALA_KATEGORI, refAddress, type Settings, type TahunAsal } from "../report";
import { parseTahunText } from "./state";
import { useShared } from "./styles";
import { useTexts } from "./texts";

const ROMAWI = ["I", "II", "III", "IV"];

export function SettingsForm(props: {
  settings: Settings;
  tahunText: string | null;
  /** Where the year came from (issue 21: said, never guessed); `tidakAda` → the pane asks. */
  tahunAsal: TahunAsal | undefined;
  /** Whether the workbook has LKIP_INFO (else the settings are not "read from" it). */
  adaInfo: boolean;
  changed: boolean;
  busy: boolean;
  onChange: (patch: Partial<Settings>) => void;
  onTahunText: (text: string) => void;
  onSave: () => void;
  /** LKIP_TRIWULAN's last quarter with a value (null: none yet); absent without LKIP_TRIWULAN. */
  triwulanTerakhir?: number | null;
  /** The Triwulan LKIP_INFO holds, before the pane's choice (absent: none saved). */
  triwulanTersimpan?: number | null;
}) {
  const { settings, tahunText, tahunAsal, adaInfo, changed, busy, onChange, onTahunText, onSave } =
    props;
  const { t } = useTexts();
  const shared = useShared();
  const ask = tahunAsal?.jenis === "tidakAda";
  // A year nobody gave is never shown as if it were the report's: the field starts empty.
  const text = tahunText ?? (ask ? "" : String(settings.tahun));
  const invalid = parseTahunText(text) === null;
  const asal =
    tahunAsal?.jenis === "info"
      ? t.tahunFromInfo
      : tahunAsal?.jenis === "judul"
        ? t.tahunFromHeaders
        : tahunAsal?.jenis === "judulLembar"
          ? t.tahunFromTitle.replace("{cell}", refAddress(tahunAsal.cell))
          : tahunAsal?.jenis === "pilihan"
            ? t.tahunChosen
            : undefined;
  return (
    <section className={shared.section} aria-labelledby="pengaturan-judul">
      <h2 id="pengaturan-judul" className={shared.heading}>
        {t.settings}
      </h2>
      <Text size={200} className={shared.muted}>
        {adaInfo ? t.settingsFrom : t.settingsNoInfo}
      </Text>
      <Field
        label={t.tahun}
        validationState={invalid ? "error" : "none"}
        validationMessage={ask && text === "" ? t.tahunAsk : invalid ? t.tahunInvalid : asal}
      >
        <Input
          inputMode="numeric"
          maxLength={4}
          value={text}
          onChange={(_, d) => onTahunText(d.value)}
        />
      </Field>
      <Field label={t.pembulatan}>
        <RadioGroup
          value={settings.pembulatan}
          onChange={(_, d) => onChange({ pembulatan: d.value as Settings["pembulatan"] })}
        >
          <Radio value="ROUND" label={t.pembulatanRound} />
          <Radio value="TRUNC" label={t.pembulatanTrunc} />
        </RadioGroup>
      </Field>
      <Field label={t.skala}>
        <Select
          className={shared.fill}
          select={{ className: shared.fill }}
          value={settings.skala.id}
          onChange={(_, d) =>
            onChange({ skala: SKALA[d.value as (typeof SKALA_KATEGORI)[number]] })
          }
        >
          {SKALA_KATEGORI.map((s) => (
            <option key={s} value={s}>
              {t.skalaNames[s]}
            </option>
          ))}
        </Select>
      </Field>
      {props.triwulanTerakhir !== undefined ? (
        <Field label={t.triwulan}>
          <Select
            className={shared.fill}
            select={{ className: shared.fill }}
            aria-label={t.triwulan}
            value={typeof settings.triwulan === "number" ? String(settings.triwulan) : ""}
            onChange={(_, d) =>
              onChange({
                // Back to the last quarter with a value: over a saved Triwulan that is a choice
                // of its own (null; saving blanks the cell), otherwise simply no choice.
                triwulan:
                  d.value !== ""
                    ? Number(d.value)
                    : typeof props.triwulanTersimpan === "number"
                      ? null
                      : undefined,
              })
            }
          >
            <option value="">
              {t.triwulanTerakhir.replace("{tw}", ROMAWI[(props.triwulanTerakhir ?? 1) - 1] ?? "–")}
            </option>
            {ROMAWI.map((r, i) => (
              <option key={r} value={String(i + 1)}>
                {t.triwulanKe.replace("{tw}", r)}
              </option>
            ))}
          </Select>
        </Field>
      ) : null}
      <Switch
        label={t.batasi}
        checked={settings.batasiCapaian}
        onChange={(_, d) => onChange({ batasiCapaian: d.checked })}
      />
      <div>
        <Button disabled={!changed || invalid || busy} onClick={onSave}>
          {t.saveSettings}
        </Button>
      </div>
    </section>
  );
}
