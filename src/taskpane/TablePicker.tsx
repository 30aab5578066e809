/** Which of the 12 standard tables to build: folded by default (all chosen), so the pane stays short. */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Checkbox,
  makeStyles,
} from "@fluentui/react-components";
import { TABLE_NAMES } from "../report";
import { useTexts } from "./texts";

const useStyles = makeStyles({
  list: { display: "grid", minWidth: 0 },
});

export function TablePicker(props: {
  chosen: number[];
  onToggle: (id: number, on: boolean) => void;
}) {
  const { chosen, onToggle } = props;
  const { t, f } = useTexts();
  const s = useStyles();
  return (
    <Accordion collapsible>
      <AccordionItem value="tabel">
        <AccordionHeader>
          {f(t.tables, { n: chosen.length, total: TABLE_NAMES.length })}
        </AccordionHeader>
        <AccordionPanel>
          <div
            className={s.list}
            role="group"
            aria-label={f(t.tables, { n: chosen.length, total: TABLE_NAMES.length })}
          >
            {TABLE_NAMES.map((spec) => (
              <Checkbox
                key={spec.id}
                label={`${spec.id}. ${spec.nama}`}
                checked={chosen.includes(spec.id)}
                onChange={(_, d) => onToggle(spec.id, d.checked === true)}
              />
            ))}
          </div>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
