import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { ArrowClockwiseRegular } from "@fluentui/react-icons";
import { useStrings } from "../../i18n";

/** The sheet changed after the check: say so, with "Kiểm tra lại" at hand. */
export function StaleNotice({ onRecheck, disabled }: { readonly onRecheck: () => void; readonly disabled: boolean }) {
  const t = useStrings().check;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t.staleTitle}</MessageBarTitle>
        {t.stale}
      </MessageBarBody>
      <MessageBarActions>
        <Button icon={<ArrowClockwiseRegular />} onClick={onRecheck} disabled={disabled}>
          {t.recheck}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
