/// The names of the interface strings. A missing key is a compile error, not a blank on the page.
public enum StringKey: String, Sendable, CaseIterable {
    // Every page
    case siteName, skipToContent, quickExit, quickExitHint, quickExitPressCount
    case supportHeading, supportLine, emergencyLine, safetyLink
    // Survey pages
    case startIntroHeading, surveyLength, surveyLengthOnePage, consentHeading, runByLabel, optional, pageOf, next, back, submit
    case consentSummaryDefault, consentDetails, backHint
    case chooseOne, chooseAny, quotePermission, quotePermissionHint
    case errorSummaryTitle, errorRequired, errorUnknownOption, errorTooManyValues, errorNotANumber
    case errorNotAWholeNumber, errorBelowMinimum, errorAboveMaximum, errorTooLong, errorTooLongInTotal, errorWrongKind
    case errorFormNotOurs, errorTooLarge, errorNotFound, errorServer, errorMethod, errorBusyHeading, errorBusyBody
    case expiredHeading, expiredBody, expiredStartAgain
    case confirmHeading, confirmBody, confirmBack
    case surveyListHeading, surveyListIntro, noSurveys
    // Thank you and withdrawal
    case thanksHeading, thanksBody, withdrawCodeHeading, withdrawCodeBody, withdrawLinkText
    case withdrawHeading, withdrawIntro, withdrawCodeLabel, withdrawButton
    case withdrawDone, withdrawNotFound, withdrawInvalid
    // Safety page
    case safetyHeading, safetyBody
    // Findings report: report.html, and reportTotal for the margins in findings.json
    case reportTitle, reportMadeOn, reportMethodHeading, reportMethodCounting, reportMethodHiding
    case reportMethodPercentages, reportMethodMultipleChoice, reportLeftOut
    case reportProblemsCaption, reportProblemLine, reportProblemResponseID, reportProblemReason, reportNoResponseID
    case reportNoSurveys, reportSurveyFacts, reportNoQuestions, reportMultipleChoiceNote
    case reportAnswerHeading, reportPeopleHeading, reportOneWayCaption
    case reportBrokenDownBy, reportTwoWayCaption, reportAllGroups, reportEveryoneWhoAnswered, reportTotal
    case reportFewerThanK, reportNotShown, reportBase, reportPercentWithBase, reportNoPercent
    case reportChartSummary, reportChartBar, reportChartBarSeparator, reportBarValue, reportNoBar
    // The report's findings, recommendations, method and variants (Catalogue+Report.swift)
    case reportInternalBanner, reportPublishedBy, reportSummaryHeading
    case reportFindingsHeading, reportNoFindings, reportFindingHeading, reportKeyPointsHeading, reportFindingRecommendations
    case reportYouSaidWeDidHeading, reportYouSaidWeDidIntro, reportRecommendationColumn, reportAudienceColumn, reportOwnerColumn
    case reportStatusColumn, reportDueColumn, reportUpdateColumn, reportNoUpdate
    case reportStatusRed, reportStatusAmber, reportStatusGreen
    case reportAudiencePartnership, reportAudiencePolice, reportAudienceHousing, reportAudienceHealth
    case reportAudienceChildrensServices, reportAudienceSpecialistServices
    case reportResultsHeading, reportResultsIntro, reportAskedAnswered, reportAgreementLabel, reportAgreementLine
    case reportComparisonSummary, reportComparisonCaption, reportComparisonGroup, reportComparisonThisGroup, reportComparisonEveryoneElse
    case reportHeldSinceRelease, reportHiddenToProtect, reportHiddenZero
    case reportBreakdownsLeftOut, reportAnswersNotShown, reportOtherAnswers, reportMergedNote, reportNoBreakdowns
    case reportShapingMerged, reportShapingMergedGroups, reportShapingTooFewGroups, reportShapingMostlyHidden, reportShapingLinked, reportShapingJoint
    case reportEvidenceMissing, reportEvidenceHidden
    // One report per audience (Catalogue+Report.swift)
    case reportForSurvivors, reportForProfessionals, reportForThoseWhoHarm, reportForYoungPeople, reportForPublic
    case reportSeparateReports, reportContentsIntro, reportContentsEntry, reportShownWithFindings, reportShownInFinding
    case reportYouSaidColumn, reportPercentOfBase
    case reportMethodRespondents, reportMethodPeriod, reportMethodPublicHiding, reportMethodRounding
    case reportLimitationsHeading, reportLimitationSelfSelected, reportLimitationOnline, reportLimitationThemes
    case reportCoverageHeading, reportCoverageIntro, reportCoverageNobody, reportCoverageNotShown, reportCoverageOftenMissing
    case reportInternalHeading, reportHeldSinceEarlier, reportLossCaption, reportLossTable
    case reportLossHidden, reportLossOf, reportLossNone
    case reportQuotesHeading, reportQuotesIntro, reportQuotesLeftOut, reportThemesTitle, reportThemesAllTitle, reportNoTheme, reportDefaultPartnership
    // The forum (Catalogue+Forum.swift)
    case forumDrawAnotherBody, forumUseNameButton, forumPseudonymChanged, forumPseudonymFixed
    case forumRecoverHeading, forumRecoverIntro, forumRecoveryWrong, forumRecoveredHeading, forumForgotPassphrase
    case forumFormExpiredHeading, forumFormExpiredBody, forumNotAllowedHeading, forumNotAllowedBody, forumSuspended
    case forumBanned, forumWarned, forumNavHome, forumNavAccount, forumSignedInAs
    case forumSignOut, forumSignInHeading, forumIntro, forumPseudonymLabel, forumPassphraseLabel
    case forumSignInButton, forumSignInWrong, forumSignInPaused, forumJoinPrompt, forumOpenJoinPrompt
    case forumJoinLink, forumJoinHeading, forumJoinIntro, forumInviteLabel, forumInviteHint
    case forumInviteInvalid, forumContinue, forumYourNameHeading, forumYourNameBody, forumDrawAnother
    case forumPseudonymRedrawn, forumPseudonymTaken, forumChoosePassphraseHeading, forumPassphraseHint, forumConfirmLabel
    case forumPassphraseTooShort, forumPassphraseTooLong, forumPassphraseTooCommon, forumPassphraseHasName, forumPassphraseRepetitive
    case forumPassphraseMismatch, forumRulesHeading, forumRuleAdults, forumRuleOwnExperience, forumRuleNotEmergency
    case forumRuleNoDetails, forumRuleModerated, forumRulesAccept, forumRulesRequired, forumJoinButton
    case forumJoinedHeading, forumJoinedName, forumRecoveryHeading, forumRecoveryBody, forumRecoveryWarning
    case forumGoToForum, forumSpacesHeading, forumRestrictedLabel, forumNewThread, forumNoThreads
    case forumReplies, forumStartedBy, forumLatest, forumNotYetShown, forumThisWeek
    case forumFormerMember, forumTitleRemoved, forumBackTo, forumSlowModeOn, forumNoteWaiting
    case forumNoteHidden, forumNoteRejected, forumNoteRemoved, forumPlaceholderHidden, forumPlaceholderRemovedByAuthor
    case forumPlaceholderRemovedByModerator, forumEdit, forumDelete, forumReport, forumReplyHeading
    case forumReplyLabel, forumReplyButton, forumBodyHint, forumPostReminder, forumNewThreadHeading
    case forumTitleLabel, forumBodyLabel, forumPostButton, forumEditHeading, forumSaveButton
    case forumCancel, forumTitleEmpty, forumTitleTooLong, forumBodyEmpty, forumBodyTooLong
    case forumBlocked, forumBlockedBecause, forumRateLimited, forumSlowModeWait, forumEditWindowClosed
    // What a blocked post contains, for `forumBlockedBecause`'s {kinds} (one per kind of detail).
    case forumDetailPhoneNumber, forumDetailEmail, forumDetailPostcode, forumDetailStreetAddress, forumDetailWebAddress, forumDetailSocialHandle, forumDetailVehicleRegistration, forumDetailDateOfBirth, forumDetailWatchedName, forumDetailWatchedPlace, forumDetailWatchedWord
    case forumEditUnderReview, forumNothingToEdit, forumNothingToDelete, forumReportedHeading, forumReportedBody
    // The pages that ask before a post is reported or deleted.
    case forumReportConfirmHeading, forumReportConfirmBody, forumReportConfirmButton
    case forumDeleteConfirmHeading, forumDeleteConfirmBody, forumDeleteConfirmButton
    case forumBackToThread, forumAccountHeading, forumSignOutEverywhereHeading, forumSignOutEverywhereBody, forumSignOutEverywhereButton
    case forumChangePassphraseHeading, forumCurrentPassphraseLabel, forumNewPassphraseLabel, forumChangePassphraseButton, forumCurrentPassphraseWrong
    case forumPassphraseChanged, forumDeleteHeading, forumDeleteBody, forumDeleteConfirmLabel, forumDeleteButton
    case forumDeleteNotConfirmed, forumDeletedHeading, forumDeletedBody
    // The findings page (Catalogue+FindingsPage.swift)
    case findingsLink, findingsNothingHeading, findingsNothingBody, findingsPublished, findingsPeriod, findingsPeriodOneMonth
    case findingsRespondents, findingsNotShown, findingsNotShownNote, findingsRoundingNote
    case findingsSummaryHeading, findingsKeyPointsHeading, findingsQuotesHeading, findingsQuoteQuestion
    case findingsRecommendationsHeading, findingsRecommendationsIntro, findingsFor, findingsOwner, findingsStatus, findingsDue
    case findingsUpdate, findingsNoUpdate, findingsStatusRed, findingsStatusAmber, findingsStatusGreen
    case findingsAudiencePartnership, findingsAudiencePolice, findingsAudienceHousing, findingsAudienceHealth
    case findingsAudienceChildrensServices, findingsAudienceSpecialistServices
    case findingsMethodHeading, findingsLimitationsHeading, findingsCoverageHeading
    case findingsFromSurvivors, findingsFromProfessionals, findingsFromThoseWhoHarm, findingsFromYoungPeople, findingsFromPublic
    case findingsYouSaid, findingsSeparateGroups
    case findingsBases, findingsAnswerHeading, findingsPeopleHeading, findingsColumnCaption, findingsColumnCaptionNotShown
    case findingsCountWithPercent, findingsPercent
}

