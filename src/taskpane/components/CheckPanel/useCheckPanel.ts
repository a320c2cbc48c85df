import { useEffect, useState } from "react";
import { latestRibbonCheck, onRibbonCheck } from "../../../contracts/ribbon-bridge";
import type {
  AddinHost,
  CheckReport,
  NormalisePreview,
  NormaliseResult,
  RibbonOutcome,
  UndoInfo,
  UndoResult,
} from "../../host/types";
import { useAction } from "../shared/useAction";

/** While results are shown, watch their sheet: a change by the user marks them out of date. */
function useStaleness(host: AddinHost, report: CheckReport | null): boolean {
  const [stale, setStale] = useState(false);
  useEffect(() => {
    setStale(false);
    if (report === null) return undefined;
    let stop: (() => void) | null = null;
    let ended = false;
    host
      .watchSheet(report.sheetName, () => setStale(true))
      .then((s) => (ended ? s() : (stop = s)))
      .catch(() => undefined); // No events on this Excel: the results simply are not marked.
    return () => {
      ended = true;
      stop?.();
    };
  }, [host, report]);
  return stale;
}

export function useCheckPanel(host: AddinHost, confirmNormalise: (preview: NormalisePreview) => Promise<boolean>) {
  const action = useAction();
  const [report, setReport] = useState<CheckReport | null>(null);
  const [fromRibbon, setFromRibbon] = useState(false);
  const [normalised, setNormalised] = useState<NormaliseResult | null>(null);
  const [undone, setUndone] = useState<UndoResult | null>(null);
  const [undoInfo, setUndoInfo] = useState<UndoInfo | null>(() => host.undoInfo());
  const [ribbonError, setRibbonError] = useState<unknown>(null);
  const stale = useStaleness(host, report);

  // Show what the ribbon's Kiểm tra found, now and whenever it runs again.
  useEffect(() => {
    const show = (outcome: RibbonOutcome) => {
      setFromRibbon(true);
      setNormalised(null);
      setRibbonError(outcome.error ?? null);
      if (outcome.report !== undefined) setReport(outcome.report);
    };
    const latest = latestRibbonCheck<CheckReport>();
    if (latest !== null) show(latest);
    return onRibbonCheck(show);
  }, []);

  const check = () =>
    action.run(async () => {
      setFromRibbon(false);
      setRibbonError(null);
      setNormalised(null);
      setUndone(null);
      setReport(await host.check());
    });

  const normalise = () =>
    action.run(async () => {
      setUndone(null);
      const outcome = await host.normalise(confirmNormalise);
      setNormalised(outcome);
      setUndoInfo(host.undoInfo());
      // Show the sheet as it is now.
      if (outcome.changed > 0) setReport(await host.check());
    });

  const undo = () =>
    action.run(async () => {
      setNormalised(null);
      try {
        setUndone(await host.undo());
      } finally {
        setUndoInfo(host.undoInfo());
      }
      setReport(await host.check());
    });

  const goTo = (sheet: string, address: string) => action.run(() => host.goTo(sheet, address));

  return {
    report,
    stale,
    fromRibbon,
    ribbonError,
    normalised,
    undone,
    undoInfo,
    check,
    normalise,
    undo,
    goTo,
    ...action,
  };
}
