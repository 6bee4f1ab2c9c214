import Disclosure
import Findings
import Foundation
import ResponseBundle
import Sealing
import Unsealing
import SurveyKit

/// Streams a bundle: opens each box, checks it against its survey, and hands it on. A line that will
/// not open or does not fit is recorded as a problem with its line number; it never stops the run.
///
/// A line that repeats an earlier one (the same id, or the same sealed bytes) is a problem of its
/// own: counted twice, one person's answers could reach k and be published. A copy needs no key,
/// so anyone who can touch the bundle could make one; joining two exports makes them by accident.
/// To catch them, two 128-bit fingerprints per line are kept: about 32 bytes per response, the only
/// memory that grows with the bundle.
public struct BundleAnalysis: Sendable {
    public let library: SurveyLibrary
    let opener: Opener
    let withdrawn: Set<String>

    /// Every problem in full, for the analyst's screen only: it may quote what the bundle says.
    public private(set) var problems: [BundleProblem] = []
    /// The same problems with their line and a fixed description, for the published files.
    public private(set) var publishedProblems: [BundleProblem] = []
    public private(set) var repeatedLines: [Int] = []
    public private(set) var withdrawnLeftOut = 0
    /// Responses given under an earlier version of their survey, carried into the newest: how many
    /// per "survey version N", and how often each answer could not be carried.
    public private(set) var carried: [String: (responses: Int, leftOut: [String: Int])] = [:]
    /// Responses that answer a version of a known survey whose definition is not in the folder, per
    /// "'survey' version N": the report refuses to run on them, since it would lose a round.
    public private(set) var missingVersions: [String: Int] = [:]
    private var seenIDs: Set<UInt128> = []
    private var seenBoxes: Set<UInt128> = []
    /// Turns each bundle id into the opaque key that coding sheets and reports use instead.
    private let keyer: ResponseKeyer

    /// Reads every line of `bundle` (see `read`) and refuses one that repeats responses, before
    /// anything is counted or written.
    public static func open(
        _ source: BundleSource, library: SurveyLibrary, progress: (UInt64) -> Void = { _ in }, each: (OpenedResponse) -> Void
    ) throws(AnalysisFailure) -> BundleAnalysis {
        var analysis = BundleAnalysis(library: library, opener: source.opener, withdrawn: source.withdrawn)
        do { try analysis.read(bundle: source.url, progress: progress, each: each) } catch {
            throw AnalysisFailure("Cannot read the bundle \(source.url.path): \(error.localizedDescription). Check the path.")
        }
        guard analysis.repeatedLines.isEmpty else {
            let lines = analysis.repeatedLines.prefix(20).map(String.init).joined(separator: ", ")
            throw AnalysisFailure("""
                Nothing was written: the bundle repeats responses (lines \(lines)\(analysis.repeatedLines.count > 20 ? ", ..." : "")). \
                A response counted twice could single its author out. Use each export as the server wrote it; \
                never join bundles or copy lines. If this bundle came straight from the server, treat it as tampered with.
                """)
        }
        return analysis
    }

    /// Every problem as the analyst's screen shows it.
    public var problemLines: [String] {
        var lines: [String] = []
        if withdrawnLeftOut > 0 { lines.append("\(withdrawnLeftOut) withdrawn responses left out") }
        guard !problems.isEmpty else { return lines }
        lines.append("\(problems.count) responses could not be used and were left out:")
        for problem in problems { lines.append("  line \(problem.line)\(problem.id.map { " (id \($0))" } ?? ""): \(problem.reason)") }
        return lines
    }

    init(library: SurveyLibrary, opener: Opener, withdrawn: Set<String>) {
        self.library = library
        self.opener = opener
        self.withdrawn = withdrawn
        keyer = ResponseKeyer(keyPair: opener.keyPair)
    }

    enum ProblemKind: String {
        case unreadable = "not a line Chorus writes"
        case unopenable = "its box does not open with this key"
        case misfit = "its answers do not fit the survey definitions given"
        case repeated = "it repeats an earlier line"
    }

