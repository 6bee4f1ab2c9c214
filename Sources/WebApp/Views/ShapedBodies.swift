import Mustache
import Synchronization

/// A page's own template rendered by Mustache once for each "shape" of its values, then filled in
/// on every request without Mustache.
///
/// A shape is everything about the values that decides which parts of the template are written:
/// which names there are, each true or false, how many items each list has, and where text or a
/// number stands. It says nothing of the text itself. Rendering a shape for the first time gives
/// the template with a marker wherever a piece of text or a number goes, and whether it went
/// there escaped (`{{name}}`) or not (`{{{name}}}`); the page is then those pieces joined with the
/// request's own text, escaped exactly as Mustache escapes it.
///
/// swift-mustache finds each name with several dynamic casts, and that was a twelfth of a thread
/// page (bench/speed.sh, perf). `LayoutFramesTests` hold every page template, in every language,
/// to a whole rendering by Mustache, and check the pieces keep nothing of what a request gave.
///
/// What is kept is the templates' own markup and markers: never a value. Values of any kind but
/// text, whole numbers, true or false, lists and name-value tables are not shaped: such a page is
/// rendered by Mustache as before.
final class ShapedBodies: Sendable {
    private let libraries: [String: MustacheLibrary]
    private let kept = Mutex<[Key: Entry]>([:])
    /// Far more shapes than Chorus's pages have (a list's length is part of its shape); past this
    /// the memory starts again.
    static let limit = 2048

    struct Key: Hashable {
        var template: String
        var layout: LayoutFrames.Key
        var shape: [UInt8]
    }

    enum Piece: Equatable {
        case text(String)
        /// The `index`th value in the order `Shape` walks them.
        case value(index: Int, escaped: Bool)
    }

    enum Entry {
        case pieces([Piece])
        /// The shape's first page, filled in, was not Mustache's: this shape is left to Mustache.
        case unshaped
    }

    /// `libraries` by language: the page templates with a layout of only their own blocks.
    init(libraries: [String: MustacheLibrary], shapeable: Set<String>) {
        self.libraries = libraries
        self.shapeable = shapeable
    }

    /// The templates that may be shaped.
    private let shapeable: Set<String>

    /// The pages that may be shaped: none if any template uses a transform (`{{count(x)}}`,
    /// `{{#empty(x)}}`), since a transform reads the value itself, and a marker would give it
    /// another answer than the page's own value. Chorus's templates use none.
    static func shapeable(pages: Set<String>, texts: [String: String]) -> Set<String> {
        texts.values.contains(where: usesTransform) ? [] : pages
    }

    static func usesTransform(_ text: String) -> Bool {
        TemplateSource.tags(in: Substring(text)).pieces.contains { $0.name.contains("(") }
    }

    /// The page's body for `context` (the layout's values with the page's own `values` over
    /// them), or nil when the values cannot be shaped (then the caller renders with Mustache). A
    /// shape's first page is Mustache's own.
    func render(_ template: String, values: [String: Any], context: [String: Any], layout: LayoutFrames.Key) -> String? {
        guard shapeable.contains(template) else { return nil }
        var shape = Shape()
        guard shape.walk(values) else { return nil }
        let key = Key(template: template, layout: layout, shape: shape.signature)
        switch kept.withLock({ $0[key] }) {
        case .pieces(let pieces)?:
            return Self.fill(pieces, with: shape.leaves)
        case .unshaped?:
            return nil
        case nil:
            // A new shape: cut the template at its markers, and keep the pieces only if filling
            // them with these values gives exactly Mustache's page (a value written other than
            // whole, say a list printed as text, would not).
            let pieces = makePieces(template, values: values, context: context, language: layout.language)
            let filled = pieces.map { Self.fill($0, with: shape.leaves) }
            let rendered = libraries[layout.language]?.render(context, withTemplate: template)
            let entry: Entry = if let pieces, filled != nil, filled == rendered { .pieces(pieces) } else { .unshaped }
            kept.withLock { entries in
                if entries.count >= Self.limit { entries.removeAll() }
                entries[key] = entry
            }
            return rendered
        }
    }

    private static func fill(_ pieces: [Piece], with leaves: [Any]) -> String {
        var body = ""
        body.reserveCapacity(pieces.count * 64)
        for piece in pieces {
            switch piece {
            case .text(let text): body += text
            case .value(let index, let escaped):
                let text = Shape.text(of: leaves[index])
                body += escaped ? ChorusHTMLEscaping.escape(text) : text
            }
        }
        return body
    }

    /// The pieces kept for a shape, for the tests.
    func keptPieces() -> [Key: [Piece]] {
        kept.withLock { $0 }.compactMapValues { if case .pieces(let pieces) = $0 { pieces } else { nil } }
    }

