import type { KeyboardEvent, RefObject } from "react";
import type { CellView } from "../grid-model";
import type { PreviewStrings } from "../strings";
import { useGridCellStyles } from "./GridCell.styles";

export interface GridCellProps {
  readonly cell: CellView;
  readonly span: { readonly rowSpan: number; readonly colSpan: number } | undefined;
  readonly selected: boolean;
  /** The entry being typed in the selected cell, or null. */
  readonly draft: string | null;
  readonly editor: RefObject<HTMLInputElement | null>;
  readonly strings: PreviewStrings;
  readonly onPick: () => void;
  readonly onEdit: () => void;
  readonly onDraft: (text: string) => void;
  readonly onKeyDown: (event: KeyboardEvent<HTMLInputElement>) => void;
  readonly onCommit: (text: string) => void;
}

/** One cell as Excel paints it; the selected one holds the input that takes what is typed. */
export function GridCell(props: GridCellProps) {
  const { cell, span, selected, draft, editor, strings } = props;
  const styles = useGridCellStyles();
  return (
    <td
      rowSpan={span?.rowSpan}
      colSpan={span?.colSpan}
      data-address={cell.address}
      className={`${styles.cell} ${cell.wrap ? styles.wrap : ""} ${selected ? styles.selected : ""}`}
      style={{
        backgroundColor: cell.background ?? undefined,
        color: cell.color ?? undefined,
        fontWeight: cell.bold ? 700 : undefined,
        textAlign: cell.align,
      }}
      onMouseDown={(event) => {
        event.preventDefault();
        props.onPick();
      }}
      onDoubleClick={props.onEdit}
    >
      {cell.text}
      {selected && (
        <input
          ref={editor}
          className={`${styles.editor} ${draft !== null ? styles.editing : ""}`}
          aria-label={strings.cellLabel(cell.address, cell.text)}
          value={draft ?? ""}
          autoComplete="off"
          spellCheck={false}
          onChange={(event) => props.onDraft(event.target.value)}
          onKeyDown={props.onKeyDown}
          onBlur={() => draft !== null && props.onCommit(draft)}
        />
      )}
    </td>
  );
}
