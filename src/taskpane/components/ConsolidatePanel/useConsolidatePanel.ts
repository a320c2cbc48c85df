import { useRef, useState } from "react";
import type { CriteriaSet } from "../../../core/criteria/types";
import { ConsolidationCancelled } from "../../../core/consolidate/pipeline";
import type { AddinHost, ConsolidateOutcome, ConsolidateRequest, ConsolidateStage } from "../../host/types";
import { dateStamp, saveFile } from "../shared/save-file";
import { useAction } from "../shared/useAction";

/** Add files, skipping ones already listed (same name and size). */
export function mergeFiles(current: readonly File[], added: readonly File[]): File[] {
  const seen = new Set(current.map((f) => `${f.name}\u0000${f.size}`));
  const merged = [...current];
  for (const file of added) {
    const key = `${file.name}\u0000${file.size}`;
    if (!seen.has(key)) {
      seen.add(key);
      merged.push(file);
    }
  }
  return merged;
}

/** The quota field: "" → none (null); a whole number of wards; anything else → undefined (invalid). */
export function parseQuota(text: string): number | null | undefined {
  const trimmed = text.trim();
  if (trimmed === "") return null;
  return /^\d{1,7}$/u.test(trimmed) ? Number(trimmed) : undefined;
}

export function useConsolidatePanel(
  host: AddinHost,
  set: CriteriaSet,
  defaultTarget: number,
  confirmReplace: (existing: readonly string[]) => Promise<boolean>,
) {
  const [files, setFiles] = useState<File[]>([]);
  const [useWorkbook, setUseWorkbook] = useState(true);
  const [stage, setStage] = useState<ConsolidateStage | null>(null);
  const [outcome, setOutcome] = useState<ConsolidateOutcome | null>(null);
  const [cancelled, setCancelled] = useState(false);
  const [nothingChosen, setNothingChosen] = useState(false);
  const [savedFile, setSavedFile] = useState<string | null>(null);
  const [quotaText, setQuotaText] = useState("");
  /** Roll former provinces into the current ones; undefined: as the core decides from the periods. */
  const [rollProvinces, setRollProvinces] = useState<boolean | undefined>(undefined);
  /** The quota the shown outcome was made with (for its report). */
  const [outcomeQuota, setOutcomeQuota] = useState<number | null>(null);
  const quota = parseQuota(quotaText);
  const controller = useRef<AbortController | null>(null);
  const action = useAction();

  const addFiles = (added: readonly File[]) => {
    setFiles((current) => mergeFiles(current, added));
    setNothingChosen(false);
  };

  const start = () =>
    action.run(async () => {
      setOutcome(null);
      setSavedFile(null);
      setCancelled(false);
      if (files.length === 0 && !useWorkbook) {
        setNothingChosen(true);
        return;
      }
      if (quota === undefined) return;
      const provinces: ConsolidateRequest["provinces"] =
        rollProvinces === undefined ? undefined : rollProvinces ? "current" : "asWritten";
      const abort = new AbortController();
      controller.current = abort;
      try {
        const request = { files, useWorkbook, set, defaultTarget, signal: abort.signal, onProgress: setStage };
        const chosen = { confirmReplace, quota, ...(provinces === undefined ? {} : { provinces }) };
        const done = await host.consolidate({ ...request, ...chosen });
        setOutcomeQuota(quota);
        setOutcome(done);
      } catch (error) {
        if (error instanceof ConsolidationCancelled) setCancelled(true);
        else throw error;
      } finally {
        controller.current = null;
        setStage(null);
      }
    });

  /** The summary as its own workbook, the command line's file, downloaded. */
  const saveSummary = (fileName: (date: string) => string) =>
    action.run(async () => {
      if (outcome === null) return;
      const name = fileName(dateStamp());
      saveFile(await host.summaryWorkbook(outcome.result, set, outcomeQuota), name);
      setSavedFile(name);
    });

  return {
    files,
    addFiles,
    removeFile: (file: File) => setFiles((current) => current.filter((f) => f !== file)),
    clearFiles: () => setFiles([]),
    useWorkbook,
    setUseWorkbook,
    quotaText,
    setQuotaText,
    quotaInvalid: quota === undefined,
    rollProvinces,
    setRollProvinces,
    outcomeQuota,
    stage,
    outcome,
    cancelled,
    nothingChosen,
    savedFile,
    saveSummary,
    start,
    cancel: () => controller.current?.abort(),
    openSheet: (name: string) => action.run(() => host.openSheet(name)),
    ...action,
  };
}
