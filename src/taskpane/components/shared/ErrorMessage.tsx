import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import { useStrings } from "../../i18n";
import { describeError } from "./describe-error";

/** An error as a message bar: what happened, what to do next. */
export function ErrorMessage({ error, onDismiss }: { error: unknown; onDismiss?: () => void }) {
  const strings = useStrings();
  const shown = describeError(error, strings);
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{strings.errorTitle}</MessageBarTitle>
        <div>{shown.message}</div>
        {shown.details !== undefined && (
          <ul>
            {shown.details.map((d) => (
              <li key={d}>{d}</li>
            ))}
          </ul>
        )}
        <div>
          <strong>{strings.whatToDo}</strong> {shown.hint}
        </div>
      </MessageBarBody>
      {onDismiss !== undefined && (
        <MessageBarActions
          containerAction={
            <Button
              appearance="transparent"
              aria-label={strings.dismiss}
              icon={<DismissRegular />}
              onClick={onDismiss}
            />
          }
        />
      )}
    </MessageBar>
  );
}

/** A success or information line. */
export function Notice({ text, intent = "success" }: { text: string; intent?: "success" | "info" | "warning" }) {
  return (
    <MessageBar intent={intent} layout="multiline">
      <MessageBarBody>{text}</MessageBarBody>
    </MessageBar>
  );
}
