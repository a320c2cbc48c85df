import { Button, Text } from "@fluentui/react-components";
import { DocumentAddRegular } from "@fluentui/react-icons";
import { useRef, useState } from "react";
import { useStrings } from "../../i18n";
import { usePanelStyles } from "../shared/panel.styles";
import { useFileDropStyles } from "./FileDrop.styles";

const ACCEPT = ".xlsx,.xlsm,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export interface FileDropProps {
  readonly onFiles: (files: readonly File[]) => void;
  readonly disabled: boolean;
}

/** Pick ward files with the button or drop them on the area. */
export function FileDrop({ onFiles, disabled }: FileDropProps) {
  const t = useStrings().consolidate;
  const styles = { ...usePanelStyles(), ...useFileDropStyles() };
  const fileInput = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);

  return (
    <div
      className={`${styles.drop} ${dragging ? styles.dragging : ""}`}
      role="group"
      aria-label={t.dropLabel}
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(event) => {
        event.preventDefault();
        setDragging(false);
        onFiles(Array.from(event.dataTransfer.files));
      }}
    >
      <Button icon={<DocumentAddRegular />} onClick={() => fileInput.current?.click()} disabled={disabled}>
        {t.pick}
      </Button>
      <Text className={styles.muted}>{t.drop}</Text>
      <input
        ref={fileInput}
        type="file"
        multiple
        accept={ACCEPT}
        hidden
        aria-label={t.pick}
        data-testid="ward-files"
        onChange={(event) => {
          onFiles(Array.from(event.target.files ?? []));
          event.target.value = "";
        }}
      />
    </div>
  );
}
