/**
 * The hostile corpus (test/hostile/corpus.ts) at full size: each case, beside
 * a good ward file, consolidated in a process of its own, so the peak memory
 * printed is that case's. Aims from issue 13: each case within 5 s and 500 MB.
 */
import { promises as fs } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { caseSlug, goodFile, HOSTILE_CASES } from "../test/hostile/corpus";
import { consolidateInChild } from "./consolidate-child";
import { round, type Report } from "./report";

export async function run(report: Report): Promise<void> {
  const root = await fs.mkdtemp(path.join(tmpdir(), "kieumau-hostile-bench-"));
  try {
    const good = path.join(root, "tot.xlsx");
    await fs.writeFile(good, goodFile());
    for (const hostile of HOSTILE_CASES) {
      const folder = await fs.mkdtemp(path.join(root, "case-"));
      const paths = await hostile.make(folder, "full");
      const result = await consolidateInChild([good, ...paths]);
      if (result.wards < 1) throw new Error(`${hostile.name}: the good ward was lost`);
      const expected = hostile.expectFull ?? hostile.expect;
      const refused = result.failed === paths.length;
      if (refused !== (expected.outcome === "refused") || (!refused && result.failed !== 0))
        throw new Error(
          `${hostile.name}: expected ${expected.outcome}, ${result.failed} of ${paths.length} files failed`,
        );
      const slug = caseSlug(hostile.name);
      report({ name: `hostile.${slug}.ms`, value: round(result.ms), unit: "ms", aim: "<= 5000" });
      report({ name: `hostile.${slug}.peak_rss_mb`, value: round(result.peakRssMb, 0), unit: "MB", aim: "<= 500" });
      // Generated files can be large (a 1.5 GB sparse file, a 130,000-row matrix): removed case by case.
      await fs.rm(folder, { recursive: true, force: true });
    }
  } finally {
    await fs.rm(root, { recursive: true, force: true });
  }
}
