/**
 * "Sisipkan templat kosong" as a menu of its two forms: the annual report (LKIP_IKU,
 * LKIP_ANGGARAN, LKIP_BELANJA) or the quarterly form (LKIP_TRIWULAN); each writes only the sources
 * still missing, on new sheets (report/sample/template.ts).
 */
import {
  Menu,
  MenuButton,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  type MenuButtonProps,
} from "@fluentui/react-components";
import { TEMPLATE_KINDS, type TemplateKind } from "../report";
import { useTexts } from "./texts";

export function TemplateMenu(props: {
  busy: boolean;
  onTemplate: (kind: TemplateKind) => void;
  size?: MenuButtonProps["size"];
}) {
  const { t } = useTexts();
  return (
    <Menu positioning="below-start">
      <MenuTrigger disableButtonEnhancement>
        <MenuButton size={props.size} disabled={props.busy}>
          {t.insertTemplate}
        </MenuButton>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {TEMPLATE_KINDS.map((kind) => (
            <MenuItem key={kind} onClick={() => props.onTemplate(kind)}>
              {t.templateKinds[kind]}
            </MenuItem>
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
