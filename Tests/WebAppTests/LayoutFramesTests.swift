import Foundation
import Localisation
import Hummingbird
import Testing
import TestSupport
@testable import WebApp

/// Pages are joined into a layout rendered once per language (`LayoutFrames`); each must come out
/// exactly as Mustache renders the whole page, in every language, with and without the language
/// links, with each kind of navigation, and with names that need escaping.
@Suite struct LayoutFramesTests {
    static let templatesDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../Sources/WebApp/Templates").standardizedFileURL

    static let templates: [String] = {
        let directory = templatesDirectory
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { name in
            guard name.hasSuffix(".mustache"),
                  let text = try? String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8) else { return false }
            return text.hasPrefix("{{<layout}}")
        }.map { String($0.dropLast(".mustache".count)) }.sorted()
    }()

    /// Values that open every section the templates have: each section's name gives a list of one
    /// item, and every other name some text that needs escaping, in the item too. No item has a
    /// `t` or a `langQuery` of its own, as none of Chorus's does (see `TemplateSource.baking`).
    static var everySection: [String: Any] {
        let directory = templatesDirectory
        let texts = ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []).compactMap {
            try? String(contentsOf: directory.appendingPathComponent($0), encoding: .utf8)
        }.joined()
        let (sections, names) = tags(in: texts)
        let left = layoutNames
        var item: [String: Any] = [:]
        for name in names.union(sections.filter { $0.contains(".") }) where !left.contains(String(name.split(separator: ".")[0])) {
            let parts = name.split(separator: ".").map(String.init)
            if parts.count == 2 {
                var inner = item[parts[0]] as? [String: Any] ?? [:]
                inner[parts[1]] = sections.contains(name) ? true : "\(parts[1]) <&\"'>"
                item[parts[0]] = inner
            } else if !sections.contains(name) {
                item[name] = "\(name) <&\"'>"
            }
        }
        var values = item
        for name in sections where !name.contains(".") && !left.contains(name) { values[name] = [item] }
        values["csrf"] = "token-1"
        return values
    }

    /// The names `source` opens as sections (`{{#name}}`, `{{^name}}`) and the names it writes.
    static func tags(in source: String) -> (sections: Set<String>, names: Set<String>) {
        let tag = try! NSRegularExpression(pattern: "\\{\\{\\{?([#^&]?)([A-Za-z][A-Za-z0-9_.]*)")
        var sections: Set<String> = [], names: Set<String> = []
        for match in tag.matches(in: source, range: NSRange(source.startIndex..., in: source)) {
            let kind = String(source[Range(match.range(at: 1), in: source)!])
            let name = String(source[Range(match.range(at: 2), in: source)!])
            if kind == "#" || kind == "^" { sections.insert(name) } else { names.insert(name) }
        }
        return (sections, names)
    }

    /// The names the layout gives every page.
    static let layoutNames = ["t", "langQuery", "lang", "dir", "siteName", "exitURL", "offersLanguages", "languages", "langField",
                              "hasLangField", "forumNav", "staffNav"]

    static var valueSets: [[String: Any]] { [
        [:],
        ["forumNav": ["pseudonym": "Quiet<Otter>&\"'"], "csrf": "token\"<&"],
        ["staffNav": ["name": "Ann & <Bo>", "role": "lead's"], "csrf": "staff-token"],
        // Mustache looks past the section's own values to the page's.
        ["forumNav": [String: Any](), "pseudonym": "FromThePage", "csrf": "c1"],
        ["errors": [["message": "Say <more>"]], "hasErrors": true, "reply": "mine & yours",
         "postsHTML": "<li>\(LayoutFrames.Gap.csrf.placeholder) \(LayoutFrames.bodySeparator)</li>",
         "forumNav": ["pseudonym": "P"], "csrf": "SECRET-TOKEN"],
        everySection,
        everySection.merging(["forumNav": ["pseudonym": "P"]]) { $1 },
        // Raw bytes joined in; text that looks like a marker but is not one of the page's stays text.
        ["postsHTML": RawHTML(bytes: Array("<li>posts & <b>raw</b> é</li>".utf8)), "forumNav": ["pseudonym": "P"], "csrf": "c2",
         "reply": "ChorusRaw0123N0Z' \(RawHTML.markers.prefix)99Z' \(RawHTML.markers.prefix)0 \(RawHTML.markers.prefix)Z"],
    ] }

    @Test func everyPageIsTheWholeRenderingInEveryLanguageAndNavigation() async throws {
        #expect(Self.templates.count > 25, "the page templates were not found")
        let renderer = try await PageRenderer(siteName: "Site <&>", exitURL: "https://example.org/?a=1&b=2")
        var compared = 0
        for template in Self.templates {
            for catalogue in Catalogue.all {
                for (offers, shapes) in [(false, false), (true, false), (false, true), (true, true)] {
                    var speaking = renderer.speaking(catalogue, offersChoice: offers)
                    speaking.shapesPages = shapes
                    for values in Self.valueSets {
                        let framed = try #require(speaking.framedHTML(template, values), "\(template) was not framed")
                        let whole = speaking.wholeHTML(template, values)
                        #expect(framed == whole, "\(template) in \(catalogue.language), links \(offers): \(Self.firstDifference(framed, whole))")
                        compared += 1
                    }
                }
            }
        }
        #expect(compared == Self.templates.count * Catalogue.all.count * 4 * Self.valueSets.count)
    }

    /// Where two pages first differ, with a little of each around it, for a failure's message.
    static func firstDifference(_ a: String, _ b: String) -> String {
        let a = Array(a.utf8), b = Array(b.utf8)
        let index = (0..<min(a.count, b.count)).first { a[$0] != b[$0] } ?? min(a.count, b.count)
        func around(_ bytes: [UInt8]) -> String {
            String(decoding: bytes[max(0, index - 60)..<min(bytes.count, index + 60)], as: UTF8.self).replacingOccurrences(of: "\n", with: "⏎")
        }
        return "at byte \(index): «\(around(a))» versus «\(around(b))»"
    }

    /// A gap's name in what a member wrote is only text: nothing is filled into it, and the form
    /// token stays where the layout and the page put it.
    @Test func aGapsNameInAPostIsJustText() async throws {
        let renderer = try await PageRenderer(siteName: "Site", exitURL: "https://example.org")
        let values = Self.valueSets[4]
        #expect(Self.everySection.count > 100, "the templates' names were not found")
        let html = try #require(renderer.framedHTML("forum-thread", values))
        #expect(html.contains(LayoutFrames.Gap.csrf.placeholder))
        #expect(html.contains(LayoutFrames.bodySeparator))
        #expect(html.components(separatedBy: "SECRET-TOKEN").count - 1 == renderer.wholeHTML("forum-thread", values).components(separatedBy: "SECRET-TOKEN").count - 1)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
    }

    /// A page's raw bytes are joined in where their name stands, once, and no marker is left.
    @Test func rawPartsAreJoinedInAndNoMarkerIsLeft() async throws {
        let renderer = try await PageRenderer(siteName: "Site", exitURL: "https://example.org")
        let posts = "<li class=\"post\">one &amp; two</li>"
        let values: [String: Any] = ["postsHTML": RawHTML(bytes: Array(posts.utf8)), "forumNav": ["pseudonym": "P"], "csrf": "c"]
        let html = try #require(renderer.framedHTML("forum-thread", values))
        #expect(html.components(separatedBy: posts).count == 2)
        #expect(!html.contains(RawHTML.markers.prefix) && !html.contains("ChorusRaw"))
        #expect(html == renderer.wholeHTML("forum-thread", values))

        func joined(_ text: String, _ raw: [String]) -> String {
            var page = ByteBuffer()
            LayoutFrames.write(Substring(text), joining: raw.map { RawHTML(bytes: Array($0.utf8)) }, into: &page)
            return String(buffer: page)
        }
        let m = RawHTML.markers.prefix
        #expect(joined("a\(m)1Z'b\(m)0Z'c\(m)1Z'", ["X", "Y"]) == "aYbXcY")
        #expect(joined("\(m)2Z' \(m)0 \(m) \(m)00000Z' \(m)0Z", ["X"]) == "\(m)2Z' \(m)0 \(m) \(m)00000Z' \(m)0Z")
        #expect(joined("end \(m)0Z'", ["X"]) == "end X")
        // Written escaped by the template, the part is escaped, as Mustache would write it.
        #expect(joined("<p>\(m)0Z&#39;</p>", ["<b>&</b>"]) == "<p>&lt;b&gt;&amp;&lt;/b&gt;</p>")
        #expect(joined("no markers", []) == "no markers")
    }

    /// Pages are filled into their shapes (`ShapedBodies`), not rendered by Mustache each time:
    /// the page templates are shaped with values like the ones their controllers give, and what
    /// is kept for a shape is the template's own text, never a value a page was given.
    @Test func shapesAreUsedAndKeepNoValue() async throws {
        var renderer = try await PageRenderer(siteName: "Site", exitURL: "https://example.org")
        renderer.shapesPages = true
        let secret = "Secret\(UInt64.random(in: 1...UInt64.max))"
        for template in Self.templates {
            let values = Self.ownValues(of: template, text: "\(secret) <'&\">")
            for _ in 0..<2 {
                let html = try #require(renderer.framedHTML(template, values))
                #expect(html == renderer.wholeHTML(template, values), "\(template)")
            }
        }
        let kept = renderer.frames.shaped.keptPieces()
        // These values are only like a controller's: a template that writes a list's items whole
        // inside another list (the findings, a survey's questions) is left to Mustache with them.
        let shaped = Set(kept.keys.map(\.template))
        #expect(shaped.isSuperset(of: ["forum-thread", "forum-space", "forum-home", "forum-account", "forum-post-confirm", "forum-edit",
                                       "message", "staff-queue", "staff-thread", "join-details"]), "\(shaped.sorted())")
        #expect(shaped.count * 10 >= Self.templates.count * 8)
        for pieces in kept.values {
            for case .text(let text) in pieces { #expect(!text.contains(secret) && !text.contains(Shape.markers.prefix)) }
        }
    }

    /// Values for the names `template` and its partials use: a list of one item for each
    /// section, `text` for each name written. (`everySection` serves all templates at once, so
    /// some of its names are lists where one template writes them as text.)
    static func ownValues(of template: String, text: String) -> [String: Any] {
        var source = (try? String(contentsOf: templatesDirectory.appendingPathComponent("\(template).mustache"), encoding: .utf8)) ?? ""
        let partial = try! NSRegularExpression(pattern: "\\{\\{>\\s*([A-Za-z0-9_-]+)\\s*\\}\\}")
        for match in partial.matches(in: source, range: NSRange(source.startIndex..., in: source)) {
            let name = String(source[Range(match.range(at: 1), in: source)!])
            source += (try? String(contentsOf: templatesDirectory.appendingPathComponent("\(name).mustache"), encoding: .utf8)) ?? ""
        }
        let ownName = { (name: String) in !name.hasPrefix("t.") && !layoutNames.contains(String(name.split(separator: ".")[0])) }
        var (sections, names) = tags(in: source)
        sections = sections.filter(ownName)
        names = names.filter(ownName)
        // A section whose items are written whole (`{{.}}`) is a list of text.
        let ofText = try! NSRegularExpression(pattern: "\\{\\{#([A-Za-z][A-Za-z0-9_]*)\\}\\}((?:(?!\\{\\{/\\1\\}\\}).)*?)\\{\\{\\.\\}\\}", options: [.dotMatchesLineSeparators])
        let listsOfText = Set(ofText.matches(in: source, range: NSRange(source.startIndex..., in: source)).map {
            String(source[Range($0.range(at: 1), in: source)!])
        })
        // A name both opened as a section and written (`{{#slowMode}}{{slowMode}}`) is text.
        sections.subtract(names)
        var item: [String: Any] = [:]
        for name in names {
            let parts = name.split(separator: ".").map(String.init)
            if parts.count == 2 {
                var inner = item[parts[0]] as? [String: Any] ?? [:]
                inner[parts[1]] = text
                item[parts[0]] = inner
            } else if !sections.contains(parts[0]) {
                item[name] = text
            }
        }
        var values = item
        for name in sections where !name.contains(".") { values[name] = listsOfText.contains(name) ? [text] : [item] }
        for name in sections where name.contains(".") {
            let parts = name.split(separator: ".").map(String.init)
            var inner = values[parts[0]] as? [String: Any] ?? [:]
            inner[parts[1]] = true
            values[parts[0]] = inner
        }
        values["csrf"] = "token-1"
        if template.hasPrefix("staff") { values["staffNav"] = ["name": text, "role": "lead"] } else if template.hasPrefix("forum") { values["forumNav"] = ["pseudonym": text] }
        return values
    }

    /// Random values in each template's shape (lists of none to three items, sections true or
    /// false, text that needs escaping or looks like a marker, numbers), each page twice so the
    /// second comes from what was kept: always Mustache's page.
    @Test func randomValuesFillTheirShapesAsMustacheRendersThem() async throws {
        var renderer = try await PageRenderer(siteName: "Site", exitURL: "https://example.org")
        renderer.shapesPages = true
        var random = SplitMix64(seed: 41)
        let texts = ["", "plain", "<b>&amp;\"'</b>", "line\nbreak\n", "\(Shape.markers.prefix)0Z'", "\(Shape.markers.prefix)1Z&#39;",
                     "Cymraeg ŵ ŷ", "اردو", "{{t.forumEdit}}", "  spaced  ", "\(RawHTML.markers.prefix)0Z'"]
        func randomized(_ value: Any) -> Any {
            switch value {
            case is String:
                let pick = random.next() % UInt64(texts.count + 1)
                return pick == UInt64(texts.count) ? Int(random.next() % 1000) as Any : texts[Int(pick)]
            case let table as [String: Any]: return table.mapValues(randomized)
            case let list as [Any]:
                // A section of table items may be true or false instead; one whose items are written
                // whole stays a list (a flag there would write the whole page's values).
                if !(list.first is String), random.next() % 5 == 0 { return random.next() % 2 == 0 }
                return (0..<Int(random.next() % 4)).map { _ in randomized(list.first ?? "x") }
            default: return value
            }
        }
        var compared = 0, shaped = 0
        for template in Self.templates {
            for _ in 0..<8 {
                var values = randomized(Self.ownValues(of: template, text: "x")) as? [String: Any] ?? [:]
                values["forumNav"] = nil
                values["staffNav"] = nil
                values["csrf"] = "token-1"
                if template.hasPrefix("forum") { values["forumNav"] = ["pseudonym": texts[Int(random.next() % UInt64(texts.count))]] }
                for _ in 0..<2 {
                    let framed = try #require(renderer.framedHTML(template, values))
                    let whole = renderer.wholeHTML(template, values)
                    #expect(framed == whole, "\(template): \(Self.firstDifference(framed, whole))")
                    compared += 1
                }
            }
        }
        shaped = renderer.frames.shaped.keptPieces().count
        #expect(compared == 16 * Self.templates.count)
        #expect(shaped > 4 * Self.templates.count, "most shapes were filled in, not left to Mustache")
    }

    /// Survey pages are never shaped (their flags are her answers), and a template set with a
    /// transform anywhere is not shaped at all (a transform reads the value, not its marker).
    /// Tables and lists of text, walked as they are typed, have the shape and the values they
    /// have as `[String: Any]` and `[Any]` (which is how Mustache reads them).
    @Test func typedTablesAndListsHaveTheShapeTheyHaveAsAny() {
        let typed: [String: Any] = [
            "thread": ["id": "7", "title": "<b>", "a": ""] as [String: String],
            "errors": [["message": "a"], ["message": "b", "hint": "c"]] as [[String: String]],
            "names": ["x", "y", "z"] as [String], "flag": true, "rows": [["n": 1, "on": false]] as [[String: Any]],
        ]
        let untyped: [String: Any] = [
            "thread": ["id": "7", "title": "<b>", "a": ""] as [String: Any],
            "errors": [["message": "a"] as [String: Any], ["message": "b", "hint": "c"] as [String: Any]] as [Any],
            "names": ["x", "y", "z"] as [Any], "flag": true, "rows": [["n": 1, "on": false] as [String: Any]] as [Any],
        ]
        for marking in [false, true] {
            var a = Shape(marking: marking), b = Shape(marking: marking)
            #expect(a.walk(typed) && b.walk(untyped))
            #expect(a.description == b.description && a.description.contains("5:titles}") && a.description.contains("[2:"))
            #expect(a.leaves.map(Shape.text(of:)) == b.leaves.map(Shape.text(of:)) && a.leaves.count == 10)
        }
    }

    @Test func surveyPagesAndTransformsAreNotShaped() async throws {
        let renderer = try await PageRenderer(siteName: "Site", exitURL: "https://example.org")
        #expect(!renderer.shapesPages && renderer.speaking(.english).shapesPages == false)
        for template in Self.templates {
            _ = renderer.framedHTML(template, Self.ownValues(of: template, text: "x"))
            _ = renderer.framedHTML(template, Self.ownValues(of: template, text: "x"))
        }
        #expect(renderer.frames.shaped.keptPieces().isEmpty)
        var forum = renderer
        forum.shapesPages = true
        #expect(forum.speaking(.english).shapesPages)
        #expect(ShapedBodies.usesTransform("<p>{{#empty(list)}}none{{/empty(list)}}</p>"))
        #expect(ShapedBodies.usesTransform("{{count(items)}}"))
        #expect(!ShapedBodies.usesTransform("<p>(a) {{name}} (b)</p>{{#x}}y{{/x}}"))
        #expect(ShapedBodies.shapeable(pages: ["a", "b"], texts: ["a": "{{x}}", "b": "{{y}}", "p": "{{uppercased(z)}}"]).isEmpty)
        #expect(ShapedBodies.shapeable(pages: ["a", "b"], texts: ["a": "{{x}}", "b": "{{y}}", "p": "(z)"]) == ["a", "b"])
    }

    /// A marker is read only as the marking walk writes it.
    @Test func onlyWholeMarkersAreCut() {
        let m = Shape.markers.prefix
        #expect(ShapedBodies.pieces(of: "a\(m)0Z'b\(m)1Z&#39;", values: 2) == [.text("a"), .value(index: 0, escaped: false), .text("b"), .value(index: 1, escaped: true)])
        #expect(ShapedBodies.pieces(of: "\(m)2Z'", values: 2) == nil)
        #expect(ShapedBodies.pieces(of: "\(m)0Z", values: 1) == nil)
        #expect(ShapedBodies.pieces(of: "\(m)Z'", values: 1) == nil)
        #expect(ShapedBodies.pieces(of: "no markers", values: 0) == [.text("no markers")])
    }

    /// A language's words are written into its templates escaped; a word holding `{{` or `}}`,
    /// a name the catalogue lacks and every other tag are left to Mustache.
    @Test func wordsAreWrittenInEscapedAndNothingElse() {
        let texts = ["page": "<p>{{t.a}} {{t.b}} {{t.missing}} {{{t.a}}} {{name}}</p><a href=\"/x{{langQuery}}\">{{t.a}}</a>{{#t.a}}"]
        let baked = TemplateSource.baking(texts, words: ["a": "O'Brien <b>", "b": "{{name}}"], langQuery: "?lang=cy")
        #expect(baked["page"] == "<p>O&#39;Brien &lt;b&gt; {{t.b}} {{t.missing}} {{{t.a}}} {{name}}</p><a href=\"/x?lang=cy\">O&#39;Brien &lt;b&gt;</a>{{#t.a}}")
        // A single brace could make a tag with the text beside it: `{` before `{{x}}` is `{{{x}}}`.
        let beside = TemplateSource.baking(["page": "{{t.a}}{{x}}"], words: ["a": "50{"], langQuery: "")
        #expect(beside["page"] == "{{t.a}}{{x}}")
    }

    /// What cannot be framed is rendered whole: both kinds of navigation at once, or a name that
    /// is not text.
    @Test func whatCannotBeFramedIsRenderedWhole() async throws {
        let renderer = try await PageRenderer(siteName: "Site", exitURL: "https://example.org")
        let both: [String: Any] = ["forumNav": ["pseudonym": "P"], "staffNav": ["name": "N", "role": "lead"], "csrf": "c"]
        #expect(renderer.framedHTML("message", both) == nil)
        #expect(renderer.html("message", both) == renderer.wholeHTML("message", both))
        // A page's own words or query are not the ones written into the templates.
        let ownQuery: [String: Any] = ["langQuery": "?lang=xx"]
        #expect(renderer.framedHTML("message", ownQuery) == nil)
        #expect(renderer.html("message", ownQuery).contains("/safety?lang=xx"))
        for name in ["siteName", "exitURL", "lang", "dir", "languages", "offersLanguages"] {
            #expect(renderer.framedHTML("message", [name: "own"]) == nil, "\(name)")
        }
        // A template that is not a page in the layout is never framed, whatever it prints.
        #expect(renderer.framedHTML("form-errors", ["errors": [["message": LayoutFrames.bodySeparator]], "hasErrors": true]) == nil)
        let notText: [String: Any] = ["forumNav": ["pseudonym": 42], "csrf": "c"]
        #expect(renderer.framedHTML("message", notText) == nil)
        #expect(renderer.html("message", notText).contains("<strong>42</strong>"))
    }
}
