import type { CSSProperties, KeyboardEvent, RefObject } from "react";
import type { CellView } from "../grid-model";
import type { PreviewStrings } from "../strings";
import { useGridCellStyles } from "./GridCell.styles";

export interface GridCellProps {
  readonly cell: CellView;
  readonly span: { readonly rowSpan: number; readonly colSpan: number } | undefined;
  readonly selected: boolean;
  /** Sticky position when the cell lies in a frozen pane. */
  readonly sticky: CSSProperties | undefined;
  /** Pixel height of the row(s) the cell spans when set in the workbook: taller text is cut there, as in Excel. */
  readonly maxHeight: number | null;
  /** Pixels the text runs into the empty cells on the right (Excel's overflow), 0 for none. */
  readonly spill: number;
  /** The cell's own width in pixels. */
  readonly width: number;
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

/** A cell's horizontal padding and border, in pixels (see GridCell.styles). */
const CELL_INSET = 7;

/** Fonts whose stand-in, where the font is missing, should be a serif. */
const SERIF = /times|cambria|georgia|garamond|serif/iu;

/** One cell as Excel paints it; the selected one holds the input that takes what is typed. */
export function GridCell(props: GridCellProps) {
  const { cell, span, selected, draft, editor, strings, sticky, maxHeight, spill } = props;
  const styles = useGridCellStyles();
  return (
    <td
      rowSpan={span?.rowSpan}
      colSpan={span?.colSpan}
      data-address={cell.address}
      className={`${styles.cell} ${selected ? styles.selected : ""}`}
      style={{
        // A frozen cell covers what scrolls under it: it needs a background.
        backgroundColor: cell.background ?? (sticky !== undefined ? "#ffffff" : undefined),
        color: cell.color ?? undefined,
        fontWeight: cell.bold ? 700 : undefined,
        fontStyle: cell.italic ? "italic" : undefined,
        fontFamily:
          cell.fontName === null
            ? undefined
            : `"${cell.fontName}", ${SERIF.test(cell.fontName) ? "serif" : "sans-serif"}`,
        fontSize: `${cell.fontSize}px`,
        textAlign: cell.align,
        verticalAlign: cell.vertical,
        ...sticky,
        // Overflowing text is drawn over the empty cells to its right, as in Excel: one layer above its peers.
        ...(spill > 0 ? { overflow: "visible", zIndex: Number(sticky?.zIndex ?? 0) + 1 } : {}),
      }}
      onMouseDown={(event) => {
        event.preventDefault();
        props.onPick();
      }}
      onDoubleClick={props.onEdit}
    >
      <div
        className={styles.content}
        style={{
          // Wrapped text breaks into lines (and long words where they must), as Excel wraps; never an ellipsis.
          whiteSpace: cell.wrap ? "pre-wrap" : "nowrap",
          overflowWrap: cell.wrap ? "break-word" : "normal",
          maxHeight: maxHeight === null ? undefined : `${maxHeight}px`,
          // The cell's width less its padding, and the empty cells it runs over.
          ...(spill > 0 ? { width: `${props.width + spill - CELL_INSET}px` } : {}),
        }}
      >
        {cell.text}
      </div>
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
