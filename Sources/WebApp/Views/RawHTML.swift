import Sealing

/// Markup a page wrote itself as bytes (`PostListHTML`), given among a page's values and joined
/// into the page where its name stands in a triple mustache (`{{{postsHTML}}}`).
///
/// A framed page (`LayoutFrames`) never turns it into a string: Mustache renders a marker in its
/// place and the bytes are copied in as the page is written. A thread's posts are most of its
/// page, and turning them into a string, then copying that through Mustache's output and the
/// page, was a tenth of the page's work (bench/speed.sh, perf). A page rendered whole reads it
/// through `description`, so both ways give the same page (`LayoutFramesTests`).
public struct RawHTML: Sendable, CustomStringConvertible {
    let bytes: [UInt8]

    init(bytes: [UInt8]) { self.bytes = bytes }

    public var description: String { String(decoding: bytes, as: UTF8.self) }

    /// Where the `index`th raw part of a page stands while Mustache renders it: random for each
    /// run of the server, so nothing a person writes (a thread's title, a reply being written)
    /// can name one and be replaced. It ends in an apostrophe, which escaping changes, so a
    /// template that writes the part escaped (`{{postsHTML}}`) gets it escaped, as Mustache would.
    static func marker(_ index: Int) -> String { markerPrefix + String(index) + rawEnd }

    static let rawEnd = "Z'"
    static let escapedEnd = "Z" + ChorusHTMLEscaping.escape("'")

    static let markerPrefix = "ChorusRaw" + SecureRandom.bytes(16).hex + "N"
}
