import Localisation
import PublicFindingsFormat
import Foundation
import SurveyKit

/// What the findings page shows, as template values: the lead's words as they are (Mustache
/// escapes every one), the numbers in words, a hidden number as "not shown" and nothing more.
///
/// The order follows the reports' own shape (000: 261-313): the summary, what survivors told us,
/// the results section by section, their words, what is changing ("you said, we did",
/// 001: 236-238), then how it was done, its limits and who took part.
struct FindingsPageView {
    let findings: PublicFindings
    let catalogue: Catalogue

    /// Keys are left out, not emptied, where there is nothing to show: the templates test them.
    var values: [String: Any] {
        let period = findings.period
        let reports = findings.reports.enumerated().map { report(index: $0, $1) }
        var values: [String: Any] = [
            "title": findings.title,
            "published": catalogue.text(.findingsPublished, ["month": month(findings.published), "partnership": findings.partnership]),
            "period": period.from == period.to
                ? catalogue.text(.findingsPeriodOneMonth, ["month": month(period.from)])
                : catalogue.text(.findingsPeriod, ["from": month(period.from), "to": month(period.to)]),
            "summary": paragraphs(findings.summary),
            "hasSummary": !findings.summary.isEmpty,
            "reports": reports,
            // Several audiences: each under its own heading, and the page says they are never added up.
            "separateGroups": findings.reports.count > 1 ? catalogue[.findingsSeparateGroups] : "",
            "method": paragraphs(findings.method),
            "hasMethod": !findings.method.isEmpty || findings.rounding != nil,
            "limitations": paragraphs(findings.limitations),
            "hasLimitations": !findings.limitations.isEmpty,
            "hasTables": findings.reports.contains { !$0.coverage.isEmpty || $0.sections.contains { !$0.tables.isEmpty } },
        ]
        if findings.reports.count == 1, let only = reports.first {
            values["respondents"] = only["respondents"]
        }
        if let rounding = findings.rounding {
            values["rounding"] = catalogue.text(.findingsRoundingNote, ["base": String(rounding)])
        }
        return values
    }

    /// One audience's part of the page. With one report (or a version 1 file, which did not say
    /// whose) it has no heading of its own.
    private func report(index: Int, _ report: PublicFindings.Report) -> [String: Any] {
        let id = findings.reports.count == 1 ? "" : "r\(index + 1)-"
        var values: [String: Any] = [
            "respondents": catalogue.text(.findingsRespondents, ["count": number(report.respondents)]),
            "keyPoints": report.keyPoints,
            "hasKeyPoints": !report.keyPoints.isEmpty,
            "sections": report.sections.enumerated().map { index, section -> [String: Any] in
                ["heading": words(section.heading), "tables": tables(section.tables, id: "\(id)s\(index + 1)")]
            },
            "quotes": report.quotes.map { quote -> [String: Any] in
                ["paragraphs": paragraphs([quote.text]), "question": catalogue.text(.findingsQuoteQuestion, ["question": words(quote.question)])]
            },
            "hasQuotes": !report.quotes.isEmpty,
            "recommendations": report.recommendations.map(recommendation),
            "hasRecommendations": !report.recommendations.isEmpty,
            "coverage": tables(report.coverage, id: "\(id)c"),
            "hasCoverage": !report.coverage.isEmpty,
        ]
        // Under an audience's own heading the parts of its report are one level down.
        values["h"] = "h2"
        values["ht"] = "h3"
        if findings.reports.count > 1, let who = report.who {
            values["heading"] = catalogue[Self.headingKey(who)]
            values["anchor"] = "findings-\(who.rawValue)"
            values["h"] = "h3"
            values["ht"] = "h4"
        }
        return values
    }

    static func headingKey(_ audience: SurveyKit.Audience) -> StringKey {
        switch audience {
        case .survivors: .findingsFromSurvivors
        case .professionals: .findingsFromProfessionals
        case .thoseWhoHarm: .findingsFromThoseWhoHarm
        case .youngPeople: .findingsFromYoungPeople
        case .public: .findingsFromPublic
        }
    }

    /// A survey's words in her language when the findings carry them; the lead's words as written.
    private func words(_ english: String) -> String { findings.words(english, in: catalogue.language) }

    // MARK: - Tables

