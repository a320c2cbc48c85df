import { useState } from "react";
import { DEFAULT_CRITERIA_SET, isDefaultCriteriaSet, parseCriteriaSetJson } from "../../../core/criteria";
import type { CriteriaSet } from "../../../core/criteria/types";
import { DEFAULT_WARD_ROWS, MAX_WARD_ROWS } from "../../../core/template";
import type { InsertResult } from "../../host/types";
import type { AddinHost, Layout } from "../../host/types";
import { useAction } from "../shared/useAction";

/** The ward-row count as typed, or null when it is not a whole number in range. */
export function parseWardRows(text: string): number | null {
  if (!/^\s*\d+\s*$/u.test(text)) return null;
  const n = Number(text);
  return n >= 1 && n <= MAX_WARD_ROWS ? n : null;
}

/** A picked file's text; FileReader where Blob.text is missing (older webviews). */
export function readFileText(file: Blob): Promise<string> {
  if (typeof file.text === "function") return file.text();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result ?? ""));
    reader.onerror = () => reject(reader.error ?? new Error("FileReader"));
    reader.readAsText(file, "utf-8");
  });
}

export function useInsertPanel(host: AddinHost, set: CriteriaSet, onSetChange: (set: CriteriaSet) => void) {
  const [layout, setLayout] = useState<Layout>("matrix");
  const [wardRowsText, setWardRowsText] = useState(String(DEFAULT_WARD_ROWS));
  const [result, setResult] = useState<InsertResult | null>(null);
  const [justImported, setJustImported] = useState(false);
  const action = useAction();
  const wardRows = parseWardRows(wardRowsText);
  const supported = host.supports("insertTemplate");

  const insert = () =>
    action.run(async () => {
      setResult(null);
      if (layout === "matrix" && wardRows === null) return;
      setResult(await host.insertTemplate({ layout, set, wardRows: wardRows ?? DEFAULT_WARD_ROWS }));
    });

  const adopt = (next: CriteriaSet) => {
    onSetChange(next);
    setJustImported(true);
    setResult(null);
  };

  const importJson = (file: File) =>
    action.run(async () => {
      adopt(parseCriteriaSetJson(await readFileText(file)));
    });

  const importSheet = () =>
    action.run(async () => {
      adopt(await host.readCriteriaSheet());
    });

  const useDefault = () => {
    onSetChange(DEFAULT_CRITERIA_SET);
    setJustImported(false);
  };

  return {
    layout,
    setLayout,
    wardRowsText,
    setWardRowsText,
    wardRowsValid: layout === "phieu" || wardRows !== null,
    result,
    justImported,
    supported,
    isDefaultSet: isDefaultCriteriaSet(set),
    insert,
    importJson,
    importSheet,
    useDefault,
    ...action,
  };
}

export const WARD_ROWS_MAX = MAX_WARD_ROWS;
