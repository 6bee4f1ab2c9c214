/// Finds hidden numbers that the published numbers fix exactly, solving every line of a table
/// together: each line says that its members add up to its total, so the hidden numbers satisfy a
/// system `A·x = b`. A hidden number is fixed exactly when its unit vector lies in the row space
/// of `A`; Gaussian elimination on the (small) system decides that.
struct LinearAudit {
    /// The hidden entries, each the index of a column of the system.
    private let hidden: [Int]
    /// `A` in reduced row echelon form, with each row's pivot column.
    private let reduced: [(pivot: Int, row: [Double])]

    init(grid: Grid, lines: [Grid.Line]) {
        let hidden = grid.entries.filter(grid.isSuppressed)
        let column = Dictionary(uniqueKeysWithValues: hidden.enumerated().map { ($1, $0) })
        var rows: [[Double]] = []
        for line in lines {
            var row = [Double](repeating: 0, count: hidden.count)
            for member in line.members { if let c = column[member] { row[c] += 1 } }
            if let c = column[line.total] { row[c] -= 1 }
            if row.contains(where: { $0 != 0 }) { rows.append(row) }
        }
        self.hidden = hidden
        self.reduced = Self.rowReduce(rows, width: hidden.count)
    }

    /// Hidden entries whose value the published numbers determine.
    var exactlyRecoverable: [Int] {
        hidden.indices.filter(isDetermined).map { hidden[$0] }
    }

    private func isDetermined(_ column: Int) -> Bool {
        var vector = [Double](repeating: 0, count: hidden.count)
        vector[column] = 1
        for (pivot, row) in reduced where abs(vector[pivot]) > Self.epsilon {
            let factor = vector[pivot]
            for index in vector.indices { vector[index] -= factor * row[index] }
        }
        return vector.allSatisfy { abs($0) <= Self.epsilon }
    }

    private static let epsilon = 1e-9

    private static func rowReduce(_ input: [[Double]], width: Int) -> [(pivot: Int, row: [Double])] {
        var rows = input
        var result: [(pivot: Int, row: [Double])] = []
        var top = 0
        for column in 0..<width where top < rows.count {
            guard let best = (top..<rows.count).max(by: { abs(rows[$0][column]) < abs(rows[$1][column]) }),
                  abs(rows[best][column]) > epsilon else { continue }
            rows.swapAt(top, best)
            let scale = rows[top][column]
            rows[top] = rows[top].map { $0 / scale }
            for other in rows.indices where other != top && abs(rows[other][column]) > epsilon {
                let factor = rows[other][column]
                for index in 0..<width { rows[other][index] -= factor * rows[top][index] }
            }
            result.append((column, rows[top]))
            top += 1
        }
        // Later eliminations changed earlier pivot rows too; return the final rows.
        return result.enumerated().map { (index, entry) in (entry.pivot, rows[index]) }
    }
}