extension Catalogue {
    static let coreEnglishTable: [StringKey: String] = [
        .siteName: "Feedback",
        .skipToContent: "Skip to main content",
        .quickExit: "Leave this site",
        .quickExitHint: "Or press Shift 3 times",
        .quickExitPressCount: "Shift pressed {count} of 3 times",
        .supportHeading: "Support",
        .supportLine: "Free, confidential support, 24 hours a day: National Domestic Abuse Helpline, 0808 2000 247.",
        .emergencyLine: "If you are in danger now, call 999. If you cannot speak, call 999 and then press 55.",
        .safetyLink: "How to stay safe online",
        .startIntroHeading: "About this survey",
        .surveyLength: "It has up to {pages} pages and takes about {minutes} minutes.",
        .surveyLengthOnePage: "It is one page and takes about {minutes} minutes.",
        .consentHeading: "Before you start",
        .consentSummaryDefault: "Taking part is your choice, and you can stop at any time. We do not ask for your name, and your answers are locked as soon as you send them.",
        .consentDetails: "Read more about how we keep your answers safe",
        .backHint: "To go back a page, use the Back button at the bottom of this page. Your browser's Back button clears your answers, to keep them private.",
        .runByLabel: "Run by",
        .optional: "(optional)",
        .pageOf: "Page {page} of {pages}",
        .next: "Continue",
        .back: "Back",
        .submit: "Send my answers",
        .chooseOne: "Choose one",
        .chooseAny: "Choose all that apply",
        .quotePermission: "You may quote my words",
        .quotePermissionHint: "We remove names and places first. We never show your words next to details about you.",
        .errorSummaryTitle: "There is a problem",
        .errorRequired: "Please answer this question.",
        .errorUnknownOption: "Choose one of the answers shown.",
        .errorTooManyValues: "Choose only one answer.",
        .errorNotANumber: "Enter a number, like 3.",
        .errorNotAWholeNumber: "Enter a whole number, like 3.",
        .errorBelowMinimum: "Enter a number of {min} or more.",
        .errorAboveMaximum: "Enter a number of {max} or less.",
        .errorTooLong: "Your answer is too long. Use {max} characters or fewer.",
        .errorTooLongInTotal: "All together, your answers are too long for us to keep. Please make this answer shorter. Nothing has been sent yet.",
        .errorWrongKind: "This answer could not be read. Please try again.",
        .errorFormNotOurs: "Something in the form was not expected, so nothing was saved. Please try again from the start.",
        .errorTooLarge: "Your answers are too long to send. Please shorten them and try again. Nothing was saved.",
        .errorNotFound: "We could not find that page.",
        .errorServer: "Something went wrong on our side. Nothing was saved. Please try again later.",
        .errorBusyHeading: "Busy for a moment",
        .errorBusyBody: "Many people are signing in at this moment. Nothing was saved. Please wait a few seconds and try again.",
        .errorMethod: "That did not work. Please go back and try again.",
        .confirmHeading: "You have reached the end",
        .confirmBody: "There are no more questions for you. Send your answers now, or go back to check them.",
        .confirmBack: "Go back and check",
        .expiredHeading: "This page has expired",
        .expiredBody: "This page was already sent. To keep your answers private, we never show them again. If you were part way through, please start again. Next time, use the Back button on the page, not the browser's.",
        .expiredStartAgain: "Start again",
        .surveyListHeading: "Have your say",
        .surveyListIntro: "Choose a survey. You do not need to give your name, and you can skip any question.",
        .noSurveys: "There are no surveys open right now.",
        .thanksHeading: "Thank you",
        .thanksBody: "Your answers have been saved. They are locked so that only the people who study the results can read them, and they do not show who you are.",
        .withdrawCodeHeading: "If you change your mind",
        .withdrawCodeBody: "You can take your answers back later with this code. Keep it only if it is safe to keep. You do not need it for anything else.",
        .withdrawLinkText: "Take my answers back",
        .withdrawHeading: "Take your answers back",
        .withdrawIntro: "Enter the code you were given when you sent your answers. We will delete them.",
        .withdrawCodeLabel: "Your code",
        .withdrawButton: "Delete my answers",
        .withdrawDone: "Your answers have been deleted. They will not be counted.",
        .withdrawNotFound: "We could not find answers for that code. They may already have been deleted. Check the code and try again.",
        .withdrawInvalid: "That does not look like a code from us. Codes look like ABCD-EFGH-JKMN-PQRS.",
        .safetyHeading: "Staying safe online",
        .safetyBody: """
            The "Leave this site" button, or pressing Shift 3 times, takes you to a weather website at once. This page is replaced, so the Back button does not bring it back.

            It cannot hide everything. Someone who checks your browser history may still see that you visited this site.

            To leave fewer traces:

            - Use a private or incognito window. It forgets the sites you visit when you close it.
            - Clear your browsing history afterwards, if that is safe for you. Someone may notice a history that is suddenly empty.
            - Use a device that only you use, or a computer at a library, a friend's home or work.
            - If you think someone is watching what you do online, Tor Browser hides which sites you visit. It is free.

            This site does not use cookies on the survey pages. It does not record who you are or what device you use.
            """,
        // Findings report
        .reportTitle: "What you told us, and what we are doing",
        .reportMadeOn: "Report made on {day}.",
        .reportMethodHeading: "How to read this report",
        .reportMethodCounting: "Every number counts people, not answers. Nobody is counted twice in the same cell.",
        .reportMethodHiding: "To protect the people who took part, no number from 1 to {largestHidden} is published (k = {k}). Such a number reads “{fewerThanK}”. When fewer than {k} people answered a question, or are in a group, none of its numbers are shown. Some other numbers read “{notShown}”: they are hidden so that a hidden number cannot be worked out from the totals, or, for a multiple-choice option, because fewer than {k} people did not choose it. A zero is published: it singles nobody out. Hidden numbers have no bar in the charts.",
        .reportMethodPercentages: "Every percentage is of the people who answered the question, rounded to a whole number, and shows how many that is as “(n = …)”. In tables broken down by group, each percentage is of the people in that group who answered.",
        .reportMethodMultipleChoice: "In multiple-choice questions one person can choose several options, so the percentages can add up to more than 100%.",
        .reportLeftOut: "Responses left out: {withdrawn} withdrawn by the people who gave them, and {problems} that could not be used.",
        .reportProblemsCaption: "Responses that could not be used",
        .reportProblemLine: "Bundle line",
        .reportProblemResponseID: "Response id",
        .reportProblemReason: "Reason",
        .reportNoResponseID: "(none)",
        .reportNoSurveys: "There are no survey results in this report.",
        .reportSurveyFacts: "Survey {survey}, version {version}. Responses counted: {responses}.",
        .reportNoQuestions: "This survey has no choice questions to count.",
        .reportMultipleChoiceNote: "Multiple choice: one person can choose several options, so the percentages can add up to more than 100%.",
        .reportAnswerHeading: "Answer",
        .reportPeopleHeading: "People",
        .reportPercentOfBase: "Percent ({base})",
        .reportOneWayCaption: "{question} ({base})",
        .reportBrokenDownBy: "Broken down by {group}",
        .reportTwoWayCaption: "{question}, by {group}",
        .reportAllGroups: "All groups",
        .reportEveryoneWhoAnswered: "Everyone who answered",
        .reportTotal: "Total",
        .reportFewerThanK: "fewer than {k}",
        .reportNotShown: "not shown",
        .reportShapingMerged: "Answers merged ({survey}: {question}): a scale with 1 to {smallest} people at one position shows its positive and negative halves together.",
        .reportShapingMergedGroups: "Groups merged ({survey}: {question} by {group}): each group with 1 to {smallest} people in this breakdown is shown together with a neighbouring group, or as the question's own wider bands.",
        .reportShapingTooFewGroups: "Breakdown left out ({survey}: {question} by {group}): fewer than two groups of {k} or more people answered.",
        .reportShapingMostlyHidden: "Breakdown left out ({survey}: {question} by {group}): more than half its counts were under {k}, or hidden to protect them.",
        .reportShapingLinked: "Breakdown left out ({survey}: {question} by {group}): taken with the other tables, its counts would narrow down numbers hidden elsewhere, and hiding a few of its own was not enough to prevent it.",
        .reportEvidenceMissing: "Finding {finding} rests on “{question}” ({survey}), which this report does not show: too few people answered it, or it is not in the surveys given. Check the evidence, or say in the finding that the numbers cannot be shown.",
        .reportEvidenceHidden: "Finding {finding} rests on “{question}” ({survey}), where {hidden} of its {entries} numbers are not shown. Make sure the finding does not depend on them, or say that some numbers cannot be shown.",
        .reportShapingJoint: "All the numbers of each survey were audited together, as an attacker would take them: {hidden} more were hidden because tables share numbers, skip logic ties them, or earlier releases bound them.",
        .reportNoBreakdowns: "No answers in this survey are broken down by group: too few people in each group to show.",
        .reportOtherAnswers: "Other answers, not shown one by one",
        .reportMergedNote: "Some answers or groups next to each other are shown together (for example \u{201C}Strongly agree or Agree\u{201D}, or \u{201C}55 to 64 or 65 or over\u{201D}), so that more can be shown.",
        .reportBreakdownsLeftOut: "Not broken down by {groups}: too few people in each group to show.",
        .reportAnswersNotShown: "The answers to this question are not shown, to protect the people who gave them.",
        .reportBase: "n = {count}",
        .reportPercentWithBase: "{percent} ({base})",
        .reportNoPercent: "–",
        .reportChartSummary: "Bar chart of answers to {question} ({base}). {bars}.",
        .reportChartBar: "{option}: {value}",
        .reportChartBarSeparator: "; ",
        .reportBarValue: "{count} ({percent})",
        .reportNoBar: "{count} (no bar)",
    ]
}
