// The keys seen so far in a file (indicator, group, area, period), to catch
// a figure given twice. Held as numbers under one entry per indicator, group
// and area, because a million string keys would take several times the
// memory a large import is allowed.
export class FigureKeys {
  private readonly rowsBySeries = new Map<string, Map<number, number>>();

  /** Records the key for the row; returns the earlier row with the same key, or null. */
  claim(indicatorId: number, groupId: number, areaId: number, periodSort: number, row: number): number | null {
    const series = `${indicatorId}|${groupId}|${areaId}`;
    let rows = this.rowsBySeries.get(series);
    if (!rows) {
      rows = new Map();
      this.rowsBySeries.set(series, rows);
    }
    const earlier = rows.get(periodSort);
    if (earlier !== undefined) return earlier;
    rows.set(periodSort, row);
    return null;
  }
}
