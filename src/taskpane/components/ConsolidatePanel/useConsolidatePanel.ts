import { useRef, useState } from "react";
import type { CriteriaSet } from "../../../core/criteria/types";
import { ConsolidationCancelled } from "../../../core/consolidate/pipeline";
import type { AddinHost, ConsolidateOutcome, ConsolidateStage } from "../../host/types";
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

export function useConsolidatePanel(host: AddinHost, set: CriteriaSet, defaultTarget: number, confirmReplace: (existing: readonly string[]) => Promise<boolean>) {
  const [files, setFiles] = useState<File[]>([]);
  const [useWorkbook, setUseWorkbook] = useState(true);
  const [stage, setStage] = useState<ConsolidateStage | null>(null);
  const [outcome, setOutcome] = useState<ConsolidateOutcome | null>(null);
  const [cancelled, setCancelled] = useState(false);
  const [nothingChosen, setNothingChosen] = useState(false);
  const [savedFile, setSavedFile] = useState<string | null>(null);
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
      const abort = new AbortController();
      controller.current = abort;
      try {
        setOutcome(await host.consolidate({ files, useWorkbook, set, defaultTarget, signal: abort.signal, onProgress: setStage, confirmReplace }));
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
      saveFile(await host.summaryWorkbook(outcome.result, set), name);
      setSavedFile(name);
    });

  return {
    files,
    addFiles,
    removeFile: (file: File) => setFiles((current) => current.filter((f) => f !== file)),
    clearFiles: () => setFiles([]),
    useWorkbook,
    setUseWorkbook,
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
