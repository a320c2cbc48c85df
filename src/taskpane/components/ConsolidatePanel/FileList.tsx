import { Button, Text } from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import { useStrings } from "../../i18n";
import { usePanelStyles } from "../shared/panel.styles";
import { useFileListStyles } from "./FileList.styles";

export interface FileListProps {
  readonly files: readonly File[];
  readonly onRemove: (file: File) => void;
  readonly onClear: () => void;
  readonly disabled: boolean;
}

/** The files chosen so far, each removable, with "remove all". */
export function FileList({ files, onRemove, onClear, disabled }: FileListProps) {
  const t = useStrings().consolidate;
  const styles = { ...usePanelStyles(), ...useFileListStyles() };
  if (files.length === 0) return null;
  return (
    <div>
      <div className={styles.row}>
        <Text weight="semibold">{t.files(files.length)}</Text>
        <Button size="small" appearance="subtle" onClick={onClear} disabled={disabled}>
          {t.clear}
        </Button>
      </div>
      <ul className={styles.list}>
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
    </div>
  );
}
