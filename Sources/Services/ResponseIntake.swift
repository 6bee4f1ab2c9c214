import Foundation
import Sealing
import Storage
import SurveyKit

/// Taking a survivor's answers and giving them back: the one place a response is sealed and stored,
/// or withdrawn. What is kept is a random id, the survey and version, the day (never the time), the
/// sealed box and a hash of her withdrawal code: nothing about the request that carried it, which
/// never reaches this layer.
public struct ResponseIntake: Sendable {
    let sealer: Sealer
    let store: ResponseStore
    let clock: @Sendable () -> Date

    public init(sealer: Sealer, store: ResponseStore, clock: @escaping @Sendable () -> Date) {
        self.sealer = sealer
        self.store = store
        self.clock = clock
    }

    /// Seals the answers to the analysis key and stores one row; returns the code she may use to
    /// take them back. Throws `StorageError.responseTooLarge` when the sealed answers are too long.
    public func take(_ form: FormAnswers, for survey: Survey) async throws -> WithdrawalCode {
        let document = ResponseDocument(survey: survey.id, version: survey.version, answers: form.answers, quoteAllowed: form.quoteAllowed)
        let box = try sealer.seal(document.json())
        let code = WithdrawalCode.generate()
        try await store.insert(SealedResponse(
            id: SecureRandom.bytes(16).hex,
            survey: survey.id,
            version: survey.version,
            day: UTCDay.string(from: clock()),
            box: Data(box),
            withdrawalHash: Data(code.hash)
        ))
        return code
    }

    /// Deletes the response her code belongs to; if it was already exported, its id is kept so the
    /// next report leaves it out too.
    public func withdraw(_ code: WithdrawalCode) async throws -> WithdrawalOutcome {
        try await store.withdraw(codeHash: Data(code.hash))
    }
}
