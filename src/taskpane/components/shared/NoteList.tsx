import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { problemText } from "../../../contracts/problem-text";
import type { AnyProblem } from "../../../core/problems";
import { useStrings } from "../../i18n";

/**
 * What the host could not do but did not stop the action (no chart, native formulas, print setup skipped),
 * one message bar each in the pane's language: information as info, anything worse as a warning.
 */
export function NoteList({ notes }: { readonly notes: readonly AnyProblem[] | undefined }) {
  const strings = useStrings();
  if (notes === undefined || notes.length === 0) return null;
  return (
    <>
      {notes.map((note, i) => {
        const text = problemText(note, strings.language);
        return (
          <MessageBar
            key={`${note.code}:${i}`}
            intent={note.severity === "info" ? "info" : "warning"}
            layout="multiline"
          >
            <MessageBarBody>{text.action === "" ? text.message : `${text.message} ${text.action}`}</MessageBarBody>
          </MessageBar>
        );
      })}
    </>
  );
}
