import Disclosure
import Findings
import Foundation
import SurveyKit
import Themes

/// One report, from a bundle to protected findings on disk: read and count, protect every number
/// (each table, then the whole release with what earlier releases published), record the release
/// in the ledger, and only then write.
///
/// Everything that can fail without the key (k, the notes, the coding sheet, the ledger) fails
/// when the run is made, so a mistake never costs a passphrase prompt.
public struct ReportRun: Sendable {
    public let surveys: URL
    public let library: SurveyLibrary
    public let control: DisclosureControl
    public let notes: LeadNotes
    public let coding: Coding?
    public let ledgerURL: URL
    public let out: URL
    /// The day the report is made (`YYYY-MM-DD`, UTC); the only date it carries of its own.
    public let day: String
    /// Off only in the attack tests' debug builds, to show the attack succeeds without it.
    public let jointAudit: Bool
    let ledger: ReleaseLedger

    /// `notes` are the lead's notes (docs/report-notes.md), checked against the surveys now.
    public init(
        surveys: URL, control: DisclosureControl, notes: URL? = nil, coding: Coding? = nil,
        ledgerURL: URL, out: URL, day: String = UTCDay.string(from: Date()), jointAudit: Bool = true
    ) throws(AnalysisFailure) {
        self.surveys = surveys
        library = try SurveyFolder.load(surveys)
        self.control = control
        if let notes {
            do { self.notes = try LeadNotesReader.read(notes, library: library) } catch { throw AnalysisFailure(error.description) }
        } else {
            self.notes = .empty
        }
        self.coding = coding
        self.ledgerURL = ledgerURL
        self.out = out
        self.day = day
        self.jointAudit = jointAudit
        do { ledger = try ReleaseLedger.load(from: ledgerURL) } catch { throw AnalysisFailure(error.description) }
    }

    /// Reads `source`, protects, records and writes. Nothing is written when the bundle repeats a
    /// response, answers a survey version not in the library, or a refusal of the release history
    /// (tables and microdata of the same people) applies; nor when the ledger cannot be saved.
    public func run(_ source: BundleSource, progress: (UInt64) -> Void = { _ in }) async throws(AnalysisFailure) -> ReportOutcome {
        var counted = Counted(coding: coding)
        let analysis = try BundleAnalysis.open(source, library: library, progress: progress) { counted.add($0) }
        guard analysis.missingVersions.isEmpty else {
            let missing = analysis.missingVersions.sorted { $0.key < $1.key }.map { "\($0.value) answer \($0.key)" }.joined(separator: "; ")
            throw AnalysisFailure("""
                Nothing was written: \(missing), whose definition is not in \(surveys.path). Put each earlier \
                version's file back beside the newer one (for example as SURVEY.v1.yaml): Chorus reads every \
                version in the folder and carries older responses into the newest.
                """)
        }
        var (findings, held, joint) = try protect(counted, analysis: analysis)
        if let coding = counted.coding {
            let chosen = coding.quotes.result()
            findings.quotes = chosen.quotes
            findings.quotesLeftOut = QuoteExclusion.allCases.compactMap { reason in
                chosen.leftOut[reason].flatMap { $0 > 0 ? (reason.rawValue, $0) : nil }
            }
            findings.themesCoded = true
        }
        // Recorded before anything is written: a release recorded but never written only makes
        // later releases more careful, while one written but not recorded could be subtracted.
        var releases = ledger
        let release = releases.record(
            kind: .report, day: day, k: control.k, rounding: control.rounding,
            surveys: findings.surveys.map {
                .init(survey: $0.survey.id, version: $0.survey.version, responses: $0.responses, records: counted.records[$0.survey.id].map(Array.init))
            },
            output: out.path, numbers: findings.publishedNumbers)
        do { try releases.save(to: ledgerURL) } catch { throw AnalysisFailure("Nothing was written: " + error.description) }
        do { try await ReportWriter.write(findings, to: out) } catch {
            throw AnalysisFailure("""
                Cannot write the findings to \(out.path): \(error.localizedDescription). The release is already recorded \
                as number \(release.number) in \(ledgerURL.path), so a report made again holds back what moved since; \
                that only makes it more careful. Check that the folder can be written, then run the report again.
                """)
        }
        return ReportOutcome(findings: findings, analysis: analysis, coding: counted.coding, held: held, joint: joint, release: release)
    }

    /// Every survey's tables protected, together with what the ledger says went out before.
    private func protect(_ counted: Counted, analysis: BundleAnalysis) throws(AnalysisFailure)
        -> (ReportInput, held: Int, joint: JointProtection.Summary) {
        let history = ReleaseHistory(ledger: ledger, kind: .report, records: counted.records, k: control.k)
        var held = 0
        var joint = JointProtection.Summary()
        var surveys: [SurveyFindings] = []
        do throws(ReleaseRefusal) {
            try history.check()
            for survey in analysis.library.surveys {
                guard let tally = counted.tallies[survey.id], tally.responses > 0 else { continue }
                let themes = counted.coding?.wording(for: survey) ?? .none
                let protected = try SurveyProtection.protect(
                    tally, themeTables: counted.coding?.tally.tables(for: survey) ?? [], themeSources: themes.sources,
                    with: control, ledger: ledger, history: history, jointAudit: jointAudit)
                held += protected.held
                joint.add(protected.joint)
                surveys.append(SurveyFindings(protected, themes: themes))
            }
        } catch {
            throw AnalysisFailure(error.description)
        }
        var findings = ReportInput(
            k: control.k, rounding: control.rounding, generatedDay: day, surveys: surveys,
            problems: analysis.publishedProblems, withdrawnLeftOut: analysis.withdrawnLeftOut,
            notes: notes, period: ReportPeriod(days: [counted.firstDay, counted.lastDay].compactMap { $0 }), heldSinceEarlierRelease: held)
        findings.hiddenByJointAudit = joint.hiddenHere
        return (findings, held, joint)
    }

    /// What the bundle adds up to. Memory grows with the tables' cells and about 40 bytes of key
    /// per response (for the ledger), never with the answers.
    private struct Counted {
        var tallies: [String: Tally] = [:]
        var records: [String: Set<String>] = [:]
        var coding: Coding?
        var firstDay: String?, lastDay: String?

        mutating func add(_ response: OpenedResponse) {
            tallies[response.survey.id, default: Tally(survey: response.survey)].add(response.document.answers)
            records[response.survey.id, default: []].insert(response.key)
            coding?.add(response)
            firstDay = min(firstDay ?? response.day, response.day)
            lastDay = max(lastDay ?? response.day, response.day)
        }
    }
}

/// What a report run did, for the analyst's screen.
public struct ReportOutcome: Sendable {
    public let findings: ReportInput
    public let analysis: BundleAnalysis
    /// The coding sheet after counting, with what it could not match.
    public let coding: Coding?
    /// Numbers held back because they moved by 1 to k−1 since an earlier release.
    public let held: Int
    public let joint: JointProtection.Summary
    public let release: Release
}
