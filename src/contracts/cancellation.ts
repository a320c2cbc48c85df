/**
 * Cancelling a long action (consolidation) throws this. The file adapter
 * throws it, the host passes it through, the pane recognises it: all three
 * import it from here.
 */
export class ConsolidationCancelled extends Error {
  constructor() {
    super("Đã huỷ tổng hợp.");
    this.name = "ConsolidationCancelled";
  }
}
