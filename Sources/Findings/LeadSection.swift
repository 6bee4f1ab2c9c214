import Disclosure
import Localisation
import SurveyKit

/// What only the internal report shows the lead: responses counted and left out, the lines that
/// could not be used, and numbers held back since an earlier release.
struct LeadSection: Sendable {
    let heading: String
    let responses: [String]
    let leftOut: String
    let hasHeld: Bool
    let held: String
    /// What was merged, left out or hidden to keep the release safe as a whole, and why.
    let shaping: [String]
    /// "3 coded answers were not quoted: she did not allow it."
    let quotesLeftOut: [String]
    /// Findings whose evidence the report does not show, or shows only in part.
    let evidenceWarnings: [String]
    let hasProblems: Bool
    let problemsCaption: String
    let problemLineHeading: String
    let problemIDHeading: String
    let problemReasonHeading: String
    let problems: [Problem]
    let lossCaption: String
    let lossTableHeading: String
    let lossHiddenHeading: String
    let lossOfHeading: String
    let hasLoss: Bool
    let noLoss: String
    let loss: [Loss]

    /// What disclosure control cost one table: how many of its numbers are hidden.
    struct Loss: Sendable {
        let table: String
        let hidden: Int
        let of: Int
    }

    struct Problem: Sendable {
        let line: Int
        let responseID: String
        let reason: String
    }

    init(_ input: ReportInput, wording: CountWording) {
        let catalogue = wording.catalogue
        heading = catalogue[.reportInternalHeading]
        responses = input.surveys.map {
            catalogue.text(.reportSurveyFacts, ["survey": $0.survey.id, "version": String($0.survey.version), "responses": String($0.responses)])
        }
        leftOut = catalogue.text(.reportLeftOut, [
            "withdrawn": String(input.withdrawnLeftOut), "problems": String(input.problems.count),
        ])
        hasHeld = input.heldSinceEarlierRelease > 0
        held = catalogue.text(.reportHeldSinceEarlier, ["count": String(input.heldSinceEarlierRelease), "k": String(input.k)])
        var shaping: [String] = []
        for findings in input.surveys {
            let survey = findings.survey
            func label(_ id: String) -> String { survey.question(id)?.label.english ?? findings.themes.titles[id] ?? id }
            for question in findings.mergedQuestions {
                shaping.append(catalogue.text(.reportShapingMerged, ["survey": survey.id, "question": label(question), "smallest": String(input.k - 1)]))
            }
            for breakdown in findings.mergedBreakdowns {
                shaping.append(catalogue.text(.reportShapingMergedGroups, [
                    "survey": survey.id, "question": label(breakdown.question), "group": label(breakdown.byQuestion),
                    "smallest": String(GroupMerging.smallestGroup(k: input.k) - 1),
                ]))
            }
            for breakdown in findings.leftOutBreakdowns {
                let key: StringKey = switch breakdown.reason {
                case .tooFewGroups: .reportShapingTooFewGroups
                case .mostlyHidden: .reportShapingMostlyHidden
                case .linked: .reportShapingLinked
                }
                shaping.append(catalogue.text(key, [
                    "survey": survey.id, "question": label(breakdown.question), "group": label(breakdown.byQuestion), "k": String(input.k),
                ]))
            }
        }
        shaping.append(catalogue.text(.reportShapingJoint, ["hidden": String(input.hiddenByJointAudit)]))
        self.shaping = shaping
        evidenceWarnings = input.evidenceWarnings(catalogue: catalogue)
        quotesLeftOut = input.quotesLeftOut.map { catalogue.text(.reportQuotesLeftOut, ["count": String($0.count), "reason": $0.reason]) }
        hasProblems = !input.problems.isEmpty
        problemsCaption = catalogue[.reportProblemsCaption]
        problemLineHeading = catalogue[.reportProblemLine]
        problemIDHeading = catalogue[.reportProblemResponseID]
        problemReasonHeading = catalogue[.reportProblemReason]
        problems = input.problems.map {
            Problem(line: $0.line, responseID: $0.id ?? catalogue[.reportNoResponseID], reason: $0.reason)
        }
        lossCaption = catalogue[.reportLossCaption]
        lossTableHeading = catalogue[.reportLossTable]
        lossHiddenHeading = catalogue[.reportLossHidden]
        lossOfHeading = catalogue[.reportLossOf]
        noLoss = catalogue[.reportLossNone]
        loss = input.surveys.flatMap { findings in
            findings.tables.compactMap { table -> Loss? in
                let numbers = table.allCounts
                let hidden = numbers.filter(\.isSuppressed).count
                guard hidden > 0 else { return nil }
                let labels = findings.labels(for: table)
                let name = labels.byQuestion.map { catalogue.text(.reportTwoWayCaption, ["question": labels.question, "group": $0]) } ?? labels.question
                return Loss(table: name, hidden: hidden, of: numbers.count)
            }
        }
        hasLoss = !loss.isEmpty
    }
}
