/**
 * "Periksa naskah" in the Periksa tab: a file picker (works in task panes) for the report's own text
 * (.docx, or a PDF with text), checked against the workbook the pane has read (periksaNaskah, RULES
 * §15); its findings listed by paragraph with the quoted sentence. Nothing is written anywhere.
 */
import { useMemo, useRef, useState } from "react";
import { Button, Spinner } from "@fluentui/react-components";
import { periksaNaskah, sortByTingkat, temuan, type Finding, type LkipModel } from "../report";
import { Findings } from "./Findings";
import { readNaskahFile, type NaskahRead } from "./naskah";
import { useShared } from "./styles";
import { useTexts } from "./texts";

export function NaskahCheck(props: { model: LkipModel; busy: boolean }) {
  const { model, busy } = props;
  const { t, f } = useTexts();
  const shared = useShared();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<{ name: string; read: NaskahRead | null } | null>(null);

  // Checked again whenever the workbook is read again (the model changes).
  const findings: Finding[] | null = useMemo(() => {
    if (!file?.read) return null;
    if (!file.read.ok)
      return [temuan("NASKAH_TIDAK_TERBACA", { berkas: file.name, masalah: file.read.masalah })];
    return sortByTingkat(periksaNaskah(model, file.read.naskah));
  }, [file, model]);

  const choose = async (picked: File | undefined) => {
    if (!picked) return;
    setFile({ name: picked.name, read: null });
    const read = await readNaskahFile(picked);
    setFile({ name: picked.name, read });
  };

  return (
    <section className={shared.section} aria-labelledby="naskah-judul" data-testid="naskah">
      <h2 id="naskah-judul" className={shared.heading}>
        {t.naskahTitle}
      </h2>
      <p className={shared.muted}>{t.naskahLead}</p>
      <input
        ref={input}
        type="file"
        accept=".docx,.pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/pdf"
        hidden
        data-testid="naskah-file"
        onChange={(e) => {
          void choose(e.currentTarget.files?.[0]);
          e.currentTarget.value = "";
        }}
      />
      <div>
        <Button
          disabled={busy || (file !== null && file.read === null)}
          onClick={() => input.current?.click()}
        >
          {t.naskahChoose}
        </Button>
      </div>
      {file && file.read === null ? (
        <Spinner size="tiny" label={f(t.naskahReading, { name: file.name })} />
      ) : null}
      {file && findings ? (
        <>
          <p className={shared.wrap} role="status">
            {f(t.naskahFile, { name: file.name })}
          </p>
          <Findings
            findings={findings}
            label={t.naskahTitle}
            empty={t.naskahNone}
            onGoTo={() => undefined}
          />
        </>
      ) : null}
    </section>
  );
}
