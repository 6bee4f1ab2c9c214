/// A cell's address as Excel writes it ("B3", "AA10"): the column letters and the row number.
struct CellReference: Equatable {
    /// Zero-based: A is 0, Z is 25, AA is 26.
    let column: Int
    /// One-based, as Excel shows it.
    let row: Int

    init(column: Int, row: Int) {
        self.column = column
        self.row = row
    }

    /// Nil unless `text` is letters then digits, within Excel's limits (XFD1048576).
    init?(_ text: String) {
        var column = 0
        var letters = 0
        var row = 0
        var digits = 0
        for scalar in text.unicodeScalars {
            switch scalar {
            case "A"..."Z" where digits == 0, "a"..."z" where digits == 0:
                let value = Int(scalar.properties.uppercaseMapping.unicodeScalars.first!.value) - 64
                column = column * 26 + value
                letters += 1
                if letters > 3 { return nil }
            case "0"..."9" where letters > 0:
                row = row * 10 + Int(scalar.value - 48)
                digits += 1
                if digits > 7 { return nil }
            default:
                return nil
            }
        }
        guard letters > 0, digits > 0, row > 0 else { return nil }
        self.column = column - 1
        self.row = row
    }

    /// "A" for 0, "AA" for 26: the letters a person sees at the top of the sheet.
    static func letters(ofColumn index: Int) -> String {
        var index = index + 1
        var letters: [Character] = []
        while index > 0 {
            let remainder = (index - 1) % 26
            letters.insert(Character(Unicode.Scalar(UInt8(65 + remainder))), at: 0)
            index = (index - 1) / 26
        }
        return String(letters)
    }
}
