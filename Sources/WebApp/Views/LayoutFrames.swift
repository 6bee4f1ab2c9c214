import Localisation
import Mustache
import NIOCore

/// The shared layout (head, quick exit, language links, navigation, support line) rendered once
/// per language, per choice of language links and per kind of navigation when the server starts,
/// with a gap for each thing a request brings: the page's own content and scripts, and the
/// signed-in person's name and form token. A page then renders only its own template with
/// Mustache and is joined into its frame.
///
/// Rendering the layout on every request was the largest single cost of a forum page (measured:
/// see bench/README.md). `LayoutFramesTests` checks that every page template, in every language
/// and with each navigation, comes out exactly as a whole Mustache rendering of it.
///
/// Nothing a request brings is looked for in the frames: the gaps were found once, in text made
/// from the templates and the catalogues, so a post that contains a gap's name is just text.
final class LayoutFrames: @unchecked Sendable {
    // @unchecked: the dictionaries of `Any` are built in `init` and never changed after it.

    /// What fills a gap.
    enum Gap: String, CaseIterable {
        case scripts, content, csrf, pseudonym, staffName, staffRole

        /// Letters only, so the layout's escaping leaves it as it is.
        var placeholder: String { LayoutFrames.gapMarker + rawValue + "Qz" }
    }

    /// The navigation a page shows: the member's, the staff's, or none (survey pages).
    enum Navigation: CaseIterable {
        case none, forum, staff

        /// The layout's section for it and the names read in it, each with its gap: the one
        /// table the frames are rendered from and filled from.
        var section: (name: String, gaps: [(Gap, String)])? {
            switch self {
            case .none: nil
            case .forum: ("forumNav", [(.pseudonym, "pseudonym"), (.csrf, "csrf")])
            case .staff: ("staffNav", [(.staffName, "name"), (.staffRole, "role"), (.csrf, "csrf")])
            }
        }
    }

    enum Piece {
        case text(String)
        case gap(Gap)
    }

    struct Key: Hashable {
        var language: String
        var offersLanguages: Bool
    }

    static let gapMarker = "ChorusLayoutGapQz"
    /// Between a page's scripts and its content in what `bodies` renders.
    static let bodySeparator = gapMarker + "bodyQz"

    /// The layout's own values (language, words, links), by language and choice of links.
    private let layoutValues: [Key: [String: Any]]
    private let frames: [Key: [Navigation: [Piece]]]
    /// The same templates in each language, its words written in (`TemplateSource.baking`),
    /// with a layout that renders only the page's scripts and content.
    private let bodies: [String: MustacheLibrary]
    /// The same, rendered once per shape of a page's values and filled in after (`ShapedBodies`).
    let shaped: ShapedBodies
    /// The templates that are pages in the layout; only they are framed, so a rendered body is
    /// never searched for the separator unless the separator is certainly in it.
    private let pages: Set<String>
    /// Every name the layout reads from the values: a page that gives one of its own is rendered
    /// whole, since its frame was made with the layout's.
    private let layoutNames: Set<String>

    /// `texts` are the templates `library` holds; `words` each language's catalogue by key.
    init(library: MustacheLibrary, texts: [String: String], words: [String: [String: String]], layoutValues: [Key: [String: Any]]) throws {
        self.layoutValues = layoutValues
        pages = Set(texts.filter { TemplateSource.isPage($0.value) }.keys)
        layoutNames = Set(layoutValues.values.flatMap(\.keys))
        var framing = library
        try framing.register(
            "{{<layout}}{{$scripts}}\(Gap.scripts.placeholder){{/scripts}}{{$content}}\(Gap.content.placeholder){{/content}}{{/layout}}",
            named: "layout-frame")
        var frames: [Key: [Navigation: [Piece]]] = [:]
        for (key, values) in layoutValues {
            for navigation in Navigation.allCases {
                var context = values
                for (name, value) in Self.placeholders(for: navigation) { context[name] = value }
                let html = framing.render(context, withTemplate: "layout-frame") ?? ""
                frames[key, default: [:]][navigation] = Self.pieces(of: html)
            }
        }
        self.frames = frames
        var bodies: [String: MustacheLibrary] = [:]
        for (language, words) in words {
            let langQuery = layoutValues.first { $0.key.language == language }?.value["langQuery"] as? String ?? ""
            var texts = TemplateSource.baking(texts, words: words, langQuery: langQuery)
            texts["layout"] = TemplateSource.pragma + "{{$scripts}}{{/scripts}}\(Self.bodySeparator){{$content}}{{/content}}"
            bodies[language] = try TemplateSource.library(texts: texts)
        }
        self.bodies = bodies
        shaped = ShapedBodies(libraries: bodies, shapeable: ShapedBodies.shapeable(pages: pages, texts: texts))
    }

    /// What a page is rendered with: the layout's values with the page's over them, each of its
    /// `RawHTML` parts replaced by a marker (`RawHTML.markers`), and the parts by marker number.
    struct Framing {
        var context: [String: Any]
        /// The page's own values (`context` without the layout's), as `context` has them.
        var values: [String: Any] = [:]
        var raw: [RawHTML] = []
    }

    /// What `page` renders for `template` with `values` and `key`, or nil when the page cannot be
    /// framed: a language the server was not started with, a template that is not a page in the
    /// layout, or a page that gives a name the layout reads.
    func framing(for template: String, values: [String: Any], key: Key) -> Framing? {
        guard pages.contains(template), !values.keys.contains(where: layoutNames.contains), let context = layoutValues[key] else {
            return nil
        }
        var framing = Framing(context: context)
        for (name, value) in values {
            var value = value
            if let html = value as? RawHTML {
                value = RawHTML.markers.marker(framing.raw.count)
                framing.raw.append(html)
            }
            framing.context[name] = value
            framing.values[name] = value
        }
        return framing
    }

