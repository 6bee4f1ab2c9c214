/// Reads the tables of a rendered report back, so tests can check what one cell says.
enum HTMLTable {
    /// The rows of the first table whose caption contains `caption`: per row, each cell's text with
    /// tags removed and spaces collapsed (the row's heading first).
    static func rows(in html: String, caption: String) -> [[String]] {
        for chunk in html.components(separatedBy: "<table").dropFirst() {
            let table = chunk.components(separatedBy: "</table>")[0]
            guard let captionText = table.firstMatch(of: #/<caption>(.*?)</caption>/#)?.output.1,
                  captionText.contains(caption) else { continue }
            return table.components(separatedBy: "<tr").dropFirst().map { row in
                row.matches(of: #/<t[hd][^>]*>(.*?)</t[hd]>/#).map { text(String($0.output.1)) }
            }
        }
        return []
    }

    /// The row whose heading is `label`.
    static func row(in html: String, caption: String, label: String) -> [String]? {
        rows(in: html, caption: caption).first { $0.first == label }
    }

    static func text(_ html: String) -> String {
        html.replacing(#/<[^>]+>/#, with: " ")
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