    private func makePieces(_ template: String, values: [String: Any], context: [String: Any], language: String) -> [Piece]? {
        var marking = Shape(marking: true)
        guard marking.walk(values), let marked = marking.marked as? [String: Any] else { return nil }
        var context = context
        for (name, value) in marked { context[name] = value }
        guard let rendered = libraries[language]?.render(context, withTemplate: template) else { return nil }
        return Self.pieces(of: rendered, values: marking.leaves.count)
    }

    /// `rendered` cut at its markers, or nil if one is not as `Shape.markers` writes it (which
    /// would mean the template did something with a value other than write it).
    static func pieces(of rendered: String, values: Int) -> [Piece]? {
        var pieces: [Piece] = []
        var rest = Substring(rendered)
        while let found = Shape.markers.first(in: rest, count: values) {
            guard case .value(let marker, let index, let escaped) = found else { return nil }
            if marker.lowerBound > rest.startIndex { pieces.append(.text(String(rest[..<marker.lowerBound]))) }
            pieces.append(.value(index: index, escaped: escaped))
            rest = rest[marker.upperBound...]
        }
        if !rest.isEmpty { pieces.append(.text(String(rest))) }
        return pieces
    }
}

/// One walk over a page's values, names in sorted order: their shape (as bytes, `signature`),
/// the values that are written (text and whole numbers) in order, and, when marking, the same
/// values with a marker in place of each of those.
struct Shape: CustomStringConvertible {
    private(set) var signature: [UInt8] = []
    private(set) var leaves: [Any] = []
    private let marking: Bool
    /// The values with markers, when marking.
    private(set) var marked: Any?

    init(marking: Bool = false) { self.marking = marking }

    var description: String { String(decoding: signature, as: UTF8.self) }

    /// Where each written value stands in the marking walk's values.
    static let markers = ValueMarkers(kind: "Shape")

    /// How Mustache writes a value it has no special rule for.
    static func text(of value: Any) -> String {
        switch value {
        case let text as String: text
        default: String(describing: value)
        }
    }

    /// False when a value is of a kind Mustache may treat in its own way (a struct read through
    /// reflection, an optional, a set with no order): such a page is not shaped.
    mutating func walk(_ values: [String: Any]) -> Bool {
        signature.reserveCapacity(256)
        leaves.reserveCapacity(32)
        guard let result = walk(any: values) else { return false }
        marked = result
        return true
    }

    private mutating func walk(any value: Any) -> Any? {
        // The kinds a page's values are made of, told apart by their exact type: a failed cast
        // costs a call to the runtime, and casting a table or a list to another element type
        // copies it value by value. Anything else goes through the casts below.
        let kind = type(of: value)
        if kind == String.self { return leaf(value, kind: "s") }
        if kind == Bool.self { return flag(value as! Bool) }
        if kind == [String: Any].self { return walk(table: value as! [String: Any]) }
        if kind == [String: String].self { return walk(table: value as! [String: String]) }
        if kind == [Any].self { return walk(list: value as! [Any]) }
        if kind == [[String: Any]].self { return walk(list: value as! [[String: Any]]) }
        if kind == [[String: String]].self { return walk(list: value as! [[String: String]]) }
        if kind == [String].self { return walk(list: value as! [String]) }
        // In Mustache's order: true or false before anything else (a section reads it so).
        switch value {
        case let flag as Bool:
            return self.flag(flag)
        case let text as String:
            return leaf(text, kind: "s")
        case let number as Int:
            return leaf(number, kind: "i")
        case let number as Int64:
            return leaf(number, kind: "i")
        case let table as [String: Any]:
            return walk(table: table)
        case let list as [Any]:
            return walk(list: list)
        default:
            return nil
        }
    }

    private mutating func flag(_ flag: Bool) -> Bool {
        signature.append(flag ? 0x54 : 0x46)  // "T", "F"
        return flag
    }

    private mutating func walk<Value>(table: [String: Value]) -> Any? {
        signature.append(0x7B)  // "{"
        var marked: [String: Any] = [:]
        for (name, value) in table.sorted(by: { $0.key < $1.key }) {
            append(number: name.utf8.count)
            signature.append(0x3A)  // ":"
            signature.append(contentsOf: name.utf8)
            guard let inner = walk(any: value) else { return nil }
            if marking { marked[name] = inner }
        }
        signature.append(0x7D)  // "}"
        return marked
    }

    private mutating func walk<Item>(list: [Item]) -> Any? {
        signature.append(0x5B)  // "["
        append(number: list.count)
        signature.append(0x3A)  // ":"
        var marked: [Any] = []
        for item in list {
            guard let inner = walk(any: item) else { return nil }
            if marking { marked.append(inner) }
        }
        signature.append(0x5D)  // "]"
        return marked
    }

    private mutating func append(number: Int) {
        signature.append(contentsOf: String(number).utf8)
    }

    /// A written value: "s" for text, "i" for a whole number.
    private mutating func leaf(_ value: Any, kind: Unicode.Scalar) -> Any {
        signature.append(UInt8(ascii: kind))
        leaves.append(value)
        return marking ? Self.markers.marker(leaves.count - 1) : value
    }
}