    /// Each table stacked as one small table per column (a phone at 320 px has room for two
    /// narrow columns, not a grid), every row with its bar drawn to its percentage.
    private func tables(_ tables: [PublicFindings.Table], id: String) -> [[String: Any]] {
        tables.enumerated().map { index, table in
            var view: [String: Any] = [
                "id": "\(id)-t\(index + 1)",
                "title": words(table.title),
                "bases": catalogue.text(.findingsBases, ["asked": number(table.asked), "answered": number(table.answered)]),
                "columns": table.columns.enumerated().map { column, heading -> [String: Any] in
                    var view: [String: Any] = [
                        "caption": heading.base.map { catalogue.text(.findingsColumnCaption, ["label": words(heading.label), "count": String($0)]) }
                            ?? catalogue.text(.findingsColumnCaptionNotShown, ["label": words(heading.label)]),
                        "rows": table.rows.map { row in line(words(row.label), row.cells, column: column, base: heading.base) },
                    ]
                    if let agreement = table.agreement {
                        view["agreement"] = line(words(agreement.label), agreement.cells, column: column, base: heading.base)
                    }
                    return view
                },
            ]
            if let note = table.note { view["note"] = words(note) }
            return view
        }
    }

    /// One row of one column: its label, its value in words and, when it has one, its bar.
    private func line(_ label: String, _ cells: [PublicFindings.Cell], column: Int, base: Int?) -> [String: Any] {
        // The validator guarantees one cell per column; a missing one reads as hidden, never as a number.
        let cell = column < cells.count ? cells[column] : PublicFindings.Cell(count: nil, percent: nil)
        var view: [String: Any] = ["label": label, "value": value(cell, base: base)]
        if let count = cell.count, count > 0, let base, base > 0 {
            view["bar"] = Self.barLength(count: count, base: base)
        }
        return view
    }

    private func value(_ cell: PublicFindings.Cell, base: Int?) -> String {
        guard let count = cell.count else { return catalogue[.findingsNotShown] }
        guard let percent = cell.percent else { return String(count) }
        return catalogue.text(.findingsCountWithPercent, ["count": String(count), "percent": self.percent(percent, count: count, base: base)])
    }

    /// The bar's length out of 100, to one decimal place, as the SVG's `width` attribute.
    static func barLength(count: Int, base: Int) -> String {
        let tenths = min(1000, (2000 * count + base) / (2 * base))
        return "\(tenths / 10).\(tenths % 10)"
    }

    // MARK: - Recommendations

    private func recommendation(_ recommendation: PublicFindings.Recommendation) -> [String: Any] {
        [
            "id": recommendation.id,
            "text": recommendation.text,
            "audience": audience(recommendation.audience),
            "owner": recommendation.owner,
            "status": status(recommendation.status),
            "statusClass": "status-" + recommendation.status.rawValue,
            "due": day(recommendation.due),
            "update": recommendation.update.map { paragraphs([$0]) } ?? [],
            "youSaid": recommendation.youSaid,
            "hasYouSaid": !recommendation.youSaid.isEmpty,
            "noUpdate": recommendation.update == nil,
        ]
    }

    private func audience(_ audience: PublicFindings.Audience) -> String {
        switch audience {
        case .partnership: return catalogue[.findingsAudiencePartnership]
        case .police: return catalogue[.findingsAudiencePolice]
        case .housing: return catalogue[.findingsAudienceHousing]
        case .health: return catalogue[.findingsAudienceHealth]
        case .childrensServices: return catalogue[.findingsAudienceChildrensServices]
        case .specialistServices: return catalogue[.findingsAudienceSpecialistServices]
        }
    }

    private func status(_ status: PublicFindings.Status) -> String {
        switch status {
        case .red: return catalogue[.findingsStatusRed]
        case .amber: return catalogue[.findingsStatusAmber]
        case .green: return catalogue[.findingsStatusGreen]
        }
    }

    // MARK: - Words

    /// A number of people, or "not shown".
    private func number(_ value: Int?) -> String { value.map(String.init) ?? catalogue[.findingsNotShown] }

    /// "40%", "33%": whole numbers, as the report shows them, worked from the count and its base
    /// (rounding the file's one decimal again could differ from the report by one).
    private func percent(_ value: Double, count: Int, base: Int?) -> String {
        let whole = base.flatMap { $0 > 0 ? (200 * count + $0) / (2 * $0) : nil } ?? Int(value.rounded())
        return catalogue.text(.findingsPercent, ["percent": String(whole)])
    }

    /// The lead's paragraphs as blocks: a blank line starts a new paragraph, lines starting "- " make a list.
    private func paragraphs(_ texts: [String]) -> [[String: Any]] { texts.flatMap(textBlocks) }

    /// "November 2026", in her language.
    private func month(_ month: PublicFindings.Month) -> String { DateWords.month(month.description, language: catalogue.language) }

    /// "31 March 2027", in her language.
    private func day(_ day: PublicFindings.Day) -> String { DateWords.day(day.description, language: catalogue.language) }
}
