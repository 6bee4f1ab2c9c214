extension PublicFindings {
    /// One protected table. A `nil` count, base or percentage means "not shown", with no reason
    /// given: the reason would narrow the hidden number.
    public struct Table: Sendable, Equatable {
        public var title: String
        public var kind: Kind
        /// A note for the reader, such as that multiple-choice percentages add up to more than 100%.
        public var note: String?
        /// Who was shown the question (after skip logic), or nil when not shown.
        public var asked: Int?
        /// Who answered it, or nil when not shown.
        public var answered: Int?
        /// One column for a one-way table; one per group for a comparison.
        public var columns: [Column]
        /// Each row has one cell per column.
        public var rows: [Row]
        /// For scales: the agreeing share in each column (one cell per column).
        public var agreement: Agreement?

        public init(title: String, kind: Kind, note: String?, asked: Int?, answered: Int?,
                    columns: [Column], rows: [Row], agreement: Agreement?) {
            self.title = title
            self.kind = kind
            self.note = note
            self.asked = asked
            self.answered = answered
            self.columns = columns
            self.rows = rows
            self.agreement = agreement
        }

        public enum Kind: String, Sendable, Equatable, CaseIterable {
            case singleChoice = "single_choice"
            case multipleChoice = "multiple_choice"
            case scale
            case themes
            /// One group against the rest (the police against other agencies, 003: 916).
            case comparison
        }
    }

    /// A column and the number of people its percentages are of.
    public struct Column: Sendable, Equatable {
        public var label: String
        /// Nil when not shown; then no percentage in the column may be shown either.
        public var base: Int?

        public init(label: String, base: Int?) {
            self.label = label
            self.base = base
        }
    }

    public struct Row: Sendable, Equatable {
        public var label: String
        public var cells: [Cell]

        public init(label: String, cells: [Cell]) {
            self.label = label
            self.cells = cells
        }
    }

    /// A scale's agreeing share ("Found them helpful"), one cell per column.
    public struct Agreement: Sendable, Equatable {
        public var label: String
        public var cells: [Cell]

        public init(label: String, cells: [Cell]) {
            self.label = label
            self.cells = cells
        }
    }

    /// A number of people and their share of the column's base, each nil when not shown.
    public struct Cell: Sendable, Equatable {
        public var count: Int?
        /// count ÷ base × 100, to one decimal place; only with both the count and the base shown.
        public var percent: Double?

        public init(count: Int?, percent: Double?) {
            self.count = count
            self.percent = percent
        }
    }
}
