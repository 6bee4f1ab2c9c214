import Disclosure
import Findings
import Foundation
import Sealing
import SurveyKit

/// Streams a bundle: opens each box, checks it against its survey, and counts it. A line that will
/// not open or does not fit is recorded as a problem with its line number; it never stops the run.
struct BundleAnalysis {
    let library: SurveyLibrary
    let opener: Opener
    let withdrawn: Set<String>

    private(set) var tallies: [String: Tally] = [:]
    private(set) var problems: [BundleProblem] = []
    private(set) var withdrawnLeftOut = 0

    init(library: SurveyLibrary, opener: Opener, withdrawn: Set<String>) {
        self.library = library
        self.opener = opener
        self.withdrawn = withdrawn
        for survey in library.surveys { tallies[survey.id] = Tally(survey: survey) }
    }

    /// Reads every line of `bundle`, calling `progress` with the bytes read so far.
    mutating func read(bundle: URL, progress: (UInt64) -> Void) throws {
        var reader = try LineReader(url: bundle)
        var number = 0
        while let line = reader.next() {
            number += 1
            if number % 256 == 0 { progress(reader.bytesRead) }
            switch line {
            case .tooLong:
                problems.append(BundleProblem(line: number, id: nil, reason: "the line is far too long to be a bundle line"))
            case .text(let text):
                if text.allSatisfy(\.isWhitespace) { continue }
                add(text, number: number)
            }
        }
        progress(reader.bytesRead)
    }

    private mutating func add(_ text: Substring, number: Int) {
        let line: BundleLine
        do {
            line = try BundleLine.decode(text)
        } catch {
            problems.append(BundleProblem(line: number, id: nil, reason: error.description))
            return
        }
        if withdrawn.contains(line.id) {
            withdrawnLeftOut += 1
            return
        }
        guard let sealed = line.sealedBytes else {
            problems.append(BundleProblem(line: number, id: line.id, reason: "its box is not base64"))
            return
        }
        var plaintext: [UInt8]
        do {
            plaintext = try opener.open(sealed)
        } catch {
            problems.append(BundleProblem(line: number, id: line.id, reason: "its box does not open with this key (sealed to another key, or damaged)"))
            return
        }
        defer { Sodium.wipe(&plaintext) }
        do {
            let (document, survey) = try ResponseDocument.decode(plaintext, library: library)
            guard document.survey == line.survey, document.version == line.version else {
                problems.append(BundleProblem(line: number, id: line.id, reason: "the survey named on the line differs from the one inside the box"))
                return
            }
            tallies[survey.id]?.add(document.answers)
        } catch {
            problems.append(BundleProblem(line: number, id: line.id, reason: error.description))
        }
    }

    /// The protected findings: only what disclosure control releases.
    func findings(control: DisclosureControl, day: String) -> ReportInput {
        let surveys = library.surveys.compactMap { survey -> SurveyFindings? in
            guard let tally = tallies[survey.id], tally.responses > 0 else { return nil }
            return SurveyFindings(survey: survey, responses: tally.responses, tables: tally.tables.map(control.protect))
        }
        return ReportInput(k: control.k, generatedDay: day, surveys: surveys, problems: problems, withdrawnLeftOut: withdrawnLeftOut)
    }
}
