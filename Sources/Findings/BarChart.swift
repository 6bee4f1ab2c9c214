import Disclosure
import SurveyKit

/// The geometry of a one-way table's horizontal bar chart, for the `barChart` template.
///
/// Each option gets a line for its label with its bar beneath. A hidden count gets no bar (a bar's
/// length would give the number away), only its wording. Bars are drawn to the share of the base,
/// so charts of different questions compare; when the base is hidden they are drawn to the
/// largest shown count instead.
struct BarChart: Sendable {
    static let width = 640
    static let barArea = 480
    static let rowHeight = 44
    /// Labels longer than this are shortened in the chart; the table beside it has them in full.
    static let longestLabel = 80

    let width: Int
    let height: Int
    /// For `aria-label` and `<title>`: what the chart shows, in words, for screen readers.
    let summary: String
    let bars: [Bar]

    struct Bar: Sendable {
        let label: String
        let labelY: Int
        /// Whether a bar is drawn: not for a hidden count, and not for a zero.
        let shown: Bool
        let barY: Int
        let barWidth: Int
        let barHeight: Int
        let valueX: Int
        let valueY: Int
        let value: String
    }

    /// `rows`: the answers as the table beside it shows them (hidden ones folded, in the public report).
    init(rows: [(label: String, count: ProtectedCount)], base: ProtectedCount, question: String, wording: CountWording) {
        let catalogue = wording.catalogue
        let released = rows.compactMap(\.count.count)
        let scale = base.count.flatMap { $0 > 0 ? $0 : nil } ?? max(released.max() ?? 0, 1)
        var bars: [Bar] = []
        var spoken: [String] = []
        for (row, answer) in rows.enumerated() {
            let cell = answer.count
            let top = row * Self.rowHeight
            let percent = Percentage(count: cell, base: base)
            let value: String
            var length = 0
            if let count = cell.count {
                value = percent.map { catalogue.text(.reportBarValue, ["count": String(count), "percent": $0.text]) } ?? String(count)
                length = count == 0 ? 0 : max(1, (Self.barArea * count + scale / 2) / scale)
            } else {
                value = catalogue.text(.reportNoBar, ["count": wording.count(cell)])
            }
            bars.append(Bar(
                label: Self.shortened(answer.label), labelY: top + 14,
                shown: length > 0, barY: top + 20, barWidth: length, barHeight: 16,
                valueX: length + 6, valueY: top + 33, value: value))
            spoken.append(catalogue.text(.reportChartBar, [
                "option": answer.label, "value": cell.count == nil ? wording.count(cell) : value,
            ]))
        }
        width = Self.width
        height = max(rows.count * Self.rowHeight, Self.rowHeight)
        self.bars = bars
        summary = catalogue.text(.reportChartSummary, [
            "question": question, "base": wording.base(base),
            "bars": spoken.joined(separator: catalogue[.reportChartBarSeparator]),
        ])
    }

    private static func shortened(_ label: String) -> String {
        label.count <= longestLabel ? label : label.prefix(longestLabel - 1) + "…"
    }
}
