import type { NormalisePreview } from "../../host/types";
import { useStrings } from "../../i18n";

/** The confirm dialog's body before "Chuẩn hoá": how many cells, and a few of them before → after. */
export function NormalisePreviewBody({ preview }: { readonly preview: NormalisePreview }) {
  const t = useStrings().check;
  return (
    <>
      <p>{t.confirmBody(preview.count, preview.sheetName)}</p>
      {preview.examples.length > 0 && (
        <>
          <p>{t.confirmExamples}</p>
          <ul>
            {preview.examples.map((e) => (
              <li key={e.address}>
                {e.address}: “{String(e.from)}” → “{e.to}”
              </li>
            ))}
          </ul>
        </>
      )}
      <p>{t.confirmNoCtrlZ}</p>
    </>
  );
}
