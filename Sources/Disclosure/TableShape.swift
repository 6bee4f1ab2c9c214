/// Where each number of a table sits in one flat list, so that suppression, the relations between
/// numbers and the audit can treat cells and margins alike.
///
/// The order is the cells row by row, then (two-way tables only) the row totals and the column
/// bases, then the base. A one-way table's row totals and column base repeat its cells and base,
/// so they have no place of their own: each number has exactly one index.
struct TableShape: Sendable, Equatable {
    let rows: Int
    let columns: Int
    let isTwoWay: Bool
    let rowsAreAdditive: Bool

    init(rows: Int, columns: Int, isTwoWay: Bool, rowsAreAdditive: Bool) {
        self.rows = rows
        self.columns = isTwoWay ? columns : 1
        self.isTwoWay = isTwoWay
        self.rowsAreAdditive = rowsAreAdditive
    }

    init(_ table: CrossTable) {
        self.init(rows: table.rowOptions.count, columns: table.columnOptions.count, isTwoWay: table.isTwoWay, rowsAreAdditive: table.rowsAreAdditive)
    }

    init(_ table: ProtectedTable) {
        self.init(rows: table.rowOptions.count, columns: table.columnOptions.count, isTwoWay: table.isTwoWay, rowsAreAdditive: table.rowsAreAdditive)
    }

    var count: Int { isTwoWay ? rows * columns + rows + columns + 1 : rows + 1 }
    var indices: Range<Int> { 0..<count }

    func cell(_ row: Int, _ column: Int) -> Int { row * columns + column }
    func rowTotal(_ row: Int) -> Int { isTwoWay ? rows * columns + row : cell(row, 0) }
    func columnBase(_ column: Int) -> Int { isTwoWay ? rows * columns + rows + column : base }
    var base: Int { count - 1 }

    func isCell(_ index: Int) -> Bool { index < rows * columns }

    /// The index of `entry`, or nil when the table has no such number.
    func index(of entry: TableEntry) -> Int? {
        switch entry {
        case .cell(let row, let column):
            guard (0..<rows).contains(row), (0..<columns).contains(column) else { return nil }
            return cell(row, column)
        case .rowTotal(let row):
            guard (0..<rows).contains(row) else { return nil }
            return rowTotal(row)
        case .columnBase(let column):
            guard (0..<columns).contains(column) else { return nil }
            return columnBase(column)
        case .base:
            return base
        }
    }

    func entry(at index: Int) -> TableEntry {
        if isCell(index) { return .cell(row: index / columns, column: index % columns) }
        if index == base { return .base }
        let margin = index - rows * columns
        return margin < rows ? .rowTotal(row: margin) : .columnBase(column: margin - rows)
    }

    var entries: [TableEntry] { indices.map(entry(at:)) }

    /// The table's true counts in this order.
    func values(of table: CrossTable) -> [Int] {
        var values = table.cells.flatMap { $0 }
        if isTwoWay { values += table.rowTotals + table.columnBases }
        return values + [table.base]
    }

    /// The table's published counts in this order.
    func counts(of table: ProtectedTable) -> [ProtectedCount] {
        var counts = table.cells.flatMap { $0 }
        if isTwoWay { counts += table.rowTotals + table.columnBases }
        return counts + [table.base]
    }

    /// `template` with every number replaced by `values` (in this order): a whole table, margins
    /// included, such as a witness of the audit.
    func table(_ values: [Int], like template: CrossTable) -> CrossTable {
        var table = template
        table.cells = (0..<rows).map { row in (0..<columns).map { values[cell(row, $0)] } }
        table.rowTotals = (0..<rows).map { values[rowTotal($0)] }
        table.columnBases = (0..<columns).map { values[columnBase($0)] }
        table.base = values[base]
        return table
    }
}
