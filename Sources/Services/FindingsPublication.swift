import PublicFindingsFormat
import Foundation
import Storage
import SurveyKit

/// Publishing and withdrawing public findings: the one way both `chorus-server findings` and the
/// staff findings page do it. The server trusts nothing it is given: a file is read through
/// `PublicFindingsValidator` before anything is stored, what is stored is the validator's
/// re-encoding (not the bytes sent), and it is checked again whenever it is read back.
///
/// | action              | target          | reason                                          |
/// |---------------------|-----------------|-------------------------------------------------|
/// | `findings.publish`  | `findings:<id>` | the title, the period and k                     |
/// | `findings.withdraw` | `findings`      | how many publications were taken down           |
public enum FindingsPublication {
    /// What is public now.
    public enum Current: Sendable {
        case nothing
        case published(PublishedFindingsRecord, PublicFindings)
        /// Stored findings that no longer pass the checks (a newer server with stricter rules, or a
        /// database changed by hand): shown to nobody until published again.
        case unreadable(PublishedFindingsRecord, PublicFindingsRefusal)
    }

    /// Validates `data` and, only if every check passes, stores it as the current findings and
    /// appends an audit entry for `actor`. Throws `PublicFindingsRefusal` (storing nothing) when
    /// the file is refused.
    public static func publish(
        _ data: Data, by publisher: FindingsPublisher, actor: String, now: Date,
        store: PublishedFindingsStore, audit: AuditLog
    ) async throws -> (record: PublishedFindingsRecord, findings: PublicFindings) {
        let findings = try PublicFindingsValidator.read(data)
        let canonical = try PublicFindingsJSON.encode(findings)
        let record = try await store.publish(json: String(decoding: canonical, as: UTF8.self), day: UTCDay.string(from: now), by: publisher)
        try await audit.append(actor: actor, action: "findings.publish", target: "findings:\(record.id)",
                               reason: "\u{201C}\(findings.title)\u{201D}, responses from \(findings.period.from) to \(findings.period.to), k = \(findings.k)",
                               time: auditTime(now))
        return (record, findings)
    }

    /// Takes the findings page down; returns how many publications were up. Nothing is recorded
    /// when nothing was published.
    @discardableResult
    public static func withdraw(by publisher: FindingsPublisher, actor: String, now: Date,
                                store: PublishedFindingsStore, audit: AuditLog) async throws -> Int {
        let count = try await store.withdraw(day: UTCDay.string(from: now), by: publisher)
        if count > 0 {
            try await audit.append(actor: actor, action: "findings.withdraw", target: "findings",
                                   reason: "took down \(count) \(count == 1 ? "publication" : "publications")", time: auditTime(now))
        }
        return count
    }

    /// The current findings, read back through the validator.
    public static func current(store: PublishedFindingsStore) async throws -> Current {
        guard let record = try await store.current() else { return .nothing }
        do {
            return .published(record, try PublicFindingsValidator.read(Data(record.json.utf8)))
        } catch {
            return .unreadable(record, error)
        }
    }

    /// What a set of findings holds, in a few lines for the lead: the command line prints it, the
    /// staff pages show it.
    public static func summary(_ findings: PublicFindings) -> [String] {
        func count(_ number: Int, _ one: String, _ many: String) -> String { "\(number) \(number == 1 ? one : many)" }
        let languages = findings.translations.keys.sorted()
        return [
            "\u{201C}\(findings.title)\u{201D}, by \(findings.partnership), published \(findings.published).",
            "Responses from \(findings.period.from) to \(findings.period.to); "
                + "k = \(findings.k)" + (findings.rounding.map { ", rounded to multiples of \($0)" } ?? ", not rounded") + "; "
                + (languages.isEmpty ? "survey words in English only." : "survey words also in \(languages.joined(separator: ", ")).")
        ] + findings.reports.map { report in
            let tables = report.sections.reduce(0) { $0 + $1.tables.count }
            return "\(report.who.map { "Report for \($0.rawValue)" } ?? "One report (version 1: audiences not told apart)"): "
                + "respondents: \(report.respondents.map(String.init) ?? "not shown"); "
                + count(report.sections.count, "section", "sections") + " with " + count(tables, "table", "tables") + ", "
                + count(report.coverage.count, "coverage table", "coverage tables") + ", "
                + count(report.keyPoints.count, "key point", "key points") + ", "
                + count(report.quotes.count, "quote", "quotes") + ", "
                + count(report.recommendations.count, "recommendation", "recommendations") + "."
        }
    }
}
