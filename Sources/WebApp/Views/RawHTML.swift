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

    /// Where a page's raw parts stand while Mustache renders it. A template that writes a part
    /// escaped (`{{postsHTML}}`) gets it escaped, as Mustache would.
    static let markers = ValueMarkers(kind: "Raw")
}