    /// The page, or nil when it cannot be joined into a frame (a template without the layout,
    /// navigation of both kinds, a name that is not text); the caller then renders it whole.
    /// Written straight into the bytes the response sends.
    func page(_ template: String, framing: Framing, key: Key, shaping: Bool = false) -> ByteBuffer? {
        let context = framing.context
        guard let navigation = Self.navigation(in: context), let pieces = frames[key]?[navigation],
              let fills = Self.fills(for: navigation, in: context),
              let body = (shaping ? shaped.render(template, values: framing.values, context: context, layout: key) : nil)
                ?? bodies[key.language]?.render(context, withTemplate: template),
              let split = Self.firstRange(of: Self.bodySeparator, in: body) else { return nil }
        let scripts = body[..<split.lowerBound], content = body[split.upperBound...]
        var page = ByteBuffer()
        page.reserveCapacity(body.utf8.count + framing.raw.reduce(4096) { $0 + $1.bytes.count })
        for piece in pieces {
            switch piece {
            case .text(let text): page.writeString(text)
            case .gap(.scripts): Self.write(scripts, joining: framing.raw, into: &page)
            case .gap(.content): Self.write(content, joining: framing.raw, into: &page)
            case .gap(let gap): page.writeString(ChorusHTMLEscaping.escape(fills[gap] ?? ""))
            }
        }
        return page
    }

    /// Writes `text`, with each raw part's bytes where its marker stands.
    static func write(_ text: Substring, joining raw: [RawHTML], into page: inout ByteBuffer) {
        guard !raw.isEmpty else { page.writeSubstring(text); return }
        var rest = text
        while let found = RawHTML.markers.first(in: rest, count: raw.count) {
            switch found {
            case .value(let marker, let index, let escaped):
                page.writeSubstring(rest[..<marker.lowerBound])
                if escaped { page.writeString(ChorusHTMLEscaping.escape(raw[index].description)) } else { page.writeBytes(raw[index].bytes) }
                rest = rest[marker.upperBound...]
            case .notAMarker(let prefix):
                // Not one of the page's markers: written as it stands.
                page.writeSubstring(rest[..<prefix.upperBound])
                rest = rest[prefix.upperBound...]
            }
        }
        page.writeSubstring(rest)
    }

    /// Where `needle` (ASCII) first stands in `text`, found on its UTF-8 bytes. Foundation's
    /// `range(of:)` worked through UTF-16 offsets of the whole page and was a tenth of its cost.
    static func firstRange(of needle: String, in text: some StringProtocol) -> Range<String.Index>? {
        let wanted = Array(needle.utf8)
        guard let first = wanted.first else { return nil }
        let bytes = text.utf8
        var start = bytes.startIndex
        while let found = bytes[start...].firstIndex(of: first) {
            if bytes[found...].starts(with: wanted) {
                return found..<bytes.index(found, offsetBy: wanted.count)
            }
            start = bytes.index(after: found)
        }
        return nil
    }

    /// The values the frame for `navigation` is rendered with: a placeholder for each name. The
    /// form token is the page's (the sign-out form reads it from outside the section).
    private static func placeholders(for navigation: Navigation) -> [String: Any] {
        guard let section = navigation.section else { return [:] }
        var own: [String: Any] = [:], page: [String: Any] = [:]
        for (gap, name) in section.gaps {
            if gap == .csrf { page[name] = gap.placeholder } else { own[name] = gap.placeholder }
        }
        page[section.name] = own
        return page
    }

    private static func navigation(in context: [String: Any]) -> Navigation? {
        switch (context["forumNav"], context["staffNav"]) {
        case (nil, nil): return Navigation.none
        case (.some, nil): return .forum
        case (nil, .some): return .staff
        default: return nil
        }
    }

    /// The text for each gap the navigation has, found as Mustache finds it: in the navigation's
    /// own values first, then in the page's. Nil when one is there but is not text.
    private static func fills(for navigation: Navigation, in context: [String: Any]) -> [Gap: String]? {
        guard let section = navigation.section else { return [:] }
        guard let own = context[section.name] as? [String: Any] else { return nil }
        var fills: [Gap: String] = [:]
        for (gap, name) in section.gaps {
            guard let value = own[name] ?? context[name] else { continue }
            guard let text = value as? String else { return nil }
            fills[gap] = text
        }
        return fills
    }

    /// The frame cut at its gaps.
    private static func pieces(of html: String) -> [Piece] {
        var pieces: [Piece] = []
        var rest = Substring(html)
        while let start = rest.range(of: gapMarker) {
            let afterMarker = rest[start.upperBound...]
            guard let end = afterMarker.range(of: "Qz"), let gap = Gap(rawValue: String(afterMarker[..<end.lowerBound])) else {
                pieces.append(.text(String(rest[..<start.upperBound])))
                rest = afterMarker
                continue
            }
            if start.lowerBound > rest.startIndex { pieces.append(.text(String(rest[..<start.lowerBound]))) }
            pieces.append(.gap(gap))
            rest = afterMarker[end.upperBound...]
        }
        if !rest.isEmpty { pieces.append(.text(String(rest))) }
        return pieces
    }
}
