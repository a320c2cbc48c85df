import { useEffect, useState } from "react";
import { latestRibbonCheck, onRibbonCheck } from "../../../contracts/ribbon-bridge";
import type { AddinHost, CheckReport, NormalisePreview, NormaliseResult, RibbonOutcome } from "../../host/types";
import { useAction } from "../shared/useAction";

export function useCheckPanel(host: AddinHost, confirmNormalise: (preview: NormalisePreview) => Promise<boolean>) {
  const action = useAction();
  const [report, setReport] = useState<CheckReport | null>(null);
  const [fromRibbon, setFromRibbon] = useState(false);
  const [normalised, setNormalised] = useState<NormaliseResult | null>(null);
  const [ribbonError, setRibbonError] = useState<unknown>(null);

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
      setReport(await host.check());
    });

  const normalise = () =>
    action.run(async () => {
      const outcome = await host.normalise(confirmNormalise);
      setNormalised(outcome);
      // Show the sheet as it is now.
      if (outcome.changed > 0) setReport(await host.check());
    });

  const goTo = (sheet: string, address: string) => action.run(() => host.goTo(sheet, address));

  return { report, fromRibbon, ribbonError, normalised, check, normalise, goTo, ...action };
}
