import { Button, Text } from "@fluentui/react-components";
import { ChevronDownRegular, ChevronUpRegular, DismissRegular } from "@fluentui/react-icons";
import { useId, useState } from "react";
import { useStrings } from "../../i18n";
import { usePanelStyles } from "../shared/panel.styles";
import { useFileListStyles } from "./FileList.styles";

/** Up to this many files are listed at once; more start folded ("60 tệp đã chọn — Xem"). */
const OPEN_UP_TO = 5;

export interface FileListProps {
  readonly files: readonly File[];
  readonly onRemove: (file: File) => void;
  readonly onClear: () => void;
  readonly disabled: boolean;
}

/** The files chosen so far, each removable, with "remove all"; a long list folds so the action stays in view. */
export function FileList({ files, onRemove, onClear, disabled }: FileListProps) {
  const t = useStrings().consolidate;
  const styles = { ...usePanelStyles(), ...useFileListStyles() };
  const [unfolded, setUnfolded] = useState(false);
  const listId = useId();
  if (files.length === 0) return null;
  const foldable = files.length > OPEN_UP_TO;
  const open = !foldable || unfolded;
  return (
    <div>
      <div className={styles.row}>
        <Text weight="semibold">{t.files(files.length)}</Text>
        {foldable && (
          <Button
            size="small"
            appearance="subtle"
            icon={unfolded ? <ChevronUpRegular /> : <ChevronDownRegular />}
            aria-expanded={unfolded}
            aria-controls={listId}
            onClick={() => setUnfolded(!unfolded)}
          >
            {unfolded ? t.hideFiles : t.showFiles}
          </Button>
        )}
        <Button size="small" appearance="subtle" onClick={onClear} disabled={disabled}>
          {t.clear}
        </Button>
      </div>
      {open && (
        <ul id={listId} className={`${styles.list} ${styles.scroll}`} aria-label={t.fileListLabel}>
          {files.map((file) => (
            <li key={`${file.name}:${file.size}`} className={styles.file}>
              <Text>{file.name}</Text>
              <Button
                size="small"
                appearance="subtle"
                icon={<DismissRegular />}
                aria-label={t.remove(file.name)}
                onClick={() => onRemove(file)}
                disabled={disabled}
              />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
