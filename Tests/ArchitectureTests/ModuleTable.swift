import Foundation

/// The "Modules" table of ARCHITECTURE.md: each module's layer and the modules it may use.
struct ModuleTable {
    struct Row {
        let module: String
        let layer: Int
        let mayUse: Set<String>
    }

    let rows: [String: Row]

    /// Rows of the first table after the `## Modules` heading: `| `Name` | layer | holds | `A`, `B` |`.
    init(markdown: String) throws {
        guard let section = markdown.range(of: "\n## Modules\n") else { throw TableError("ARCHITECTURE.md has no \"## Modules\" section") }
        var rows: [String: Row] = [:]
        var inTable = false
        for line in markdown[section.upperBound...].split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("|") {
                inTable = true
                let cells = line.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
                guard cells.count >= 6, cells[1].hasPrefix("`"), let layer = Int(cells[2]) else { continue }
                let module = cells[1].trimmingCharacters(in: CharacterSet(charactersIn: "`"))
                let mayUse = Set(cells[4].split(separator: ",").map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "` ")) }.filter { !$0.isEmpty })
                guard rows[module] == nil else { throw TableError("ARCHITECTURE.md lists \(module) twice") }
                rows[module] = Row(module: module, layer: layer, mayUse: mayUse)
            } else if inTable {
                break
            }
        }
        guard !rows.isEmpty else { throw TableError("ARCHITECTURE.md's Modules table has no rows") }
        self.rows = rows
    }

    struct TableError: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }
}
