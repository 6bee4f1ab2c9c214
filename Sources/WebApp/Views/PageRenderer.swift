import Foundation
import Hummingbird
import Localisation
import Mustache
import SurveyKit

/// Renders the Mustache templates inside the shared layout: neutral title, quick exit, support line.
public struct PageRenderer: Sendable {
    let library: MustacheLibrary
    /// The layout rendered once per language, with gaps for what each page brings.
    let frames: LayoutFrames
    let siteName: String
    let exitURL: String
    let catalogue: Catalogue
    /// Whether the page shows the links that choose a language (survivor pages only).
    var offersLanguages = false
    /// Whether a page's own template is filled into its shape (`ShapedBodies`): the forum's and
    /// staff pages only. A survey page's flags and lists are her answers (a box she ticked), and
    /// no shape of them is kept, even without the words.
    var shapesPages = false

    init(siteName: String, exitURL: String, catalogue: Catalogue = .english) async throws {
        guard let directory = Bundle.module.url(forResource: "Templates", withExtension: nil) else {
            throw TemplatesMissing()
        }
        let texts = try TemplateSource.texts(directory: directory)
        library = try TemplateSource.library(texts: texts)
        self.siteName = siteName
        self.exitURL = exitURL
        self.catalogue = catalogue
        var layoutValues: [LayoutFrames.Key: [String: Any]] = [:]
        for language in Catalogue.all {
            for offersLanguages in [false, true] {
                layoutValues[.init(language: language.language, offersLanguages: offersLanguages)] = Self.layoutValues(
                    catalogue: language, offersLanguages: offersLanguages, siteName: siteName, exitURL: exitURL)
            }
        }
        frames = try LayoutFrames(library: library, texts: texts, words: Self.shippedStrings, layoutValues: layoutValues)
    }

    struct TemplatesMissing: Error, CustomStringConvertible {
        var description: String { "The web templates are missing from the build. Rebuild Chorus." }
    }

    /// The same renderer in another language; survey labels follow it where the survey has them.
    /// `offersChoice` shows the links that choose a language: on pages reached by a link, not on
    /// pages answering a form, where following one would start the survey again.
    func speaking(_ other: Catalogue, offersChoice: Bool = true) -> PageRenderer {
        var speaking = PageRenderer(library: library, frames: frames, siteName: siteName, exitURL: exitURL, catalogue: other, offersLanguages: offersChoice)
        speaking.shapesPages = shapesPages
        return speaking
    }

    /// The same renderer in the language `request` asked for (`?lang=`), without the language
    /// links: for an error or a refusal, where a link would not take her back to what she was doing.
    func refusing(_ request: Request) -> PageRenderer {
        speaking(request.chosenCatalogue(), offersChoice: false)
    }

    private init(library: MustacheLibrary, frames: LayoutFrames, siteName: String, exitURL: String, catalogue: Catalogue, offersLanguages: Bool) {
        self.library = library
        self.frames = frames
        self.siteName = siteName
        self.exitURL = exitURL
        self.catalogue = catalogue
        self.offersLanguages = offersLanguages
    }

    /// An HTML response for `template`, with `values` merged over the layout's own.
    func page(_ template: String, _ values: [String: Any], status: HTTPResponse.Status = .ok) -> Response {
        response(bytes: framedPage(template, values) ?? ByteBuffer(string: wholeHTML(template, values)), status: status)
    }

    /// An HTML response of a page already rendered.
    func response(html: String, status: HTTPResponse.Status = .ok) -> Response {
        response(bytes: ByteBuffer(string: html), status: status)
    }

    private func response(bytes: ByteBuffer, status: HTTPResponse.Status) -> Response {
        Response(status: status, headers: [.contentType: "text/html; charset=utf-8"], body: .init(byteBuffer: bytes))
    }

    /// The HTML of `template` inside the layout.
    func html(_ template: String, _ values: [String: Any]) -> String {
        framedHTML(template, values) ?? wholeHTML(template, values)
    }

    /// The page's own template rendered and joined into its frame, or nil when it cannot be.
    func framedHTML(_ template: String, _ values: [String: Any]) -> String? {
        framedPage(template, values).map { String(buffer: $0) }
    }

    private func framedPage(_ template: String, _ values: [String: Any]) -> ByteBuffer? {
        let key = LayoutFrames.Key(language: catalogue.language, offersLanguages: offersLanguages)
        guard let framing = frames.framing(for: template, values: values, key: key) else { return nil }
        return frames.page(template, framing: framing, key: key, shaping: shapesPages)
    }

    /// The HTML of `template` with the layout rendered by Mustache too: for a page that cannot be
    /// joined into a frame, and for the tests that check the frames against it.
    func wholeHTML(_ template: String, _ values: [String: Any]) -> String {
        var context = Self.layoutValues(catalogue: catalogue, offersLanguages: offersLanguages, siteName: siteName, exitURL: exitURL)
        for (name, value) in values { context[name] = value }
        return library.render(context, withTemplate: template) ?? ""
    }

    /// What every link of a page carries to keep its language (`?lang=cy`); nothing for English.
    var langQuery: String { Self.langQuery(for: catalogue) }

    static func langQuery(for catalogue: Catalogue) -> String {
        catalogue.language == Catalogue.english.language ? "" : "?lang=\(catalogue.language)"
    }

    /// A short page with a heading and one message, for errors and outcomes.
    func message(_ heading: String, _ message: String, status: HTTPResponse.Status) -> Response {
        page("message", ["heading": heading, "message": message], status: status)
    }

    /// Every interface string of each shipped language, by key, gathered once rather than per page.
    private static let shippedStrings: [String: [String: String]] = Dictionary(
        uniqueKeysWithValues: Catalogue.all.map { ($0.language, strings(of: $0)) })

    private static func strings(of catalogue: Catalogue) -> [String: String] {
        var strings: [String: String] = [:]
        for key in StringKey.allCases { strings[key.rawValue] = catalogue[key] }
        return strings
    }

    private static func layoutValues(catalogue: Catalogue, offersLanguages: Bool, siteName: String, exitURL: String) -> [String: Any] {
        let strings = Self.shippedStrings[catalogue.language] ?? Self.strings(of: catalogue)
        let isDefault = catalogue.language == Catalogue.english.language
        return [
            "lang": catalogue.language,
            "dir": catalogue.isRightToLeft ? "rtl" : "ltr",
            "siteName": siteName,
            "exitURL": exitURL,
            "t": strings,
            // The language stays in the address, never in a cookie: every link and form carries it.
            "langQuery": langQuery(for: catalogue),
            "langField": catalogue.language,
            "hasLangField": !isDefault,
            "offersLanguages": offersLanguages,
            "languages": Catalogue.all.map { other in
                [
                    "code": other.language, "name": other.nativeName,
                    "isCurrent": other.language == catalogue.language, "dir": other.isRightToLeft ? "rtl" : "ltr",
                ] as [String: Any]
            },
        ]
    }
}

/// Splits a survey text into blocks for the page: paragraphs at blank lines, and lists where every
/// line of a block starts with "- ". Mustache escapes each piece; no markup passes through.
func textBlocks(_ text: String) -> [[String: Any]] {
    text.components(separatedBy: "\n\n").compactMap { block -> [String: Any]? in
        let lines = block.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard !lines.isEmpty else { return nil }
        if lines.allSatisfy({ $0.hasPrefix("- ") }) {
            return ["isList": true, "items": lines.map { String($0.dropFirst(2)).trimmingCharacters(in: .whitespaces) }]
        }
        return ["isList": false, "text": lines.joined(separator: " ")]
    }
}
