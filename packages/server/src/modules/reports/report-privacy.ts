/**
 * Small-cell suppression: a breakdown cell counting 1 to k−1 cases could point at a person, so it is
 * shown as null (zero is safe and stays). Totals are never suppressed.
 */
export class CellSuppressor {
  suppressed = 0;

  constructor(private readonly minimumCellSize: number) {}

  /** The count, or null when it must be hidden. */
  cell(count: number): number | null {
    if (count > 0 && count < this.minimumCellSize) {
      this.suppressed++;
      return null;
    }
    return count;
  }

  /** Whether a group of `count` cases is too small to show any figure of. */
  hides(count: number): boolean {
    return count > 0 && count < this.minimumCellSize;
  }
}