    /// Reads every line of `bundle`, calling `progress` with the bytes read so far and `each` with
    /// every response that opens and fits.
    private mutating func read(bundle: URL, progress: (UInt64) -> Void, each: (OpenedResponse) -> Void) throws {
        var reader = try LineReader(url: bundle)
        var number = 0
        while let line = reader.next() {
            number += 1
            if number % 256 == 0 { progress(reader.bytesRead) }
            switch line {
            case .tooLong:
                record(.unreadable, line: number, id: nil, detail: "the line is far too long to be a bundle line")
            case .text(let text):
                if text.allSatisfy(\.isWhitespace) { continue }
                add(text, number: number, each: each)
            }
        }
        progress(reader.bytesRead)
    }

    private mutating func add(_ text: Substring, number: Int, each: (OpenedResponse) -> Void) {
        let line: BundleLine
        do {
            line = try BundleLine.decode(text)
        } catch {
            record(.unreadable, line: number, id: nil, detail: error.description)
            return
        }
        guard let sealed = line.sealedBytes else {
            record(.unreadable, line: number, id: line.id, detail: "its box is not base64")
            return
        }
        let idIsNew = seenIDs.insert(Self.fingerprint(Array(line.id.utf8))).inserted
        let boxIsNew = seenBoxes.insert(Self.fingerprint(sealed)).inserted
        guard idIsNew, boxIsNew else {
            repeatedLines.append(number)
            record(.repeated, line: number, id: line.id, detail: idIsNew ? "it repeats the sealed answers of an earlier line" : "it repeats the id of an earlier line")
            return
        }
        if withdrawn.contains(line.id) {
            withdrawnLeftOut += 1
            return
        }
        var plaintext: [UInt8]
        do {
            plaintext = try opener.open(sealed)
        } catch {
            record(.unopenable, line: number, id: line.id, detail: "its box does not open with this key (sealed to another key, or damaged)")
            return
        }
        defer { Sodium.wipe(&plaintext) }
        do {
            let (document, survey) = try ResponseDocument.decode(plaintext, library: library)
            guard document.survey == line.survey, document.version == line.version else {
                record(.misfit, line: number, id: line.id, detail: "the survey named on the line differs from the one inside the box")
                return
            }
            let carriedForward = library.carryForward(document, answered: survey)
            if carriedForward.survey.version != survey.version {
                let name = "\(survey.id) version \(survey.version)"
                carried[name, default: (0, [:])].responses += 1
                for answer in carriedForward.leftOut { carried[name, default: (0, [:])].leftOut[answer, default: 0] += 1 }
            }
            each(OpenedResponse(id: line.id, key: keyer.key(for: line.id), day: line.day,
                                document: carriedForward.document, survey: carriedForward.survey))
        } catch {
            if library.survey(line.survey) != nil, library.survey(line.survey, version: line.version) == nil {
                missingVersions["'\(Self.printable(line.survey))' version \(line.version)", default: 0] += 1
            }
            record(.misfit, line: number, id: line.id, detail: error.description)
        }
    }

    private mutating func record(_ kind: ProblemKind, line: Int, id: String?, detail: String) {
        problems.append(BundleProblem(line: line, id: id.map(Self.printable), reason: Self.printable(detail)))
        publishedProblems.append(BundleProblem(line: line, id: nil, reason: kind.rawValue))
    }

    private static func fingerprint(_ bytes: [UInt8]) -> UInt128 {
        Digest.hash(bytes).prefix(16).reduce(UInt128(0)) { $0 << 8 | UInt128($1) }
    }

    /// Text from a bundle or a box, safe to print: no control characters (which a terminal would
    /// obey), and short.
    public static func printable(_ text: String) -> String {
        let cleaned = String(String.UnicodeScalarView(text.unicodeScalars.map { $0.properties.generalCategory == .control ? "?" : $0 }))
        return cleaned.count > 200 ? String(cleaned.prefix(200)) + "…" : cleaned
    }
}
